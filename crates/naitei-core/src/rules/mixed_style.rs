//! # mixed-style: です・ます調とだ・である調が混在している
//!
//! ## 何を検出するか
//! 職務要約・自己PR・志望動機などの文章（箇条書きを除く）と面接の回答で、同じ見出しの中に、
//! です・ます調の文とだ・である調の文が混ざっているもの。少ないほうの文を指摘します（同じ数なら
//! だ・である調の文）。体言止め（「〜の経験。」）と「〜あり。」はどちらの文体でもないので数えません。
//! 句点（。）のない行（「〜を導入した」のようなメモ書き）も数えません。職務経歴の文章をだ・である調、
//! 自己PRをです・ます調で書くような、見出しごと（職務経歴の中では会社ごと）の使い分けは指摘しません。
//!
//! 箇条書きは一つずつ独立した項目なので数えません（体言止めや「〜した」で終わる箇条書きは職務経歴書の
//! 普通の書き方です）。箇条書きのすぐ下で字下げして続く行（「・〜が続く中で、」の次の「　〜を試した。」、
//! 「　→ 〜に減りました。」）も、その箇条書きの一部として数えません。
//!
//! かぎかっこの中の言葉はほかの人の言葉の引用なので、文体として数えません。『上司から「報告は結論から
//! 話すのが基本である」と教わりました。』はです・ます調の文で、文全体がかぎかっこの中にある文
//! （「教えるとは相手を想像することである。」）はどちらの文体でもありません。
//!
//! 面接の回答も見ます。話すときも、です・ます調の中に「〜が原因である。」「〜が大事だ。」が混ざると、
//! 面接官には言葉づかいの乱れとして聞こえるからです（面接の回答のラベル付きデータでは、です・ます調の
//! 中のだ・である調の文6件がすべて直すべき点とされ、引用の中のだ・である調は誤りとされていません）。
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

use super::{Advice, Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::LineKind;
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
    fn scope(&self) -> Scope {
        Scope::Both
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        // Each section is judged by itself: plain 職務経歴 prose under a polite 自己PR is the
        // usual layout, not a mistake.
        type Group = ((usize, Option<usize>), Vec<Range<usize>>, Vec<Range<usize>>);
        let mut by_section: Vec<Group> = Vec::new();
        let continues = bullet_continuations(cx);
        for (li, s) in cx.prose_sentences() {
            let line = &cx.doc.lines[li];
            if continues[li] {
                continue;
            }
            // Inside 職務経歴, each employer's block is its own text.
            let section = (line.section, line.job);
            if by_section.last().is_none_or(|(sec, _, _)| *sec != section) {
                by_section.push((section, Vec::new(), Vec::new()));
            }
            let (_, polite, plain) = by_section.last_mut().expect("pushed above");
            let text = cx.doc.slice(s.clone()).trim_end();
            // A line with no 。 is a memo (「〜を導入した」「〜に短縮」), neither style; a
            // sentence wholly in 「」 is someone else's words.
            if !text.ends_with(['。', '！', '？', '!', '?']) || quoted(text) {
                continue;
            }
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

/// For each line: an indented line right under a bullet (or under such a line) continues the
/// bullet's item (「・〜が続く中で、」「　〜を試した。」「　→ 〜に減少」), and is read as part of the
/// bullet, not as prose.
fn bullet_continuations(cx: &Context<'_>) -> Vec<bool> {
    let mut out = vec![false; cx.doc.lines.len()];
    let mut in_bullet = false;
    for (i, line) in cx.doc.lines.iter().enumerate() {
        match line.kind {
            LineKind::Bullet => in_bullet = true,
            LineKind::Text if in_bullet && line.indent > 0 => out[i] = true,
            _ => in_bullet = false,
        }
    }
    out
}

/// The sentence is a quotation of its own: 「…だ。」 (its end is inside the brackets).
fn quoted(text: &str) -> bool {
    let body = text.trim_end_matches(['。', '！', '？', '!', '?']);
    body.starts_with(['「', '『']) && body.ends_with(['」', '』'])
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
    fn bullets_and_quotations() {
        assert_ok(
            ID,
            &[
                // The wrapped lines of a bullet belong to the bullet.
                "■職務経歴\n・夕方に落ち着かない方が多い中で、\n　役割をお願いする関わりを試した。\n　落ち着いて過ごせる日が増えた。\n・申し送りが口頭のみでした。\n　ノートを作って使い始めました。",
                // A memo line without 。 is neither style.
                "■自己PR\n手順書を作った\n正確さが強みです。数字の管理が得意です。",
                // A quotation of its own.
                "■自己PR\n先輩の言葉を大事にしています。\n「教えるとは相手を想像することである。」\n相手に合わせて説明します。",
            ],
        );
    }

    #[test]
    fn spoken_answers() {
        assert_answer_spans(
            ID,
            &[
                (
                    "配達の順番を変えた結果、荷物が遅れました。数字だけを見て判断したのが原因である。今は時間指定を先に確認しています。",
                    &["数字だけを見て判断したのが原因である。"],
                ),
                (
                    "上司から「報告は結論から話すのが基本である」と教わりました。チームの決まりはありますか。",
                    &[],
                ),
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
