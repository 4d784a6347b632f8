//! `naitei track …` — the application tracker and interview log. One file per subcommand; the
//! database (`db`), "today" (`today`) and the labels of stored codes (`labels`) beside them.
//! What a command does with stored data is `naitei_tracker`'s, shared with the web.

mod add;
mod agenda;
mod check;
pub mod db;
mod doc;
mod edit;
mod export;
mod ics;
mod import;
mod labels;
mod list;
mod next;
mod qa;
mod remove;
mod show;
mod stage;
pub mod today;

use std::process::ExitCode;

use anyhow::Result;

pub use db::{DbArg, open_store, runtime};

#[derive(clap::Subcommand, Debug)]
pub enum TrackCommand {
    /// 応募を登録する
    Add(add::AddArgs),
    /// 応募の一覧を表示する（段階・経路で絞り込み）
    List(list::ListArgs),
    /// 応募の経過と面接での質問・回答を表示する
    Show(show::ShowArgs),
    /// 選考の段階と結果を記録する（例: stage 3 first --result passed）
    Stage(stage::StageArgs),
    /// 面接で聞かれた質問と、自分の回答を記録する
    Qa(qa::QaArgs),
    /// 応募の内容を直す
    Edit(edit::EditArgs),
    /// 応募を削除する
    Remove(remove::RemoveArgs),
    /// CSV または JSON バックアップから読み込む
    Import(import::ImportArgs),
    /// CSV または JSON（完全なバックアップ）で書き出す
    Export(export::ExportArgs),
    /// 次にやること（と期日）を入れる・消す
    Next(next::NextArgs),
    /// これからの面接と次にやることを iCalendar（.ics）ファイルにする
    Ics(ics::IcsArgs),
    /// 今週の予定（面接）と選考中の応募を表示する
    Agenda(agenda::AgendaArgs),
    /// 職務経歴書などの版を保存する・一覧する
    #[command(subcommand)]
    Doc(DocCommand),
    /// 面接の回と回の回答（と職務経歴書）の食い違いを調べる
    Check(check::CheckArgs),
}

#[derive(clap::Subcommand, Debug)]
pub enum DocCommand {
    /// 職務経歴書（などの）ファイルを一つの版として保存する
    Add(doc::DocAddArgs),
    /// 保存した版の一覧
    List(doc::DocListArgs),
}

/// Runs a tracker command on a current-thread runtime.
pub fn run(cmd: TrackCommand) -> Result<ExitCode> {
    if let TrackCommand::Check(a) = cmd {
        return check::run(a);
    }
    runtime()?.block_on(async move {
        match cmd {
            TrackCommand::Add(a) => add::run(a).await,
            TrackCommand::List(a) => list::run(a).await,
            TrackCommand::Show(a) => show::run(a).await,
            TrackCommand::Stage(a) => stage::run(a).await,
            TrackCommand::Qa(a) => qa::run(a).await,
            TrackCommand::Edit(a) => edit::run(a).await,
            TrackCommand::Remove(a) => remove::run(a).await,
            TrackCommand::Import(a) => import::run(a).await,
            TrackCommand::Export(a) => export::run(a).await,
            TrackCommand::Next(a) => next::run(a).await,
            TrackCommand::Ics(a) => ics::run(a).await,
            TrackCommand::Agenda(a) => agenda::run(a).await,
            TrackCommand::Doc(DocCommand::Add(a)) => doc::add(a).await,
            TrackCommand::Doc(DocCommand::List(a)) => doc::list(a).await,
            TrackCommand::Check(_) => unreachable!("handled above"),
        }
    })?;
    Ok(ExitCode::SUCCESS)
}
