//! The profile as a form a seeker fills field by field (the web's 計画 page): every value is the text
//! of one input, validation returns one Japanese message per field (never a parser error), and the
//! TOML of `naitei plan` stays the import/export format ([`PlanForm::from_toml`], [`PlanForm::to_toml`]).
//!
//! Dates and amounts are read by `text::date` and `text::number`, the same readers as the TOML; the
//! checks between fields are [`Profile::consistency_errors`], shared with the TOML reader.

use serde::{Deserialize, Serialize};

use super::PlanError;
use super::data::{DEFAULT_SELECTION_LEAD_DAYS, TARGET_FIELDS};
use super::fields::MAX_YEN;
use super::profile::{
    JUST_CAUSES, JustCause, LEAVING_REASONS, LeavingReason, Profile, RELATIONS, Relation, wages_6m,
};
use crate::text::{date, number};

/// What kind of input a field is, for the page to draw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "choices")]
pub enum FieldKind {
    /// A date in any usual spelling (`<input type="date">` sends `2025-04-01`).
    Date,
    /// An amount of yen (`450万円`, `4,500,000`).
    Yen,
    /// A whole number.
    Count,
    /// One of a closed list: (value sent, Japanese label shown). An empty value means "not given".
    Choice(&'static [(&'static str, &'static str)]),
    /// A checkbox; the form sends `true` when checked (or nothing).
    Flag,
    /// Free text.
    Text,
}

/// One input of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FormField {
    /// The input's name; the same key as in the TOML, except `insured_months`.
    pub key: &'static str,
    pub label: &'static str,
    pub kind: FieldKind,
    pub required: bool,
    /// A short example or explanation shown under the input.
    pub hint: &'static str,
}

const fn field(
    key: &'static str,
    label: &'static str,
    kind: FieldKind,
    required: bool,
    hint: &'static str,
) -> FormField {
    FormField {
        key,
        label,
        kind,
        required,
        hint,
    }
}

/// Longest insured period accepted in the form, in years (the age check then narrows it).
const MAX_INSURED_YEARS: u64 = 60;

/// Every input of the form, in the order of the page.
pub const FORM_FIELDS: &[FormField] = &[
    field(
        "birth_date",
        "生年月日",
        FieldKind::Date,
        true,
        "例: 1975/4/1、昭和50年4月1日",
    ),
    field(
        "leaving_date",
        "離職日",
        FieldKind::Date,
        true,
        "辞めた日（これから辞める人は予定日）",
    ),
    field(
        "leaving_reason",
        "離職理由",
        FieldKind::Choice(&LEAVING_REASONS),
        true,
        "離職票の離職理由に近いもの",
    ),
    field(
        "just_cause",
        "自己都合の正当な理由",
        FieldKind::Choice(&JUST_CAUSES),
        false,
        "自己都合で、病気や介護などやむを得ない理由があったとき",
    ),
    field(
        "renewal_wanted",
        "契約の更新を希望したが更新されなかった",
        FieldKind::Flag,
        false,
        "契約満了のとき",
    ),
    field(
        "insured_years",
        "雇用保険の加入期間（年）",
        FieldKind::Count,
        true,
        "今の会社までで通算した年数。1年未満なら0",
    ),
    field(
        "insured_months",
        "雇用保険の加入期間（か月）",
        FieldKind::Count,
        false,
        "年に足りない月数（0〜11）",
    ),
    field(
        "claim_date",
        "ハローワークで受給手続きをする日",
        FieldKind::Date,
        false,
        "空なら今日手続きすると考えます",
    ),
    field(
        "prior_self_quits_5y",
        "過去5年の自己都合退職の回数",
        FieldKind::Count,
        false,
        "受給手続きをしたものだけ。今回は数えません",
    ),
    field(
        "monthly_wage",
        "離職前の月給",
        FieldKind::Yen,
        false,
        "賞与を除き、残業代・手当を含む額。例: 30万円",
    ),
    field(
        "wages_6m",
        "離職前6か月の賃金の合計",
        FieldKind::Yen,
        false,
        "月給の代わりに入れる場合（賞与を除く）",
    ),
    field(
        "current_salary",
        "現在の年収",
        FieldKind::Yen,
        false,
        "例: 450万円",
    ),
    field(
        "desired_salary",
        "希望年収",
        FieldKind::Yen,
        false,
        "例: 500万円",
    ),
    field(
        "target_relation",
        "応募先の方向（経験との関係）",
        FieldKind::Choice(&RELATIONS),
        false,
        "空なら同職種同業界として見積もります",
    ),
    field(
        "target_field",
        "志望分野",
        FieldKind::Choice(&TARGET_FIELDS),
        false,
        "選ぶと、その分野の資格を予定に入れます",
    ),
    field(
        "management_experience",
        "管理職の経験がある",
        FieldKind::Flag,
        false,
        "",
    ),
    field(
        "hard_to_employ",
        "就職困難者にあたる（障害者手帳など）",
        FieldKind::Flag,
        false,
        "",
    ),
    field(
        "education_training",
        "教育訓練を受けた",
        FieldKind::Flag,
        false,
        "2025年4月1日以降の自己都合退職で、給付制限が解除されます",
    ),
    field(
        "employment_type",
        "雇用形態",
        FieldKind::Text,
        false,
        "例: 正社員、契約社員",
    ),
    field(
        "selection_lead_days",
        "応募から内定までの日数",
        FieldKind::Count,
        false,
        "空なら30日",
    ),
    field("target_date", "内定の目標日", FieldKind::Date, false, ""),
];

