//! Consistency between the rounds of one application: the one definition shared by
//! `naitei track check` and the web application page.
//!
//! Every answer given in a round is compared with every answer of every later round (and with
//! the résumé when there is one): a number, a date or a reason told differently is a conflict
//! whatever the question was, because the interviewer of the next round reads the notes of all
//! earlier ones.

use serde::Serialize;

use super::{Conflict, compare};

/// The answers given in one round, in the order they were recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct Round {
    /// The round's name as shown (一次面接).
    pub name: String,
    /// One answer per line (line breaks inside an answer become spaces), so a conflict's line
    /// names its question.
    text: String,
    questions: Vec<String>,
}

impl Round {
    /// A round from its (question, answer) pairs; questions without an answer are left out.
    pub fn new<'a>(
        name: impl Into<String>,
        answers: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Round {
        let mut text = String::new();
        let mut questions = Vec::new();
        for (question, answer) in answers {
            if answer.trim().is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&answer.replace(['\n', '\r'], " "));
            questions.push(question.to_owned());
        }
        Round {
            name: name.into(),
            text,
            questions,
        }
    }

    /// Whether any answer was recorded in this round.
    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }

    /// The question whose answer is on `line` (1-based).
    pub fn question_at(&self, line: usize) -> Option<&str> {
        self.questions.get(line.checked_sub(1)?).map(String::as_str)
    }
}

/// The conflicts between two sides: two rounds, or the résumé and a round.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundCheck {
    pub first: String,
    pub second: String,
    pub conflicts: Vec<Conflict>,
}

/// Compares every pair of rounds (earlier first) and, with a résumé `(name, text)`, the résumé with
/// each round. Rounds without answers take no part.
pub fn check_rounds(rounds: &[Round], resume: Option<(&str, &str)>) -> Vec<RoundCheck> {
    let rounds: Vec<&Round> = rounds.iter().filter(|r| !r.is_empty()).collect();
    let mut checks = Vec::new();
    for (i, a) in rounds.iter().enumerate() {
        for b in &rounds[i + 1..] {
            checks.push(RoundCheck {
                first: a.name.clone(),
                second: b.name.clone(),
                conflicts: compare(&a.text, &b.text).conflicts,
            });
        }
    }
    if let Some((name, text)) = resume {
        for r in &rounds {
            checks.push(RoundCheck {
                first: name.to_owned(),
                second: r.name.clone(),
                conflicts: compare(text, &r.text).conflicts,
            });
        }
    }
    checks
}

/// Whether no check found a conflict.
pub fn consistent(checks: &[RoundCheck]) -> bool {
    checks.iter().all(|c| c.conflicts.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_told_differently_in_two_rounds_is_a_conflict_whatever_the_question() {
        let first = Round::new(
            "一次面接",
            [
                (
                    "転職理由を教えてください",
                    "前職では部下5人のチームをまとめていました。",
                ),
                ("逆質問", ""),
            ],
        );
        let second = Round::new(
            "二次面接",
            [("強みは", "前職では部下12人のチームをまとめていました。")],
        );
        let checks = check_rounds(&[first.clone(), second], None);
        assert_eq!(checks.len(), 1);
        assert!(!consistent(&checks));
        let c = &checks[0].conflicts[0];
        assert_eq!(
            first.question_at(c.first.line),
            Some("転職理由を教えてください")
        );
    }

    #[test]
    fn rounds_without_answers_take_no_part() {
        let checks = check_rounds(
            &[
                Round::new("一次面接", [("自己紹介", "")]),
                Round::new("二次面接", [("強みは", "部下5人をまとめました。")]),
            ],
            Some(("職務経歴書", "部下5人をまとめました。")),
        );
        assert_eq!(checks.len(), 1);
        assert_eq!(checks[0].first, "職務経歴書");
        assert!(consistent(&checks));
    }
}
