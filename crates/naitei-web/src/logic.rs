//! What the API and the pages share on top of the tracker's use cases ([`naitei_tracker`]):
//! loading an application with its log and the consistency between its rounds, the funnel of
//! one seeker and the plan. Engines that take CPU time run on the blocking pool so the server
//! stays responsive.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use naitei_core::cancel::{Cancel, Cancelled};
use naitei_core::compare::{RoundCheck, check_rounds};
use naitei_core::funnel::Diagnosis;
use naitei_store::{Application, Comment, Interview, Question, StageEvent};
pub use naitei_tracker::{ApplicationInput, EventInput, QuestionInput};
use serde::Serialize;

use crate::access::{Applications, Checked, OwnedApplication, Seeker};
use crate::{AppError, AppState};

/// Runs CPU-bound engine work off the async runtime.
pub async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// Runs an engine on the blocking pool with a cancellation flag that is set when the returned
/// future is dropped (the client went away before the answer): the engine stops at its next
/// check (between lines) instead of running on for nobody.
pub async fn cancellable<T: Send + 'static>(
    work: impl FnOnce(Cancel<'_>) -> Result<T, Cancelled> + Send + 'static,
) -> Result<T, AppError> {
    let flag = Arc::new(AtomicBool::new(false));
    let _guard = CancelOnDrop(flag.clone());
    match tokio::task::spawn_blocking(move || work(Cancel::on(&flag))).await {
        Ok(Ok(t)) => Ok(t),
        Ok(Err(Cancelled)) => Err(AppError::Internal(Cancelled.to_string())),
        Err(e) => Err(AppError::Internal(e.to_string())),
    }
}

/// The most characters of text that one request may give the answer, compare, goals and prep
/// engines, all fields together: about 100 KB of Japanese, ten times a long 職務経歴書. These
/// engines spend roughly 3 ms of CPU per KB (BENCHMARKS.md, "Engines at growing sizes"), so a
/// request at the limit stays well under a second; the review keeps the 1 MB body limit (0.3–0.5 s
/// at 1 MB).
pub const ENGINE_TEXT_CHARS: usize = 35_000;

/// Refuses text over [`ENGINE_TEXT_CHARS`] before any engine runs.
pub fn within_engine_budget(parts: &[&str]) -> Result<(), AppError> {
    let chars: usize = parts.iter().map(|p| p.chars().count()).sum();
    if chars > ENGINE_TEXT_CHARS {
        return Err(AppError::TextTooLong {
            chars,
            limit: ENGINE_TEXT_CHARS,
        });
    }
    Ok(())
}

/// Sets the flag when dropped: at the end of the handler, or when the handler's future is
/// dropped because the connection closed.
struct CancelOnDrop(Arc<AtomicBool>);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// A date typed in a form (any usual spelling).
pub fn parse_date(text: &str) -> Result<jiff::civil::Date, AppError> {
    naitei_tracker::fields::date(text).map_err(AppError::Invalid)
}

/// Records a stage event on an application the viewer owns.
pub async fn record_event(
    state: &AppState,
    owned: &OwnedApplication,
    input: &EventInput,
) -> Result<Application, AppError> {
    let event = input.parse(state.today())?;
    Ok(owned.record_event(&event).await?.application)
}

/// Records a question on an application the viewer owns; returns its id.
pub async fn add_question(
    owned: &OwnedApplication,
    input: &QuestionInput,
) -> Result<i64, AppError> {
    let q = input.parse()?;
    Ok(owned.add_question(&q).await?.question_id)
}

