//! `naitei review`: review résumés, print findings, optionally apply safe fixes.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use naitei_core::review::{fix_until_stable, review};
use naitei_core::{Config, Review, Severity};
use rayon::prelude::*;

use crate::input::{self, Input};
use crate::render::{Format, format};
use crate::report::{self, FileReport};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

#[derive(clap::Args, Debug)]
pub struct ReviewArgs {
    /// 職務経歴書のファイル（.md / .txt / .docx / .xlsx / .xls / .pdf）、ディレクトリ、または標準入力の「-」
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<String>,
    /// 出力形式
    #[arg(long, value_parser = format::REPORT, default_value = "human")]
    pub format: Format,
    /// この重要度以上の指摘があれば終了コード1にする
    #[arg(long, value_enum, default_value = "error")]
    pub fail_on: FailOn,
    /// 安全な自動修正をファイルに書き込む
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// 自動修正の差分を表示する（ファイルは変更しない）
    #[arg(long)]
    pub diff: bool,
    /// 設定ファイル（既定: カレントディレクトリから上にたどった naitei.toml）
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// 読み込むファイルの上限サイズ（バイト）
    #[arg(long, default_value_t = input::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    pub max_size: u64,
}

struct Done {
    input: Input,
    review: Review,
    /// The file's JSON object, serialised on the worker thread (`--format json`).
    json: Option<String>,
}

pub fn run(args: ReviewArgs) -> anyhow::Result<ExitCode> {
    // Deserialising the dictionary takes ~80 ms on one core: start it now, so it overlaps
    // with reading the configuration and the files (a worker that needs it first waits for it).
    std::thread::spawn(naitei_core::text::morph::warm_up);
    let (config, _) = crate::config::load(args.config.as_deref())?;
    let names = input::expand(&args.files)?;
    if args.fix && names.iter().any(|n| n == "-") {
        anyhow::bail!("標準入力（-）には --fix を使えません。--diff で修正内容を確認できます");
    }
    let progress = (names.len() > 1 && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(names.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
                .expect("valid template"),
        );
        bar
    });
    let results: Vec<anyhow::Result<Done>> = names
        .par_iter()
        .map(|name| {
            let r = process(name, &args, &config);
            if let Some(b) = &progress {
                b.inc(1);
            }
            r
        })
        .collect();
    if let Some(b) = progress {
        b.finish_and_clear();
    }
    let mut done = Vec::new();
    let mut input_errors = 0;
    for r in results {
        match r {
            Ok(d) => done.push(d),
            Err(e) => {
                input_errors += 1;
                crate::error::print(&e);
            }
        }
    }
    let reports: Vec<FileReport<'_>> = done
        .iter()
        .map(|d| FileReport {
            path: d.input.name.clone(),
            encoding: d.input.encoding_label(),
            review: &d.review,
        })
        .collect();
    let sources: Vec<&str> = done.iter().map(|d| d.input.text.as_str()).collect();
    let mut stdout = crate::output::Stdout::new();
    let written = match args.format {
        Format::Json => {
            report::write_json_joined(&mut stdout, done.iter().filter_map(|d| d.json.as_deref()))
        }
        Format::Markdown => stdout.write_all(report::markdown(&reports).as_bytes()),
        _ if args.diff => Ok(()),
        _ => stdout.write_all(report::human(&reports, &sources, report::use_color()).as_bytes()),
    };
    written.context("出力に書き込めませんでした")?;
    if args.diff {
        for d in &done {
            let (fixed, n) = fix_until_stable(&d.input.text, &config, 8);
            if n > 0 {
                let diff = similar::TextDiff::from_lines(&d.input.text, &fixed);
                stdout.text(
                    &diff
                        .unified_diff()
                        .context_radius(1)
                        .header(&d.input.name, &format!("{} (修正後)", d.input.name))
                        .to_string(),
                )?;
            }
        }
    }
    stdout.flush_now()?;
    if input_errors > 0 {
        return Ok(ExitCode::from(crate::error::EXIT_INPUT));
    }
    let failing = args.fail_on.threshold().is_some_and(|t| {
        done.iter()
            .any(|d| d.review.diagnostics.iter().any(|f| f.severity >= t))
    });
    Ok(if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn process(name: &str, args: &ReviewArgs, config: &Config) -> anyhow::Result<Done> {
    let mut input = input::read(name, args.max_size)?;
    if args.fix {
        let (fixed, n) = fix_until_stable(&input.text, config, 8);
        if n > 0 {
            let bytes = input::encode(&input, &fixed)?;
            let path = input.path.clone().expect("--fix is refused for stdin");
            // A symbolic link is followed: the real file gets the fix and the link stays a link.
            let path = std::fs::canonicalize(&path).unwrap_or(path);
            write_atomically(&path, &bytes).with_context(|| {
                format!("{name}: 修正を書き込めませんでした（元のファイルは変更していません）")
            })?;
            input.text = fixed;
        }
    }
    let mut review = review(&input.text, config);
    if input.sources.iter().any(Option::is_some) {
        review.attach_sources(&input.sources);
    }
    let json = (args.format == Format::Json)
        .then(|| {
            report::json_file(&FileReport {
                path: input.name.clone(),
                encoding: input.encoding_label(),
                review: &review,
            })
        })
        .transpose()?;
    Ok(Done {
        input,
        review,
        json,
    })
}

/// Writes through a temporary file in the same directory and renames it over the target, so
/// an interrupted write never leaves a half-written résumé.
/// Replaces `path` with `bytes` through a temporary file in the same folder (never a half-written
/// file), keeping its permissions. Shared by `review --fix` and `rewrite`.
pub(crate) fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(tmp.path(), meta.permissions());
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
