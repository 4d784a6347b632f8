//! The 基本手当 calendar: eligibility, 所定給付日数, 待期, 給付制限, 受給期間, the last day paid and the
//! 再就職手当 thresholds. All rules come from the tables in [`super::data`].

use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

use super::data::{
    BASIC_ALLOWANCE_MAX_AGE, CERTIFICATION_INTERVAL_DAYS, GENERAL_DAYS, HARD_TO_EMPLOY_DAYS,
    MIN_INSURED_YEARS_GENERAL, MIN_INSURED_YEARS_SPECIFIC, MISCONDUCT_RESTRICTION_MONTHS,
    RECEIPT_PERIOD_EXTENSIONS, REEMPLOYMENT_RATES, SELF_QUIT_RESTRICTION, SPECIFIC_DAYS,
    SPECIFIC_UNDER_1Y_BEFORE_2017, WAITING_DAYS, insured_column,
};
use super::profile::{LeavingReason, Profile};

/// 受給資格者の区分.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// 一般の離職者 (自己都合・契約満了・定年・重責解雇)
    General,
    /// 特定受給資格者 (倒産・解雇など会社都合)
    Specific,
}

impl Category {
    pub fn label(self) -> &'static str {
        match self {
            Self::General => "一般の離職者",
            Self::Specific => "特定受給資格者",
        }
    }
}

/// The latest job start date (就職日) that still earns 再就職手当 at `rate_percent`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReemploymentThreshold {
    pub rate_percent: u32,
    /// Days of the 所定給付日数 that must still be left the day before the job starts.
    pub min_days_left: u32,
    /// Start the new job on or before this date.
    pub start_by: Date,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Benefit {
    pub eligible: bool,
    pub category: Category,
    pub hard_to_employ: bool,
    pub leaving_reason: LeavingReason,
    pub leaving_date: Date,
    pub age_at_leaving: u32,
    pub insured_years: f64,
    /// 所定給付日数 (0 when not eligible).
    pub days: u32,
    /// 受給資格決定日 used for the calendar.
    pub claim_date: Date,
    /// True when the profile had no `claim_date` and the plan's "today" (or the day after leaving) was used.
    pub claim_date_assumed: bool,
    /// Last day of the 7-day 待期.
    pub waiting_end: Option<Date>,
    pub restriction_months: u32,
    /// Last day of the 給付制限 (`None` without restriction).
    pub restriction_end: Option<Date>,
    /// First day the benefit covers.
    pub payment_start: Option<Date>,
    /// 受給期間の終了日: days not received by then are lost.
    pub receipt_period_end: Date,
    /// Days added to the one-year 受給期間 (330-day: 30, 360-day: 60).
    pub receipt_extension_days: i64,
    /// Estimated last day covered by the benefit when it is drawn without a break from
    /// `payment_start` (the money for it arrives after the final 失業の認定).
    pub last_payment_date: Option<Date>,
    /// Days that fit in the 受給期間 from `payment_start`; `lost_days` do not.
    pub payable_days: u32,
    pub lost_days: u32,
    /// Days still to be paid counted from the plan's "today" (drawing without a break): all payable
    /// days before `payment_start`, none after `last_payment_date`.
    pub days_left: u32,
    /// 再就職手当 at 70% (≥ 2/3 of the days left) and 60% (≥ 1/3 left).
    pub reemployment: Vec<ReemploymentThreshold>,
    /// The same dates as `reemployment`, flat: latest job start for 70% and for 60%.
    pub reemployment_70_until: Option<Date>,
    pub reemployment_60_until: Option<Date>,
    /// Approximate 失業認定日 (every 4 weeks from the claim; Hello Work sets the real dates).
    pub certification_dates: Vec<Date>,
    pub ineligible_reason: Option<String>,
    pub warnings: Vec<String>,
    pub notes: Vec<String>,
    pub sources: Vec<String>,
}

