//! Runs the rules on one answer: the answer rules and the writing rules that fit speech. Kept
//! apart from the analysis in `answer` so that the rules can read the analysis without a cycle.

use super::{
    AnswerContext, AnswerReview, QuestionKind, judge, lexicon, score, signals, speaking_seconds,
};
use crate::cancel::{Cancel, Cancelled};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::rules::{self, Context, Scope};

/// Reviews one answer.
pub fn review(text: &str, kind: QuestionKind, config: &Config) -> AnswerReview {
    crate::cancel::never(review_cancellable(text, kind, config, Cancel::NEVER))
}

/// [`review`], stopping between lines once `cancel` is set.
pub fn review_cancellable(
    text: &str,
    kind: QuestionKind,
    config: &Config,
    cancel: Cancel<'_>,
) -> Result<AnswerReview, Cancelled> {
    let doc = Document::parse_cancellable(text, cancel)?;
    let (signals, evidence) = signals(&doc, kind);
    let characters = doc.text().chars().filter(|c| !c.is_whitespace()).count();
    let speaking_seconds = speaking_seconds(characters);
    let weak = judge(kind, &signals, evidence.sentences, speaking_seconds);
    let score = score(kind, &signals, &evidence, speaking_seconds, weak);
    let cx = AnswerContext {
        doc: &doc,
        kind,
        signals: &signals,
        evidence: &evidence,
        characters,
        speaking_seconds,
        weak,
        config,
    };
    let text = Context {
        doc: &doc,
        items: &[],
        episodes: &[],
        config,
        answer: Some(&cx),
    };
    let mut raw: Vec<Diagnostic> = Vec::new();
    for rule in rules::reading(Scope::Answer) {
        if config.is_enabled(rule.id()) {
            rule.check(&text, &mut raw);
        }
    }
    let mut diagnostics = crate::review::resolve_all(&doc, raw, config);
    diagnostics.dedup_by(|a, b| a.rule == b.rule && a.line == b.line && a.column == b.column);
    Ok(AnswerReview {
        question: kind,
        title: None,
        line: 1,
        weak,
        score,
        signals,
        characters,
        speaking_seconds,
        length_target: kind.target(),
        advice: kind.strong_answer(),
        suggested_questions: if kind == QuestionKind::Reverse {
            lexicon::SUGGESTED_QUESTIONS.to_vec()
        } else {
            Vec::new()
        },
        diagnostics,
    })
}
