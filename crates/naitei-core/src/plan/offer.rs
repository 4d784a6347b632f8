//! Offer comparison for `naitei offer`: 年収 = 月給 × 12 + 基本給 × 賞与月数 (REFERENCE.md §4: bonus
//! months are counted on 基本給, not on allowances or 固定残業代), with 固定残業代 (みなし残業) shown apart,
//! the hourly pay of the base, the 最低賃金 of the prefecture and the legal overtime premium.
//!
//! File format (TOML), one `[[offer]]` table per offer:
//!
//! ```toml
//! current_salary = "450万円"     # optional; --current-salary overrides it
//!
//! [[offer]]
//! name = "A社 物流管理"
//! monthly_salary = 320000        # 月給（固定残業代と月給に含まれる手当を含む額）
//! base_salary = 250000           # 基本給（省略時は 月給 − 固定残業代）
//! prefecture = "東京都"          # 勤務地（最低賃金の確認）
//! bonus_months = 4.0             # 賞与月数 …
//! # bonus = 1200000              # … or the annual bonus amount (not both)
//! fixed_overtime_hours = 20      # 固定残業時間（月）
//! fixed_overtime_pay = 45000     # 固定残業代（月、月給に含まれる）
//! allowances = 10000             # 月給とは別に毎月出る手当（通勤手当など）
//! annual_holidays = 120          # 年間休日
//! daily_hours = 8                # 1日の所定労働時間（既定 8）
//! ```

use jiff::civil::Date;
use serde::Serialize;

