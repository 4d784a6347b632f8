//! Where a saved goal stands: its first baseline, its latest result and the change between them.

use naitei_vocab::MeasurementKind;
use serde::Serialize;

use super::catalog::Direction;
use super::draft::improvement_percent;

/// The progress of one goal, from its recorded measurements.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Progress {
    /// The first baseline recorded.
    pub baseline_value: Option<f64>,
    /// The latest result recorded.
    pub result_value: Option<f64>,
    /// Change from the baseline, in percent of it (positive = better), one decimal.
    pub improvement_percent: Option<f64>,
}

/// The progress of a goal whose direction is `direction` (`up` or `down`, as stored) from its
/// measurements `(kind, value)` in the order recorded. Values that are not numbers are skipped.
pub fn status<'a>(
    direction: &str,
    measurements: impl IntoIterator<Item = (MeasurementKind, &'a str)>,
) -> Progress {
    let direction = if direction == "up" {
        Direction::Up
    } else {
        Direction::Down
    };
    let mut baseline_value = None;
    let mut result_value = None;
    for (kind, value) in measurements {
        let Ok(v) = value.parse::<f64>() else {
            continue;
        };
        match kind {
            MeasurementKind::Baseline if baseline_value.is_none() => baseline_value = Some(v),
            MeasurementKind::Baseline => {}
            MeasurementKind::Result => result_value = Some(v),
        }
    }
    let improvement_percent = match (baseline_value, result_value) {
        (Some(b), Some(r)) => {
            improvement_percent(direction, b, r).map(|p| (p * 10.0).round() / 10.0)
        }
        _ => None,
    };
    Progress {
        baseline_value,
        result_value,
        improvement_percent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const B: MeasurementKind = MeasurementKind::Baseline;
    const R: MeasurementKind = MeasurementKind::Result;

    #[test]
    fn first_baseline_and_latest_result() {
        let p = status("down", [(B, "30"), (R, "25"), (B, "40"), (R, "20")]);
        assert_eq!(p.baseline_value, Some(30.0));
        assert_eq!(p.result_value, Some(20.0));
        assert_eq!(p.improvement_percent, Some(33.3));
        let up = status("up", [(B, "10"), (R, "12")]);
        assert_eq!(up.improvement_percent, Some(20.0));
        let none = status("up", [(B, "x")]);
        assert_eq!(none.baseline_value, None);
        assert_eq!(none.improvement_percent, None);
    }
}
