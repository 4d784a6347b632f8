//! The answers of an application's interviews: for the consistency check between rounds
//! (`compare::check_rounds`) and for the prep sheet (the 一次面接 answers).

use naitei_core::compare::{Round, RoundCheck, check_rounds};
use naitei_core::funnel::Round as InterviewRound;
use naitei_core::prep::LoggedAnswer;
use naitei_store::Store;

use crate::Result;

/// The rounds of application `id` with their answers, in round order.
pub async fn load_rounds(store: &Store, id: i64) -> Result<Vec<Round>> {
    let mut interviews = store.interviews(id).await?;
    // In round order (`other` last).
    interviews.sort_by_key(|i| i.round);
    let mut rounds = Vec::with_capacity(interviews.len());
    for i in &interviews {
        let questions = store.questions(i.id).await?;
        rounds.push(Round::new(
            i.round.label(),
            questions
                .iter()
                .map(|q| (q.question.as_str(), q.answer.as_str())),
        ));
    }
    Ok(rounds)
}

/// The consistency of application `id`'s rounds (and with the résumé `(name, text)` when given).
/// CPU-bound: the web runs it on its blocking pool with [`load_rounds`] + `check_rounds`.
pub async fn check_application(
    store: &Store,
    id: i64,
    resume: Option<(&str, &str)>,
) -> Result<(Vec<Round>, Vec<RoundCheck>)> {
    let rounds = load_rounds(store, id).await?;
    let checks = check_rounds(&rounds, resume);
    Ok((rounds, checks))
}

/// The questions and answers logged in the 一次面接 of application `id`, for the prep sheet.
pub async fn first_round_answers(store: &Store, id: i64) -> Result<Vec<LoggedAnswer>> {
    let mut answers = Vec::new();
    for i in store.interviews(id).await? {
        if i.round != InterviewRound::First {
            continue;
        }
        for q in store.questions(i.id).await? {
            answers.push(LoggedAnswer {
                kind: q.kind.code().to_owned(),
                question: q.question,
                answer: q.answer,
            });
        }
    }
    Ok(answers)
}
