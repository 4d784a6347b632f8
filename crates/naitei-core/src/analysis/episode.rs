//! An achievement judged as a whole: the lines of one episode (an action line and its 「→」
//! result line, 【課題】【取り組み】【成果】 parts) have a problem, an action and a result when
//! any of their lines has it. The achievement rules read these verdicts, so an action on one
//! line and its number on the next make one complete achievement, not two broken lines.

use serde::Serialize;

use super::LineAnalysis;
use crate::text::quantity::Role;

/// The verdict on one episode.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub problem: bool,
    pub action: bool,
    pub result: bool,
}

#[derive(Debug, Clone)]
pub struct Episode {
    /// Indices into the review's items, in document order.
    pub items: Vec<usize>,
    pub verdict: Verdict,
    /// An outcome is claimed (削減した) and no line of the episode measures it.
    pub unmeasured_outcome: bool,
    /// Some line of the episode has a number (scale, period or outcome; not a date).
    pub has_number: bool,
}

impl Episode {
    /// Judges an episode from the analyses of its lines.
    pub fn judge<'a>(
        items: Vec<usize>,
        analyses: impl Iterator<Item = &'a LineAnalysis>,
    ) -> Episode {
        let mut v = Verdict::default();
        let mut claims = false;
        let mut has_number = false;
        for a in analyses {
            v.problem |= a.problem;
            v.action |= a.action;
            v.result |= a.result;
            claims |= a.unmeasured_outcome;
            has_number |= a.quantities.iter().any(|q| q.role != Role::Date);
        }
        Episode {
            items,
            verdict: v,
            unmeasured_outcome: claims && !v.result,
            has_number,
        }
    }
}

/// A line labelled as a part of an achievement (【課題】, 【取り組み】, 成果：) states that part
/// by its label: a 成果 line's number is the result even without an outcome verb
/// (「成果：新規開拓15社」), a 課題 line is the problem.
pub fn apply_label(a: &mut LineAnalysis, part: Option<crate::document::EpisodePart>) {
    use crate::document::EpisodePart;
    match part {
        Some(EpisodePart::Problem) => {
            // 【課題】: the line states the problem; its verbs and numbers describe the
            // situation (客数が前年比▲14%まで落ち込み), not an act or a result.
            a.problem = true;
            a.action = false;
            a.result = false;
            for q in &mut a.quantities {
                if q.role == Role::Outcome {
                    q.role = Role::Scale;
                }
            }
        }
        Some(EpisodePart::Action) => a.action |= !a.clauses.is_empty(),
        Some(EpisodePart::Result) => {
            let mut any = false;
            for q in &mut a.quantities {
                if matches!(q.role, Role::Scale) {
                    q.role = Role::Outcome;
                }
                any |= q.role == Role::Outcome;
            }
            a.result |= any;
        }
        None => return,
    }
    a.unmeasured_outcome &= !a.result;
    a.duty = !a.action && !a.result && !a.unmeasured_outcome && !a.problem;
}
