//! Saved goals with their measurements and progress (`goals::status` of core).

use naitei_core::goals::{Progress, status};
use naitei_store::{Goal, Measurement, Store};
use serde::Serialize;

use crate::Result;

/// A goal with its measurements, as listed and drafted.
#[derive(Debug, Clone, Serialize)]
pub struct GoalStatus {
    #[serde(flatten)]
    pub goal: Goal,
    pub measurements: Vec<Measurement>,
    #[serde(flatten)]
    pub progress: Progress,
}

impl GoalStatus {
    pub fn new(goal: Goal, measurements: Vec<Measurement>) -> GoalStatus {
        let progress = status(
            &goal.data.direction,
            measurements
                .iter()
                .map(|m| (m.data.kind.as_str(), m.data.value.as_str())),
        );
        GoalStatus {
            goal,
            measurements,
            progress,
        }
    }
}

/// Every saved goal (or only goal `only`) with its progress.
pub async fn goal_statuses(store: &Store, only: Option<i64>) -> Result<Vec<GoalStatus>> {
    let goals = match only {
        Some(id) => vec![store.goal(id).await?],
        None => store.goals().await?,
    };
    let mut out = Vec::with_capacity(goals.len());
    for g in goals {
        let ms = store.measurements(g.id).await?;
        out.push(GoalStatus::new(g, ms));
    }
    Ok(out)
}

/// Reads a measured value: 8, 12.5, full-width digits; a trailing unit (8件, 30分) is allowed.
/// The error is the Japanese message to show next to the input.
pub fn parse_value(input: &str) -> std::result::Result<f64, String> {
    // Full-width digits and points fold to half-width in the core's normalizer.
    let s = naitei_core::text::normalize::Normalized::new(input.trim()).text;
    let number: String = s
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let rest = s[number.len()..].trim();
    let ok_rest =
        rest.is_empty() || ["件", "分", "時間", "日", "万円", "%", "％", "個"].contains(&rest);
    match number.parse::<f64>() {
        Ok(v) if ok_rest && v.is_finite() => Ok(v),
        _ => Err(format!("値「{input}」を数として読めません（例: 8、12.5）")),
    }
}
