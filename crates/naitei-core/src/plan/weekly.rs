//! Applications per week needed to expect an offer before the money stops.
//!
//! Each stage's pass rate is estimated from the seeker's own counts shrunk toward the reference
//! rate (REFERENCE.md §1) with a Beta prior worth [`PRIOR_STRENGTH`] decided cases:
//! `(passed + k·typical) / (decided + k)`, the posterior mean. Not every company has every stage:
//! the share `q` of applications that go through a stage is estimated the same way from the stages
//! the seeker's applications actually had (decided or pending there, against those that skipped it),
//! with [`STAGE_SHARE_PRIOR`] as the prior. One application ends in an offer with probability
//! `p = Π (1 − q + q·rate)`. Applications still in progress count with their own chance from the
//! stage they are at. The target is the smallest number `n` of new applications for which
//! `1 − Π(1 − p_pending) · (1 − p)^n` reaches [`TARGET_OFFER_PROBABILITY`], spread over the weeks
//! left to apply.

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::PlanError;
use super::benefit::Benefit;
use super::data::{
    AVERAGE_APPLICATIONS, MAX_APPLICATIONS, PRIOR_STRENGTH, STAGE_REFERENCE, STAGE_SHARE_PRIOR,
    STAGE_SHARE_PRIOR_STRENGTH, TARGET_OFFER_PROBABILITY,
};
use super::profile::Profile;

/// The seeker's record per stage, in order 書類選考, 一次, 二次, 最終: `(passed, decided)` where
/// decided = passed + failed (pending and withdrawn applications are not decided).
/// JSON: `{"stages": [[3, 12], [1, 3], [0, 1], [0, 0]]}`, optionally with `"pending": [..4]` (still in
/// progress at each stage) and `"skipped": [..4]` (went past a stage the company did not have); the
/// `stages` of `naitei diagnose --format json` (objects with `stage`, `passed`, `failed`, and
/// `pending`, `skipped` when present) are accepted as well.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "FunnelInput")]
pub struct FunnelCounts {
    pub stages: [(u32, u32); 4],
    #[serde(default)]
    pub pending: [u32; 4],
    #[serde(default)]
    pub skipped: [u32; 4],
}

#[derive(Deserialize)]
struct FunnelInput {
    stages: Vec<StageInput>,
    #[serde(default)]
    pending: Option<[u32; 4]>,
    #[serde(default)]
    skipped: Option<[u32; 4]>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum StageInput {
    Pair(u32, u32),
    Diagnose {
        stage: Option<String>,
        passed: u32,
        failed: u32,
        #[serde(default)]
        pending: u32,
        #[serde(default)]
        skipped: u32,
    },
}

impl TryFrom<FunnelInput> for FunnelCounts {
    type Error = String;

    fn try_from(input: FunnelInput) -> Result<Self, String> {
        let mut counts = FunnelCounts::default();
        let mut seen = [false; 4];
        for (position, stage) in input.stages.into_iter().enumerate() {
            let (index, passed, decided) = match stage {
                StageInput::Pair(passed, decided) => (position, passed, decided),
                StageInput::Diagnose {
                    stage,
                    passed,
                    failed,
                    pending,
                    skipped,
                } => {
                    if let Some(slot) = counts.pending.get_mut(position) {
                        *slot = pending;
                    }
                    if let Some(slot) = counts.skipped.get_mut(position) {
                        *slot = skipped;
                    }
                    let index = match stage {
                        None => position,
                        Some(name) => STAGE_REFERENCE
                            .iter()
                            .position(|s| s.stage == name)
                            .ok_or_else(|| format!("知らない段階です: {name}"))?,
                    };
                    if index != position && index < 4 && position < 4 {
                        counts.pending.swap(index, position);
                        counts.skipped.swap(index, position);
                    }
                    (index, passed, passed.saturating_add(failed))
                }
            };
            if index >= 4 || seen[index] {
                return Err(
                    "stages は書類・一次・二次・最終の4段階を1回ずつ書いてください".to_string(),
                );
            }
            seen[index] = true;
            counts.stages[index] = (passed, decided);
        }
        if seen.iter().any(|s| !s) {
            return Err(
                "stages は書類・一次・二次・最終の4段階を1回ずつ書いてください".to_string(),
            );
        }
        if let Some(pending) = input.pending {
            counts.pending = pending;
        }
        if let Some(skipped) = input.skipped {
            counts.skipped = skipped;
        }
        Ok(counts)
    }
}

impl FunnelCounts {
    /// The counts of a tracker diagnosis: passed and decided, in progress and skipped per stage.
    pub fn from_diagnosis(diagnosis: &crate::funnel::Diagnosis) -> Self {
        let mut counts = FunnelCounts::default();
        for (i, s) in diagnosis.stages.iter().take(4).enumerate() {
            counts.stages[i] = (s.passed, s.passed.saturating_add(s.failed));
            counts.pending[i] = s.pending;
            counts.skipped[i] = s.skipped;
        }
        counts
    }

