//! What a proof may do with its row and the rows under it. Reading is a method of every proof
//! (through [`Checked`]); changing is a method of [`Owned`] only, commenting of [`Advised`]
//! only. The use cases of `naitei-tracker` that take an id are called here, with the proof's id.

use naitei_core::compare::Round;
use naitei_core::prep::LoggedAnswer;
use naitei_store::{
    ApplicationData, Comment, CommentTarget, Document, Interview, NextStep, Question, StageEvent,
};
use naitei_tracker::VersionComments;
use naitei_tracker::answers::LoggedQuestion;
use naitei_tracker::event::{Event, Recorded};
use naitei_tracker::question::{Added, Question as NewQuestion};
use naitei_tracker::schedule::{self, InterviewTime};

use super::{Access, Advised, Applications, Checked, Documents, Owned, Questions};
use crate::AppError;

fn now() -> String {
    jiff::Timestamp::now().to_string()
}

/// Reading an application and what was logged on it.
impl Checked<Applications> {
    /// Its stage events, oldest first.
    pub async fn events(&self) -> Result<Vec<StageEvent>, AppError> {
        Ok(self.data.0.events(self.id).await?)
    }
    /// The advisers' comments on its questions, oldest first.
    pub async fn comments(&self) -> Result<Vec<Comment>, AppError> {
        Ok(self.data.0.application_comments(self.id).await?)
    }
    /// Its interviews, each with the questions logged for it.
    pub async fn interview_log(&self) -> Result<Vec<(Interview, Vec<Question>)>, AppError> {
        let mut log = Vec::new();
        for interview in self.data.0.interviews(self.id).await? {
            let questions = self.data.0.questions(interview.id).await?;
            log.push((interview, questions));
        }
        Ok(log)
    }
    /// Its interview rounds, for the consistency check between them.
    pub async fn rounds(&self) -> Result<Vec<Round>, AppError> {
        Ok(naitei_tracker::load_rounds(&self.data.0, self.id).await?)
    }
    /// The answers logged on it, for scoring.
    pub async fn answers(&self) -> Result<Vec<LoggedQuestion>, AppError> {
        Ok(naitei_tracker::answers::load_answers(&self.data.0, self.id).await?)
    }
    /// The answers of its first interview (for the prep sheet).
    pub async fn first_round_answers(&self) -> Result<Vec<LoggedAnswer>, AppError> {
        Ok(naitei_tracker::first_round_answers(&self.data.0, self.id).await?)
    }
    /// 次にやること, when set.
    pub async fn next_step(&self) -> Result<Option<NextStep>, AppError> {
        Ok(self.data.0.next_step(self.id).await?)
    }
}

/// Changing an application the viewer owns.
impl Owned<Applications> {
    pub async fn update(&self, data: &ApplicationData) -> Result<(), AppError> {
        Ok(self.0.data.0.update_application(self.0.id, data).await?)
    }
    /// Removes it with its events and interviews.
    pub async fn remove(self) -> Result<(), AppError> {
        Ok(self.0.data.0.remove_application(self.0.id).await?)
    }
    pub async fn record_event(&self, event: &Event) -> Result<Recorded, AppError> {
        Ok(naitei_tracker::record_event(&self.0.data.0, self.0.id, event).await?)
    }
    pub async fn add_question(&self, q: &NewQuestion) -> Result<Added, AppError> {
        Ok(naitei_tracker::add_question(&self.0.data.0, self.0.id, q).await?)
    }
    pub async fn set_interview_time(&self, t: &InterviewTime) -> Result<Interview, AppError> {
        Ok(schedule::set_interview_time(&self.0.data.0, self.0.id, t).await?)
    }
    /// Sets 次にやること (None: clears it).
    pub async fn set_next_step(
        &self,
        step: Option<(String, Option<jiff::civil::Date>)>,
    ) -> Result<Option<NextStep>, AppError> {
        Ok(schedule::set_next_step(&self.0.data.0, self.0.id, step).await?)
    }
}

/// Reading a saved document and its comments.
impl Checked<Documents> {
    /// The comments on this version, and those on earlier versions still to be seen.
    pub async fn version_comments(&self, doc: &Document) -> Result<VersionComments, AppError> {
        Ok(naitei_tracker::version_comments(&self.data.0, self.owner, doc).await?)
    }
    /// The comments on this document, oldest first.
    pub async fn comments(&self) -> Result<Vec<Comment>, AppError> {
        Ok(self.data.0.document_comments(self.id).await?)
    }
    /// Notes that the owner has seen the comments up to `comment_id` (an adviser reading
    /// changes nothing).
    pub async fn mark_comments_seen(&self, comment_id: i64) -> Result<(), AppError> {
        if self.access != Access::Owner {
            return Ok(());
        }
        Ok(self
            .data
            .0
            .mark_comments_seen(self.owner, comment_id)
            .await?)
    }
}

/// The assigned adviser's comment on one line of a document; its id.
impl Advised<Documents> {
    pub async fn add_line_comment(&self, line: i64, body: &str) -> Result<i64, AppError> {
        let target = CommentTarget::DocumentLine {
            document_id: self.0.id,
            line,
        };
        let author = self.0.viewer.user().id;
        Ok(self
            .0
            .data
            .0
            .add_comment(author, &target, body, &now())
            .await?)
    }
}

/// The assigned adviser's comment on an interview question; its id.
impl Advised<Questions> {
    pub async fn add_comment(&self, body: &str) -> Result<i64, AppError> {
        let target = CommentTarget::Question(self.0.id);
        let author = self.0.viewer.user().id;
        Ok(self
            .0
            .data
            .0
            .add_comment(author, &target, body, &now())
            .await?)
    }
}
