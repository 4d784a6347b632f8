//! The `naitei` command line. Thin: argument parsing, file input, reporting; the engine lives in
//! naitei-core.

mod cmd;
mod config;
mod error;
mod input;
mod output;
mod report;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// naitei（内定）— 転職活動のためのオフライン・コーチ
#[derive(Parser, Debug)]
#[command(name = "naitei", version, about, long_about = None)]
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
    /// ローカルの Web アプリ（画面と JSON API）を起動する
    Serve(cmd::serve::ServeArgs),
    /// Web アプリのアカウント（add / assign / list）
    #[command(subcommand)]
    User(cmd::user::UserCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
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
        Command::Serve(args) => cmd::serve::run(args),
        Command::User(cmd) => cmd::user::run(cmd),
    };
    match result {
        Ok(code) => code,
        Err(err) => error::report(&err),
    }
}
