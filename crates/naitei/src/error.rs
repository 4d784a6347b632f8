//! One place where errors become messages and exit codes.

use std::process::ExitCode;

/// Exit status for usage and input errors (SPEC: "2 usage or input error").
pub const EXIT_INPUT: u8 = 2;
/// Exit status when the environment fails: the database is busy (locked by another program) or
/// fails on its own, output cannot be written, the port is taken, the data directory cannot be
/// used. Not the user's input; trying again later (or elsewhere) may work (README: exit codes).
pub const EXIT_UNAVAILABLE: u8 = 3;

/// Prints an error with its causes.
pub fn print(err: &anyhow::Error) {
    eprintln!("エラー: {err}");
    for cause in err.chain().skip(1) {
        eprintln!("  原因: {cause}");
    }
}

/// Marks a failure of the environment rather than of the command or its input: standard output
/// cannot be written, the server cannot take its port, the data directory or bundled data cannot
/// be read. Attach it where the failure is made (`.context(Environment(message))` or
/// [`environment`]); such errors exit 3.
#[derive(Debug)]
pub struct Environment(pub String);

impl std::fmt::Display for Environment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Environment {}

/// An environment failure with its message (see [`Environment`]).
pub fn environment(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Environment(message.into()))
}

/// Prints the error and returns its exit code: 3 when the environment fails (the database is
/// locked or failing, an [`Environment`] error, an I/O failure of the system), 2 for everything
/// the user can fix in the command or the input.
pub fn report(err: &anyhow::Error) -> ExitCode {
    print(err);
    ExitCode::from(exit_code(err))
}

fn exit_code(err: &anyhow::Error) -> u8 {
    use naitei_store::StoreError;
    // Marked where it was made (anyhow finds a context of this type at any depth).
    if err.downcast_ref::<Environment>().is_some() {
        return EXIT_UNAVAILABLE;
    }
    let store = err.chain().find_map(|e| {
        e.downcast_ref::<StoreError>().or_else(|| {
            e.downcast_ref::<naitei_tracker::Error>()
                .and_then(|t| match t {
                    naitei_tracker::Error::Store(s) => Some(s),
                    _ => None,
                })
        })
    });
    match store {
        Some(
            StoreError::Locked { .. } | StoreError::Database { .. } | StoreError::Migrate { .. },
        ) => return EXIT_UNAVAILABLE,
        Some(_) => return EXIT_INPUT,
        None => {}
    }
    // An I/O error at the root: a path or content the user named (no such file, a directory,
    // not text) is theirs to fix; any other kind (permissions, disk full, a port taken, a
    // device failing) is the environment's.
    match err.chain().find_map(|e| e.downcast_ref::<std::io::Error>()) {
        Some(io) => io_exit_code(io.kind()),
        None => EXIT_INPUT,
    }
}

fn io_exit_code(kind: std::io::ErrorKind) -> u8 {
    use std::io::ErrorKind::*;
    match kind {
        NotFound | IsADirectory | NotADirectory | InvalidData | InvalidInput | UnexpectedEof
        | InvalidFilename | FileTooLarge => EXIT_INPUT,
        _ => EXIT_UNAVAILABLE,
    }
}

/// Command-line usage errors in Japanese. clap's own messages are English only, so the common
/// kinds are rewritten here from the error's context (the argument, the value, the valid
/// values); help and version requests are printed by clap as usual.
pub fn usage(err: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let get = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join("、"),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    // "--format <FORMAT>" reads better as "--format"; positional "<FILE>..." stays.
    let flag = |s: String| match s.split_once(' ') {
        Some((name, _)) if s.starts_with('-') => name.to_string(),
        _ => s,
    };
    let arg = flag(get(ContextKind::InvalidArg));
    let message = match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::InvalidValue => {
            let valid = get(ContextKind::ValidValue);
            let mut m = format!(
                "{arg} に「{}」は指定できません。",
                get(ContextKind::InvalidValue)
            );
            // Why a known value is refused here (a format this command does not write).
            m.push_str(&get(ContextKind::Custom));
            if !valid.is_empty() {
                m.push_str(&format!("使える値: {valid}"));
            }
            m
        }
        ErrorKind::UnknownArgument => {
            let mut m = format!("「{arg}」というオプションはありません。");
            let suggested = get(ContextKind::SuggestedArg);
            if !suggested.is_empty() {
                m.push_str(&format!("{suggested} のことですか？"));
            }
            m
        }
        ErrorKind::InvalidSubcommand => {
            let mut m = format!(
                "「{}」というコマンドはありません。",
                get(ContextKind::InvalidSubcommand)
            );
            let suggested = get(ContextKind::SuggestedSubcommand);
            if !suggested.is_empty() {
                m.push_str(&format!("{suggested} のことですか？"));
            }
            m
        }
        ErrorKind::MissingRequiredArgument => {
            format!("必要な引数がありません: {arg}")
        }
        ErrorKind::MissingSubcommand => "コマンドを指定してください。".to_string(),
        ErrorKind::ArgumentConflict => format!(
            "{arg} と {} は同時に指定できません。",
            flag(get(ContextKind::PriorArg))
        ),
        ErrorKind::ValueValidation => {
            let mut m = format!(
                "{arg} の値「{}」が正しくありません。",
                get(ContextKind::InvalidValue)
            );
            // The value parser's own message (text::date, text::number …) says why.
            if let Some(why) = std::error::Error::source(err) {
                m.push_str(&why.to_string());
            }
            m
        }
        ErrorKind::TooManyValues => {
            format!("{arg} が多すぎます。")
        }
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("{arg} の値の数が正しくありません。")
        }
        _ => return Some(err.to_string()),
    };
    Some(format!(
        "エラー: {message}\n使い方は `naitei --help`（コマンドごとに `naitei <コマンド> --help`）で確認できます。"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context as _;

    fn io(kind: std::io::ErrorKind) -> anyhow::Error {
        anyhow::Error::new(std::io::Error::from(kind)).context("読めません")
    }

    #[test]
    fn input_errors_are_2_and_the_environment_3() {
        assert_eq!(
            exit_code(&anyhow::anyhow!("日付が正しくありません")),
            EXIT_INPUT
        );
        assert_eq!(exit_code(&io(std::io::ErrorKind::NotFound)), EXIT_INPUT);
        assert_eq!(exit_code(&io(std::io::ErrorKind::InvalidData)), EXIT_INPUT);
        assert_eq!(
            exit_code(&io(std::io::ErrorKind::PermissionDenied)),
            EXIT_UNAVAILABLE
        );
        assert_eq!(
            exit_code(&io(std::io::ErrorKind::AddrInUse)),
            EXIT_UNAVAILABLE
        );
        // The marker wins at any depth, whatever the cause.
        let marked: anyhow::Result<()> = Err(anyhow::anyhow!("x"));
        let marked = marked
            .context(Environment("書き込めません".into()))
            .context("外側")
            .unwrap_err();
        assert_eq!(exit_code(&marked), EXIT_UNAVAILABLE);
    }
}
