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

/// Asserts that each text gives at least one finding of `rule`, pointing at `marked` text.
pub fn assert_ng(rule: &str, cases: &[(&str, &str)]) {
    for (t, marked) in cases {
        let f = findings(rule, t);
        assert!(!f.is_empty(), "{rule} should fire on {t:?}");
        assert!(
            f.iter().any(|f| f.text.contains(marked)),
            "{rule} on {t:?}: expected a span containing {marked:?}, got {:?}",
            f.iter().map(|f| &f.text).collect::<Vec<_>>()
        );
    }
}

/// Applies the safe fixes of `rule` to `text` and returns the result.
pub fn fixed(rule: &str, text: &str) -> String {
    let f = findings(rule, text);
    crate::review::apply_fixes(text, &f).0
}
