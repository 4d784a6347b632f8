//! # doubled-joshi: 同じ助詞の連続
//!
//! ## 何を検出するか
//! 同じ文の一区切りの中で、同じ格助詞・係助詞（が・を・は・で・に）や助詞の連語（には・では）が
//! 二度使われている箇所。二度目を指摘します。
//!
//! 区切りは語の形と品詞で見ます: 読点（、，,）、括弧、接続助詞（て・ので・が）、名詞を修飾する
//! 動詞・形容詞・形容動詞（「担当した経験」「重要な業務」）、連用中止（「表を作り、」）。
//! 「正確に」「迅速に」のような副詞の働きをする「に」は助詞として数えません。コード（`…`）は一語として
//! 読み、その中は見ません。
//!
//! textlint の同名の規則との違い: 「私は彼の鼻は好きだ」のような「は」の二度使いも指摘します
//! （職務経歴書では「私は営業は得意です」の形が推敲漏れとして多いため）。「の」「と」「かも」などは
//! 数えません。
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
use crate::text::morph::{Morpheme, Pos};

pub struct DoubledJoshi;

const CHECKED: &[&str] = &["が", "を", "は", "で", "に"];

/// Symbols that close a clause: commas (、，,), brackets and a sentence end inside brackets.
const BOUNDARY_CHARS: &[char] = &[
    '、', '，', ',', '､', '。', '．', '!', '?', '！', '？', '(', ')', '（', '）', '「', '」', '『',
    '』', '[', ']', '【', '】', '"', '“', '”',
];

fn is_boundary(m: &Morpheme) -> bool {
    // A comma glued to an unknown word (iPhone，) ends the clause too.
    m.surface
        .chars()
        .last()
        .is_some_and(|c| BOUNDARY_CHARS.contains(&c))
        || m.surface
            .chars()
            .next()
            .is_some_and(|c| BOUNDARY_CHARS.contains(&c))
}

fn is_content_noun(m: &Morpheme) -> bool {
    m.pos == Pos::Noun && m.pos1 != "非自立" && m.pos1 != "接尾"
}

/// The morpheme ends a clause that modifies or precedes what follows.
fn closes_clause(m: &Morpheme, next: Option<&Morpheme>) -> bool {
    // て / ので / が (接続): a new clause starts.
    if m.pos == Pos::Particle && m.pos1 == "接続助詞" {
        return true;
    }
    let before_noun = next.is_some_and(is_content_noun);
    // A verb, adjective or auxiliary modifying a noun (時間を短縮した経験を…).
    if matches!(m.pos, Pos::Verb | Pos::Adjective | Pos::Auxiliary)
        && (m.conj_form.starts_with("基本形") || m.conj_form.starts_with("連体"))
        && before_noun
    {
        return true;
    }
    // 形容動詞＋な modifying a noun (重要な業務を…).
    if m.pos == Pos::Auxiliary
        && m.surface == "な"
        && m.conj_form.starts_with("体言接続")
        && before_noun
    {
        return true;
    }
    // 中止法 without a 読点 (表を作り入力ミスを…).
    (m.pos == Pos::Verb || m.pos == Pos::Adjective)
        && m.conj_form.starts_with("連用")
        && before_noun
}

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
        for (_, s) in cx.sentences() {
            let morphs: Vec<&Morpheme> = cx.doc.morphs_in(s).collect();
            let mut seen: Vec<String> = Vec::new();
            let mut k = 0;
            while k < morphs.len() {
                let m = morphs[k];
                let next = morphs.get(k + 1).copied();
                k += 1;
                if is_boundary(m) || closes_clause(m, next) {
                    seen.clear();
                    continue;
                }
                let is_particle = m.pos == Pos::Particle
                    && (m.pos1 == "格助詞" || m.pos1 == "係助詞")
                    && CHECKED.contains(&m.surface.as_str());
                if !is_particle {
                    continue;
                }
                // 正確に, 迅速に: に after a 形容動詞 stem is adverbial, not a case particle.
                if m.surface == "に"
                    && k >= 2
                    && morphs[k - 2].pos == Pos::Noun
                    && morphs[k - 2].pos1 == "形容動詞語幹"
                {
                    continue;
                }
                let mut span = m.range.clone();
                let mut word = m.surface.to_string();
                if let Some(n) = next
                    .filter(|n| n.pos == Pos::Particle && matches!(n.surface.as_str(), "は" | "も"))
                {
                    match (m.surface.as_str(), n.surface.as_str()) {
                        // には / では: one compound particle (文字列にはそこには… is a repeat).
                        ("に" | "で", "は") => {
                            word.push_str(&n.surface);
                            span = m.range.start..n.range.end;
                            k += 1;
                        }
                        // にも / でも (営業でも事務でも): a parallel, not a repeat.
                        _ => continue,
                    }
                } else if m.surface == "は"
                    && k >= 2
                    && matches!(
                        morphs[k - 2].surface.as_str(),
                        "と" | "から" | "まで" | "へ"
                    )
                {
                    // とは / からは: a topic on a phrase, not a repeat.
                    continue;
                }
                if seen.contains(&word) {
                    out.push(self.diag(span, format!("助詞「{word}」が一つの区切りの中で二度使われています。どちらかを言い換えるか、文を分けてください。")));
                    seen.retain(|p| *p != word);
                } else {
                    seen.push(word);
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
                // 形容動詞＋な modifying a noun closes the clause.
                "顧客を担当することが重要な業務を担当した。",
                // 正確に is an adverb, not the particle に.
                "数値を正確に把握し、月次の報告に活かした。",
                "文字列の長さを正確に測るには妥協が必要です。",
                // Full-width and half-width commas, and a 読点 after a code span.
                "これがiPhone，これがAndroidです。",
                "これがiPhone,これがAndroidです。",
                "関数宣言で関数`fn1`、関数式で関数`fn2`を定義する。",
                // A sentence inside brackets is its own clause.
                "「定刻には間に合わなかった。定刻には着いた」と思った。",
                // 営業でも事務でも: a parallel.
                "営業でも事務でも成果を出した。",
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
                ("文字列にはそこには問題がある。", "には"),
                ("これは`obj.method`は何をしているかを示します。", "は"),
            ],
        );
    }

    #[test]
    fn a_hard_wrapped_sentence_is_one_sentence() {
        assert_ng(ID, &[("私は前職で\n営業は得意でした。", "は")]);
    }
}
