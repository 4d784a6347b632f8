//! `naitei track doc add|list`: versions of the résumé (and other documents).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use jiff::civil::Date;
use naitei_store::DocumentKind;

use super::db::{DbArg, open_store};
use super::today::today;
use crate::args;
use crate::output::emit;
use crate::render::{table, truncate};

#[derive(clap::Args, Debug)]
pub struct DocAddArgs {
    /// 保存するファイル（テキストまたは Markdown）
    pub file: PathBuf,
    /// 版の名前（例: v2 営業向け。既定: ファイル名）
    #[arg(long)]
    pub label: Option<String>,
    /// 書類の種類: resume（職務経歴書）/ rirekisho（履歴書）/ other
    #[arg(long, default_value = "resume", value_parser = args::document_kind)]
    pub kind: DocumentKind,
    /// この版を使った応募の番号
    #[arg(long)]
    pub application: Option<i64>,
    /// 作成日（既定: 今日）
    #[arg(long, value_parser = args::date)]
    pub date: Option<Date>,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct DocListArgs {
    #[command(flatten)]
    pub db: DbArg,
}

pub async fn add(a: DocAddArgs) -> Result<()> {
    let name = a.file.display().to_string();
    let content = read_text(&a.file, &name)?;
    let label = a.label.unwrap_or_else(|| {
        a.file
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_else(|| name.clone())
    });
    let created_on = today(a.date).to_string();
    let store = open_store(&a.db).await?;
    let saved = async {
        if let Some(id) = a.application {
            store.application(id).await?;
        }
        store
            .add_document(&naitei_store::NewDocument {
                application_id: a.application,
                kind: a.kind,
                label: label.clone(),
                created_on,
                content,
            })
            .await
    }
    .await;
    store.close().await;
    emit(&format!("書類 #{}「{label}」を保存しました\n", saved?))
}

pub async fn list(a: DocListArgs) -> Result<()> {
    let store = open_store(&a.db).await?;
    let docs = store.documents().await;
    store.close().await;
    let docs = docs?;
    let mut out = String::new();
    if docs.is_empty() {
        out.push_str("保存した書類はありません（naitei track doc add ファイル）\n");
    } else {
        let rows: Vec<[String; 5]> = docs
            .iter()
            .map(|d| {
                [
                    format!("#{}", d.id),
                    d.created_on.clone(),
                    d.kind.code().to_owned(),
                    truncate(&d.label, 30),
                    d.application_id
                        .map(|i| format!("#{i}"))
                        .unwrap_or_default(),
                ]
            })
            .collect();
        let header = ["番号", "作成日", "種類", "版", "応募"];
        table(&mut out, "", &header, &rows);
    }
    emit(&out)
}

/// A document's text: UTF-8, not empty, at most the input size limit (5 MB).
fn read_text(path: &Path, name: &str) -> Result<String> {
    let limit = crate::input::DEFAULT_MAX_BYTES;
    let meta = std::fs::metadata(path).with_context(|| format!("{name} を読めません"))?;
    if meta.len() > limit {
        bail!(
            "{name} は大きすぎます（{} バイト、上限 {limit} バイト）。本文だけを保存したファイルにしてください",
            meta.len()
        );
    }
    let bytes = std::fs::read(path).with_context(|| format!("{name} を読めません"))?;
    let text = crate::input::utf8(name, bytes, "UTF-8 のテキストにしてください")?;
    if text.trim().is_empty() {
        bail!("{name} は空です。保存する書類の本文を書いたファイルを指定してください");
    }
    Ok(text)
}
