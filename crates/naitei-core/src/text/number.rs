//! Numbers and amounts of money as seekers write them: `450`, `４５０`, `4,500,000円`, `450万円`,
//! `37.5万`, `四百五十万円`, `1億2000万`. Built on the normalizer (full-width to half-width); every
//! step is checked arithmetic with a bound, and negative amounts are refused.

use super::normalize::Normalized;

/// The largest yearly salary accepted, in 万円 (10億円): anything above is a typo.
pub const MAX_MAN_YEN: i64 = 100_000;
/// The largest amount of yen accepted (1兆円).
pub const MAX_YEN: i64 = 1_000_000_000_000;

/// Why a text is not the number asked for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    #[error("「{0}」を数として読めません（例: 450、450万円、4,500,000円）")]
    Unreadable(String),
    #[error("「{0}」はマイナスです（0以上にしてください）")]
    Negative(String),
    #[error("「{text}」は大きすぎます（{max}まで）")]
    TooLarge { text: String, max: String },
}

/// Fixed-point value with four decimals (`37.5` is 375000).
type Fixed = u128;
const ONE: Fixed = 10_000;

/// The value of a kanji digit (〇 一 … 九, 零).
pub fn kanji_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The value of a kanji unit below 万 (十 百 千).
pub fn kanji_small_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1_000,
        _ => return None,
    })
}

fn small_unit(c: char) -> Option<Fixed> {
    kanji_small_unit(c).map(Fixed::from)
}

fn big_unit(c: char) -> Option<Fixed> {
    Some(match c {
        '万' => 10_000,
        '億' => 100_000_000,
        _ => return None,
    })
}

/// A run of Arabic digits with an optional decimal point (at most four decimals).
fn arabic(s: &str) -> Option<Fixed> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() || int.len() > 24 || frac.len() > 4 {
        return None;
    }
    if !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut value: Fixed = int.parse::<Fixed>().ok()?.checked_mul(ONE)?;
    let mut scale = ONE / 10;
    for b in frac.bytes() {
        value = value.checked_add(Fixed::from(b - b'0') * scale)?;
        scale /= 10;
    }
    Some(value)
}

/// A number below 万: Arabic (`450`, `37.5`), positional kanji (`二〇二四`) or kanji with
/// 十百千 (`四百五十`, `千二百`, `3千`).
fn below_man(s: &str) -> Option<Fixed> {
    if s.is_empty() {
        return None;
    }
    if let Some(v) = arabic(s) {
        return Some(v);
    }
    if s.chars().all(|c| kanji_digit(c).is_some()) && s.chars().count() <= 24 {
        let mut v: Fixed = 0;
        for c in s.chars() {
            v = v
                .checked_mul(10)?
                .checked_add(Fixed::from(kanji_digit(c)?))?;
        }
        return v.checked_mul(ONE);
    }
    let mut total: Fixed = 0;
    let mut pending: Option<Fixed> = None;
    let mut digits = String::new();
    let flush_digits = |digits: &mut String| -> Option<Option<Fixed>> {
        if digits.is_empty() {
            return Some(None);
        }
        let v = arabic(digits)?;
        digits.clear();
        Some(Some(v))
    };
    for c in s.chars() {
        if c.is_ascii_digit() || c == '.' {
            if pending.is_some() {
                return None;
            }
            digits.push(c);
        } else if let Some(d) = kanji_digit(c) {
            if pending.is_some() || !digits.is_empty() {
                return None;
            }
            pending = Some(Fixed::from(d) * ONE);
        } else if let Some(unit) = small_unit(c) {
            let n = match flush_digits(&mut digits)? {
                Some(v) => v,
                None => pending.take().unwrap_or(ONE),
            };
            total = total.checked_add(n.checked_mul(unit)?)?;
        } else {
            return None;
        }
    }
    if let Some(v) = flush_digits(&mut digits)? {
        total = total.checked_add(v)?;
    }
    if let Some(v) = pending {
        total = total.checked_add(v)?;
    }
    Some(total)
}

/// Folds the text (full-width to half-width) and strips separators, spaces and currency marks.
/// `Err` when it is written as a negative number.
fn clean(text: &str) -> Result<(String, bool), NumberError> {
    let t = Normalized::new(text.trim()).text;
    let t = t.trim();
    if t.starts_with(['-', '−', '▲', '△']) || t.starts_with("マイナス") {
        return Err(NumberError::Negative(text.trim().to_owned()));
    }
    let yen = t.ends_with('円') || t.starts_with(['¥', '￥']);
    let s: String = t
        .chars()
        .filter(|c| !matches!(c, ',' | '、' | ' ' | '\u{3000}' | '円' | '¥' | '￥' | '+'))
        .collect();
    Ok((s, yen))
}

/// A non-negative number with 万 and 億 (`1億2000万`, `四百五十万`, `37.5万`), as fixed point.
fn parse_fixed(s: &str) -> Option<Fixed> {
    let mut total: Fixed = 0;
    let mut last_unit = Fixed::MAX;
    let mut segment = String::new();
    for c in s.chars() {
        if let Some(unit) = big_unit(c) {
            if unit >= last_unit {
                return None;
            }
            total = total.checked_add(below_man(&segment)?.checked_mul(unit)?)?;
            segment.clear();
            last_unit = unit;
        } else {
            segment.push(c);
        }
    }
    if !segment.is_empty() {
        total = total.checked_add(below_man(&segment)?)?;
    } else if last_unit == Fixed::MAX {
        return None;
    }
    Some(total)
}

