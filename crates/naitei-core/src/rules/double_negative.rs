//! # double-negative: 二重否定
//!
//! ## 何を検出するか
//! 否定を否定で受ける言い回し: 〜なくはない・〜なくもない（無くも無い）、〜ないではない・〜ないでもない、
//! 〜ないことはない（ない事はない、ないコトもない）、〜ないものではない、〜ないわけではない（ない訳でも
//! ない）、〜ないとは言えない、〜ないと言い切れない、〜ないとは限らない・〜ないとも限らない、
//! 〜ないとは言いません、〜ないということはない。否定の連体修飾を受けた名詞を否定する形（〜しない日は
//! ない、〜できない商品はない、〜していない患者様はいない、〜しなくてよいものはない）と、「〜ことが
//! 少なくない」（「よくある」の遠回しな言い方）も指摘します。「〜ない方法はないか」のような問いかけは
//! 対象外です。
//! 語の形と品詞で見るので、漢字・かな・カタカナの書き分けや、過去形（なかった）・丁寧形（ありません、
//! ないです）、「〜なかったことはない」「〜ないことがない」「〜ないことは少なくない」も同じ表現として見つけます。文章の段落では、改行で折り返した文も一文として見ます。
//! コード（`…`）、URL、HTML、引用（> で始まる行）は文章として読みません。
//!
//! ## なぜ問題か
//! 二重否定は肯定なのか否定なのかを読み手に考えさせ、自信のなさや言い逃れに聞こえます。応募書類
//! では言い切る形のほうが強く伝わります。
//!
//! ## 例
//! NG: 「マネジメントの経験がないわけではありません。」
//! OK: 「5名のチームのリーダーを2年務めました。」
//!
//! ## 修正
//! 自動修正はありません。肯定の形で、事実（何を・どれだけ）を書いてください。

