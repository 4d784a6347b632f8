//! One place where errors become messages and exit codes.

use std::process::ExitCode;

/// Exit status for usage and input errors (SPEC: "2 usage or input error").
pub const EXIT_INPUT: u8 = 2;

/// Prints the error (with its causes) in Japanese-first form and returns exit code 2.
pub fn report(err: &anyhow::Error) -> ExitCode {
    eprintln!("エラー: {err}");
    for cause in err.chain().skip(1) {
        eprintln!("  原因: {cause}");
    }
    ExitCode::from(EXIT_INPUT)
}
