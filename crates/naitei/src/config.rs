//! Finding and reading `naitei.toml` (upward from the current directory).

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use naitei_core::Config;

pub const FILE_NAME: &str = "naitei.toml";

/// The nearest `naitei.toml` from `start` upwards.
pub fn find(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// Loads the configuration: `explicit` if given, else the nearest `naitei.toml`, else defaults.
pub fn load(explicit: Option<&Path>) -> anyhow::Result<(Config, Option<PathBuf>)> {
    let path = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => std::env::current_dir().ok().and_then(|d| find(&d)),
    };
    let Some(path) = path else {
        return Ok((Config::default(), None));
    };
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("{}: 設定ファイルを読めません", path.display()))?;
    let config: Config = toml::from_str(&text).map_err(|e| {
        anyhow::anyhow!(
            "{}: 設定ファイルの書き方に誤りがあります: {}",
            path.display(),
            e.to_string().trim()
        )
    })?;
    let known = naitei_core::rules::all_ids();
    let unknown = config.unknown_rule_ids(&known);
    if !unknown.is_empty() {
        bail!(
            "{}: 存在しないルールが指定されています: {}（`naitei rules` で一覧を確認できます）",
            path.display(),
            unknown.join(", ")
        );
    }
    Ok((config, Some(path)))
}
