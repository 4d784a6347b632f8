//! Findings: what a rule reports (in normalized byte spans) and what users see (source lines
//! and character columns).

use std::ops::Range;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "エラー",
            Severity::Warning => "警告",
            Severity::Info => "情報",
        }
    }
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => None,
        }
    }
}

/// A replacement proposed by a rule, in normalized bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    pub span: Range<usize>,
    pub replacement: String,
    /// Safe fixes keep the meaning and are applied by `--fix`.
    pub safe: bool,
}

/// What a rule reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub rule: &'static str,
    pub severity: Severity,
    pub span: Range<usize>,
    pub message: String,
    pub edit: Option<Edit>,
}

/// A fix as users see it: the source range it replaces and the new text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fix {
    pub replacement: String,
    pub safe: bool,
    /// Byte range in the source text (for applying the fix).
    #[serde(skip)]
    pub source_range: Range<usize>,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// A finding resolved to the user's text: 1-based lines and character columns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
    /// The source text the finding points at.
    pub text: String,
    #[serde(skip)]
    pub source_range: Range<usize>,
    /// Where the line is in the original document when it was read from Word, Excel or PDF
    /// ("p.2 ¶5", "Sheet1!C12"); see `Review::attach_sources`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}
