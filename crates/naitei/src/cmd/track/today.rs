//! "Today": the date given on the command line, or the machine's date; windows of days from it.

use anyhow::{Result, anyhow};
use jiff::civil::Date;

/// The date given (already checked by the argument parser), or the machine's local date.
pub fn today(given: Option<Date>) -> Date {
    given.unwrap_or_else(|| jiff::Zoned::now().date())
}

/// The dates `today ..= today + days - 1`; `days` is bounded by the argument parser, and the end
/// is computed with checked arithmetic all the same.
pub fn window(today: Date, days: u32) -> Result<(Date, Date)> {
    let last = i64::from(days.max(1) - 1);
    let end = jiff::Span::new()
        .try_days(last)
        .ok()
        .and_then(|span| today.checked_add(span).ok())
        .ok_or_else(|| {
            anyhow!(
                "日数 {days} は大きすぎます（{} から数えてカレンダーの範囲を超えます）",
                today
            )
        })?;
    Ok((today, end))
}

pub use naitei_tracker::schedule::weekday_ja;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_never_overflow() {
        let d = jiff::civil::date(2024, 4, 1);
        assert_eq!(window(d, 7).unwrap().1, jiff::civil::date(2024, 4, 7));
        assert!(window(jiff::civil::date(9999, 12, 1), 3660).is_err());
        assert!(window(d, u32::MAX).is_err());
    }
}
