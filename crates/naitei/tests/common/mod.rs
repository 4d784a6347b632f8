//! What the CLI tests share: running the real binary on a database.
#![allow(dead_code)]

use std::process::{Command, Output, Stdio};

/// Runs `naitei ARGS` with `NAITEI_DB=db`, no data directory and no standard input.
pub fn naitei(db: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_naitei"))
        .args(args)
        .env("NAITEI_DB", db)
        .env_remove("XDG_DATA_HOME")
        .stdin(Stdio::null())
        .output()
        .expect("run naitei")
}
