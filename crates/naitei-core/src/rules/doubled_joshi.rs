//! # doubled-joshi: 同じ助詞の連続
//!
//! ## 何を検出するか
//! 読点で区切られた同じ文の一区切りの中で、同じ格助詞・係助詞（が・を・は・で・に）が、間に別の
//! 助詞を挟まずに続けて使われている箇所（「私は営業は」「効率化を目的を」）。二度目を指摘します。
//! 「の」が4つ以上続く名詞句（「貴社の法人のお客様の業務の効率化」）も指摘します。
//! 「〜で…〜の…〜で」のように別の助詞を挟んでいれば、読み手は迷わないので指摘しません。
//!
//! ## なぜ問題か
//! 「私は営業は得意です」「資料を作成をした」のように同じ助詞が重なると、どの語がどの述語に
//! かかるのかが曖昧になり、読みにくくなります。
//!
//! ## 例
//! NG: 「業務の効率化を目的をとした改善を行った。」
//! OK: 「業務の効率化を目的とした改善を行った。」
//!
//! ## 修正
//! 自動修正はありません。どちらかの助詞を言い換えるか、文を分けてください。

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::morph::Pos;

pub struct DoubledJoshi;

/// The particles whose repetition confuses the reader (which noun is the subject, object or
/// topic). で and に are left out: two of them in one clause usually play different roles
/// (「ピーク時間にレジ応援に入る」: a time and a place).
const CHECKED: &[&str] = &["が", "を", "は"];

/// A chain of this many の in one noun phrase (「貴社の法人のお客様の業務の効率化」) is flagged.
const NO_CHAIN: usize = 4;

impl Rule for DoubledJoshi {
    fn id(&self) -> &'static str {
        "doubled-joshi"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("doubled_joshi.rs")
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (li, s) in cx.sentences() {
            let morphs: Vec<_> = cx.doc.lines[li]
                .morphs
                .iter()
                .filter(|m| m.range.start >= s.start && m.range.end <= s.end)
                .collect();
            let mut seen: Vec<&str> = Vec::new();
            let mut no_chain = 0usize;
            for (k, m) in morphs.iter().enumerate() {
                if m.pos == Pos::Particle && m.surface == "の" && m.pos1 == "連体化" {
                    no_chain += 1;
                    if no_chain == NO_CHAIN {
                        out.push(self.diag(m.range.clone(), format!("助詞「の」が{NO_CHAIN}つ続いています。「〜における」「〜向けの」などに言い換えるか、語順を変えてください。")));
                    }
                    continue;
                }
                if !matches!(m.pos, Pos::Noun | Pos::Prefix) {
                    no_chain = 0;
                }
                if m.pos == Pos::Symbol
                    && matches!(m.surface.as_str(), "、" | "," | "(" | ")" | "「" | "」")
                {
                    seen.clear();
                    continue;
                }
                // Clause boundaries reset too: て/ので/が(接続) and 連用形 chains.
                if m.pos == Pos::Particle && m.pos1 == "接続助詞" {
                    seen.clear();
                    continue;
                }
                // A verb modifying a noun closes a relative clause (時間を短縮した経験を…,
                // 仕組みを作ることを…).
                if matches!(m.pos, Pos::Verb | Pos::Adjective | Pos::Auxiliary)
                    && (m.conj_form.starts_with("基本形") || m.conj_form.starts_with("連体"))
                    && morphs
                        .get(k + 1)
                        .is_some_and(|n| n.pos == Pos::Noun && n.pos1 != "接尾")
                {
                    seen.clear();
                    continue;
                }
                // 〜されず / 〜せず (negative 中止法) and 〜たら (conditional) end the clause.
                if m.pos == Pos::Auxiliary && (m.surface == "ず" || m.conj_form.starts_with("仮定"))
                {
                    seen.clear();
                    continue;
                }
                // 中止法 without a 読点 (表を作り入力ミスを…) also starts a new clause.
                if (m.pos == Pos::Verb || m.pos == Pos::Adjective)
                    && m.conj_form.starts_with("連用")
                    && morphs.get(k + 1).is_some_and(|n| {
                        n.pos == Pos::Noun && n.pos1 != "非自立" && n.pos1 != "接尾"
                    })
                {
                    seen.clear();
                    continue;
                }
                // では / には / でも: a compound particle on a topic phrase.
                if morphs.get(k + 1).is_some_and(|n| {
                    n.pos == Pos::Particle && matches!(n.surface.as_str(), "は" | "も")
                }) {
                    continue;
                }
                let is_case = m.pos == Pos::Particle
                    && (m.pos1 == "格助詞" || m.pos1 == "係助詞")
                    && CHECKED.contains(&m.surface.as_str());
                if !is_case {
                    // Another particle between two equal ones breaks the repetition.
                    if m.pos == Pos::Particle && m.pos1 != "連体化" {
                        seen.push(&m.surface);
                    }
                    continue;
                }
                // では / には / とは: the は is a topic marker on a phrase, not a repeat.
                if m.surface == "は"
                    && k > 0
                    && matches!(morphs[k - 1].surface.as_str(), "で" | "に" | "と" | "から")
                {
                    continue;
                }
                // 「様子を写真を使って伝える」: the second particle belongs to a verb in て-form
                // right after it, an embedded clause of its own.
                let embedded = morphs.get(k + 1).is_some_and(|v| v.pos == Pos::Verb)
                    && morphs.get(k + 2).is_some_and(|t| {
                        t.pos == Pos::Particle && matches!(t.surface.as_str(), "て" | "で")
                    });
                if seen.last() == Some(&m.surface.as_str()) && !embedded {
                    out.push(self.diag(m.range.clone(), format!("助詞「{}」が一つの区切りの中で二度使われています。どちらかを言い換えるか、文を分けてください。", m.surface)));
                    seen.retain(|p| *p != m.surface);
                } else {
                    seen.push(&m.surface);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "doubled-joshi";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "資料を作成した。",
                "私は営業が得意です。",
                "前職では、営業を担当し、売上を伸ばした。",
                "受付画面に入力チェックを追加した。",
                "現場の全員が同じ情報を見て動ける仕組みを作ることを大切にしてきました。",
                "ピーク時間にレジ応援に入れる体制をつくった。",
            ],
        );
    }

    #[test]
    fn invalid() {
        assert_ng(
            ID,
            &[
                ("私は営業は得意です。", "は"),
                ("業務の効率化を目的をとした改善。", "を"),
                ("貴社の法人のお客様の業務の効率化に活かしたい。", "の"),
            ],
        );
    }
}
