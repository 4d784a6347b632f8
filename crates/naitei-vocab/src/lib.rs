//! The vocabulary of the application tracker: stages, outcomes, event results, channels,
//! relation categories, interview rounds, question kinds, document kinds and goal measurement
//! kinds, each with its stable code (CSV, JSON, the database) and its Japanese name (what the
//! seeker sees). Pure and small, so that the store can keep typed rows without depending on the
//! engines (and their dictionary); `naitei-core` re-exports the tracker's types under
//! `naitei_core::funnel` and [`QuestionKind`] under `naitei_core::answer`.
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
    ($(#[$doc:meta])* $name:ident {
        $($(#[$vdoc:meta])* $variant:ident = $code:literal / $ja:literal $(| $alias:literal)*),+ $(,)?
    }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String")]
        pub enum $name { $($(#[$vdoc])* #[serde(rename = $code)] $variant),+ }

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
            /// Accepts the code (in any case) or the Japanese name.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let t = s.trim();
                $(if t.eq_ignore_ascii_case($code) || t == $ja $(|| t == $alias)* {
                    return Ok($name::$variant);
                })+
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

code_enum! {
    /// An interview round, as the interview log keeps it. The forms and the command line offer
    /// the three interview stages; `other` is a round of no particular stage (a 面談, or a row
    /// of an older database), shown as 「その他の面接」 and sorted last.
    Round {
        First = "first" / "一次面接",
        Second = "second" / "二次面接",
        Final = "final" / "最終面接",
        Other = "other" / "その他の面接",
    }
}

code_enum! {
    /// The question an interview answer replies to (the answer coach's kinds, 自己紹介 included).
    QuestionKind {
        Reason = "reason" / "転職理由",
        Motive = "motive" / "志望動機",
        Pr = "pr" / "自己PR",
        Strength = "strength" / "強み",
        Weakness = "weakness" / "弱み",
        Success = "success" / "成功体験",
        Failure = "failure" / "失敗体験",
        Reverse = "reverse" / "逆質問",
        Intro = "intro" / "自己紹介",
        /// 「回答」 in the coach's reports, 「その他」 in an interview log.
        Other = "other" / "回答" | "その他",
    }
}

code_enum! {
    /// What a document kept with the log is. Every kind a build has written is here, so that no
    /// stored row fails to read: the seeker's documents (`resume`, `rirekisho`, `other`) and the
    /// pages' own records (the plan's profile and form, the goals page).
    DocumentKind {
        Resume = "resume" / "職務経歴書",
        Rirekisho = "rirekisho" / "履歴書",
        Other = "other" / "その他の書類",
        /// The plan's profile (TOML), shared by `naitei plan --save` and the plan page.
        Profile = "profile" / "計画の入力",
        /// The plan page's form as typed (JSON), kept beside the profile.
        PlanForm = "plan_form" / "計画の入力（フォーム）",
        /// The goals page's record (JSON).
        Goals = "goals" / "今の仕事の目標",
    }
}

code_enum! {
    /// A measurement of a goal's metric: before the seeker starts, or after.
    MeasurementKind {
        Baseline = "baseline" / "基準値",
        Result = "result" / "結果",
    }
}

impl Round {
    /// The round of an interview stage (`document` and `offer` are not interviews).
    pub fn of_stage(stage: Stage) -> Option<Round> {
        match stage {
            Stage::First => Some(Round::First),
            Stage::Second => Some(Round::Second),
            Stage::Final => Some(Round::Final),
            Stage::Document | Stage::Offer => None,
        }
    }

    /// The stage this round is an interview of (`other` is none).
    pub fn stage(self) -> Option<Stage> {
        match self {
            Round::First => Some(Stage::First),
            Round::Second => Some(Stage::Second),
            Round::Final => Some(Stage::Final),
            Round::Other => None,
        }
    }
}

impl QuestionKind {
    /// The same as [`Self::code`] (the answer coach's name for it).
    pub fn id(self) -> &'static str {
        self.code()
    }

    /// Exactly the code, as `naitei answer --question` takes it.
    pub fn parse(s: &str) -> Option<QuestionKind> {
        QuestionKind::from_code(s).ok()
    }

    /// The label in an interview log: 「その他」 for a question of no particular kind.
    pub fn log_label(self) -> &'static str {
        match self {
            QuestionKind::Other => "その他",
            k => k.label(),
        }
    }

    /// What a strong answer to this question contains, in the order to say it.
    pub fn strong_answer(self) -> &'static str {
        match self {
            QuestionKind::Reason => {
                "強い転職理由は「これまでにしたこと → 次に実現したいこと → それを御社のどの仕事でどう活かすか」の順に話します"
            }
            QuestionKind::Motive => {
                "強い志望動機は「御社の事業・求人のどこに惹かれたか → 自分の経験 → 入社後に何に取り組むか」の順に話します"
            }
            QuestionKind::Pr | QuestionKind::Strength => {
                "強い自己PRは「強みを一言 → それを発揮したエピソード（何に対して何をしたか）→ 仕事でどう活かすか」の順に話します"
            }
            QuestionKind::Weakness => {
                "短所は「短所 → それを補うために続けている工夫 → その結果」の順に話します"
            }
            QuestionKind::Success => {
                "成功体験は「状況・課題 → 自分の行動 → 結果 → 仕事で再現できるやり方」の順に話します"
            }
            QuestionKind::Failure => {
                "失敗体験は「失敗 → 原因 → 取った行動 → 学びと、その後に変えたこと」の順に話します"
            }
            QuestionKind::Reverse => {
                "逆質問では、入社後の仕事の姿（最初に任される業務、期待される役割、チーム）を確かめる短い質問を1〜2問します"
            }
            QuestionKind::Intro => {
                "自己紹介は「経歴の要約 → 代表的な実績 → 応募した理由と貢献できること」を1〜3分で話します"
            }
            QuestionKind::Other => {
                "強い回答は「したこと → 実現したいこと → 御社で取り組むこと」の順に話します"
            }
        }
    }

    /// Longest comfortable speaking time in seconds (REFERENCE.md §1: 1–2 minutes; 自己紹介 1–3;
    /// a 逆質問 is one or two short questions).
    pub fn max_seconds(self) -> u32 {
        match self {
            QuestionKind::Intro => 180,
            QuestionKind::Reverse => 60,
            _ => 120,
        }
    }

    /// Shortest time before an answer is too thin to carry its content: half the lower target
    /// (1 minute, so 30 seconds); none for a 逆質問, which is meant to be short.
    pub fn min_seconds(self) -> u32 {
        match self {
            QuestionKind::Reverse => 0,
            _ => 30,
        }
    }

    /// The speaking-time target, as said to the seeker.
    pub fn target(self) -> &'static str {
        match self {
            QuestionKind::Intro => "1〜3分（300〜900字）",
            QuestionKind::Reverse => "1問15〜30秒ほどの短い質問を1〜2問",
            _ => "1〜2分（300〜600字）",
        }
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
    fn the_new_kinds_serialize_as_their_codes() {
        // JSON (backups, the API) must stay the codes the strings were.
        for (json, code) in [
            (serde_json::to_string(&DocumentKind::PlanForm), "plan_form"),
            (serde_json::to_string(&Round::Other), "other"),
            (serde_json::to_string(&QuestionKind::Intro), "intro"),
            (
                serde_json::to_string(&MeasurementKind::Baseline),
                "baseline",
            ),
        ] {
            assert_eq!(json.unwrap(), format!("\"{code}\""));
        }
        for k in DocumentKind::ALL {
            let json = serde_json::to_string(k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.code()));
            assert_eq!(serde_json::from_str::<DocumentKind>(&json).unwrap(), *k);
        }
        assert!(serde_json::from_str::<DocumentKind>("\"plan-form\"").is_err());
        assert!(serde_json::from_str::<Round>("\"document\"").is_err());
    }

    #[test]
    fn a_question_kind_reads_its_code_and_both_labels() {
        assert_eq!(QuestionKind::parse("intro"), Some(QuestionKind::Intro));
        assert_eq!(QuestionKind::parse("自己紹介"), None);
        assert_eq!("自己紹介".parse(), Ok(QuestionKind::Intro));
        assert_eq!("その他".parse(), Ok(QuestionKind::Other));
        assert_eq!("回答".parse(), Ok(QuestionKind::Other));
        assert_eq!(QuestionKind::Other.log_label(), "その他");
        assert_eq!(QuestionKind::Pr.log_label(), "自己PR");
        let err = "面談".parse::<QuestionKind>().unwrap_err().to_string();
        assert_eq!(
            err,
            "「面談」は使えません（使える値: reason motive pr strength weakness success failure reverse intro other）"
        );
    }

    #[test]
    fn rounds_are_the_interview_stages_and_other() {
        for s in Stage::ALL {
            assert_eq!(Round::of_stage(*s).is_some(), s.is_interview(), "{s}");
            if let Some(r) = Round::of_stage(*s) {
                assert_eq!(
                    (r.code(), r.label(), r.stage()),
                    (s.code(), s.label(), Some(*s))
                );
            }
        }
        assert_eq!(Round::Other.stage(), None);
        // An unknown round sorts last.
        assert!(Round::Final < Round::Other);
    }

    #[test]
    fn compares_with_text() {
        assert!(Channel::Agent == "agent");
        assert!(Channel::Agent != "scout");
        assert_eq!(EventResult::Passed.as_str(), "passed");
    }
}
