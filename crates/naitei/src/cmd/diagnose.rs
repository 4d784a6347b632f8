//! `naitei diagnose` — where in the selection funnel the seeker keeps failing.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::Result;
use naitei_core::funnel::{Diagnosis, Stage, Verdict};

use super::track::{DbArg, open_store, runtime};
use crate::render::{Format, format, pad, table};

#[derive(clap::Args, Debug)]
pub struct DiagnoseArgs {
    /// 出力形式
    #[arg(long, value_parser = format::HUMAN_JSON, default_value = "human")]
    pub format: Format,
    #[command(flatten)]
    pub db: DbArg,
}

pub fn run(args: DiagnoseArgs) -> Result<ExitCode> {
    let diagnosis = load_diagnosis(&args.db)?;
    let text = match args.format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&diagnosis)?;
            s.push('\n');
            s
        }
        _ => render_human(&diagnosis),
    };
    crate::output::emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

fn percent(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

/// A table of the stages, a bar chart of the funnel, the bottleneck and the advice.
pub fn render_human(d: &Diagnosis) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "応募 {} 件 ／ 内定 {} 件\n", d.applications, d.offers);
    let header = [
        "段階",
        "進んだ",
        "通過",
        "不合格",
        "結果待ち",
        "通過率",
        "目安（範囲）",
        "判定",
    ];
    let rows: Vec<[String; 8]> = d
        .stages
        .iter()
        .map(|s| {
            [
                s.stage.label().to_owned(),
                s.entered.to_string(),
                s.passed.to_string(),
                s.failed.to_string(),
                s.pending.to_string(),
                s.rate.map(percent).unwrap_or_else(|| "—".to_owned()),
                format!(
                    "{}（{}〜{}）",
                    percent(s.reference.typical),
                    percent(s.reference.low),
                    percent(s.reference.high)
                ),
                match s.verdict {
                    Verdict::Below => format!("▼ {}", s.verdict.label()),
                    Verdict::Above => format!("▲ {}", s.verdict.label()),
                    _ => s.verdict.label().to_owned(),
                },
            ]
        })
        .collect();
    table(&mut out, "", &header, &rows);

    // Funnel: one bar per stage entered, scaled to the applications.
    out.push_str("\nファネル\n");
    let max = d.applications.max(1);
    const BAR: u32 = 30;
    let mut bars: Vec<(String, u32)> = d
        .stages
        .iter()
        .map(|s| (s.stage.label().to_owned(), s.entered))
        .collect();
    bars.push((Stage::Offer.label().to_owned(), d.offers));
    for (label, n) in bars {
        let len = (n * BAR).div_ceil(max);
        let _ = writeln!(out, "  {} {} {n}", pad(&label, 8), "█".repeat(len as usize));
    }

    let notes: Vec<&str> = d.stages.iter().filter_map(|s| s.note.as_deref()).collect();
    if !notes.is_empty() {
        out.push_str("\n段階ごとの見方\n");
        for n in notes {
            let _ = writeln!(out, "  ・{n}");
        }
    }

    out.push('\n');
    match d.bottleneck {
        Some(s) => {
            let _ = writeln!(out, "ボトルネック: {}", s.label());
        }
        None => out.push_str("ボトルネック: なし\n"),
    }
    out.push_str("アドバイス:\n");
    for a in &d.advice {
        let _ = writeln!(out, "  ・{a}");
    }
    out.push_str(
        "\n「目安より低い」は、目安の下限の通過率の人でも5%以下でしか起きないほど低い場合だけの判定です。件数が少ないうちは低めでも「件数不足」と表示します（目安は転職サイト各社の公表値）。\n",
    );
    out
}

/// The diagnosis of the applications in the tracker database (a bad row is an error).
pub(crate) fn load_diagnosis(db: &DbArg) -> Result<Diagnosis> {
    runtime()?.block_on(async {
        let store = open_store(db).await?;
        let diagnosis = naitei_tracker::diagnosis(&store, None).await;
        store.close().await;
        Ok(diagnosis?)
    })
}
