//! # redundant-expression: 冗長な表現・重複表現
//!
//! ## 何を検出するか
//! 意味を変えずに短くできる表現（することができる → できる、まず最初に → 最初に）と、同じ意味を
//! 重ねた表現（今現在、後で後悔、違和感を感じる）、へりくだりすぎ（させていただきました）。
//! 実績の報告で動詞に「ことができた」を付けた形（防ぐことができた → 防げた）も指摘します（自動修正
//! なし）。自己PRの「〜することができます」のような能力の表明は対象外です。
//!
//! ## なぜ問題か
//! 職務経歴書は限られた紙面で実績を伝える書類です。冗長な言い回しは文を長くし、要点をぼかします。
//!
//! ## 例
//! NG: 「手順書を作成することができるようになりました。」
//! OK: 「手順書を作成できるようになりました。」
//!
//! ## 修正
//! 意味が変わらない置き換え（することができる → できる、まず最初に → 最初に など）は安全な自動修正
//! です（`--fix`）。語尾や敬語の調整が要るもの（することが可能です、させていただきました）は
//! 提案のみで、自動では直しません。

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::LineKind;
use crate::text::morph::Pos;

pub struct RedundantExpression;

/// (expression, replacement, safe). Safe replacements keep meaning and grammar as they are.
const TABLE: &[(&str, &str, bool)] = &[
    ("することができ", "でき", true),
    ("することが出来", "でき", true),
    ("することが可能", "できる", false),
    ("まず最初に", "最初に", true),
    ("一番最初", "最初", true),
    ("一番最後", "最後", true),
    ("今現在", "現在", true),
    ("後で後悔", "後悔", true),
    ("あらかじめ予約", "予約", true),
    ("あらかじめ予定", "予定", true),
    ("違和感を感じ", "違和感を覚え", true),
    ("被害を被", "被害を受", true),
    ("過半数を超え", "過半数を占め", false),
    ("返事を返", "返事をし", false),
    ("従来から", "従来", false),
    ("すべて全部", "すべて", true),
    ("いまだに未", "未", false),
    ("まだ未", "未", true),
    ("各部署ごと", "部署ごと", true),
    ("各店舗ごと", "店舗ごと", true),
    ("各社員ごと", "社員ごと", true),
    ("約半数ほど", "約半数", true),
    ("させていただきました", "いたしました", false),
    ("させていただいております", "しております", false),
    ("という形で", "として", false),
    ("することにより", "により", false),
];

static MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(TABLE.iter().map(|(e, _, _)| e)).expect("valid patterns"));

impl Rule for RedundantExpression {
    fn id(&self) -> &'static str {
        "redundant-expression"
    }
    fn severity(&self) -> Severity {
        Severity::Info
    }
    fn source(&self) -> &'static str {
        include_str!("redundant_expression.rs")
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for line in &cx.doc.lines {
            if matches!(line.kind, LineKind::Blank | LineKind::Rule) {
                continue;
            }
            let text = cx.doc.slice(line.content.clone());
            for m in MATCHER.find_overlapping_iter(text) {
                let (expr, replacement, safe) = &TABLE[m.pattern().as_usize()];
                {
                    let span = line.content.start + m.start()..line.content.start + m.end();
                    let msg = if *safe {
                        format!(
                            "「{expr}」は「{replacement}」で十分です。短くすると実績が読みやすくなります。"
                        )
                    } else {
                        format!(
                            "「{expr}」は冗長です。「{replacement}」などに言い換えられます（語尾に合わせて調整してください）。"
                        )
                    };
                    out.push(self.diag_fix(span, msg, (*replacement).to_string(), *safe));
                }
            }
            // 「防ぐことができた」「まとめることができました」: a verb + ことができる says what
            // the potential form says in fewer words (防げた, まとめられました). する verbs are in
            // the table above, with a safe fix; other verbs need their own form, so no fix.
            for (k, w) in line.morphs.windows(4).enumerate() {
                let verb = &w[0];
                // Only a report of what was done (防ぐことができた / できるようになりました):
                // 「〜することができます」 states an ability in a PR and reads as intended.
                let reported = line.morphs[k + 4..]
                    .iter()
                    .take_while(|m| !matches!(m.surface.as_str(), "、" | "。" | "ば"))
                    .take(6)
                    .any(|m| m.pos == Pos::Auxiliary && m.base == "た");
                if verb.pos == Pos::Verb
                    && verb.pos1 == "自立"
                    && verb.base != "する"
                    && verb.conj_form.starts_with("基本形")
                    && w[1].surface == "こと"
                    && w[2].surface == "が"
                    && matches!(w[3].base.as_str(), "できる" | "出来る")
                    && reported
                {
                    let span = w[1].range.start..w[3].range.end;
                    out.push(self.diag(
                        span,
                        format!(
                            "「{}ことができ」は冗長です。「{}」の可能の形（例：防ぐ→防げる、まとめる→まとめられる）にすると短くなります。",
                            verb.surface, verb.surface
                        ),
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "redundant-expression";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "手順書を作成できる。",
                "最初に手順を見直した。",
                "現在は経理を担当。",
                "作業者の言葉で話し合い、対策を一緒に決めることができます。",
            ],
        );
    }

    #[test]
    fn invalid() {
        assert_ng(
            ID,
            &[
                ("手順書を作成することができる。", "することができ"),
                ("今現在、経理を担当。", "今現在"),
                ("ミスを防ぐことができた。", "ことができ"),
            ],
        );
    }

    #[test]
    fn safe_fix() {
        assert_eq!(
            fixed(ID, "手順書を作成することができるようになった。"),
            "手順書を作成できるようになった。"
        );
        assert_eq!(
            fixed(ID, "まず最初に、手順を整理することができた。"),
            "最初に、手順を整理できた。"
        );
    }

    #[test]
    fn unsafe_is_not_applied() {
        assert_eq!(
            fixed(ID, "対応することが可能です。"),
            "対応することが可能です。"
        );
    }
}
