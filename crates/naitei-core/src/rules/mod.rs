//! Rules of every engine — résumé and interview answer — under one trait and one registry.
//! One file per rule, named after its id; the file's `//!` comment is the rule's documentation
//! page (`naitei explain ID`), in fixed sections: 何を検出するか / なぜ問題か / 例 / 修正. Where a
//! rule runs is its [`Scope`]; what it advises first in 「まず直すこと」 is its [`Advice`].

#[cfg(test)]
pub(crate) mod testing;

use std::ops::Range;

use crate::analysis::LineAnalysis;
use crate::analysis::episode::Episode;
use crate::answer::AnswerContext;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Edit, Severity};
use crate::document::{Document, LineKind, SectionKind};

/// One analysed line of the 職務経歴 part.
#[derive(Debug, Clone)]
pub struct Item {
    /// Index into `Document::lines`.
    pub line: usize,
    pub analysis: LineAnalysis,
    /// Index into `Context::episodes`.
    pub episode: usize,
}

/// What every rule reads: the document parsed once, the line analyses, the configuration.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub items: &'a [Item],
    /// The achievements: lines of `items` grouped and judged together.
    pub episodes: &'a [Episode],
    pub config: &'a Config,
    /// The answer's analysis when the text is a spoken interview answer rather than a résumé.
    pub answer: Option<&'a AnswerContext<'a>>,
}

impl Context<'_> {
    /// Sentences of prose and list lines (not headings, metadata or tables), with the kind
    /// of the section they stand in.
    pub fn sentences(&self) -> impl Iterator<Item = (usize, Range<usize>)> + '_ {
        self.doc
            .lines
            .iter()
            .enumerate()
            .filter(|(_, l)| matches!(l.kind, LineKind::Text | LineKind::Bullet))
            .flat_map(|(i, l)| l.sentences.iter().map(move |s| (i, s.clone())))
    }

    /// Sentences of prose paragraphs only (no bullets).
    pub fn prose_sentences(&self) -> impl Iterator<Item = (usize, Range<usize>)> + '_ {
        self.sentences()
            .filter(|(i, _)| self.doc.lines[*i].kind == LineKind::Text)
    }

    pub fn section_kind(&self, line: usize) -> SectionKind {
        self.doc.sections[self.doc.lines[line].section].kind
    }
}

/// Which texts a rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// 職務経歴書 only.
    Resume,
    /// Spoken interview answers only.
    Answer,
    /// Both: the writing rules that fit speech as well as documents.
    Both,
}

impl Scope {
    pub fn reads(self, text: Scope) -> bool {
        self == Scope::Both || self == text
    }
}

/// What a rule contributes to 「まず直すこと」, the three things to fix first in a review.
#[derive(Debug, Clone, Copy)]
pub enum Advice {
    /// Nothing: the findings speak for themselves.
    None,
    /// Its own headline, from the number of its findings; lower `priority` comes first.
    Own {
        priority: u8,
        headline: fn(usize) -> String,
    },
    /// Counted into the one headline about the writing (文章の指摘).
    Writing,
}

/// Priority of the shared headline of the writing rules among the rules' own headlines.
pub const WRITING_ADVICE_PRIORITY: u8 = 90;

/// A rule: an id, a default severity, where it runs, its documentation, its advice and a check.
pub trait Rule: Sync + Send {
    fn id(&self) -> &'static str;
    fn severity(&self) -> Severity;
    /// Source of the rule's file; the documentation is its leading `//!` comment.
    fn source(&self) -> &'static str;
    /// The texts it reads; a résumé rule unless it says otherwise.
    fn scope(&self) -> Scope {
        Scope::Resume
    }
    /// Its part in 「まず直すこと」.
    fn advice(&self) -> Advice {
        Advice::None
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>);

    fn diag(&self, span: Range<usize>, message: String) -> Diagnostic {
        Diagnostic {
            rule: self.id(),
            severity: self.severity(),
            span,
            message,
            edit: None,
        }
    }
    fn diag_fix(
        &self,
        span: Range<usize>,
        message: String,
        replacement: String,
        safe: bool,
    ) -> Diagnostic {
        let edit = Edit {
            span: span.clone(),
            replacement,
            safe,
        };
        Diagnostic {
            rule: self.id(),
            severity: self.severity(),
            span,
            message,
            edit: Some(edit),
        }
    }
}

/// Static description of a rule, for `naitei rules`, `naitei explain` and the README.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RuleInfo {
    pub id: &'static str,
    pub severity: Severity,
    pub scope: Scope,
    /// First line of the documentation.
    pub summary: String,
    /// The whole documentation page (Markdown).
    pub doc: String,
}

/// The rule's documentation: the leading `//!` lines of its source, without the markers.
pub fn doc_of(source: &str) -> String {
    source
        .lines()
        .take_while(|l| l.starts_with("//!"))
        .map(|l| {
            l.trim_start_matches("//!")
                .strip_prefix(' ')
                .unwrap_or(l.trim_start_matches("//!"))
        })
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

/// Declares each rule's module and registers its type, in the order given.
macro_rules! rules {
    ($($module:ident :: $rule:ident),* $(,)?) => {
        $(mod $module;)*

        /// Every rule, in alphabetical order of id.
        pub fn all() -> &'static [&'static dyn Rule] {
            &[$(&$module::$rule),*]
        }
    };
}

