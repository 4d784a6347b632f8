//! `naitei track check ID`: are the answers given in the rounds of one application consistent
//! with each other and with the résumé? Uses the engine of `naitei compare`.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use naitei_core::compare::{self, Round, RoundCheck, check_rounds};
use serde::Serialize;

use super::db::{DbArg, open_store, runtime};
use crate::render::{Format, format};

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// 応募の番号
    pub id: i64,
    /// 比べる職務経歴書（既定: naitei track doc add で保存した最新の職務経歴書）
    #[arg(long, value_name = "FILE")]
    pub resume: Option<PathBuf>,
    /// 出力形式
    #[arg(long, value_parser = format::HUMAN_JSON, default_value = "human")]
    pub format: Format,
    /// --format json と同じ（以前の書き方）
    #[arg(long, hide = true)]
    pub json: bool,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Serialize)]
struct Report {
    application: i64,
    company: String,
    consistent: bool,
    checks: Vec<RoundCheck>,
}

pub fn run(a: CheckArgs) -> Result<ExitCode> {
    let resume_file = match &a.resume {
        Some(path) => {
            let input =
                crate::input::read(&path.display().to_string(), crate::input::DEFAULT_MAX_BYTES)?;
            Some((path.display().to_string(), input.text))
        }
        None => None,
    };
    let (company, rounds, resume) = runtime()?.block_on(async {
        let store = open_store(&a.db).await?;
        let result = async {
            let app = store.application(a.id).await?;
            let rounds = naitei_tracker::load_rounds(&store, a.id).await?;
            let resume = match &resume_file {
                Some(_) => None,
                None => store
                    .documents()
                    .await?
                    .into_iter()
                    .rev()
                    .find(|d| d.kind == naitei_store::DocumentKind::Resume)
                    .map(|d| (format!("職務経歴書（{}）", d.label), d.content)),
            };
            Ok::<_, anyhow::Error>((app.data.company, rounds, resume))
        }
        .await;
        store.close().await;
        result
    })?;
    let resume = resume_file
        .map(|(name, text)| (format!("職務経歴書（{name}）"), text))
        .or(resume);
    let rounds: Vec<Round> = rounds.into_iter().filter(|r| !r.is_empty()).collect();
    let checks = check_rounds(
        &rounds,
        resume.as_ref().map(|(n, t)| (n.as_str(), t.as_str())),
    );
    let consistent = compare::consistent(&checks);
    let report = Report {
        application: a.id,
        company,
        consistent,
        checks,
    };
    let text = if a.json || a.format == Format::Json {
        serde_json::to_string_pretty(&report).context("JSON にできません")? + "\n"
    } else {
        human(&report, &rounds, resume.is_some())
    };
    crate::output::emit(&text)?;
    Ok(if consistent {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn question_of<'a>(rounds: &'a [Round], name: &str, line: usize) -> Option<&'a str> {
    rounds
        .iter()
        .find(|r| r.name == name)
        .and_then(|r| r.question_at(line))
}

fn human(report: &Report, rounds: &[Round], with_resume: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "#{} {}: 面接での回答の食い違いチェック",
        report.application, report.company
    );
    if rounds.is_empty() {
        let _ = writeln!(
            out,
            "  記録された回答がありません。naitei track qa {} --round first … で質問と回答を記録してください。",
            report.application
        );
        return out;
    }
    if rounds.len() < 2 && !with_resume {
        let _ = writeln!(
            out,
            "  比べる相手がありません（回答を記録した面接が{}つだけで、職務経歴書も保存されていません）。",
            rounds.len()
        );
    }
    let mut n = 0;
    for c in &report.checks {
        for conflict in &c.conflicts {
            n += 1;
            let q1 = question_of(rounds, &c.first, conflict.first.line)
                .map_or(String::new(), |q| format!("「{q}」への回答"));
            let q2 = question_of(rounds, &c.second, conflict.second.line)
                .map_or(String::new(), |q| format!("「{q}」への回答"));
            let _ = writeln!(
                out,
                "\n{n}. {} と {} で食い違い（{}）",
                c.first, c.second, conflict.subject
            );
            let _ = writeln!(out, "   {}{q1}: {}", c.first, conflict.first.sentence);
            let _ = writeln!(out, "   {}{q2}: {}", c.second, conflict.second.sentence);
            let _ = writeln!(out, "   → {}", conflict.message);
        }
    }
    if n == 0 {
        let _ = writeln!(
            out,
            "  食い違いは見つかりませんでした（{}件の組み合わせを確認）。",
            report.checks.len()
        );
    } else {
        let _ = writeln!(
            out,
            "\n食い違いが{n}件あります。次の面接の前に、正しい数字・時期・理由を確かめて揃えてください。"
        );
    }
    out
}
