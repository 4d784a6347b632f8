//! The seeker's profile (TOML) and its validation. Every error names the field.

use jiff::civil::Date;
use serde::Serialize;

use super::PlanError;
use super::data::TARGET_FIELDS;
use super::fields::Fields;
use crate::text::date::JaDate;

/// Why the seeker left (or will leave) the job; decides the benefit category and 給付制限.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LeavingReason {
    /// 自己都合
    #[serde(rename = "self")]
    SelfQuit,
    /// 会社都合 (倒産・解雇など): 特定受給資格者
    Company,
    /// 契約満了
    ContractEnd,
    /// 定年
    Retirement,
    /// 重責解雇 (dismissal for serious misconduct)
    Misconduct,
}

pub const LEAVING_REASONS: [(&str, &str); 5] = [
    ("self", "自己都合"),
    ("company", "会社都合"),
    ("contract_end", "契約満了"),
    ("retirement", "定年"),
    ("misconduct", "重責解雇"),
];

impl LeavingReason {
    pub fn from_id(id: &str) -> Option<Self> {
        Some(match id {
            "self" => Self::SelfQuit,
            "company" => Self::Company,
            "contract_end" => Self::ContractEnd,
            "retirement" => Self::Retirement,
            "misconduct" => Self::Misconduct,
            _ => return None,
        })
    }

    pub fn id(self) -> &'static str {
        match self {
            Self::SelfQuit => "self",
            Self::Company => "company",
            Self::ContractEnd => "contract_end",
            Self::Retirement => "retirement",
            Self::Misconduct => "misconduct",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::SelfQuit => "自己都合",
            Self::Company => "会社都合",
            Self::ContractEnd => "契約満了",
            Self::Retirement => "定年",
            Self::Misconduct => "重責解雇",
        }
    }
}

/// 正当な理由 of a self-quit that makes the seeker a 特定理由離職者 (no 給付制限, 6 insured months suffice).
/// Source: 厚生労働省「特定受給資格者及び特定理由離職者の範囲と判断基準」 (REFERENCE.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JustCause {
    /// 体力の不足、心身の障害、疾病、負傷など
    Illness,
    /// 妊娠、出産、育児
    Pregnancy,
    /// 家族の介護・看護
    Care,
    /// 結婚・配偶者の転勤などに伴う転居で通勤が困難になった
    Move,
    /// その他の正当な理由（ハローワークが判断）
    Other,
}

pub const JUST_CAUSES: [(&str, &str); 5] = [
    ("illness", "病気・けが"),
    ("pregnancy", "妊娠・出産・育児"),
    ("care", "家族の介護"),
    ("move", "転居で通勤困難"),
    ("other", "その他の正当な理由"),
];

impl JustCause {
    pub fn from_id(id: &str) -> Option<Self> {
        Some(match id {
            "illness" => Self::Illness,
            "pregnancy" => Self::Pregnancy,
            "care" => Self::Care,
            "move" => Self::Move,
            "other" => Self::Other,
            _ => return None,
        })
    }

    pub fn id(self) -> &'static str {
        match self {
            Self::Illness => "illness",
            Self::Pregnancy => "pregnancy",
            Self::Care => "care",
            Self::Move => "move",
            Self::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Illness => "病気・けが",
            Self::Pregnancy => "妊娠・出産・育児",
            Self::Care => "家族の介護",
            Self::Move => "転居で通勤困難",
            Self::Other => "その他の正当な理由",
        }
    }

    /// Reasons that also keep the seeker from working for a while: the 受給期間 can be extended.
    pub fn allows_extension(self) -> bool {
        matches!(self, Self::Illness | Self::Pregnancy | Self::Care)
    }
}

/// Relation of the target work to the seeker's experience (same ids as the tracker).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Relation {
    /// 同職種同業界
    #[serde(rename = "same")]
    Same,
    /// 同職種異業界
    #[serde(rename = "same-job")]
    SameJob,
    /// 周辺職種
    #[serde(rename = "adjacent")]
    Adjacent,
    /// 未経験
    #[serde(rename = "new")]
    New,
}