// The registry: every rule, in alphabetical order of id. A new rule is its file
// (`rules/<id with underscores>.rs`) and one line here.
rules! {
    achievement_no_action::AchievementNoAction,
    achievement_no_problem::AchievementNoProblem,
    achievement_no_result::AchievementNoResult,
    answer_abstract::AnswerAbstract,
    answer_learning_posture::AnswerLearningPosture,
    answer_length::AnswerLength,
    answer_negative_reason::AnswerNegativeReason,
    answer_no_contribution::AnswerNoContribution,
    answer_no_episode::AnswerNoEpisode,
    answer_no_follow_up::AnswerNoFollowUp,
    answer_no_number::AnswerNoNumber,
    answer_overclaim::AnswerOverclaim,
    answer_reverse_question::AnswerReverseQuestion,
    answer_status_only::AnswerStatusOnly,
    date_format_mixed::DateFormatMixed,
    document_length::DocumentLength,
    double_negative::DoubleNegative,
    doubled_joshi::DoubledJoshi,
    max_ten::MaxTen,
    mixed_style::MixedStyle,
    no_digital_skill::NoDigitalSkill,
    ra_nuki::RaNuki,
    redundant_expression::RedundantExpression,
    sentence_length::SentenceLength,
    summary_length::SummaryLength,
    summary_missing::SummaryMissing,
    task_list_only::TaskListOnly,
    weak_phrase::WeakPhrase,
}

/// The rules that read `text` (a résumé or an answer), in registry order.
pub fn reading(text: Scope) -> impl Iterator<Item = &'static dyn Rule> {
    all().iter().copied().filter(move |r| r.scope().reads(text))
}

pub fn info(rule: &dyn Rule) -> RuleInfo {
    RuleInfo::new(rule.id(), rule.severity(), rule.scope(), rule.source())
}

impl RuleInfo {
    /// A rule's description from its id, default severity and the source of its file.
    pub fn new(id: &'static str, severity: Severity, scope: Scope, source: &str) -> RuleInfo {
        let doc = doc_of(source);
        let summary = doc
            .lines()
            .next()
            .unwrap_or("")
            .trim_start_matches("# ")
            .to_string();
        RuleInfo {
            id,
            severity,
            scope,
            summary,
            doc,
        }
    }
}

pub fn find(id: &str) -> Option<&'static dyn Rule> {
    all().iter().copied().find(|r| r.id() == id)
}

/// Every rule of every engine, for `naitei rules` and `explain`.
pub fn all_infos() -> Vec<RuleInfo> {
    all().iter().map(|r| info(*r)).collect()
}

/// Every rule id (for configuration checks).
pub fn all_ids() -> Vec<&'static str> {
    all().iter().map(|r| r.id()).collect()
}

pub use document_length::estimated_pages;

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
mod registry_tests {
    use super::*;

    #[test]
    fn ids_are_unique_sorted_and_kebab_case() {
        let ids: Vec<&str> = all().iter().map(|r| r.id()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(
            ids, sorted,
            "rules must be listed once, in alphabetical order"
        );
        for id in ids {
            assert!(
                id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{id}"
            );
        }
    }

    #[test]
    fn each_rule_is_the_file_named_after_its_id() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".rs") && n != "mod.rs" && n != "testing.rs")
            .collect();
        files.sort();
        let mut expected: Vec<String> = all()
            .iter()
            .map(|r| format!("{}.rs", r.id().replace('-', "_")))
            .collect();
        expected.sort();
        assert_eq!(
            files, expected,
            "every rule file is registered, under its id"
        );
        for rule in all() {
            let file = dir.join(format!("{}.rs", rule.id().replace('-', "_")));
            assert_eq!(
                std::fs::read_to_string(&file).unwrap(),
                rule.source(),
                "{}: source() must be its own file",
                rule.id()
            );
        }
    }

    #[test]
    fn answer_rules_say_so_in_their_id() {
        for rule in all() {
            assert_eq!(
                rule.scope() == Scope::Answer,
                rule.id().starts_with("answer-"),
                "{}",
                rule.id()
            );
        }
        let both: Vec<&str> = reading(Scope::Answer)
            .filter(|r| r.scope() == Scope::Both)
            .map(|r| r.id())
            .collect();
        assert_eq!(
            both,
            [
                "double-negative",
                "doubled-joshi",
                "max-ten",
                "mixed-style",
                "ra-nuki",
                "redundant-expression",
                "sentence-length",
                "weak-phrase"
            ],
            "the writing rules that fit speech"
        );
    }

    #[test]
    fn advice_is_ordered_and_unique() {
        let mut priorities: Vec<u8> = all()
            .iter()
            .filter_map(|r| match r.advice() {
                Advice::Own { priority, headline } => {
                    assert!(!headline(2).is_empty());
                    Some(priority)
                }
                _ => None,
            })
            .collect();
        priorities.push(WRITING_ADVICE_PRIORITY);
        let n = priorities.len();
        priorities.sort();
        priorities.dedup();
        assert_eq!(priorities.len(), n, "two headlines with the same priority");
    }

    #[test]
    fn every_rule_has_a_documentation_page() {
        for rule in all() {
            let doc = info(*rule).doc;
            for section in ["## 何を検出するか", "## なぜ問題か", "## 例", "## 修正"]
            {
                assert!(doc.contains(section), "{} lacks {section}", rule.id());
            }
            assert!(
                doc.starts_with("# "),
                "{} doc must start with a title",
                rule.id()
            );
        }
    }
}
