//! The selection funnel: the vocabulary of the application tracker (stages, outcomes, channels,
//! relation categories), how a stage event moves an application forward, and the diagnosis of
//! where a seeker keeps failing (`naitei diagnose`).
//!
//! Counting rule (REFERENCE.md §1): an application counts as having entered and passed every
//! stage before the furthest one it reached; a final 不合格 or 辞退 never erases them.

pub mod bands;
mod diagnose;
pub mod stats;

pub use diagnose::{
    ALPHA, BadRecord, Diagnosis, FunnelRecord, Reference, StageReport, Verdict, Warning,
    WarningKind, diagnose, diagnose_with_skips, verdict, verdict_with_p,
};

/// The tracker's vocabulary lives in the small `naitei-vocab` crate (so that the store can keep
/// typed rows without the engines); it is re-exported here at its usual paths.
pub use naitei_vocab::{
    Channel, DocumentKind, EventResult, InvalidValue, MeasurementKind, Outcome, Relation, Round,
    Stage,
};

/// Kinds of interview questions: the answer engine's type (10 kinds, with 自己紹介), from the
/// vocabulary like the rest.
pub use naitei_vocab::QuestionKind;

/// Splits a CSV channel (`agent:NAME`) into the channel and the agent or site name.
pub fn parse_channel(s: &str) -> Result<(Channel, Option<String>), InvalidValue> {
    let (code, name) = match s.split_once([':', '：']) {
        Some((c, n)) => (c, Some(n.trim().to_owned()).filter(|n| !n.is_empty())),
        None => (s, None),
    };
    Ok((code.parse()?, name))
}

/// The CSV spelling of a channel: `agent:NAME` when there is a name.
pub fn format_channel(channel: Channel, name: Option<&str>) -> String {
    match name {
        Some(n) => format!("{}:{n}", channel.code()),
        None => channel.code().to_owned(),
    }
}

/// A stage event that does not make sense.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    #[error(
        "内定の段階では「通過」「不合格」は使えません（pending / accepted / declined / withdrawn）"
    )]
    NotAtOffer,
    #[error("「承諾」「内定辞退」は内定（offer）の段階でだけ使えます")]
    OnlyAtOffer,
}

/// The application's (furthest stage, outcome) after a stage event.
///
/// - `passed` at a stage means the next stage is entered, with its decision pending
///   (一次通過 → 二次選考中; 最終通過 → 内定).
/// - An event at an earlier stage than the furthest one (recorded late) never moves the
///   application back: the stages reached are kept (REFERENCE.md §1).
pub fn apply_event(
    current: (Stage, Outcome),
    stage: Stage,
    result: EventResult,
) -> Result<(Stage, Outcome), EventError> {
    let reached = match result {
        EventResult::Passed => match stage.next() {
            Some(next) => (next, Outcome::Pending),
            None => return Err(EventError::NotAtOffer),
        },
        EventResult::Pending => (stage, Outcome::Pending),
        EventResult::Failed if stage == Stage::Offer => return Err(EventError::NotAtOffer),
        EventResult::Failed => (stage, Outcome::Failed),
        EventResult::Withdrawn => (stage, Outcome::Withdrawn),
        EventResult::Accepted | EventResult::Declined if stage != Stage::Offer => {
            return Err(EventError::OnlyAtOffer);
        }
        EventResult::Accepted => (stage, Outcome::Accepted),
        EventResult::Declined => (stage, Outcome::Declined),
    };
    Ok(if reached.0 >= current.0 {
        reached
    } else {
        current
    })
}

/// Stages an application did not have, inferred from its stage events (in any order): a decided
/// stage with events both before and after it but none at it (書類 → 一次 → 最終 with no 二次). Stages
/// before the first event are not inferred (seekers often record only the interviews).
pub fn skipped_stages(events: &[(Stage, EventResult)]) -> Vec<Stage> {
    let seen: Vec<Stage> = events.iter().map(|(s, _)| *s).collect();
    skipped_among(&seen)
}

