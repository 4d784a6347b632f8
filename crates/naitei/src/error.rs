//! One place where errors become messages and exit codes.

use std::process::ExitCode;

/// Exit status for usage and input errors (SPEC: "2 usage or input error").
pub const EXIT_INPUT: u8 = 2;
/// Exit status when the database is busy (locked by another program) or fails on its own: not
/// the user's input, and trying again later may work (README: exit codes).
pub const EXIT_UNAVAILABLE: u8 = 3;

/// Prints an error with its causes.
pub fn print(err: &anyhow::Error) {
    eprintln!("エラー: {err}");
    for cause in err.chain().skip(1) {
        eprintln!("  原因: {cause}");
    }
}

/// Prints the error and returns its exit code: 3 when the database is locked or failing, 2 for
/// everything the user can fix in the command or the input.
pub fn report(err: &anyhow::Error) -> ExitCode {
    print(err);
    ExitCode::from(exit_code(err))
}

fn exit_code(err: &anyhow::Error) -> u8 {
    use naitei_store::StoreError;
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
        ) => EXIT_UNAVAILABLE,
        _ => EXIT_INPUT,
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
