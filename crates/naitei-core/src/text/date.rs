//! Dates as seekers write them: `2024-04-01`, `2024/4/1`, `2024年4月1日`, 和暦 (`令和6年4月1日`,
//! `令和元年5月1日`, `R6.4.1`, `H31/4/30`), in full-width or half-width characters.
//!
//! This is the one era table of the project; every other module asks it.

use std::fmt;
use std::sync::LazyLock;

use regex::Regex;

use jiff::civil::{Date, date};

use super::normalize::Normalized;

/// A Japanese era: its name, its one-letter abbreviation and its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Era {
    pub name: &'static str,
    pub letter: char,
    pub start: Date,
}

/// The modern eras, newest first. Source: 元号法 (昭和54年法律第43号) and the ordinances that
/// changed the era (令和: 平成31年政令第143号, in force 2019-05-01; 平成: 昭和64年政令第1号, in
/// force 1989-01-08; 昭和 1926-12-25; 大正 1912-07-30).
pub const ERAS: [Era; 4] = [
    Era {
        name: "令和",
        letter: 'R',
        start: date(2019, 5, 1),
    },
    Era {
        name: "平成",
        letter: 'H',
        start: date(1989, 1, 8),
    },
    Era {
        name: "昭和",
        letter: 'S',
        start: date(1926, 12, 25),
    },
    Era {
        name: "大正",
        letter: 'T',
        start: date(1912, 7, 30),
    },
];

/// Years a date given by a seeker can plausibly be in (a birth date, an application, a deadline).
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i16> = 1900..=2100;

impl Era {
    /// The era named by its kanji name or its letter (either case; full-width after normalization).
    pub fn named(name: &str) -> Option<&'static Era> {
        let name = name.trim();
        ERAS.iter().find(|e| {
            e.name == name || {
                let mut chars = name.chars();
                chars
                    .next()
                    .is_some_and(|c| c.to_ascii_uppercase() == e.letter)
                    && chars.next().is_none()
            }
        })
    }

    /// The western year of year `n` of this era (元年 is 1), or `None` for year 0 or an overflow.
    pub fn year(&self, n: i64) -> Option<i16> {
        if n < 1 {
            return None;
        }
        i16::try_from(i64::from(self.start.year()).checked_add(n - 1)?).ok()
    }

    /// The era whose name (kanji only) ends `text`, e.g. for `…令和` before a number.
    pub fn ending(text: &str) -> Option<&'static Era> {
        ERAS.iter().find(|e| text.ends_with(e.name))
    }

    /// Splits a leading era name or letter off `text` (already normalized).
    fn strip_prefix(text: &str) -> Option<(&'static Era, &str)> {
        ERAS.iter().find_map(|e| {
            if let Some(rest) = text.strip_prefix(e.name) {
                return Some((e, rest));
            }
            let first = text.chars().next()?;
            (first.to_ascii_uppercase() == e.letter).then(|| (e, &text[first.len_utf8()..]))
        })
    }
}

/// Why a text is not a date, in words a seeker can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("日付「{0}」を読めません（例: 2024-04-01、2024/4/1、令和6年4月1日、R6.4.1）")]
    Unreadable(String),
    #[error("日付「{text}」: {era}0年はありません（{era}は元年から数えます）")]
    EraYearZero { text: String, era: &'static str },
    #[error("日付「{text}」は{era}が始まる前の日付です（{era}は{start}から）")]
    BeforeEra {
        text: String,
        era: &'static str,
        start: JaDate,
    },
    #[error("日付「{text}」はカレンダーにありません（{year}年{month}月{day}日）")]
    NotInCalendar {
        text: String,
        year: i64,
        month: i64,
        day: i64,
    },
    #[error(
        "日付「{text}」の年（{year}年）は考えにくい年です（1900年から2100年までの日付にしてください）"
    )]
    Implausible { text: String, year: i64 },
}

/// A date shown as `2019年5月1日` in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JaDate(pub Date);

impl fmt::Display for JaDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}年{}月{}日",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }
}

/// Parses a full date in any of the usual spellings. A 和暦 date before its era began (令和1年4月1日)
/// and years outside [`PLAUSIBLE_YEARS`] are refused.
pub fn parse_date(text: &str) -> Result<Date, DateError> {
    let original = text.trim();
    let normalized = Normalized::new(original).text;
    let unreadable = || DateError::Unreadable(original.to_owned());
    let (era, rest) = match Era::strip_prefix(normalized.trim()) {
        Some((era, rest)) => (Some(era), rest.trim_start()),
        None => (None, normalized.trim()),
    };
    let rest: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    let rest = match (era, rest.strip_prefix('元')) {
        (Some(_), Some(after)) => format!("1{after}"),
        _ => rest,
    };
    let parts: Vec<&str> = rest
        .split(['-', '/', '.', '年', '月', '日'])
        .filter(|part| !part.is_empty())
        .collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(unreadable());
    };
    let number = |s: &str| -> Result<i64, DateError> {
        if s.is_empty() || s.len() > 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(unreadable());
        }
        s.parse().map_err(|_| unreadable())
    };
    let (y, month, day) = (number(y)?, number(m)?, number(d)?);
    let year = match era {
        None => y,
        Some(era) if y == 0 => {
            return Err(DateError::EraYearZero {
                text: original.to_owned(),
                era: era.name,
            });
        }
        Some(era) => era.year(y).map(i64::from).ok_or_else(unreadable)?,
    };
    if !(i64::from(*PLAUSIBLE_YEARS.start())..=i64::from(*PLAUSIBLE_YEARS.end())).contains(&year) {
        return Err(DateError::Implausible {
            text: original.to_owned(),
            year,
        });
    }
    let not_in_calendar = || DateError::NotInCalendar {
        text: original.to_owned(),
        year,
        month,
        day,
    };
    let (Ok(m8), Ok(d8)) = (i8::try_from(month), i8::try_from(day)) else {
        return Err(not_in_calendar());
    };
    // The year is in PLAUSIBLE_YEARS, so it fits an i16.
    let result = Date::new(year as i16, m8, d8).map_err(|_| not_in_calendar())?;
    if let Some(era) = era
        && result < era.start
    {
        return Err(DateError::BeforeEra {
            text: original.to_owned(),
            era: era.name,
            start: JaDate(era.start),
        });
    }
    Ok(result)
}

