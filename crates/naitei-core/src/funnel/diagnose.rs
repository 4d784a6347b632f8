//! `naitei diagnose`: counts by furthest stage, a small-sample verdict per stage against the
//! reference band, the bottleneck stage and what to do about it.
//!
//! # The verdict
//!
//! A seeker has a handful of results per stage, so the raw rate says little. For a stage with `k`
//! passes out of `n` decided applications (passed + failed; withdrawn and pending ones are not
//! decided) the verdict is an exact one-sided binomial test against the band's edge:
//!
//! - `below`: the observed rate is under the band's low end **and** a seeker whose true rate is exactly
//!   that low end would get `k` or fewer passes with probability ≤ [`ALPHA`] (5%);
//! - `above`: the mirror image at the band's high end;
//! - `insufficient`: nothing decided, or the rate is outside the band but the sample is too small to
//!   tell it from chance (the words then say both: "lower than the band, but few results");
//! - `within`: the observed rate is inside the band.
//!
//! Testing at the band's edge rather than at the typical rate is what keeps false alarms rare: a
//! seeker exactly at the low end is called `below` at most 5% of the time for any `n` (checked by
//! exact enumeration in the tests). The price is that small samples need to be more extreme:
//! 0 of 14 at 一次 (low end 20%) is `below`, 1 of 12 is not — a seeker at 20% gets 1 or 0 passes in 12
//! 一次面接 27.5% of the time — and is reported as "under the band, not yet conclusive". 1 of 22 is
//! `below`.
//!
//! Stage skips: a company may have no 二次 (書類 → 一次 → 最終). An application that went past a stage it
//! did not have is counted in that stage's `skipped`, not as entered or passed
//! ([`diagnose_with_skips`]).

use serde::Serialize;

use super::bands::{BANDS, Band, HIGH_SALARY_FOR_NEW_JOB_MAN_YEN};
use super::stats::{beta_cdf, binomial_at_least, binomial_at_most};
use super::{Channel, Outcome, Relation, Stage};

/// Significance level of the one-sided binomial test at the band's edge.
pub const ALPHA: f64 = 0.05;
/// Fewest applications before a one-channel warning makes sense.
const MIN_APPLICATIONS_FOR_CHANNEL_WARNING: usize = 3;
/// Fewest 未経験 applications with a known salary before the salary warning.
const MIN_NEW_JOB_WITH_SALARY: usize = 3;

/// What diagnose needs of one application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunnelRecord {
    pub furthest_stage: Stage,
    pub outcome: Outcome,
    pub channel: Channel,
    pub relation: Relation,
    /// Offered annual salary, 万円.
    pub offered_salary: Option<i64>,
}

/// A stored application whose codes are not in the funnel's vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}がおかしい値です: {source}")]
pub struct BadRecord {
    /// The field, in Japanese (段階, 状況, 経路, 経験との関係).
    pub field: &'static str,
    #[source]
    pub source: super::InvalidValue,
}

