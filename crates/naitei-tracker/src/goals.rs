//! Saved goals with their measurements and progress (`goals::status` of core).

use naitei_core::goals::catalog::Direction;
use naitei_core::goals::{Progress, status};
use naitei_store::{Goal, Measurement, NewGoal, Store};
use serde::Serialize;

use crate::Result;

/// The row to save for a goal the engine proposed (`naitei goals save` and the 目標 page):
/// `source` is where the duty came from (the résumé's path, or `web`).
pub fn new_goal(g: &naitei_core::goals::Goal, source: &str, today: &str) -> NewGoal {
    NewGoal {
        source: source.to_string(),
        line: i64::try_from(g.line).unwrap_or(i64::MAX),
        duty: g.duty.clone(),
        family: serde_json::to_value(g.family)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        entry: g.entry.map(str::to_string),
        metric: g.metric_id.to_string(),
        metric_label: g.metric.to_string(),
        measure: g.measure.clone(),
        unit: g.unit.to_string(),
        direction: match g.direction {
            Direction::Down => "down",
            Direction::Up => "up",
        }
        .to_string(),
        action: g.action_id.to_string(),
        action_label: g.action.to_string(),
        target: g.target.clone(),
        deadline: g.deadline.to_string(),
        created_on: today.to_string(),
    }
}

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
                .map(|m| (m.data.kind, m.data.value.as_str())),
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
