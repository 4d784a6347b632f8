//! Answer rules. One file per rule; the file's `//!` comment is the rule's documentation page.

mod abstract_virtue;
mod follow_up;
mod kind_core;
mod learning_posture;
mod length;
mod negative_reason;
mod no_contribution;
mod no_number;
mod overclaim;
mod reverse_question;
mod status_only;

use std::ops::Range;

use super::AnswerContext;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::RuleInfo;

/// The résumé writing rules that also fit spoken answers.
pub const WRITING_RULES: [&str; 6] = [
    "double-negative",
    "doubled-joshi",
    "ra-nuki",
    "redundant-expression",
    "sentence-length",
    "weak-phrase",
];

pub trait AnswerRule: Sync + Send {
    fn id(&self) -> &'static str;
    fn severity(&self) -> Severity;
    fn source(&self) -> &'static str;
    fn check(&self, cx: &AnswerContext<'_>, out: &mut Vec<Diagnostic>);

    fn diag(&self, span: Range<usize>, message: String) -> Diagnostic {
        Diagnostic {
            rule: self.id(),
            severity: self.severity(),
            span,
            message,
            edit: None,
        }
    }
}

/// Every answer rule, in alphabetical order of id.
pub fn all() -> &'static [&'static dyn AnswerRule] {
    &[
        &abstract_virtue::AnswerAbstract,
        &learning_posture::AnswerLearningPosture,
        &length::AnswerLength,
        &negative_reason::AnswerNegativeReason,
        &no_contribution::AnswerNoContribution,
        &kind_core::AnswerNoEpisode,
        &follow_up::AnswerNoFollowUp,
        &no_number::AnswerNoNumber,
        &overclaim::AnswerOverclaim,
        &reverse_question::AnswerReverseQuestion,
        &status_only::AnswerStatusOnly,
    ]
}

pub fn infos() -> Vec<RuleInfo> {
    all()
        .iter()
        .map(|r| RuleInfo::new(r.id(), r.severity(), r.source()))
        .collect()
}

/// A quote of at most `max` characters from a span, cut at morpheme boundaries: the end of
/// the span is kept (the predicate), leading morphemes are dropped.
pub(crate) fn quote(
    cx: &AnswerContext<'_>,
    span: &Range<usize>,
    max: usize,
) -> (Range<usize>, String) {
    let text = cx.doc.text();
    // The morphemes inside the span (found by binary search, not a scan of the document).
    let morphs: Vec<&crate::text::morph::Morpheme> = cx.doc.morphs_in(span.clone()).collect();
    let mut start = morphs.first().map_or(span.start, |m| m.range.start);
    // A closing 。 is not part of what is quoted.
    let end = morphs
        .iter()
        .rev()
        .find(|m| m.pos != crate::text::morph::Pos::Symbol)
        .map_or(span.end, |m| m.range.end);
    // Characters of text[start..end], kept as start moves (not counted again each step).
    let mut chars = text[start..end].chars().count();
    for m in &morphs {
        if chars <= max {
            break;
        }
        chars -= text[start..m.range.end].chars().count();
        start = m.range.end;
    }
    let start = start.min(end);
    // Never start on a particle or a symbol.
    let start = morphs
        .iter()
        .find(|m| {
            m.range.start >= start
                && !matches!(
                    m.pos,
                    crate::text::morph::Pos::Particle
                        | crate::text::morph::Pos::Symbol
                        | crate::text::morph::Pos::Auxiliary
                )
        })
        .map_or(start, |m| m.range.start);
    (start..end, text[start..end].to_string())
}

/// The whole answer's span (for findings about the answer as a whole).
pub(crate) fn whole(cx: &AnswerContext<'_>) -> Range<usize> {
    let text = cx.doc.text();
    let start = text.len() - text.trim_start().len();
    start..text.trim_end().len().max(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_sorted_and_documented() {
        let ids: Vec<&str> = all().iter().map(|r| r.id()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(ids, sorted);
        let resume: Vec<&str> = crate::rules::all().iter().map(|r| r.id()).collect();
        for info in infos() {
            assert!(info.id.starts_with("answer-") && !resume.contains(&info.id));
            for section in ["## 何を検出するか", "## なぜ問題か", "## 例", "## 修正"]
            {
                assert!(info.doc.contains(section), "{} lacks {section}", info.id);
            }
        }
        for id in WRITING_RULES {
            assert!(resume.contains(&id), "{id} is not a résumé rule");
        }
    }
}
