//! Single values as users type them, each checked with the core's parser and explained in
//! Japanese when refused. The CLI's typed arguments and the web's forms both use these.

use std::str::FromStr;

use jiff::civil::Date;
use naitei_core::funnel::{Channel, InvalidValue, Outcome, Round, Stage, parse_channel};
use naitei_core::text::{date, number};

/// A date in any usual spelling (ISO, 2024/4/1, 令和6年4月1日, R6.4.1, full-width).
pub fn date(text: &str) -> Result<Date, String> {
    date::parse_date(text).map_err(|e| e.to_string())
}

/// A yearly salary in 万円 (`450`, `450万円`, `４５０`, `4,500,000円`); empty is "not given".
pub fn salary(text: &str) -> Result<Option<i64>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    number::parse_man_yen(text).map(Some).map_err(|e| match e {
        number::NumberError::Unreadable(_) => format!(
            "年収「{}」を読めません（万円の数字で。例: 450 または 450万円）",
            text.trim()
        ),
        other => format!("年収{other}"),
    })
}

/// A channel code or name, with an agent or site name after a colon (`agent:リクルート`).
pub fn channel(text: &str) -> Result<(Channel, Option<String>), String> {
    parse_channel(text.trim()).map_err(|e| format!("応募経路: {e}"))
}

/// A code of the tracker's vocabulary (stage, outcome, result, relation, question kind).
pub fn code<T: FromStr<Err = InvalidValue>>(what: &str, text: &str) -> Result<T, String> {
    text.trim().parse::<T>().map_err(|e| format!("{what}: {e}"))
}

/// An interview round as typed: first / second / final, or 一次面接 … (`other` is a stored
/// round only; the forms and the command line offer the three interview stages).
pub fn round(text: &str) -> Result<Round, String> {
    match text.trim().parse::<Round>() {
        Ok(round) if round != Round::Other => Ok(round),
        _ => Err(format!(
            "面接の回は一次・二次・最終（first / second / final）のどれかです（「{}」は使えません）",
            text.trim()
        )),
    }
}

/// A start time `14:00` (full-width colon too).
pub fn time(text: &str) -> Result<String, String> {
    let folded = naitei_core::text::normalize::Normalized::new(text.trim()).text;
    let t = jiff::civil::Time::strptime("%H:%M", folded.trim())
        .map_err(|_| format!("時刻「{}」を読めません（例: 14:00）", text.trim()))?;
    Ok(format!("{:02}:{:02}", t.hour(), t.minute()))
}

/// Most characters in a company name.
pub const MAX_COMPANY_CHARS: usize = 200;

/// A company name: not empty, not absurdly long.
pub fn company(text: &str) -> Result<String, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("会社名が空です".to_owned());
    }
    if t.chars().count() > MAX_COMPANY_CHARS {
        return Err(format!("会社名が長すぎます（{MAX_COMPANY_CHARS}文字まで）"));
    }
    Ok(t.to_owned())
}

/// Trimmed text, or `None` when empty.
pub fn opt(text: &str) -> Option<String> {
    Some(text.trim().to_owned()).filter(|s| !s.is_empty())
}

/// Whether the outcome is allowed at the stage (`accepted` only for an offer …).
pub fn check_outcome(stage: Stage, outcome: Outcome) -> Result<(), String> {
    if outcome.allowed_at(stage) {
        return Ok(());
    }
    Err(format!(
        "{}の段階で状況「{}」は使えません（内定なら pending / accepted / declined / withdrawn、それ以外は pending / failed / withdrawn）",
        stage.label(),
        outcome.code()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salaries_and_dates_read_the_same_everywhere() {
        assert_eq!(salary("４５０"), Ok(Some(450)));
        assert_eq!(salary("450万円"), Ok(Some(450)));
        assert_eq!(salary(""), Ok(None));
        assert!(salary("-450").unwrap_err().contains("マイナス"));
        assert!(
            salary("9223372036854775807")
                .unwrap_err()
                .contains("大きすぎます")
        );
        assert_eq!(date("R6.4.1"), Ok(jiff::civil::date(2024, 4, 1)));
        assert!(
            date("令和0年4月1日")
                .unwrap_err()
                .contains("令和0年はありません")
        );
        assert_eq!(time("１４：００"), Ok("14:00".to_owned()));
        assert!(company(" ").is_err());
    }

    #[test]
    fn a_round_is_one_of_the_three_interview_stages() {
        assert_eq!(round(" second "), Ok(Round::Second));
        assert_eq!(round("最終面接"), Ok(Round::Final));
        for bad in ["other", "document", "offer", "fourth", ""] {
            let e = round(bad).unwrap_err();
            assert!(e.contains("first / second / final"), "{bad}: {e}");
        }
    }
}
