//! Recording a stage event: the funnel rules of core, then one transaction in the store.

use jiff::civil::Date;
use naitei_core::funnel::{EventResult, Outcome, Round, Stage, apply_event};
use naitei_store::{Application, InterviewPatch, NewEvent, Store};
use serde::Deserialize;

use crate::{Error, Result, fields};

/// A stage event, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub stage: Stage,
    pub result: EventResult,
    pub on: Date,
    /// Start time of the interview (`14:00`).
    pub time: Option<String>,
    pub interviewer: Option<String>,
    pub place: Option<String>,
    pub note: Option<String>,
}

/// A stage event as entered in a form or sent to the API.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventInput {
    /// document | first | second | final | offer
    #[serde(default)]
    pub stage: String,
    /// pending | passed | failed | withdrawn | accepted | declined
    #[serde(default)]
    pub result: String,
    /// 日付（空なら今日）
    #[serde(default)]
    pub on_date: String,
    #[serde(default)]
    pub note: String,
}

impl EventInput {
    pub fn parse(&self, today: Date) -> Result<Event> {
        Ok(Event {
            stage: fields::code("段階", &self.stage).map_err(Error::Invalid)?,
            result: fields::code("結果", &self.result).map_err(Error::Invalid)?,
            on: match fields::opt(&self.on_date) {
                None => today,
                Some(s) => fields::date(&s).map_err(Error::Invalid)?,
            },
            time: None,
            interviewer: None,
            place: None,
            note: fields::opt(&self.note),
        })
    }
}

/// What recording an event did.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// The application after the event.
    pub application: Application,
    /// Furthest stage and outcome before the event.
    pub before: (Stage, Outcome),
    pub furthest: Stage,
    pub outcome: Outcome,
}

impl Recorded {
    /// The application had already gone further than this event: its furthest stage stays.
    pub fn kept_further_stage(&self, event: &Event) -> bool {
        self.before.0 > self.furthest
            || (self.before.0 == self.furthest && self.furthest > event.stage)
    }
}

/// Records `event` on application `id` (the caller has checked who may). A pending event at an
/// interview stage schedules the interview on its date; a result (passed, failed …) is dated
/// when it was received and leaves the interview date alone.
pub async fn record_event(store: &Store, id: i64, event: &Event) -> Result<Recorded> {
    let app = store.application(id).await?;
    let before: (Stage, Outcome) = (app.data.furthest_stage, app.data.outcome);
    let (furthest, outcome) = apply_event(before, event.stage, event.result)
        .map_err(|e| Error::Invalid(e.to_string()))?;
    let row = NewEvent {
        stage: event.stage,
        on_date: event.on.to_string(),
        result: event.result,
        note: event.note.as_deref().and_then(fields::opt),
    };
    let scheduling = event.result == EventResult::Pending;
    let details = event.time.is_some() || event.interviewer.is_some() || event.place.is_some();
    let patch = InterviewPatch {
        on_date: scheduling.then(|| event.on.to_string()),
        start_time: event.time.clone(),
        interviewer_role: event.interviewer.clone(),
        place: event.place.clone(),
    };
    let interview = Round::of_stage(event.stage)
        .filter(|_| scheduling || details)
        .map(|round| (round, &patch));
    store
        .record_event(id, &row, furthest, outcome, interview)
        .await?;
    Ok(Recorded {
        application: store.application(id).await?,
        before,
        furthest,
        outcome,
    })
}
