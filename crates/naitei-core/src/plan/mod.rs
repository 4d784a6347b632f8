//! The strategy planner behind `naitei plan` and `naitei offer` (issue 5): the 基本手当 calendar, the
//! realism of the salary target, the weekly application target and a dated action plan, all from a
//! profile and a given "today" (the clock is never read here).
//!
//! Every rule and figure lives in [`data`] with its source and effective dates.

pub mod actions;
pub mod benefit;
pub mod data;
pub mod fields;
pub mod offer;
pub mod profile;
pub mod salary;
pub mod weekly;

use jiff::civil::Date;
use serde::Serialize;

pub use actions::Actions;
pub use benefit::{Benefit, Category};
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