/// [`skipped_stages`] from the stages that have at least one event (the store keeps them per
/// application).
pub fn skipped_among(seen: &[Stage]) -> Vec<Stage> {
    let (Some(first), Some(last)) = (seen.iter().min().copied(), seen.iter().max().copied()) else {
        return Vec::new();
    };
    [Stage::First, Stage::Second, Stage::Final]
        .into_iter()
        .filter(|s| first < *s && *s < last && !seen.contains(s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skipped_stages_from_events() {
        use EventResult::*;
        let no_second = [
            (Stage::Document, Passed),
            (Stage::First, Passed),
            (Stage::Final, Passed),
            (Stage::Offer, Accepted),
        ];
        assert_eq!(skipped_stages(&no_second), [Stage::Second]);
        let all = [
            (Stage::First, Passed),
            (Stage::Second, Passed),
            (Stage::Final, Failed),
        ];
        assert!(skipped_stages(&all).is_empty());
        assert!(skipped_stages(&[(Stage::Final, Pending)]).is_empty());
        assert!(skipped_stages(&[]).is_empty());
    }

    #[test]
    fn codes_and_japanese_names_parse() {
        assert_eq!("second".parse::<Stage>(), Ok(Stage::Second));
        assert_eq!("二次面接".parse::<Stage>(), Ok(Stage::Second));
        assert_eq!("same-job".parse::<Relation>(), Ok(Relation::SameJob));
        assert_eq!("未経験".parse::<Relation>(), Ok(Relation::New));
        let err = "third".parse::<Stage>().unwrap_err();
        assert_eq!(err.allowed, "document first second final offer");
        for s in Stage::ALL {
            assert_eq!(s.code().parse::<Stage>(), Ok(*s));
        }
    }

    #[test]
    fn channels_carry_agent_names() {
        assert_eq!(
            parse_channel("agent:doda"),
            Ok((Channel::Agent, Some("doda".to_owned())))
        );
        assert_eq!(parse_channel("hellowork"), Ok((Channel::Hellowork, None)));
        assert!(parse_channel("friend:x").is_err());
        assert_eq!(format_channel(Channel::Agent, Some("doda")), "agent:doda");
    }

    #[test]
    fn passing_a_stage_enters_the_next() {
        let start = (Stage::Document, Outcome::Pending);
        let s = apply_event(start, Stage::Document, EventResult::Passed).unwrap();
        assert_eq!(s, (Stage::First, Outcome::Pending));
        let s = apply_event(s, Stage::First, EventResult::Failed).unwrap();
        assert_eq!(s, (Stage::First, Outcome::Failed));
        let s = apply_event(
            (Stage::Final, Outcome::Pending),
            Stage::Final,
            EventResult::Passed,
        );
        assert_eq!(s, Ok((Stage::Offer, Outcome::Pending)));
    }

    #[test]
    fn a_late_event_never_erases_stages_reached() {
        let at_second = (Stage::Second, Outcome::Pending);
        assert_eq!(
            apply_event(at_second, Stage::Document, EventResult::Failed),
            Ok(at_second)
        );
        assert_eq!(
            apply_event(at_second, Stage::Second, EventResult::Failed),
            Ok((Stage::Second, Outcome::Failed))
        );
    }

    #[test]
    fn offer_results_are_checked() {
        let s = (Stage::Offer, Outcome::Pending);
        assert_eq!(
            apply_event(s, Stage::Offer, EventResult::Accepted),
            Ok((Stage::Offer, Outcome::Accepted))
        );
        assert_eq!(
            apply_event(s, Stage::Offer, EventResult::Passed),
            Err(EventError::NotAtOffer)
        );
        assert_eq!(
            apply_event(s, Stage::First, EventResult::Accepted),
            Err(EventError::OnlyAtOffer)
        );
        assert!(!Outcome::Accepted.allowed_at(Stage::Final));
        assert!(Outcome::Declined.allowed_at(Stage::Offer));
        assert!(!Outcome::Failed.allowed_at(Stage::Offer));
    }
}
