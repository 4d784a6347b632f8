//! Rows as Rust values (read with `sqlx::FromRow`: the column names are the field names). Values are stored as the stable English codes of SPEC.md (`hellowork`,
//! `same-job`, `first`, `pending` …); the tracker's vocabulary is typed (`naitei-vocab`), so a
//! stored value outside it is a decode error rather than a string passed on.

pub use naitei_vocab::{
    Channel, DocumentKind, EventResult, MeasurementKind, Outcome, QuestionKind, Relation, Round,
    Stage,
};
use serde::{Deserialize, Serialize};

/// The fields of an application that the seeker enters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct ApplicationData {
    pub company: String,
    pub position: String,
    pub channel: Channel,
    /// Agent or scout-site name (`agent:NAME`).
    pub channel_name: Option<String>,
    pub relation: Relation,
    /// YYYY-MM-DD
    pub applied_on: String,
    pub furthest_stage: Stage,
    pub outcome: Outcome,
    /// Offered annual salary, 万円.
    pub offered_salary: Option<i64>,
    /// Posting text or URL.
    pub posting: Option<String>,
    pub notes: Option<String>,
}

/// Empty text, a direct application in the same job, at 書類選考 and pending (what a new
/// application starts from).
impl Default for ApplicationData {
    fn default() -> Self {
        ApplicationData {
            company: String::new(),
            position: String::new(),
            channel: Channel::Direct,
            channel_name: None,
            relation: Relation::Same,
            applied_on: String::new(),
            furthest_stage: Stage::Document,
            outcome: Outcome::Pending,
            offered_salary: None,
            posting: None,
            notes: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Application {
    pub id: i64,
    #[serde(flatten)]
    #[sqlx(flatten)]
    pub data: ApplicationData,
}

/// A selection event: the seeker entered or finished a stage on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct StageEvent {
    pub id: i64,
    pub application_id: i64,
    pub stage: Stage,
    pub on_date: String,
    pub result: EventResult,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewEvent {
    pub stage: Stage,
    pub on_date: String,
    pub result: EventResult,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Interview {
    pub id: i64,
    pub application_id: i64,
    pub round: Round,
    pub on_date: Option<String>,
    /// HH:MM
    pub start_time: Option<String>,
    pub interviewer_role: Option<String>,
    pub place: Option<String>,
}

/// What to set on an interview; `None` leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct InterviewPatch {
    pub on_date: Option<String>,
    pub start_time: Option<String>,
    pub interviewer_role: Option<String>,
    pub place: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Question {
    pub id: i64,
    pub interview_id: i64,
    pub kind: QuestionKind,
    pub question: String,
    pub answer: String,
    pub memo: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewQuestion {
    pub kind: QuestionKind,
    pub question: String,
    pub answer: String,
    pub memo: Option<String>,
}

/// A résumé version (or another document) kept with the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Document {
    pub id: i64,
    pub application_id: Option<i64>,
    pub kind: DocumentKind,
    pub label: String,
    pub created_on: String,
    pub content: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewDocument {
    pub application_id: Option<i64>,
    pub kind: DocumentKind,
    pub label: String,
    pub created_on: String,
    pub content: String,
}

/// The fields of one application that `diagnose` reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunnelRow {
    pub furthest_stage: String,
    pub outcome: String,
    pub channel: String,
    pub relation: String,
    pub offered_salary: Option<i64>,
    /// The stages that have at least one stage event (codes), to tell a skipped stage from a
    /// passed one.
    pub event_stages: Vec<String>,
}

/// `list` filters; all given conditions must hold.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListFilter {
    pub stage: Option<Stage>,
    pub channel: Option<Channel>,
    pub outcome: Option<Outcome>,
}

/// An upcoming interview with its application, for `agenda` and `ics`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scheduled {
    pub interview: Interview,
    pub company: String,
    pub position: String,
}

/// The complete content of a database, as written by `export --format json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backup {
    /// Always `naitei-backup`.
    pub format: String,
    pub version: u32,
    pub applications: Vec<Application>,
    pub stage_events: Vec<StageEvent>,
    pub interviews: Vec<Interview>,
    pub questions: Vec<Question>,
    pub documents: Vec<Document>,
    /// Goals of `naitei goals` (absent from backups written before they existed).
    #[serde(default)]
    pub goals: Vec<Goal>,
    #[serde(default)]
    pub goal_measurements: Vec<Measurement>,
    /// The accounts of `naitei serve --multi-user` other than the local user (version 2; absent
    /// from a backup of a personal database, which stays version 1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub users: Vec<BackupUser>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adviser_assignments: Vec<Assignment>,
    /// Owners of applications other than the local user.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub application_owners: Vec<Owner>,
    /// Owners of documents other than the local user.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub document_owners: Vec<Owner>,
    /// Advisers' comments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<BackupComment>,
    /// 次にやること of the applications (absent from backups written before they existed, and
    /// when there is none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next_steps: Vec<NextStep>,
}

/// An account as kept in a backup, its password hash included (argon2: a backup must be kept
/// as carefully as the database itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct BackupUser {
    pub id: i64,
    pub login: String,
    pub display_name: String,
    pub role: String,
    pub password_hash: Option<String>,
    pub created_at: String,
    /// When the account was disabled; absent in backups of active accounts and of older versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Assignment {
    pub adviser_id: i64,
    pub seeker_id: i64,
}

/// Row `id` belongs to user `user_id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Owner {
    pub id: i64,
    pub user_id: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct BackupComment {
    pub id: i64,
    pub author_id: i64,
    pub document_id: Option<i64>,
    pub line: Option<i64>,
    pub question_id: Option<i64>,
    pub body: String,
    pub created_at: String,
    /// The version the comment was written on, when it has been carried to a newer one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_document_id: Option<i64>,
}

pub const BACKUP_FORMAT: &str = "naitei-backup";
/// The newest backup version this build reads. Version 1: one person's data; version 2 adds
/// users, assignments, owners and comments (written only when the database has other users,
/// so a personal backup is unchanged and older builds refuse one they would restore wrongly).
pub const BACKUP_VERSION: u32 = 2;

/// A goal for the current job as saved by `naitei goals save` (ids and labels from
/// `naitei_core::goals::catalog`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct NewGoal {
    /// The résumé the goal came from.
    pub source: String,
    /// The duty's 1-based line in it.
    pub line: i64,
    pub duty: String,
    pub family: String,
    pub entry: Option<String>,
    /// Catalog metric id (`time`, `errors` …).
    pub metric: String,
    pub metric_label: String,
    /// What exactly is counted.
    pub measure: String,
    pub unit: String,
    /// `down` | `up`
    pub direction: String,
    /// Catalog action id.
    pub action: String,
    pub action_label: String,
    pub target: String,
    /// YYYY-MM-DD
    pub deadline: String,
    pub created_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Goal {
    pub id: i64,
    #[serde(flatten)]
    #[sqlx(flatten)]
    pub data: NewGoal,
}

/// A measurement of a goal's metric: the baseline or a result, on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct NewMeasurement {
    pub kind: MeasurementKind,
    /// A decimal number as text (8, 12.5).
    pub value: String,
    pub on_date: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Measurement {
    pub id: i64,
    pub goal_id: i64,
    #[serde(flatten)]
    #[sqlx(flatten)]
    pub data: NewMeasurement,
}

/// 次にやること of an application: what, and by when (YYYY-MM-DD) when a date is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct NextStep {
    pub application_id: i64,
    pub what: String,
    pub on_date: Option<String>,
}
