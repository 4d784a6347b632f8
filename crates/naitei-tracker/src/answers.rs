//! The answers logged on an application, scored: the answer coach on each stored answer and the
//! consistency check between rounds (and with the résumé), for the application page.
//!
//! Loading reads the store ([`load_answers`]); scoring is CPU-bound ([`score_answers`]), so the
//! web runs it on its blocking pool. [`score_application`] does both for the command line and
//! tests.

use naitei_core::Config;
use naitei_core::answer::{self, AnswerReview};
use naitei_core::compare::{Round, RoundCheck, check_rounds};
use naitei_core::funnel::{QuestionKind, Round as InterviewRound};
use naitei_store::Store;
use serde::Serialize;

use crate::Result;

/// One stored question and answer, with its round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LoggedQuestion {
    pub question_id: i64,
    /// The round (`first` …) as stored.
    pub round: InterviewRound,
    /// 一次面接 …
    pub round_label: &'static str,
    pub kind: QuestionKind,
    pub question: String,
    pub answer: String,
}

/// An answer with the coach's review.
#[derive(Debug, Clone, Serialize)]
pub struct ScoredAnswer {
    #[serde(flatten)]
    pub logged: LoggedQuestion,
    /// Score 0–100, weak or not, findings and advice for this kind of question.
    pub review: AnswerReview,
}

/// Every answer of an application scored, and the consistency between its rounds.
#[derive(Debug, Clone, Serialize)]
pub struct ScoredApplication {
    /// In round order, then in the order logged; questions without an answer are left out.
    pub answers: Vec<ScoredAnswer>,
    /// Each pair of rounds (and the résumé with each round, when given), with the conflicts found.
    pub consistency: Vec<RoundCheck>,
}

impl ScoredApplication {
    /// The answers judged weak.
    pub fn weak(&self) -> impl Iterator<Item = &ScoredAnswer> {
        self.answers.iter().filter(|a| a.review.weak)
    }

    /// Number of conflicts between rounds.
    pub fn conflicts(&self) -> usize {
        self.consistency.iter().map(|c| c.conflicts.len()).sum()
    }
}

/// The questions logged on application `id` that have an answer, in round order. A stored kind
/// outside the vocabulary is an error when read (never silently re-guessed).
pub async fn load_answers(store: &Store, id: i64) -> Result<Vec<LoggedQuestion>> {
    let mut interviews = store.interviews(id).await?;
    interviews.sort_by_key(|i| (i.round, i.id));
    let mut logged = Vec::new();
    for i in &interviews {
        for q in store.questions(i.id).await? {
            if q.answer.trim().is_empty() {
                continue;
            }
            logged.push(LoggedQuestion {
                question_id: q.id,
                round: i.round,
                round_label: i.round.label(),
                kind: q.kind,
                question: q.question,
                answer: q.answer,
            });
        }
    }
    Ok(logged)
}

/// Runs the answer coach on each answer and the consistency check between the rounds (and with
/// the résumé `(name, text)` when given). Pure and CPU-bound.
pub fn score_answers(
    logged: Vec<LoggedQuestion>,
    config: &Config,
    resume: Option<(&str, &str)>,
) -> ScoredApplication {
    let mut rounds: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for q in &logged {
        match rounds.last_mut() {
            Some((label, pairs)) if label == q.round_label => {
                pairs.push((q.question.clone(), q.answer.clone()));
            }
            _ => rounds.push((
                q.round_label.to_string(),
                vec![(q.question.clone(), q.answer.clone())],
            )),
        }
    }
    let rounds: Vec<Round> = rounds
        .iter()
        .map(|(label, pairs)| {
            Round::new(
                label.clone(),
                pairs.iter().map(|(q, a)| (q.as_str(), a.as_str())),
            )
        })
        .collect();
    let consistency = check_rounds(&rounds, resume);
    let answers = logged
        .into_iter()
        .map(|logged| {
            let review = answer::review(&logged.answer, logged.kind, config);
            ScoredAnswer { logged, review }
        })
        .collect();
    ScoredApplication {
        answers,
        consistency,
    }
}

/// [`load_answers`] then [`score_answers`].
pub async fn score_application(
    store: &Store,
    id: i64,
    config: &Config,
    resume: Option<(&str, &str)>,
) -> Result<ScoredApplication> {
    let logged = load_answers(store, id).await?;
    Ok(score_answers(logged, config, resume))
}
