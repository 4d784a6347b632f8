//! The `naitei` command line. Thin: argument parsing, file input, reporting; the engine lives in
//! naitei-core.

mod args;
mod cmd;
mod config;
mod error;
mod input;
mod output;
mod render;
mod report;

use naitei_tracker::ical;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

/// naitei（内定）— 転職活動のためのオフライン・コーチ
#[derive(Parser, Debug)]
#[command(name = "naitei", version, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// 職務経歴書を一行ずつ添削する
    Review(cmd::review::ReviewArgs),
    /// 面接の回答（転職理由・志望動機・自己PR など）をチェックする
    Answer(cmd::answer::AnswerArgs),
    /// ルールの一覧を表示する
    Rules(cmd::rules::RulesArgs),
    /// ルールの説明を表示する
    Explain(cmd::rules::ExplainArgs),
    /// ラベル付きデータ（TSV）で精度を評価する
    Eval(cmd::eval::EvalArgs),
    /// 転職活動の計画（失業給付カレンダー、年収の現実性、週の応募目標）を作る
    Plan(cmd::plan::PlanArgs),
    /// 内定（オファー）の条件を比べる
    Offer(cmd::offer::OfferArgs),
    /// 応募と面接の記録（add / list / show / stage / qa / import / export …）
    #[command(subcommand)]
    Track(Box<cmd::track::TrackCommand>),
    /// 選考のどの段階でつまずいているかを診断する
    Diagnose(cmd::diagnose::DiagnoseArgs),
    /// 面接の回答どうし（または職務経歴書と回答）の食い違いを見つける
    Compare(cmd::compare::CompareArgs),
    /// 今の職場に残るか応募するかの助言と、業務ごとの数字で測れる目標（save / record / list / draft）
    Goals(cmd::goals::GoalsArgs),
    /// 二次面接の準備シート（要件と根拠、一次の回答、深掘り質問、逆質問、90日プラン）を作る
    Prep(cmd::prep::PrepArgs),
    /// 弱い実績の行を、質問に答えながら書き直す（課題→行動→数字）
    Rewrite(cmd::rewrite::RewriteArgs),
    /// ローカルの Web アプリ（画面と JSON API）を起動する
    Serve(cmd::serve::ServeArgs),
    /// Web アプリのアカウント（add / assign / list）
    #[command(subcommand)]
    User(cmd::user::UserCommand),
}

/// Japanese headings and help texts for every (sub)command: clap's own are English only.
fn localized(cmd: clap::Command) -> clap::Command {
    let has_version = cmd.get_version().is_some();
    let mut cmd = cmd
        .help_template(
            "{before-help}{about-with-newline}\n使い方: {usage}\n\n{all-args}{after-help}",
        )
        .subcommand_help_heading("コマンド")
        .disable_help_subcommand(true)
        .mut_args(|a| {
            if a.get_help_heading().is_some() {
                a
            } else if a.is_positional() {
                a.help_heading("引数")
            } else {
                a.help_heading("オプション")
            }
        })
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help("ヘルプを表示する")
                .help_heading("オプション"),
        );
    if has_version {
        cmd = cmd.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help("バージョンを表示する")
                .help_heading("オプション"),
        );
    }
    cmd.mut_subcommands(localized)
}

fn main() -> ExitCode {
    // The version names the dictionary compiled in (a checksum of its IPADIC sources).
    let version: &'static str = Box::leak(
        format!(
            "{} (IPADIC sha256 {})",
            env!("CARGO_PKG_VERSION"),
            naitei_core::IPADIC_SHA256
        )
        .into_boxed_str(),
    );
    let parsed = localized(Cli::command().version(version))
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(err) => match error::usage(&err) {
            Some(message) => {
                eprintln!("{message}");
                return ExitCode::from(error::EXIT_INPUT);
            }
            None => err.exit(),
        },
    };
    let result = match cli.command {
        Command::Review(args) => cmd::review::run(args),
        Command::Answer(args) => cmd::answer::run(args),
        Command::Rules(args) => cmd::rules::run_rules(args),
        Command::Explain(args) => cmd::rules::run_explain(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Plan(args) => cmd::plan::run(args),
        Command::Offer(args) => cmd::offer::run(args),
        Command::Track(cmd) => cmd::track::run(*cmd),
        Command::Diagnose(args) => cmd::diagnose::run(args),
        Command::Compare(args) => cmd::compare::run(args),
        Command::Goals(args) => cmd::goals::run(args),
        Command::Prep(args) => cmd::prep::run(args),
        Command::Rewrite(args) => cmd::rewrite::run(args),
        Command::Serve(args) => cmd::serve::run(args),
        Command::User(cmd) => cmd::user::run(cmd),
    };
    match result {
        Ok(code) => code,
        Err(err) => error::report(&err),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Every numeric argument of the CLI is parsed without a panic: a value within its bound
        /// or a usage error (exit 2) with a message.
        #[test]
        fn numeric_arguments_parse_or_are_refused(n in proptest::num::i128::ANY, flag in 0usize..5) {
            let n = n.to_string();
            let argv: Vec<&str> = match flag {
                0 => vec!["naitei", "track", "ics", "--days", &n],
                1 => vec!["naitei", "track", "agenda", "--days", &n],
                2 => vec!["naitei", "track", "add", "A", "--channel", "direct", "--relation", "same", "--salary", &n],
                3 => vec!["naitei", "track", "edit", "1", "--salary", &n],
                _ => vec!["naitei", "track", "show", &n],
            };
            let parsed = localized(Cli::command())
                .try_get_matches_from(argv)
                .and_then(|m| Cli::from_arg_matches(&m));
            if let Err(e) = parsed {
                proptest::prop_assert!(error::usage(&e).is_some());
            }
        }
    }
}