/// The label of a form field (the key itself for an unknown key).
pub fn label(key: &str) -> &str {
    FORM_FIELDS
        .iter()
        .find(|f| f.key == key)
        .map_or(key, |f| f.label)
}

/// A problem with one field, in Japanese, for the page to show next to the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The input's name (a key of [`FORM_FIELDS`]).
    pub field: &'static str,
    pub label: &'static str,
    pub message: String,
}

/// The form as sent by the page: the text of every input. Missing inputs are empty (`#[serde(default)]`),
/// so an HTML form can be deserialised into it directly.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanForm {
    pub birth_date: String,
    pub leaving_date: String,
    /// An id of `LEAVING_REASONS`.
    pub leaving_reason: String,
    /// An id of `JUST_CAUSES`, or empty.
    pub just_cause: String,
    #[serde(deserialize_with = "checkbox")]
    pub renewal_wanted: bool,
    pub insured_years: String,
    pub insured_months: String,
    pub claim_date: String,
    pub prior_self_quits_5y: String,
    pub monthly_wage: String,
    pub wages_6m: String,
    pub current_salary: String,
    pub desired_salary: String,
    /// An id of `RELATIONS`, or empty.
    pub target_relation: String,
    /// An id of `TARGET_FIELDS`, or empty.
    pub target_field: String,
    #[serde(deserialize_with = "checkbox")]
    pub management_experience: bool,
    #[serde(deserialize_with = "checkbox")]
    pub hard_to_employ: bool,
    #[serde(deserialize_with = "checkbox")]
    pub education_training: bool,
    pub employment_type: String,
    pub selection_lead_days: String,
    pub target_date: String,
    /// The 職務経歴書 path of a profile imported from TOML, kept so an export gives it back
    /// (no input on the page).
    pub resume: String,
}

/// A checkbox sends `true`, `on` or `1` when checked (a JSON client may send a boolean).
fn checkbox<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Bool(bool),
        Text(String),
    }
    Ok(match Raw::deserialize(d)? {
        Raw::Bool(b) => b,
        Raw::Text(t) => matches!(t.trim(), "true" | "on" | "1" | "yes"),
    })
}

/// Collects the errors of the fields while reading them.
struct Reader {
    errors: Vec<FieldError>,
}

impl Reader {
    fn error(&mut self, key: &'static str, message: impl Into<String>) {
        self.errors.push(FieldError {
            field: key,
            label: FORM_FIELDS
                .iter()
                .find(|f| f.key == key)
                .map_or("", |f| f.label),
            message: message.into(),
        });
    }

