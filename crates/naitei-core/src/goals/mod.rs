//! `naitei goals` (issue #9): stay or go, and measurable goals for the current job.
//!
//! From a résumé (and optionally the planner's profile and the tracker's funnel): the current
//! job (the last job block with an open period), a stay-or-go recommendation with its reasons
//! ([`advice`]), and for every duty line of the current job two or three measurable goals — the
//! metric, how to take the baseline this week, a realistic target band and a deadline, and the
//! typical action — from the duty table ([`catalog`]) matched by morphology ([`matching`]).
//! Once a goal has a baseline and a result, [`draft`] writes the achievement line.
//!
//! Pure: the date is given, nothing is read or printed.

pub mod advice;
pub mod catalog;
pub mod draft;
pub mod matching;
mod status;

use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

pub use advice::{Advice, CurrentJob, Facts, Recommendation, advise};
pub use draft::{DraftError, DraftInput, draft, improvement_percent};
pub use status::{Progress, status};

use crate::cancel::{Cancel, Cancelled};
use crate::config::Config;
use crate::document::Document;
use crate::funnel::Diagnosis;
use crate::plan::Profile;
use crate::review::review_document_cancellable;
use catalog::{Direction, Family};

/// Most goals proposed for one duty line.
pub const MAX_GOALS_PER_LINE: usize = 3;

/// One proposed goal, as SPEC.md's `goals` items (`line`, `metric`, `baseline`, `target`,
/// `deadline`, `action`) plus the details needed to save it and draft the achievement later.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Goal {
    /// 1-based line of the duty in the résumé.
    pub line: usize,
    /// The duty line as written.
    pub duty: String,
    /// The metric family (処理時間, ミス件数, リードタイム, コスト, 売上, 件数 …).
    pub metric: &'static str,
    /// Catalog id of the metric (`time`, `errors` …), for `naitei goals save --metric`.
    pub metric_id: &'static str,
    /// What exactly is counted (請求書の記載ミス).
    pub measure: String,
    pub unit: &'static str,
    pub direction: Direction,
    /// How to take the baseline this week.
    pub baseline: String,
    /// The day the baseline should be measured by (a week from today).
    pub baseline_by: Date,
    /// The realistic target, as text.
    pub target: String,
    /// Change from the baseline in percent of it.
    pub target_change_percent: Band,
    pub deadline: Date,
    /// The action family (チェックリスト化, テンプレート化 …).
    pub action: &'static str,
    /// Catalog id of the action.
    pub action_id: &'static str,
    /// What to do, in one sentence.
    pub action_detail: &'static str,
    /// Job family of the matched duty (`general` for the fallback).
    pub family: Family,
    pub family_label: &'static str,
    /// Catalog id of the matched duty, `None` for the fallback.
    pub entry: Option<&'static str>,
}

/// A realistic band of change, in percent of the baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Band {
    pub low: u32,
    pub high: u32,
}

/// The whole answer of `naitei goals`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalsReport {
    pub today: Date,
    pub recommendation: Recommendation,
    pub headline: String,
    pub reasons: Vec<String>,
    pub would_change: Vec<String>,
    pub notice: String,
    pub current_job: Option<CurrentJob>,
    /// Lines with 課題・行動・数字 in the whole résumé and in the current job.
    pub complete_achievements: usize,
    pub complete_achievements_current: usize,
    /// Duty lines of the current job that got goals.
    pub duty_lines: Vec<usize>,
    pub goals: Vec<Goal>,
}

/// Inputs besides the résumé text.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub today: Date,
    pub profile: Option<&'a Profile>,
    pub funnel: Option<&'a Diagnosis>,
    pub config: &'a Config,
}

/// The current job: the last job block with an open period, else the last job block.
pub fn current_job(doc: &Document, today: Date) -> Option<(usize, CurrentJob)> {
    let open = doc
        .jobs
        .iter()
        .rposition(|j| j.period.as_deref().is_some_and(advice::period_is_open));
    let (index, is_open) = match open {
        Some(i) => (i, true),
        None => (doc.jobs.len().checked_sub(1)?, false),
    };
    let job = &doc.jobs[index];
    let start = job.period.as_deref().and_then(advice::period_start);
    Some((
        index,
        CurrentJob {
            company: job.company.clone(),
            period: job.period.clone(),
            employment: job.employment.clone(),
            start,
            open: is_open,
            tenure_months: start
                .filter(|_| is_open)
                .map(|s| advice::months_between(s, today)),
            line: doc.lines[job.heading].number,
        },
    ))
}

fn target_text(metric: &catalog::Metric) -> String {
    let (lo, hi) = metric.improvement;
    let ex = metric.example_baseline;
    let (a, b, verb) = match metric.direction {
        Direction::Down => (
            ex * f64::from(100 - hi) / 100.0,
            ex * f64::from(100 - lo) / 100.0,
            "減らす",
        ),
        Direction::Up => (
            ex * f64::from(100 + lo) / 100.0,
            ex * f64::from(100 + hi) / 100.0,
            "増やす",
        ),
    };
    let round = |v: f64| (v * 10.0).round() / 10.0;
    format!(
        "基準値から{lo}〜{hi}%{verb}（例: 基準値が{}なら{}〜{}）",
        metric.unit.text(ex),
        metric.unit.text(round(a)),
        metric.unit.text(round(b)),
    )
}

