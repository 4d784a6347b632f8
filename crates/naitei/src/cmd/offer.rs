//! `naitei offer` — compare offers: 年収 = 月給 × (12 + 賞与月数), 固定残業代 shown apart, hourly
//! equivalent and the difference to the current salary (issue 5). File format: docs/plan.md and
//! examples/offers.toml.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use naitei_core::plan::offer::{OfferFile, compare, parse_salary};
use naitei_core::plan::salary::{man_yen, yen_text};

use crate::output::emit;
use crate::render::{Block, Format, Section, Style, format, render_sections};

#[derive(clap::Args, Debug)]
pub struct OfferArgs {
    /// オファーの一覧（TOML、[[offer]] の表を1つ以上）
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// 現在の年収（4500000 や 450万円）。ファイルの current_salary より優先
    #[arg(long, value_name = "YEN")]
    current_salary: Option<String>,
    /// 出力形式
    #[arg(long, value_parser = format::REPORT, default_value = "human")]
    format: Format,
    /// 最低賃金を確かめる日（YYYY-MM-DD。和暦も可）。省略するとこの機械の今日の日付
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::args::date)]
    today: Option<jiff::civil::Date>,
}

fn yen(n: i64) -> String {
    yen_text(n)
}

fn signed_man(n: i64) -> String {
    if n >= 0 {
        format!("+{}", man_yen(n))
    } else {
        format!("−{}", man_yen(-n))
    }
}

pub fn run(args: OfferArgs) -> anyhow::Result<ExitCode> {
    let current = match &args.current_salary {
        None => None,
        Some(text) => Some(
            parse_salary(text)
                .with_context(|| format!("--current-salary: 金額として読めません（「{text}」）。4500000 や 450万円 と書いてください"))?,
        ),
    };
    let path = &args.file;
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: オファーの一覧を読めません", path.display()))?;
    let file =
        OfferFile::from_toml(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let today = super::track::today::today(args.today);
    let comparison = compare(&file, current, today);

    if args.format == Format::Json {
        emit(&(serde_json::to_string_pretty(&comparison)? + "\n"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let style = if args.format == Format::Markdown {
        Style::Markdown
    } else {
        Style::Human
    };
    let mut header = vec!["".to_string()];
    header.extend(comparison.offers.iter().map(|o| o.name.clone()));
    let row = |label: &str, f: &dyn Fn(&naitei_core::plan::offer::OfferResult) -> String| {
        let mut cells = vec![label.to_string()];
        cells.extend(comparison.offers.iter().map(f));
        cells
    };
    let mut rows = vec![
        row("月給", &|o| yen(o.monthly_salary)),
        row("　うち固定残業代", &|o| {
            if o.fixed_overtime.hours > 0.0 {
                format!(
                    "{}（{}時間分）",
                    yen(o.fixed_overtime.monthly),
                    o.fixed_overtime.hours
                )
            } else {
                "なし".to_string()
            }
        }),
        row("　基本給", &|o| yen(o.base_salary)),
        row("　月給に含まれる手当", &|o| {
            yen(o.included_allowances)
        }),
        row("賞与（年、基本給 × 月数）", &|o| {
            yen(o.bonus_annual)
        }),
        row("手当（年）", &|o| yen(o.allowances_annual)),
        row("年収", &|o| yen(o.annual_income)),
        row("　うち固定残業代（年）", &|o| {
            yen(o.fixed_overtime.annual)
        }),
        row("年間休日", &|o| format!("{}日", o.annual_holidays)),
        row("時給換算（固定残業込み）", &|o| {
            yen(o.hourly.round() as i64)
        }),
        row("基本給の時給", &|o| yen(o.hourly_base.floor() as i64)),
        row("固定残業代を除く月給の時給", &|o| {
            yen(o.hourly_without_overtime.floor() as i64)
        }),
    ];
    if comparison.offers.iter().any(|o| o.minimum_wage.is_some()) {
        rows.push(row("最低賃金（勤務地）", &|o| match &o.minimum_wage {
            Some(m) => format!(
                "{} {}{}",
                m.prefecture,
                yen(i64::from(m.minimum)),
                if m.below {
                    "（下回る）"
                } else {
                    "（以上）"
                }
            ),
            None => "勤務地の記載なし".to_string(),
        }));
    }
    if comparison.current_salary.is_some() {
        rows.push(row("現年収との差", &|o| {
            o.difference.map(signed_man).unwrap_or_default()
        }));
    }
    let mut blocks = vec![Block::Table { header, rows }];
    let mut bullets = Vec::new();
    if let Some(best) = &comparison.best_annual {
        bullets.push(format!("年収が一番高いのは {best}"));
    }
    if let Some(best) = &comparison.best_hourly {
        bullets.push(format!("時給換算が一番高いのは {best}"));
    }
    for o in &comparison.offers {
        for w in &o.warnings {
            bullets.push(format!("{}: {w}", o.name));
        }
    }
    bullets.extend(comparison.notes.iter().cloned());
    blocks.push(Block::Bullets(bullets));
    blocks.push(Block::Para(format!("計算方法: {}", comparison.method)));
    let title = match comparison.current_salary {
        Some(c) => format!("オファーの比較（現年収 {}）", man_yen(c)),
        None => "オファーの比較".to_string(),
    };
    let sections = vec![Section {
        title: "条件".to_string(),
        blocks,
    }];
    emit(&render_sections(&title, sections, style))?;
    Ok(ExitCode::SUCCESS)
}
