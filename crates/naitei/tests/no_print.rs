//! Command code writes to standard output only through `crate::output` (buffered, a closed pipe
//! is a quiet end): no `print!`/`println!` and no `std::io::stdout()` of its own in `src/cmd`.

use std::path::Path;

/// `(file:line, line)` of every forbidden use in the `.rs` files below `dir`.
fn offenders(dir: &Path, found: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            offenders(&path, found);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if forbidden(code) {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
}

fn forbidden(code: &str) -> bool {
    let macro_at = |name: &str| {
        code.match_indices(name).any(|(i, _)| {
            // `eprint!`/`eprintln!` (standard error) and other names ending in `print` are fine.
            !code[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_')
        })
    };
    macro_at("print!") || macro_at("println!") || code.contains("stdout()")
}

#[test]
fn command_code_has_no_print_macros() {
    let cmd = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cmd");
    let mut found = Vec::new();
    offenders(&cmd, &mut found);
    assert!(
        found.is_empty(),
        "write through crate::output (emit / Stdout) instead:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_what_it_forbids() {
    assert!(forbidden("    println!(\"{x}\");"));
    assert!(forbidden("print!(\"x\")"));
    assert!(forbidden("let out = std::io::stdout().lock();"));
    assert!(!forbidden("eprintln!(\"x\");"));
    assert!(!forbidden("eprint!(\"x\");"));
    assert!(!forbidden("reprint!(x); emit(&text)?;"));
}