fn round(v: Fixed) -> Fixed {
    v.saturating_add(ONE / 2) / ONE
}

fn bounded(text: &str, v: Fixed, max: i64, max_text: &str) -> Result<i64, NumberError> {
    i64::try_from(v)
        .ok()
        .filter(|n| *n <= max)
        .ok_or_else(|| NumberError::TooLarge {
            text: text.trim().to_owned(),
            max: max_text.to_owned(),
        })
}

/// An amount of yen: `4500000`, `4,500,000円`, `450万円`, `37.5万`, `四百五十万円`, `¥4500000`.
/// Rounded to the yen; at most [`MAX_YEN`].
pub fn parse_yen(text: &str) -> Result<i64, NumberError> {
    let (s, _) = clean(text)?;
    let v = parse_fixed(&s).ok_or_else(|| unreadable_or_large(text, &s))?;
    bounded(text, round(v), MAX_YEN, "1兆円")
}

/// A yearly salary in 万円, as the tracker stores it: `450`, `450万`, `450万円`, `４５０`,
/// `四百五十万円`; an amount in yen (`4,500,000円`, or a bare number of 10000 or more) is rounded
/// to 万円. At most [`MAX_MAN_YEN`].
pub fn parse_man_yen(text: &str) -> Result<i64, NumberError> {
    let (s, yen) = clean(text)?;
    let v = parse_fixed(&s).ok_or_else(|| unreadable_or_large(text, &s))?;
    let has_unit = s.contains(['万', '億']);
    let man = if has_unit || yen || v >= 10_000 * ONE {
        // In yen: round to 万円.
        v.saturating_add(5_000 * ONE) / (10_000 * ONE)
    } else {
        round(v)
    };
    bounded(text, man, MAX_MAN_YEN, "10億円")
}

/// A non-negative whole number (`12`, `１２`, `十二`, `1,200`) of at most `max`.
pub fn parse_count(text: &str, max: u64) -> Result<u64, NumberError> {
    let (s, _) = clean(text)?;
    let v = parse_fixed(&s).ok_or_else(|| unreadable_or_large(text, &s))?;
    if v % ONE != 0 {
        return Err(NumberError::Unreadable(text.trim().to_owned()));
    }
    u64::try_from(v / ONE)
        .ok()
        .filter(|n| *n <= max)
        .ok_or_else(|| NumberError::TooLarge {
            text: text.trim().to_owned(),
            max: max.to_string(),
        })
}

/// A long run of digits is a number too large to hold, not an unreadable one.
fn unreadable_or_large(text: &str, cleaned: &str) -> NumberError {
    if cleaned.len() > 18 && cleaned.bytes().all(|b| b.is_ascii_digit()) {
        NumberError::TooLarge {
            text: text.trim().to_owned(),
            max: "18桁".to_owned(),
        }
    } else {
        NumberError::Unreadable(text.trim().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yen_in_every_usual_spelling() {
        let cases = [
            ("4500000", 4_500_000),
            ("4,500,000円", 4_500_000),
            ("４，５００，０００円", 4_500_000),
            ("¥4500000", 4_500_000),
            ("450万円", 4_500_000),
            ("450万", 4_500_000),
            ("37.5万", 375_000),
            ("四百五十万円", 4_500_000),
            ("1億2000万円", 120_000_000),
            ("千二百円", 1_200),
            ("3千円", 3_000),
            ("0", 0),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_yen(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn salaries_in_man_yen() {
        let cases = [
            ("450", 450),
            ("４５０", 450),
            ("450万", 450),
            ("450万円", 450),
            ("４５０万円", 450),
            ("四百五十万円", 450),
            ("4,500,000円", 450),
            ("4500000", 450),
            ("4549999", 455),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_man_yen(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn refusals() {
        assert!(matches!(
            parse_man_yen("-450"),
            Err(NumberError::Negative(_))
        ));
        assert!(matches!(
            parse_man_yen("－450"),
            Err(NumberError::Negative(_))
        ));
        assert!(matches!(parse_yen("▲100円"), Err(NumberError::Negative(_))));
        assert!(matches!(
            parse_man_yen("9223372036854775807"),
            Err(NumberError::TooLarge { .. })
        ));
        assert!(matches!(
            parse_man_yen("99999999999999999999999999999999999999999"),
            Err(NumberError::TooLarge { .. })
        ));
        assert!(matches!(
            parse_yen("1万1億"),
            Err(NumberError::Unreadable(_))
        ));
        assert!(matches!(
            parse_yen("たくさん"),
            Err(NumberError::Unreadable(_))
        ));
        assert!(matches!(parse_yen(""), Err(NumberError::Unreadable(_))));
        assert!(matches!(parse_yen("万"), Err(NumberError::Unreadable(_))));
        assert_eq!(parse_count("十二", 100), Ok(12));
        assert!(matches!(
            parse_count("1.5", 100),
            Err(NumberError::Unreadable(_))
        ));
        assert!(matches!(
            parse_count("101", 100),
            Err(NumberError::TooLarge { .. })
        ));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,40}") {
            let _ = parse_yen(&s);
            let _ = parse_man_yen(&s);
            let _ = parse_count(&s, u64::MAX);
        }

        #[test]
        fn round_trips_plain_numbers(n in 0i64..MAX_YEN) {
            proptest::prop_assert_eq!(parse_yen(&n.to_string()), Ok(n));
        }
    }
}
