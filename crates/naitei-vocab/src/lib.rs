//! The vocabulary of the application tracker: stages, outcomes, event results, channels and
//! relation categories, each with its stable English code (CSV, JSON, the database) and its
//! Japanese name (what the seeker sees). Pure and small, so that the store can keep typed rows
//! without depending on the engines (and their dictionary); `naitei-core` re-exports everything
//! under `naitei_core::funnel`.
//!
//! With the `sqlx` feature each type is stored as TEXT holding its code; a stored value that is
//! not a code is a decode error naming the value and the allowed codes.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A value that is not one of the allowed codes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("「{value}」は使えません（使える値: {allowed}）")]
pub struct InvalidValue {
    pub value: String,
    pub allowed: &'static str,
}

macro_rules! code_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $code:literal / $ja:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case", try_from = "String")]
        pub enum $name { $($variant),+ }

        /// Exactly the stable code (JSON: a backup, the API).
        impl TryFrom<String> for $name {
            type Error = InvalidValue;
            fn try_from(code: String) -> Result<Self, InvalidValue> {
                $name::from_code(&code)
            }
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            const ALLOWED: &'static str = concat!($($code, " "),+);

            /// The stable code used in CSV, JSON and the database.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The same as [`Self::code`] (for code that compares with text).
            pub fn as_str(&self) -> &'static str {
                self.code()
            }

            /// The Japanese name shown to the user.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $ja),+ }
            }

            /// Exactly the stable code (as stored); a Japanese name or other spelling is refused.
            pub fn from_code(code: &str) -> Result<Self, InvalidValue> {
                match code {
                    $($code => Ok($name::$variant),)+
                    _ => Err(InvalidValue { value: code.to_owned(), allowed: Self::ALLOWED.trim_end() }),
                }
            }
        }

        impl FromStr for $name {
            type Err = InvalidValue;
            /// Accepts the code or the Japanese name.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let t = s.trim();
                $(if t.eq_ignore_ascii_case($code) || t == $ja { return Ok($name::$variant); })+
                Err(InvalidValue { value: s.to_owned(), allowed: Self::ALLOWED.trim_end() })
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.code() == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.code() == *other
            }
        }

        #[cfg(feature = "sqlx")]
        impl<DB: sqlx::Database> sqlx::Type<DB> for $name
        where
            str: sqlx::Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                <str as sqlx::Type<DB>>::type_info()
            }

            fn compatible(ty: &DB::TypeInfo) -> bool {
                <str as sqlx::Type<DB>>::compatible(ty)
            }
        }

        #[cfg(feature = "sqlx")]
        impl<'q, DB: sqlx::Database> sqlx::Encode<'q, DB> for $name
        where
            &'q str: sqlx::Encode<'q, DB>,
        {
            fn encode_by_ref(
                &self,
                buf: &mut <DB as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&'q str as sqlx::Encode<'q, DB>>::encode(self.code(), buf)
            }
        }

        #[cfg(feature = "sqlx")]
        impl<'r, DB: sqlx::Database> sqlx::Decode<'r, DB> for $name
        where
            &'r str: sqlx::Decode<'r, DB>,
        {
            fn decode(
                value: <DB as sqlx::Database>::ValueRef<'r>,
            ) -> Result<Self, sqlx::error::BoxDynError> {
                let code = <&'r str as sqlx::Decode<'r, DB>>::decode(value)?;
                Ok($name::from_code(code)?)
            }
        }
    };
}

code_enum! {
    /// Selection stages in funnel order.
    Stage {
        Document = "document" / "書類選考",
        First = "first" / "一次面接",
        Second = "second" / "二次面接",
        Final = "final" / "最終面接",
        Offer = "offer" / "内定",
    }
}

code_enum! {
    /// Where an application stands at its furthest stage.
    Outcome {
        Pending = "pending" / "選考中",
        Failed = "failed" / "不合格",
        Withdrawn = "withdrawn" / "辞退",
        Accepted = "accepted" / "内定承諾",
        Declined = "declined" / "内定辞退",
    }
}

code_enum! {
    /// The result recorded with a stage event.
    EventResult {
        Pending = "pending" / "結果待ち",
        Passed = "passed" / "通過",
        Failed = "failed" / "不合格",
        Withdrawn = "withdrawn" / "辞退",
        Accepted = "accepted" / "承諾",
        Declined = "declined" / "内定辞退",
    }
}

code_enum! {
    /// How the application was made.
    Channel {
        Hellowork = "hellowork" / "ハローワーク",
        Agent = "agent" / "転職エージェント",
        Scout = "scout" / "スカウト",
        Direct = "direct" / "直接応募",
        Referral = "referral" / "紹介",
    }
}

code_enum! {
    /// The position's relation to the seeker's experience.
    Relation {
        Same = "same" / "同職種同業界",
        SameJob = "same-job" / "同職種異業界",
        Adjacent = "adjacent" / "周辺職種",
        New = "new" / "未経験",
    }
}

impl Stage {
    /// The stage after this one (`offer` has none).
    pub fn next(self) -> Option<Stage> {
        match self {
            Stage::Document => Some(Stage::First),
            Stage::First => Some(Stage::Second),
            Stage::Second => Some(Stage::Final),
            Stage::Final => Some(Stage::Offer),
            Stage::Offer => None,
        }
    }

    /// Whether this stage is an interview round.
    pub fn is_interview(self) -> bool {
        matches!(self, Stage::First | Stage::Second | Stage::Final)
    }
}

impl Outcome {
    /// Whether this outcome is allowed at this stage: `accepted`/`declined` only for an offer,
    /// `failed` never for an offer.
    pub fn allowed_at(self, stage: Stage) -> bool {
        match self {
            Outcome::Pending | Outcome::Withdrawn => true,
            Outcome::Failed => stage != Stage::Offer,
            Outcome::Accepted | Outcome::Declined => stage == Stage::Offer,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_the_code() {
        for s in Stage::ALL {
            assert_eq!(
                serde_json::to_string(s).unwrap(),
                format!("\"{}\"", s.code())
            );
        }
        assert_eq!(
            serde_json::to_string(&Relation::SameJob).unwrap(),
            "\"same-job\""
        );
        let r: Relation = serde_json::from_str("\"same-job\"").unwrap();
        assert_eq!(r, Relation::SameJob);
        assert!(serde_json::from_str::<Channel>("\"agent:X\"").is_err());
    }

    #[test]
    fn from_code_is_exact_and_explains_a_refusal() {
        assert_eq!(Outcome::from_code("failed"), Ok(Outcome::Failed));
        let err = Outcome::from_code("不合格").unwrap_err();
        assert_eq!(
            err.to_string(),
            "「不合格」は使えません（使える値: pending failed withdrawn accepted declined）"
        );
        assert!(Stage::from_code("First").is_err());
        assert_eq!("First".parse::<Stage>(), Ok(Stage::First));
    }

    #[test]
    fn compares_with_text() {
        assert!(Channel::Agent == "agent");
        assert!(Channel::Agent != "scout");
        assert_eq!(EventResult::Passed.as_str(), "passed");
    }
}
