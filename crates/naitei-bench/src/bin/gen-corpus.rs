//! Writes N generated résumés into a directory: `gen-corpus DIR N [SEED]`.
#![allow(clippy::print_stderr)]

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(n)) = (args.next(), args.next().and_then(|n| n.parse::<u64>().ok()))
    else {
        eprintln!("usage: gen-corpus DIR N [SEED]");
        std::process::exit(2);
    };
    let seed: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("gen-corpus: cannot create {dir}: {e}");
        std::process::exit(2);
    }
    for i in 0..n {
        let path = format!("{dir}/resume-{i:05}.md");
        if let Err(e) = std::fs::write(&path, naitei_bench::resume(seed * 1_000_003 + i)) {
            eprintln!("gen-corpus: cannot write {path}: {e}");
            std::process::exit(2);
        }
    }
}
