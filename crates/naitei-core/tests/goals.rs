//! Résumés of ten job families (tests/fixtures/goals): every duty line of the current job gets
//! at least two measurable goals, the goals come mostly from the résumé's own job family, the
//! recommendation names its reasons, and the drafts of the goals pass `review` with no
//! achievement finding.

use std::collections::HashMap;

use jiff::civil::date;
use naitei_core::Config;
use naitei_core::goals::catalog::{self, Direction, Family};
use naitei_core::goals::{Context, DraftInput, build, draft};
use naitei_core::review;

const FIXTURES: &[(&str, &str, Family)] = &[
    (
        "office",
        include_str!("fixtures/goals/office.md"),
        Family::Office,
    ),
    (
        "accounting",
        include_str!("fixtures/goals/accounting.md"),
        Family::Accounting,
    ),
    ("hr", include_str!("fixtures/goals/hr.md"), Family::HrGa),
    (
        "sales",
        include_str!("fixtures/goals/sales.md"),
        Family::Sales,
    ),
    (
        "logistics",
        include_str!("fixtures/goals/logistics.md"),
        Family::Logistics,
    ),
    (
        "manufacturing",
        include_str!("fixtures/goals/manufacturing.md"),
        Family::Manufacturing,
    ),
    (
        "retail",
        include_str!("fixtures/goals/retail.md"),
        Family::Retail,
    ),
    ("care", include_str!("fixtures/goals/care.md"), Family::Care),
    (
        "callcenter",
        include_str!("fixtures/goals/callcenter.md"),
        Family::CallCenter,
    ),
    ("it", include_str!("fixtures/goals/it.md"), Family::It),
];

#[test]
fn every_current_duty_of_every_family_gets_two_goals() {
    let config = Config::default();
    let today = date(2026, 11, 21);
    for (name, text, family) in FIXTURES {
        let report = build(
            text,
            &Context {
                today,
                profile: None,
                funnel: None,
                config: &config,
            },
        );
        let job = report
            .current_job
            .as_ref()
            .unwrap_or_else(|| panic!("{name}: no current job"));
        assert!(job.open, "{name}");
        // The fixtures list only duties in the current job: every line there lacks a result.
        let reviewed = review(text, &config);
        let current_duties: Vec<usize> = reviewed
            .items
            .iter()
            .filter(|i| !i.result && i.line > job.line)
            .map(|i| i.line)
            .collect();
        assert!(current_duties.len() >= 3, "{name}: {current_duties:?}");
        assert_eq!(report.duty_lines, current_duties, "{name}");
        let mut families: HashMap<Family, usize> = HashMap::new();
        for line in &current_duties {
            let goals: Vec<_> = report.goals.iter().filter(|g| g.line == *line).collect();
            assert!(
                goals.len() >= 2,
                "{name} line {line}: {} goals",
                goals.len()
            );
            let metrics: std::collections::HashSet<_> = goals
                .iter()
                .map(|g| (g.metric_id, g.measure.as_str()))
                .collect();
            assert_eq!(
                metrics.len(),
                goals.len(),
                "{name} line {line}: duplicate goals"
            );
            for g in &goals {
                assert!(!g.baseline.is_empty() && !g.target.is_empty());
                assert!(g.deadline > today && g.baseline_by > today);
                *families.entry(g.family).or_default() += 1;
            }
        }
        let own = families.get(family).copied().unwrap_or(0);
        let total: usize = families.values().sum();
        assert!(own * 2 > total, "{name}: goals by family {families:?}");
        assert!(
            !families.contains_key(&Family::General),
            "{name}: fallback used: {families:?}"
        );
        // The recommendation names its reasons and what would change it.
        assert!(report.reasons.len() >= 2, "{name}: {:?}", report.reasons);
        assert!(!report.would_change.is_empty(), "{name}");
        assert!(
            report.reasons.iter().any(|r| r.contains("在籍")),
            "{name}: {:?}",
            report.reasons
        );

        // Round trip: each goal, measured, drafts a line that review accepts.
        for g in &report.goals {
            let metric = catalog::metric(g.metric_id).unwrap();
            let (baseline, result) = match metric.direction {
                Direction::Down => (12.0, 3.0),
                Direction::Up => (40.0, 52.0),
            };
            let line = draft(&DraftInput {
                metric: g.metric_id,
                what: &g.measure,
                action: g.action_id,
                baseline,
                result,
            })
            .unwrap();
            let doc = format!(
                "# 職務経歴書\n\n## 職務経歴\n\n### 株式会社テスト（2022年4月〜現在）\n\n- {line}\n"
            );
            let r = review(&doc, &config);
            let bad: Vec<_> = r
                .diagnostics
                .iter()
                .filter(|d| d.rule.starts_with("achievement-"))
                .map(|d| d.rule)
                .collect();
            assert!(bad.is_empty(), "{name}: {line}: {bad:?}");
            let item = &r.items[0];
            assert!(item.problem && item.action && item.result, "{name}: {line}");
        }
    }
}

/// A résumé with no achievement at all, from a seeker still employed: build first (issue #9's
/// 24-year-old 契約社員 in 事務).
#[test]
fn duties_only_in_a_job_of_two_years_means_build_first() {
    let config = Config::default();
    let (_, text, _) = FIXTURES[0];
    let report = build(
        text,
        &Context {
            today: date(2026, 11, 21),
            profile: None,
            funnel: None,
            config: &config,
        },
    );
    assert_eq!(report.recommendation.id(), "build-first");
    assert_eq!(report.current_job.as_ref().unwrap().tenure_months, Some(25));
    assert!(report.reasons.iter().any(|r| r.contains("契約社員")));
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["recommendation"], "build-first");
    assert!(json["reasons"].as_array().unwrap().len() >= 3);
    let goal = &json["goals"][0];
    for key in ["line", "metric", "baseline", "target", "deadline", "action"] {
        assert!(!goal[key].is_null(), "{key} in {goal}");
    }
}
