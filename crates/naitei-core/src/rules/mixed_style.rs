//! # mixed-style: です・ます調とだ・である調が混在している
//!
//! ## 何を検出するか
//! 職務要約・自己PR・志望動機などの文章（箇条書きを除く）で、同じ見出しの中に、です・ます調の文と
//! だ・である調の文が混ざっているもの。少ないほうの文を指摘します。体言止め（「〜の経験。」）と
//! 「〜あり。」はどちらの文体でもないので数えません。職務経歴の文章をだ・である調、自己PRを
//! です・ます調で書くような、見出しごと（職務経歴の中では会社ごと）の使い分けは指摘しません。
//!
//! ## なぜ問題か
//! 文体の混在は、応募書類で最もよく指摘される誤りの一つです。推敲していない書類に見えます。
//! 自己PRと志望動機はです・ます調が一般的です。
//!
//! ## 例
//! NG: 「受発注を5年担当しました。数字の管理が得意である。」
//! OK: 「受発注を5年担当しました。数字の管理が得意です。」
//!
//! ## 修正
//! 自動修正はありません（語尾の言い換えは文ごとに違うため）。指摘された文の語尾を、多いほうの文体に
//! 揃えてください。

use std::ops::Range;

use super::{Advice, Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::morph::{Morpheme, Pos};

pub struct MixedStyle;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Polite,
    Plain,
    Neutral,
}

/// The style of a sentence from its final predicate.
pub(crate) fn sentence_style(morphs: &[&Morpheme]) -> Style {
    let content: Vec<&&Morpheme> = morphs.iter().filter(|m| m.pos != Pos::Symbol).collect();
    let Some(last) = content.last() else {
        return Style::Neutral;
    };
    // Sentence-final particles (ね, よ, か) do not change the style.
    let tail: Vec<&&&Morpheme> = content
        .iter()
        .rev()
        .skip_while(|m| m.pos == Pos::Particle && m.pos1 == "終助詞")
        .take(4)
        .collect();
    if tail
        .iter()
        .any(|m| m.pos == Pos::Auxiliary && matches!(m.base.as_str(), "です" | "ます"))
    {
        return Style::Polite;
    }
    let Some(end) = tail.first() else {
        return Style::Neutral;
    };
    // 「〜の経験あり。」「〜なし。」: a memo style, neither polite nor plain.
    if matches!(end.surface.as_str(), "あり" | "有り" | "なし" | "無し") {
        return Style::Neutral;
    }
    match end.pos {
        Pos::Auxiliary
            if matches!(
                end.base.as_str(),
                "だ" | "た" | "ない" | "ぬ" | "う" | "たい" | "ある"
            ) =>
        {
            Style::Plain
        }
        Pos::Verb | Pos::Adjective if end.conj_form.starts_with("基本形") => Style::Plain,
        _ => {
            let _ = last;
            Style::Neutral
        }
    }
}

impl Rule for MixedStyle {
    fn id(&self) -> &'static str {
        "mixed-style"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("mixed_style.rs")
    }
    fn advice(&self) -> Advice {
        Advice::Own {
            priority: 50,
            headline: |_n| "文体を揃える：です・ます調とだ・である調が混ざっています。".to_string(),
        }
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        // Each section is judged by itself: plain 職務経歴 prose under a polite 自己PR is the
        // usual layout, not a mistake.
        type Group = ((usize, Option<usize>), Vec<Range<usize>>, Vec<Range<usize>>);
        let mut by_section: Vec<Group> = Vec::new();
        for (li, s) in cx.prose_sentences() {
            // Inside 職務経歴, each employer's block is its own text.
            let section = (cx.doc.lines[li].section, cx.doc.lines[li].job);
            if by_section.last().is_none_or(|(sec, _, _)| *sec != section) {
                by_section.push((section, Vec::new(), Vec::new()));
            }
            let (_, polite, plain) = by_section.last_mut().expect("pushed above");
            // A sentence of a paragraph may run over hard-wrapped lines.
            let morphs: Vec<&Morpheme> = cx.doc.morphs_in(s.clone()).collect();
            match sentence_style(&morphs) {
                Style::Polite => polite.push(s),
                Style::Plain => plain.push(s),
                Style::Neutral => {}
            }
        }
        for (_, polite, plain) in &by_section {
            self.flag_minority(polite, plain, out);
        }
    }
}

impl MixedStyle {
    fn flag_minority(
        &self,
        polite: &[Range<usize>],
        plain: &[Range<usize>],
        out: &mut Vec<Diagnostic>,
    ) {
        if polite.is_empty() || plain.is_empty() {
            return;
        }
        // Flag the minority; on a tie, the plain sentences (自己PR is usually polite).
        let (minority, major_name, minor_name) = if plain.len() <= polite.len() {
            (plain, "です・ます調", "だ・である調")
        } else {
            (polite, "だ・である調", "です・ます調")
        };
        for s in minority {
            out.push(self.diag(s.clone(), format!("この文は{minor_name}ですが、ほかの{}文は{major_name}です。語尾を{major_name}に揃えてください。", polite.len().max(plain.len()))));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "mixed-style";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "■自己PR\n受発注を5年担当しました。数字の管理が得意です。",
                "■職務要約\n受発注を5年担当した。数字の管理が得意である。",
                "■職務経歴\n・受注入力を担当。\n・請求書を発行した。\n■自己PR\n正確さが強みです。",
                "■職務経歴\n受注から納品までを担当した。\n■自己PR\n正確さが強みです。数字の管理が得意です。",
                "■自己PR\n店長経験あり。正確さが強みです。数字の管理が得意です。",
                "■自己PR\n受発注を5年担当しました。数字の管理が得意です。在庫管理の経験。",
            ],
        );
    }

    #[test]
    fn invalid() {
        assert_ng(
            ID,
            &[
                (
                    "■自己PR\n受発注を5年担当しました。数字の管理が得意である。改善提案も続けてきました。",
                    "数字の管理が得意である。",
                ),
                (
                    "■職務要約\n物流で8年働いた。管理が得意だ。リーダーも務めました。",
                    "リーダーも務めました。",
                ),
            ],
        );
    }
}
