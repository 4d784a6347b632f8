//! One place where errors become messages and exit codes.

use std::process::ExitCode;

/// Exit status for usage and input errors (SPEC: "2 usage or input error").
pub const EXIT_INPUT: u8 = 2;

/// Prints an error with its causes.
pub fn print(err: &anyhow::Error) {
    eprintln!("エラー: {err}");
    for cause in err.chain().skip(1) {
        eprintln!("  原因: {cause}");
    }
}

/// Prints the error and returns exit code 2.
pub fn report(err: &anyhow::Error) -> ExitCode {
    print(err);
    ExitCode::from(EXIT_INPUT)
}
