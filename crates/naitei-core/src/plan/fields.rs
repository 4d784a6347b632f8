//! Reading typed values out of a parsed TOML table with errors that name the field in Japanese.
//! Used by the profile and the offer file; parsing a string is not I/O, so it belongs in core.

use jiff::civil::Date;

use super::PlanError;

/// A TOML table being read field by field. `prefix` names the table in messages (e.g. `offer[2].`).
pub struct Fields<'a> {
    table: &'a toml::Table,
    prefix: String,
    known: &'static [(&'static str, &'static str)],
}

impl<'a> Fields<'a> {
    /// `known` lists every allowed key with its Japanese label.
    pub fn new(
        table: &'a toml::Table,
        prefix: impl Into<String>,
        known: &'static [(&'static str, &'static str)],
    ) -> Result<Self, PlanError> {
        let fields = Fields {
            table,
            prefix: prefix.into(),
            known,
        };
        for key in table.keys() {
            if !known.iter().any(|(name, _)| name == key) {
                let expected: Vec<&str> = known.iter().map(|(name, _)| *name).collect();
                return Err(PlanError::UnknownField {
                    field: format!("{}{key}", fields.prefix),
                    expected: expected.join(", "),
                });
            }
        }
        Ok(fields)
    }

    fn label(&self, key: &str) -> &'static str {
        self.known
            .iter()
            .find(|(name, _)| *name == key)
            .map_or("", |(_, label)| *label)
    }

    pub fn invalid(&self, key: &str, message: impl Into<String>) -> PlanError {
        PlanError::Invalid {
            field: format!("{}{key}", self.prefix),
            label: self.label(key).to_string(),
            message: message.into(),
        }
    }

    fn missing(&self, key: &str) -> PlanError {
        PlanError::Missing {
            field: format!("{}{key}", self.prefix),
            label: self.label(key).to_string(),
        }
    }

    pub fn require<T>(&self, key: &str, value: Option<T>) -> Result<T, PlanError> {
        value.ok_or_else(|| self.missing(key))
    }

    pub fn date(&self, key: &str) -> Result<Option<Date>, PlanError> {
        match self.table.get(key) {
            None => Ok(None),
            Some(toml::Value::Datetime(dt)) => match (dt.date, dt.time) {
                (Some(d), None) => date_from_parts(i64::from(d.year), i64::from(d.month), i64::from(d.day))
                    .map(Some)
                    .ok_or_else(|| self.invalid(key, format!("存在しない日付です（{dt}）"))),
                _ => Err(self.invalid(key, format!("日付だけを書いてください（例: 2025-04-01）: {dt}"))),
            },
            Some(toml::Value::String(text)) => parse_date(text).map(Some).ok_or_else(|| {
                self.invalid(
                    key,
                    format!("日付として読めません（「{text}」）。2025-04-01、2025/4/1、令和7年4月1日、R7.4.1 のように書いてください"),
                )
            }),
            Some(other) => Err(self.invalid(key, format!("日付を書いてください（値: {other}）"))),
        }
    }

    pub fn number(&self, key: &str) -> Result<Option<f64>, PlanError> {
        match self.table.get(key) {
            None => Ok(None),
            Some(toml::Value::Integer(n)) => Ok(Some(*n as f64)),
            Some(toml::Value::Float(x)) if x.is_finite() => Ok(Some(*x)),
            Some(other) => Err(self.invalid(key, format!("数値を書いてください（値: {other}）"))),
        }
    }

    pub fn integer(&self, key: &str) -> Result<Option<i64>, PlanError> {
        match self.table.get(key) {
            None => Ok(None),
            Some(toml::Value::Integer(n)) => Ok(Some(*n)),
            Some(other) => Err(self.invalid(key, format!("整数を書いてください（値: {other}）"))),
        }
    }

    /// A non-negative amount of yen: an integer, or a string such as "450万円" or "4,500,000円".
    pub fn yen(&self, key: &str) -> Result<Option<i64>, PlanError> {
        let value = match self.table.get(key) {
            None => return Ok(None),
            Some(toml::Value::Integer(n)) => Some(*n),
            Some(toml::Value::Float(x)) if x.is_finite() => Some(x.round() as i64),
            Some(toml::Value::String(text)) => parse_yen(text),
            Some(_) => None,
        };
        match value {
            Some(n) if n < 0 => Err(self.invalid(key, format!("金額は0以上にしてください（{n}）"))),
            Some(n) if n > MAX_YEN => Err(self.invalid(
                key,
                format!("金額が大きすぎます（{n}）。100億円までの金額を円で書いてください"),
            )),
            Some(n) => Ok(Some(n)),
            None => Err(self.invalid(
                key,
                "金額として読めません。4500000 や \"450万円\" のように書いてください".to_string(),
            )),
        }
    }

    pub fn string(&self, key: &str) -> Result<Option<&'a str>, PlanError> {
        match self.table.get(key) {
            None => Ok(None),
            Some(toml::Value::String(text)) => Ok(Some(text.as_str())),
            Some(other) => Err(self.invalid(key, format!("文字列を書いてください（値: {other}）"))),
        }
    }

    pub fn bool(&self, key: &str) -> Result<Option<bool>, PlanError> {
        match self.table.get(key) {
            None => Ok(None),
            Some(toml::Value::Boolean(b)) => Ok(Some(*b)),
            Some(other) => Err(self.invalid(
                key,
                format!("true か false を書いてください（値: {other}）"),
            )),
        }
    }

    /// A string that must be one of `choices` (id, Japanese label).
    pub fn choice(
        &self,
        key: &str,
        choices: &[(&'static str, &'static str)],
    ) -> Result<Option<&'static str>, PlanError> {
        let Some(text) = self.string(key)? else {
            return Ok(None);
        };
        let text = text.trim();
        choices
            .iter()
            .find(|(id, label)| *id == text || *label == text)
            .map(|(id, _)| Some(*id))
            .ok_or_else(|| {
                let listed: Vec<String> = choices
                    .iter()
                    .map(|(id, label)| format!("{id}（{label}）"))
                    .collect();
                self.invalid(
                    key,
                    format!(
                        "「{text}」は使えません。次のどれかを書いてください: {}",
                        listed.join("、")
                    ),
                )
            })
    }
}