use super::PlanError;
use super::data::{
    MINIMUM_WAGE_TABLE_UNTIL, MINIMUM_WAGES, MinimumWage, OVERTIME_PREMIUM,
    OVERTIME_PREMIUM_OVER_60H, OVERTIME_PREMIUM_THRESHOLD_HOURS,
};
use super::fields::{Fields, parse_yen};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Offer {
    pub name: String,
    pub monthly_salary: i64,
    /// 基本給 as stated; `None` = 月給 − 固定残業代.
    pub base_salary: Option<i64>,
    pub prefecture: Option<&'static str>,
    pub bonus_months: Option<f64>,
    pub bonus: Option<i64>,
    pub fixed_overtime_hours: f64,
    pub fixed_overtime_pay: i64,
    pub allowances: i64,
    pub annual_holidays: u32,
    pub daily_hours: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OfferFile {
    pub current_salary: Option<i64>,
    pub offers: Vec<Offer>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FixedOvertime {
    pub hours: f64,
    pub monthly: i64,
    pub annual: i64,
    /// Overtime pay per hour implied by the fixed amount.
    pub hourly: Option<f64>,
    /// The legal minimum for those hours: +25% on the hourly pay up to 60 hours a month, +50% beyond
    /// (労働基準法 第37条).
    pub legal_minimum_monthly: i64,
}

/// The 最低賃金 check of the base pay.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MinimumWageCheck {
    pub prefecture: &'static str,
    /// The hourly 最低賃金 in force on `on`.
    pub minimum: u32,
    /// The fiscal year of that amount (2024 = 令和6年度, 2025 = 令和7年度).
    pub fiscal_year: u32,
    pub effective_from: Option<Date>,
    pub on: Date,
    /// (月給 − 固定残業代) per scheduled hour: includes allowances paid inside 月給, some of which
    /// (通勤・家族・精皆勤手当) do not count toward the 最低賃金.
    pub hourly_without_overtime: f64,
    /// 基本給 per scheduled hour.
    pub hourly_base: f64,
    pub below: bool,
    pub source: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OfferResult {
    pub name: String,
    pub monthly_salary: i64,
    /// 基本給 (as stated, or 月給 − 固定残業代).
    pub base_salary: i64,
    /// Allowances paid inside 月給: 月給 − 基本給 − 固定残業代.
    pub included_allowances: i64,
    pub fixed_overtime: FixedOvertime,
    pub bonus_annual: i64,
    pub allowances_annual: i64,
    /// 月給 × 12 + 基本給 × 賞与月数 + 手当 × 12 (or 月給 × 12 + 賞与額 + 手当 × 12).
    pub annual_income: i64,
    pub annual_income_excluding_fixed_overtime: i64,
    pub annual_holidays: u32,
    pub annual_scheduled_hours: f64,
    /// 年収 ÷ (所定労働時間 + 固定残業時間), per year.
    pub hourly: f64,
    /// 基本給 × 12 ÷ 所定労働時間: the base pay per scheduled hour, without bonus.
    pub hourly_base: f64,
    /// (月給 − 固定残業代) × 12 ÷ 所定労働時間: the basis of the overtime premium.
    pub hourly_without_overtime: f64,
    pub minimum_wage: Option<MinimumWageCheck>,
    /// 年収 − current salary.
    pub difference: Option<i64>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OfferComparison {
    pub current_salary: Option<i64>,
    pub offers: Vec<OfferResult>,
    /// Name of the offer with the highest 年収 and with the highest hourly pay.
    pub best_annual: Option<String>,
    pub best_hourly: Option<String>,
    pub method: String,
    /// Notes that apply to the whole comparison (e.g. the 最低賃金 table is older than the date).
    pub notes: Vec<String>,
}

const OFFER_FIELDS: &[(&str, &str)] = &[
    ("name", "名前"),
    ("monthly_salary", "月給"),
    ("base_salary", "基本給"),
    ("prefecture", "勤務地の都道府県"),
    ("bonus_months", "賞与月数"),
    ("bonus", "賞与額（年）"),
    ("fixed_overtime_hours", "固定残業時間（月）"),
    ("fixed_overtime_pay", "固定残業代（月）"),
    ("allowances", "手当（月）"),
    ("annual_holidays", "年間休日"),
    ("daily_hours", "1日の所定労働時間"),
];
const FILE_FIELDS: &[(&str, &str)] = &[("current_salary", "現在の年収"), ("offer", "オファー")];

const DAYS_PER_YEAR: f64 = 365.0;
const DEFAULT_DAILY_HOURS: f64 = 8.0;

/// The prefecture named by `text`: "東京都", "東京", "大阪府", "北海道" (full-width or not).
pub fn find_prefecture(text: &str) -> Option<&'static MinimumWage> {
    let t = text.trim();
    MINIMUM_WAGES.iter().find(|m| {
        m.prefecture == t
            || m.prefecture
                .strip_suffix(['都', '府', '県'])
                .is_some_and(|short| short == t)
    })
}

/// The 最低賃金 in force on `on`: (amount, fiscal year, effective date when known).
pub fn minimum_wage_on(m: &MinimumWage, on: Date) -> (u32, u32, Option<Date>) {
    if on >= m.fy2025_from {
        (m.fy2025, 2025, Some(m.fy2025_from))
    } else {
        (m.fy2024, 2024, None)
    }
}

impl OfferFile {
    pub fn from_toml(text: &str) -> Result<Self, PlanError> {
        let table: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| PlanError::Toml(e.to_string()))?;
        let file = Fields::new(&table, "", FILE_FIELDS)?;
        let current_salary = file.yen("current_salary")?;
        let list = match table.get("offer") {
            Some(toml::Value::Array(list)) if !list.is_empty() => list,
            Some(_) => return Err(file.invalid("offer", "[[offer]] の表を1つ以上書いてください")),
            None => return Err(file.require::<()>("offer", None).unwrap_err()),
        };
        let mut offers = Vec::new();
        for (i, value) in list.iter().enumerate() {
            let toml::Value::Table(t) = value else {
                return Err(file.invalid("offer", "[[offer]] の表で書いてください"));
            };
            offers.push(parse_offer(t, i)?);
        }
        Ok(OfferFile {
            current_salary,
            offers,
        })
    }
}

fn parse_offer(table: &toml::Table, index: usize) -> Result<Offer, PlanError> {
    let f = Fields::new(table, format!("offer[{}].", index + 1), OFFER_FIELDS)?;
    let name = f
        .string("name")?
        .map_or_else(|| format!("オファー{}", index + 1), str::to_string);
    let monthly_salary = f.require("monthly_salary", f.yen("monthly_salary")?)?;
    if monthly_salary == 0 {
        return Err(f.invalid("monthly_salary", "月給を0より大きくしてください"));
    }
    let base_salary = f.yen("base_salary")?;
    let prefecture = match f.string("prefecture")? {
        None => None,
        Some(text) => Some(
            find_prefecture(text)
                .ok_or_else(|| {
                    f.invalid(
                        "prefecture",
                        format!("都道府県名として読めません（「{text}」）。「東京都」「大阪」のように書いてください"),
                    )
                })?
                .prefecture,
        ),
    };
    let bonus_months = f.number("bonus_months")?;
    let bonus = f.yen("bonus")?;
    if bonus_months.is_some() && bonus.is_some() {
        return Err(f.invalid(
            "bonus",
            "bonus_months（賞与月数）と bonus（賞与額）はどちらか一方だけ書いてください",
        ));
    }
    if let Some(m) = bonus_months
        && !(0.0..=24.0).contains(&m)
    {
        return Err(f.invalid(
            "bonus_months",
            format!("0〜24 の月数を書いてください（{m}）"),
        ));
    }
    let fixed_overtime_hours = f.number("fixed_overtime_hours")?.unwrap_or(0.0);
    let fixed_overtime_pay = f.yen("fixed_overtime_pay")?.unwrap_or(0);
    if !(0.0..=200.0).contains(&fixed_overtime_hours) {
        return Err(f.invalid(
            "fixed_overtime_hours",
            format!("0〜200 の時間を書いてください（{fixed_overtime_hours}）"),
        ));
    }
    if (fixed_overtime_hours > 0.0) != (fixed_overtime_pay > 0) {
        let key = if fixed_overtime_hours > 0.0 {
            "fixed_overtime_pay"
        } else {
            "fixed_overtime_hours"
        };
        return Err(f.invalid(key, "固定残業は時間（fixed_overtime_hours）と金額（fixed_overtime_pay）を両方書いてください"));
    }
    if fixed_overtime_pay >= monthly_salary {
        return Err(f.invalid(
            "fixed_overtime_pay",
            "固定残業代は月給に含まれる額です。月給より小さくしてください",
        ));
    }
    if let Some(base) = base_salary
        && base + fixed_overtime_pay > monthly_salary
    {
        return Err(f.invalid(
            "base_salary",
            format!("基本給 {base}円 と固定残業代 {fixed_overtime_pay}円 の合計が月給 {monthly_salary}円 を超えています"),
        ));
    }
    let annual_holidays = match f.integer("annual_holidays")? {
        None => return Err(f.require::<()>("annual_holidays", None).unwrap_err()),
        Some(n) if (0..365).contains(&n) => n as u32,
        Some(n) => {
            return Err(f.invalid(
                "annual_holidays",
                format!("0〜364 の日数を書いてください（{n}）"),
            ));
        }
    };
    let daily_hours = f.number("daily_hours")?.unwrap_or(DEFAULT_DAILY_HOURS);
    if !(daily_hours > 0.0 && daily_hours <= 24.0) {
        return Err(f.invalid(
            "daily_hours",
            format!("0より大きく24以下の時間を書いてください（{daily_hours}）"),
        ));
    }
    Ok(Offer {
        name,
        monthly_salary,
        base_salary,
        prefecture,
        bonus_months,
        bonus,
        fixed_overtime_hours,
        fixed_overtime_pay,
        allowances: f.yen("allowances")?.unwrap_or(0),
        annual_holidays,
        daily_hours,
    })
}

/// Parses a salary given on the command line ("4500000", "450万円").
pub fn parse_salary(text: &str) -> Option<i64> {
    parse_yen(text).filter(|n| *n >= 0)
}

/// The legal minimum pay for `hours` of overtime a month at `hourly`: +25% up to 60 hours, +50% beyond.
pub fn overtime_legal_minimum(hourly: f64, hours: f64) -> f64 {
    let normal = hours.min(OVERTIME_PREMIUM_THRESHOLD_HOURS);
    let over = (hours - OVERTIME_PREMIUM_THRESHOLD_HOURS).max(0.0);
    hourly * (OVERTIME_PREMIUM * normal + OVERTIME_PREMIUM_OVER_60H * over)
}

/// Evaluates one offer on `on` (the date the 最低賃金 is checked for). Amounts are bounded by
/// `fields::MAX_YEN`, so the yearly sums cannot overflow.
pub fn evaluate(offer: &Offer, current_salary: Option<i64>, on: Date) -> OfferResult {
    let months = offer.bonus_months.unwrap_or(0.0);
    let base_salary = offer
        .base_salary
        .unwrap_or(offer.monthly_salary - offer.fixed_overtime_pay);
    let included_allowances = offer.monthly_salary - offer.fixed_overtime_pay - base_salary;
    let bonus_annual = match offer.bonus {
        Some(amount) => amount,
        None => (base_salary as f64 * months).round() as i64,
    };
    let allowances_annual = offer.allowances * 12;
    let annual_income = offer.monthly_salary * 12 + bonus_annual + allowances_annual;
    let work_days = DAYS_PER_YEAR - f64::from(offer.annual_holidays);
    let annual_scheduled_hours = work_days * offer.daily_hours;
    let annual_hours = annual_scheduled_hours + offer.fixed_overtime_hours * 12.0;
    let hourly = annual_income as f64 / annual_hours;
    let hourly_base = (base_salary * 12) as f64 / annual_scheduled_hours;
    let hourly_without_overtime =
        ((offer.monthly_salary - offer.fixed_overtime_pay) * 12) as f64 / annual_scheduled_hours;
    let legal_minimum_monthly =
        overtime_legal_minimum(hourly_without_overtime, offer.fixed_overtime_hours).ceil() as i64;

    let mut warnings = Vec::new();
    if offer.fixed_overtime_hours > 0.0 && offer.fixed_overtime_pay < legal_minimum_monthly {
        let premium = if offer.fixed_overtime_hours > OVERTIME_PREMIUM_THRESHOLD_HOURS {
            "60時間までは1.25倍、60時間を超える分は1.5倍"
        } else {
            "1.25倍"
        };
        warnings.push(format!(
            "固定残業代 {}円 は {} 時間分の割増賃金（時給 {:.0}円 × {premium}）{}円 を下回ります。面接で計算の根拠を確認してください",
            offer.fixed_overtime_pay, offer.fixed_overtime_hours, hourly_without_overtime, legal_minimum_monthly
        ));
    }
    if offer.fixed_overtime_hours > 45.0 {
        warnings.push(format!(
            "固定残業 {} 時間は時間外労働の原則の上限（月45時間）を超えています",
            offer.fixed_overtime_hours
        ));
    }
    if offer.bonus_months.is_none() && offer.bonus.is_none() {
        warnings.push("賞与の記載がないため賞与なしで計算しました".to_string());
    }
    let minimum_wage = offer.prefecture.and_then(find_prefecture).map(|m| {
        let (minimum, fiscal_year, effective_from) = minimum_wage_on(m, on);
        let below = hourly_without_overtime < f64::from(minimum);
        if below {
            warnings.push(format!(
                "固定残業代を除く月給の時給 {:.0}円 が {} の最低賃金 {minimum}円 を下回ります。最低賃金法違反の可能性があるので、労働条件を確かめてください",
                hourly_without_overtime.floor(), m.prefecture
            ));
        } else if hourly_base < f64::from(minimum) {
            warnings.push(format!(
                "基本給だけの時給 {:.0}円 は {} の最低賃金 {minimum}円 を下回ります。月給に含まれる手当（{}円）が最低賃金に算入される手当か（通勤・家族・精皆勤手当は算入されません）確認してください",
                hourly_base.floor(), m.prefecture, included_allowances
            ));
        }
        MinimumWageCheck {
            prefecture: m.prefecture,
            minimum,
            fiscal_year,
            effective_from,
            on,
            hourly_without_overtime,
            hourly_base,
            below,
            source: "厚生労働省「令和7年度 地域別最低賃金 全国一覧」（令和6年度の額は改定の発効日の前日まで）",
        }
    });

    OfferResult {
        name: offer.name.clone(),
        monthly_salary: offer.monthly_salary,
        base_salary,
        included_allowances,
        fixed_overtime: FixedOvertime {
            hours: offer.fixed_overtime_hours,
            monthly: offer.fixed_overtime_pay,
            annual: offer.fixed_overtime_pay * 12,
            hourly: (offer.fixed_overtime_hours > 0.0)
                .then(|| offer.fixed_overtime_pay as f64 / offer.fixed_overtime_hours),
            legal_minimum_monthly,
        },
        bonus_annual,
        allowances_annual,
        annual_income,
        annual_income_excluding_fixed_overtime: annual_income - offer.fixed_overtime_pay * 12,
        annual_holidays: offer.annual_holidays,
        annual_scheduled_hours,
        hourly,
        hourly_base,
        hourly_without_overtime,
        minimum_wage,
        difference: current_salary.map(|current| annual_income - current),
        warnings,
    }
}

pub fn compare(file: &OfferFile, current_salary: Option<i64>, on: Date) -> OfferComparison {
    let current_salary = current_salary.or(file.current_salary);
    let offers: Vec<OfferResult> = file
        .offers
        .iter()
        .map(|o| evaluate(o, current_salary, on))
        .collect();
    let best_annual = offers
        .iter()
        .max_by_key(|o| o.annual_income)
        .map(|o| o.name.clone());
    let best_hourly = offers
        .iter()
        .max_by(|a, b| a.hourly.total_cmp(&b.hourly))
        .map(|o| o.name.clone());
    let mut notes = Vec::new();
    if on > MINIMUM_WAGE_TABLE_UNTIL && offers.iter().any(|o| o.minimum_wage.is_some()) {
        notes.push(format!(
            "最低賃金は {MINIMUM_WAGE_TABLE_UNTIL} までの改定（令和7年度）で確かめました。それより後の改定は入っていないため、最新の額を厚生労働省の一覧で確かめてください"
        ));
    }
    OfferComparison {
        current_salary,
        offers,
        best_annual,
        best_hourly,
        notes,
        method: "年収 = 月給 × 12 + 基本給 × 賞与月数 + 手当 × 12（賞与は基本給に掛けます。賞与が金額なら 月給 × 12 + 賞与額 + 手当 × 12）。基本給が書かれていなければ 月給 − 固定残業代 を基本給とします。固定残業代は月給に含まれる額として別に示します。時給換算 = 年収 ÷ ((365 − 年間休日) × 1日の所定労働時間 + 固定残業時間 × 12)。基本給の時給 = 基本給 × 12 ÷ 年間所定労働時間。最低賃金と割増賃金（60時間まで1.25倍、超える分は1.5倍）は 固定残業代を除く月給 × 12 ÷ 年間所定労働時間 で確かめます。".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const ON: Date = date(2026, 4, 1);

    fn one(body: &str) -> OfferResult {
        let file = OfferFile::from_toml(&format!("[[offer]]\n{body}")).unwrap();
        evaluate(&file.offers[0], Some(4_500_000), ON)
    }

    #[test]
    fn annual_income_and_hourly_without_fixed_overtime() {
        let r = one("monthly_salary = 300000\nbonus_months = 4\nannual_holidays = 125");
        assert_eq!(r.annual_income, 300_000 * 16);
        assert_eq!(r.difference, Some(4_800_000 - 4_500_000));
        assert_eq!(r.annual_scheduled_hours, 240.0 * 8.0);
        assert!((r.hourly - 4_800_000.0 / 1920.0).abs() < 1e-9);
        assert!((r.hourly_base - 3_600_000.0 / 1920.0).abs() < 1e-9);
        assert_eq!(r.fixed_overtime.annual, 0);
        assert!(r.warnings.is_empty());
    }

    #[test]
    fn fixed_overtime_is_shown_apart_and_counted_in_hours() {
        let r = one(
            "monthly_salary = 300000\nbonus_months = 2\nfixed_overtime_hours = 20\nfixed_overtime_pay = 40000\nannual_holidays = 120",
        );
        // Bonus months on 基本給 (月給 − 固定残業代), not on 月給.
        assert_eq!(r.annual_income, 300_000 * 12 + 260_000 * 2);
        assert_eq!(r.base_salary, 260_000);
        assert_eq!(r.fixed_overtime.annual, 480_000);
        assert_eq!(
            r.annual_income_excluding_fixed_overtime,
            4_120_000 - 480_000
        );
        let hours = 245.0 * 8.0 + 240.0;
        assert!((r.hourly - 4_120_000.0 / hours).abs() < 1e-9);
        // Base hourly 260,000 × 12 / 1960 ≈ 1591.8; 20 h × 1.25 × that ≈ 39,796 ≤ 40,000: no warning.
        assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    }

    #[test]
    fn warns_when_fixed_overtime_pays_less_than_the_premium() {
        let r = one(
            "monthly_salary = 300000\nbonus = 500000\nfixed_overtime_hours = 45\nfixed_overtime_pay = 30000\nannual_holidays = 105",
        );
        assert_eq!(r.annual_income, 300_000 * 12 + 500_000);
        assert!(r.warnings.iter().any(|w| w.contains("割増賃金")));
    }

    #[test]
    fn allowances_add_twelve_months() {
        let r = one(
            "monthly_salary = 250000\nbonus_months = 0\nallowances = 15000\nannual_holidays = 120",
        );
        assert_eq!(r.annual_income, 250_000 * 12 + 15_000 * 12);
    }

    #[test]
    fn errors_name_the_offer_and_field() {
        let cases = [
            (
                "[[offer]]\nannual_holidays = 120",
                "offer[1].monthly_salary",
            ),
            (
                "[[offer]]\nmonthly_salary = 300000",
                "offer[1].annual_holidays",
            ),
            (
                "[[offer]]\nmonthly_salary = 1\nannual_holidays = 120\n[[offer]]\nmonthly_salary = 300000\nbonus = 1\nbonus_months = 1\nannual_holidays = 120",
                "offer[2].bonus",
            ),
            (
                "[[offer]]\nmonthly_salary = 300000\nannual_holidays = 120\nfixed_overtime_hours = 20",
                "offer[1].fixed_overtime_pay",
            ),
            (
                "[[offer]]\nmonthly_salary = 300000\nannual_holidays = 400",
                "offer[1].annual_holidays",
            ),
            (
                "[[offer]]\nmonthly_salary = 300000\nannual_holidays = 120\nbonus_month = 2",
                "offer[1].bonus_month",
            ),
            ("current_salary = 4500000", "offer"),
        ];
        for (text, field) in cases {
            let message = OfferFile::from_toml(text).unwrap_err().to_string();
            assert!(message.contains(field), "{message} should name {field}");
        }
    }

    #[test]
    fn compare_picks_best_and_cli_salary_overrides_file() {
        let file = OfferFile::from_toml(
            "current_salary = \"400万円\"\n[[offer]]\nname = \"A\"\nmonthly_salary = 300000\nbonus_months = 4\nannual_holidays = 105\n\
             [[offer]]\nname = \"B\"\nmonthly_salary = 290000\nbonus_months = 4\nannual_holidays = 125\n",
        )
        .unwrap();
        let c = compare(&file, None, ON);
        assert_eq!(c.current_salary, Some(4_000_000));
        assert_eq!(c.best_annual.as_deref(), Some("A"));
        assert_eq!(c.best_hourly.as_deref(), Some("B"));
        let c = compare(&file, Some(5_000_000), ON);
        assert_eq!(c.offers[0].difference, Some(4_800_000 - 5_000_000));
    }

    #[test]
    fn bonus_on_base_salary_with_included_allowances() {
        let r = one(
            "monthly_salary = 320000\nbase_salary = 250000\nfixed_overtime_hours = 20\nfixed_overtime_pay = 45000\nbonus_months = 3\nannual_holidays = 120",
        );
        assert_eq!(r.included_allowances, 25_000);
        assert_eq!(r.bonus_annual, 750_000);
        assert_eq!(r.annual_income, 320_000 * 12 + 750_000);
        let err = OfferFile::from_toml(
            "[[offer]]\nmonthly_salary = 300000\nbase_salary = 290000\nfixed_overtime_hours = 20\nfixed_overtime_pay = 40000\nannual_holidays = 120",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("offer[1].base_salary"), "{err}");
    }

    #[test]
    fn minimum_wage_by_prefecture_and_date() {
        // 2,080 scheduled hours (260 days × 8 h): 月給 180,000 → 1,038.5円/h.
        let body = "monthly_salary = 180000\nbonus_months = 0\nannual_holidays = 105\nprefecture = \"東京\"";
        let r = one(body);
        let m = r.minimum_wage.as_ref().unwrap();
        assert_eq!(
            (m.prefecture, m.minimum, m.fiscal_year),
            ("東京都", 1_226, 2025)
        );
        assert!(m.below);
        assert!(r.warnings.iter().any(|w| w.contains("最低賃金")));
        // 高知: 1,023円 from 2025-12-01, under 1,038円.
        let r = one(&body.replace("東京", "高知県"));
        assert!(!r.minimum_wage.unwrap().below);
        // Before 秋田's 2026-03-31 effective date the FY2024 amount (951円) applies.
        let file =
            OfferFile::from_toml(&format!("[[offer]]\n{}", body.replace("東京", "秋田"))).unwrap();
        let m = evaluate(&file.offers[0], None, date(2026, 3, 30))
            .minimum_wage
            .unwrap();
        assert_eq!((m.minimum, m.fiscal_year), (951, 2024));
        let m = evaluate(&file.offers[0], None, date(2026, 3, 31))
            .minimum_wage
            .unwrap();
        assert_eq!((m.minimum, m.fiscal_year), (1_031, 2025));
        assert!(
            OfferFile::from_toml(&format!(
                "[[offer]]\n{}",
                body.replace("東京", "ニューヨーク")
            ))
            .unwrap_err()
            .to_string()
            .contains("prefecture")
        );
    }

    #[test]
    fn every_prefecture_is_in_the_table_once() {
        assert_eq!(MINIMUM_WAGES.len(), 47);
        let mut names: Vec<&str> = MINIMUM_WAGES.iter().map(|m| m.prefecture).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 47);
        let lowest = MINIMUM_WAGES.iter().map(|m| m.fy2025).min();
        let highest = MINIMUM_WAGES.iter().map(|m| m.fy2025).max();
        // REFERENCE.md §4: 1,023–1,226円 in 2025.
        assert_eq!((lowest, highest), (Some(1_023), Some(1_226)));
        for m in MINIMUM_WAGES {
            assert!(m.fy2024 < m.fy2025, "{}", m.prefecture);
        }
    }

    #[test]
    fn overtime_beyond_60_hours_is_paid_at_50_percent() {
        assert!((overtime_legal_minimum(2_000.0, 60.0) - 2_000.0 * 1.25 * 60.0).abs() < 1e-9);
        assert!(
            (overtime_legal_minimum(2_000.0, 80.0) - 2_000.0 * (1.25 * 60.0 + 1.5 * 20.0)).abs()
                < 1e-9
        );
        // 80 h fixed overtime paid as if all were at +25%: flagged.
        let r = one(
            "monthly_salary = 500000\nbase_salary = 300000\nfixed_overtime_hours = 80\nfixed_overtime_pay = 200000\nbonus_months = 0\nannual_holidays = 125",
        );
        // hourly 300,000 × 12 / 1,920 = 1,875; legal 1,875 × (75 + 30) = 196,875 ≤ 200,000: fine.
        assert_eq!(r.fixed_overtime.legal_minimum_monthly, 196_875);
        assert!(!r.warnings.iter().any(|w| w.contains("割増賃金")));
        let r = one(
            "monthly_salary = 490000\nbase_salary = 300000\nfixed_overtime_hours = 80\nfixed_overtime_pay = 190000\nbonus_months = 0\nannual_holidays = 125",
        );
        assert!(r.warnings.iter().any(|w| w.contains("1.5倍")));
    }
}