pub const RELATIONS: [(&str, &str); 4] = [
    ("same", "同職種同業界"),
    ("same-job", "同職種異業界"),
    ("adjacent", "周辺職種"),
    ("new", "未経験"),
];

impl Relation {
    pub fn from_id(id: &str) -> Option<Self> {
        Some(match id {
            "same" => Self::Same,
            "same-job" => Self::SameJob,
            "adjacent" => Self::Adjacent,
            "new" => Self::New,
            _ => return None,
        })
    }

    pub fn id(self) -> &'static str {
        match self {
            Self::Same => "same",
            Self::SameJob => "same-job",
            Self::Adjacent => "adjacent",
            Self::New => "new",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Same => "同職種同業界",
            Self::SameJob => "同職種異業界",
            Self::Adjacent => "周辺職種",
            Self::New => "未経験",
        }
    }
}

/// A validated profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Profile {
    pub birth_date: Date,
    pub leaving_date: Date,
    /// 被保険者期間 (算定基礎期間), in years.
    pub insured_years: f64,
    pub leaving_reason: LeavingReason,
    /// 受給資格決定日 (the day the claim is filed at Hello Work); `None` = assume the plan's "today".
    pub claim_date: Option<Date>,
    /// 自己都合 departures in the 5 years before this one.
    pub prior_self_quits_5y: u32,
    /// Annual salaries in yen.
    pub current_salary: Option<i64>,
    pub desired_salary: Option<i64>,
    pub target_relation: Option<Relation>,
    pub management_experience: bool,
    /// 就職困難者 (障害者手帳など).
    pub hard_to_employ: bool,
    /// 契約満了: the seeker wanted the contract renewed and the employer refused (特定理由離職者).
    pub renewal_wanted: bool,
    /// 自己都合 with a 正当な理由 (特定理由離職者).
    pub just_cause: Option<JustCause>,
    /// Total wages of the last 6 months before leaving, without bonuses (円), from `wages_6m` or
    /// `monthly_wage` × 6. Used for the 賃金日額.
    pub wages_6m: Option<i64>,
    /// Took qualifying 教育訓練 (lifts the 給付制限 for leaving dates from 2025-04-01).
    pub education_training: bool,
    /// Field of the target work, to pick qualifications (see `data::TARGET_FIELDS`).
    pub target_field: Option<&'static str>,
    /// Free text, e.g. 正社員, 契約社員 (shown, not used in calculations).
    pub employment_type: Option<String>,
    /// Days from an application to an offer assumed for the weekly target.
    pub selection_lead_days: i64,
    /// Date by which an offer is wanted when there is no benefit to run out (or to plan earlier).
    pub target_date: Option<Date>,
    /// The seeker's 職務経歴書 (a path, relative to the profile file): `naitei plan` then adds the
    /// stay-or-go advice of `naitei goals`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resume: Option<String>,
}

pub const PROFILE_FIELDS: &[(&str, &str)] = &[
    ("birth_date", "生年月日"),
    ("leaving_date", "離職日"),
    ("insured_years", "雇用保険の加入期間（年）"),
    ("leaving_reason", "離職理由"),
    ("claim_date", "受給手続きの日"),
    ("prior_self_quits_5y", "過去5年の自己都合退職の回数"),
    ("current_salary", "現在の年収"),
    ("desired_salary", "希望年収"),
    ("target_relation", "応募先と経験の関係"),
    ("management_experience", "管理職経験"),
    ("hard_to_employ", "就職困難者"),
    ("renewal_wanted", "契約更新の希望"),
    ("just_cause", "自己都合の正当な理由"),
    ("wages_6m", "離職前6か月の賃金の合計（賞与を除く）"),
    (
        "monthly_wage",
        "離職前の月給（賞与を除く、残業代・手当を含む）",
    ),
    ("education_training", "教育訓練の受講"),
    ("target_field", "志望分野"),
    ("employment_type", "雇用形態"),
    ("selection_lead_days", "応募から内定までの日数"),
    ("target_date", "内定の目標日"),
    ("resume", "職務経歴書のファイル"),
];

