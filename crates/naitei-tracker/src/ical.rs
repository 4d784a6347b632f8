//! iCalendar output shared by `naitei plan --ics`, `naitei track ics` and the web's calendar
//! download ([`calendar`], the one writer), written with the `ics` crate. UID and DTSTAMP are derived from the data, so the same
//! input gives the same file.

use jiff::civil::{Date, Time};
use naitei_store::{NextStep, Scheduled};

/// One event of a calendar: all-day, or timed (one hour, Asia/Tokyo) when `time` is given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Stable across exports (the same row gives the same UID).
    pub uid: String,
    pub summary: String,
    pub date: Date,
    pub time: Option<Time>,
    /// The last day of an all-day event written with its end (DTEND, the day after); `None`
    /// writes no end (a one-day event).
    pub last_day: Option<Date>,
    pub location: Option<String>,
    pub description: Option<String>,
}

/// The event of a dated interview (`None` when it has no date yet).
pub fn interview_event(s: &Scheduled) -> Option<CalendarEvent> {
    let i = &s.interview;
    let date = i.on_date.as_deref()?.parse::<Date>().ok()?;
    let round = i.round.label();
    let position = if s.position.is_empty() {
        String::new()
    } else {
        format!("・{}", s.position)
    };
    Some(CalendarEvent {
        uid: format!("naitei-interview-{}@naitei.local", i.id),
        summary: format!("{round}: {}{position}", s.company),
        date,
        time: i
            .start_time
            .as_deref()
            .and_then(|t| Time::strptime("%H:%M", t).ok()),
        last_day: None,
        location: i.place.clone(),
        description: Some(match &i.interviewer_role {
            Some(r) => format!("{}{position}の{round}／面接官: {r}", s.company),
            None => format!("{}{position}の{round}", s.company),
        }),
    })
}

/// The all-day event of a dated next step (`None` when it has no date).
pub fn next_step_event(step: &NextStep, company: &str) -> Option<CalendarEvent> {
    let date = step.on_date.as_deref()?.parse::<Date>().ok()?;
    Some(CalendarEvent {
        uid: format!("naitei-next-step-{}@naitei.local", step.application_id),
        summary: format!("{company}: {}", step.what),
        date,
        time: None,
        last_day: None,
        location: None,
        description: Some(format!("{company}の次にやること")),
    })
}

/// A calendar of `events`, with DTSTAMP at `stamp_on` (a reference date, not the clock), the
/// VTIMEZONE when a timed event needs it, and lines folded as RFC 5545 says.
pub fn calendar(
    prodid: &str,
    name: Option<&str>,
    stamp_on: Date,
    events: &[CalendarEvent],
) -> String {
    use ics::parameters::{TzIDParam, Value};
    use ics::properties::{Description, DtEnd, DtStart, Location, Name, Summary};

    let stamp = stamp(stamp_on);
    let mut cal = ics::ICalendar::new("2.0", prodid);
    if let Some(n) = name {
        cal.push(Name::new(ics::escape_text(n.to_owned())));
    }
    for e in events {
        let mut event = ics::Event::new(e.uid.clone(), stamp.clone());
        event.push(Summary::new(ics::escape_text(e.summary.clone())));
        match e.time {
            Some(t) => {
                let start = e.date.to_datetime(t);
                let end = start
                    .checked_add(jiff::Span::new().hours(1))
                    .unwrap_or(start);
                let mut dtstart = DtStart::new(start.strftime("%Y%m%dT%H%M%S").to_string());
                dtstart.add(TzIDParam::new(TZID));
                let mut dtend = DtEnd::new(end.strftime("%Y%m%dT%H%M%S").to_string());
                dtend.add(TzIDParam::new(TZID));
                event.push(dtstart);
                event.push(dtend);
            }
            None => {
                let mut dtstart = DtStart::new(date(e.date));
                dtstart.add(Value::DATE);
                event.push(dtstart);
                if let Some(last) = e.last_day {
                    // DTEND of an all-day event is exclusive: the day after the last.
                    let mut dtend = DtEnd::new(date(last.tomorrow().unwrap_or(last)));
                    dtend.add(Value::DATE);
                    event.push(dtend);
                }
            }
        }
        if let Some(p) = &e.location {
            event.push(Location::new(ics::escape_text(p.clone())));
        }
        if let Some(d) = &e.description {
            event.push(Description::new(ics::escape_text(d.clone())));
        }
        cal.add_event(event);
    }
    with_timezone(&refold(&cal.to_string()))
}

/// Folds content lines at 75 octets on character boundaries (RFC 5545 §3.1), continuation
/// lines included. The `ics` crate folds every 75 octets of content, so a continuation line
/// (a space and 75 octets) is one octet too long; the text is unfolded and folded again here.
pub fn refold(ics: &str) -> String {
    const LIMIT: usize = 75;
    let unfolded = ics.replace("\r\n ", "");
    let mut out = String::with_capacity(ics.len() + ics.len() / 50);
    for line in unfolded.split_terminator("\r\n") {
        let mut used = 0;
        for c in line.chars() {
            if used + c.len_utf8() > LIMIT {
                out.push_str("\r\n ");
                used = 1;
            }
            out.push(c);
            used += c.len_utf8();
        }
        out.push_str("\r\n");
    }
    out
}

