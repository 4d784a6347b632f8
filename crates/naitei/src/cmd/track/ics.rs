//! `naitei track ics`: the coming interviews as an iCalendar file (Asia/Tokyo).

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::Result;
use jiff::civil::Date;
use naitei_core::funnel::Stage;

use super::db::{DbArg, open_store};
use super::export::emit_to;
use super::labels::{label_of, paren};
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
    use ics::parameters::{TzIDParam, Value};
    use ics::properties::{Description, DtEnd, DtStart, Location, Summary};

    let today = today(a.today);
    let (from, to) = window(today, a.days)?;
    let store = open_store(&a.db).await?;
    let scheduled = store
        .scheduled_interviews(&from.to_string(), &to.to_string())
        .await;
    store.close().await;
    let scheduled = scheduled?;

    // DTSTAMP from the reference date, not the clock: the same data gives the same file.
    let stamp = crate::ical::stamp(today);
    let mut cal = ics::ICalendar::new("2.0", "-//naitei//track//JA");
    for s in &scheduled {
        let i = &s.interview;
        let Some(date) = i.on_date.as_deref().and_then(|d| d.parse::<Date>().ok()) else {
            continue;
        };
        let mut event = ics::Event::new(
            format!("naitei-interview-{}@naitei.local", i.id),
            stamp.clone(),
        );
        let round = label_of::<Stage>(&i.round);
        event.push(Summary::new(ics::escape_text(format!(
            "{round}: {}{}",
            s.company,
            paren(&s.position)
        ))));
        match i
            .start_time
            .as_deref()
            .and_then(|t| jiff::civil::Time::strptime("%H:%M", t).ok())
        {
            Some(t) => {
                let start = date.to_datetime(t);
                let end = start
                    .checked_add(jiff::Span::new().hours(1))
                    .unwrap_or(start);
                let mut dtstart = DtStart::new(start.strftime("%Y%m%dT%H%M%S").to_string());
                dtstart.add(TzIDParam::new(crate::ical::TZID));
                let mut dtend = DtEnd::new(end.strftime("%Y%m%dT%H%M%S").to_string());
                dtend.add(TzIDParam::new(crate::ical::TZID));
                event.push(dtstart);
                event.push(dtend);
            }
            None => {
                let mut dtstart = DtStart::new(crate::ical::date(date));
                dtstart.add(Value::DATE);
                event.push(dtstart);
            }
        }
        if let Some(p) = &i.place {
            event.push(Location::new(ics::escape_text(p.clone())));
        }
        let mut desc = format!("応募 #{}", i.application_id);
        if let Some(r) = &i.interviewer_role {
            let _ = write!(desc, "／面接官: {r}");
        }
        event.push(Description::new(ics::escape_text(desc)));
        cal.add_event(event);
    }
    let text = crate::ical::with_timezone(&crate::ical::refold(&cal.to_string()));
    emit_to(a.output.as_deref(), &text)?;
    if a.output.is_some() {
        eprintln!("面接 {} 件（{from}〜{to}）", scheduled.len());
    }
    Ok(())
}