/// A salary below this is surely written in 万円 instead of yen.
pub const MIN_PLAUSIBLE_SALARY: i64 = 10_000;
/// Working life starts at 15 at the earliest (労働基準法 第56条), which bounds the insured years.
const MIN_WORKING_AGE: f64 = 15.0;

impl Profile {
    /// Parses and validates a profile written in TOML.
    pub fn from_toml(text: &str) -> Result<Self, PlanError> {
        let table: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| PlanError::Toml(e.to_string()))?;
        let f = Fields::new(&table, "", PROFILE_FIELDS)?;

        let birth_date = f.require("birth_date", f.date("birth_date")?)?;
        let leaving_date = f.require("leaving_date", f.date("leaving_date")?)?;
        let insured_years = f.require("insured_years", f.number("insured_years")?)?;
        let reason_id = f.require(
            "leaving_reason",
            f.choice("leaving_reason", &LEAVING_REASONS)?,
        )?;
        let leaving_reason = LeavingReason::from_id(reason_id)
            .ok_or_else(|| f.invalid("leaving_reason", reason_id))?;
        let claim_date = f.date("claim_date")?;
        let prior_self_quits_5y = match f.integer("prior_self_quits_5y")? {
            None => 0,
            Some(n) => u32::try_from(n).map_err(|_| {
                f.invalid(
                    "prior_self_quits_5y",
                    format!("0以上の回数を書いてください（{n}）"),
                )
            })?,
        };
        let current_salary = f.yen("current_salary")?;
        let desired_salary = f.yen("desired_salary")?;
        let renewal_wanted = f.bool("renewal_wanted")?.unwrap_or(false);
        let just_cause = f
            .choice("just_cause", &JUST_CAUSES)?
            .and_then(JustCause::from_id);
        let wages_6m = wages_6m(f.yen("wages_6m")?, f.yen("monthly_wage")?)
            .map_err(|message| f.invalid("monthly_wage", message))?;
        let target_relation = f
            .choice("target_relation", &RELATIONS)?
            .and_then(Relation::from_id);
        let selection_lead_days = f
            .integer("selection_lead_days")?
            .unwrap_or(super::data::DEFAULT_SELECTION_LEAD_DAYS);

