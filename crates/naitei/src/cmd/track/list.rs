//! `naitei track list`: the applications, filtered by stage, channel or outcome.

use std::fmt::Write as _;

use anyhow::Result;
use naitei_core::funnel::{Channel, Outcome, Stage};
use naitei_store::ListFilter;

use super::db::{DbArg, open_store};
use super::labels::channel_label;
use crate::args;
use crate::output::emit;
use crate::render::{Format, format, table, truncate};

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// 段階で絞り込む（document / first / second / final / offer）
    #[arg(long, value_parser = args::stage)]
    pub stage: Option<Stage>,
    /// 経路で絞り込む（hellowork / agent / scout / direct / referral）
    #[arg(long, value_parser = args::channel)]
    pub channel: Option<(Channel, Option<String>)>,
    /// 状況で絞り込む（pending / failed / withdrawn / accepted / declined）
    #[arg(long, value_parser = args::outcome)]
    pub outcome: Option<Outcome>,
    /// 出力形式
    #[arg(long, value_parser = format::HUMAN_JSON, default_value = "human")]
    pub format: Format,
    #[command(flatten)]
    pub db: DbArg,
}

pub async fn run(a: ListArgs) -> Result<()> {
    let filter = ListFilter {
        stage: a.stage,
        channel: a.channel.map(|(c, _)| c),
        outcome: a.outcome,
    };
    let store = open_store(&a.db).await?;
    let apps = store.list_applications(&filter).await;
    store.close().await;
    let apps = apps?;
    let mut out = String::with_capacity(apps.len() * 100);
    if a.format == Format::Json {
        out = serde_json::to_string_pretty(&apps)?;
        out.push('\n');
    } else if apps.is_empty() {
        out.push_str("該当する応募はありません。\n");
    } else {
        let rows: Vec<[String; 7]> = apps
            .iter()
            .map(|app| {
                let d = &app.data;
                [
                    format!("#{}", app.id),
                    d.applied_on.clone(),
                    truncate(&d.company, 24),
                    truncate(&d.position, 16),
                    truncate(&channel_label(d), 20),
                    d.furthest_stage.label().to_owned(),
                    d.outcome.label().to_owned(),
                ]
            })
            .collect();
        let header = ["番号", "応募日", "会社", "職種", "経路", "段階", "状況"];
        table(&mut out, "", &header, &rows);
        let _ = writeln!(out, "{} 件", apps.len());
    }
    emit(&out)
}
