//! `naitei track import`: a tracker CSV or a JSON backup. Every row is checked before anything
//! is written; the rows are then stored in one transaction.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use naitei_core::funnel::{Outcome, Relation, Stage, parse_channel};
use naitei_store::{ApplicationData, Backup};
use naitei_tracker::fields;

use super::db::{DbArg, open_store};
use super::labels::nonempty;
use crate::args;
use crate::output::emit;

#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    /// CSV（見出し行つき UTF-8）または JSON バックアップのファイル（- で標準入力）
    pub file: PathBuf,
    /// JSON バックアップで、今のデータを置き換える
    #[arg(long)]
    pub replace: bool,
    #[command(flatten)]
    pub db: DbArg,
}

/// CSV columns, in export order. The first seven are required on import.
pub(super) const CSV_COLUMNS: [&str; 10] = [
    "company",
    "position",
    "channel",
    "relation",
    "applied_on",
    "furthest_stage",
    "outcome",
    "offered_salary",
    "posting",
    "notes",
];
const CSV_REQUIRED: usize = 7;

pub async fn run(a: ImportArgs) -> Result<()> {
    let name = a.file.display().to_string();
    let mut bytes = Vec::new();
    if a.file == Path::new("-") {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(&a.file).with_context(|| format!("{name} を読めません"))?;
    }
    let text = crate::input::utf8(&name, bytes, "CSV は UTF-8 で保存してください")?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let is_json = a
        .file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        || text.trim_start().starts_with('{');
    if is_json {
        let backup = parse_backup(&name, text)?;
        let store = open_store(&a.db).await?;
        let restored = store.restore(&backup, a.replace).await;
        store.close().await;
        restored?;
        emit(&format!(
            "{name} から復元しました: 応募 {} 件、選考の記録 {} 件、面接 {} 件、質問 {} 件、書類 {} 件\n",
            backup.applications.len(),
            backup.stage_events.len(),
            backup.interviews.len(),
            backup.questions.len(),
            backup.documents.len()
        ))
    } else {
        // Every row is checked before anything is written; the rows are then stored in one
        // transaction, so an error leaves the database as it was.
        let rows = parse_csv(&name, text)?;
        let store = open_store(&a.db).await?;
        let ids = store.add_applications(&rows).await;
        store.close().await;
        emit(&format!(
            "{name} から応募 {} 件を読み込みました\n",
            ids?.len()
        ))
    }
}

fn parse_backup(name: &str, text: &str) -> Result<Backup> {
    let backup: Backup = serde_json::from_str(text).map_err(|e| {
        anyhow!(
            "{name} の {} 行目 {} 文字目: naitei のバックアップ（JSON）として読めません: {e}",
            e.line(),
            e.column()
        )
    })?;
    if backup.format != naitei_store::BACKUP_FORMAT || backup.version > naitei_store::BACKUP_VERSION
    {
        bail!(
            "{name} は naitei のバックアップではないか、新しすぎる版です（format: {}、version: {}）",
            backup.format,
            backup.version
        );
    }
    for app in &backup.applications {
        let d = &app.data;
        let at = |col: &str, e: anyhow::Error| anyhow!("{name}: 応募 #{} の {col}: {e}", app.id);
        nonempty("会社名", &d.company).map_err(|e| at("company", e))?;
        args::date(&d.applied_on).map_err(|m| at("applied_on", anyhow!(m)))?;
        fields::check_outcome(d.furthest_stage, d.outcome)
            .map_err(|m| at("furthest_stage/outcome", anyhow!(m)))?;
    }
    for e in &backup.stage_events {
        let at = |col: &str, m: String| anyhow!("{name}: 選考の記録 #{} の {col}: {m}", e.id);
        args::date(&e.on_date).map_err(|m| at("on_date", m))?;
    }
    Ok(backup)
}

/// Parses and checks every row of a tracker CSV. Errors name the file, the line and the column.
pub fn parse_csv(name: &str, text: &str) -> Result<Vec<ApplicationData>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| anyhow!("{name} の見出し行を読めません: {e}"))?
        .clone();
    for (i, h) in headers.iter().enumerate() {
        if let Some(j) = headers
            .iter()
            .skip(i + 1)
            .position(|other| other.eq_ignore_ascii_case(h) && !h.is_empty())
        {
            bail!(
                "{name} の 1 行目（見出し）で列「{h}」が 2 回あります（{} 列目と {} 列目）。どちらか一方にしてください",
                i + 1,
                i + j + 2
            );
        }
    }
    let index: Vec<Option<usize>> = CSV_COLUMNS
        .iter()
        .map(|c| headers.iter().position(|h| h.eq_ignore_ascii_case(c)))
        .collect();
    let missing: Vec<&str> = CSV_COLUMNS[..CSV_REQUIRED]
        .iter()
        .zip(&index)
        .filter(|(_, i)| i.is_none())
        .map(|(c, _)| *c)
        .collect();
    if !missing.is_empty() {
        bail!(
            "{name} の 1 行目（見出し）に必要な列がありません: {}（必要な列: {}）",
            missing.join(", "),
            CSV_COLUMNS[..CSV_REQUIRED].join(",")
        );
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(name, &e))?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let get = |col: usize| -> &str { index[col].and_then(|i| record.get(i)).unwrap_or("") };
        let err = |col: usize, e: anyhow::Error| {
            anyhow!(
                "{name} の {line} 行目、列「{}」（値「{}」）: {e}",
                CSV_COLUMNS[col],
                get(col)
            )
        };
        let company = nonempty("会社名", get(0)).map_err(|e| err(0, e))?;
        let (channel, channel_name) = parse_channel(get(2)).map_err(|e| err(2, anyhow!("{e}")))?;
        let relation: Relation = get(3).parse().map_err(|e| err(3, anyhow!("{e}")))?;
        let applied_on = args::date(get(4)).map_err(|m| err(4, anyhow!(m)))?;
        let stage: Stage = get(5).parse().map_err(|e| err(5, anyhow!("{e}")))?;
        let outcome: Outcome = get(6).parse().map_err(|e| err(6, anyhow!("{e}")))?;
        fields::check_outcome(stage, outcome).map_err(|m| err(6, anyhow!(m)))?;
        let offered_salary = fields::salary(get(7)).map_err(|m| err(7, anyhow!(m)))?;
        let text_or_none = |col: usize| Some(get(col).to_owned()).filter(|s| !s.is_empty());
        rows.push(ApplicationData {
            company,
            position: get(1).to_owned(),
            channel,
            channel_name,
            relation,
            applied_on: applied_on.to_string(),
            furthest_stage: stage,
            outcome,
            offered_salary,
            posting: text_or_none(8),
            notes: text_or_none(9),
        });
    }
    Ok(rows)
}

/// A CSV reading error in Japanese, with its line.
fn csv_error(name: &str, e: &csv::Error) -> anyhow::Error {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => anyhow!(
            "{name} の {line} 行目: 列の数が {len} で、見出し行の {expected_len} 列と合いません（値の中のカンマは \"…\" で囲んでください）"
        ),
        csv::ErrorKind::Utf8 { .. } => {
            anyhow!("{name} の {line} 行目: UTF-8 の文字として読めない部分があります")
        }
        _ => anyhow!("{name} の {line} 行目を CSV として読めません"),
    }
}