#[derive(Debug, Clone, Serialize)]
pub struct InterviewLog {
    #[serde(flatten)]
    pub interview: Interview,
    pub round_label: &'static str,
    pub questions: Vec<QuestionLog>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionLog {
    #[serde(flatten)]
    pub question: Question,
    pub kind_label: &'static str,
    pub comments: Vec<Comment>,
}

/// An application with its timeline and interview log, as the API returns it.
#[derive(Debug, Clone, Serialize)]
pub struct ApplicationDetail {
    pub application: Application,
    pub owner_id: i64,
    pub events: Vec<StageEvent>,
    pub interviews: Vec<InterviewLog>,
    /// The pairs of rounds whose answers contradict each other (`compare::check_rounds`).
    pub consistency: Vec<RoundCheck>,
    /// 次にやること, when set.
    pub next_step: Option<naitei_store::NextStep>,
}

/// An application the viewer may read, with its log and the consistency between its rounds.
pub async fn application_detail(
    readable: &Checked<Applications>,
) -> Result<ApplicationDetail, AppError> {
    let owner_id = readable.owner();
    let application = readable.load().await?;
    let events = readable.events().await?;
    let comments = readable.comments().await?;
    let mut interviews = Vec::new();
    for (interview, questions) in readable.interview_log().await? {
        let questions = questions
            .into_iter()
            .map(|q| QuestionLog {
                kind_label: q.kind.log_label(),
                comments: comments
                    .iter()
                    .filter(|c| c.question_id == Some(q.id))
                    .cloned()
                    .collect(),
                question: q,
            })
            .collect();
        interviews.push(InterviewLog {
            round_label: interview.round.label(),
            interview,
            questions,
        });
    }
    // In round order (`other` last).
    interviews.sort_by_key(|i| i.interview.round);
    let rounds = readable.rounds().await?;
    let consistency = blocking(move || {
        let mut checks = check_rounds(&rounds, None);
        checks.retain(|c| !c.conflicts.is_empty());
        checks
    })
    .await?;
    let next_step = readable.next_step().await?;
    Ok(ApplicationDetail {
        application,
        owner_id,
        events,
        interviews,
        consistency,
        next_step,
    })
}

/// The funnel diagnosis of one seeker's applications (a bad stored row is an error).
pub async fn diagnosis_of(state: &AppState, seeker: &Seeker) -> Result<Diagnosis, AppError> {
    state.data.diagnosis(seeker).await
}

/// The plan for a profile (TOML), with the seeker's own funnel when there is one.
pub async fn plan_for(
    state: &AppState,
    seeker: &Seeker,
    profile_toml: &str,
    today: Option<&str>,
) -> Result<naitei_core::plan::Plan, AppError> {
    use naitei_core::plan::Profile;
    let profile = Profile::from_toml(profile_toml)
        .map_err(|e| AppError::Invalid(format!("プロフィール: {e}")))?;
    plan_of(state, seeker, profile, today).await
}

/// The plan for a checked profile (the 計画 form's), with the seeker's own funnel.
pub async fn plan_of(
    state: &AppState,
    seeker: &Seeker,
    profile: naitei_core::plan::Profile,
    today: Option<&str>,
) -> Result<naitei_core::plan::Plan, AppError> {
    use naitei_core::plan::build_plan;
    let today = match today.and_then(naitei_tracker::fields::opt) {
        Some(t) => parse_date(&t).map_err(|e| AppError::Invalid(format!("基準日: {e}")))?,
        None => state.today(),
    };
    let diagnosis = diagnosis_of(state, seeker).await?;
    let funnel = naitei_tracker::funnel_counts(&diagnosis);
    blocking(move || build_plan(&profile, today, funnel.as_ref())).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    #[test]
    fn the_engine_budget_counts_characters_of_all_fields() {
        let half = "あ".repeat(ENGINE_TEXT_CHARS / 2);
        assert!(within_engine_budget(&[&half, &half]).is_ok());
        let over = within_engine_budget(&[&half, &half, "い"]).unwrap_err();
        assert!(matches!(
            over,
            AppError::TextTooLong { chars, limit }
                if chars == ENGINE_TEXT_CHARS + 1 && limit == ENGINE_TEXT_CHARS
        ));
        // Characters, not bytes: 35,000 kana are about 100 KB.
        assert!(within_engine_budget(&["あ".repeat(ENGINE_TEXT_CHARS).as_str()]).is_ok());
    }

    /// Dropping the handler's future (what hyper does when the client goes away) sets the
    /// flag the engine polls, so the work on the blocking pool stops.
    #[tokio::test(flavor = "multi_thread", worker_threads = 1)]
    async fn dropping_the_request_stops_the_engine() {
        let (started_tx, started_rx) = mpsc::channel();
        let (stopped_tx, stopped_rx) = mpsc::channel();
        let request = tokio::spawn(cancellable(move |c| {
            started_tx.send(()).expect("test is waiting");
            // Stands for an engine polling between lines: it runs until told to stop.
            while c.check().is_ok() {
                std::thread::yield_now();
            }
            stopped_tx.send(()).expect("test is waiting");
            Err::<(), _>(Cancelled)
        }));
        let wait = |rx: mpsc::Receiver<()>| {
            tokio::task::spawn_blocking(move || rx.recv_timeout(Duration::from_secs(60)))
        };
        wait(started_rx).await.unwrap().expect("the work started");
        assert!(!request.is_finished());
        request.abort();
        wait(stopped_rx)
            .await
            .unwrap()
            .expect("the work stopped once the request was dropped");
    }
}
