//! The strategy planner behind `naitei plan` and `naitei offer` (issue 5): the 基本手当 calendar, the
//! realism of the salary target, the weekly application target and a dated action plan, all from a
//! profile and a given "today" (the clock is never read here).
//!
//! Every rule and figure lives in [`data`] with its source and effective dates.

pub mod actions;
pub mod benefit;
pub mod data;
pub mod fields;
pub mod form;
pub mod offer;
pub mod profile;
pub mod salary;
pub mod weekly;

use jiff::civil::Date;
use serde::Serialize;

pub use actions::Actions;
pub use benefit::{Benefit, Category};
pub use form::{FORM_FIELDS, FieldError, FieldKind, FormField, PlanForm};
pub use offer::{OfferComparison, OfferFile};
pub use profile::{LeavingReason, Profile, Relation};
pub use salary::SalaryAssessment;
pub use weekly::{FunnelCounts, WeeklyTarget};

/// Errors in a profile, funnel or offer file. Messages are in Japanese and name the field.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PlanError {
    #[error("TOML として読めません: {0}")]
    Toml(String),
    #[error("必須項目 {field}（{label}）がありません")]
    Missing { field: String, label: String },
    #[error("{field}（{label}）: {message}")]
    Invalid {
        field: String,
        label: String,
        message: String,
    },
    #[error("不明な項目 {field} があります（使える項目: {expected}）")]
    UnknownField { field: String, expected: String },
}

/// The whole plan, as printed by `naitei plan --format json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub today: Date,
    pub age: u32,
    /// The profile's `employment_type`, shown as given.
    pub employment_type: Option<String>,
    pub benefit: Benefit,
    pub salary: SalaryAssessment,
    pub weekly_target: WeeklyTarget,
    pub actions: Actions,
}

