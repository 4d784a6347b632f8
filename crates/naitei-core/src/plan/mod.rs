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
        benefit,
        salary,
        weekly_target,
        actions,
    }
}