        let profile = Profile {
            birth_date,
            leaving_date,
            insured_years,
            leaving_reason,
            claim_date,
            prior_self_quits_5y,
            current_salary,
            desired_salary,
            target_relation,
            management_experience: f.bool("management_experience")?.unwrap_or(false),
            hard_to_employ: f.bool("hard_to_employ")?.unwrap_or(false),
            renewal_wanted,
            just_cause,
            wages_6m,
            education_training: f.bool("education_training")?.unwrap_or(false),
            target_field: f.choice("target_field", &TARGET_FIELDS)?,
            employment_type: f.string("employment_type")?.map(str::to_string),
            selection_lead_days,
            target_date: f.date("target_date")?,
            resume: f.string("resume")?.map(str::to_string),
        };
        match profile.consistency_errors().into_iter().next() {
            Some((key, message)) => Err(f.invalid(key, message)),
            None => Ok(profile),
        }
    }

    /// Checks between fields (dates in order, a plausible age and insured period, options that only
    /// go with one leaving reason, amounts written in yen), as `(field key, message)` in the order of
    /// the form. Shared by the TOML reader and the plan form, so both refuse the same profiles.
    pub fn consistency_errors(&self) -> Vec<(&'static str, String)> {
        let mut errors = Vec::new();
        let birth = JaDate(self.birth_date);
        let leaving = JaDate(self.leaving_date);
        let age = age_on(self.birth_date, self.leaving_date);
        if self.leaving_date <= self.birth_date {
            errors.push((
                "leaving_date",
                format!("離職日（{leaving}）が生年月日（{birth}）より前です"),
            ));
        } else if f64::from(age) < MIN_WORKING_AGE {
            errors.push((
                "birth_date",
                format!("離職日の年齢が{age}歳になります。生年月日を確かめてください"),
            ));
        }
        let insured = self.insured_years;
        if !insured.is_finite() || insured < 0.0 {
            errors.push((
                "insured_years",
                format!("0以上の年数を書いてください（{insured}）"),
            ));
        } else if f64::from(age) >= MIN_WORKING_AGE && insured > f64::from(age) - MIN_WORKING_AGE {
            errors.push((
                "insured_years",
                format!(
                    "{insured}年は離職日の年齢（{age}歳）から見て長すぎます（15歳から働いても最大{}年）",
                    age - 15
                ),
            ));
        }
        if let Some(claim) = self.claim_date
            && claim <= self.leaving_date
        {
            errors.push((
                "claim_date",
                format!(
                    "受給手続きの日（{}）は離職日（{leaving}）の翌日以降にしてください",
                    JaDate(claim)
                ),
            ));
        }
        for (key, value) in [
            ("current_salary", self.current_salary),
            ("desired_salary", self.desired_salary),
        ] {
            if let Some(v) = value
                && v > 0
                && v < MIN_PLAUSIBLE_SALARY
            {
                errors.push((
                    key,
                    format!("年収は円で書いてください（{v}円では少なすぎます。450万円なら「450万円」か 4500000）"),
                ));
            }
        }
        if self.renewal_wanted && self.leaving_reason != LeavingReason::ContractEnd {
            errors.push((
                "renewal_wanted",
                "契約更新の希望は、離職理由が契約満了のときだけ選べます".to_string(),
            ));
        }
        if self.just_cause.is_some() && self.leaving_reason != LeavingReason::SelfQuit {
            errors.push((
                "just_cause",
                "正当な理由は、離職理由が自己都合のときだけ選べます".to_string(),
            ));
        }
        if !(0..=365).contains(&self.selection_lead_days) {
            errors.push((
                "selection_lead_days",
                format!(
                    "0〜365 の日数を書いてください（{}）",
                    self.selection_lead_days
                ),
            ));
        }
        errors
    }

    /// The profile as TOML, the CLI's import/export format: `Profile::from_toml` reads it back to
    /// the same profile. The six months' wages are written as `wages_6m`.
    pub fn to_toml(&self) -> String {
        use toml::Value;
        let date = |d: Date| -> Value {
            d.to_string()
                .parse::<toml::value::Datetime>()
                .map_or_else(|_| Value::String(d.to_string()), Value::Datetime)
        };
        let mut table = toml::Table::new();
        let mut put = |key: &str, value: Value| {
            table.insert(key.to_string(), value);
        };
        put("birth_date", date(self.birth_date));
        put("leaving_date", date(self.leaving_date));
        put("insured_years", Value::Float(self.insured_years));
        put(
            "leaving_reason",
            Value::String(self.leaving_reason.id().into()),
        );
        if let Some(d) = self.claim_date {
            put("claim_date", date(d));
        }
        if self.prior_self_quits_5y > 0 {
            put(
                "prior_self_quits_5y",
                Value::Integer(i64::from(self.prior_self_quits_5y)),
            );
        }
        for (key, value) in [
            ("current_salary", self.current_salary),
            ("desired_salary", self.desired_salary),
            ("wages_6m", self.wages_6m),
        ] {
            if let Some(v) = value {
                put(key, Value::Integer(v));
            }
        }
        if let Some(r) = self.target_relation {
            put("target_relation", Value::String(r.id().into()));
        }
        if let Some(c) = self.just_cause {
            put("just_cause", Value::String(c.id().into()));
        }
        for (key, flag) in [
            ("management_experience", self.management_experience),
            ("hard_to_employ", self.hard_to_employ),
            ("renewal_wanted", self.renewal_wanted),
            ("education_training", self.education_training),
        ] {
            if flag {
                put(key, Value::Boolean(true));
            }
        }
        if let Some(field) = self.target_field {
            put("target_field", Value::String(field.into()));
        }
        if let Some(kind) = &self.employment_type {
            put("employment_type", Value::String(kind.clone()));
        }
        if self.selection_lead_days != super::data::DEFAULT_SELECTION_LEAD_DAYS {
            put(
                "selection_lead_days",
                Value::Integer(self.selection_lead_days),
            );
        }
        if let Some(d) = self.target_date {
            put("target_date", date(d));
        }
        if let Some(resume) = &self.resume {
            put("resume", Value::String(resume.clone()));
        }
        toml::to_string(&table).unwrap_or_default()
    }
}