    /// The trimmed text, or `None` when empty (an error when the field is required).
    fn text<'a>(&mut self, key: &'static str, value: &'a str) -> Option<&'a str> {
        let value = value.trim();
        if value.is_empty() {
            if FORM_FIELDS.iter().any(|f| f.key == key && f.required) {
                let verb = match FORM_FIELDS.iter().find(|f| f.key == key).map(|f| f.kind) {
                    Some(FieldKind::Choice(_)) => "選んでください",
                    _ => "入れてください",
                };
                self.error(key, format!("{}を{verb}", label(key)));
            }
            return None;
        }
        Some(value)
    }

    fn date(&mut self, key: &'static str, value: &str) -> Option<jiff::civil::Date> {
        let value = self.text(key, value)?;
        date::parse_date(value)
            .map_err(|e| self.error(key, e.to_string()))
            .ok()
    }

    fn yen(&mut self, key: &'static str, value: &str) -> Option<i64> {
        let value = self.text(key, value)?;
        match number::parse_yen(value) {
            Ok(n) if n > MAX_YEN => {
                self.error(key, format!("「{value}」は大きすぎます（100億円まで）"));
                None
            }
            Ok(n) => Some(n),
            Err(e) => {
                self.error(key, e.to_string());
                None
            }
        }
    }

    fn count(&mut self, key: &'static str, value: &str, max: u64) -> Option<u64> {
        let value = self.text(key, value)?;
        number::parse_count(value, max)
            .map_err(|e| self.error(key, format!("{e}。{max}までの整数で入れてください")))
            .ok()
    }

    fn choice<T>(
        &mut self,
        key: &'static str,
        value: &str,
        choices: &[(&'static str, &'static str)],
        from_id: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let value = self.text(key, value)?;
        let id = choices
            .iter()
            .find(|(id, label)| *id == value || *label == value)
            .map(|(id, _)| *id);
        match id.and_then(from_id) {
            Some(v) => Some(v),
            None => {
                self.error(key, format!("{}は選択肢から選んでください", label(key)));
                None
            }
        }
    }
}

/// The largest monthly wage that is surely written in 万円 rather than yen.
const MIN_PLAUSIBLE_MONTHLY_WAGE: i64 = 1_000;

