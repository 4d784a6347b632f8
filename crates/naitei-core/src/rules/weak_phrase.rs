//! # weak-phrase: 自信のない言い回し
//!
//! ## 何を検出するか
//! 自己PR・志望動機・職務要約と面接の回答の中の、言い切らない表現（〜と思う・〜と思います・〜と思っています、
//! 〜かも・〜かもしれません、〜気がします、〜つもりです、〜できればと思います、〜のではないか・〜のではない
//! でしょうか、可能性を示唆、ある程度、一応、自信はありませんが）。「と思う」「かも」は語の形と品詞で
//! 見るので、「と思い、提案した」（考えた経緯）や「どう工夫したのかも書く」（疑問の「か」＋「も」）は
//! 対象外です。「〜できればと思います」「お役に立てればと思います」は一つの言い回しとして指摘します。
//! 「本日は〜をお話しできればと考えております」のような、面接の始めや終わりの決まった丁寧な言い方は
//! 自信のなさではないので対象外です（「と思う」を伴うときだけ指摘します）。
//! 過去の考えを経緯として語る「〜と思いました」「〜と思うようになりました」「〜と思うことが多く」も、
//! 今の主張を弱めていないので対象外です（textlint との意図した違い。その規則の試験例には含まれません）。
//! 同じ理由で、過去の考えの中身として語る「〜できるのではないかと考え、提案しました」「〜かもしれないと
//! 気づき」、行動の理由として語る信念「〜と思っているので、〜しています」、過去の努力の振り返り
//! 「〜してきたつもりです」、かぎかっこの中（ほかの人の言葉や、そのときの考えの引用）も対象外です。
//! 「〜気がします」は今の自分についての言い方なので指摘し、「〜気がしました」は指摘しません。
//! 「〜したいと考えています」は意志をはっきり述べる言い方なので対象外です。
//! 職務経歴の箇条書きは事実を書く場所なので対象外です（textlint の同名の規則は文書全体を見ます）。
//! コード（`…`）、URL、HTML、引用（> で始まる行）は文章として読みません。
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

use std::ops::Range;

