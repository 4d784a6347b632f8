//! `naitei track export`: CSV (the applications) or JSON (a complete backup).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use naitei_core::funnel::format_channel;
use naitei_store::{Application, ListFilter};

use super::db::{DbArg, open_store};
use super::import::CSV_COLUMNS;
use crate::output::emit;
use crate::render::{Format, format};

#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    /// 出力形式（csv は応募の一覧、json は完全なバックアップ）
    #[arg(long, value_parser = format::EXPORT, default_value = "csv")]
    pub format: Format,
    /// 出力ファイル（既定: 標準出力）
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub db: DbArg,
}

pub fn write_csv(apps: &[Application]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CSV_COLUMNS)?;
    for app in apps {
        let d = &app.data;
        let channel = format_channel(d.channel, d.channel_name.as_deref());
        w.write_record([
            d.company.as_str(),
            &d.position,
            &channel,
            d.relation.code(),
            &d.applied_on,
            d.furthest_stage.code(),
            d.outcome.code(),
            &d.offered_salary.map(|s| s.to_string()).unwrap_or_default(),
            d.posting.as_deref().unwrap_or(""),
            d.notes.as_deref().unwrap_or(""),
        ])?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}

pub async fn run(a: ExportArgs) -> Result<()> {
    let store = open_store(&a.db).await?;
    let text = async {
        Ok::<_, anyhow::Error>(match a.format {
            Format::Json => {
                let mut s = serde_json::to_string_pretty(&store.backup().await?)?;
                s.push('\n');
                s
            }
            _ => write_csv(&store.list_applications(&ListFilter::default()).await?)?,
        })
    }
    .await;
    store.close().await;
    let text = text?;
    emit_to(a.output.as_deref(), &text)
}

pub(super) fn emit_to(output: Option<&Path>, text: &str) -> Result<()> {
    match output {
        Some(path) => {
            std::fs::write(path, text)
                .with_context(|| format!("{} に書き込めません", path.display()))?;
            eprintln!("{} に書き出しました", path.display());
            Ok(())
        }
        None => emit(text),
    }
}
