//! Conformance with the test suites of the textlint rules that naitei's writing rules
//! re-implement. The cases (valid/invalid texts with the upstream rule's default options) are
//! data in `fixtures/textlint/<rule-id>.tsv`; this harness runs each through naitei's own rule
//! with the default configuration and compares "fires / does not fire".
//!
//! Columns: `expect` (valid|invalid), the text (`\n`, `\t`, `\\` escaped), the upstream case,
//! and a note that is empty (naitei must agree), `deliberate: reason` (naitei differs on purpose
//! in a case its documentation covers: counted as a disagreement, and the harness checks it
//! still differs so that stale notes are noticed), `scope: reason` (the rule's documentation
//! does not claim this case, e.g. headings for `mixed-style`: left out of the agreement), or
//! `gap: reason` (a known disagreement not yet resolved: counted against the agreement and
//! reported; a rule with gaps is held to its floor once they are closed).
//!
//! The rules that also read spoken interview answers (`naitei answer`) are run a second time
//! on each case as an answer, and their agreement is reported for that scope too. An optional
//! fifth column gives the note for the answer run where it differs from the résumé run (the
//! same four kinds, or `none`: the answer run must agree); without it the note is the same.
//!
//! Run with `--nocapture` to see the agreement per rule.

use naitei_core::answer::QuestionKind;
use naitei_core::rules::{self, Scope};
use naitei_core::{Config, review};

const RULES: &[&str] = &[
    "double-negative",
    "doubled-joshi",
    "max-ten",
    "mixed-style",
    "ra-nuki",
    "redundant-expression",
    "sentence-length",
    "weak-phrase",
];

/// The share of covered cases that must agree, per rule.
const FLOOR: f64 = 0.95;

#[derive(Debug, PartialEq)]
enum Note {
    None,
    Deliberate(String),
    Scope(String),
    Gap(String),
}

struct Case {
    valid: bool,
    text: String,
    name: String,
    note: Note,
    /// The note for the run as a spoken answer.
    answer_note: Note,
}

fn parse_note(path: &str, n: &str) -> Note {
    match n.trim() {
        "" | "none" => Note::None,
        n if n.starts_with("deliberate:") => Note::Deliberate(n.to_string()),
        n if n.starts_with("scope:") => Note::Scope(n.to_string()),
        n if n.starts_with("gap:") => Note::Gap(n.to_string()),
        n => panic!("{path}: note must start with deliberate:, scope: or gap: ({n:?})"),
    }
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some(other) => panic!("unknown escape \\{other} in a fixture"),
            None => panic!("trailing backslash in a fixture"),
        }
    }
    out
}

fn load(rule: &str) -> Vec<Case> {
    let path = format!(
        "{}/tests/fixtures/textlint/{rule}.tsv",
        env!("CARGO_MANIFEST_DIR")
    );
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert!(
                cols.len() >= 3,
                "{path}: a row needs expect, text, name: {l:?}"
            );
            let note = parse_note(&path, cols.get(3).copied().unwrap_or(""));
            let answer_note = match cols.get(4).map(|s| s.trim()) {
                None | Some("") => parse_note(&path, cols.get(3).copied().unwrap_or("")),
                Some(n) => parse_note(&path, n),
            };
            let valid = match cols[0] {
                "valid" => true,
                "invalid" => false,
                e => panic!("{path}: expect must be valid or invalid, not {e:?}"),
            };
            Case {
                valid,
                text: unescape(cols[1]),
                name: cols[2].to_string(),
                note,
                answer_note,
            }
        })
        .collect()
}

/// The text as naitei sees it. `weak-phrase` checks only the prose sections where a seeker
/// promises something (自己PR, 志望動機, 職務要約), so its cases stand under a 自己PR heading.
fn in_context(rule: &str, text: &str) -> String {
    match rule {
        "weak-phrase" => format!("■自己PR\n{text}"),
        _ => text.to_string(),
    }
}

fn fires(rule: &str, text: &str) -> bool {
    let mut config = Config::default();
    config.rules.enable = vec![rule.to_string()];
    review(&in_context(rule, text), &config)
        .diagnostics
        .iter()
        .any(|f| f.rule == rule)
}

/// The case read as a spoken interview answer.
fn fires_in_answer(rule: &str, text: &str) -> bool {
    let mut config = Config::default();
    config.rules.enable = vec![rule.to_string()];
    naitei_core::answer::review(text, QuestionKind::Other, &config)
        .diagnostics
        .iter()
        .any(|f| f.rule == rule)
}

/// Agreement of one rule in one scope, with the disagreements pushed to `failures`.
fn agreement(
    rule: &str,
    scope: &str,
    cases: &[Case],
    fired: impl Fn(&Case) -> bool,
    note: impl Fn(&Case) -> &Note,
    failures: &mut Vec<String>,
) -> String {
    let (mut covered, mut agree, mut deliberate, mut out_of_scope, mut gaps) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    for case in cases {
        let agrees = fired(case) != case.valid;
        match note(case) {
            Note::Scope(_) => out_of_scope += 1,
            Note::None => {
                covered += 1;
                if agrees {
                    agree += 1;
                } else {
                    failures.push(format!(
                        "{rule} ({scope}) {}: expected {} on {:?}",
                        case.name,
                        if case.valid {
                            "no finding"
                        } else {
                            "a finding"
                        },
                        case.text
                    ));
                }
            }
            Note::Gap(why) => {
                covered += 1;
                gaps += 1;
                if agrees {
                    agree += 1;
                    failures.push(format!(
                        "{rule} ({scope}) {}: marked as a gap ({why}) but now agrees; drop the note",
                        case.name
                    ));
                }
            }
            Note::Deliberate(why) => {
                covered += 1;
                deliberate += 1;
                if agrees {
                    agree += 1;
                    failures.push(format!(
                        "{rule} ({scope}) {}: marked as a deliberate difference ({why}) but now agrees; drop the note",
                        case.name
                    ));
                }
            }
        }
    }
    let ratio = agree as f64 / covered.max(1) as f64;
    if ratio < FLOOR && gaps == 0 {
        failures.push(format!(
            "{rule} ({scope}): agreement {ratio:.3} is below {FLOOR}"
        ));
    }
    format!(
        "{rule:22} {scope:7} agree {agree:3}/{covered:3} = {ratio:.3}  (deliberate {deliberate}, gaps {gaps}, out of scope {out_of_scope})\n"
    )
}

#[test]
fn textlint_conformance() {
    let mut report = String::new();
    let mut failures = Vec::new();
    for rule in RULES {
        let cases = load(rule);
        assert!(!cases.is_empty(), "{rule}: no cases");
        report.push_str(&agreement(
            rule,
            "résumé",
            &cases,
            |c| fires(rule, &c.text),
            |c| &c.note,
            &mut failures,
        ));
        let reads_answers = rules::find(rule)
            .unwrap_or_else(|| panic!("{rule} is not a rule"))
            .scope()
            .reads(Scope::Answer);
        if reads_answers {
            report.push_str(&agreement(
                rule,
                "answer",
                &cases,
                |c| fires_in_answer(rule, &c.text),
                |c| &c.answer_note,
                &mut failures,
            ));
        }
    }
    println!("textlint conformance (default options):\n{report}");
    assert!(
        failures.is_empty(),
        "{report}\n{} disagreement(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
