//! # max-ten: 一文の読点が多すぎる
//!
//! ## 何を検出するか
//! 一文の中で、節を区切る読点（、，）が4つ以上ある文（`thresholds.max_ten` を超えるもの）。数字の桁区切り
//! （1,200）は数えません。名詞やツール名を並べる読点（「受注、発注、在庫管理、請求を担当」
//! 「Excel、Word、PowerPoint」）は列挙なので数えません：列挙は読みにくさの原因になりにくく、
//! 職務経歴書では普通の書き方だからです。文頭の接続詞の後の読点（「また、」「そこで、」）も、節を区切らない
//! ので数えません。文章の段落では、改行で折り返した文も一文として数えます。かぎかっこの中で「？」「。」
//! のように文が終わるときは、そこで数え直します。「〜と、聞いています」の「と」は列挙ではなく引用なので、
//! その前の読点は数えます。
//!
//! ## なぜ問題か
//! 読点が多い文は、いくつもの内容を詰め込んだ文です。読み手はどこが要点か分からなくなります。
//!
//! ## 例
//! NG: 「入力ミスが多く、確認に時間がかかり、残業も増えていたため、手順を見直し、チェック表を作り、…」
//! OK: 「入力ミスと確認の手間で残業が増えていたため、手順を見直してチェック表を作った。」
//!
//! ## 修正
//! 自動修正はありません。文を分けるか、列挙は箇条書きや「〜など」にまとめてください。

use super::{Advice, Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::morph::{Morpheme, Pos};

/// A segment between two 読点 that is only a noun phrase (an item of an enumeration): nouns,
/// numbers, prefixes, symbols and の/と/や between them, no predicate and no case particle.
/// `next` is the first morpheme after the 読点: a と that a verb follows quotes a clause
/// (「OKと、聞いています」) and is not the と of an enumeration.
fn is_enumeration_item(morphs: &[&Morpheme], next: Option<&Morpheme>) -> bool {
    let quoting = morphs.last().is_some_and(|m| m.surface == "と")
        && next.is_some_and(|n| n.pos == Pos::Verb);
    !morphs.is_empty()
        && !quoting
        && morphs.iter().all(|m| match m.pos {
            Pos::Noun | Pos::Prefix | Pos::Symbol => true,
            Pos::Particle => matches!(m.surface.as_str(), "の" | "と" | "や" | "など"),
            _ => false,
        })
}

/// Byte offsets in `text` where a sentence ends inside it: a 。？！ (or ?! before a space) that
/// is not the last character — in a quotation 「…思う？ …思う？」 each question is a sentence of
/// its own, as in textlint's sentence splitter.
fn inner_sentence_ends(text: &str) -> Vec<usize> {
    let trimmed = text.trim_end();
    trimmed
        .char_indices()
        .filter(|&(i, c)| {
            let rest = &trimmed[i + c.len_utf8()..];
            !rest.is_empty()
                && (matches!(c, '。' | '？' | '！')
                    || matches!(c, '?' | '!') && rest.starts_with(char::is_whitespace))
        })
        .map(|(i, _)| i)
        .collect()
}

pub struct MaxTen;

impl Rule for MaxTen {
    fn id(&self) -> &'static str {
        "max-ten"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("max_ten.rs")
    }
    fn advice(&self) -> Advice {
        Advice::Writing
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let max = cx.config.thresholds.max_ten;
        for (_, s) in cx.sentences() {
            let text = cx.doc.slice(s.clone());
            let bytes = text.as_bytes();
            let tens: Vec<usize> = text
                .char_indices()
                .filter(|&(i, c)| {
                    c == '、'
                        || (c == ','
                            && !(i > 0
                                && bytes[i - 1].is_ascii_digit()
                                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
                })
                .map(|(i, _)| i)
                .collect();
            // No more 読点 than allowed in the whole sentence: no group of them can exceed it
            // (the morpheme checks below only drop 読点), so skip them.
            if tens.len() <= max {
                continue;
            }
            // Commas that follow an enumerated noun phrase do not cut clauses.
            // A sentence of a paragraph may run over hard-wrapped lines.
            let morphs: Vec<&Morpheme> = cx.doc.morphs_in(s.clone()).collect();
            let mut prev = s.start;
            let clause_tens: Vec<usize> = tens
                .iter()
                .copied()
                .filter(|&t| {
                    let at = s.start + t;
                    let seg: Vec<&Morpheme> = morphs
                        .iter()
                        .copied()
                        .filter(|m| m.range.start >= prev && m.range.end <= at)
                        .collect();
                    prev = at + text[t..].chars().next().map_or(1, char::len_utf8);
                    // また、/ そこで、: the comma after a sentence-initial conjunction joins
                    // no clauses.
                    let after_conjunction = seg.len() == 1 && seg[0].pos == Pos::Conjunction;
                    let next = morphs.iter().copied().find(|m| m.range.start > at);
                    !is_enumeration_item(&seg, next) && !after_conjunction
                })
                .collect();
            // Count per sentence: a sentence may end inside brackets before the line does.
            let ends = inner_sentence_ends(text);
            let mut groups: Vec<Vec<usize>> = vec![Vec::new(); ends.len() + 1];
            for t in clause_tens {
                groups[ends.partition_point(|&e| e < t)].push(t);
            }
            for tens in groups.into_iter().filter(|g| g.len() > max) {
                let at = s.start + tens[max];
                out.push(self.diag(at..at + text[tens[max]..].chars().next().map_or(1, char::len_utf8), format!("一文に読点が{}個あります（目安は{max}個まで）。文を分けるか、列挙は箇条書きにまとめてください。", tens.len())));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "max-ten";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "受注、発注、在庫管理を担当。",
                "受注、発注、在庫管理、請求、入金確認、電話応対を担当。",
                "Excel、Word、PowerPoint、Access、Outlook、Teams",
                "売上1,200,000円、利益300,000円を達成。",
            ],
        );
    }

    #[test]
    fn sentences_inside_brackets_and_quoting_to() {
        // Two questions of two 読点 each, inside one quotation.
        assert_ok(
            ID,
            &["「A社は、良いって、思う？ B社なら、行けるって、思う？」と聞かれた。"],
        );
        // 「OKと、」 quotes a clause: its 読点 is counted.
        assert_ng(ID, &[("間に、表が、あっても、OKと、聞いています。", "、")]);
    }

    #[test]
    fn invalid() {
        let t = "ミスが多く、確認に時間がかかり、残業も増え、手順を見直し、表を作った。";
        let f = findings(ID, t);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].column, f[0].text.as_str()), (29, "、"));
    }
}