/// Builds the plan for `profile` as of `today`. `funnel` is the seeker's own selection record
/// (reference rates are used when it is `None`).
pub fn build_plan(profile: &Profile, today: Date, funnel: Option<&FunnelCounts>) -> Plan {
    let benefit = benefit::compute(profile, today);
    let salary = salary::assess(profile, today);
    let weekly_target = weekly::compute(profile, &benefit, today, funnel);
    let actions = actions::compute(profile, &benefit, &weekly_target, today);
    Plan {
        today,
        age: profile.age_on(today),
        employment_type: profile.employment_type.clone(),
        benefit,
        salary,
        weekly_target,
        actions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::ToSpan;
    use jiff::civil::date;
    use proptest::prelude::*;

    /// Keys whose values are codes for programs (ids, enum values, the reference section), not text
    /// a seeker reads.
    const CODE_KEYS: &[&str] = &[
        "kind",
        "id",
        "stage",
        "deadline_kind",
        "category",
        "leaving_reason",
        "strategy",
        "reference",
    ];

    /// A word of ASCII letters joined by `_` or `-` (`target_date`, `same-job`), as rule ids and
    /// profile keys are written.
    fn has_ascii_id(text: &str) -> bool {
        text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .any(|word| {
                word.contains(['_', '-'])
                    && word.chars().any(|c| c.is_ascii_alphabetic())
                    && word.trim_matches(['_', '-']).len() > 1
            })
    }

    fn developer_words(value: &serde_json::Value, path: &str, found: &mut Vec<String>) {
        match value {
            serde_json::Value::String(text) => {
                let bad = ["REFERENCE", "naitei ", "--", ".md"]
                    .iter()
                    .any(|w| text.contains(w))
                    || has_ascii_id(text);
                if bad {
                    found.push(format!("{path}: {text}"));
                }
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    developer_words(item, &format!("{path}[{i}]"), found);
                }
            }
            serde_json::Value::Object(map) => {
                for (key, item) in map {
                    if !CODE_KEYS.contains(&key.as_str()) {
                        developer_words(item, &format!("{path}.{key}"), found);
                    }
                }
            }
            _ => {}
        }
    }

    #[test]
    fn the_id_detector_catches_ids_and_spares_prose() {
        assert!(has_ascii_id("target_date（内定の目標日）"));
        assert!(has_ascii_id("同職種異業界（same-job）"));
        assert!(!has_ascii_id(
            "doda 求人数推移 2022–23年、ITパスポート、2026-12-01"
        ));
    }

    /// Everything a seeker reads in a plan is free of file names, commands and ids; the reference
    /// sections stay in the `reference` fields for the CLI's JSON.
    #[test]
    fn plan_text_has_no_developer_words() {
        let profiles = [
            "leaving_reason = \"self\"\nmonthly_wage = \"30万円\"\nprior_self_quits_5y = 2",
            "leaving_reason = \"company\"\ncurrent_salary = \"600万円\"\ndesired_salary = \"900万円\"\ntarget_field = \"it\"",
            "leaving_reason = \"contract_end\"\nrenewal_wanted = true\ntarget_date = 2026-10-01",
            "leaving_reason = \"misconduct\"\ntarget_relation = \"new\"\ncurrent_salary = 5000000",
            "leaving_reason = \"retirement\"\ntarget_field = \"logistics\"",
        ];
        let mut found = Vec::new();
        let mut references = 0;
        for extra in profiles {
            let text = format!(
                "birth_date = 1970-05-10\nleaving_date = 2026-09-30\ninsured_years = 22\n{extra}\n"
            );
            let profile = Profile::from_toml(&text).unwrap();
            for today in [date(2026, 10, 20), date(2027, 12, 1)] {
                let plan = build_plan(&profile, today, None);
                references += plan
                    .actions
                    .items
                    .iter()
                    .filter(|a| a.reference.is_some())
                    .count();
                assert_eq!(plan.benefit.reference, "REFERENCE.md §3");
                let json = serde_json::to_value(&plan).unwrap();
                developer_words(&json, "plan", &mut found);
            }
        }
        assert!(
            found.is_empty(),
            "developer words in plan text:\n{}",
            found.join("\n")
        );
        assert!(
            references > 0,
            "the reference sections are kept for the CLI"
        );
    }

    proptest! {
        /// Any valid profile on any day gives a coherent plan (no panic, sorted actions, a target
        /// that covers the needed applications).
        #[test]
        fn any_profile_any_day_gives_a_coherent_plan(
            birth_offset in 0i64..(365 * 50),
            leaving_offset in 0i64..(365 * 15),
            insured_share in 0.0f64..1.0,
            reason in 0usize..5,
            today_offset in -400i64..900,
            relation in 0usize..4,
            current in 2_000_000i64..9_000_000,
            desired in 2_000_000i64..9_000_000,
            field in 0usize..9,
        ) {
            let birth = date(1950, 1, 1).checked_add(birth_offset.days()).unwrap();
            let leaving = date(2014, 1, 1).checked_add(leaving_offset.days()).unwrap();
            let age = profile::age_on(birth, leaving);
            prop_assume!(age >= 16);
            let insured = (f64::from(age) - 15.0) * insured_share;
            let reason = ["self", "company", "contract_end", "retirement", "misconduct"][reason];
            let relation = ["same", "same-job", "adjacent", "new"][relation];
            let field = match field {
                8 => String::new(),
                i => format!("target_field = \"{}\"\n", data::TARGET_FIELDS[i].0),
            };
            let text = format!(
                "birth_date = {birth}\nleaving_date = {leaving}\ninsured_years = {insured:?}\nleaving_reason = \"{reason}\"\n\
                 current_salary = {current}\ndesired_salary = {desired}\ntarget_relation = \"{relation}\"\n{field}"
            );
            let profile = Profile::from_toml(&text).unwrap();
            prop_assert_eq!(&Profile::from_toml(&profile.to_toml()).unwrap(), &profile);
            let today = leaving.checked_add(today_offset.days()).unwrap();
            let plan = build_plan(&profile, today, None);
            let items = &plan.actions.items;
            prop_assert!(items.windows(2).all(|w| w[0].date <= w[1].date));
            prop_assert!(items.iter().all(|a| a.end.is_none_or(|end| end >= a.date)));
            let w = &plan.weekly_target;
            prop_assert!(w.per_week * w.weeks >= w.total_applications);
            prop_assert!(w.apply_until >= today && w.deadline >= w.apply_until);
            if let (Some(lo), Some(hi)) = (plan.salary.realistic_low, plan.salary.realistic_high) {
                prop_assert!(lo <= hi);
            }
            prop_assert!(plan.benefit.days_left <= plan.benefit.payable_days);
        }
    }
}
