//! # max-ten: 一文の読点が多すぎる
//!
//! ## 何を検出するか
//! 一文の中の読点（、，）が4つ以上ある文（`thresholds.max_ten` を超えるもの）。数字の桁区切り
//! （1,200）は数えません。名詞やツール名を並べるだけの文（「受注、発注、在庫管理、請求を担当」
//! 「Excel、Word、PowerPoint」「担当は、受注、発注、在庫管理、請求です」）は列挙なので指摘しません：
//! 列挙は読みにくさの原因になりにくく、職務経歴書では普通の書き方だからです。名詞と名詞の間の読点
//! （「衛生管理、微生物検査」「営業、見積もり、進行管理」）が列挙の読点です。ただし、節を区切る読点
//! （「〜し、」「〜ため、」「〜では、」）が2つ以上ある文は、もう名詞を並べただけの文ではないので、
//! 列挙の読点も合わせて数えます（「〜として、工程管理、切替日の調整、立会いを担当し、〜」）。面接の
//! 回答では、名詞の列挙は話すときも区切って言うのが自然なので、節を区切る読点が3つ以上ある文に
//! なってから列挙の読点を数えます。
//! 文頭の接続詞の後の読点（「また、」「そこで、」）は節を区切らないので数えません。話し言葉の
//! 「はい、」「えっと、」は数えます（聞き手には区切りとして届くためです）。
//! かぎかっこ（「」『』）の中の読点は、ほかの人の言葉の引用なので数えません。かぎかっこの中で「？」
//! 「。」のように文が終わるときは、そこで数え直します。「〜と、聞いています」の「と」は列挙ではなく
//! 引用なので、その前の読点は数えます。文章の段落では、改行で折り返した文も一文として数えます。
//!
//! 職務経歴書と面接の回答の両方を見ます。回答を話すときも、読点の多い文は一息で言えず、聞き手が
//! 要点を見失うからです（面接の回答のラベル付きデータでは、読点4つ以上の文8件がすべて直すべき
//! 点とされ、名詞を並べただけの文は誤りとされていません）。
//!
//! ## なぜ問題か
//! 読点が多い文は、いくつもの内容を詰め込んだ文です。読み手はどこが要点か分からなくなります。
//!
//! ## 例
//! NG: 「入力ミスが多く、確認に時間がかかり、残業も増えていたため、手順を見直し、チェック表を作り、…」
//! OK: 「入力ミスと確認の手間で残業が増えていたため、手順を見直してチェック表を作った。」
//!
//! ## 修正
//! 自動修正はありません。文を分けるか、列挙は箇条書きや「〜など」にまとめてください。面接の回答では、
//! 一文を短く区切って話してください。