/// Day after `day` plus `days - 1` etc.: plain day arithmetic, saturating at the calendar's end.
fn add_days(day: Date, days: i64) -> Date {
    day.checked_add(days.days()).unwrap_or(day)
}

fn add_months(day: Date, months: u32) -> Date {
    day.checked_add(i64::from(months).months()).unwrap_or(day)
}

/// Last day of a period of `months` starting on `start` (民法 第143条): the day before the
/// corresponding day, or the last day of the month when that month has no corresponding day
/// (a year from 29 February ends on 28 February).
pub fn period_end(start: Date, months: u32) -> Date {
    let corresponding = add_months(start, months);
    if corresponding.day() == start.day() {
        add_days(corresponding, -1)
    } else {
        corresponding
    }
}

fn days_between(from: Date, to: Date) -> i64 {
    // `to - from` in days; both are civil dates so the span is exact.
    to.since(from)
        .map(|span| i64::from(span.get_days()))
        .unwrap_or(0)
}

/// 所定給付日数 from the tables, or `None` when the seeker is not eligible.
pub fn entitled_days(
    category: Category,
    age: u32,
    insured_years: f64,
    leaving_date: Date,
    hard_to_employ: bool,
) -> Option<u32> {
    if age > BASIC_ALLOWANCE_MAX_AGE {
        return None;
    }
    let column = insured_column(insured_years);
    let base = match category {
        Category::General => GENERAL_DAYS[column],
        Category::Specific => {
            let row = SPECIFIC_DAYS
                .iter()
                .find(|row| (row.age_from..=row.age_to).contains(&age))?;
            let o = SPECIFIC_UNDER_1Y_BEFORE_2017;
            if column == o.column
                && (o.age_from..=o.age_to).contains(&age)
                && leaving_date <= o.leaving_until
            {
                Some(o.days)
            } else {
                // The "–" cell (under 30 with 20+ years) cannot occur for a valid profile; use the
                // 10–20 years cell so an odd input still gets the closest answer.
                row.days[column].or(row.days[column.saturating_sub(1)])
            }
        }
    };
    if !hard_to_employ {
        return base;
    }
    // 就職困難者 have their own table; with under one insured year a 特定受給資格者 keeps the specific
    // cell when it is longer (雇用保険法 第22条第2項・第23条), so take the longer of the two.
    let (_, _, short, long) = HARD_TO_EMPLOY_DAYS
        .iter()
        .find(|(from, to, _, _)| (*from..=*to).contains(&age))?;
    let hard = if column == 0 { *short } else { *long };
    let eligible_by_period = match category {
        Category::General => insured_years >= MIN_INSURED_YEARS_GENERAL,
        Category::Specific => insured_years >= MIN_INSURED_YEARS_SPECIFIC,
    };
    eligible_by_period.then(|| base.unwrap_or(0).max(hard))
}

/// 給付制限 in months and the source of the rule.
pub fn restriction(profile: &Profile) -> (u32, Option<&'static str>, Option<String>) {
    match profile.leaving_reason {
        LeavingReason::SelfQuit => {
            let leaving = profile.leaving_date;
            let Some(period) = SELF_QUIT_RESTRICTION.iter().find(|p| {
                p.from.is_none_or(|from| leaving >= from)
                    && p.until.is_none_or(|until| leaving <= until)
            }) else {
                return (0, None, None);
            };
            if period.lifted_by_training && profile.education_training {
                return (
                    0,
                    Some(period.source),
                    Some("教育訓練を受けたため、自己都合の給付制限は解除されます（2025年4月1日以降の離職）".to_string()),
                );
            }
            if profile.prior_self_quits_5y >= 2 {
                let note = format!(
                    "過去5年で{}回目の自己都合退職のため、給付制限は{}か月です",
                    profile.prior_self_quits_5y + 1,
                    period.months_repeat
                );
                (period.months_repeat, Some(period.source), Some(note))
            } else {
                (period.months, Some(period.source), None)
            }
        }
        LeavingReason::Misconduct => (
            MISCONDUCT_RESTRICTION_MONTHS,
            Some("雇用保険法 第33条（重責解雇: 3か月）"),
            None,
        ),
        LeavingReason::Company | LeavingReason::ContractEnd | LeavingReason::Retirement => {
            (0, None, None)
        }
    }
}