impl FunnelRecord {
    /// The record of one stored application from its codes. A code outside the vocabulary is an
    /// error (a damaged row must not silently drop out of the counts).
    pub fn from_codes(
        furthest_stage: &str,
        outcome: &str,
        channel: &str,
        relation: &str,
        offered_salary: Option<i64>,
    ) -> Result<FunnelRecord, BadRecord> {
        let bad = |field: &'static str| move |source| BadRecord { field, source };
        Ok(FunnelRecord {
            furthest_stage: furthest_stage.parse().map_err(bad("段階"))?,
            outcome: outcome.parse().map_err(bad("状況"))?,
            channel: super::parse_channel(channel).map_err(bad("経路"))?.0,
            relation: relation.parse().map_err(bad("経験との関係"))?,
            offered_salary,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Below,
    Within,
    Above,
    Insufficient,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Below => "目安より低い",
            Verdict::Within => "目安の範囲",
            Verdict::Above => "目安より高い",
            Verdict::Insufficient => "件数不足",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Reference {
    pub low: f64,
    pub typical: f64,
    pub high: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageReport {
    pub stage: Stage,
    pub entered: u32,
    pub passed: u32,
    pub failed: u32,
    pub pending: u32,
    pub withdrawn: u32,
    /// passed ÷ (passed + failed); `None` when nothing is decided.
    pub rate: Option<f64>,
    pub reference: Reference,
    pub verdict: Verdict,
    /// Posterior probability that the seeker's rate is under the typical rate (Jeffreys prior).
    pub probability_below_typical: Option<f64>,
    /// Applications that went past this stage without having it (e.g. no 二次面接).
    pub skipped: u32,
    /// One-sided p-value at the band's edge: P(k or fewer passes | low end) when the rate is under the
    /// band, P(k or more | high end) when over it; `None` inside the band.
    pub p_value: Option<f64>,
    /// What the verdict means for this stage, in words (both the rate and the sample size).
    pub note: Option<String>,
    pub source: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningKind {
    SingleChannel,
    NewJobHighSalary,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub kind: WarningKind,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnosis {
    pub applications: u32,
    pub stages: Vec<StageReport>,
    pub bottleneck: Option<Stage>,
    /// The bottleneck's advice first, then other stages below the band, then the warnings.
    pub advice: Vec<String>,
    pub warnings: Vec<Warning>,
    /// Applications that reached 内定.
    pub offers: u32,
}

/// The verdict for `passed` of `decided` against a band, and P(p < typical) under the Jeffreys
/// posterior (reported, not used for the verdict).
pub fn verdict(passed: u32, decided: u32, band: &Band) -> (Verdict, Option<f64>) {
    let (v, _) = verdict_with_p(passed, decided, band);
    if decided == 0 {
        return (v, None);
    }
    let (k, n) = (f64::from(passed.min(decided)), f64::from(decided));
    (v, Some(beta_cdf(band.typical, k + 0.5, n - k + 0.5)))
}

/// The verdict and the one-sided p-value at the band's edge (see the module docs).
pub fn verdict_with_p(passed: u32, decided: u32, band: &Band) -> (Verdict, Option<f64>) {
    if decided == 0 {
        return (Verdict::Insufficient, None);
    }
    let passed = passed.min(decided);
    let rate = f64::from(passed) / f64::from(decided);
    if rate < band.low {
        let p = binomial_at_most(passed, decided, band.low);
        let v = if p <= ALPHA {
            Verdict::Below
        } else {
            Verdict::Insufficient
        };
        (v, Some(p))
    } else if rate > band.high {
        let p = binomial_at_least(passed, decided, band.high);
        let v = if p <= ALPHA {
            Verdict::Above
        } else {
            Verdict::Insufficient
        };
        (v, Some(p))
    } else {
        (Verdict::Within, None)
    }
}

/// The words for a stage: the rate against the band and whether the sample can tell.
fn stage_note(r: &StageReport) -> Option<String> {
    let rate = r.rate?;
    let pct = |x: f64| format!("{:.0}%", x * 100.0);
    let band = format!("{}〜{}", pct(r.reference.low), pct(r.reference.high));
    let name = r.stage.label();
    let decided = r.passed + r.failed;
    let head = format!(
        "{name}の通過率 {}（{decided}件中{}件）",
        pct(rate),
        r.passed
    );
    Some(match r.verdict {
        Verdict::Below => {
            format!("{head}は目安（{band}）より明らかに低く、偶然とは考えにくい差です")
        }
        Verdict::Above => format!("{head}は目安（{band}）より明らかに高い水準です"),
        Verdict::Insufficient if rate < r.reference.low => format!(
            "{head}は目安（{band}）より低めですが、件数が少なく偶然の可能性があります。記録を続けて確かめましょう"
        ),
        Verdict::Insufficient => {
            format!("{head}は目安（{band}）より高めですが、件数が少なくまだ判断できません")
        }
        Verdict::Within => format!("{head}は目安（{band}）の範囲です"),
    })
}

/// Stage advice: what a seeker stuck at this stage should work on, and with which command.
fn stage_advice(stage: Stage) -> &'static str {
    match stage {
        Stage::Document => {
            "書類選考で落ちることが多いようです。職務経歴書を見直しましょう。実績には「課題→行動→数字で示す結果」を入れ、\
             業務の羅列（やったことリスト）にしないこと。`naitei review 職務経歴書.md` で一行ずつ確認できます。"
        }
        Stage::First => {
            "一次面接で落ちることが多いようです。転職理由を具体的にし（不満ではなく、何を実現したいか）、\
             前職の実績から再現できるスキルを示しましょう。`naitei answer --question reason 回答.txt` で回答を確認できます。"
        }
        Stage::Second => {
            "二次面接で落ちることが多いようです。入社後に働く姿（担当業務・期待される役割）を面接官とすり合わせ、\
             一次面接と話の内容（数字・理由・希望年収）をそろえましょう（`naitei compare 一次.txt 二次.txt`）。\
             希望条件は相場に照らして現実的に。"
        }
        Stage::Final => {
            "最終面接で落ちることが多いようです。役員には入社の意思（志望度）と長く活躍する将来像をはっきり伝え、\
             年収・入社日などの条件は事前にすり合わせておきましょう。"
        }
        Stage::Offer => "",
    }
}

/// Diagnoses the funnel of these applications (every company assumed to have every stage).
pub fn diagnose(records: &[FunnelRecord]) -> Diagnosis {
    diagnose_with_skips(records, &[])
}

/// Diagnoses the funnel; `skipped[i]` lists the stages application `i` did not have (missing entries
/// mean none). An application counts as having passed every stage before its furthest one except
/// those it skipped.
pub fn diagnose_with_skips(records: &[FunnelRecord], skipped: &[Vec<Stage>]) -> Diagnosis {
    let mut stages = Vec::with_capacity(BANDS.len());
    for band in &BANDS {
        let s = band.stage;
        let mut r = StageReport {
            stage: s,
            entered: 0,
            passed: 0,
            failed: 0,
            pending: 0,
            withdrawn: 0,
            rate: None,
            reference: Reference {
                low: band.low,
                typical: band.typical,
                high: band.high,
            },
            verdict: Verdict::Insufficient,
            probability_below_typical: None,
            skipped: 0,
            p_value: None,
            note: None,
            source: band.source,
        };
        for (i, rec) in records.iter().enumerate() {
            if rec.furthest_stage < s {
                continue;
            }
            if rec.furthest_stage > s && skipped.get(i).is_some_and(|list| list.contains(&s)) {
                r.skipped += 1;
                continue;
            }
            r.entered += 1;
            if rec.furthest_stage > s {
                r.passed += 1;
                continue;
            }
            match rec.outcome {
                Outcome::Failed => r.failed += 1,
                Outcome::Withdrawn | Outcome::Declined => r.withdrawn += 1,
                Outcome::Pending | Outcome::Accepted => r.pending += 1,
            }
        }
        let decided = r.passed + r.failed;
        if decided > 0 {
            r.rate = Some(f64::from(r.passed) / f64::from(decided));
        }
        (r.verdict, r.probability_below_typical) = verdict(r.passed, decided, band);
        r.p_value = verdict_with_p(r.passed, decided, band).1;
        r.note = stage_note(&r);
        stages.push(r);
    }

    // The bottleneck is the first stage significantly below its band: fixing it sends more
    // applications to every later stage, and it has the most data.
    let below: Vec<Stage> = stages
        .iter()
        .filter(|r| r.verdict == Verdict::Below)
        .map(|r| r.stage)
        .collect();
    let bottleneck = below.first().copied();
    let mut advice: Vec<String> = below.iter().map(|s| stage_advice(*s).to_owned()).collect();
    if bottleneck.is_none() {
        let all_insufficient = stages.iter().all(|r| r.verdict == Verdict::Insufficient);
        advice.push(if records.is_empty() {
            "まだ応募が登録されていません。`naitei track add` か `naitei track import` で記録しましょう。"
                .to_owned()
        } else if let Some(low) = stages.iter().find(|r| {
            r.verdict == Verdict::Insufficient && r.rate.is_some_and(|x| x < r.reference.low)
        }) {
            // The rate is under the band but the sample cannot tell yet: say both.
            format!(
                "{}の通過率は目安より低めですが、まだ件数が少なく偶然の可能性があります。{}も見直しつつ、応募と結果の記録を続けましょう。",
                low.stage.label(),
                match low.stage {
                    Stage::Document => "職務経歴書",
                    Stage::First => "転職理由と実績の伝え方",
                    Stage::Second => "一次面接との一貫性と入社後の姿",
                    _ => "志望度と条件のすり合わせ",
                }
            )
        } else if all_insufficient {
            "まだ結果の出た件数が少なく、どの段階で詰まっているかは判断できません。応募と結果の記録を続けましょう。"
                .to_owned()
        } else {
            "目安より明らかに低い段階はありません。今のやり方で応募を続けましょう。".to_owned()
        });
    }

    let warnings = warnings(records);
    advice.extend(warnings.iter().map(|w| w.message.clone()));
    Diagnosis {
        applications: records.len() as u32,
        offers: records
            .iter()
            .filter(|r| r.furthest_stage == Stage::Offer)
            .count() as u32,
        stages,
        bottleneck,
        advice,
        warnings,
    }
}

fn warnings(records: &[FunnelRecord]) -> Vec<Warning> {
    let mut out = Vec::new();
    if records.len() >= MIN_APPLICATIONS_FOR_CHANNEL_WARNING {
        let first = records[0].channel;
        if records.iter().all(|r| r.channel == first) {
            let extra = match first {
                Channel::Hellowork => "転職エージェント、スカウト型サイト、企業への直接応募も",
                Channel::Agent => "ハローワーク、スカウト型サイト、企業への直接応募も",
                _ => "ハローワークや転職エージェントも",
            };
            out.push(Warning {
                kind: WarningKind::SingleChannel,
                message: format!(
                    "応募 {} 件がすべて「{}」経由です。求人の幅が狭くなるので、{}併用しましょう。",
                    records.len(),
                    first.label(),
                    extra
                ),
            });
        }
    }
    let new_job: Vec<i64> = records
        .iter()
        .filter(|r| r.relation == Relation::New)
        .filter_map(|r| r.offered_salary)
        .collect();
    let high = new_job
        .iter()
        .filter(|s| **s >= HIGH_SALARY_FOR_NEW_JOB_MAN_YEN)
        .count();
    if new_job.len() >= MIN_NEW_JOB_WITH_SALARY && high * 2 > new_job.len() {
        out.push(Warning {
            kind: WarningKind::NewJobHighSalary,
            message: format!(
                "未経験の職種への応募のうち {high} 件が年収 {HIGH_SALARY_FOR_NEW_JOB_MAN_YEN}万円以上の求人です。\
                 未経験からの転職では年収が下がることが多く、高い年収の求人ほど即戦力を求められます。\
                 年収を保ちたいなら同職種×異業界や周辺職種も検討しましょう。"
            ),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::funnel::bands::band;

    fn rec(stage: Stage, outcome: Outcome) -> FunnelRecord {
        FunnelRecord {
            furthest_stage: stage,
            outcome,
            channel: Channel::Agent,
            relation: Relation::SameJob,
            offered_salary: None,
        }
    }

    fn v(k: u32, n: u32, stage: Stage) -> Verdict {
        verdict(k, n, band(stage).unwrap()).0
    }

    #[test]
    fn verdict_examples_from_the_issue() {
        // 1 of 12 at 一次 is under the band (8% < 20%) but not `below`: a seeker exactly at 20% gets
        // 1 or 0 passes in 12 interviews 27.5% of the time. It is reported as under the band with
        // too few results; from 22 interviews a single pass is `below`.
        assert_eq!(v(1, 12, Stage::First), Verdict::Insufficient);
        assert_eq!(v(1, 21, Stage::First), Verdict::Insufficient);
        assert_eq!(v(1, 22, Stage::First), Verdict::Below);
        assert_eq!(v(0, 14, Stage::First), Verdict::Below);
        // 2 of 40 at 書類 (5% < 10%): P(≤ 2 | 40, 10%) = 22%, not yet conclusive; 0 of 29 is.
        assert_eq!(v(2, 40, Stage::Document), Verdict::Insufficient);
        assert_eq!(v(0, 29, Stage::Document), Verdict::Below);
        assert_eq!(v(0, 2, Stage::First), Verdict::Insufficient);
        assert_eq!(v(0, 2, Stage::Document), Verdict::Insufficient);
        assert_eq!(v(0, 0, Stage::Final), Verdict::Insufficient);
        // The issue's false alarms: 0 of 3 at 最終 and 0 of 6 at 一次.
        assert_eq!(v(0, 3, Stage::Final), Verdict::Insufficient);
        assert_eq!(v(0, 6, Stage::First), Verdict::Insufficient);
    }

    #[test]
    fn verdict_needs_both_evidence_and_distance_from_the_band() {
        // 3 of 10 at 一次 is exactly typical.
        assert_eq!(v(3, 10, Stage::First), Verdict::Within);
        // 2 of 12 (17%) is under the band's 20% but could be noise.
        assert_eq!(v(2, 12, Stage::First), Verdict::Insufficient);
        // 50 of 200 (25%) is surely under the typical 30% but inside the band.
        assert_eq!(v(50, 200, Stage::First), Verdict::Within);
        // 10 of 10 at 二次 (band up to 70%) is above; 9 of 10 (P = 15% at 70%) is not yet.
        assert_eq!(v(10, 10, Stage::Second), Verdict::Above);
        assert_eq!(v(9, 10, Stage::Second), Verdict::Insufficient);
        assert_eq!(v(3, 4, Stage::Second), Verdict::Insufficient);
        assert_eq!(v(1, 3, Stage::Second), Verdict::Within);
        assert_eq!(v(0, 5, Stage::First), Verdict::Insufficient);
        // A very large record is cheap and exact.
        assert_eq!(v(1_000, 1_000_000, Stage::First), Verdict::Below);
        assert_eq!(v(u32::MAX / 4, u32::MAX, Stage::First), Verdict::Within);
    }

    /// Exact enumeration of the binomial distribution: P(X = k) from log-factorials.
    fn binomial_pmf(k: u32, n: u32, p: f64) -> f64 {
        use crate::funnel::stats::ln_gamma;
        let (k, n) = (f64::from(k), f64::from(n));
        (ln_gamma(n + 1.0) - ln_gamma(k + 1.0) - ln_gamma(n - k + 1.0)
            + k * p.ln()
            + (n - k) * (1.0 - p).ln())
        .exp()
    }

    /// The largest probability, over n = 1..=30, that a seeker whose true rate is `p` gets `verdict`.
    fn max_rate_of(stage: Stage, p: f64, wanted: Verdict) -> (f64, u32) {
        let band = band(stage).unwrap();
        (1..=30u32)
            .map(|n| {
                let rate: f64 = (0..=n)
                    .filter(|k| verdict(*k, n, band).0 == wanted)
                    .map(|k| binomial_pmf(k, n, p))
                    .sum();
                (rate, n)
            })
            .fold((0.0, 0), |best, x| if x.0 > best.0 { x } else { best })
    }

    /// A seeker exactly at the band's low end is called `below` less than 10% of the time (exactly
    /// computed, for 1 to 30 decided results at every stage); the same at the high end for `above`.
    #[test]
    fn false_alarms_at_the_band_edges_are_rare() {
        for b in BANDS {
            let (below, n) = max_rate_of(b.stage, b.low, Verdict::Below);
            assert!(below < 0.10, "{:?}: P(below) = {below} at n = {n}", b.stage);
            assert!(below <= ALPHA + 1e-12, "{:?}: {below}", b.stage);
            let (above, n) = max_rate_of(b.stage, b.high, Verdict::Above);
            assert!(above < 0.10, "{:?}: P(above) = {above} at n = {n}", b.stage);
        }
        // And the test still has power: a seeker at half the low end is usually caught by n = 30.
        let (caught, _) = max_rate_of(Stage::First, 0.05, Verdict::Below);
        assert!(caught > 0.5, "{caught}");
    }

    #[test]
    fn counts_by_furthest_stage_without_erasing_stages_passed() {
        let records = vec![
            rec(Stage::Second, Outcome::Failed),
            rec(Stage::Document, Outcome::Failed),
            rec(Stage::Document, Outcome::Pending),
            rec(Stage::First, Outcome::Withdrawn),
            rec(Stage::Offer, Outcome::Accepted),
        ];
        let d = diagnose(&records);
        let doc = &d.stages[0];
        assert_eq!(
            (doc.entered, doc.passed, doc.failed, doc.pending),
            (5, 3, 1, 1)
        );
        assert_eq!(doc.rate, Some(0.75));
        let first = &d.stages[1];
        assert_eq!(
            (first.entered, first.passed, first.failed, first.withdrawn),
            (3, 2, 0, 1)
        );
        let second = &d.stages[2];
        assert_eq!((second.entered, second.passed, second.failed), (2, 1, 1));
        let fin = &d.stages[3];
        assert_eq!((fin.entered, fin.passed, fin.failed), (1, 1, 0));
        assert_eq!(d.offers, 1);
        assert_eq!(
            d.stages.iter().map(|s| s.stage).collect::<Vec<_>>(),
            [Stage::Document, Stage::First, Stage::Second, Stage::Final]
        );
    }

    #[test]
    fn bottleneck_is_the_first_stage_below_and_gets_its_advice() {
        // 25 一次面接, 1 pass: the 一次 is the bottleneck; 書類 is fine (25 of 32 passed).
        let mut records = vec![rec(Stage::Second, Outcome::Pending)];
        records.extend((0..24).map(|_| rec(Stage::First, Outcome::Failed)));
        records.extend((0..7).map(|_| rec(Stage::Document, Outcome::Failed)));
        let d = diagnose(&records);
        assert_eq!(d.stages[0].verdict, Verdict::Above);
        assert_eq!(d.stages[1].verdict, Verdict::Below);
        assert_eq!(d.bottleneck, Some(Stage::First));
        assert!(d.advice[0].contains("転職理由"));
        assert!(d.advice[0].contains("naitei answer"));
    }

    #[test]
    fn no_bottleneck_with_too_little_data() {
        let d = diagnose(&[
            rec(Stage::First, Outcome::Failed),
            rec(Stage::Document, Outcome::Failed),
        ]);
        assert_eq!(d.bottleneck, None);
        // 一次 is 0 of 1: under the band, but the words say both.
        assert!(d.advice[0].contains("低め") && d.advice[0].contains("偶然"));
        assert!(
            d.stages[1]
                .note
                .as_deref()
                .unwrap()
                .contains("件数が少なく")
        );
        let d = diagnose(&[rec(Stage::Document, Outcome::Pending)]);
        assert!(d.advice[0].contains("判断できません"));
    }

    #[test]
    fn one_of_twelve_says_both_under_the_band_and_few_results() {
        let mut records = vec![rec(Stage::Second, Outcome::Pending)];
        records.extend((0..11).map(|_| rec(Stage::First, Outcome::Failed)));
        let d = diagnose(&records);
        assert_eq!(d.stages[1].verdict, Verdict::Insufficient);
        assert!(!d.advice.iter().any(|a| a.contains("今のやり方で")));
        assert!(d.advice[0].contains("一次面接の通過率は目安より低め"));
        assert!((d.stages[1].p_value.unwrap() - 0.274_877_906_944).abs() < 1e-9);
    }

    #[test]
    fn skipped_stages_are_not_counted_as_passed() {
        // Two applications reached 最終: one through 二次, one from 一次 straight to 最終.
        let records = vec![
            rec(Stage::Final, Outcome::Failed),
            rec(Stage::Offer, Outcome::Pending),
        ];
        let d = diagnose_with_skips(&records, &[vec![], vec![Stage::Second]]);
        let second = &d.stages[2];
        assert_eq!((second.entered, second.passed, second.skipped), (1, 1, 1));
        assert_eq!((d.stages[3].entered, d.stages[3].passed), (2, 1));
        assert_eq!(d.stages[1].passed, 2);
    }

    #[test]
    fn warns_when_every_application_uses_one_channel() {
        let mut records: Vec<_> = (0..4)
            .map(|_| FunnelRecord {
                channel: Channel::Hellowork,
                ..rec(Stage::Document, Outcome::Failed)
            })
            .collect();
        let d = diagnose(&records);
        assert_eq!(d.warnings[0].kind, WarningKind::SingleChannel);
        assert!(d.advice.iter().any(|a| a.contains("ハローワーク")));
        records[0].channel = Channel::Direct;
        assert!(diagnose(&records).warnings.is_empty());
    }

    #[test]
    fn warns_about_high_salary_targets_for_new_jobs() {
        let new_job = |salary| FunnelRecord {
            relation: Relation::New,
            offered_salary: Some(salary),
            channel: Channel::Direct,
            ..rec(Stage::Document, Outcome::Failed)
        };
        let mut records = vec![
            new_job(600),
            new_job(550),
            new_job(380),
            rec(Stage::First, Outcome::Pending),
        ];
        let kinds = |r: &[FunnelRecord]| {
            diagnose(r)
                .warnings
                .iter()
                .map(|w| w.kind)
                .collect::<Vec<_>>()
        };
        assert_eq!(kinds(&records), [WarningKind::NewJobHighSalary]);
        records[1].offered_salary = Some(350);
        assert!(kinds(&records).is_empty());
    }
}
