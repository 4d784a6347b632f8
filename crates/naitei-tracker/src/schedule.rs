//! What comes next on an application: the date and time of an interview, and 次にやること with
//! its date. Both are shown on the board and go into the calendar file.

use jiff::civil::Date;
use naitei_core::funnel::{Round, Stage};
use naitei_store::{Interview, InterviewPatch, NextStep, Store};
use serde::Deserialize;

use crate::{Error, Result, fields};

/// The interview round an application is at: the one after the furthest passed stage (一次 while
/// at 書類選考, 最終 once an offer came).
pub fn current_round(furthest: Stage) -> Round {
    match furthest {
        Stage::Document | Stage::First => Round::First,
        Stage::Second => Round::Second,
        Stage::Final | Stage::Offer => Round::Final,
    }
}

/// The day of the week in one character (月 … 日).
pub fn weekday_ja(d: Date) -> &'static str {
    use jiff::civil::Weekday::*;
    match d.weekday() {
        Monday => "月",
        Tuesday => "火",
        Wednesday => "水",
        Thursday => "木",
        Friday => "金",
        Saturday => "土",
        Sunday => "日",
    }
}

/// A date (and time) as a seeker reads it: 6月7日（金） 14:00; the year when it is not `today`'s.
pub fn when_ja(d: Date, time: Option<&str>, today: Date) -> String {
    let mut out = if d.year() == today.year() {
        format!("{}月{}日（{}）", d.month(), d.day(), weekday_ja(d))
    } else {
        format!(
            "{}年{}月{}日（{}）",
            d.year(),
            d.month(),
            d.day(),
            weekday_ja(d)
        )
    };
    if let Some(t) = time {
        out.push(' ');
        out.push_str(t);
    }
    out
}

/// An interview's date and time as entered in a form or sent to the API.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InterviewTimeInput {
    /// first | second | final
    #[serde(default)]
    pub round: String,
    /// 面接日（2024-06-07、2024/6/7、令和6年6月7日）
    #[serde(default)]
    pub on_date: String,
    /// 開始時刻（14:00。空なら時刻なし）
    #[serde(default)]
    pub start_time: String,
}

/// An interview's date and time, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct InterviewTime {
    pub round: Round,
    pub on: Date,
    pub start_time: Option<String>,
}

impl InterviewTimeInput {
    /// Checks the fields; errors name the field (`on_date`, `start_time`, `round`).
    pub fn parse(&self) -> std::result::Result<InterviewTime, (&'static str, String)> {
        let round = fields::round(&self.round).map_err(|m| ("round", m))?;
        let on = match fields::opt(&self.on_date) {
            None => return Err(("on_date", "面接の日付を入力してください".into())),
            Some(d) => fields::date(&d).map_err(|m| ("on_date", m))?,
        };
        let start_time = fields::opt(&self.start_time)
            .map(|t| fields::time(&t))
            .transpose()
            .map_err(|m| ("start_time", m))?;
        Ok(InterviewTime {
            round,
            on,
            start_time,
        })
    }
}

/// Sets the date (and the time, when given) of the interview of its round on application `id`.
pub async fn set_interview_time(store: &Store, id: i64, t: &InterviewTime) -> Result<Interview> {
    let patch = InterviewPatch {
        on_date: Some(t.on.to_string()),
        start_time: t.start_time.clone(),
        ..InterviewPatch::default()
    };
    Ok(store.upsert_interview(id, t.round, &patch).await?)
}

/// 次にやること as entered: what, and by when (optional). Both empty clears it.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NextStepInput {
    /// 次にやること（空なら消す）
    #[serde(default)]
    pub what: String,
    /// いつまでに（空なら日付なし）
    #[serde(default)]
    pub on_date: String,
}

/// Most characters in a next step.
pub const MAX_NEXT_STEP_CHARS: usize = 200;

impl NextStepInput {
    /// `None` clears the next step. Errors name the field (`what`, `on_date`).
    #[allow(clippy::type_complexity)]
    pub fn parse(
        &self,
    ) -> std::result::Result<Option<(String, Option<Date>)>, (&'static str, String)> {
        let what = fields::opt(&self.what);
        let on = fields::opt(&self.on_date)
            .map(|d| fields::date(&d))
            .transpose()
            .map_err(|m| ("on_date", m))?;
        match what {
            None if on.is_some() => Err(("what", "次にやることを入力してください".into())),
            None => Ok(None),
            Some(w) if w.chars().count() > MAX_NEXT_STEP_CHARS => Err((
                "what",
                format!("次にやることは{MAX_NEXT_STEP_CHARS}文字までにしてください"),
            )),
            Some(w) => Ok(Some((w, on))),
        }
    }
}

/// Sets (or clears) the next step of application `id`; returns it as stored.
pub async fn set_next_step(
    store: &Store,
    id: i64,
    step: Option<(String, Option<Date>)>,
) -> Result<Option<NextStep>> {
    let on = step.as_ref().and_then(|(_, d)| d.map(|d| d.to_string()));
    store
        .set_next_step(id, step.as_ref().map(|(w, _)| (w.as_str(), on.as_deref())))
        .await?;
    Ok(store.next_step(id).await?)
}

/// A field error as the use case's error (for the API, which has no form to show it next to).
pub fn field_error((_, message): (&'static str, String)) -> Error {
    Error::Invalid(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_round_follows_the_furthest_stage() {
        assert_eq!(current_round(Stage::Document), Round::First);
        assert_eq!(current_round(Stage::First), Round::First);
        assert_eq!(current_round(Stage::Second), Round::Second);
        assert_eq!(current_round(Stage::Offer), Round::Final);
    }

    #[test]
    fn dates_read_in_japanese() {
        let today = jiff::civil::date(2024, 6, 3);
        assert_eq!(
            when_ja(jiff::civil::date(2024, 6, 7), Some("14:00"), today),
            "6月7日（金） 14:00"
        );
        assert_eq!(
            when_ja(jiff::civil::date(2025, 1, 6), None, today),
            "2025年1月6日（月）"
        );
    }

    #[test]
    fn interview_times_and_next_steps_are_checked_field_by_field() {
        let ok = InterviewTimeInput {
            round: "second".into(),
            on_date: "2024/6/7".into(),
            start_time: "１４：００".into(),
        }
        .parse()
        .unwrap();
        assert_eq!(ok.on, jiff::civil::date(2024, 6, 7));
        assert_eq!(ok.start_time.as_deref(), Some("14:00"));
        let bad = |round: &str, on: &str, time: &str| {
            InterviewTimeInput {
                round: round.into(),
                on_date: on.into(),
                start_time: time.into(),
            }
            .parse()
            .unwrap_err()
            .0
        };
        assert_eq!(bad("first", "", ""), "on_date");
        assert_eq!(bad("first", "2024-06-07", "25時"), "start_time");
        assert_eq!(bad("offer", "2024-06-07", ""), "round");

        let step = |what: &str, on: &str| {
            NextStepInput {
                what: what.into(),
                on_date: on.into(),
            }
            .parse()
        };
        assert_eq!(step("", "").unwrap(), None);
        assert_eq!(
            step(" お礼のメール ", "2024-06-08").unwrap(),
            Some(("お礼のメール".into(), Some(jiff::civil::date(2024, 6, 8))))
        );
        assert_eq!(step("", "2024-06-08").unwrap_err().0, "what");
        assert_eq!(step("電話", "来週").unwrap_err().0, "on_date");
    }
}
