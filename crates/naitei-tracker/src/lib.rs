//! naitei-tracker: what the front ends do with stored data — add and edit an application, record
//! a stage event, add an interview question, diagnose the funnel, plan with the seeker's own
//! funnel, load the answers for a prep sheet and the consistency check, score the logged answers,
//! the status of goals, the adviser's triage of assigned seekers, and document versions that carry
//! the adviser's comments.
//!
//! The CLI and the web call these; neither keeps its own copy. Values are checked here with the
//! core's parsers (`text::date`, `text::number`), and a stored row that is not in the vocabulary
//! is an error in both (never silently dropped).

pub mod answers;
pub mod application;
pub mod event;
pub mod fields;
pub mod funnel;
pub mod goals;
pub mod ical;
pub mod question;
pub mod relation;
pub mod rounds;
pub mod schedule;
pub mod triage;
pub mod versions;

pub use answers::{
    ScoredAnswer, ScoredApplication, load_answers, score_answers, score_application,
};
pub use application::{ApplicationInput, FieldErrors};
pub use event::{EventInput, Recorded, record_event};
pub use funnel::{diagnosis, funnel_counts};
pub use goals::{GoalStatus, goal_statuses};
pub use question::{QuestionInput, add_question};
pub use rounds::{check_application, first_round_answers, load_rounds};
pub use triage::{Attention, SeekerTriage, adviser_triage};
pub use versions::{SavedVersion, VersionComments, save_version, version_comments};

use naitei_core::funnel::BadRecord;
use naitei_store::StoreError;

/// What can go wrong in a use case. Every message is for the user, in Japanese.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A value given by the user is not acceptable.
    #[error("{0}")]
    Invalid(String),
    /// Several form fields are not acceptable.
    #[error("{0}")]
    Fields(FieldErrors),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A stored row is outside the vocabulary (a damaged database or a bad restore).
    #[error("{index} 件目の応募の{source}")]
    BadRow {
        index: usize,
        #[source]
        source: BadRecord,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
