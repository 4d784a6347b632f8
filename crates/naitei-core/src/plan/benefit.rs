//! The 基本手当 calendar: eligibility, 所定給付日数, 待期, 給付制限, 受給期間, the last day paid, the
//! 再就職手当 thresholds and the amounts in yen. All rules come from the tables in [`super::data`]; every age
//! that decides a rule is counted as the law counts it ([`super::profile::legal_age_on`]).

use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

use super::data::{
    BASIC_ALLOWANCE_MAX_AGE, CERTIFICATION_INTERVAL_DAYS, EXTENSION_RETIREMENT_MIN_AGE,
    EXTENSION_RETIREMENT_YEARS, EXTENSION_UNABLE_TO_WORK_YEARS, GENERAL_DAYS, HARD_TO_EMPLOY_DAYS,
    JOB_SEARCH_ACTIVITIES_PER_PERIOD, MIN_INSURED_YEARS_GENERAL, MIN_INSURED_YEARS_SPECIFIC,
    MISCONDUCT_RESTRICTION_MONTHS, RECEIPT_PERIOD_EXTENSIONS, REEMPLOYMENT_RATES,
    RENEWAL_REFUSED_MEASURE, SELF_QUIT_RESTRICTION, SENIOR_LUMP_SUM_DAYS, SOURCE_BENEFIT_DAYS,
    SOURCE_REEMPLOYMENT, SOURCE_SENIOR_LUMP_SUM, SPECIFIC_BEFORE_2017, SPECIFIC_DAYS, WAGE_TABLES,
    WAITING_DAYS, WageTable, insured_column,
};
use super::profile::{LeavingReason, Profile};
use super::salary::yen_text;

/// Which table gave the 所定給付日数: the 一般 table or the 特定受給資格者 table (which 特定理由離職者 refused a
/// renewal also use while the temporary measure is in force).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// 一般の離職者 (自己都合・契約満了・定年・重責解雇)
    General,
    /// 特定受給資格者 (倒産・解雇など会社都合) and 一部の特定理由離職者
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

/// What the seeker can receive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BenefitKind {
    /// 基本手当, paid day by day after each 失業の認定.
    BasicAllowance,
    /// 高年齢求職者給付金 (65 or older at leaving): a lump sum of 30 or 50 days.
    SeniorLumpSum,
    /// Nothing (not enough insured time).
    None,
}

/// The latest job start date (就職日) that still earns 再就職手当 at `rate_percent`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReemploymentThreshold {
    pub rate_percent: u32,
    /// Days of the 所定給付日数 that must still be left the day before the job starts.
    pub min_days_left: u32,
    /// Start the new job on or before this date.
    pub start_by: Date,
    /// 支給残日数 on that date (only days still payable before the 受給期間 ends count).
    pub days_left_at_deadline: u32,
    /// 再就職手当 in yen for a job starting on `start_by` (needs the wages in the profile).
    pub amount_at_deadline: Option<u64>,
}

