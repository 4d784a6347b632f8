//! `naitei track stage`: record a stage event (the funnel rules are the tracker's).

use anyhow::Result;
use jiff::civil::Date;
use naitei_core::funnel::{EventResult, Stage};
use naitei_tracker::event::Event;

use super::db::{DbArg, open_store};
use super::today::today;
use crate::args;
use crate::output::emit;

#[derive(clap::Args, Debug)]
pub struct StageArgs {
    /// 応募の番号
    pub id: i64,
    /// 段階: document（書類選考）/ first / second / final / offer（内定）
    #[arg(value_parser = args::stage)]
    pub stage: Stage,
    /// 結果: pending（結果待ち）/ passed（通過）/ failed（不合格）/ withdrawn（辞退）/ accepted / declined（内定のとき）
    #[arg(long, default_value = "pending", value_parser = args::result)]
    pub result: EventResult,
    /// 日付（既定: 今日）。面接の段階では面接日として予定にも入ります
    #[arg(long, value_parser = args::date)]
    pub date: Option<Date>,
    /// 面接の開始時刻（14:00）
    #[arg(long, value_parser = args::time)]
    pub time: Option<String>,
    /// 面接官の役職（人事、現場マネージャー、役員 など）
    #[arg(long)]
    pub interviewer: Option<String>,
    /// 面接の場所（オンライン、本社 など）
    #[arg(long)]
    pub place: Option<String>,
    /// メモ
    #[arg(long)]
    pub note: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
}

pub async fn run(a: StageArgs) -> Result<()> {
    let event = Event {
        stage: a.stage,
        result: a.result,
        on: today(a.date),
        time: a.time,
        interviewer: a.interviewer,
        place: a.place,
        note: a.note,
    };
    let store = open_store(&a.db).await?;
    let recorded = naitei_tracker::record_event(&store, a.id, &event).await;
    store.close().await;
    let recorded = recorded?;
    let app = &recorded.application;
    let mut out = format!(
        "#{} {}: {} {} を記録しました（{}）\n  現在: {}（{}）\n",
        app.id,
        app.data.company,
        event.stage.label(),
        event.result.label(),
        event.on,
        recorded.furthest.label(),
        recorded.outcome.label()
    );
    if recorded.kept_further_stage(&event) {
        out.push_str("  ※ すでに先の段階まで進んでいるので、到達した段階はそのままです\n");
    }
    emit(&out)
}