use super::{Advice, Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::morph::{Morpheme, Pos};
use crate::text::phrase::{self, Class, Step};

pub struct DoubleNegative;

use Step::{One, Opt};

const NEG: Class = Class::Negation;
const TOPIC: Class = Class::Particle(&["は", "も"]);
const NOMINAL: Class = Class::Noun(&[
    "こと", "事", "コト", "もの", "物", "モノ", "わけ", "訳", "ワケ",
]);
const DE: Class = Class::Surface(&["で"]);
/// ないことがない: こと as a case of something happening (気づけないことがないよう); only こと,
/// since もの/わけ＋が＋ない is not a set phrase.
const KOTO: Class = Class::Noun(&["こと", "事", "コト"]);
const GA: Class = Class::Particle(&["が"]);
const TO: Class = Class::Particle(&["と"]);
const SAY_OR_LIMIT: Class = Class::Base(&["言える", "いえる", "限る", "かぎる"]);
/// 言い切れ(ない): 言い + 切れる.
const SAY: Class = Class::Base(&["言う", "いう"]);
const COMPLETELY: Class = Class::Base(&["切れる", "きれる"]);
/// The polite negative ending ありません / ございません.
const POLITE: Class = Class::Base(&["ある", "有る", "ござる"]);
const MASE: Class = Class::Surface(&["ませ"]);
/// The past た between the first negation and こと (感じなかったことはない).
const PAST: Class = Class::Base(&["た"]);
/// 少なくない as the second negation (届かないことは少なくない).
const FEW: Class = Class::Base(&["少ない"]);

/// A head noun after a negated relative clause (立たない日はない, できない商品はない, 感じていない
/// 患者様はいない): the second negation denies that any such thing exists.
const HEAD: Class = Class::AnyNoun;
/// いる negated (患者様はいない): "there is no one who does not".
const IRU: Class = Class::Base(&["いる", "居る"]);
/// という before the nominal (答えられないということはない).
const TOIU: Class = Class::Surface(&["という", "といった"]);
/// 〜なくてよい＋もの (気にしなくてよいものはない).
const TE: Class = Class::Surface(&["て"]);
const GOOD: Class = Class::Base(&["よい", "いい", "良い"]);
/// こと＋が/は/も＋少なくない: the litotes of "often" (止まることが少なくなかった).
const GA_OR_TOPIC: Class = Class::Particle(&["が", "は", "も"]);

/// The phrase table: a negation, what turns it into a topic, and a second negation (plain or
/// polite). After the expressions of textlint-rule-no-double-negative-ja (github.com/textlint-ja,
/// read 2026-11-30) and the usual grammar of 二重否定.
const PATTERNS: &[&[Step]] = &[
    // なくはない, なくもない, 無くも無い
    &[One(NEG), One(TOPIC), One(NEG)],
    &[One(NEG), One(TOPIC), One(POLITE), One(MASE), One(NEG)],
    // ないではない, ないでもない
    &[One(NEG), One(DE), One(TOPIC), One(NEG)],
    &[
        One(NEG),
        One(DE),
        One(TOPIC),
        One(POLITE),
        One(MASE),
        One(NEG),
    ],
    // ないことはない, ないものでもない, ないわけではありません, なかったことはありません,
    // ないことは少なくない
    &[
        One(NEG),
        Opt(PAST),
        One(NOMINAL),
        Opt(DE),
        One(TOPIC),
        One(NEG),
    ],
    &[
        One(NEG),
        Opt(PAST),
        One(NOMINAL),
        Opt(DE),
        One(TOPIC),
        One(POLITE),
        One(MASE),
        One(NEG),
    ],
    &[
        One(NEG),
        Opt(PAST),
        One(NOMINAL),
        Opt(DE),
        One(TOPIC),
        One(FEW),
        One(NEG),
    ],
    // ないことがない, なかったことがありません: 「ない場合がない」, as double as ないことはない
    &[One(NEG), Opt(PAST), One(KOTO), One(GA), One(NEG)],
    &[
        One(NEG),
        Opt(PAST),
        One(KOTO),
        One(GA),
        One(POLITE),
        One(MASE),
        One(NEG),
    ],
    // ないということはない
    &[One(NEG), One(TOIU), One(NOMINAL), One(TOPIC), One(NEG)],
    &[
        One(NEG),
        One(TOIU),
        One(NOMINAL),
        One(TOPIC),
        One(POLITE),
        One(MASE),
        One(NEG),
    ],
    // ことが少なくない, ことも少なくなかった
    &[One(KOTO), One(GA_OR_TOPIC), One(FEW), One(NEG)],
    // 立たない日はない, 答えられない商品はありません, 感じていない患者様はいない,
    // 気にしなくてよいものはない
    &[
        One(NEG),
        Opt(PAST),
        Opt(TE),
        Opt(GOOD),
        One(HEAD),
        Opt(HEAD),
        One(TOPIC),
        One(NEG),
    ],
    &[
        One(NEG),
        Opt(PAST),
        Opt(TE),
        Opt(GOOD),
        One(HEAD),
        Opt(HEAD),
        One(TOPIC),
        One(POLITE),
        One(MASE),
        One(NEG),
    ],
    &[
        One(NEG),
        Opt(PAST),
        One(HEAD),
        Opt(HEAD),
        One(TOPIC),
        One(IRU),
        Opt(MASE),
        One(NEG),
    ],
    // ないとは言わない, ないとは言いません (は/も required: 「ないと言わない」 is a plain report)
    &[One(NEG), One(TO), One(TOPIC), One(SAY), One(NEG)],
    &[One(NEG), One(TO), One(TOPIC), One(SAY), One(MASE), One(NEG)],
    // ないとは言えない, ないと言い切れない, ないとも限らない
    &[One(NEG), One(TO), Opt(TOPIC), One(SAY_OR_LIMIT), One(NEG)],
    &[
        One(NEG),
        One(TO),
        Opt(TOPIC),
        One(SAY_OR_LIMIT),
        One(MASE),
        One(NEG),
    ],
    &[
        One(NEG),
        One(TO),
        Opt(TOPIC),
        One(SAY),
        One(COMPLETELY),
        One(NEG),
    ],
    &[
        One(NEG),
        One(TO),
        Opt(TOPIC),
        One(SAY),
        One(COMPLETELY),
        One(MASE),
        One(NEG),
    ],
];

impl Rule for DoubleNegative {
    fn id(&self) -> &'static str {
        "double-negative"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("double_negative.rs")
    }
    fn scope(&self) -> Scope {
        Scope::Both
    }
    fn advice(&self) -> Advice {
        Advice::Writing
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (_, s) in cx.sentences() {
            // Every pattern starts with a negation: a sentence without one is skipped unread.
            if !cx.doc.morphs_in(s.clone()).any(|m| NEG.matches(m)) {
                continue;
            }
            let morphs: Vec<&Morpheme> = cx.doc.morphs_in(s).collect();
            for (r, _) in phrase::find_all(&morphs, PATTERNS) {
                // 「かからない方法はないか探した」: a question, not a statement.
                if morphs
                    .get(r.end)
                    .is_some_and(|m| m.pos == Pos::Particle && m.surface == "か")
                {
                    continue;
                }
                let span = phrase::span(&morphs, r);
                let found = cx.doc.slice(span.clone());
                out.push(self.diag(span.clone(), format!("「{found}」は二重否定です。肯定の形で、事実（何を・どれだけ）を言い切ってください。")));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "double-negative";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "経験はありません。",
                "ミスを出さないことを心がけた。",
                "残業はない。",
                "できないことはすぐに相談した。",
            ],
        );
    }

    #[test]
    fn invalid() {
        assert_ng(
            ID,
            &[
                (
                    "マネジメントの経験がないわけではありません。",
                    "ないわけではありません",
                ),
                ("英語は話せなくはない。", "なくはない"),
                ("効果がないとは言えない。", "ないとは言えない"),
                ("できないことはない。", "ないことはない"),
            ],
        );
    }

    #[test]
    fn kanji_kana_past_and_polite_forms() {
        assert_ng(
            ID,
            &[
                ("発端だったといえ無くも無い。", "無くも無い"),
                ("懸念はない事はない。", "ない事はない"),
                ("憂鬱でないコトもない。", "ないコトもない"),
                ("失敗しないとも限らない。", "ないとも限らない"),
                ("避けられないものではなかった。", "ないものではなかっ"),
                ("問題ないと言い切れない。", "ないと言い切れない"),
                ("経験がない訳ではありません。", "ない訳ではありません"),
                ("手もないではない。", "ないではない"),
                (
                    "やりがいを感じなかったことはありません。",
                    "なかったことはありません",
                ),
                (
                    "原因にたどり着けないことは少なくない。",
                    "ないことは少なくない",
                ),
            ],
        );
        assert_ok(
            ID,
            &[
                "期限を守らなければならない。",
                "妥協しないではいられない。",
                "`ないことはない`という表現。",
            ],
        );
    }

    #[test]
    fn a_head_noun_denied() {
        assert_ng(
            ID,
            &[
                ("売場に立たない日はないというくらいです。", "ない日はない"),
                ("提案できない商品はないと考えています。", "ない商品はない"),
                ("気にしなくてよいものはないと考えています。", "なくてよいものはない"),
                (
                    "不満を感じていない患者様はいない状況だった。",
                    "ない患者様はいない",
                ),
                (
                    "相談に答えられないということはないよう準備しています。",
                    "ないということはない",
                ),
                (
                    "読み取りが止まることが少なくなかったため、増設した。",
                    "ことが少なくなかっ",
                ),
                ("失敗が全くないとは言いません。", "ないとは言いません"),
            ],
        );
        assert_ok(
            ID,
            &[
                // A question, not a statement.
                "費用のかからない方法はないか探した。",
                "使わない資料は捨てた。",
                "在庫がない場合は発注しない。",
                "問題ないと言わない。",
            ],
        );
    }

    #[test]
    fn koto_ga_nai() {
        assert_ng(
            ID,
            &[
                (
                    "締め日を忘れないことがないよう、予定表に書いている。",
                    "ないことがない",
                ),
                (
                    "連絡が届かなかったことがありません。",
                    "なかったことがありません",
                ),
            ],
        );
        // One negation only: not double.
        assert_ok(
            ID,
            &[
                "ミスが起きることがないよう、二人で確かめた。",
                "遅れたことがない。",
            ],
        );
    }
}
