//! # weak-phrase: 自信のない言い回し
//!
//! ## 何を検出するか
//! 自己PR・志望動機・職務要約の中の、言い切らない表現（〜と思います、〜かもしれません、
//! 〜つもりです、〜できればと、〜のではないか、ある程度、一応、自信はありませんが）。
//!
//! ## なぜ問題か
//! 自己PRは「何ができるか」を約束する文章です。「〜と思います」「〜かもしれません」は自信のなさとして
//! 読まれ、同じ実績でも弱く見えます。
//!
//! ## 例
//! NG: 「前職の経験を活かせると思います。」
//! OK: 「前職で月次決算を5営業日に短縮した経験を、御社の経理体制づくりに活かせます。」
//!
//! ## 修正
//! 自動修正はありません（言い切るには根拠が要るため）。「〜します」「〜できます」と言い切り、
//! 根拠となる実績（数字）を添えてください。

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{LineKind, SectionKind};

pub struct WeakPhrase;

/// (phrase, what to write instead).
pub(crate) const WEAK: &[(&str, &str)] = &[
    ("と思います", "「〜します」「〜できます」と言い切る"),
    ("と思っております", "「〜します」「〜できます」と言い切る"),
    ("と思っています", "「〜します」「〜できます」と言い切る"),
    ("かもしれません", "根拠を添えて言い切る"),
    ("かもしれない", "根拠を添えて言い切る"),
    ("ような気がします", "根拠を添えて言い切る"),
    ("つもりです", "「〜します」と言い切る"),
    ("できればと", "「〜します」と言い切る"),
    ("のではないか", "根拠を添えて言い切る"),
    ("ではないかと", "根拠を添えて言い切る"),
    ("ある程度", "どの程度かを数字で書く"),
    ("一応", "削る"),
    ("自信はありませんが", "削って、できることを書く"),
    ("少しは", "どの程度かを数字で書く"),
    ("なんとか", "削って、結果を書く"),
];

impl Rule for WeakPhrase {
    fn id(&self) -> &'static str {
        "weak-phrase"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("weak_phrase.rs")
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, line) in cx.doc.lines.iter().enumerate() {
            let section_fits = cx.answer
                || matches!(
                    cx.section_kind(i),
                    SectionKind::SelfPr | SectionKind::Motive | SectionKind::Summary
                );
            if !matches!(line.kind, LineKind::Text | LineKind::Bullet) || !section_fits {
                continue;
            }
            let text = cx.doc.slice(line.content.clone());
            for (phrase, instead) in WEAK {
                for (at, _) in text.match_indices(phrase) {
                    let span = line.content.start + at..line.content.start + at + phrase.len();
                    out.push(self.diag(span, format!("「{phrase}」は自信がなさそうに読まれます。{instead}と、同じ内容でも強く伝わります。")));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "weak-phrase";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "■自己PR\n前職の経験を活かして貢献します。",
                "■職務経歴\n・改善できると思い、提案した。",
            ],
        );
    }

    #[test]
    fn invalid() {
        assert_ng(
            ID,
            &[
                ("■自己PR\n前職の経験を活かせると思います。", "と思います"),
                ("■志望動機\nお役に立てるかもしれません。", "かもしれません"),
            ],
        );
    }
}
