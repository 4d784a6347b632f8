//! `naitei track agenda`: this week's interviews and the applications still in progress.

use std::fmt::Write as _;

use anyhow::Result;
use jiff::civil::Date;
use naitei_core::funnel::{Outcome, Stage};
use naitei_store::ListFilter;

use super::db::{DbArg, open_store};
use super::labels::paren;
use super::today::{today, weekday_ja, window};
use crate::args;
use crate::output::emit;

#[derive(clap::Args, Debug)]
pub struct AgendaArgs {
    /// 基準日（既定: 今日）
    #[arg(long, value_parser = args::date)]
    pub today: Option<Date>,
    /// 何日分を表示するか
    #[arg(long, default_value = "7", value_parser = args::days)]
    pub days: u32,
    #[command(flatten)]
    pub db: DbArg,
}

pub async fn run(a: AgendaArgs) -> Result<()> {
    let today = today(a.today);
    let (from, to) = window(today, a.days)?;
    let store = open_store(&a.db).await?;
    let loaded = async {
        let scheduled = store
            .scheduled_interviews(&from.to_string(), &to.to_string())
            .await?;
        let pending = store
            .list_applications(&ListFilter {
                outcome: Some(Outcome::Pending),
                ..ListFilter::default()
            })
            .await?;
        Ok::<_, naitei_store::StoreError>((scheduled, pending))
    }
    .await;
    store.close().await;
    let (scheduled, pending) = loaded?;

    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}（{}）〜{}（{}）の予定",
        from,
        weekday_ja(from),
        to,
        weekday_ja(to)
    );
    if scheduled.is_empty() {
        out.push_str("  面接の予定はありません\n");
    }
    for s in &scheduled {
        let i = &s.interview;
        let date = i.on_date.as_deref().unwrap_or("");
        let wd = date.parse::<Date>().map(weekday_ja).unwrap_or("");
        let _ = write!(
            out,
            "  {date}（{wd}）{} {}: {}{}",
            i.start_time.as_deref().unwrap_or("時刻未定"),
            i.round.label(),
            s.company,
            paren(&s.position)
        );
        if let Some(r) = &i.interviewer_role {
            let _ = write!(out, "　面接官: {r}");
        }
        if let Some(p) = &i.place {
            let _ = write!(out, "　{p}");
        }
        let _ = writeln!(out, "　#{}", i.application_id);
    }
    if !scheduled.is_empty() {
        out.push_str("  準備: 一次面接の回答を見直し（naitei track show 番号）、話す内容をそろえておきましょう\n");
    }
    let _ = writeln!(out, "\n選考中の応募: {} 件", pending.len());
    for stage in Stage::ALL {
        let n = pending
            .iter()
            .filter(|a| a.data.furthest_stage == stage.code())
            .count();
        if n > 0 {
            let _ = writeln!(out, "  {}: {n} 件", stage.label());
        }
    }
    emit(&out)
}