/// The six months' wages from either the total or the monthly wage (only one may be given).
pub(crate) fn wages_6m(total: Option<i64>, monthly: Option<i64>) -> Result<Option<i64>, String> {
    match (total, monthly) {
        (Some(_), Some(_)) => {
            Err("離職前6か月の賃金の合計と月給は、どちらか一方だけ書いてください".to_string())
        }
        (Some(total), None) => Ok(Some(total)),
        // Bounded by `MAX_YEN`, so six months cannot overflow.
        (None, Some(monthly)) => Ok(Some(monthly * 6)),
        (None, None) => Ok(None),
    }
}

impl Profile {
    /// Age in full years on `day` (the birthday itself counts as reached).
    pub fn age_on(&self, day: Date) -> u32 {
        age_on(self.birth_date, day)
    }

    /// Age on `day` as the benefit law counts it (see [`legal_age_on`]).
    pub fn legal_age_on(&self, day: Date) -> u32 {
        legal_age_on(self.birth_date, day)
    }
}

/// Age on `day` as the law counts it (年齢計算ニ関スル法律 with 民法 第143条): an age is reached at the end of
/// the day before the birthday, so on that day the seeker already has it. Decides every benefit rule.
/// Source: REFERENCE.md §3.
pub fn legal_age_on(birth: Date, day: Date) -> u32 {
    match day.tomorrow() {
        Ok(next) => age_on(birth, next),
        Err(_) => age_on(birth, day),
    }
}

