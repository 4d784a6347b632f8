//! `naitei goals` (issue #9): stay or go, measurable goals for the duties of the current job,
//! their measurements over time in the tracker database, and the achievement line drafted from
//! a result.
//!
//! `naitei goals --resume FILE [--profile FILE]` is the report (SPEC.md); the subcommands keep
//! goals: `save`, `record`, `list`, `draft`, `remove`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result, anyhow, bail};
use jiff::civil::Date;
use naitei_core::Config;
use naitei_core::goals::catalog::{self, Unit};
use naitei_core::goals::{self, DraftInput, GoalsReport};
use naitei_core::plan::Profile;
use naitei_store::{Goal, MeasurementKind, NewGoal, NewMeasurement};
use serde::Serialize;

use super::track::today::today;
use super::track::{DbArg, open_store, runtime};
use crate::input;
use crate::output::emit;
use crate::render::{Block, Format, Section, Style, format, render_sections};
use naitei_tracker::GoalStatus;

#[derive(clap::Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct GoalsArgs {
    #[command(subcommand)]
    command: Option<GoalsCommand>,
    #[command(flatten)]
    report: ReportArgs,
}

#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    /// 職務経歴書のファイル（Markdown・テキスト。文字コードは自動判定）
    #[arg(long, value_name = "FILE")]
    resume: Option<String>,
    /// naitei plan のプロフィール（TOML）。離職日を過ぎていれば「離職中」として判断します
    #[arg(long, value_name = "FILE")]
    profile: Option<PathBuf>,
    /// 基準日（YYYY-MM-DD。和暦も可）。省略するとこの機械の今日の日付
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::args::date)]
    today: Option<Date>,
    /// 出力形式
    #[arg(long, value_parser = format::REPORT, default_value = "human")]
    format: Format,
    /// 応募管理のデータベース。あれば、選考の記録も判断に使います
    #[command(flatten)]
    db: DbArg,
}

#[derive(clap::Subcommand, Debug)]
pub enum GoalsCommand {
    /// 提案された目標を保存する（例: save --resume resume.md --line 31 --metric errors）
    Save(SaveArgs),
    /// 目標の基準値または結果を記録する（例: record 1 --baseline 8、record 1 --result 1）
    Record(RecordArgs),
    /// 保存した目標と記録の一覧
    List(ListArgs),
    /// 結果の出た目標から、職務経歴書の実績の一文（課題→行動→数字）を下書きする
    Draft(DraftArgs),
    /// 目標を記録ごと削除する
    Remove(RemoveArgs),
}

#[derive(clap::Args, Debug)]
pub struct SaveArgs {
    /// 職務経歴書のファイル
    #[arg(long, value_name = "FILE")]
    resume: String,
    /// 業務の行（職務経歴書の行番号。naitei goals の出力の「行」）
    #[arg(long, value_name = "N")]
    line: usize,
    /// 保存する指標の id（time, errors, hours …）。省略するとその行の目標をすべて保存
    #[arg(long, value_name = "ID")]
    metric: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::args::date)]
    today: Option<Date>,
    #[command(flatten)]
    db: DbArg,
}

#[derive(clap::Args, Debug)]
#[group(id = "value", required = true, multiple = false, args = ["baseline", "result"])]
pub struct RecordArgs {
    /// 目標の番号（naitei goals list の #）
    id: i64,
    /// 基準値（改善前の値。単位は目標の単位: 分/件、件/月 など）
    #[arg(long, value_name = "VALUE")]
    baseline: Option<String>,
    /// 結果（改善後の値）
    #[arg(long, value_name = "VALUE")]
    result: Option<String>,
    /// 測った日（省略すると今日）
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::args::date)]
    on: Option<Date>,
    /// メモ
    #[arg(long)]
    note: Option<String>,
    #[command(flatten)]
    db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    #[arg(long, value_parser = format::REPORT, default_value = "human")]
    format: Format,
    #[command(flatten)]
    db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct DraftArgs {
    /// 目標の番号
    id: i64,
    #[arg(long, value_parser = format::REPORT, default_value = "human")]
    format: Format,
    #[command(flatten)]
    db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct RemoveArgs {
    /// 目標の番号
    id: i64,
    #[command(flatten)]
    db: DbArg,
}

pub fn run(args: GoalsArgs) -> Result<ExitCode> {
    match args.command {
        None => report(args.report),
        Some(GoalsCommand::Save(a)) => save(a),
        Some(GoalsCommand::Record(a)) => record(a),
        Some(GoalsCommand::List(a)) => list(a),
        Some(GoalsCommand::Draft(a)) => draft_cmd(a),
        Some(GoalsCommand::Remove(a)) => remove(a),
    }
}

/// Reads a profile file with errors that name it.
pub fn read_profile(path: &Path) -> Result<(Profile, String)> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: プロフィールを読めません", path.display()))?;
    let profile = Profile::from_toml(&text).map_err(|e| anyhow!("{}: {e}", path.display()))?;
    Ok((profile, text))
}

