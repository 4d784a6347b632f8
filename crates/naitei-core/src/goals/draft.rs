//! From a goal with a measured baseline and result to an achievement line in 課題→行動→数字
//! form for the 職務経歴書: 「請求書の記載ミスが月8件発生していたため、確認項目をチェックリストに
//! まとめて運用し、発生件数を月8件から月1件に削減した。」 The same line passes `naitei review`
//! with no `achievement-*` finding (tested over the whole catalog).

use super::catalog::{self, Direction};

/// What a draft needs; the ids are those of the catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftInput<'a> {
    pub metric: &'a str,
    /// The thing measured (請求書の記載ミス).
    pub what: &'a str,
    pub action: &'a str,
    pub baseline: f64,
    pub result: f64,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DraftError {
    #[error("指標「{0}」は naitei の表にありません")]
    UnknownMetric(String),
    #[error("行動「{0}」は naitei の表にありません")]
    UnknownAction(String),
    #[error("値は0以上の数で記録してください（{0}）")]
    Negative(String),
    #[error(
        "結果（{result}）が基準値（{baseline}）より良くなっていません。実績として書くのは、良くなってからにしましょう"
    )]
    NotImproved { baseline: String, result: String },
}

/// The change from the baseline to the result, in percent of the baseline (positive = better).
pub fn improvement_percent(direction: Direction, baseline: f64, result: f64) -> Option<f64> {
    if baseline <= 0.0 {
        return None;
    }
    Some(match direction {
        Direction::Down => (baseline - result) / baseline * 100.0,
        Direction::Up => (result - baseline) / baseline * 100.0,
    })
}

/// Drafts the achievement line.
pub fn draft(input: &DraftInput<'_>) -> Result<String, DraftError> {
    let metric = catalog::metric(input.metric)
        .ok_or_else(|| DraftError::UnknownMetric(input.metric.to_string()))?;
    let action = catalog::action(input.action)
        .ok_or_else(|| DraftError::UnknownAction(input.action.to_string()))?;
    for v in [input.baseline, input.result] {
        if !v.is_finite() || v < 0.0 {
            return Err(DraftError::Negative(catalog::number_text(v)));
        }
    }
    let better = match metric.direction {
        Direction::Down => input.result < input.baseline,
        Direction::Up => input.result > input.baseline,
    };
    let base_text = metric.unit.text(input.baseline);
    let result_text = metric.unit.text(input.result);
    if !better {
        return Err(DraftError::NotImproved {
            baseline: base_text,
            result: result_text,
        });
    }
    let situation = metric
        .situation
        .replace("{what}", input.what.trim())
        .replace("{value}", &base_text);
    Ok(format!(
        "{situation}ため、{}、{}を{base_text}から{result_text}に{}。",
        action.phrase, metric.short, metric.verb
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_problem_action_number() {
        let line = draft(&DraftInput {
            metric: "errors",
            what: "請求書の記載ミス",
            action: "checklist",
            baseline: 8.0,
            result: 1.0,
        })
        .unwrap();
        assert_eq!(
            line,
            "請求書の記載ミスが月8件発生していたため、確認項目をチェックリストにまとめて運用し、発生件数を月8件から月1件に削減した。"
        );
    }

    #[test]
    fn refuses_a_result_that_is_not_better() {
        let input = DraftInput {
            metric: "sales",
            what: "担当顧客の売上",
            action: "followup",
            baseline: 300.0,
            result: 290.0,
        };
        assert!(matches!(draft(&input), Err(DraftError::NotImproved { .. })));
        let input = DraftInput {
            metric: "nope",
            ..input
        };
        assert!(matches!(draft(&input), Err(DraftError::UnknownMetric(_))));
    }

    #[test]
    fn improvement_is_signed_by_direction() {
        assert_eq!(improvement_percent(Direction::Down, 8.0, 2.0), Some(75.0));
        assert_eq!(improvement_percent(Direction::Up, 200.0, 220.0), Some(10.0));
        assert_eq!(improvement_percent(Direction::Up, 0.0, 1.0), None);
    }
}