/// Age in full years on `day` (the birthday itself counts as reached); 0 before the birth date.
pub fn age_on(birth: Date, day: Date) -> u32 {
    if day < birth {
        return 0;
    }
    let mut years = i32::from(day.year()) - i32::from(birth.year());
    if (day.month(), day.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const BASE: &str = r#"
birth_date = 1977-05-10
leaving_date = 2026-09-30
insured_years = 25
leaving_reason = "self"
"#;

    fn err(extra: &str) -> String {
        Profile::from_toml(&format!("{BASE}{extra}"))
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn parses_minimal_profile() {
        let p = Profile::from_toml(BASE).unwrap();
        assert_eq!(p.leaving_reason, LeavingReason::SelfQuit);
        assert_eq!(p.age_on(p.leaving_date), 49);
        assert_eq!(p.prior_self_quits_5y, 0);
        assert_eq!(p.selection_lead_days, 30);
    }

    #[test]
    fn accepts_wareki_and_yen_strings() {
        let text = r#"
birth_date = "昭和52年5月10日"
leaving_date = "R8.9.30"
insured_years = 25
leaving_reason = "自己都合"
current_salary = "450万円"
target_relation = "同職種異業界"
"#;
        let p = Profile::from_toml(text).unwrap();
        assert_eq!(p.birth_date, date(1977, 5, 10));
        assert_eq!(p.leaving_date, date(2026, 9, 30));
        assert_eq!(p.current_salary, Some(4_500_000));
        assert_eq!(p.target_relation, Some(Relation::SameJob));
    }

    #[test]
    fn errors_name_the_field() {
        let table = [
            (
                "birth_date = 1977-05-10\nleaving_date = 1970-01-01\ninsured_years = 1\nleaving_reason = \"self\"",
                "leaving_date",
            ),
            (
                "birth_date = 1977-05-10\nleaving_date = 2026-01-01\ninsured_years = -1\nleaving_reason = \"self\"",
                "insured_years",
            ),
            (
                "birth_date = 1977-05-10\nleaving_date = 2026-01-01\ninsured_years = 1\nleaving_reason = \"quit\"",
                "leaving_reason",
            ),
            (
                "leaving_date = 2026-01-01\ninsured_years = 1\nleaving_reason = \"self\"",
                "birth_date",
            ),
            (
                "birth_date = 2000-05-10\nleaving_date = 2026-01-01\ninsured_years = 20\nleaving_reason = \"self\"",
                "insured_years",
            ),
        ];
        for (text, field) in table {
            let message = Profile::from_toml(text).unwrap_err().to_string();
            assert!(message.contains(field), "{message} should name {field}");
        }
        assert!(err("claim_date = 2026-09-30").contains("claim_date"));
        assert!(err("prior_self_quits_5y = -2").contains("prior_self_quits_5y"));
        assert!(err("current_salary = 450").contains("current_salary"));
        assert!(err("target_relation = \"other\"").contains("target_relation"));
        assert!(err("leaving_dat = 2026-01-01").contains("leaving_dat"));
        assert!(err("target_date = \"someday\"").contains("target_date"));
    }

    #[test]
    fn age_counts_birthday_as_reached() {
        let birth = date(1980, 4, 1);
        assert_eq!(age_on(birth, date(2010, 3, 31)), 29);
        assert_eq!(age_on(birth, date(2010, 4, 1)), 30);
        let leap = date(2000, 2, 29);
        assert_eq!(age_on(leap, date(2030, 2, 28)), 29);
        assert_eq!(age_on(leap, date(2030, 3, 1)), 30);
    }

    #[test]
    fn legal_age_is_reached_the_day_before_the_birthday() {
        let birth = date(1961, 12, 1);
        assert_eq!(legal_age_on(birth, date(2026, 11, 29)), 64);
        assert_eq!(legal_age_on(birth, date(2026, 11, 30)), 65);
        assert_eq!(legal_age_on(birth, date(2026, 12, 1)), 65);
        // Born on 29 February: the day before is 28 February in every year.
        let leap = date(2000, 2, 29);
        assert_eq!(legal_age_on(leap, date(2030, 2, 27)), 29);
        assert_eq!(legal_age_on(leap, date(2030, 2, 28)), 30);
    }

    #[test]
    fn reasons_and_wages() {
        let p = Profile::from_toml(
            &BASE.replace("\"self\"", "\"contract_end\"\nrenewal_wanted = true"),
        )
        .unwrap();
        assert!(p.renewal_wanted);
        let p = Profile::from_toml(&format!(
            "{BASE}just_cause = \"care\"\nmonthly_wage = \"30万円\""
        ))
        .unwrap();
        assert_eq!(p.just_cause, Some(JustCause::Care));
        assert_eq!(p.wages_6m, Some(1_800_000));
        assert!(err("renewal_wanted = true").contains("renewal_wanted"));
        assert!(err("just_cause = \"boredom\"").contains("just_cause"));
        assert!(err("wages_6m = 1800000\nmonthly_wage = 300000").contains("monthly_wage"));
        assert!(err("monthly_wage = 9223372036854775807").contains("monthly_wage"));
        assert!(err("current_salary = 9223372036854775807").contains("current_salary"));
    }
}
