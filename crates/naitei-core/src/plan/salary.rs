//! Realism of the salary target for the kind of move (REFERENCE.md §4).

use jiff::civil::Date;
use serde::Serialize;

use super::data::{
    AGE_HIGH_ADJUSTMENT, KEEP_PAY_SHARE, RELATION_BANDS, SALARY_FACT_55_59, SALARY_FACT_ALL,
    SALARY_FACT_LATERAL, SALARY_FACT_MYNAVI, SALARY_FACT_NEW_FIELD, STRETCH_FACTOR, SalaryFact,
};
use super::profile::{Profile, Relation};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Within the band the market supports for this move.
    Realistic,
    /// Up to 10% above the band: possible, not to count on.
    Stretch,
    /// Further above the band.
    Unlikely,
    /// Current or desired salary missing.
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strategy {
    /// 2段構え: accept the cut to get into the new field, then rebuild pay with experience.
    TwoStep,
    /// 経験の横スライド: 同職種×異業界 or 周辺職種 to keep pay.
    LateralSlide,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub text: &'static str,
    pub source: &'static str,
}

impl From<SalaryFact> for Evidence {
    fn from(fact: SalaryFact) -> Self {
        Evidence {
            text: fact.text,
            source: fact.source,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SalaryAssessment {
    pub current: Option<i64>,
    pub desired: Option<i64>,
    pub relation: Relation,
    /// True when the profile had no `target_relation` and 同職種同業界 was assumed.
    pub relation_assumed: bool,
    pub age: u32,
    /// e.g. "40代".
    pub age_band: String,
    /// The band of the new salary as a share of the current one.
    pub band_low_ratio: f64,
    pub band_high_ratio: f64,
    /// The band in yen (rounded to 10,000), when the current salary is known.
    pub realistic_low: Option<i64>,
    pub realistic_high: Option<i64>,
    pub verdict: Verdict,
    pub strategy: Strategy,
    /// One-paragraph verdict in Japanese.
    pub summary: String,
    pub advice: Vec<String>,
    pub evidence: Vec<Evidence>,
    /// How the band was made (it is naitei's assumption, not a published figure).
    pub method: String,
}

fn round_man(yen: f64) -> i64 {
    ((yen / 10_000.0).round() as i64) * 10_000
}

/// "4,500,000円" style, for messages.
pub fn yen_text(yen: i64) -> String {
    let digits = yen.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    format!("{}{out}円", if yen < 0 { "−" } else { "" })
}

/// "450万円" style, for messages.
pub fn man_yen(yen: i64) -> String {
    let man = yen as f64 / 10_000.0;
    if (man - man.round()).abs() < 1e-9 {
        format!("{}万円", man.round() as i64)
    } else {
        format!("{man:.1}万円")
    }
}

/// The band of the new yearly pay for a kind of move, as shares of the current pay (low, high);
/// the high end is adjusted by age when it is known. Also used by the 二次面接 sheet.
pub fn band(relation: Relation, age: Option<u32>) -> (f64, f64) {
    let (_, low, high) = RELATION_BANDS
        .iter()
        .copied()
        .find(|(id, _, _)| *id == relation.id())
        .unwrap_or(("same", 0.95, 1.10));
    (low, (high + age_adjustment(age)).max(low))
}

/// The age adjustment of the band's high end (0 when the age is unknown).
fn age_adjustment(age: Option<u32>) -> f64 {
    age.and_then(|age| {
        AGE_HIGH_ADJUSTMENT
            .iter()
            .rev()
            .find(|(from, _)| age >= *from)
            .map(|(_, adj)| *adj)
    })
    .unwrap_or(0.0)
}

pub fn assess(profile: &Profile, today: Date) -> SalaryAssessment {
    let age = profile.age_on(today);
    let (relation, relation_assumed) = match profile.target_relation {
        Some(r) => (r, false),
        None => (Relation::Same, true),
    };
    let (low, high) = band(relation, Some(age));
    let adjustment = age_adjustment(Some(age));

    let mut evidence: Vec<Evidence> = vec![SALARY_FACT_ALL.into(), SALARY_FACT_MYNAVI.into()];
    if (55..=59).contains(&age) {
        evidence.push(SALARY_FACT_55_59.into());
    }
    if relation == Relation::New {
        evidence.push(SALARY_FACT_NEW_FIELD.into());
    }
    evidence.push(SALARY_FACT_LATERAL.into());

    let (realistic_low, realistic_high) = match profile.current_salary {
        Some(current) if current > 0 => (
            Some(round_man(current as f64 * low)),
            Some(round_man(current as f64 * high)),
        ),
        _ => (None, None),
    };
    let verdict = match (profile.desired_salary, realistic_high) {
        (Some(desired), Some(top)) if desired <= top => Verdict::Realistic,
        (Some(desired), Some(top)) if (desired as f64) <= top as f64 * STRETCH_FACTOR => {
            Verdict::Stretch
        }
        (Some(_), Some(_)) => Verdict::Unlikely,
        _ => Verdict::Unknown,
    };
    let wants_to_keep_pay = match (profile.current_salary, profile.desired_salary) {
        (Some(current), Some(desired)) => desired as f64 >= current as f64 * KEEP_PAY_SHARE,
        _ => false,
    };
    let strategy = match relation {
        Relation::New if !wants_to_keep_pay => Strategy::TwoStep,
        _ => Strategy::LateralSlide,
    };

    let band_text = match (realistic_low, realistic_high) {
        (Some(lo), Some(hi)) => format!("{}〜{}", man_yen(lo), man_yen(hi)),
        _ => format!("現年収の{:.0}〜{:.0}%", low * 100.0, high * 100.0),
    };
    let desired_text = profile
        .desired_salary
        .map(man_yen)
        .unwrap_or_else(|| "未指定".to_string());
    let summary = match verdict {
        Verdict::Realistic => format!(
            "{}への転職で見込める年収は{band_text}。希望年収 {desired_text} はこの範囲に収まり、現実的です。",
            relation.label()
        ),
        Verdict::Stretch => format!(
            "{}への転職で見込める年収は{band_text}。希望年収 {desired_text} は上限を少し超えており、届く可能性はありますが当てにはできません。",
            relation.label()
        ),
        Verdict::Unlikely => format!(
            "{}への転職で見込める年収は{band_text}。希望年収 {desired_text} はこの範囲を大きく超えており、この方向では難しい目標です。",
            relation.label()
        ),
        Verdict::Unknown => format!(
            "{}への転職で見込める年収は{band_text}。現在の年収と希望年収を入れると希望年収の現実性を判定します。",
            relation.label()
        ),
    };

    let mut advice = Vec::new();
    match (relation, strategy) {
        (Relation::New, Strategy::TwoStep) => advice.push(
            "「2段構え」: 未経験の仕事には年収が下がる前提で入り、経験を積んでから年収を立て直す計画にしてください。".to_string(),
        ),
        (Relation::New, Strategy::LateralSlide) => {
            advice.push("未経験職種で今の年収を保つのは難しい目標です。年収を保つなら、経験が活きる同職種×異業界か周辺職種（経験の横スライド）を主軸にしてください。".to_string());
            advice.push("どうしても未経験の仕事に就くなら「2段構え」: まず年収が下がる前提で入り、経験を積んでから立て直します。".to_string());
        }
        _ => advice.push(
            "経験の横スライド: 今の職種の経験をそのまま持ち込める同職種×異業界・周辺職種の求人が、年収を保ちやすい方向です。".to_string(),
        ),
    }
    if verdict == Verdict::Unlikely && relation != Relation::New {
        advice.push("希望年収を見込み範囲の上限近くに下げるか、管理職・専門職など年収帯の高い求人に絞ってください。".to_string());
    }
    if let (Some(desired), Some(lo)) = (profile.desired_salary, realistic_low)
        && desired < lo
    {
        advice.push(format!(
            "希望年収 {} は見込み範囲の下限 {} より低めです。条件交渉の余地があります。",
            man_yen(desired),
            man_yen(lo)
        ));
    }
    if profile.management_experience {
        advice.push("管理職経験はミドル・ハイクラス向けのエージェントやスカウトで評価されやすいので、職務経歴書の最初に書いてください。".to_string());
    }
    if age >= 55 {
        advice.push("55歳以上では転職で賃金が下がる人のほうが多くなります。年収だけでなく勤務地・雇用の安定・年間休日も合わせて比べてください。".to_string());
    }
    if relation_assumed {
        advice
            .push("応募先と経験の関係が未指定のため、同職種同業界として判定しました。".to_string());
    }

    let adjustment_text = if adjustment < 0.0 {
        format!(
            "、{age}歳のため上限を{:.0}ポイント下げています",
            -adjustment * 100.0
        )
    } else {
        String::new()
    };
    let method = format!(
        "見込み範囲は現年収 × {:.0}〜{:.0}%（{}の目安{adjustment_text}）。この幅は下の調査結果の傾向からこの計画が置いた目安で、公表された数値そのものではありません。",
        low * 100.0,
        high * 100.0,
        relation.label()
    );

    SalaryAssessment {
        current: profile.current_salary,
        desired: profile.desired_salary,
        relation,
        relation_assumed,
        age,
        age_band: format!("{}代", age / 10 * 10),
        band_low_ratio: low,
        band_high_ratio: high,
        realistic_low,
        realistic_high,
        verdict,
        strategy,
        summary,
        advice,
        evidence,
        method,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn profile(birth: Date, current: i64, desired: i64, relation: &str) -> Profile {
        let text = format!(
            "birth_date = {birth}\nleaving_date = 2026-09-30\ninsured_years = 5\nleaving_reason = \"self\"\n\
             current_salary = {current}\ndesired_salary = {desired}\ntarget_relation = \"{relation}\"\n"
        );
        Profile::from_toml(&text).unwrap()
    }

    #[test]
    fn verdicts_by_relation() {
        let today = date(2026, 11, 21);
        let born_1980 = date(1980, 1, 1); // 46 at today: no age adjustment
        let cases = [
            (
                4_500_000,
                4_500_000,
                "same-job",
                Verdict::Realistic,
                Strategy::LateralSlide,
            ),
            (
                4_500_000,
                5_200_000,
                "same-job",
                Verdict::Stretch,
                Strategy::LateralSlide,
            ),
            (
                4_500_000,
                6_000_000,
                "adjacent",
                Verdict::Unlikely,
                Strategy::LateralSlide,
            ),
            (
                4_500_000,
                3_800_000,
                "new",
                Verdict::Realistic,
                Strategy::TwoStep,
            ),
            (
                4_500_000,
                4_500_000,
                "new",
                Verdict::Stretch,
                Strategy::LateralSlide,
            ),
            (
                4_500_000,
                5_000_000,
                "new",
                Verdict::Unlikely,
                Strategy::LateralSlide,
            ),
        ];
        for (current, desired, relation, verdict, strategy) in cases {
            let a = assess(&profile(born_1980, current, desired, relation), today);
            assert_eq!(
                (a.verdict, a.strategy),
                (verdict, strategy),
                "{current} → {desired} ({relation})"
            );
            assert!(a.realistic_low.unwrap() <= a.realistic_high.unwrap());
        }
    }

    #[test]
    fn older_seekers_get_a_lower_ceiling() {
        let today = date(2026, 11, 21);
        let at_49 = assess(
            &profile(date(1977, 5, 10), 4_500_000, 4_500_000, "same"),
            today,
        );
        let at_56 = assess(
            &profile(date(1970, 5, 10), 4_500_000, 4_500_000, "same"),
            today,
        );
        assert!(at_56.realistic_high < at_49.realistic_high);
        assert!(at_56.evidence.iter().any(|e| e.text.contains("55〜59歳")));
        assert!(!at_49.evidence.iter().any(|e| e.text.contains("55〜59歳")));
    }

    #[test]
    fn unknown_without_salaries() {
        let text = "birth_date = 1980-01-01\nleaving_date = 2026-09-30\ninsured_years = 5\nleaving_reason = \"self\"\n";
        let a = assess(&Profile::from_toml(text).unwrap(), date(2026, 11, 21));
        assert_eq!(a.verdict, Verdict::Unknown);
        assert!(a.relation_assumed);
        assert_eq!(a.realistic_low, None);
    }

    #[test]
    fn man_yen_formats() {
        assert_eq!(man_yen(4_500_000), "450万円");
        assert_eq!(man_yen(4_525_000), "452.5万円");
        assert_eq!(yen_text(7_500), "7,500円");
        assert_eq!(yen_text(-1_234_567), "−1,234,567円");
    }
}
