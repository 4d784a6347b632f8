//! `naitei answer`: coach one interview answer, or a Markdown file of answers under headings.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use naitei_core::Severity;
use naitei_core::answer::{self, AnswerReview, QuestionKind};

use crate::cmd::review::FailOn;
use crate::input;
use crate::render::{Format, format, markdown_cell};
use crate::report;

#[derive(clap::Args, Debug)]
pub struct AnswerArgs {
    /// 回答のファイル（.md / .txt）、または標準入力の「-」。見出し（## 転職理由 など）で複数の回答を書けます
    #[arg(value_name = "FILE")]
    pub file: String,
    /// 質問の種類: reason（転職理由）, motive（志望動機）, pr（自己PR）, strength（強み）, weakness（弱み）,
    /// success（成功体験）, failure（失敗体験）, reverse（逆質問）, intro（自己紹介）, other（その他）
    #[arg(long, short = 'q', value_name = "KIND")]
    pub question: Option<String>,
    #[arg(long, value_parser = format::REPORT, default_value = "human")]
    pub format: Format,
    /// この重要度以上の指摘があれば終了コード1にする
    #[arg(long, value_enum, default_value = "error")]
    pub fail_on: FailOn,
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    #[arg(long, default_value_t = input::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    pub max_size: u64,
}

pub fn kinds_list() -> String {
    QuestionKind::ALL
        .iter()
        .map(|k| format!("{}（{}）", k.id(), k.label()))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn run(args: AnswerArgs) -> anyhow::Result<ExitCode> {
    let default_kind = match &args.question {
        Some(q) => Some(QuestionKind::parse(q.trim()).ok_or_else(|| {
            anyhow::anyhow!(
                "質問の種類「{q}」はありません。使えるのは: {}",
                kinds_list()
            )
        })?),
        None => None,
    };
    let (config, _) = crate::config::load(args.config.as_deref())?;
    let input = input::read(&args.file, args.max_size)?;
    let reviews = answer::review_all(&input.text, default_kind, &config);
    if reviews.is_empty() {
        anyhow::bail!("{}: 回答の本文がありません", input.name);
    }
    let text = match args.format {
        Format::Json => {
            serde_json::to_string_pretty(&answer::AnswerFileReport::new(&input.name, &reviews))?
                + "\n"
        }
        Format::Markdown => markdown(&input.name, &reviews),
        _ => human(&input.name, &input.text, &reviews, report::use_color()),
    };
    crate::output::emit(&text)?;
    let failing = args.fail_on.threshold().is_some_and(|t| {
        reviews
            .iter()
            .any(|r| r.diagnostics.iter().any(|d| d.severity >= t))
    });
    Ok(if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn mark(b: bool) -> &'static str {
    if b { "あり" } else { "なし" }
}

fn verdict(r: &AnswerReview) -> &'static str {
    if r.weak { "弱い" } else { "良い" }
}

/// What this kind of question is judged on, when it is not the contribution shown above.
fn core_line(r: &AnswerReview) -> Option<String> {
    let s = &r.signals;
    Some(match r.question {
        QuestionKind::Success => format!("行動の結果: {}", mark(s.result)),
        QuestionKind::Failure => format!("その後に変えたこと: {}", mark(s.lesson)),
        QuestionKind::Weakness => format!("短所を補う工夫: {}", mark(s.managed)),
        QuestionKind::Intro => format!("経歴の要約: {}", mark(s.career)),
        QuestionKind::Reverse => format!("仕事についての質問: {}", mark(s.question)),
        _ => return None,
    })
}

fn human(path: &str, source: &str, reviews: &[AnswerReview], color: bool) -> String {
    let mut out = String::new();
    for r in reviews {
        let s = &r.signals;
        let title = r.title.as_deref().unwrap_or(r.question.label());
        let _ = writeln!(
            out,
            "{title}（{path}:{}）— {}の回答として: 判定 {}、スコア {}/100、話すと約{}秒（{}字）",
            r.line,
            r.question.label(),
            verdict(r),
            r.score,
            r.speaking_seconds,
            r.characters
        );
        let _ = writeln!(
            out,
            "  経験の裏づけ: {} / 御社への貢献: {} / 雇用形態だけ: {} / 学ばせてもらう姿勢: {} / 前職への不満: {} / 抽象的な長所: {}",
            mark(s.evidence),
            mark(s.contribution),
            mark(s.status_only),
            mark(s.learning),
            mark(s.negative),
            mark(s.abstract_virtue)
        );
        if let Some(core) = core_line(r) {
            let _ = writeln!(out, "  {core}");
        }
        out.push('\n');
        for f in &r.diagnostics {
            let _ = writeln!(
                out,
                "{path}:{}:{}: {} [{}]",
                f.line,
                f.column,
                f.severity.label(),
                f.rule
            );
            report::snippet_into(source, f, color, &mut out);
            let _ = writeln!(out, "  {}\n", f.message);
        }
        if r.diagnostics.iter().all(|d| d.severity < Severity::Warning) {
            let _ = writeln!(out, "  大きな問題はありません。{}。\n", r.advice);
        }
        if !r.suggested_questions.is_empty() {
            let _ = writeln!(out, "  仕事の姿をそろえる質問の例:");
            for q in &r.suggested_questions {
                let _ = writeln!(out, "  ・{q}");
            }
            out.push('\n');
        }
    }
    out
}

fn markdown(path: &str, reviews: &[AnswerReview]) -> String {
    let mut out = format!(
        "# 面接回答のチェック: {path}\n\n| 質問 | 行 | 判定 | スコア | 話す長さ | 経験 | 貢献 | 雇用形態だけ | 学ばせて | 不満 |\n|---|---:|---|---:|---:|:-:|:-:|:-:|:-:|:-:|\n"
    );
    for r in reviews {
        let s = &r.signals;
        let o = |b: bool| if b { "○" } else { "－" };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | 約{}秒 | {} | {} | {} | {} | {} |",
            markdown_cell(r.title.as_deref().unwrap_or(r.question.label())),
            r.line,
            verdict(r),
            r.score,
            r.speaking_seconds,
            o(s.evidence),
            o(s.contribution),
            o(s.status_only),
            o(s.learning),
            o(s.negative)
        );
    }
    for r in reviews {
        if r.diagnostics.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "\n## {}（{}行目）\n",
            r.title.as_deref().unwrap_or(r.question.label()),
            r.line
        );
        for f in &r.diagnostics {
            let _ = writeln!(
                out,
                "- {}行 `{}`（{}）: {}",
                f.line,
                f.rule,
                f.severity.label(),
                f.message.replace('\n', " ")
            );
        }
        let _ = writeln!(out, "\n> {}", r.advice);
    }
    out
}
