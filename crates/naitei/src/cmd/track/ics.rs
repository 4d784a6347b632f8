//! `naitei track ics`: the coming interviews as an iCalendar file (Asia/Tokyo).

use std::path::PathBuf;

use anyhow::Result;
use jiff::civil::Date;

use super::db::{DbArg, open_store};
use super::export::emit_to;
use super::today::{today, window};
use crate::args;

#[derive(clap::Args, Debug)]
pub struct IcsArgs {
    /// 出力ファイル（既定: 標準出力）
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// 基準日（既定: 今日）
    #[arg(long, value_parser = args::date)]
    pub today: Option<Date>,
    /// 何日先までの面接を入れるか
    #[arg(long, default_value = "90", value_parser = args::days)]
    pub days: u32,
    #[command(flatten)]
    pub db: DbArg,
}

pub async fn run(a: IcsArgs) -> Result<()> {
    let today = today(a.today);
    let (from, to) = window(today, a.days)?;
    let store = open_store(&a.db).await?;
    let scheduled = store
        .scheduled_interviews(&from.to_string(), &to.to_string())
        .await;
    store.close().await;
    let scheduled = scheduled?;
    let events: Vec<_> = scheduled
        .iter()
        .filter_map(crate::ical::interview_event)
        .collect();
    // DTSTAMP from the reference date, not the clock: the same data gives the same file.
    let text = crate::ical::calendar("-//naitei//track//JA", None, today, &events);
    emit_to(a.output.as_deref(), &text)?;
    if a.output.is_some() {
        eprintln!("面接 {} 件（{from}〜{to}）", scheduled.len());
    }
    Ok(())
}