use super::{Advice, Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::morph::{Morpheme, Pos};

/// A segment between two 読点 that is only a noun phrase (an item of an enumeration): nouns,
/// numbers, prefixes, symbols and の/と/や between them, no predicate and no case particle.
/// `next` is the first morpheme after the 読点: a と that a verb follows quotes a clause
/// (「OKと、聞いています」) and is not the と of an enumeration.
fn is_enumeration_item(morphs: &[&Morpheme], next: Option<&Morpheme>) -> bool {
    let quoting = morphs.last().is_some_and(|m| m.surface == "と")
        && next.is_some_and(|n| n.pos == Pos::Verb);
    let last = morphs.len().saturating_sub(1);
    !morphs.is_empty()
        && !quoting
        && morphs.iter().enumerate().all(|(i, m)| match m.pos {
            Pos::Noun | Pos::Prefix | Pos::Symbol => true,
            Pos::Particle => matches!(m.surface.as_str(), "の" | "と" | "や" | "など"),
            // A verb's 連用形 with no argument of its own names an activity in a list
            // (「営業、見積もり、進行管理」: IPADIC reads 見積もり as the verb).
            Pos::Verb => i == last && m.conj_form == "連用形",
            _ => false,
        })
}

/// A 読点 between two nouns separates items of a list (「衛生管理、微生物検査」「予約数、SNSの
/// 反応」), as in textlint's max-ten, even when the item before it carries a modifier
/// (「HACCPに基づく衛生管理、」). Nouns used as adverbs (その後、/ 卒業後、/ ため、), counters
/// (7年、) and dependent nouns end a clause instead.
fn between_nouns(
    before: Option<&Morpheme>,
    after: Option<&Morpheme>,
    after_next: Option<&Morpheme>,
) -> bool {
    let listed = |m: &Morpheme| {
        m.pos == Pos::Noun
            && m.pos1 != "副詞可能"
            && m.pos2 != "副詞可能"
            && m.pos1 != "非自立"
            && m.pos2 != "助数詞"
            && m.pos1 != "代名詞"
    };
    // A bare 連用形 between two 読点 is a listed activity (営業、見積もり、…).
    let named_activity = |m: &Morpheme| {
        m.pos == Pos::Verb
            && m.conj_form == "連用形"
            && after_next.is_some_and(|n| matches!(n.surface.as_str(), "、" | "，" | ","))
    };
    before.is_some_and(listed)
        && after.is_some_and(|m| listed(m) || m.pos == Pos::Prefix || named_activity(m))
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

/// A written sentence with this many clause 読点 is not a plain enumeration: all its 読点 count.
const CLAUSES_FOR_A_SENTENCE: usize = 2;
/// In a spoken answer a list of nouns is said as a list, pauses and all (「衣料品、雑貨、家具、食器…
/// まで扱いながら、」): its 読点 count only once the sentence has this many clause 読点. The
/// annotators of the answer sets leave such lists alone in two-clause sentences; those of the
/// résumés flag them.
const CLAUSES_FOR_A_SPOKEN_SENTENCE: usize = 3;

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
    fn scope(&self) -> Scope {
        Scope::Both
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let max = cx.config.thresholds.max_ten;
        let advice = if cx.answer.is_some() {
            "話すときも、一文を短く区切ると伝わりやすくなります。"
        } else {
            "文を分けるか、列挙は箇条書きにまとめてください。"
        };
        let clauses_for_a_sentence = if cx.answer.is_some() {
            CLAUSES_FOR_A_SPOKEN_SENTENCE
        } else {
            CLAUSES_FOR_A_SENTENCE
        };
        for (_, s) in cx.sentences() {
            let text = cx.doc.slice(s.clone());
            let bytes = text.as_bytes();
            // Quoted speech (「…」『…』) is someone else's words: its 読点 are not counted.
            let mut depth = 0usize;
            let tens: Vec<usize> = text
                .char_indices()
                .filter(|&(i, c)| {
                    match c {
                        '「' | '『' => depth += 1,
                        '」' | '』' => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                    depth == 0
                        && (c == '、'
                            || (c == ','
                                && !(i > 0
                                    && bytes[i - 1].is_ascii_digit()
                                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))))
                })
                .map(|(i, _)| i)
                .collect();
            // No more 読点 than allowed in the whole sentence: no group of them can exceed it
            // (the morpheme checks below only tell clause commas from the others), so skip them.
            if tens.len() <= max {
                continue;
            }
            // Commas that follow an enumerated noun phrase do not cut clauses.
            // A sentence of a paragraph may run over hard-wrapped lines.
            let morphs: Vec<&Morpheme> = cx.doc.morphs_in(s.clone()).collect();
            let mut prev = s.start;
            // Each 読点 with whether it cuts a clause (else it separates listed nouns);
            // those after a sentence-initial conjunction (また、/ そこで、) join no clauses and
            // are not counted at all.
            let kinds: Vec<(usize, bool)> = tens
                .iter()
                .filter_map(|&t| {
                    let at = s.start + t;
                    let seg: Vec<&Morpheme> = morphs
                        .iter()
                        .copied()
                        .filter(|m| m.range.start >= prev && m.range.end <= at)
                        .collect();
                    prev = at + text[t..].chars().next().map_or(1, char::len_utf8);
                    if seg.len() == 1 && seg[0].pos == Pos::Conjunction {
                        return None;
                    }
                    let after = morphs.iter().position(|m| m.range.start > at);
                    let next = after.map(|i| morphs[i]);
                    let next2 = after.and_then(|i| morphs.get(i + 1).copied());
                    let listed = is_enumeration_item(&seg, next)
                        || between_nouns(seg.last().copied(), next, next2);
                    Some((t, !listed))
                })
                .collect();
            // Count per sentence: a sentence may end inside brackets before the line does.
            let ends = inner_sentence_ends(text);
            let mut groups: Vec<Vec<(usize, bool)>> = vec![Vec::new(); ends.len() + 1];
            for (t, c) in kinds {
                groups[ends.partition_point(|&e| e < t)].push((t, c));
            }
            for group in groups {
                let clauses: Vec<usize> = group.iter().filter(|g| g.1).map(|g| g.0).collect();
                // A plain noun enumeration (「受注、発注、在庫管理、請求を担当」, or one 読点 after
                // the topic before it) is a list, not a crowded sentence. Once two clauses are
                // cut, the list's 読点 crowd the sentence as much as the others.
                let counted: Vec<usize> = if clauses.len() > max {
                    clauses
                } else if clauses.len() >= clauses_for_a_sentence && group.len() > max {
                    group.iter().map(|g| g.0).collect()
                } else {
                    continue;
                };
                let t = counted[max];
                let at = s.start + t;
                out.push(self.diag(
                    at..at + text[t..].chars().next().map_or(1, char::len_utf8),
                    format!(
                        "一文に読点が{}個あります（目安は{max}個まで）。{advice}",
                        counted.len()
                    ),
                ));
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
    fn a_list_inside_a_sentence_of_several_clauses() {
        // Two clauses cut, then a list: every 読点 counts.
        assert_ng(
            ID,
            &[(
                "リーダーとして、工程管理、切替日の調整、立会いを担当し、11か月で終えた。",
                "、",
            )],
        );
        // One topic 読点 and a list: still a list.
        assert_ok(
            ID,
            &[
                "現在は品質管理課で、HACCPに基づく衛生管理、微生物検査、原因調査、監査への対応を担当しています。",
                "在職中は営業、見積もり、進行管理、品質チェック、納品立ち会いまで担当しました。",
                // The 読点 of quoted words are someone else's.
                "上司から「早く、正確に、丁寧に、笑顔で」と言われ、手順を見直した。",
                // また、 joins no clauses.
                "また、売上の計上は、突合を手で行っていたため、マクロを作り、時間を短縮した。",
            ],
        );
    }

    #[test]
    fn spoken_answers() {
        assert_answer_spans(
            ID,
            &[
                (
                    "はい、岡田と申します、えっと、前職では、医療事務として受付を担当しました。",
                    &["、"],
                ),
                (
                    "発売前には予約数、SNSの反応、競合の動き、店舗からの声、過去の実績を確認しています。",
                    &[],
                ),
                // A list said as a list in a sentence of two clauses.
                (
                    "御社のサイトは、衣料品、雑貨、家具、食器まで幅広く扱いながら、説明が丁寧です。",
                    &[],
                ),
                // Three clauses and a list: crowded.
                (
                    "前職では、衣料品、雑貨、家具を扱い、売場も任され、毎日忙しく働きました。",
                    &["、"],
                ),
            ],
        );
    }

    #[test]
    fn invalid() {
        let t = "ミスが多く、確認に時間がかかり、残業も増え、手順を見直し、表を作った。";
        let f = findings(ID, t);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].column, f[0].text.as_str()), (29, "、"));
    }
}
