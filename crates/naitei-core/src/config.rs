//! Configuration (`naitei.toml`): which rules run, their severities and thresholds.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::diagnostic::Severity;

/// Numeric thresholds of the rules. Defaults come from REFERENCE.md §2 and the usual
/// Japanese writing guides (textlint-rule-preset-ja-technical-writing for the writing rules).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Thresholds {
    /// Longest sentence in characters (sentence-length).
    pub sentence_length: usize,
    /// Most 読点 in one sentence (max-ten).
    pub max_ten: usize,
    /// 職務要約 length band in characters (summary-length): REFERENCE.md §2, 200–300.
    pub summary_min: usize,
    pub summary_max: usize,
    /// Most A4 pages (document-length): REFERENCE.md §2, 3 at most.
    pub max_pages: f64,
    /// Characters per A4 page of a typical layout: REFERENCE.md §2, 1,200–1,500.
    pub chars_per_page: usize,
    /// Lines per A4 page of a typical layout (short bullet lines fill pages too).
    pub lines_per_page: usize,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            sentence_length: 100,
            max_ten: 3,
            summary_min: 200,
            summary_max: 300,
            max_pages: 3.0,
            chars_per_page: 1350,
            lines_per_page: 45,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct RuleSelection {
    /// Rule ids to turn off.
    pub disable: Vec<String>,
    /// When not empty, only these rules run.
    pub enable: Vec<String>,
    /// Severity overrides by rule id.
    pub severity: BTreeMap<String, Severity>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub rules: RuleSelection,
    pub thresholds: Thresholds,
}

impl Config {
    pub fn is_enabled(&self, id: &str) -> bool {
        (self.rules.enable.is_empty() || self.rules.enable.iter().any(|r| r == id))
            && !self.rules.disable.iter().any(|r| r == id)
    }
    /// Ids named in the configuration that are not rules (reported to the user).
    pub fn unknown_rule_ids<'a>(&'a self, known: &[&str]) -> Vec<&'a str> {
        self.rules
            .disable
            .iter()
            .chain(&self.rules.enable)
            .chain(self.rules.severity.keys())
            .map(String::as_str)
            .filter(|id| !known.contains(id))
            .collect()
    }
}
