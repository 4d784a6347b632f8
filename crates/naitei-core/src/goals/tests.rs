use jiff::civil::date;

use super::catalog::{DUTIES, FALLBACK, METRICS};
use super::*;
use crate::review::review;

/// A résumé with one job block whose only achievement line is `line`.
fn resume_with(line: &str) -> String {
    format!(
        "# 職務経歴書\n\n## 職務経歴\n\n### 株式会社テスト（2022年4月〜現在）\n\n雇用形態：正社員\n\n- {line}\n"
    )
}

fn achievement_findings(line: &str) -> Vec<String> {
    let r = review(&resume_with(line), &Config::default());
    assert_eq!(r.items.len(), 1, "{line}");
    let item = &r.items[0];
    let mut out: Vec<String> = r
        .diagnostics
        .iter()
        .filter(|d| d.rule.starts_with("achievement-") || d.rule == "task-list-only")
        .map(|d| format!("{}: {}", d.rule, d.message))
        .collect();
    if !(item.problem && item.action && item.result) {
        out.push(format!(
            "parts: problem={} action={} result={}",
            item.problem, item.action, item.result
        ));
    }
    out
}

/// Baseline and result values that a seeker might record for a metric.
fn values(metric: &catalog::Metric) -> (f64, f64) {
    let b = metric.example_baseline;
    match metric.direction {
        Direction::Down => (b, (b * 0.4).round().max(1.0)),
        Direction::Up => (b, (b * 1.2).round()),
    }
}

