//! Typed command-line values: clap value parsers built on the core's parsers (`text::date`,
//! `text::number`) and the tracker's vocabulary, so a bad value is a usage error (exit 2) that
//! names the flag, before any command runs.

use jiff::civil::Date;
use naitei_core::funnel::{
    Channel, DocumentKind, EventResult, Outcome, QuestionKind, Relation, Round, Stage,
};
use naitei_core::text::number;
use naitei_tracker::fields;

/// Most days a calendar window may cover (ten years).
pub const MAX_DAYS: u32 = 3660;

/// A date in any usual spelling (2024-04-01, 2024/4/1, 令和6年4月1日, R6.4.1, full-width).
pub fn date(s: &str) -> Result<Date, String> {
    fields::date(s)
}

/// A yearly salary in 万円 (450, 450万円, ４５０, 4,500,000円), not negative, bounded.
pub fn salary(s: &str) -> Result<i64, String> {
    fields::salary(s)?.ok_or_else(|| "年収が空です（万円の数字で。例: 450）".to_owned())
}

/// A salary that may be empty (`--salary ""` clears it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Salary(pub Option<i64>);

pub fn salary_or_empty(s: &str) -> Result<Salary, String> {
    fields::salary(s).map(Salary)
}

/// A number of days: 1 to [`MAX_DAYS`] (full-width and kanji numerals too).
pub fn days(s: &str) -> Result<u32, String> {
    let n = number::parse_count(s, u64::from(MAX_DAYS)).map_err(|e| match e {
        number::NumberError::TooLarge { .. } => {
            format!("日数「{}」は大きすぎます（{MAX_DAYS} 日まで）", s.trim())
        }
        other => format!("日数: {other}"),
    })?;
    if n == 0 {
        return Err("日数は 1 以上にしてください".to_owned());
    }
    Ok(n as u32)
}

/// A start time (14:00).
pub fn time(s: &str) -> Result<String, String> {
    fields::time(s)
}

pub fn channel(s: &str) -> Result<(Channel, Option<String>), String> {
    fields::channel(s)
}

pub fn relation(s: &str) -> Result<Relation, String> {
    fields::code("経験との関係", s)
}

pub fn stage(s: &str) -> Result<Stage, String> {
    fields::code("段階", s)
}

/// An interview round: first, second or final.
pub fn round(s: &str) -> Result<Round, String> {
    fields::round(s)
}

pub fn outcome(s: &str) -> Result<Outcome, String> {
    fields::code("状況", s)
}

pub fn result(s: &str) -> Result<EventResult, String> {
    fields::code("結果", s)
}

pub fn question_kind(s: &str) -> Result<QuestionKind, String> {
    fields::code("質問の種類", s)
}

/// A document the seeker keeps by hand: resume, rirekisho or other (the pages' own records,
/// such as the plan's profile, are not).
pub fn document_kind(s: &str) -> Result<DocumentKind, String> {
    match DocumentKind::from_code(s.trim()) {
        Ok(k @ (DocumentKind::Resume | DocumentKind::Rirekisho | DocumentKind::Other)) => Ok(k),
        _ => Err(format!(
            "書類の種類「{}」は使えません（使える値: resume rirekisho other）",
            s.trim()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_bounded() {
        assert_eq!(days("90"), Ok(90));
        assert_eq!(days("９０"), Ok(90));
        assert!(days("0").is_err());
        assert!(days("-1").unwrap_err().contains("マイナス"));
        assert!(days("100000000").unwrap_err().contains("大きすぎます"));
        assert!(days("7304486").unwrap_err().contains("3660"));
    }

    proptest::proptest! {
        /// No numeric argument panics or overflows: every value is accepted within its bound
        /// or refused with a message.
        #[test]
        fn numeric_arguments_never_panic(n in proptest::num::i128::ANY, s in "\\PC{0,30}") {
            for text in [n.to_string(), s.clone()] {
                if let Ok(d) = days(&text) {
                    proptest::prop_assert!((1..=MAX_DAYS).contains(&d));
                    let _ = crate::cmd::track::today::window(jiff::civil::date(2024, 1, 1), d);
                }
                if let Ok(v) = salary(&text) {
                    proptest::prop_assert!((0..=number::MAX_MAN_YEN).contains(&v));
                }
                let _ = salary_or_empty(&text);
                let _ = date(&text);
                let _ = time(&text);
            }
        }
    }
}