/// The amounts in yen, estimated from the wages in the profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Amounts {
    /// 賃金日額 before the floor and cap: the last 6 months' wages ÷ 180.
    pub wage_daily_raw: u64,
    /// 賃金日額 after the floor and the cap of the age band.
    pub wage_daily: u64,
    /// 基本手当日額.
    pub daily: u64,
    /// The share of the 賃金日額 paid, in percent (45–80).
    pub rate_percent: f64,
    pub wage_floor: u32,
    pub wage_cap: u32,
    /// 基本手当日額 floor and cap for the age band.
    pub daily_floor: u64,
    pub daily_cap: u64,
    /// The days paid (`payable_days`, or the lump sum days) × `daily`.
    pub total: u64,
    /// The daily amount 再就職手当 is computed on (capped); `None` for the lump sum.
    pub reemployment_daily: Option<u64>,
    pub reemployment_daily_cap: Option<u32>,
    /// 再就職手当 when the job starts the day after the 待期 (the most it can be).
    pub reemployment_max: Option<u64>,
    /// First leaving date of the table used.
    pub table_from: Date,
    pub table_source: String,
    /// How Hello Work computes the figure and why this is an estimate.
    pub explanation: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Benefit {
    pub eligible: bool,
    pub kind: BenefitKind,
    pub category: Category,
    /// 特定理由離職者 (雇止め with a renewal wish, or a self-quit with a 正当な理由).
    pub specific_reason: bool,
    /// How Hello Work would classify the seeker, in words.
    pub category_label: String,
    pub hard_to_employ: bool,
    pub leaving_reason: LeavingReason,
    pub leaving_date: Date,
    /// Age at leaving as the law counts it (reached on the day before the birthday).
    pub age_at_leaving: u32,
    pub insured_years: f64,
    /// 所定給付日数 (0 when not eligible); for the lump sum, its days (30 or 50).
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
    /// `payment_start` (the money for it arrives after the final 失業の認定). `None` for the lump sum.
    pub last_payment_date: Option<Date>,
    /// Days that fit in the 受給期間 from `payment_start`; `lost_days` do not.
    pub payable_days: u32,
    pub lost_days: u32,
    /// Days still to be paid counted from the plan's "today" (drawing without a break): all payable
    /// days before `payment_start`, none after `last_payment_date`.
    pub days_left: u32,
    /// 再就職手当 at 70% (≥ 2/3 of the days left) and 60% (≥ 1/3 left); empty when none is possible.
    pub reemployment: Vec<ReemploymentThreshold>,
    /// The same dates as `reemployment`, flat: latest job start for 70% and for 60%.
    pub reemployment_70_until: Option<Date>,
    pub reemployment_60_until: Option<Date>,
    /// Approximate 失業認定日 (every 4 weeks from the claim; Hello Work sets the real dates).
    pub certification_dates: Vec<Date>,
    /// 求職活動実績 needed in each period between two 失業認定日.
    pub job_search_activities_per_period: u32,
    /// Amounts in yen; `None` without wages in the profile.
    pub amounts: Option<Amounts>,
    /// 受給期間延長 that applies to this seeker, in words.
    pub extension: Option<String>,
    pub ineligible_reason: Option<String>,
    pub warnings: Vec<String>,
    pub notes: Vec<String>,
    /// Sources as a seeker reads them (publisher, title, date).
    pub sources: Vec<String>,
    /// The section of the project's reference notes behind every figure here, for the CLI's JSON and
    /// maintainers; never shown to a seeker.
    pub reference: &'static str,
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

/// Days from `from` to `to`, both included; 0 when `to` is before `from`.
fn days_inclusive(from: Date, to: Date) -> u32 {
    u32::try_from(days_between(from, to) + 1).unwrap_or(0)
}

/// Whether the seeker is a 特定理由離職者.
pub fn is_specific_reason(profile: &Profile) -> bool {
    (profile.leaving_reason == LeavingReason::ContractEnd && profile.renewal_wanted)
        || (profile.leaving_reason == LeavingReason::SelfQuit && profile.just_cause.is_some())
}

/// The table the days come from.
pub fn category_of(profile: &Profile) -> Category {
    let (from, until) = RENEWAL_REFUSED_MEASURE;
    let renewal_refused_in_measure = profile.leaving_reason == LeavingReason::ContractEnd
        && profile.renewal_wanted
        && (from..=until).contains(&profile.leaving_date);
    if profile.leaving_reason == LeavingReason::Company || renewal_refused_in_measure {
        Category::Specific
    } else {
        Category::General
    }
}

/// 所定給付日数 of 基本手当 from the tables for an eligible seeker under 65 (eligibility is checked by
/// the caller).
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
            let earlier = SPECIFIC_BEFORE_2017.iter().find(|o| {
                o.column == column
                    && (o.age_from..=o.age_to).contains(&age)
                    && leaving_date <= o.leaving_until
            });
            match earlier {
                Some(o) => Some(o.days),
                // The "–" cell (under 30 with 20+ years) cannot occur for a valid profile; use the
                // 10–20 years cell so an odd input still gets the closest answer.
                None => row.days[column].or(row.days[column.saturating_sub(1)]),
            }
        }
    }?;
    if !hard_to_employ {
        return Some(base);
    }
    // 就職困難者 have their own table (雇用保険法 第22条第2項); its days are never shorter than the specific
    // ones, so the longer of the two is the 就職困難者 cell.
    let (_, _, short, long) = HARD_TO_EMPLOY_DAYS
        .iter()
        .find(|(from, to, _, _)| (*from..=*to).contains(&age))?;
    let hard = if column == 0 { *short } else { *long };
    Some(base.max(hard))
}

