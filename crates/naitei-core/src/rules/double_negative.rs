//! # double-negative: 二重否定
//!
//! ## 何を検出するか
//! 否定を否定で受ける言い回し（〜ないことはない、〜なくはない、〜ないわけではない、
//! 〜ないとは言えない、〜なくもない）。
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

use std::sync::LazyLock;

use regex::Regex;

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};

pub struct DoubleNegative;

static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(な[いく]|ず)(こと|わけ|訳|もの)?(は|では|でも|も)?(な[いく]|ありません|ございません)|ないとは(言え|いえ|限ら|かぎら)(ない|なかった|ません)|なくもな|なくはな|ないでもな").expect("valid regex")
});

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
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (_, s) in cx.sentences() {
            let text = cx.doc.slice(s.clone());
            for m in PATTERN.find_iter(text) {
                // Plain negation runs like 「ないない」 do not occur in prose; require a noun or
                // particle between the two negatives, or the lexical forms above.
                if m.as_str() == "ないない" {
                    continue;
                }
                let span = s.start + m.start()..s.start + m.end();
                out.push(self.diag(span, format!("「{}」は二重否定です。肯定の形で、事実（何を・どれだけ）を言い切ってください。", m.as_str())));
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
}