/// The time zone of every timed event (interviews in Japan).
pub const TZID: &str = "Asia/Tokyo";

/// The VTIMEZONE of Asia/Tokyo, so calendars without the IANA database read the times right.
/// Japan has kept UTC+9 without daylight saving time since 1951 (Source: the IANA tz database,
/// `asia` file, zone Asia/Tokyo).
const VTIMEZONE_TOKYO: &str = "BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\nBEGIN:STANDARD\r\nDTSTART:19510908T000000\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nTZNAME:JST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// Inserts the VTIMEZONE of [`TZID`] after the calendar's header when an event uses it.
pub fn with_timezone(ics: &str) -> String {
    let needle = format!("TZID={TZID}");
    match ics.find("BEGIN:VEVENT") {
        Some(at) if ics.contains(&needle) => {
            format!("{}{VTIMEZONE_TOKYO}{}", &ics[..at], &ics[at..])
        }
        _ => ics.to_owned(),
    }
}

/// A DATE value (all-day) in iCalendar's basic form.
pub fn date(d: Date) -> String {
    d.strftime("%Y%m%d").to_string()
}

/// DTSTAMP at midnight UTC of a reference date (not the clock).
pub fn stamp(d: Date) -> String {
    format!("{}T000000Z", date(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interviews_are_timed_in_tokyo_and_next_steps_are_all_day() {
        let s = Scheduled {
            interview: naitei_store::Interview {
                id: 7,
                application_id: 3,
                round: naitei_store::Round::Second,
                on_date: Some("2024-06-07".into()),
                start_time: Some("14:00".into()),
                interviewer_role: Some("部長".into()),
                place: Some("本社 5階".into()),
            },
            company: "山田商事".into(),
            position: "営業".into(),
        };
        let step = NextStep {
            application_id: 3,
            what: "お礼のメール".into(),
            on_date: Some("2024-06-08".into()),
        };
        let events = [
            interview_event(&s).unwrap(),
            next_step_event(&step, "山田商事").unwrap(),
        ];
        let ics = calendar("-//naitei//test//JA", None, date_of(2024, 6, 3), &events);
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
        assert!(
            ics.contains("DTSTART;TZID=Asia/Tokyo:20240607T140000"),
            "{ics}"
        );
        assert!(
            ics.contains("DTEND;TZID=Asia/Tokyo:20240607T150000"),
            "{ics}"
        );
        assert!(ics.contains("SUMMARY:二次面接: 山田商事・営業"), "{ics}");
        assert!(ics.contains("DTSTART;VALUE=DATE:20240608"), "{ics}");
        assert!(ics.contains("SUMMARY:山田商事: お礼のメール"), "{ics}");
        // A one-day event has no end.
        assert!(!ics.contains("DTEND;VALUE=DATE"), "{ics}");
        assert!(ics.contains("DTSTAMP:20240603T000000Z"));
        assert_eq!(ics.matches("BEGIN:VTIMEZONE").count(), 1);
        // Undated rows give no event.
        let undated = NextStep {
            on_date: None,
            ..step
        };
        assert_eq!(next_step_event(&undated, "山田商事"), None);
    }

    #[test]
    fn an_all_day_event_of_several_days_ends_the_day_after_its_last() {
        let week = CalendarEvent {
            uid: "w@naitei.plan".into(),
            summary: "登録".into(),
            date: date_of(2025, 3, 31),
            time: None,
            last_day: Some(date_of(2025, 4, 6)),
            location: None,
            description: None,
        };
        let ics = calendar(
            "-//naitei//test//JA",
            Some("計画"),
            date_of(2025, 3, 31),
            &[week],
        );
        assert!(ics.contains("NAME:計画\r\n"), "{ics}");
        assert!(ics.contains("DTSTART;VALUE=DATE:20250331\r\n"), "{ics}");
        assert!(ics.contains("DTEND;VALUE=DATE:20250407\r\n"), "{ics}");
        assert!(!ics.contains("VTIMEZONE"), "{ics}");
    }

    fn date_of(y: i16, m: i8, d: i8) -> Date {
        jiff::civil::date(y, m, d)
    }

    #[test]
    fn folded_lines_fit_in_75_octets_and_unfold_to_the_original() {
        let long = format!("DESCRIPTION:{}\r\n", "応募書類の見直し、".repeat(20));
        let folded = refold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75), "{folded}");
        assert_eq!(folded.replace("\r\n ", ""), long);
        assert_eq!(refold("A:b\r\n"), "A:b\r\n");
    }

    #[test]
    fn the_time_zone_is_described_once_before_the_events() {
        let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Asia/Tokyo:20240401T140000\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let out = with_timezone(ics);
        assert_eq!(out.matches("BEGIN:VTIMEZONE").count(), 1);
        assert!(out.find("END:VTIMEZONE") < out.find("BEGIN:VEVENT"));
        assert_eq!(
            with_timezone("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
                .matches("VTIMEZONE")
                .count(),
            0
        );
    }
}