static KANJI_NUMBER_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([〇一二三四五六七八九十百千]+)(\s*[年月日])").expect("valid regex")
});

/// Dates written in kanji numerals (「平成二十六年四月」「二〇一六年四月」) in Arabic digits, so
/// that their periods are read like the others.
pub fn kanji_dates(text: &str) -> std::borrow::Cow<'_, str> {
    // A `matches!` per character: `"〇一…".contains(c)` would run a substring search per
    // character of every line of the work history.
    if !text.contains(|c: char| {
        matches!(
            c,
            '〇' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        )
    }) {
        return std::borrow::Cow::Borrowed(text);
    }
    KANJI_NUMBER_RE.replace_all(text, |c: &regex::Captures| {
        let run = &c[1];
        // 二〇一六: digit by digit; 二十六: with units.
        let value = if run
            .chars()
            .all(|ch| super::number::kanji_digit(ch).is_some())
        {
            run.chars()
                .filter_map(super::number::kanji_digit)
                .fold(0u64, |v, d| v * 10 + u64::from(d))
        } else {
            match super::number::parse_count(run, 9999) {
                Ok(v) => v,
                Err(_) => return c[0].to_string(),
            }
        };
        format!("{value}{}", &c[2])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_every_usual_spelling() {
        let cases = [
            ("2024-04-01", date(2024, 4, 1)),
            ("2024/4/1", date(2024, 4, 1)),
            ("2024.4.1", date(2024, 4, 1)),
            ("2024年4月1日", date(2024, 4, 1)),
            ("２０２４／４／１", date(2024, 4, 1)),
            ("２０２４年４月１日", date(2024, 4, 1)),
            ("令和6年4月1日", date(2024, 4, 1)),
            ("令和元年5月1日", date(2019, 5, 1)),
            ("令和 元年 5月 1日", date(2019, 5, 1)),
            ("R6.4.1", date(2024, 4, 1)),
            ("r6.4.1", date(2024, 4, 1)),
            ("Ｒ６．４．１", date(2024, 4, 1)),
            ("H31/4/30", date(2019, 4, 30)),
            ("平成31年4月30日", date(2019, 4, 30)),
            ("昭和50年1月2日", date(1975, 1, 2)),
            ("S50.1.2", date(1975, 1, 2)),
            ("大正15年1月1日", date(1926, 1, 1)),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_date(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn refusals_say_why() {
        let err = |t: &str| parse_date(t).unwrap_err();
        assert!(matches!(
            err("令和0年4月1日"),
            DateError::EraYearZero { era: "令和", .. }
        ));
        assert!(
            err("令和0年4月1日")
                .to_string()
                .contains("令和0年はありません")
        );
        assert!(matches!(err("令和元年4月1日"), DateError::BeforeEra { .. }));
        assert!(err("令和元年4月1日").to_string().contains("2019年5月1日"));
        assert!(matches!(err("2024-02-30"), DateError::NotInCalendar { .. }));
        assert!(matches!(
            err("0000-01-01"),
            DateError::Implausible { year: 0, .. }
        ));
        assert!(matches!(err("9999-01-01"), DateError::Implausible { .. }));
        assert!(matches!(err("1800-01-01"), DateError::Implausible { .. }));
        assert!(matches!(
            err("-0001-01-01"),
            DateError::Implausible { year: 1, .. }
        ));
        assert!(matches!(err("2024-04"), DateError::Unreadable(_)));
        assert!(matches!(err("きのう"), DateError::Unreadable(_)));
        assert!(matches!(
            err("99999999999999999999-1-1"),
            DateError::Unreadable(_)
        ));
        assert!(matches!(err(""), DateError::Unreadable(_)));
    }

    #[test]
    fn eras_by_name_and_letter() {
        assert_eq!(Era::named("令和").map(|e| e.letter), Some('R'));
        assert_eq!(Era::named("h").map(|e| e.name), Some("平成"));
        assert_eq!(Era::named("X"), None);
        assert_eq!(ERAS[0].year(1), Some(2019));
        assert_eq!(ERAS[1].year(31), Some(2019));
        assert_eq!(ERAS[0].year(0), None);
        assert_eq!(ERAS[0].year(i64::MAX), None);
        assert_eq!(Era::ending("在職：令和").map(|e| e.letter), Some('R'));
    }
}
