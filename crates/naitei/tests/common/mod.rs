//! What the CLI tests share: running the real binary, on a database or on files.
#![allow(dead_code)]

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// `naitei ARGS` with `NAITEI_DB=db`, no data directory and no standard input.
pub fn command(db: impl AsRef<Path>, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_naitei"));
    c.args(args)
        .env("NAITEI_DB", db.as_ref())
        .env_remove("XDG_DATA_HOME")
        .stdin(Stdio::null());
    c
}

/// Runs `naitei ARGS` on `db`, with `stdin` as its standard input when given.
pub fn run(db: impl AsRef<Path>, args: &[&str], stdin: Option<&str>) -> Output {
    let mut c = command(db, args);
    if stdin.is_some() {
        c.stdin(Stdio::piped());
    }
    let mut child = c
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run naitei");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    child.wait_with_output().unwrap()
}

/// Runs `naitei ARGS` with `NAITEI_DB=db`, no data directory and no standard input.
pub fn naitei(db: &str, args: &[&str]) -> Output {
    run(db, args, None)
}

/// The standard output of a command that must have succeeded.
pub fn succeeded(args: &[&str], out: Output) -> String {
    assert!(
        out.status.success(),
        "naitei {args:?} failed ({:?}):\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The message of a command that must have been refused as a usage or input error (exit 2, no
/// panic).
pub fn refused(args: &[&str], out: Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(2),
        "naitei {args:?} should exit 2; stdout:\n{}\nstderr:\n{err}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(!err.contains("panicked"), "{err}");
    err
}

/// Runs a command on `db` that must succeed; returns its standard output.
pub fn ok(db: &str, args: &[&str]) -> String {
    succeeded(args, naitei(db, args))
}

/// Runs a command on `db` that must be refused (exit 2); returns its message.
pub fn fails(db: &str, args: &[&str]) -> String {
    refused(args, naitei(db, args))
}

/// The binary as an `assert_cmd` command run in this crate's folder: no colours and no
/// database from the environment.
pub fn bin() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("naitei").expect("binary built");
    c.env("NO_COLOR", "1")
        .env_remove("NAITEI_DB")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// [`bin`] run in the repository's root (paths like `examples/resume.md`).
pub fn bin_at_root() -> assert_cmd::Command {
    let mut c = bin();
    c.current_dir(root());
    c
}

/// The repository's root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A file of `examples/`.
pub fn example(name: &str) -> PathBuf {
    root().join("examples").join(name)
}