use super::{Advice, Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{LineKind, SectionKind};
use crate::text::morph::{Morpheme, Pos};
use crate::text::phrase::ProseIndex;

pub struct WeakPhrase;

/// (phrase, what to write instead). 「と思います」「かもしれません」 are found from morphology
/// (see `hedge_at`).
pub(crate) const WEAK: &[(&str, &str)] = &[
    ("ような気がします", "根拠を添えて言い切る"),
    ("つもりです", "「〜します」と言い切る"),
    ("のではないか", "根拠を添えて言い切る"),
    ("のではないでしょうか", "根拠を添えて言い切る"),
    ("のではないだろうか", "根拠を添えて言い切る"),
    ("ではないかと", "根拠を添えて言い切る"),
    ("可能性を示唆", "根拠を添えて言い切る"),
    ("ある程度", "どの程度かを数字で書く"),
    ("一応", "削る"),
    ("自信はありませんが", "削って、できることを書く"),
    ("少しは", "どの程度かを数字で書く"),
    ("なんとか", "削って、結果を書く"),
];

const STATE: &str = "「〜します」「〜できます」と言い切る";
const GROUNDS: &str = "根拠を添えて言い切る";

/// A hedge starting at morpheme `k`: (morphemes it covers, what to write instead).
/// - と＋思う as the predicate: と思う, と思います, と思っています, と思っております (not
///   「と思い、提案した」 nor 「と思われます」);
/// - かも ending the sentence or before しれない (not 「したのかも書く」).
fn hedge_at(m: &[&Morpheme], k: usize) -> Option<(usize, &'static str)> {
    let is = |i: usize, f: &dyn Fn(&Morpheme) -> bool| m.get(i).is_some_and(|x| f(x));
    let particle = |i: usize, s: &str| is(i, &|x| x.pos == Pos::Particle && x.surface == s);
    if particle(k, "と") && is(k + 1, &|x| x.pos == Pos::Verb && x.base == "思う") {
        // The hedge is the present predicate of the speaker's claim. A past thought told as a
        // story (「と思いました」「と思うようになりました」「と思うことが多く」) reports what the
        // speaker thought then; it does not weaken what they say now.
        let past_after = |i: usize| is(i, &|x| x.pos == Pos::Auxiliary && x.base == "た");
        let v = m[k + 1];
        if v.surface == "思う" {
            let ends = m
                .get(k + 2)
                .is_none_or(|x| matches!(x.pos, Pos::Symbol | Pos::Particle));
            return ends.then_some((2, STATE));
        }
        if v.surface == "思い" && is(k + 2, &|x| x.base == "ます") {
            return (!past_after(k + 3)).then_some((3, STATE));
        }
        if v.surface == "思っ"
            && is(k + 2, &|x| x.surface == "て")
            && is(k + 3, &|x| matches!(x.base.as_str(), "いる" | "おる"))
        {
            let polite = usize::from(is(k + 4, &|x| x.base == "ます"));
            // 「〜と思っているので」: a conviction given as the reason for what the speaker does
            // is a premise, not a hedged claim.
            let reason = is(k + 4 + polite, &|x| {
                x.pos == Pos::Particle && matches!(x.surface.as_str(), "ので" | "から")
            });
            return (!past_after(k + 4 + polite) && !reason).then_some((4 + polite, STATE));
        }
        return None;
    }
    // 気がする / 気がします in the present (「柔軟になった気がします」); 気がした tells a past feeling.
    if is(k, &|x| x.pos == Pos::Noun && x.surface == "気")
        && particle(k + 1, "が")
        && is(k + 2, &|x| x.pos == Pos::Verb && x.base == "する")
    {
        let polite = usize::from(is(k + 3, &|x| x.base == "ます"));
        let past = is(k + 3 + polite, &|x| x.pos == Pos::Auxiliary && x.base == "た");
        return (!past).then_some((3 + polite, GROUNDS));
    }
    // かも is one particle in the dictionary; か + も where it is split.
    let (kamo, n) = if particle(k, "かも") {
        (true, 1)
    } else {
        (particle(k, "か") && particle(k + 1, "も"), 2)
    };
    if kamo {
        if m.get(k + n).is_none_or(|x| x.pos == Pos::Symbol) {
            return Some((n, GROUNDS));
        }
        if is(k + n, &|x| matches!(x.base.as_str(), "しれる" | "知れる")) {
            // かもしれ＋ない / ません / なかった
            let tail = m[k + n + 1..]
                .iter()
                .take_while(|x| x.pos == Pos::Auxiliary)
                .count();
            return Some((n + 1 + tail, GROUNDS));
        }
    }
    None
}

/// After a quotative と at `k` (a comma may follow it), the speaker states the thought as their
/// claim now: と思う/思います/思っています, と考えます/考えています. Anything else (「〜ではないかと
/// 考え、提案しました」「〜かもしれないと気づき」「〜ではないかと、観察をもとに提案しました」) tells the
/// content of a past thought in a story: the hedge inside it does not weaken the claim.
fn claimed_now(m: &[&Morpheme], mut k: usize) -> bool {
    let is = |i: usize, f: &dyn Fn(&Morpheme) -> bool| m.get(i).is_some_and(|x| f(x));
    if is(k, &|x| x.pos == Pos::Symbol) {
        k += 1;
    }
    if !is(k, &|x| x.pos == Pos::Verb && matches!(x.base.as_str(), "思う" | "考える")) {
        return false;
    }
    let past = |i: usize| is(i, &|x| x.pos == Pos::Auxiliary && x.base == "た");
    let v = m[k];
    if v.conj_form.starts_with("基本形") {
        return m.get(k + 1).is_none_or(|x| x.pos == Pos::Symbol);
    }
    if is(k + 1, &|x| x.base == "ます") {
        return !past(k + 2);
    }
    if is(k + 1, &|x| x.surface == "て") && is(k + 2, &|x| matches!(x.base.as_str(), "いる" | "おる"))
    {
        let polite = usize::from(is(k + 3, &|x| x.base == "ます"));
        return !past(k + 3 + polite);
    }
    false
}

/// The morpheme index where byte offset `at` starts (the first morpheme at or after it).
fn index_at(m: &[&Morpheme], at: usize) -> usize {
    m.iter().position(|x| x.range.start >= at).unwrap_or(m.len())
}

/// A hedge ending at byte `end` that is the content of a thought told in a story: it is followed
/// by a quotative と (or ends in one) and no present claim follows (see `claimed_now`).
fn reported_thought(m: &[&Morpheme], end: usize) -> bool {
    let k = index_at(m, end);
    let ends_in_to = k > 0 && m[k - 1].pos == Pos::Particle && m[k - 1].surface == "と";
    let after = if ends_in_to {
        k
    } else if m.get(k).is_some_and(|x| x.pos == Pos::Particle && x.surface == "と") {
        k + 1
    } else {
        return false;
    };
    !claimed_now(m, after)
}

/// 「〜してきたつもりです」: つもり after a past tells how the speaker sees their past effort, not an
/// intention held back (「貢献するつもりです」).
fn past_tsumori(m: &[&Morpheme], start: usize) -> bool {
    let k = index_at(m, start);
    k > 0 && m[k - 1].pos == Pos::Auxiliary && m[k - 1].base == "た"
}

/// Whether byte `at` of the line is inside 「」 or 『』: someone else's words, or a thought
/// quoted (「回答が遅いと他社に決まるかもしれない」と相談された).
fn in_brackets(line: &str, line_start: usize, at: usize) -> bool {
    let before = &line[..at.saturating_sub(line_start).min(line.len())];
    let open = before.matches(['「', '『']).count();
    let close = before.matches(['」', '』']).count();
    open > close
}

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
    fn scope(&self) -> Scope {
        Scope::Both
    }
    fn advice(&self) -> Advice {
        Advice::Writing
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, line) in cx.doc.lines.iter().enumerate() {
            let section_fits = cx.answer.is_some()
                || matches!(
                    cx.section_kind(i),
                    SectionKind::SelfPr | SectionKind::Motive | SectionKind::Summary
                );
            if !matches!(line.kind, LineKind::Text | LineKind::Bullet) || !section_fits {
                continue;
            }
            let morphs: Vec<&Morpheme> = line.morphs.iter().collect();
            // (span, what to write instead), from morphology and from the phrase table.
            let mut found: Vec<(Range<usize>, &str)> = Vec::new();
            let mut k = 0;
            while k < morphs.len() {
                if let Some((n, instead)) = hedge_at(&morphs, k) {
                    // 〜できればと思います / 〜立てればと思います: the wish and its hedge are one
                    // phrase.
                    let wish = k >= 2
                        && morphs[k - 1].pos == Pos::Particle
                        && morphs[k - 1].surface == "ば"
                        && morphs[k - 2].conj_form.starts_with("仮定");
                    let first = if wish { k - 2 } else { k };
                    let span = morphs[first].range.start..morphs[k + n - 1].range.end;
                    // かも(しれない)と気づき: a thought told in a story.
                    let told = morphs[k].surface != "と" && reported_thought(&morphs, span.end);
                    if !told {
                        found.push((span, instead));
                    }
                    k += n;
                } else {
                    k += 1;
                }
            }
            let prose = ProseIndex::new(&morphs, cx.doc.text());
            for (phrase, instead) in WEAK {
                for (at, _) in prose.text.match_indices(phrase) {
                    let span = prose.to_source(at..at + phrase.len());
                    if reported_thought(&morphs, span.end)
                        || (phrase.starts_with("つもり") && past_tsumori(&morphs, span.start))
                    {
                        continue;
                    }
                    found.push((span, instead));
                }
            }
            // Hedges inside 「」 are someone else's words or a thought quoted.
            let text = cx.doc.slice(line.content.clone());
            found.retain(|(r, _)| !in_brackets(text, line.content.start, r.start));
            // One finding per phrase: 「のではないかと思います」 is one hedge, not three.
            found.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
            let mut merged: Vec<(Range<usize>, &str)> = Vec::new();
            for (r, instead) in found {
                match merged.last_mut() {
                    Some((last, _)) if r.start <= last.end => last.end = last.end.max(r.end),
                    _ => merged.push((r, instead)),
                }
            }
            for (span, instead) in merged {
                let phrase = cx.doc.slice(span.clone()).to_string();
                out.push(self.diag(span, format!("「{phrase}」は自信がなさそうに読まれます。{instead}と、同じ内容でも強く伝わります。")));
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
                "■自己PR\n改善できると思い、提案しました。",
                "■自己PR\nどう工夫したのかも書きます。",
                "■自己PR\n弱くないと思われますか。",
                "■志望動機\n現場の仕事に携わりたいと思うようになりました。",
                "■転職理由\n上司のやり方に疑問を持つことが多く、変えたいと思いました。",
                "■転職理由\nやり方がおかしいと思うことが多くありました。",
                "■自己PR\n当時は無理だと思っていました。",
                "■自己PR\n`と思います`という語尾を直しました。",
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
                ("■自己PR\nお役に立てるかも。", "かも"),
                ("■自己PR\n強みだと思う。", "と思う"),
                ("■自己PR\n貢献できると思っております。", "と思っております"),
                (
                    "■志望動機\n売上に貢献できればと思います。",
                    "できればと思います",
                ),
                (
                    "■自己PR\nこの経験は活かせるのではないでしょうか。",
                    "のではないでしょうか",
                ),
                (
                    "■自己PR\n新規開拓に力を入れるのではないかと思います。",
                    "のではないかと思います",
                ),
            ],
        );
    }

    #[test]
    fn thoughts_told_in_a_story_and_quotations() {
        assert_ok(
            ID,
            &[
                // The content of a past thought: the hedge is inside the story.
                "■自己PR\n銀行のデータを使えば早くできるのではないかと考えたことがきっかけでした。",
                "■自己PR\n原因は容器ではないかと、観察をもとに提案しました。",
                "■自己PR\n家計の相談の方が役に立っているかもしれないと気づき、勉強を始めました。",
                // Someone else's words, or a thought quoted.
                "■自己PR\n「回答が遅いと他社に決まるかもしれない」と相談されました。",
                // A conviction given as a reason.
                "■自己PR\nミスが出ない現場はないと思っているので、手順を先に決めています。",
                // How the speaker sees a past effort.
                "■自己PR\n一件一件から学んできたつもりです。",
                "■自己PR\n以前より柔軟になった気がしました。",
            ],
        );
        assert_ng(
            ID,
            &[
                (
                    "■自己PR\n役に立てるのではないかと考えています。",
                    "のではないかと",
                ),
                ("■自己PR\n以前より柔軟になった気がします。", "気がします"),
                ("■自己PR\n営業は向いていると思っています。", "と思っています"),
                ("■志望動機\n入社後も貢献するつもりです。", "つもりです"),
            ],
        );
    }

    #[test]
    fn set_phrases_of_an_interview() {
        assert_answer_spans(
            ID,
            &[
                (
                    "本日は、これまでの経験をお話しできればと考えております。",
                    &[],
                ),
                (
                    "入社後は売上に貢献できればと思います。",
                    &["できればと思います"],
                ),
            ],
        );
    }
}