/// The goals report for a résumé text; the funnel comes from the tracker when there is one.
pub fn build_report(
    resume_text: &str,
    profile: Option<&Profile>,
    today: Date,
    db: &DbArg,
) -> Result<GoalsReport> {
    let diagnosis = if tracker_exists(db) {
        Some(super::diagnose::load_diagnosis(db)?)
    } else {
        None
    };
    let config = Config::default();
    Ok(goals::build(
        resume_text,
        &goals::Context {
            today,
            profile,
            funnel: diagnosis.as_ref(),
            config: &config,
        },
    ))
}

/// A tracker database that already exists: a report reads it and never creates one.
fn tracker_exists(db: &DbArg) -> bool {
    match db.db.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(spec) => match naitei_store::Target::parse(spec) {
            naitei_store::Target::SqliteFile(path) => path.is_file(),
            naitei_store::Target::Postgres(_) => true,
        },
        None => super::track::db::has_tracker_db(db),
    }
}

fn read_resume(name: &str) -> Result<String> {
    Ok(input::read(name, input::DEFAULT_MAX_BYTES)?.text)
}

fn report(a: ReportArgs) -> Result<ExitCode> {
    let Some(resume) = a.resume.as_deref() else {
        bail!(
            "--resume FILE で職務経歴書を指定してください（例: naitei goals --resume examples/resume.md）"
        );
    };
    let today = today(a.today);
    let text = read_resume(resume)?;
    let profile = match &a.profile {
        Some(p) => Some(read_profile(p)?.0),
        None => None,
    };
    let report = build_report(&text, profile.as_ref(), today, &a.db)?;
    let out = match a.format {
        Format::Json => serde_json::to_string_pretty(&report)? + "\n",
        Format::Markdown => render(&report, resume, Style::Markdown),
        _ => render(&report, resume, Style::Human),
    };
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// The stay-or-go section, shared with `naitei plan`.
pub fn advice_section(r: &GoalsReport) -> Section {
    let mut blocks = vec![Block::Para(format!("判断: {}", r.headline))];
    blocks.push(Block::Para("理由:".to_string()));
    blocks.push(Block::Bullets(r.reasons.clone()));
    if !r.would_change.is_empty() {
        blocks.push(Block::Para("判断が変わる条件:".to_string()));
        blocks.push(Block::Bullets(r.would_change.clone()));
    }
    blocks.push(Block::Para(r.notice.clone()));
    Section {
        title: "今の職場に残るか、応募を進めるか（助言）".to_string(),
        blocks,
    }
}

fn goal_sections(r: &GoalsReport, resume: &str, style: Style) -> Vec<Section> {
    let mut sections = Vec::new();
    for line in &r.duty_lines {
        let goals: Vec<_> = r.goals.iter().filter(|g| g.line == *line).collect();
        let Some(first) = goals.first() else {
            continue;
        };
        let save = |g: &goals::Goal| {
            format!(
                "naitei goals save --resume {resume} --line {line} --metric {}",
                g.metric_id
            )
        };
        let block = match style {
            // A terminal: one bullet per goal, its parts on indented lines.
            Style::Human => Block::Bullets(
                goals
                    .iter()
                    .map(|g| {
                        format!(
                            "{}（{}、{}）: {}。期限 {}。\n      基準値: {}（{} までに）\n      行動: {} — {}\n      保存: {}",
                            g.metric,
                            g.measure,
                            g.unit,
                            g.target,
                            g.deadline,
                            g.baseline,
                            g.baseline_by,
                            g.action,
                            g.action_detail,
                            save(g)
                        )
                    })
                    .collect(),
            ),
            // A document: one table row per goal.
            Style::Markdown => Block::Table {
                header: ["指標", "測るもの", "基準値の取り方", "目標", "期限", "行動", "保存"]
                    .map(String::from)
                    .to_vec(),
                rows: goals
                    .iter()
                    .map(|g| {
                        vec![
                            format!("{}（{}）", g.metric, g.unit),
                            g.measure.clone(),
                            format!("{}（{} までに）", g.baseline, g.baseline_by),
                            g.target.clone(),
                            g.deadline.to_string(),
                            format!("{}: {}", g.action, g.action_detail),
                            format!("`{}`", save(g)),
                        ]
                    })
                    .collect(),
            },
        };
        sections.push(Section {
            title: format!("{line}行目「{}」（{}）", first.duty, first.family_label),
            blocks: vec![block],
        });
    }
    if sections.is_empty() {
        sections.push(Section {
            title: "今の職場の目標".to_string(),
            blocks: vec![Block::Para(
                "今の職場の業務の行が見つかりませんでした。職務経歴に「〜現在」の職歴と業務の行（・で始まる行）があるか確かめてください。".to_string(),
            )],
        });
    }
    sections
}

fn render(r: &GoalsReport, resume: &str, style: Style) -> String {
    let mut sections = vec![advice_section(r)];
    sections.extend(goal_sections(r, resume, style));
    sections.push(Section {
        title: "結果が出たら".to_string(),
        blocks: vec![Block::Bullets(vec![
            "基準値を記録: naitei goals record 番号 --baseline 値".to_string(),
            "結果を記録: naitei goals record 番号 --result 値".to_string(),
            "実績の一文を下書き: naitei goals draft 番号（課題→行動→数字の形で、naitei review の実績チェックを通ります）".to_string(),
        ])],
    });
    let who = match &r.current_job {
        Some(j) => format!(
            "{}{}",
            j.company.as_deref().unwrap_or("現職"),
            j.employment
                .as_deref()
                .map_or(String::new(), |e| format!("・{e}"))
        ),
        None => "現職不明".to_string(),
    };
    render_sections(
        &format!("今の仕事の目標と応募の時期（{} 時点・{who}）", r.today),
        sections,
        style,
    )
}

fn save(a: SaveArgs) -> Result<ExitCode> {
    let today = today(a.today);
    let text = read_resume(&a.resume)?;
    let config = Config::default();
    let report = goals::build(
        &text,
        &goals::Context {
            today,
            profile: None,
            funnel: None,
            config: &config,
        },
    );
    let lines: Vec<String> = report.duty_lines.iter().map(|l| l.to_string()).collect();
    let on_line: Vec<_> = report.goals.iter().filter(|g| g.line == a.line).collect();
    if on_line.is_empty() {
        bail!(
            "{}: {}行目は今の職場の業務の行ではありません（目標を立てられる行: {}）",
            a.resume,
            a.line,
            if lines.is_empty() {
                "なし".to_string()
            } else {
                lines.join(", ")
            }
        );
    }
    let chosen: Vec<_> = match &a.metric {
        None => on_line.clone(),
        Some(m) => on_line
            .iter()
            .copied()
            .filter(|g| g.metric_id == m.trim())
            .collect(),
    };
    if chosen.is_empty() {
        let ids: Vec<_> = on_line.iter().map(|g| g.metric_id).collect();
        bail!(
            "{}行目に指標 {} の目標はありません（使える指標: {}）",
            a.line,
            a.metric.as_deref().unwrap_or(""),
            ids.join(", ")
        );
    }
    let rows: Vec<NewGoal> = chosen
        .iter()
        .map(|g| naitei_tracker::goals::new_goal(g, &a.resume, &today.to_string()))
        .collect();
    let ids = runtime()?.block_on(async {
        let store = open_store(&a.db).await?;
        let ids = store.add_goals(&rows).await;
        store.close().await;
        ids.map_err(anyhow::Error::from)
    })?;
    let mut out = String::new();
    for (id, g) in ids.iter().zip(&rows) {
        let _ = writeln!(
            out,
            "目標 #{id} を保存しました: {}（{}）期限 {}",
            g.metric_label, g.measure, g.deadline
        );
    }
    let _ = writeln!(
        out,
        "次は基準値を測って記録します: naitei goals record {} --baseline 値",
        ids[0]
    );
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Parses a measured value: 8, 12.5, full-width digits, a trailing unit (8件, 30分) is allowed.
pub fn parse_value(input: &str) -> Result<f64> {
    naitei_tracker::goals::parse_value(input).map_err(|e| anyhow::anyhow!(e))
}

fn unit_of(goal: &Goal) -> Option<Unit> {
    Unit::from_label(&goal.data.unit)
}

fn value_text(goal: &Goal, value: &str) -> String {
    match (unit_of(goal), value.parse::<f64>()) {
        (Some(u), Ok(v)) => u.text(v),
        _ => format!("{value} {}", goal.data.unit),
    }
}

fn record(a: RecordArgs) -> Result<ExitCode> {
    let (kind, raw) = match (&a.baseline, &a.result) {
        (Some(v), None) => (MeasurementKind::Baseline, v),
        (None, Some(v)) => (MeasurementKind::Result, v),
        _ => bail!("--baseline か --result のどちらか一つを指定してください"),
    };
    let value = parse_value(raw)?;
    let on = today(a.on);
    let m = NewMeasurement {
        kind,
        value: catalog::number_text(value),
        on_date: on.to_string(),
        note: a.note.clone(),
    };
    let goal = runtime()?.block_on(async {
        let store = open_store(&a.db).await?;
        let result = async {
            let goal = store.goal(a.id).await?;
            store.add_measurement(a.id, &m).await?;
            Ok::<_, naitei_store::StoreError>(goal)
        }
        .await;
        store.close().await;
        result.map_err(anyhow::Error::from)
    })?;
    let what = kind.label();
    let mut out = format!(
        "目標 #{}（{}）の{what} {} を記録しました（{on}）\n",
        goal.id,
        goal.data.measure,
        value_text(&goal, &m.value)
    );
    if kind == MeasurementKind::Baseline {
        let _ = writeln!(
            out,
            "期限 {} までに、結果を naitei goals record {} --result 値 で記録しましょう",
            goal.data.deadline, goal.id
        );
    } else {
        let _ = writeln!(out, "実績の一文の下書き: naitei goals draft {}", goal.id);
    }
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

async fn load_statuses(db: &DbArg, only: Option<i64>) -> Result<Vec<GoalStatus>> {
    let store = open_store(db).await?;
    let result = naitei_tracker::goal_statuses(&store, only).await;
    store.close().await;
    Ok(result?)
}

fn list(a: ListArgs) -> Result<ExitCode> {
    let statuses = runtime()?.block_on(load_statuses(&a.db, None))?;
    let out = match a.format {
        Format::Json => serde_json::to_string_pretty(&statuses)? + "\n",
        _ => {
            if statuses.is_empty() {
                "保存した目標はありません（naitei goals save で保存できます）\n".to_string()
            } else {
                let rows = statuses
                    .iter()
                    .map(|s| {
                        let g = &s.goal;
                        let fmt = |v: Option<f64>| {
                            v.map_or("—".to_string(), |v| {
                                value_text(g, &catalog::number_text(v))
                            })
                        };
                        vec![
                            format!("#{}", g.id),
                            format!("{}行目", g.data.line),
                            g.data.metric_label.clone(),
                            g.data.measure.clone(),
                            fmt(s.progress.baseline_value),
                            fmt(s.progress.result_value),
                            s.progress
                                .improvement_percent
                                .map_or("—".to_string(), |p| format!("{p}%")),
                            g.data.deadline.clone(),
                            g.data.action_label.clone(),
                        ]
                    })
                    .collect();
                let style = if a.format == Format::Markdown {
                    Style::Markdown
                } else {
                    Style::Human
                };
                render_sections(
                    "保存した目標",
                    vec![Section {
                        title: format!("{} 件", statuses.len()),
                        blocks: vec![Block::Table {
                            header: [
                                "番号",
                                "行",
                                "指標",
                                "測るもの",
                                "基準値",
                                "結果",
                                "改善",
                                "期限",
                                "行動",
                            ]
                            .map(String::from)
                            .to_vec(),
                            rows,
                        }],
                    }],
                    style,
                )
            }
        }
    };
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// The drafted achievement line and what `naitei review` says about it.
#[derive(Debug, Serialize)]
struct DraftOut {
    id: i64,
    line: String,
    baseline: f64,
    result: f64,
    improvement_percent: Option<f64>,
    /// `naitei review` finds 課題・行動・数字 and no achievement finding in the line.
    review_ok: bool,
    review_findings: Vec<String>,
}

fn draft_cmd(a: DraftArgs) -> Result<ExitCode> {
    let mut statuses = runtime()?.block_on(load_statuses(&a.db, Some(a.id)))?;
    let s = statuses
        .pop()
        .ok_or(naitei_store::StoreError::GoalNotFound(a.id))?;
    let g = &s.goal;
    let Some(baseline) = s.progress.baseline_value else {
        bail!(
            "目標 #{} には基準値がまだありません。naitei goals record {} --baseline 値 で記録してください",
            g.id,
            g.id
        );
    };
    let Some(result) = s.progress.result_value else {
        bail!(
            "目標 #{} には結果がまだありません。naitei goals record {} --result 値 で記録してください",
            g.id,
            g.id
        );
    };
    let line = goals::draft(&DraftInput {
        metric: &g.data.metric,
        what: &g.data.measure,
        action: &g.data.action,
        baseline,
        result,
    })
    .map_err(|e| anyhow!("目標 #{}: {e}", g.id))?;
    let check = naitei_core::review(
        &format!("## 職務経歴\n\n### 現職（〜現在）\n\n- {line}\n"),
        &Config::default(),
    );
    let review_findings: Vec<String> = check
        .diagnostics
        .iter()
        .filter(|d| d.rule.starts_with("achievement-"))
        .map(|d| format!("{}: {}", d.rule, d.message))
        .collect();
    let review_ok = review_findings.is_empty()
        && check
            .items
            .first()
            .is_some_and(|i| i.problem && i.action && i.result);
    let out = DraftOut {
        id: g.id,
        line,
        baseline,
        result,
        improvement_percent: s.progress.improvement_percent,
        review_ok,
        review_findings,
    };
    let text = match a.format {
        Format::Json => serde_json::to_string_pretty(&out)? + "\n",
        _ => {
            let mut t = format!("- {}\n\n", out.line);
            if let Some(p) = out.improvement_percent {
                let _ = writeln!(t, "改善: {p}%（基準値から）");
            }
            if out.review_ok {
                let _ = writeln!(
                    t,
                    "naitei review の実績チェック: 課題・行動・数字がそろっています。職務経歴書の今の職場の欄に加えましょう。"
                );
            } else {
                let _ = writeln!(t, "naitei review の指摘:");
                for f in &out.review_findings {
                    let _ = writeln!(t, "  ・{f}");
                }
            }
            t
        }
    };
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

fn remove(a: RemoveArgs) -> Result<ExitCode> {
    runtime()?.block_on(async {
        let store = open_store(&a.db).await?;
        let r = store.remove_goal(a.id).await;
        store.close().await;
        r.map_err(anyhow::Error::from)
    })?;
    emit(&format!("目標 #{} を記録ごと削除しました\n", a.id))?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_accept_full_width_and_units() {
        assert_eq!(parse_value("8").unwrap(), 8.0);
        assert_eq!(parse_value("１２．５").unwrap(), 12.5);
        assert_eq!(parse_value("30分").unwrap(), 30.0);
        assert!(parse_value("たくさん").is_err());
        assert!(parse_value("8kg").is_err());
        assert!(parse_value("").is_err());
    }
}