impl PlanForm {
    /// Reads and checks every field. On success, the profile the plan is built from; otherwise every
    /// problem found, one message per field, in the order of the form.
    pub fn validate(&self) -> Result<Profile, Vec<FieldError>> {
        let mut r = Reader { errors: Vec::new() };
        let birth_date = r.date("birth_date", &self.birth_date);
        let leaving_date = r.date("leaving_date", &self.leaving_date);
        let leaving_reason = r.choice(
            "leaving_reason",
            &self.leaving_reason,
            &LEAVING_REASONS,
            LeavingReason::from_id,
        );
        let just_cause = r.choice(
            "just_cause",
            &self.just_cause,
            &JUST_CAUSES,
            JustCause::from_id,
        );
        let years = r.count("insured_years", &self.insured_years, MAX_INSURED_YEARS);
        let months = r.count("insured_months", &self.insured_months, 11);
        let claim_date = r.date("claim_date", &self.claim_date);
        let prior_self_quits_5y = r
            .count("prior_self_quits_5y", &self.prior_self_quits_5y, 20)
            .map_or(0, |n| u32::try_from(n).unwrap_or(0));
        let monthly = r.yen("monthly_wage", &self.monthly_wage);
        if let Some(m) = monthly
            && m > 0
            && m < MIN_PLAUSIBLE_MONTHLY_WAGE
        {
            r.error(
                "monthly_wage",
                format!("月給は円で入れてください（{m}円では少なすぎます。30万円なら「30万円」か 300000）"),
            );
        }
        let total = r.yen("wages_6m", &self.wages_6m);
        let wages = match wages_6m(total, monthly) {
            Ok(w) => w,
            Err(message) => {
                r.error("wages_6m", message);
                None
            }
        };
        let current_salary = r.yen("current_salary", &self.current_salary);
        let desired_salary = r.yen("desired_salary", &self.desired_salary);
        let target_relation = r.choice(
            "target_relation",
            &self.target_relation,
            &RELATIONS,
            Relation::from_id,
        );
        let target_field = r.choice("target_field", &self.target_field, &TARGET_FIELDS, |id| {
            TARGET_FIELDS
                .iter()
                .find(|(f, _)| *f == id)
                .map(|(f, _)| *f)
        });
        let selection_lead_days = r
            .count("selection_lead_days", &self.selection_lead_days, 365)
            .map_or(DEFAULT_SELECTION_LEAD_DAYS, |n| {
                i64::try_from(n).unwrap_or(DEFAULT_SELECTION_LEAD_DAYS)
            });
        let target_date = r.date("target_date", &self.target_date);

        let (Some(birth_date), Some(leaving_date), Some(leaving_reason), Some(years), true) = (
            birth_date,
            leaving_date,
            leaving_reason,
            years,
            r.errors.is_empty(),
        ) else {
            return Err(r.errors);
        };
        let profile = Profile {
            birth_date,
            leaving_date,
            // Whole years and months: exact in an f64 for the ranges accepted here.
            insured_years: years as f64 + months.unwrap_or(0) as f64 / 12.0,
            leaving_reason,
            claim_date,
            prior_self_quits_5y,
            current_salary,
            desired_salary,
            target_relation,
            management_experience: self.management_experience,
            hard_to_employ: self.hard_to_employ,
            renewal_wanted: self.renewal_wanted,
            just_cause,
            wages_6m: wages,
            education_training: self.education_training,
            target_field,
            employment_type: Some(self.employment_type.trim())
                .filter(|t| !t.is_empty())
                .map(str::to_string),
            selection_lead_days,
            target_date,
            resume: Some(self.resume.trim())
                .filter(|t| !t.is_empty())
                .map(str::to_string),
        };
        for (key, message) in profile.consistency_errors() {
            // The form asks for the period in years and months, so say it that way.
            let message = if key == "insured_years" {
                message.replace(
                    &format!("{}年", profile.insured_years),
                    &format!("{}年{}か月", years, months.unwrap_or(0)),
                )
            } else {
                message
            };
            r.error(key, message);
        }
        if r.errors.is_empty() {
            Ok(profile)
        } else {
            Err(r.errors)
        }
    }

    /// The form filled from a profile (e.g. the stored one), dates as `2025-04-01` (what
    /// `<input type="date">` shows) and amounts in 万円 where they are round.
    pub fn from_profile(profile: &Profile) -> Self {
        let yen = |v: Option<i64>| match v {
            Some(n) if n % 10_000 == 0 && n > 0 => format!("{}万円", n / 10_000),
            Some(n) => n.to_string(),
            None => String::new(),
        };
        let date = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        let total_months = (profile.insured_years * 12.0).round().max(0.0) as u64;
        PlanForm {
            birth_date: profile.birth_date.to_string(),
            leaving_date: profile.leaving_date.to_string(),
            leaving_reason: profile.leaving_reason.id().to_string(),
            just_cause: profile
                .just_cause
                .map(|c| c.id().to_string())
                .unwrap_or_default(),
            renewal_wanted: profile.renewal_wanted,
            insured_years: (total_months / 12).to_string(),
            insured_months: match total_months % 12 {
                0 => String::new(),
                m => m.to_string(),
            },
            claim_date: date(profile.claim_date),
            prior_self_quits_5y: match profile.prior_self_quits_5y {
                0 => String::new(),
                n => n.to_string(),
            },
            monthly_wage: String::new(),
            wages_6m: yen(profile.wages_6m),
            current_salary: yen(profile.current_salary),
            desired_salary: yen(profile.desired_salary),
            target_relation: profile
                .target_relation
                .map(|r| r.id().to_string())
                .unwrap_or_default(),
            target_field: profile.target_field.unwrap_or_default().to_string(),
            management_experience: profile.management_experience,
            hard_to_employ: profile.hard_to_employ,
            education_training: profile.education_training,
            employment_type: profile.employment_type.clone().unwrap_or_default(),
            selection_lead_days: if profile.selection_lead_days == DEFAULT_SELECTION_LEAD_DAYS {
                String::new()
            } else {
                profile.selection_lead_days.to_string()
            },
            target_date: date(profile.target_date),
            resume: profile.resume.clone().unwrap_or_default(),
        }
    }

