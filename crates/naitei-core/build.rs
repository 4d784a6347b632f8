//! Compiles the MeCab IPADIC sources into a vibrato dictionary embedded in the library.
//!
//! The sources come from Debian's `mecab-ipadic` package (EUC-JP CSV files) or from the
//! directory named by `IPADIC_SRC_DIR`. Nothing is downloaded. The reading and pronunciation
//! columns are dropped: the engine never uses them and they are a third of the dictionary.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

const DEFAULT_DIR: &str = "/usr/share/mecab/dic/ipadic";
/// surface,left,right,cost + 7 features (POS ×4, conjugation type, conjugation form, base form).
const KEPT_COLUMNS: usize = 11;

fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(1);
}

fn read_euc(path: &Path) -> String {
    let bytes =
        fs::read(path).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())));
    let (text, _, had_errors) = encoding_rs::EUC_JP.decode(&bytes);
    if had_errors {
        fail(&format!("{} is not valid EUC-JP", path.display()));
    }
    text.into_owned()
}

fn main() {
    println!("cargo:rerun-if-env-changed=IPADIC_SRC_DIR");
    let dir = PathBuf::from(std::env::var("IPADIC_SRC_DIR").unwrap_or_else(|_| DEFAULT_DIR.into()));
    if !dir.join("matrix.def").is_file() {
        fail(&format!(
            "IPADIC dictionary sources not found in {} — install them with `sudo apt-get install mecab-ipadic` (or run scripts/setup.sh), or set IPADIC_SRC_DIR to a directory with the MeCab IPADIC CSV files",
            dir.display()
        ));
    }
    println!("cargo:rerun-if-changed={}", dir.display());

    let mut csvs: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| fail(&format!("cannot list {}: {e}", dir.display())))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    csvs.sort();
    if csvs.is_empty() {
        fail(&format!("no *.csv lexicon files in {}", dir.display()));
    }
    let mut lexicon = String::with_capacity(40 << 20);
    for path in &csvs {
        for line in read_euc(path).lines() {
            if line.is_empty() {
                continue;
            }
            let kept: Vec<&str> = line
                .splitn(KEPT_COLUMNS + 1, ',')
                .take(KEPT_COLUMNS)
                .collect();
            lexicon.push_str(&kept.join(","));
            lexicon.push('\n');
        }
    }
    let matrix = read_euc(&dir.join("matrix.def"));
    let char_def = read_euc(&dir.join("char.def"));
    let unk_def = read_euc(&dir.join("unk.def"));
    let dict = vibrato::SystemDictionaryBuilder::from_readers(
        lexicon.as_bytes(),
        matrix.as_bytes(),
        char_def.as_bytes(),
        unk_def.as_bytes(),
    )
    .unwrap_or_else(|e| {
        fail(&format!(
            "cannot compile IPADIC from {}: {e}",
            dir.display()
        ))
    });
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("ipadic.dic");
    let mut file = fs::File::create(&out)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
    dict.write(&mut file)
        .unwrap_or_else(|e| fail(&format!("cannot serialise the dictionary: {e}")));
    file.flush()
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}
