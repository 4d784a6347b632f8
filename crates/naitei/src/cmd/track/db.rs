//! The tracker database of the CLI: `--db`, the runtime, opening the store.

use anyhow::{Context, Result, bail};
use naitei_store::{Store, Target};

#[derive(clap::Args, Debug, Clone)]
pub struct DbArg {
    /// データベース: SQLite のファイル、または postgres:// の URL（既定: データディレクトリの naitei/naitei.db）
    #[arg(long, env = "NAITEI_DB", value_name = "PATH|URL")]
    pub db: Option<String>,
}

pub fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("非同期ランタイムを起動できません")
}

/// Opens the database named by `--db`/`NAITEI_DB`, or the default file in the data directory.
pub async fn open_store(db: &DbArg) -> Result<Store> {
    let target = match &db.db {
        Some(spec) if !spec.trim().is_empty() => Target::parse(spec.trim()),
        _ => {
            let dir = dirs::data_dir()
                .ok_or_else(|| {
                    crate::error::environment(
                        "データディレクトリが見つかりません。--db でファイルを指定してください",
                    )
                })?
                .join("naitei");
            std::fs::create_dir_all(&dir).with_context(|| {
                crate::error::Environment(format!("フォルダ {} を作れません", dir.display()))
            })?;
            Target::SqliteFile(dir.join("naitei.db"))
        }
    };
    if let Target::SqliteFile(path) = &target
        && let Some(parent) = path.parent()
        && !parent.as_os_str().is_empty()
        && !parent.exists()
    {
        bail!(
            "データベース {} を作れません: フォルダ {} がありません",
            path.display(),
            parent.display()
        );
    }
    Ok(Store::open(&target).await?)
}

/// A tracker database to read: named by --db / NAITEI_DB, or the default file if it exists.
/// Planning never creates one.
pub fn has_tracker_db(db: &DbArg) -> bool {
    db.db.as_deref().is_some_and(|s| !s.trim().is_empty())
        || dirs::data_dir().is_some_and(|d| d.join("naitei").join("naitei.db").is_file())
}
