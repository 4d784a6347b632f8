//! iCalendar output shared by `naitei plan --ics` and `naitei track ics`, written with the `ics`
//! crate. Both keep UID and DTSTAMP derived from the data, so the same input gives the same file.

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
pub fn date(d: jiff::civil::Date) -> String {
    d.strftime("%Y%m%d").to_string()
}

/// DTSTAMP at midnight UTC of a reference date (not the clock).
pub fn stamp(d: jiff::civil::Date) -> String {
    format!("{}T000000Z", date(d))
}

#[cfg(test)]
mod tests {
    use super::*;

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