/// 給付制限 in months, the source of the rule and a note.
pub fn restriction(profile: &Profile) -> (u32, Option<&'static str>, Option<String>) {
    match profile.leaving_reason {
        LeavingReason::SelfQuit if profile.just_cause.is_some() => (
            0,
            None,
            Some("正当な理由のある自己都合退職（特定理由離職者）のため、給付制限はありません。離職票の離職理由とハローワークの判断で決まります".to_string()),
        ),
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
                    "過去5年で{}回目の自己都合退職（受給手続きをしたもの）のため、給付制限は{}か月です",
                    profile.prior_self_quits_5y.saturating_add(1),
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

/// The wage table in force on `leaving` (the oldest one for earlier dates) and whether it really
/// covers that date.
fn wage_table(leaving: Date) -> (&'static WageTable, bool) {
    match WAGE_TABLES.iter().rev().find(|t| t.from <= leaving) {
        Some(t) => (t, true),
        None => (&WAGE_TABLES[0], false),
    }
}

/// 基本手当日額 from a 賃金日額 already clamped to the floor and cap (雇用保険法 第16条, 施行規則 第28条の3:
/// 80% at the bottom falling to 50% — 45% at 60–64 — at the top; fractions of a yen cut off).
pub fn daily_amount(table: &WageTable, age: u32, wage_daily: u64) -> u64 {
    let w = u128::from(wage_daily);
    let low = u128::from(table.rate80_below);
    let senior = (60..=64).contains(&age);
    let high = u128::from(if senior {
        table.rate45_above
    } else {
        table.rate50_above
    });
    let y = if w < low {
        w * 8 / 10
    } else if w > high {
        if senior { w * 45 / 100 } else { w / 2 }
    } else if senior {
        // y = 0.8w − 0.35{(w − low)/(high − low)}w, or 0.05w + offset, whichever is lower.
        let span = high - low;
        let a = (16 * w * span - 7 * (w - low) * w) / (20 * span);
        let b = w / 20 + u128::from(table.senior_offset);
        a.min(b)
    } else {
        // y = 0.8w − 0.3{(w − low)/(high − low)}w
        let span = high - low;
        (8 * w * span - 3 * (w - low) * w) / (10 * span)
    };
    u64::try_from(y).unwrap_or(u64::MAX)
}

fn amounts(profile: &Profile, benefit: &Benefit) -> Option<Amounts> {
    let wages = u64::try_from(profile.wages_6m?).ok()?;
    let age = benefit.age_at_leaving;
    let (table, covers) = wage_table(benefit.leaving_date);
    // 65 and over (高年齢求職者給付金) use the under-30 cap.
    let band_age = if age > BASIC_ALLOWANCE_MAX_AGE {
        0
    } else {
        age
    };
    let wage_cap = table
        .wage_caps
        .iter()
        .find(|(from, to, _)| (*from..=*to).contains(&band_age))
        .map_or(table.wage_caps[0].2, |(_, _, cap)| *cap);
    let wage_daily_raw = wages / 180;
    let wage_daily = wage_daily_raw.clamp(u64::from(table.wage_floor), u64::from(wage_cap));
    let daily = daily_amount(table, band_age, wage_daily);
    let daily_floor = daily_amount(table, band_age, u64::from(table.wage_floor));
    let daily_cap = daily_amount(table, band_age, u64::from(wage_cap));
    let paid_days = u64::from(benefit.payable_days);
    let basic = benefit.kind == BenefitKind::BasicAllowance;
    let reemployment_daily_cap = basic.then(|| {
        if (60..=64).contains(&age) {
            table.reemployment_caps.1
        } else {
            table.reemployment_caps.0
        }
    });
    let reemployment_daily = reemployment_daily_cap.map(|cap| daily.min(u64::from(cap)));
    let mut explanation = vec![
        format!(
            "賃金日額 = 離職前6か月の賃金 {}（賞与を除く）÷ 180 = {}（下限 {}・上限 {}）",
            yen_text(i64::try_from(wages).unwrap_or(i64::MAX)),
            yen_text(i64::try_from(wage_daily_raw).unwrap_or(i64::MAX)),
            yen_text(i64::from(table.wage_floor)),
            yen_text(i64::from(wage_cap))
        ),
        "基本手当日額 = 賃金日額 × 給付率。給付率は賃金日額が低いほど高く、80%から50%（60〜64歳は45%）まで下がります（1円未満切り捨て）".to_string(),
        "これは目安です。ハローワークは離職票の賃金（残業代・手当を含み、賞与を除く）で計算し、受給資格者証に記載します。毎年8月1日に上限・下限額が改定されます".to_string(),
    ];
    if !covers {
        explanation.push(format!(
            "離職日が {} より前ですが、それ以前の額の表は入っていないため、{} からの額で計算しました。実際の額とは違います",
            table.from, table.from
        ));
    } else if WAGE_TABLES
        .last()
        .is_some_and(|last| std::ptr::eq(last, table))
        && benefit.leaving_date >= add_months(table.from, 12)
    {
        explanation.push(format!(
            "{} 以降の改定額は入っていないため、{} からの額で計算しました",
            add_months(table.from, 12),
            table.from
        ));
    }
    let reemployment_max = reemployment_daily.and_then(|d| {
        let left = benefit.payable_days;
        let rate = REEMPLOYMENT_RATES
            .iter()
            .find(|(num, den, _)| {
                u64::from(left) * u64::from(*den) >= u64::from(benefit.days) * u64::from(*num)
            })
            .map(|(_, _, rate)| *rate)?;
        Some(u64::from(left) * u64::from(rate) * d / 100)
    });
    Some(Amounts {
        wage_daily_raw,
        wage_daily,
        daily,
        rate_percent: if wage_daily == 0 {
            0.0
        } else {
            (daily as f64 / wage_daily as f64 * 1000.0).round() / 10.0
        },
        wage_floor: table.wage_floor,
        wage_cap,
        daily_floor,
        daily_cap,
        total: paid_days.saturating_mul(daily),
        reemployment_daily,
        reemployment_daily_cap,
        reemployment_max,
        table_from: table.from,
        table_source: table.source.to_string(),
        explanation,
    })
}

/// Builds the calendar. `today` is used as the claim date when the profile has none (but never
/// before the day after leaving).
pub fn compute(profile: &Profile, today: Date) -> Benefit {
    let category = category_of(profile);
    let specific_reason = is_specific_reason(profile);
    let age = profile.legal_age_on(profile.leaving_date);
    let senior = age > BASIC_ALLOWANCE_MAX_AGE;
    let leaving = profile.leaving_date;
    let day_after_leaving = add_days(leaving, 1);
    let (claim_date, claim_date_assumed) = match profile.claim_date {
        Some(claim) => (claim, false),
        None => (today.max(day_after_leaving), true),
    };

    let mut warnings = Vec::new();
    let mut notes = Vec::new();
    let mut sources = vec![SOURCE_BENEFIT_DAYS.to_string()];

    let short_requirement =
        senior || profile.leaving_reason == LeavingReason::Company || specific_reason;
    let min_years = if short_requirement {
        MIN_INSURED_YEARS_SPECIFIC
    } else {
        MIN_INSURED_YEARS_GENERAL
    };
    let category_label = if senior {
        "高年齢受給資格者（65歳以上）".to_string()
    } else {
        match (category, specific_reason, profile.hard_to_employ) {
            (_, _, true) => "就職困難者".to_string(),
            (Category::Specific, false, _) => "特定受給資格者".to_string(),
            (_, true, _) => "特定理由離職者".to_string(),
            (Category::General, false, _) => "一般の離職者".to_string(),
        }
    };
    let ineligible_reason = if profile.insured_years < min_years {
        Some(if short_requirement {
            format!(
                "被保険者期間 {} 年は受給要件（離職前1年間に6か月）に足りません",
                profile.insured_years
            )
        } else {
            format!(
                "被保険者期間 {} 年は受給要件（離職前2年間に12か月）に足りません。会社都合や正当な理由のある退職なら6か月で足ります",
                profile.insured_years
            )
        })
    } else {
        None
    };
    let days = if ineligible_reason.is_some() {
        None
    } else if senior {
        Some(if profile.insured_years < 1.0 {
            SENIOR_LUMP_SUM_DAYS.0
        } else {
            SENIOR_LUMP_SUM_DAYS.1
        })
    } else {
        entitled_days(
            category,
            age,
            profile.insured_years,
            leaving,
            profile.hard_to_employ,
        )
    };
    let eligible = days.is_some();
    let kind = match (eligible, senior) {
        (false, _) => BenefitKind::None,
        (true, true) => BenefitKind::SeniorLumpSum,
        (true, false) => BenefitKind::BasicAllowance,
    };
    let days = days.unwrap_or(0);
    if senior {
        notes.push(format!(
            "離職日に{age}歳（年齢は誕生日の前日に加わります）のため、基本手当ではなく高年齢求職者給付金（基本手当日額の{}日分または{}日分の一時金）の対象です",
            SENIOR_LUMP_SUM_DAYS.0, SENIOR_LUMP_SUM_DAYS.1
        ));
        sources.push(SOURCE_SENIOR_LUMP_SUM.to_string());
    }
    if profile.leaving_reason == LeavingReason::ContractEnd && profile.renewal_wanted {
        let (_, until) = RENEWAL_REFUSED_MEASURE;
        notes.push(if category == Category::Specific {
            format!(
                "契約更新を希望したのに更新されなかった特定理由離職者として、特定受給資格者と同じ日数で計算しました（{until} までの離職に限る暫定措置）"
            )
        } else {
            format!(
                "契約更新を希望した特定理由離職者ですが、離職日が暫定措置（{until} までの離職）の期間外のため、一般の離職者の日数で計算しました"
            )
        });
    }
    if let Some(cause) = profile.just_cause {
        notes.push(format!(
            "正当な理由（{}）のある自己都合退職は特定理由離職者です。受給要件は離職前1年間に6か月、日数は一般の離職者と同じです",
            cause.label()
        ));
    }

    // 受給期間: one year from the day after leaving (its last day is the same date a year after
    // leaving, clamped for 29 February), longer for the 330- and 360-day cases.
    let receipt_extension_days = if kind == BenefitKind::BasicAllowance {
        RECEIPT_PERIOD_EXTENSIONS
            .iter()
            .find(|(d, _)| *d == days)
            .map_or(0, |(_, extra)| *extra)
    } else {
        0
    };
    let one_year_end = period_end(day_after_leaving, 12);
    let receipt_period_end = add_days(one_year_end, receipt_extension_days);

    let extension = if let Some(cause) = profile.just_cause.filter(|c| c.allows_extension()) {
        Some(format!(
            "{}ですぐに働けない期間が30日以上続く場合は、申し出れば受給期間を最長{}年延ばせます（働けるようになってから受給できます）",
            cause.label(),
            EXTENSION_UNABLE_TO_WORK_YEARS
        ))
    } else if profile.leaving_reason == LeavingReason::Retirement
        && age >= EXTENSION_RETIREMENT_MIN_AGE
        && !senior
    {
        Some(format!(
            "60歳以上の定年退職でしばらく休んでから求職する場合は、離職日の翌日から2か月以内に申し出れば受給期間を最長{}年延ばせます",
            EXTENSION_RETIREMENT_YEARS
        ))
    } else if eligible {
        Some(format!(
            "病気・けが、妊娠・出産・育児、介護などで30日以上働けなくなったときは、申し出れば受給期間を最長{}年延ばせます",
            EXTENSION_UNABLE_TO_WORK_YEARS
        ))
    } else {
        None
    };

    let (restriction_months, restriction_source, restriction_note) = if eligible {
        restriction(profile)
    } else {
        (0, None, None)
    };
    if let Some(source) = restriction_source {
        sources.push(source.to_string());
    }
    notes.extend(restriction_note);

    let mut benefit = Benefit {
        eligible,
        kind,
        category,
        specific_reason,
        category_label,
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
        job_search_activities_per_period: JOB_SEARCH_ACTIVITIES_PER_PERIOD,
        amounts: None,
        extension,
        ineligible_reason,
        warnings: Vec::new(),
        notes: Vec::new(),
        sources: Vec::new(),
        reference: "REFERENCE.md §3",
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
            "受給手続きの日が未指定のため、{claim_date} に手続きすると仮定しました"
        ));
    }
    if payment_start > receipt_period_end {
        warnings.push(format!(
            "受給期間が {receipt_period_end} に終わるため、{claim_date} の手続きでは1日分も受け取れません"
        ));
        benefit.lost_days = days;
    } else if kind == BenefitKind::SeniorLumpSum {
        // The lump sum is cut to the days from the 認定 to the end of the 受給期間 when fewer remain
        // (雇用保険法 第37条の4第3項); the 認定 is taken as the first day after 待期 and 給付制限.
        let payable = days_inclusive(payment_start, receipt_period_end).min(days);
        benefit.payable_days = payable;
        benefit.lost_days = days - payable;
        benefit.days_left = if today <= payment_start { payable } else { 0 };
        benefit.certification_dates = vec![payment_start];
        if benefit.lost_days > 0 {
            warnings.push(format!(
                "受給期間が {receipt_period_end} に終わるため、一時金は{payable}日分に減ります。早く手続きしてください"
            ));
        }
    } else {
        let natural_last = add_days(payment_start, i64::from(days) - 1);
        let payable = days_inclusive(payment_start, receipt_period_end).min(days);
        benefit.payable_days = payable;
        benefit.lost_days = days - payable;
        let last = natural_last.min(receipt_period_end);
        benefit.last_payment_date = Some(last);
        benefit.days_left = if today < payment_start {
            payable
        } else if today > last {
            0
        } else {
            days_inclusive(today, last).min(payable)
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
        // 支給残日数 on a job start day S (drawing without a break until S − 1) counts only the days
        // still payable before the 受給期間 ends: min(days − days drawn, days from S to its end).
        for (num, den, rate) in REEMPLOYMENT_RATES {
            let min_days_left = (days * num).div_ceil(den);
            if payable < min_days_left {
                continue;
            }
            let by_drawing = add_days(payment_start, i64::from(days - min_days_left));
            let by_period = add_days(receipt_period_end, 1 - i64::from(min_days_left));
            let start_by = by_drawing.min(by_period);
            if start_by <= waiting_end {
                continue;
            }
            let drawn = if start_by > payment_start {
                days_inclusive(payment_start, add_days(start_by, -1))
            } else {
                0
            };
            let days_left_at_deadline = (days - drawn.min(days)).min(days_inclusive(
                start_by.max(payment_start),
                receipt_period_end,
            ));
            match rate {
                70 => benefit.reemployment_70_until = Some(start_by),
                60 => benefit.reemployment_60_until = Some(start_by),
                _ => {}
            }
            benefit.reemployment.push(ReemploymentThreshold {
                rate_percent: rate,
                min_days_left,
                start_by,
                days_left_at_deadline,
                amount_at_deadline: None,
            });
        }
        if benefit.reemployment.is_empty() {
            notes.push(format!(
                "受給期間の終わりまでに支給できる日数が所定給付日数の3分の1（{}日）に届かないため、再就職手当は受けられません",
                days.div_ceil(3)
            ));
        }
        let mut certification = add_days(claim_date, CERTIFICATION_INTERVAL_DAYS);
        // Bounded: a 受給期間 lasts at most 14 months, so at most about 16 dates.
        for _ in 0..32 {
            benefit.certification_dates.push(certification);
            if certification >= last {
                break;
            }
            certification = add_days(certification, CERTIFICATION_INTERVAL_DAYS);
        }
        if restriction_months > 0 {
            notes.push(
                "給付制限中に就職しても再就職手当は出ます。ただし最初の1か月はハローワークか許可を受けた職業紹介事業者（転職エージェント）経由の就職に限られます".to_string(),
            );
        }
        sources.push(SOURCE_REEMPLOYMENT.to_string());
    }
    notes.push(format!(
        "失業の認定はおよそ4週間ごとです。認定日までの各期間に求職活動の実績が{}回以上必要です（応募、職業相談、セミナー参加など）",
        JOB_SEARCH_ACTIVITIES_PER_PERIOD
    ));
    benefit.amounts = amounts(profile, &benefit);
    if let Some(a) = &benefit.amounts {
        if let Some(daily) = a.reemployment_daily {
            for r in &mut benefit.reemployment {
                r.amount_at_deadline = Some(
                    u64::from(r.days_left_at_deadline) * u64::from(r.rate_percent) * daily / 100,
                );
            }
        }
        sources.push(a.table_source.clone());
    }
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
            (34, [Some(90), Some(120), Some(180), Some(210), None]),
            (44, [Some(90), Some(150), Some(180), Some(240), Some(270)]),
            (59, [Some(90), Some(180), Some(240), Some(270), Some(330)]),
            (64, [Some(90), Some(150), Some(180), Some(210), Some(240)]),
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
            (30, Some(210)),
            (34, Some(210)),
            (35, Some(240)),
            (44, Some(240)),
            (45, Some(270)),
            (59, Some(270)),
            (60, Some(210)),
            (64, Some(210)),
            (65, Some(50)), // 高年齢求職者給付金 (lump sum of 50 days)
        ];
        for (age, want) in cases {
            assert_eq!(days(age, 10.0, "company"), want, "age {age}");
        }
        let senior = compute(&profile(65, LEAVING, 10.0, "self", ""), TODAY);
        assert_eq!(senior.kind, BenefitKind::SeniorLumpSum);
        assert!(
            senior
                .notes
                .iter()
                .any(|n| n.contains("高年齢求職者給付金"))
        );
        assert!(senior.reemployment.is_empty());
    }

    #[test]
    fn insured_boundaries() {
        let specific_45 = [
            (0.49, None),
            (0.5, Some(90)),
            (0.99, Some(90)),
            (1.0, Some(180)),
            (4.99, Some(180)),
            (5.0, Some(240)),
            (9.99, Some(240)),
            (10.0, Some(270)),
            (19.99, Some(270)),
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
            (0.99, Some(90)),
            (1.0, Some(120)),
            (4.99, Some(120)),
            (5.0, Some(180)),
            (9.99, Some(180)),
            (10.0, Some(210)),
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
                &profile(age, leaving, 3.0, "company", ""),
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
            (45, 0.5, "company", 150),
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
            (date(2025, 3, 31), 10.0, "company", date(2026, 3, 31)), // 45, 10 y → 270 days
            (date(2025, 3, 31), 20.0, "company", date(2026, 4, 30)), // 45, 20 y → 330 days: +30
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
        // 15 payable days are under a third of 90: no 再就職手当 at all.
        assert!(b.reemployment.is_empty());
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

    /// 基本手当日額 worked by hand from the 2025-08-01 formula (see `data::WAGE_TABLES`).
    #[test]
    fn daily_amount_by_hand() {
        let t = &WAGE_TABLES[0];
        // 80% band.
        assert_eq!(daily_amount(t, 40, 5_000), 4_000);
        // Mid band: 0.8 × 10,000 − 0.3 × (4,660 / 7,800) × 10,000 = 6,207.69 → 6,207.
        assert_eq!(daily_amount(t, 40, 10_000), 6_207);
        // 60–64: 0.8w − 0.35 × (4,660 / 6,460)w = 5,475.2; 0.05w + 4,720 = 5,220 is lower.
        assert_eq!(daily_amount(t, 62, 10_000), 5_220);
        // Above the thresholds: 50% and 45%.
        assert_eq!(daily_amount(t, 40, 14_000), 7_000);
        assert_eq!(daily_amount(t, 62, 13_000), 5_850);
        // The thresholds meet: 50% of 13,140 and 45% of 11,800 are the 再就職手当 caps of REFERENCE.
        assert_eq!(daily_amount(t, 40, 13_140), 6_570);
        assert_eq!(daily_amount(t, 62, 11_800), 5_310);
        // Caps and floor of REFERENCE §3.
        assert_eq!(daily_amount(t, 25, 14_510), 7_255);
        assert_eq!(daily_amount(t, 40, 16_110), 8_055);
        assert_eq!(daily_amount(t, 50, 17_740), 8_870);
        assert_eq!(daily_amount(t, 62, 16_940), 7_623);
        assert_eq!(daily_amount(t, 40, 3_014), 2_411);
    }

    #[test]
    fn amounts_in_yen() {
        let p = profile(
            40,
            date(2025, 9, 30),
            3.0,
            "self",
            "claim_date = 2025-10-01\nwages_6m = 1800000",
        );
        let b = compute(&p, date(2025, 10, 1));
        let a = b.amounts.as_ref().unwrap();
        assert_eq!((a.wage_daily, a.daily), (10_000, 6_207));
        assert_eq!(a.total, 90 * 6_207);
        assert_eq!(a.reemployment_daily, Some(6_207));
        // 70%: 60 days left at the deadline → 60 × 0.7 × 6,207 = 260,694.
        let r70 = &b.reemployment[0];
        assert_eq!((r70.rate_percent, r70.days_left_at_deadline), (70, 60));
        assert_eq!(r70.amount_at_deadline, Some(260_694));
        assert_eq!(a.reemployment_max, Some(90 * 7 * 6_207 / 10));
        assert!(a.explanation.iter().any(|e| e.contains("目安")));

        // High wages: capped, and 再就職手当 uses its own lower cap.
        let p = profile(
            50,
            date(2025, 9, 30),
            25.0,
            "company",
            "claim_date = 2025-10-01\nmonthly_wage = 600000",
        );
        let a = compute(&p, date(2025, 10, 1)).amounts.unwrap();
        assert_eq!((a.wage_daily, a.daily), (17_740, 8_870));
        assert_eq!(a.reemployment_daily, Some(6_570));
        assert_eq!(a.total, 330 * 8_870);

        // Low wages: the floor.
        let p = profile(
            25,
            date(2025, 9, 30),
            3.0,
            "company",
            "claim_date = 2025-10-01\nmonthly_wage = 50000",
        );
        let a = compute(&p, date(2025, 10, 1)).amounts.unwrap();
        assert_eq!(
            (a.wage_daily_raw, a.wage_daily, a.daily),
            (1_666, 3_014, 2_411)
        );

        // 65+: the lump sum with the under-30 cap; no 再就職手当.
        let p = profile(
            66,
            date(2025, 9, 30),
            10.0,
            "retirement",
            "claim_date = 2025-10-01\nmonthly_wage = 600000",
        );
        let b = compute(&p, date(2025, 10, 1));
        let a = b.amounts.unwrap();
        assert_eq!((b.kind, b.days), (BenefitKind::SeniorLumpSum, 50));
        assert_eq!(
            (a.daily, a.total, a.reemployment_daily),
            (7_255, 50 * 7_255, None)
        );

        // A leaving date before the first table says so.
        let p = profile(40, date(2025, 3, 31), 3.0, "self", "monthly_wage = 300000");
        let a = compute(&p, date(2025, 4, 1)).amounts.unwrap();
        assert!(
            a.explanation
                .iter()
                .any(|e| e.contains("実際の額とは違います"))
        );
    }

    #[test]
    fn extension_is_explained_where_it_applies() {
        let p = profile(40, LEAVING, 3.0, "self", "just_cause = \"illness\"");
        assert!(compute(&p, TODAY).extension.unwrap().contains("最長3年"));
        let p = profile(60, LEAVING, 30.0, "retirement", "");
        assert!(compute(&p, TODAY).extension.unwrap().contains("最長1年"));
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
            if b.kind == BenefitKind::BasicAllowance {
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
            } else if b.kind == BenefitKind::SeniorLumpSum {
                prop_assert!([30, 50].contains(&b.days));
                prop_assert!(b.reemployment.is_empty());
            } else {
                prop_assert_eq!(b.days, 0);
                prop_assert!(b.ineligible_reason.is_some());
            }
            prop_assert!(b.leaving_date < b.receipt_period_end);
        }
    }
}