/// Builds the calendar. `today` is used as the claim date when the profile has none (but never
/// before the day after leaving).
pub fn compute(profile: &Profile, today: Date) -> Benefit {
    let category = match profile.leaving_reason {
        LeavingReason::Company => Category::Specific,
        _ => Category::General,
    };
    let age = profile.age_on(profile.leaving_date);
    let leaving = profile.leaving_date;
    let day_after_leaving = add_days(leaving, 1);
    let (claim_date, claim_date_assumed) = match profile.claim_date {
        Some(claim) => (claim, false),
        None => (today.max(day_after_leaving), true),
    };

    let mut warnings = Vec::new();
    let mut notes = Vec::new();
    let mut sources =
        vec!["ハローワーク「基本手当の所定給付日数」「受給要件」（REFERENCE.md §3）".to_string()];

    let min_years = match category {
        Category::General => MIN_INSURED_YEARS_GENERAL,
        Category::Specific => MIN_INSURED_YEARS_SPECIFIC,
    };
    let ineligible_reason = if age > BASIC_ALLOWANCE_MAX_AGE {
        Some(format!(
            "離職日に{age}歳のため基本手当ではなく高年齢求職者給付金（一時金）の対象です。ハローワークで確認してください"
        ))
    } else if profile.insured_years < min_years {
        Some(match category {
            Category::General => format!(
                "被保険者期間 {} 年は受給要件（離職前2年間に12か月）に足りません",
                profile.insured_years
            ),
            Category::Specific => format!(
                "被保険者期間 {} 年は特定受給資格者の受給要件（離職前1年間に6か月）に足りません",
                profile.insured_years
            ),
        })
    } else {
        None
    };
    let days = if ineligible_reason.is_none() {
        entitled_days(
            category,
            age,
            profile.insured_years,
            leaving,
            profile.hard_to_employ,
        )
    } else {
        None
    };
    let eligible = days.is_some();
    let days = days.unwrap_or(0);

    // 受給期間: one year from the day after leaving (its last day is the same date a year after
    // leaving, clamped for 29 February), longer for the 330- and 360-day cases.
    let receipt_extension_days = RECEIPT_PERIOD_EXTENSIONS
        .iter()
        .find(|(d, _)| *d == days)
        .map_or(0, |(_, extra)| *extra);
    let one_year_end = period_end(day_after_leaving, 12);
    let receipt_period_end = add_days(one_year_end, receipt_extension_days);

    let (restriction_months, restriction_source, restriction_note) = if eligible {
        restriction(profile)
    } else {
        (0, None, None)
    };
    if let Some(source) = restriction_source {
        sources.push(format!("{source}（REFERENCE.md §3）"));
    }
    notes.extend(restriction_note);

    let mut benefit = Benefit {
        eligible,
        category,
        hard_to_employ: profile.hard_to_employ,
        leaving_reason: profile.leaving_reason,
        leaving_date: leaving,
        age_at_leaving: age,
        insured_years: profile.insured_years,
        days,
        claim_date,
        claim_date_assumed,
        waiting_end: None,
        restriction_months,
        restriction_end: None,
        payment_start: None,
        receipt_period_end,
        receipt_extension_days,
        last_payment_date: None,
        payable_days: 0,
        lost_days: 0,
        days_left: 0,
        reemployment: Vec::new(),
        reemployment_70_until: None,
        reemployment_60_until: None,
        certification_dates: Vec::new(),
        ineligible_reason,
        warnings: Vec::new(),
        notes: Vec::new(),
        sources: Vec::new(),
    };
    if !eligible {
        benefit.notes = notes;
        benefit.sources = sources;
        return benefit;
    }

    let waiting_end = add_days(claim_date, WAITING_DAYS - 1);
    let restriction_end =
        (restriction_months > 0).then(|| period_end(add_days(waiting_end, 1), restriction_months));
    let payment_start = add_days(restriction_end.unwrap_or(waiting_end), 1);
    benefit.waiting_end = Some(waiting_end);
    benefit.restriction_end = restriction_end;
    benefit.payment_start = Some(payment_start);

    if claim_date_assumed {
        notes.push(format!(
            "claim_date（受給手続きの日）が未指定のため、{claim_date} に手続きすると仮定しました"
        ));
    }
    if payment_start > receipt_period_end {
        warnings.push(format!(
            "受給期間が {receipt_period_end} に終わるため、{claim_date} の手続きでは基本手当を1日も受け取れません"
        ));
        benefit.lost_days = days;
    } else {
        let natural_last = add_days(payment_start, i64::from(days) - 1);
        let payable = days_between(payment_start, receipt_period_end) + 1;
        let payable = u32::try_from(payable).unwrap_or(u32::MAX).min(days);
        benefit.payable_days = payable;
        benefit.lost_days = days - payable;
        let last = natural_last.min(receipt_period_end);
        benefit.last_payment_date = Some(last);
        benefit.days_left = if today < payment_start {
            payable
        } else if today > last {
            0
        } else {
            u32::try_from(days_between(today, last) + 1)
                .unwrap_or(0)
                .min(payable)
        };
        if today > last {
            warnings.push(format!(
                "基本手当の支給は {last} で終わっている見込みです。"
            ));
        } else if benefit.days_left <= 30 && today >= payment_start {
            warnings.push(format!(
                "基本手当の残りは約{}日（{last} まで）です。今週から応募数を増やし、ハローワークの職業相談も使ってください。",
                benefit.days_left
            ));
        }
        if natural_last > receipt_period_end {
            warnings.push(format!(
                "受給期間が {receipt_period_end} に終わるため、所定給付日数 {days} 日のうち {} 日分は受け取れません。早く手続きしてください",
                benefit.lost_days
            ));
        }
        for (num, den, rate) in REEMPLOYMENT_RATES {
            let min_days_left = (days * num).div_ceil(den);
            let start_by =
                add_days(payment_start, i64::from(days - min_days_left)).min(receipt_period_end);
            if start_by > waiting_end {
                match rate {
                    70 => benefit.reemployment_70_until = Some(start_by),
                    60 => benefit.reemployment_60_until = Some(start_by),
                    _ => {}
                }
                benefit.reemployment.push(ReemploymentThreshold {
                    rate_percent: rate,
                    min_days_left,
                    start_by,
                });
            }
        }
        let mut certification = add_days(claim_date, CERTIFICATION_INTERVAL_DAYS);
        let last = natural_last.min(receipt_period_end);
        loop {
            benefit.certification_dates.push(certification);
            if certification >= last {
                break;
            }
            certification = add_days(certification, CERTIFICATION_INTERVAL_DAYS);
        }
    }
    if restriction_months > 0 {
        notes.push(
            "給付制限中に就職しても再就職手当は出ます。ただし最初の1か月はハローワークか許可を受けた職業紹介事業者（転職エージェント）経由の就職に限られます".to_string(),
        );
    }
    sources.push("ハローワーク「再就職手当」（REFERENCE.md §3）".to_string());
    benefit.warnings = warnings;
    benefit.notes = notes;
    benefit.sources = sources;
    benefit
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use proptest::prelude::*;

    /// A profile aged `age` on `leaving`, born on the same month and day.
    fn profile(age: i16, leaving: Date, insured: f64, reason: &str, extra: &str) -> Profile {
        let birth = date(leaving.year() - age, leaving.month(), leaving.day().min(28));
        let birth = if birth.day() == leaving.day() {
            birth
        } else {
            birth.yesterday().unwrap()
        };
        Profile::from_toml(&format!(
            "birth_date = {birth}\nleaving_date = {leaving}\ninsured_years = {insured:?}\nleaving_reason = \"{reason}\"\n{extra}"
        ))
        .unwrap()
    }

    const LEAVING: Date = date(2026, 3, 31);
    const TODAY: Date = date(2026, 4, 10);

    fn days(age: i16, insured: f64, reason: &str) -> Option<u32> {
        let b = compute(&profile(age, LEAVING, insured, reason, ""), TODAY);
        assert_eq!(b.age_at_leaving, age as u32);
        b.eligible.then_some(b.days)
    }

    /// One insured-years value inside each column of the tables.
    const COLUMN_SAMPLES: [f64; 5] = [0.5, 3.0, 7.0, 15.0, 25.0];

    #[test]
    fn every_row_of_the_specific_table() {
        for row in SPECIFIC_DAYS {
            for age in [row.age_from.max(18), row.age_to] {
                for (column, insured) in COLUMN_SAMPLES.iter().enumerate() {
                    if *insured > f64::from(age) - 15.0 {
                        continue; // cannot have worked that long (and the "–" cell)
                    }
                    assert_eq!(
                        days(age as i16, *insured, "company"),
                        row.days[column],
                        "age {age}, {insured} years"
                    );
                }
            }
        }
    }

    #[test]
    fn every_row_of_the_specific_table_by_literal_values() {
        // The table of REFERENCE.md §3 written out again, so a typo in the data is caught.
        let expected: [(i16, [Option<u32>; 5]); 5] = [
            (29, [Some(90), Some(90), Some(120), Some(180), None]),
            (34, [Some(120), Some(180), Some(210), Some(240), None]),
            (44, [Some(150), Some(240), Some(240), Some(270), Some(270)]),
            (59, [Some(180), Some(240), Some(270), Some(330), Some(330)]),
            (64, [Some(150), Some(180), Some(210), Some(240), Some(240)]),
        ];
        for (age, row) in expected {
            for (column, want) in row.iter().enumerate() {
                let insured = COLUMN_SAMPLES[column];
                if insured > f64::from(age) - 15.0 {
                    continue;
                }
                assert_eq!(
                    days(age, insured, "company"),
                    *want,
                    "age {age}, column {column}"
                );
            }
        }
        // 30–34 with 20+ years needs age ≥ 35 to be possible; check that cell at 34 via the data.
        assert_eq!(SPECIFIC_DAYS[1].days[4], Some(240));
    }

    #[test]
    fn every_row_of_the_general_table() {
        for reason in ["self", "contract_end", "retirement", "misconduct"] {
            for age in [25, 40, 64] {
                let cases = [
                    (0.5, None),
                    (3.0, Some(90)),
                    (7.0, Some(90)),
                    (15.0, Some(120)),
                    (25.0, Some(150)),
                ];
                for (insured, want) in cases {
                    if insured > f64::from(age) - 15.0 {
                        continue;
                    }
                    assert_eq!(
                        days(age, insured, reason),
                        want,
                        "{reason}, age {age}, {insured} years"
                    );
                }
            }
        }
    }

    #[test]
    fn age_boundaries_specific_10_years() {
        let cases = [
            (29, Some(180)),
            (30, Some(240)),
            (34, Some(240)),
            (35, Some(270)),
            (44, Some(270)),
            (45, Some(330)),
            (59, Some(330)),
            (60, Some(240)),
            (64, Some(240)),
            (65, None),
        ];
        for (age, want) in cases {
            assert_eq!(days(age, 10.0, "company"), want, "age {age}");
        }
        assert!(
            compute(&profile(65, LEAVING, 10.0, "self", ""), TODAY)
                .ineligible_reason
                .unwrap()
                .contains("高年齢求職者給付金")
        );
    }

    #[test]
    fn insured_boundaries() {
        let specific_45 = [
            (0.49, None),
            (0.5, Some(180)),
            (0.99, Some(180)),
            (1.0, Some(240)),
            (4.99, Some(240)),
            (5.0, Some(270)),
            (9.99, Some(270)),
            (10.0, Some(330)),
            (19.99, Some(330)),
            (20.0, Some(330)),
        ];
        for (insured, want) in specific_45 {
            assert_eq!(
                days(45, insured, "company"),
                want,
                "specific, {insured} years"
            );
        }
        let specific_30 = [
            (0.99, Some(120)),
            (1.0, Some(180)),
            (4.99, Some(180)),
            (5.0, Some(210)),
            (9.99, Some(210)),
            (10.0, Some(240)),
        ];
        for (insured, want) in specific_30 {
            assert_eq!(
                days(30, insured, "company"),
                want,
                "specific 30, {insured} years"
            );
        }
        let general = [
            (0.99, None),
            (1.0, Some(90)),
            (4.99, Some(90)),
            (5.0, Some(90)),
            (9.99, Some(90)),
            (10.0, Some(120)),
            (19.99, Some(120)),
            (20.0, Some(150)),
        ];
        for (insured, want) in general {
            assert_eq!(days(45, insured, "self"), want, "general, {insured} years");
        }
    }

    #[test]
    fn the_2017_cell() {
        let cases = [
            (30, date(2017, 3, 31), 90),
            (30, date(2017, 4, 1), 120),
            (40, date(2017, 3, 31), 90),
            (44, date(2017, 4, 1), 150),
            (45, date(2017, 3, 31), 180), // 45–59 was not changed
            (29, date(2017, 3, 31), 90),
        ];
        for (age, leaving, want) in cases {
            let b = compute(
                &profile(age, leaving, 0.5, "company", ""),
                date(2017, 4, 10),
            );
            assert_eq!(b.days, want, "age {age}, leaving {leaving}");
        }
    }

    #[test]
    fn hard_to_employ_table() {
        let cases = [
            (44, 0.5, "company", 150),
            (44, 1.0, "self", 300),
            (45, 1.0, "self", 360),
            (45, 0.5, "company", 180),
            (64, 20.0, "company", 360),
        ];
        for (age, insured, reason, want) in cases {
            let b = compute(
                &profile(age, LEAVING, insured, reason, "hard_to_employ = true"),
                TODAY,
            );
            assert_eq!(b.days, want, "age {age}, {insured} years, {reason}");
        }
        let b = compute(
            &profile(45, LEAVING, 1.0, "self", "hard_to_employ = true"),
            TODAY,
        );
        assert_eq!(b.receipt_extension_days, 60);
        assert_eq!(b.receipt_period_end, date(2027, 5, 30));
    }

    #[test]
    fn restriction_by_leaving_date_and_repeats() {
        let cases = [
            (date(2020, 9, 30), 0, "", 3),
            (date(2020, 10, 1), 0, "", 2),
            (date(2020, 10, 1), 1, "", 2),
            (date(2020, 10, 1), 2, "", 3),
            (date(2025, 3, 31), 0, "", 2),
            (date(2025, 3, 31), 2, "", 3),
            (date(2025, 4, 1), 0, "", 1),
            (date(2025, 4, 1), 2, "", 3),
            (date(2025, 4, 1), 0, "education_training = true", 0),
            (date(2025, 3, 31), 0, "education_training = true", 2),
        ];
        for (leaving, prior, extra, want) in cases {
            let p = profile(
                40,
                leaving,
                5.0,
                "self",
                &format!("prior_self_quits_5y = {prior}\n{extra}"),
            );
            let b = compute(&p, leaving.tomorrow().unwrap());
            assert_eq!(
                b.restriction_months, want,
                "leaving {leaving}, prior {prior}, {extra}"
            );
            assert_eq!(b.restriction_end.is_some(), want > 0);
        }
        for reason in ["company", "contract_end", "retirement"] {
            assert_eq!(
                compute(&profile(40, LEAVING, 5.0, reason, ""), TODAY).restriction_months,
                0,
                "{reason}"
            );
        }
        assert_eq!(
            compute(&profile(40, LEAVING, 5.0, "misconduct", ""), TODAY).restriction_months,
            3
        );
        assert_eq!(
            compute(&profile(40, LEAVING, 5.0, "contract_end", ""), TODAY).category,
            Category::General
        );
        assert_eq!(
            compute(&profile(40, LEAVING, 5.0, "company", ""), TODAY).category,
            Category::Specific
        );
    }

    #[test]
    fn receipt_period_end() {
        let cases = [
            (date(2025, 3, 31), 10.0, "self", date(2026, 3, 31)),
            (date(2025, 3, 31), 10.0, "company", date(2026, 4, 30)), // 45 → 330 days: +30
            (date(2024, 2, 28), 5.0, "self", date(2025, 2, 28)),
            (date(2024, 2, 29), 5.0, "self", date(2025, 2, 28)),
            (date(2023, 2, 28), 5.0, "self", date(2024, 2, 29)),
            (date(2025, 12, 31), 5.0, "self", date(2026, 12, 31)),
        ];
        for (leaving, insured, reason, want) in cases {
            let b = compute(
                &profile(45, leaving, insured, reason, ""),
                leaving.tomorrow().unwrap(),
            );
            assert_eq!(b.receipt_period_end, want, "leaving {leaving}, {reason}");
        }
    }

    #[test]
    fn calendar_for_a_self_quit() {
        let p = profile(
            40,
            date(2025, 3, 31),
            3.0,
            "self",
            "claim_date = 2025-04-10",
        );
        let b = compute(&p, date(2026, 1, 1));
        assert!(!b.claim_date_assumed);
        assert_eq!(b.days, 90);
        assert_eq!(b.waiting_end, Some(date(2025, 4, 16)));
        assert_eq!(b.restriction_months, 2);
        assert_eq!(b.restriction_end, Some(date(2025, 6, 16)));
        assert_eq!(b.payment_start, Some(date(2025, 6, 17)));
        assert_eq!(b.last_payment_date, Some(date(2025, 9, 14)));
        assert_eq!((b.payable_days, b.lost_days), (90, 0));
        assert_eq!(b.days_left, 0); // today (2026-01-01) is after the last day
        assert!(b.warnings.iter().any(|w| w.contains("終わっている")));
        let on = |today| compute(&p, today).days_left;
        assert_eq!(on(date(2025, 4, 20)), 90);
        assert_eq!(on(date(2025, 6, 17)), 90);
        assert_eq!(on(date(2025, 9, 14)), 1);
        assert_eq!(on(date(2025, 9, 1)), 14);
        assert!(
            compute(&p, date(2025, 9, 1))
                .warnings
                .iter()
                .any(|w| w.contains("残りは約14日"))
        );
        assert!(compute(&p, date(2025, 6, 20)).warnings.is_empty());
        let thresholds: Vec<(u32, u32, Date)> = b
            .reemployment
            .iter()
            .map(|r| (r.rate_percent, r.min_days_left, r.start_by))
            .collect();
        assert_eq!(b.reemployment_70_until, Some(date(2025, 7, 17)));
        assert_eq!(b.reemployment_60_until, Some(date(2025, 8, 16)));
        assert_eq!(
            thresholds,
            [(70, 60, date(2025, 7, 17)), (60, 30, date(2025, 8, 16))]
        );
        assert_eq!(b.certification_dates.first(), Some(&date(2025, 5, 8)));
        assert!(*b.certification_dates.last().unwrap() >= date(2025, 9, 14));
    }

    #[test]
    fn late_claim_loses_days_with_a_warning() {
        let p = profile(
            40,
            date(2025, 3, 31),
            3.0,
            "self",
            "claim_date = 2026-01-10",
        );
        let b = compute(&p, date(2026, 1, 10));
        assert_eq!(b.payment_start, Some(date(2026, 3, 17)));
        assert_eq!(b.last_payment_date, Some(date(2026, 3, 31)));
        assert_eq!((b.payable_days, b.lost_days), (15, 75));
        assert!(
            b.warnings
                .iter()
                .any(|w| w.contains("75 日分は受け取れません"))
        );

        let p = profile(
            40,
            date(2025, 3, 31),
            3.0,
            "self",
            "claim_date = 2026-03-01",
        );
        let b = compute(&p, date(2026, 3, 1));
        assert_eq!(b.last_payment_date, None);
        assert_eq!(b.lost_days, 90);
        assert!(!b.warnings.is_empty());
    }

    #[test]
    fn claim_defaults_to_today_but_not_before_leaving() {
        let p = profile(40, date(2026, 12, 31), 3.0, "company", "");
        let b = compute(&p, date(2026, 11, 21));
        assert!(b.claim_date_assumed);
        assert_eq!(b.claim_date, date(2027, 1, 1));
        let b = compute(&p, date(2027, 1, 20));
        assert_eq!(b.claim_date, date(2027, 1, 20));
    }

    fn any_profile() -> impl Strategy<Value = (Profile, Date)> {
        (
            1955i16..2008,
            1u8..=12,
            1u8..=28,
            0u32..(365 * 13),
            0.0f64..45.0,
            0usize..5,
            0u32..4,
            1i64..60,
            any::<bool>(),
            any::<bool>(),
        )
            .prop_filter_map(
                "valid profile",
                |(by, bm, bd, leaving_offset, insured, reason, prior, claim_offset, hard, training)| {
                    let birth = date(by, bm as i8, bd as i8);
                    let leaving = date(2015, 1, 1).checked_add((leaving_offset as i64).days()).ok()?;
                    let age = super::super::profile::age_on(birth, leaving);
                    if age < 15 || insured > f64::from(age) - 15.0 {
                        return None;
                    }
                    let claim = leaving.checked_add(claim_offset.days()).ok()?;
                    let reason = ["self", "company", "contract_end", "retirement", "misconduct"][reason];
                    let text = format!(
                        "birth_date = {birth}\nleaving_date = {leaving}\ninsured_years = {insured:?}\nleaving_reason = \"{reason}\"\n\
                         claim_date = {claim}\nprior_self_quits_5y = {prior}\nhard_to_employ = {hard}\neducation_training = {training}\n"
                    );
                    Some((Profile::from_toml(&text).ok()?, claim))
                },
            )
    }

    proptest! {
        #[test]
        fn dates_are_ordered((profile, today) in any_profile()) {
            let b = compute(&profile, today);
            if b.eligible {
                let waiting = b.waiting_end.unwrap();
                let last = b.last_payment_date.expect("a claim within 60 days of leaving is always paid");
                prop_assert!(b.claim_date < waiting);
                if let Some(restriction) = b.restriction_end {
                    prop_assert!(waiting < restriction);
                    prop_assert!(restriction < last);
                } else {
                    prop_assert!(waiting < last);
                }
                prop_assert!(last <= b.receipt_period_end);
                prop_assert_eq!(b.payable_days + b.lost_days, b.days);
                prop_assert!([90, 120, 150, 180, 210, 240, 270, 300, 330, 360].contains(&b.days));
                for r in &b.reemployment {
                    prop_assert!(waiting < r.start_by && r.start_by <= b.receipt_period_end);
                }
            } else {
                prop_assert_eq!(b.days, 0);
                prop_assert!(b.ineligible_reason.is_some());
            }
            prop_assert!(b.leaving_date < b.receipt_period_end);
        }
    }
}