fn date_from_parts(year: i64, month: i64, day: i64) -> Option<Date> {
    let year = i16::try_from(year).ok()?;
    let month = i8::try_from(month).ok()?;
    let day = i8::try_from(day).ok()?;
    Date::new(year, month, day).ok()
}

/// Parses `2025-04-01`, `2025/4/1`, `2025年4月1日`, `令和7年4月1日`, `R7.4.1` (see `text::date`).
pub fn parse_date(text: &str) -> Option<Date> {
    crate::text::date::parse_date(text).ok()
}

/// The largest amount of yen accepted anywhere in a profile or offer (100億円): far above any salary, and
/// small enough that ×12, ×6 or a bonus in months can never overflow an `i64`.
pub const MAX_YEN: i64 = 10_000_000_000;

/// Parses "450万円", "450万", "4,500,000円", "4500000" (see `text::number`).
pub fn parse_yen(text: &str) -> Option<i64> {
    crate::text::number::parse_yen(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn dates_in_many_notations() {
        let cases = [
            ("2025-04-01", Some(date(2025, 4, 1))),
            ("2025/4/1", Some(date(2025, 4, 1))),
            ("2025年4月1日", Some(date(2025, 4, 1))),
            ("令和7年4月1日", Some(date(2025, 4, 1))),
            ("令和元年5月1日", Some(date(2019, 5, 1))),
            ("R6.4.1", Some(date(2024, 4, 1))),
            ("r6.4.1", Some(date(2024, 4, 1))),
            ("H31.4.30", Some(date(2019, 4, 30))),
            ("平成31年4月30日", Some(date(2019, 4, 30))),
            ("昭和50年1月2日", Some(date(1975, 1, 2))),
            ("Ｒ６．４．１", Some(date(2024, 4, 1))),
            ("２０２５／４／１", Some(date(2025, 4, 1))),
            ("令和1年4月1日", None), // before 令和 began
            ("2025-02-30", None),
            ("2025-04", None),
            ("きのう", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_date(text), expected, "{text}");
        }
    }

    #[test]
    fn yen_in_many_notations() {
        let cases = [
            ("450万円", Some(4_500_000)),
            ("450万", Some(4_500_000)),
            ("4,500,000円", Some(4_500_000)),
            ("¥4500000", Some(4_500_000)),
            ("37.5万", Some(375_000)),
            ("たくさん", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_yen(text), expected, "{text}");
        }
    }
}
