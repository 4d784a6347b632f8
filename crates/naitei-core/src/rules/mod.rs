//! Rules. One file per rule; the file's `//!` comment is the rule's documentation page
//! (`naitei explain ID`), in fixed sections: 何を検出するか / なぜ問題か / 例 / 修正.

mod achievement_no_action;
mod achievement_no_problem;
mod achievement_no_result;
mod date_format_mixed;
pub(crate) mod document_length;
mod double_negative;
mod doubled_joshi;
mod max_ten;
mod mixed_style;
mod no_digital_skill;
mod ra_nuki;
mod redundant_expression;
mod sentence_length;
mod summary_length;
mod summary_missing;
mod task_list_only;
mod weak_phrase;

#[cfg(test)]
pub(crate) mod testing;

use std::ops::Range;

use crate::analysis::LineAnalysis;
use crate::analysis::episode::Episode;
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
    /// Checking a spoken interview answer rather than a résumé.
    pub answer: bool,
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

/// A rule: an id, a default severity, its documentation and a check.
pub trait Rule: Sync + Send {
    fn id(&self) -> &'static str;
    fn severity(&self) -> Severity;
    /// Source of the rule's file; the documentation is its leading `//!` comment.
    fn source(&self) -> &'static str;
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

/// Every résumé rule, in alphabetical order of id.
pub fn all() -> &'static [&'static dyn Rule] {
    &[
        &achievement_no_action::AchievementNoAction,
        &achievement_no_problem::AchievementNoProblem,
        &achievement_no_result::AchievementNoResult,
        &date_format_mixed::DateFormatMixed,
        &document_length::DocumentLength,
        &double_negative::DoubleNegative,
        &doubled_joshi::DoubledJoshi,
        &max_ten::MaxTen,
        &mixed_style::MixedStyle,
        &no_digital_skill::NoDigitalSkill,
        &ra_nuki::RaNuki,
        &redundant_expression::RedundantExpression,
        &sentence_length::SentenceLength,
        &summary_length::SummaryLength,
        &summary_missing::SummaryMissing,
        &task_list_only::TaskListOnly,
        &weak_phrase::WeakPhrase,
    ]
}

pub fn info(rule: &dyn Rule) -> RuleInfo {
    RuleInfo::new(rule.id(), rule.severity(), rule.source())
}

impl RuleInfo {
    /// A rule's description from its id, default severity and the source of its file.
    pub fn new(id: &'static str, severity: Severity, source: &str) -> RuleInfo {
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
            summary,
            doc,
        }
    }
}

pub fn find(id: &str) -> Option<&'static dyn Rule> {
    all().iter().copied().find(|r| r.id() == id)
}

/// Every rule of every engine (résumé, then answers), for `naitei rules` and `explain`.
pub fn all_infos() -> Vec<RuleInfo> {
    all()
        .iter()
        .map(|r| info(*r))
        .chain(crate::answer::rules::infos())
        .collect()
}

/// Every rule id (for configuration checks).
pub fn all_ids() -> Vec<&'static str> {
    all()
        .iter()
        .map(|r| r.id())
        .chain(crate::answer::rules::all().iter().map(|r| r.id()))
        .collect()
}

pub use document_length::estimated_pages;

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
