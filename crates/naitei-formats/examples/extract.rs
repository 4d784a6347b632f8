//! Prints what naitei reads from a file, with each line's source:
//! `cargo run -p naitei-formats --example extract -- FILE`.
#![allow(clippy::print_stdout, clippy::print_stderr)]

fn main() -> std::process::ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: extract FILE");
        return std::process::ExitCode::from(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    match naitei_formats::extract(&path, &bytes, &naitei_formats::Limits::default()) {
        Ok(x) => {
            println!("# {}", x.encoding_label());
            for (line, source) in x.text.split('\n').zip(&x.sources) {
                println!("{:<14} {line}", source.as_deref().unwrap_or("-"));
            }
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::ExitCode::from(2)
        }
    }
}
