//! Compiles the MeCab IPADIC sources into a vibrato dictionary embedded in the library.
//!
//! The sources come from Debian's `mecab-ipadic` package (EUC-JP CSV files) or from the
//! directory named by `IPADIC_SRC_DIR`. Nothing is downloaded.
//!
//! Features are stored compactly: the part-of-speech columns become ASCII ids into tables
//! written to `pos_tables.rs`, the base form is kept only where it differs from the surface,
//! and the reading and pronunciation columns are dropped (the engine never uses them). Loading
//! the dictionary is dominated by UTF-8 validation of feature strings, so this makes every
//! process start several times faster.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

const DEFAULT_DIR: &str = "/usr/share/mecab/dic/ipadic";
/// Interns strings into ids, in order of first appearance.
#[derive(Default)]
struct Interner {
    ids: std::collections::HashMap<String, usize>,
    values: Vec<String>,
}

impl Interner {
    fn id(&mut self, s: &str) -> usize {
        if let Some(&i) = self.ids.get(s) {
            return i;
        }
        self.values.push(s.to_string());
        self.ids.insert(s.to_string(), self.values.len() - 1);
        self.values.len() - 1
    }
}

#[derive(Default)]
struct Encoder {
    pos: Interner,
    conj_type: Interner,
    conj_form: Interner,
}

impl Encoder {
    /// `surface,left,right,cost,pos,pos1,pos2,pos3,ctype,cform,base[,reading,pron]` →
    /// `surface,left,right,cost,POSID,CTID,CFID,BASE` (BASE empty when equal to the surface).
    fn line(&mut self, line: &str) -> String {
        let cols: Vec<&str> = line.split(',').collect();
        if cols.len() < 11 {
            fail(&format!("unexpected dictionary line: {line}"));
        }
        let pos = self.pos.id(&cols[4..8].join(","));
        let ct = self.conj_type.id(cols[8]);
        let cf = self.conj_form.id(cols[9]);
        let base = if cols[10] == cols[0] || cols[10] == "*" {
            ""
        } else {
            cols[10]
        };
        format!(
            "{},{},{},{},{pos},{ct},{cf},{base}",
            cols[0], cols[1], cols[2], cols[3]
        )
    }

    fn tables(&self) -> String {
        let list = |i: &Interner| {
            i.values
                .iter()
                .map(|v| format!("{v:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let pos = self
            .pos
            .values
            .iter()
            .map(|v| {
                let c: Vec<&str> = v.split(',').collect();
                format!("[{:?}, {:?}, {:?}, {:?}]", c[0], c[1], c[2], c[3])
            })
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "/// Part-of-speech columns by id (IPADIC 品詞, 細分類1–3).\npub static POS: &[[&str; 4]] = &[{pos}];\n/// 活用型 by id.\npub static CONJ_TYPE: &[&str] = &[{}];\n/// 活用形 by id.\npub static CONJ_FORM: &[&str] = &[{}];\n",
            list(&self.conj_type),
            list(&self.conj_form)
        )
    }
}

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
    // A checksum of the exact sources compiled in, shown by `naitei --version`: two binaries
    // with the same checksum segment text the same way.
    let mut sha = Sha256::new();
    for path in csvs.iter().chain(
        ["matrix.def", "char.def", "unk.def"]
            .map(|f| dir.join(f))
            .iter(),
    ) {
        let bytes = fs::read(path)
            .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())));
        sha.update(
            path.file_name()
                .map(|n| n.as_encoded_bytes())
                .unwrap_or_default(),
        );
        sha.update((bytes.len() as u64).to_le_bytes());
        sha.update(&bytes);
    }
    let digest: String = sha.finalize().iter().map(|b| format!("{b:02x}")).collect();
    println!("cargo:rustc-env=NAITEI_IPADIC_SHA256={digest}");

    let mut enc = Encoder::default();
    let mut lexicon = String::with_capacity(24 << 20);
    for path in &csvs {
        for line in read_euc(path).lines() {
            if line.is_empty() {
                continue;
            }
            lexicon.push_str(&enc.line(line));
            lexicon.push('\n');
        }
    }
    let matrix = read_euc(&dir.join("matrix.def"));
    let char_def = read_euc(&dir.join("char.def"));
    let mut unk_def = String::new();
    for line in read_euc(&dir.join("unk.def"))
        .lines()
        .filter(|l| !l.is_empty())
    {
        unk_def.push_str(&enc.line(line));
        unk_def.push('\n');
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out_dir.join("pos_tables.rs"), enc.tables())
        .unwrap_or_else(|e| fail(&format!("cannot write pos_tables.rs: {e}")));
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