    /// Imports a TOML profile (the CLI's format) into the form.
    pub fn from_toml(text: &str) -> Result<Self, PlanError> {
        Profile::from_toml(text).map(|p| Self::from_profile(&p))
    }

    /// Exports the form as TOML for the CLI, after checking it.
    pub fn to_toml(&self) -> Result<String, Vec<FieldError>> {
        self.validate().map(|p| p.to_toml())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn filled() -> PlanForm {
        PlanForm {
            birth_date: "昭和52年5月10日".into(),
            leaving_date: "2026/9/30".into(),
            leaving_reason: "self".into(),
            just_cause: "care".into(),
            insured_years: "25".into(),
            insured_months: "6".into(),
            claim_date: "R8.10.5".into(),
            prior_self_quits_5y: "1".into(),
            monthly_wage: "30万円".into(),
            current_salary: "450万円".into(),
            desired_salary: "4,800,000".into(),
            target_relation: "same-job".into(),
            target_field: "logistics".into(),
            management_experience: true,
            employment_type: "正社員".into(),
            selection_lead_days: "45".into(),
            target_date: "2027-03-01".into(),
            ..PlanForm::default()
        }
    }

    #[test]
    fn a_filled_form_gives_the_profile() {
        let p = filled().validate().unwrap();
        assert_eq!(p.birth_date, date(1977, 5, 10));
        assert_eq!(p.leaving_date, date(2026, 9, 30));
        assert_eq!(p.insured_years, 25.5);
        assert_eq!(p.leaving_reason, LeavingReason::SelfQuit);
        assert_eq!(p.just_cause, Some(JustCause::Care));
        assert_eq!(p.claim_date, Some(date(2026, 10, 5)));
        assert_eq!(p.wages_6m, Some(1_800_000));
        assert_eq!(p.current_salary, Some(4_500_000));
        assert_eq!(p.desired_salary, Some(4_800_000));
        assert_eq!(p.target_relation, Some(Relation::SameJob));
        assert_eq!(p.target_field, Some("logistics"));
        assert_eq!(p.selection_lead_days, 45);
        assert!(p.management_experience && !p.hard_to_employ);
    }

    fn errors(form: &PlanForm) -> Vec<(&'static str, String)> {
        form.validate()
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.message))
            .collect()
    }

    #[test]
    fn every_bad_field_gets_its_own_japanese_message() {
        let form = PlanForm {
            birth_date: "きのう".into(),
            leaving_date: "2026-02-30".into(),
            leaving_reason: "quit".into(),
            insured_years: "たくさん".into(),
            insured_months: "13".into(),
            current_salary: "-5万円".into(),
            target_relation: "other".into(),
            ..PlanForm::default()
        };
        let found = errors(&form);
        let fields: Vec<&str> = found.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            [
                "birth_date",
                "leaving_date",
                "leaving_reason",
                "insured_years",
                "insured_months",
                "current_salary",
                "target_relation"
            ]
        );
        for (field, message) in &found {
            assert!(!message.is_ascii(), "{field}: {message}");
            for word in ["TOML", "expected", "invalid", "parse", "quit", "other"] {
                assert!(!message.contains(word), "{field}: {message}");
            }
        }
    }

    #[test]
    fn required_fields_are_asked_for_by_name() {
        let found = errors(&PlanForm::default());
        assert_eq!(
            found,
            [
                ("birth_date", "生年月日を入れてください".to_string()),
                ("leaving_date", "離職日を入れてください".to_string()),
                ("leaving_reason", "離職理由を選んでください".to_string()),
                (
                    "insured_years",
                    "雇用保険の加入期間（年）を入れてください".to_string()
                ),
            ]
        );
    }

    #[test]
    fn checks_between_fields_name_the_field() {
        let mut form = filled();
        form.leaving_date = "1970-01-01".into();
        assert_eq!(errors(&form)[0].0, "leaving_date");

        let mut form = filled();
        form.insured_years = "40".into();
        let found = errors(&form);
        assert_eq!(found[0].0, "insured_years");
        assert!(found[0].1.contains("40年6か月"), "{}", found[0].1);

        let mut form = filled();
        form.leaving_reason = "company".into();
        form.renewal_wanted = true;
        let fields: Vec<&str> = errors(&form).iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["renewal_wanted", "just_cause"]);

        let mut form = filled();
        form.wages_6m = "180万円".into();
        assert_eq!(errors(&form)[0].0, "wages_6m");

        let mut form = filled();
        form.desired_salary = "500".into();
        let found = errors(&form);
        assert_eq!(found[0].0, "desired_salary");
        assert!(found[0].1.contains("450万円"), "{}", found[0].1);

        let mut form = filled();
        form.claim_date = "2026-09-01".into();
        assert_eq!(errors(&form)[0].0, "claim_date");
    }

    #[test]
    fn labels_are_accepted_in_choices() {
        let mut form = filled();
        form.leaving_reason = "会社都合".into();
        form.just_cause.clear();
        assert_eq!(
            form.validate().unwrap().leaving_reason,
            LeavingReason::Company
        );
    }

    #[test]
    fn form_toml_form_round_trip() {
        let form = filled();
        let profile = form.validate().unwrap();
        let text = form.to_toml().unwrap();
        let back = PlanForm::from_toml(&text).unwrap();
        assert_eq!(back.validate().unwrap(), profile);
        // The monthly wage comes back as the six months' total it stands for.
        assert_eq!(back.wages_6m, "180万円");
        assert_eq!(back.monthly_wage, "");
        assert_eq!(back.insured_years, "25");
        assert_eq!(back.insured_months, "6");
        assert_eq!(back.birth_date, "1977-05-10");
        assert_eq!(back.desired_salary, "480万円");
        assert_eq!(PlanForm::from_toml(&back.to_toml().unwrap()).unwrap(), back);
    }

    #[test]
    fn toml_profile_round_trip_keeps_everything() {
        let text = r#"
birth_date = 1977-05-10
leaving_date = 2026-09-30
insured_years = 12.25
leaving_reason = "contract_end"
renewal_wanted = true
claim_date = 2026-10-05
prior_self_quits_5y = 2
current_salary = 4567890
desired_salary = "500万円"
wages_6m = 1800000
target_relation = "adjacent"
hard_to_employ = true
education_training = true
target_field = "it"
employment_type = "契約社員"
selection_lead_days = 60
target_date = 2027-01-31
resume = "職務経歴書.md"
"#;
        let profile = Profile::from_toml(text).unwrap();
        assert_eq!(Profile::from_toml(&profile.to_toml()).unwrap(), profile);
        let form = PlanForm::from_profile(&profile);
        assert_eq!(form.current_salary, "4567890");
        assert_eq!(form.insured_months, "3");
        assert_eq!(form.validate().unwrap(), profile);
    }

    #[test]
    fn an_html_form_deserialises() {
        let form: PlanForm = serde_json::from_value(serde_json::json!({
            "birth_date": "1977-05-10",
            "management_experience": "on",
            "hard_to_employ": true,
        }))
        .unwrap();
        assert_eq!(form.birth_date, "1977-05-10");
        assert!(form.management_experience && form.hard_to_employ && !form.renewal_wanted);
    }

    #[test]
    fn every_form_field_is_a_profile_field_or_the_months() {
        let keys: Vec<&str> = super::super::profile::PROFILE_FIELDS
            .iter()
            .map(|(k, _)| *k)
            .collect();
        for f in FORM_FIELDS {
            assert!(
                f.key == "insured_months" || keys.contains(&f.key),
                "{}",
                f.key
            );
            assert!(!f.label.is_ascii(), "{}", f.key);
        }
    }
}
