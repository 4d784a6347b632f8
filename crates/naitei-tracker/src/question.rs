//! Adding an interview question with the answer given.

use jiff::civil::Date;
use naitei_core::answer::kind_from_question;
use naitei_core::funnel::{QuestionKind, Round};
use naitei_store::{Interview, InterviewPatch, NewQuestion, Store};
use serde::Deserialize;

use crate::{Error, Result, fields};

/// A question asked in an interview, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub round: Round,
    pub question: String,
    pub answer: String,
    /// Guessed from the question when not given.
    pub kind: Option<QuestionKind>,
    pub memo: Option<String>,
    /// The interview's date and interviewer, when given.
    pub date: Option<Date>,
    pub interviewer: Option<String>,
}

/// A question as entered in a form or sent to the API.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuestionInput {
    /// first | second | final
    #[serde(default)]
    pub round: String,
    #[serde(default)]
    pub question: String,
    #[serde(default)]
    pub answer: String,
    /// reason | motive | pr | strength | weakness | success | failure | reverse | intro | other（空なら質問文から推定）
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub memo: String,
}

impl QuestionInput {
    pub fn parse(&self) -> Result<Question> {
        Ok(Question {
            round: fields::round(&self.round).map_err(Error::Invalid)?,
            question: self.question.clone(),
            answer: self.answer.clone(),
            kind: fields::opt(&self.kind)
                .map(|k| fields::code("質問の種類", &k))
                .transpose()
                .map_err(Error::Invalid)?,
            memo: fields::opt(&self.memo),
            date: None,
            interviewer: None,
        })
    }
}

/// What adding a question did.
#[derive(Debug, Clone)]
pub struct Added {
    pub interview: Interview,
    pub question_id: i64,
    pub kind: QuestionKind,
    /// How many questions the interview now has.
    pub count: usize,
}

/// Records `q` in the interview of its round on application `id` (created if needed).
pub async fn add_question(store: &Store, id: i64, q: &Question) -> Result<Added> {
    let question = q.question.trim();
    if question.is_empty() {
        return Err(Error::Invalid("質問を入力してください".into()));
    }
    let kind = q.kind.unwrap_or_else(|| kind_from_question(question));
    let patch = InterviewPatch {
        on_date: q.date.map(|d| d.to_string()),
        start_time: None,
        interviewer_role: q.interviewer.as_deref().and_then(fields::opt),
        place: None,
    };
    let row = NewQuestion {
        kind,
        question: question.to_owned(),
        answer: q.answer.trim().to_owned(),
        memo: q.memo.as_deref().and_then(fields::opt),
    };
    let (interview, question_id) = store.add_question(id, q.round, &patch, &row).await?;
    let count = store.questions(interview.id).await?.len();
    Ok(Added {
        interview,
        question_id,
        kind,
        count,
    })
}
