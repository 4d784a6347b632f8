//! # doubled-joshi: 同じ助詞の連続
//!
//! ## 何を検出するか
//! 読点で区切られた同じ文の一区切りの中で、同じ格助詞・係助詞（が・を・は・で・に）が二度使われて
//! いる箇所。二度目を指摘します。
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

const CHECKED: &[&str] = &["が", "を", "は", "で", "に"];

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
            for (k, m) in morphs.iter().enumerate() {
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
                // A verb modifying a noun closes a relative clause (時間を短縮した経験を…).
                if matches!(m.pos, Pos::Verb | Pos::Adjective | Pos::Auxiliary)
                    && (m.conj_form.starts_with("基本形") || m.conj_form.starts_with("連体"))
                    && morphs.get(k + 1).is_some_and(|n| {
                        n.pos == Pos::Noun && n.pos1 != "非自立" && n.pos1 != "接尾"
                    })
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
                    continue;
                }
                // では / には / とは: the は is a topic marker on a phrase, not a repeat.
                if m.surface == "は"
                    && k > 0
                    && matches!(morphs[k - 1].surface.as_str(), "で" | "に" | "と" | "から")
                {
                    continue;
                }
                if seen.contains(&m.surface.as_str()) {
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
            ],
        );
    }
}