fn make_goal(
    line: usize,
    duty: &str,
    metric_id: &str,
    what: String,
    action_id: &str,
    entry: Option<&'static catalog::DutyEntry>,
    today: Date,
) -> Option<Goal> {
    let metric = catalog::metric(metric_id)?;
    let action = catalog::action(action_id)?;
    let family = entry.map_or(Family::General, |e| e.family);
    Some(Goal {
        line,
        duty: duty.to_string(),
        metric: metric.label,
        metric_id: metric.id,
        measure: what,
        unit: metric.unit.label(),
        direction: metric.direction,
        baseline: metric.baseline_method.to_string(),
        baseline_by: today.checked_add(7.days()).unwrap_or(today),
        target: target_text(metric),
        target_change_percent: Band {
            low: metric.improvement.0,
            high: metric.improvement.1,
        },
        deadline: today
            .checked_add((metric.weeks * 7).days())
            .unwrap_or(today),
        action: action.label,
        action_id: action.id,
        action_detail: action.how,
        family,
        family_label: family.label(),
        entry: entry.map(|e| e.id),
    })
}

/// Two or three measurable goals for one duty line (its text and morphemes).
pub fn goals_for_line(
    line: usize,
    text: &str,
    morphs: &[crate::text::morph::Morpheme],
    today: Date,
) -> Vec<Goal> {
    let matches = matching::match_duty(morphs);
    let mut specs: Vec<(
        &'static str,
        String,
        &'static str,
        Option<&'static catalog::DutyEntry>,
    )> = Vec::new();
    if let Some(best) = matches.first() {
        // A line naming two duties equally (出荷伝票の作成と配送業者への連絡) gets goals of both.
        let second = matches
            .get(1)
            .filter(|m| m.score == best.score)
            .map(|m| m.entry);
        let take_first = if second.is_some() {
            2
        } else {
            MAX_GOALS_PER_LINE
        };
        for spec in best.entry.goals.iter().take(take_first) {
            specs.push((
                spec.metric,
                spec.what.to_string(),
                spec.action,
                Some(best.entry),
            ));
        }
        if let Some(entry) = second {
            for spec in entry.goals {
                if specs.len() >= MAX_GOALS_PER_LINE {
                    break;
                }
                if !specs
                    .iter()
                    .any(|(m, w, _, _)| *m == spec.metric && w == spec.what)
                {
                    specs.push((spec.metric, spec.what.to_string(), spec.action, Some(entry)));
                }
            }
        }
    }
    if specs.len() < 2 {
        let phrase = matching::duty_phrase(text, morphs);
        for (metric, action) in catalog::FALLBACK {
            if specs.len() >= 2 {
                break;
            }
            if specs.iter().any(|(m, _, _, _)| m == metric) {
                continue;
            }
            let what = match *metric {
                "errors" => format!("{phrase}のミス"),
                _ => phrase.clone(),
            };
            specs.push((metric, what, action, None));
        }
    }
    specs
        .into_iter()
        .filter_map(|(metric, what, action, entry)| {
            make_goal(line, text, metric, what, action, entry, today)
        })
        .collect()
}

/// The stay-or-go advice and the goals for a résumé.
pub fn build(text: &str, cx: &Context<'_>) -> GoalsReport {
    crate::cancel::never(build_cancellable(text, cx, Cancel::NEVER))
}

/// [`build`], stopping between lines once `cancel` is set.
pub fn build_cancellable(
    text: &str,
    cx: &Context<'_>,
    cancel: Cancel<'_>,
) -> Result<GoalsReport, Cancelled> {
    let doc = Document::parse_cancellable(text, cancel)?;
    let review = review_document_cancellable(&doc, cx.config, cancel)?;
    let current = current_job(&doc, cx.today);
    let complete = |i: &&crate::review::ItemReport| i.problem && i.action && i.result;
    let complete_total = review.items.iter().filter(complete).count();
    let complete_current = current.as_ref().map_or(0, |(index, _)| {
        review
            .items
            .iter()
            .filter(|i| i.job == Some(*index))
            .filter(complete)
            .count()
    });
    let facts = Facts {
        current_job: current.as_ref().map(|(_, j)| j),
        complete_total,
        complete_current,
        profile: cx.profile,
        funnel: cx.funnel,
    };
    let advice = advise(&facts, cx.today);

    // Goals for every line of the current job that has no measured result yet.
    let mut goals = Vec::new();
    let mut duty_lines = Vec::new();
    if let Some((index, _)) = &current {
        // Lines with a result, looked up per duty line (a scan per line is quadratic).
        let with_result: std::collections::HashSet<usize> = review
            .items
            .iter()
            .filter(|i| i.result)
            .map(|i| i.line)
            .collect();
        for &li in &doc.jobs[*index].items {
            cancel.check()?;
            let line = &doc.lines[li];
            if with_result.contains(&line.number) {
                continue;
            }
            let duty = doc.source[doc.norm.source_range(line.content.clone())].to_string();
            let text = doc.line_content(li);
            let morphs = line.relative_morphs();
            let mut line_goals = goals_for_line(line.number, text, &morphs, cx.today);
            for g in &mut line_goals {
                g.duty.clone_from(&duty);
            }
            duty_lines.push(line.number);
            goals.extend(line_goals);
        }
    }
    Ok(GoalsReport {
        today: cx.today,
        recommendation: advice.recommendation,
        headline: advice.headline,
        reasons: advice.reasons,
        would_change: advice.would_change,
        notice: advice.notice,
        current_job: current.map(|(_, j)| j),
        complete_achievements: complete_total,
        complete_achievements_current: complete_current,
        duty_lines,
        goals,
    })
}

#[cfg(test)]
mod tests;
