//! Shared helpers for rule tests (valid/invalid tables).

use crate::config::Config;
use crate::diagnostic::Finding;
use crate::review::review;

/// Findings of one rule on a text.
pub fn findings(rule: &str, text: &str) -> Vec<Finding> {
    let mut config = Config::default();
    config.rules.enable = vec![rule.to_string()];
    review(text, &config).diagnostics
}

/// Asserts that each text gives no finding of `rule`.
pub fn assert_ok(rule: &str, texts: &[&str]) {
    for t in texts {
        let f = findings(rule, t);
        assert!(f.is_empty(), "{rule} should not fire on {t:?}: {f:#?}");
    }
}

/// Asserts that each text gives exactly one finding of `rule`, and that the finding's span is
/// exactly the `marked` text. A case with several findings uses [`assert_spans`].
pub fn assert_ng(rule: &str, cases: &[(&str, &str)]) {
    for (t, marked) in cases {
        assert_spans(rule, t, &[marked]);
    }
}

/// Asserts that `text` gives exactly these findings of `rule`: one per span, in order, each
/// span exactly the text given.
pub fn assert_spans(rule: &str, text: &str, spans: &[&str]) {
    let f = findings(rule, text);
    let got: Vec<&str> = f.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(got, spans, "{rule} on {text:?}: findings (count and spans)");
}

/// Applies the safe fixes of `rule` to `text` and returns the result.
pub fn fixed(rule: &str, text: &str) -> String {
    let f = findings(rule, text);
    crate::review::apply_fixes(text, &f).0
}

/// Findings of one rule on a spoken interview answer (as `naitei answer` reads it).
pub fn answer_findings(rule: &str, text: &str) -> Vec<Finding> {
    let mut config = Config::default();
    config.rules.enable = vec![rule.to_string()];
    crate::answer::review(text, crate::answer::QuestionKind::Other, &config)
        .diagnostics
        .into_iter()
        .filter(|f| f.rule == rule)
        .collect()
}

/// Asserts that each answer gives exactly these findings of `rule` (spans, in order).
pub fn assert_answer_spans(rule: &str, cases: &[(&str, &[&str])]) {
    for (text, spans) in cases {
        let f = answer_findings(rule, text);
        let got: Vec<&str> = f.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(&got, spans, "{rule} on the answer {text:?}");
    }
}
