//! `naitei track ics`: the coming interviews and dated next steps of applications still in
//! selection as an iCalendar file (Asia/Tokyo), written by the tracker's calendar (as the web's).

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
    let steps = next_steps(&store, from, to).await;
    store.close().await;
    let scheduled = scheduled?;
    let mut events: Vec<_> = scheduled
        .iter()
        .filter_map(crate::ical::interview_event)
        .collect();
    events.extend(steps?);
    events.sort_by_key(|e| (e.date, e.time));
    // DTSTAMP from the reference date, not the clock: the same data gives the same file.
    let text = crate::ical::calendar("-//naitei//track//JA", None, today, &events);
    emit_to(a.output.as_deref(), &text)?;
    if a.output.is_some() {
        eprintln!(
            "面接 {} 件・次にやること {} 件（{from}〜{to}）",
            scheduled.len(),
            events.len() - scheduled.len()
        );
    }
    Ok(())
}

/// The events of the next steps dated from `from` to `to`, of applications still in selection.
async fn next_steps(
    store: &naitei_store::Store,
    from: Date,
    to: Date,
) -> Result<Vec<naitei_tracker::ical::CalendarEvent>> {
    let mut events = Vec::new();
    for step in store.next_steps().await? {
        let Some(on) = step.on_date.as_deref().and_then(|d| d.parse::<Date>().ok()) else {
            continue;
        };
        if on < from || on > to {
            continue;
        }
        let app = store.application(step.application_id).await?;
        let open = naitei_tracker::application::Application::from_data(&app.data)
            .is_ok_and(|t| t.outcome == naitei_core::funnel::Outcome::Pending);
        if !open {
            continue;
        }
        events.extend(crate::ical::next_step_event(&step, &app.data.company));
    }
    Ok(events)
}