/// The round trip of issue #9, as a property over the whole catalog: every goal of every duty
/// (and the fallback goals) drafts an achievement line that `review` reads as 課題・行動・数字
/// with no achievement finding.
#[test]
fn every_catalog_draft_passes_review() {
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut drafts = Vec::new();
    for entry in DUTIES {
        for spec in entry.goals {
            let metric = catalog::metric(spec.metric).unwrap();
            let (baseline, result) = values(metric);
            let line = draft(&DraftInput {
                metric: spec.metric,
                what: spec.what,
                action: spec.action,
                baseline,
                result,
            })
            .unwrap();
            drafts.push(line);
        }
    }
    for (metric, action) in FALLBACK {
        let m = catalog::metric(metric).unwrap();
        let (baseline, result) = values(m);
        let what = if *metric == "errors" {
            "社内報の編集のミス"
        } else {
            "社内報の編集"
        };
        drafts.push(
            draft(&DraftInput {
                metric,
                what,
                action,
                baseline,
                result,
            })
            .unwrap(),
        );
    }
    for line in &drafts {
        checked += 1;
        let findings = achievement_findings(line);
        if !findings.is_empty() {
            failures.push(format!("{line}\n    {}", findings.join("\n    ")));
        }
    }
    assert!(checked > 80, "{checked}");
    assert!(
        failures.is_empty(),
        "{} drafts fail review:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every metric × every action reads as an achievement too (a seeker may pick any action).
#[test]
fn every_metric_with_every_action_passes_review() {
    let mut failures = Vec::new();
    for metric in METRICS {
        for action in catalog::ACTIONS {
            let (baseline, result) = values(metric);
            let line = draft(&DraftInput {
                metric: metric.id,
                what: "受注の処理",
                action: action.id,
                baseline,
                result,
            })
            .unwrap();
            let findings = achievement_findings(&line);
            if !findings.is_empty() {
                failures.push(format!("{line}\n    {}", findings.join("\n    ")));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} drafts fail review:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_readme_example_gets_goals_for_every_current_duty() {
    let text = include_str!("../../../../examples/resume.md");
    let today = date(2026, 11, 21);
    let config = Config::default();
    let report = build(
        text,
        &Context {
            today,
            profile: None,
            funnel: None,
            config: &config,
        },
    );
    let job = report.current_job.as_ref().unwrap();
    assert_eq!(job.employment.as_deref(), Some("契約社員"));
    assert_eq!(job.tenure_months, Some(43));
    assert_eq!(report.duty_lines, vec![31, 32, 33]);
    for line in &report.duty_lines {
        let n = report.goals.iter().filter(|g| g.line == *line).count();
        assert!((2..=3).contains(&n), "line {line}: {n} goals");
    }
    // One complete line in the previous job, none in the current one.
    assert_eq!(report.complete_achievements, 1);
    assert_eq!(report.complete_achievements_current, 0);
    assert_eq!(report.recommendation, Recommendation::ApplyWhileBuilding);
    assert!(report.reasons.len() >= 3);
    let slips = report.goals.iter().find(|g| g.line == 31).unwrap();
    assert_eq!(slips.entry, Some("log-slips"));
    assert_eq!(slips.deadline, date(2027, 1, 16));
    assert_eq!(slips.baseline_by, date(2026, 11, 28));
}

#[test]
fn unknown_duties_get_the_fallback_goals() {
    let text = resume_with("社内報の編集を担当。");
    let config = Config::default();
    let report = build(
        &text,
        &Context {
            today: date(2026, 1, 5),
            profile: None,
            funnel: None,
            config: &config,
        },
    );
    let metrics: Vec<_> = report.goals.iter().map(|g| g.metric_id).collect();
    assert_eq!(metrics, vec!["time", "errors"]);
    assert_eq!(report.goals[0].measure, "社内報の編集");
    assert_eq!(report.goals[1].measure, "社内報の編集のミス");
    assert!(report.goals.iter().all(|g| g.entry.is_none()));
}

#[test]
fn without_an_open_period_the_last_job_stands_in() {
    let text = "# 職務経歴書\n\n## 職務経歴\n\n### 株式会社まえ（2015年4月〜2019年3月）\n\n- 請求書の発行\n\n### 株式会社あと（2019年4月〜2025年3月）\n\n雇用形態：派遣社員\n\n- ピッキングと梱包\n";
    let config = Config::default();
    let report = build(
        text,
        &Context {
            today: date(2026, 1, 5),
            profile: None,
            funnel: None,
            config: &config,
        },
    );
    let job = report.current_job.as_ref().unwrap();
    assert!(!job.open);
    assert_eq!(job.company.as_deref(), Some("株式会社あと"));
    assert_eq!(job.tenure_months, None);
    assert!(
        report.reasons.iter().any(|r| r.contains("最後の職歴")),
        "{:?}",
        report.reasons
    );
    assert_eq!(report.duty_lines, vec![13]);
    assert!(report.goals.iter().all(|g| g.entry == Some("log-picking")));
}

mod properties {
    use super::*;
    use crate::text::morph::analyze;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Any duty line, known or not, gets two or three goals with a baseline method, a
        /// target and a deadline after today; no panic on arbitrary text.
        #[test]
        fn any_duty_line_gets_two_or_three_goals(
            line in "[ぁ-んァ-ヶ一-龠、・0-9A-Za-z]{1,40}",
        ) {
            let today = date(2026, 11, 21);
            let goals = goals_for_line(7, &line, &analyze(&line), today);
            prop_assert!((2..=MAX_GOALS_PER_LINE).contains(&goals.len()), "{line}: {}", goals.len());
            for g in &goals {
                prop_assert!(g.deadline > today && !g.baseline.is_empty() && !g.target.is_empty());
                prop_assert!(!g.measure.trim().is_empty(), "{line}");
                prop_assert_eq!(g.line, 7);
            }
        }
    }
}

/// Mistakes brought to zero, and fractional values, still read as a measured result.
#[test]
fn zero_and_fractional_results_pass_review() {
    for (metric, baseline, result) in [
        ("errors", 8.0, 0.0),
        ("defect-rate", 2.5, 0.8),
        ("hours", 12.5, 7.5),
    ] {
        let line = draft(&DraftInput {
            metric,
            what: "請求書の記載ミス",
            action: "checklist",
            baseline,
            result,
        })
        .unwrap();
        assert_eq!(achievement_findings(&line), Vec::<String>::new(), "{line}");
    }
}