    pub fn validate(&self) -> Result<(), PlanError> {
        for (i, (passed, decided)) in self.stages.iter().enumerate() {
            if passed > decided {
                return Err(PlanError::Invalid {
                    field: format!("stages[{i}]"),
                    label: STAGE_REFERENCE[i].name_ja.to_string(),
                    message: format!("通過数 {passed} が結果の出た数 {decided} を超えています"),
                });
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageEstimate {
    pub stage: &'static str,
    pub name: &'static str,
    pub passed: u32,
    pub decided: u32,
    /// passed ÷ decided, `None` when nothing was decided.
    pub observed_rate: Option<f64>,
    pub reference_typical: f64,
    pub reference_low: f64,
    pub reference_high: f64,
    /// Posterior mean used for the target.
    pub estimate: f64,
    /// Applications still in progress at this stage.
    pub pending: u32,
    /// Applications that went past this stage without having it.
    pub skipped: u32,
    /// Estimated share of applications that have this stage (the rest skip it).
    pub share_with_stage: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeeklyTarget {
    /// Applications to send each week.
    pub per_week: u32,
    /// Applications needed in all for an offer with `target_probability`.
    pub total_applications: u32,
    pub weeks: u32,
    pub start: Date,
    /// Last day to apply: `deadline` − `lead_days`.
    pub apply_until: Date,
    /// The day an offer is wanted by.
    pub deadline: Date,
    /// `benefit_end` (last day of 基本手当), `target_date` (the profile's), or `default` (90 days).
    pub deadline_kind: &'static str,
    pub lead_days: i64,
    pub offer_probability_per_application: f64,
    /// Applications still in progress, and the chance that at least one of them ends in an offer.
    pub in_progress: u32,
    pub in_progress_offer_probability: f64,
    pub target_probability: f64,
    /// True when the stage counts came from the seeker's record, false for reference rates only.
    pub uses_own_funnel: bool,
    pub prior_strength: f64,
    pub stages: Vec<StageEstimate>,
    /// How the number was computed, in Japanese.
    pub method: String,
    pub comparison: String,
    pub warnings: Vec<String>,
}

/// Days from `today` used when there is neither a benefit end nor a target date.
const DEFAULT_HORIZON_DAYS: i64 = 90;

/// Smallest n with 1 − (1 − p)^n ≥ target, at most [`MAX_APPLICATIONS`].
pub fn applications_needed(p: f64, target: f64) -> u32 {
    applications_needed_after(p, target, 1.0)
}

/// Smallest n with 1 − none·(1 − p)^n ≥ target, where `none` is the chance that no application
/// already in progress ends in an offer; 0 when those already reach the target. Bounded: the
/// answer is capped at [`MAX_APPLICATIONS`] and the correction loop runs a few steps at most.
pub fn applications_needed_after(p: f64, target: f64, none: f64) -> u32 {
    let miss = 1.0 - target;
    if none <= miss {
        return 0;
    }
    if p >= 1.0 {
        return 1;
    }
    if p.is_nan() || p <= 0.0 {
        return MAX_APPLICATIONS;
    }
    let estimate = ((miss / none).ln() / (1.0 - p).ln()).ceil();
    if !estimate.is_finite() || estimate >= f64::from(MAX_APPLICATIONS) {
        return MAX_APPLICATIONS;
    }
    let mut n = estimate.max(0.0) as u32;
    // Guard against a rounding step just below the target.
    for _ in 0..4 {
        let reached = 1.0 - none * (1.0 - p).powf(f64::from(n)) >= target - 1e-12;
        if reached || n >= MAX_APPLICATIONS {
            break;
        }
        n += 1;
    }
    n
}

pub fn stage_estimates(funnel: Option<&FunnelCounts>) -> Vec<StageEstimate> {
    STAGE_REFERENCE
        .iter()
        .enumerate()
        .map(|(i, reference)| {
            let (passed, decided) = funnel.map_or((0, 0), |f| f.stages[i]);
            let passed = passed.min(decided);
            let pending = funnel.map_or(0, |f| f.pending[i]);
            let skipped = funnel.map_or(0, |f| f.skipped[i]);
            let estimate = (f64::from(passed) + PRIOR_STRENGTH * reference.typical)
                / (f64::from(decided) + PRIOR_STRENGTH);
            let had = f64::from(decided) + f64::from(pending);
            let share_with_stage = (had + STAGE_SHARE_PRIOR_STRENGTH * STAGE_SHARE_PRIOR[i])
                / (had + f64::from(skipped) + STAGE_SHARE_PRIOR_STRENGTH);
            StageEstimate {
                stage: reference.stage,
                name: reference.name_ja,
                passed,
                decided,
                observed_rate: (decided > 0).then(|| f64::from(passed) / f64::from(decided)),
                reference_typical: reference.typical,
                reference_low: reference.low,
                reference_high: reference.high,
                estimate,
                pending,
                skipped,
                share_with_stage,
            }
        })
        .collect()
}

/// The chance that one new application ends in an offer: each stage either is skipped or is passed.
pub fn offer_probability(stages: &[StageEstimate]) -> f64 {
    stages
        .iter()
        .map(|s| 1.0 - s.share_with_stage + s.share_with_stage * s.estimate)
        .product()
}

/// The chance that none of the applications in progress ends in an offer: one pending at stage `i`
/// must pass it and then each later stage (or skip it).
fn none_in_progress(stages: &[StageEstimate]) -> f64 {
    let mut none = 1.0;
    for (i, s) in stages.iter().enumerate() {
        if s.pending == 0 {
            continue;
        }
        let later: f64 = stages[i + 1..]
            .iter()
            .map(|t| 1.0 - t.share_with_stage + t.share_with_stage * t.estimate)
            .product();
        let chance = s.estimate * later;
        none *= (1.0 - chance).powf(f64::from(s.pending));
    }
    none
}

fn days_between(from: Date, to: Date) -> i64 {
    to.since(from)
        .map(|span| i64::from(span.get_days()))
        .unwrap_or(0)
}

pub fn compute(
    profile: &Profile,
    benefit: &Benefit,
    today: Date,
    funnel: Option<&FunnelCounts>,
) -> WeeklyTarget {
    let mut warnings = Vec::new();
    let benefit_end = benefit.last_payment_date.filter(|last| *last > today);
    let (deadline, deadline_kind) = match (profile.target_date, benefit_end) {
        (Some(target), _) if target > today => (target, "target_date"),
        (_, Some(last)) => (last, "benefit_end"),
        _ => {
            if benefit.eligible && benefit.last_payment_date.is_some() {
                warnings.push("基本手当の支給はすでに終わっている見込みです。".to_string());
            }
            (
                today
                    .checked_add(DEFAULT_HORIZON_DAYS.days())
                    .unwrap_or(today),
                "default",
            )
        }
    };
    if let Some(target) = profile.target_date
        && target <= today
    {
        warnings.push(format!(
            "内定の目標日 {target} が今日より前のため使いませんでした。"
        ));
    }
    let lead_days = profile.selection_lead_days;
    let mut apply_until = deadline.checked_sub(lead_days.days()).unwrap_or(deadline);
    if apply_until <= today {
        warnings.push(format!(
            "{deadline} までに選考（約{lead_days}日）が終わらない可能性が高いです。今週から応募を最大限に増やしてください。"
        ));
        apply_until = today;
    }
    let weeks = u32::try_from(days_between(today, apply_until) / 7)
        .unwrap_or(0)
        .max(1);

    let stages = stage_estimates(funnel);
    let p = offer_probability(&stages);
    let none = none_in_progress(&stages);
    let in_progress = stages
        .iter()
        .fold(0u32, |sum, s| sum.saturating_add(s.pending));
    let total = applications_needed_after(p, TARGET_OFFER_PROBABILITY, none);
    let per_week = total.div_ceil(weeks);
    if per_week > 15 {
        warnings.push(format!(
            "週{per_week}社は一人で続けるには多すぎます。応募の記録から一番通過率の低い段階を見つけ、先に改善すると必要数が減ります。"
        ));
    }

    let uses_own_funnel = funnel.is_some_and(|f| f.stages.iter().any(|(_, decided)| *decided > 0));
    let deadline_text = match deadline_kind {
        "benefit_end" => "基本手当の最終日",
        "target_date" => "内定の目標日",
        _ => "今日から90日後（給付の終わりも目標日もないため）",
    };
    let estimate_text = if uses_own_funnel {
        format!(
            "各段階の通過率は、あなたの記録（通過数／結果の出た数）を、参考値（転職サイト・エージェントの調査による典型値）を{k}件分の事前情報とするベータ分布で補正した値です（（通過数＋{k}×参考値）÷（結果の出た数＋{k}））。記録が少ない段階ほど参考値に近くなります。",
            k = PRIOR_STRENGTH
        )
    } else {
        format!(
            "記録がないため、各段階の通過率は参考値（転職サイト・エージェントの調査による典型値）をそのまま使いました（応募と選考の結果を記録すると、参考値を{k}件分の事前情報とするベータ分布で補正します）。",
            k = PRIOR_STRENGTH
        )
    };
    let second_share = stages.get(2).map_or(0.0, |s| s.share_with_stage);
    let in_progress_text = if in_progress > 0 {
        format!(
            "選考中の {in_progress} 社から1社以上内定する見込み {:.0}% を差し引いて、",
            (1.0 - none) * 100.0
        )
    } else {
        String::new()
    };
    let method = format!(
        "{estimate_text}二次面接のない会社も多いため、二次面接がある割合を {:.0}% と見て（記録に二次面接があればその割合に近づけます）、段階を掛け合わせた1応募あたりの内定確率 p = {:.1}% から、{in_progress_text}新たに n 社応募して1社以上内定する確率が {:.0}% 以上になる最小の n = {total} 社を求め、{deadline_text} {deadline} から選考期間 {lead_days} 日を引いた {apply_until} までの {weeks} 週で割っています。",
        second_share * 100.0,
        p * 100.0,
        TARGET_OFFER_PROBABILITY * 100.0,
    );
    let averages: Vec<String> = AVERAGE_APPLICATIONS
        .iter()
        .map(|(source, n)| format!("{source} {n}社"))
        .collect();
    let comparison = format!(
        "転職に成功した人の平均応募数は {}。doda では約21応募で内定1社（約5%）。この計算の1応募あたりの内定確率は {:.1}% です（書類30%・一次30%・最終50% の掛け算 4.5% が doda の約5%に合います）。",
        averages.join("、"),
        p * 100.0
    );

    WeeklyTarget {
        per_week,
        total_applications: total,
        weeks,
        start: today,
        apply_until,
        deadline,
        deadline_kind,
        lead_days,
        offer_probability_per_application: p,
        in_progress,
        in_progress_offer_probability: 1.0 - none,
        target_probability: TARGET_OFFER_PROBABILITY,
        uses_own_funnel,
        prior_strength: PRIOR_STRENGTH,
        stages,
        method,
        comparison,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn applications_needed_reaches_target_and_no_less() {
        for p in [0.005, 0.018, 0.05, 0.2, 0.5, 0.9] {
            let n = applications_needed(p, 0.8);
            assert!(1.0 - (1.0 - p).powi(n as i32) >= 0.8, "p={p} n={n}");
            if n > 1 {
                assert!(
                    1.0 - (1.0 - p).powi(n as i32 - 1) < 0.8,
                    "p={p} n={n} is not minimal"
                );
            }
        }
        assert_eq!(applications_needed(1.0, 0.8), 1);
        assert_eq!(applications_needed(0.5, 0.8), 3); // 1 − 0.5³ = 0.875
    }

    #[test]
    fn reference_rates_without_funnel_match_reference_section_1() {
        // Without a record: 書類 30% × 一次 30% × 最終 50%, no 二次 assumed = 4.5% per application,
        // REFERENCE.md §1's ≈5% (doda: about 21 applications → 1 offer). Multiplying all four
        // stages gave 1.8% (89 applications).
        let stages = stage_estimates(None);
        let p = offer_probability(&stages);
        assert!((p - 0.3 * 0.3 * 0.5).abs() < 1e-12);
        assert!((0.04..=0.06).contains(&p), "{p}");
        assert!(
            (0.8..=1.25).contains(&(21.0 * p)),
            "21 applications → {} offers",
            21.0 * p
        );
        assert_eq!(applications_needed(p, 0.8), 35);
    }

    #[test]
    fn a_typical_seekers_own_record_gives_about_five_percent() {
        // REFERENCE.md §1: about 21 applications → 5 interviews → 1 offer. A record like that (書類
        // 6 of 20, 一次 2 of 6, no 二次 at either company, 最終 1 of 2) keeps p near 5%.
        let typical = FunnelCounts {
            stages: [(6, 20), (2, 6), (0, 0), (1, 2)],
            pending: [0; 4],
            skipped: [0, 0, 2, 0],
        };
        let p = offer_probability(&stage_estimates(Some(&typical)));
        assert!((0.04..=0.06).contains(&p), "{p}");
        // With a 二次 at every company the same rates give less.
        let with_second = FunnelCounts {
            stages: [(6, 20), (2, 6), (2, 2), (1, 2)],
            pending: [0; 4],
            skipped: [0; 4],
        };
        assert!(offer_probability(&stage_estimates(Some(&with_second))) < p);
    }

    #[test]
    fn applications_in_progress_are_subtracted() {
        let none = FunnelCounts::default();
        let waiting = FunnelCounts {
            pending: [0, 0, 0, 3],
            ..FunnelCounts::default()
        };
        let stages = stage_estimates(Some(&waiting));
        let p = offer_probability(&stages);
        let without = applications_needed(p, 0.8);
        // Three 最終面接 pending at 50%: 1 − 0.5³ = 87.5% already, no new application needed.
        assert_eq!(
            applications_needed_after(p, 0.8, none_in_progress(&stages)),
            0
        );
        let one_document = FunnelCounts {
            pending: [5, 0, 0, 0],
            ..none
        };
        let stages = stage_estimates(Some(&one_document));
        let after = applications_needed_after(p, 0.8, none_in_progress(&stages));
        assert_eq!(
            after,
            without - 5,
            "a pending 書類 counts as one application sent"
        );
    }

    #[test]
    fn huge_counts_neither_hang_nor_overflow() {
        let huge = FunnelCounts {
            stages: [
                (0, u32::MAX),
                (0, u32::MAX),
                (u32::MAX, u32::MAX),
                (0, u32::MAX),
            ],
            pending: [u32::MAX; 4],
            skipped: [u32::MAX; 4],
        };
        assert!(huge.validate().is_ok());
        let stages = stage_estimates(Some(&huge));
        let p = offer_probability(&stages);
        assert!(p.is_finite() && p >= 0.0);
        assert_eq!(applications_needed(0.0, 0.8), MAX_APPLICATIONS);
        assert_eq!(applications_needed(1e-300, 0.8), MAX_APPLICATIONS);
        assert!(applications_needed_after(p, 0.8, none_in_progress(&stages)) <= MAX_APPLICATIONS);
        let today = date(2026, 11, 21);
        let profile = profile("");
        let benefit = super::super::benefit::compute(&profile, today);
        let w = compute(&profile, &benefit, today, Some(&huge));
        assert!(w.per_week * w.weeks >= w.total_applications);
    }

    #[test]
    fn few_data_points_stay_near_reference() {
        // 2 documents decided, both failed: raw rate 0%, but the estimate stays near 30%.
        let few = FunnelCounts {
            stages: [(0, 2), (0, 0), (0, 0), (0, 0)],
            ..FunnelCounts::default()
        };
        let e = stage_estimates(Some(&few));
        assert!((e[0].estimate - 3.0 / 12.0).abs() < 1e-12);
        assert_eq!(e[0].observed_rate, Some(0.0));
        // 100 documents with 10 passes: the seeker's own rate dominates.
        let many = FunnelCounts {
            stages: [(10, 100), (0, 0), (0, 0), (0, 0)],
            ..FunnelCounts::default()
        };
        let e = stage_estimates(Some(&many));
        assert!((e[0].estimate - 13.0 / 110.0).abs() < 1e-12);
        assert!(e[0].estimate < 0.13);
    }

    #[test]
    fn funnel_json_as_pairs_or_diagnose_output() {
        let pairs: FunnelCounts =
            serde_json::from_str(r#"{"stages": [[3, 12], [1, 3], [0, 1], [0, 0]]}"#).unwrap();
        assert_eq!(pairs.stages, [(3, 12), (1, 3), (0, 1), (0, 0)]);
        let with_extra: FunnelCounts = serde_json::from_str(
            r#"{"stages": [[3, 12], [1, 3], [0, 1], [0, 0]], "pending": [2, 1, 0, 0], "skipped": [0, 0, 1, 0]}"#,
        )
        .unwrap();
        assert_eq!(
            (with_extra.pending, with_extra.skipped),
            ([2, 1, 0, 0], [0, 0, 1, 0])
        );
        let diagnose = r#"{"applications": 12, "stages": [
            {"stage": "first", "entered": 3, "passed": 1, "failed": 2, "pending": 0, "rate": 0.33},
            {"stage": "document", "entered": 12, "passed": 3, "failed": 9, "pending": 0, "rate": 0.25},
            {"stage": "second", "entered": 1, "passed": 0, "failed": 1, "pending": 0, "rate": 0.0},
            {"stage": "final", "entered": 0, "passed": 0, "failed": 0, "pending": 0, "rate": null}
        ], "bottleneck": "document"}"#;
        let from_diagnose: FunnelCounts = serde_json::from_str(diagnose).unwrap();
        assert_eq!(from_diagnose, pairs);
        // The pairs form round-trips.
        let back: FunnelCounts =
            serde_json::from_str(&serde_json::to_string(&pairs).unwrap()).unwrap();
        assert_eq!(back, pairs);
        assert!(
            serde_json::from_str::<FunnelCounts>(r#"{"stages": [[1, 2], [0, 0], [0, 0]]}"#)
                .is_err()
        );
        assert!(
            serde_json::from_str::<FunnelCounts>(
                r#"{"stages": [{"stage": "offer", "passed": 1, "failed": 0}]}"#
            )
            .is_err()
        );
    }

    #[test]
    fn invalid_funnel_names_the_stage() {
        let bad = FunnelCounts {
            stages: [(0, 0), (3, 2), (0, 0), (0, 0)],
            ..FunnelCounts::default()
        };
        let message = bad.validate().unwrap_err().to_string();
        assert!(
            message.contains("stages[1]") && message.contains("一次面接"),
            "{message}"
        );
    }

    fn profile(extra: &str) -> Profile {
        Profile::from_toml(&format!(
            "birth_date = 1977-05-10\nleaving_date = 2026-09-30\ninsured_years = 25\nleaving_reason = \"self\"\nclaim_date = 2026-10-05\n{extra}"
        ))
        .unwrap()
    }

    #[test]
    fn target_spreads_over_the_weeks_before_the_benefit_ends() {
        let today = date(2026, 11, 21);
        let p = profile("");
        let benefit = super::super::benefit::compute(&p, today);
        let w = compute(&p, &benefit, today, None);
        assert_eq!(w.deadline_kind, "benefit_end");
        assert_eq!(Some(w.deadline), benefit.last_payment_date);
        assert_eq!(w.apply_until, w.deadline.checked_sub(30.days()).unwrap());
        assert_eq!(w.total_applications, 35);
        assert_eq!(w.per_week, 35u32.div_ceil(w.weeks));
        assert!(w.per_week * w.weeks >= w.total_applications);
    }

    #[test]
    fn better_funnel_needs_fewer_applications() {
        let today = date(2026, 11, 21);
        let p = profile("");
        let benefit = super::super::benefit::compute(&p, today);
        let good = FunnelCounts {
            stages: [(20, 40), (10, 20), (5, 10), (3, 5)],
            ..FunnelCounts::default()
        };
        let bad = FunnelCounts {
            stages: [(2, 40), (1, 20), (1, 10), (1, 5)],
            ..FunnelCounts::default()
        };
        let w_good = compute(&p, &benefit, today, Some(&good));
        let w_bad = compute(&p, &benefit, today, Some(&bad));
        assert!(w_good.total_applications < 35 && 35 < w_bad.total_applications);
        assert!(w_good.uses_own_funnel);
    }

    #[test]
    fn without_benefit_the_deadline_is_90_days_out() {
        let today = date(2026, 11, 21);
        let p = Profile::from_toml(
            "birth_date = 1990-05-01\nleaving_date = 2026-10-31\ninsured_years = 0.8\nleaving_reason = \"self\"\ntarget_date = 2026-01-01\n",
        )
        .unwrap();
        let benefit = super::super::benefit::compute(&p, today);
        assert!(!benefit.eligible);
        let w = compute(&p, &benefit, today, None);
        assert_eq!(w.deadline_kind, "default");
        assert_eq!(w.deadline, date(2027, 2, 19));
        assert!(w.warnings.iter().any(|m| m.contains("内定の目標日")));
    }

    #[test]
    fn late_start_warns() {
        let today = date(2026, 11, 21);
        let p = profile("target_date = 2026-12-01");
        let benefit = super::super::benefit::compute(&p, today);
        let w = compute(&p, &benefit, today, None);
        assert_eq!(w.deadline_kind, "target_date");
        assert_eq!(w.weeks, 1);
        assert!(!w.warnings.is_empty());
    }
}
