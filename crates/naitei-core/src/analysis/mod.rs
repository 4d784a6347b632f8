//! Line analysis: does a duty/achievement line state a 課題 (problem), an 行動 (action) and a
//! quantified 結果 (result)? Decided from morphology and clause structure, not from phrases:
//! clauses are cut at 読点 and conjunctive particles, each clause's predicate (a verb, a サ変
//! noun + する, or a サ変 noun in 体言止め) is found with its tense, and classified by meaning
//! (duty, routine, outcome, state, effort, act) from the lexicons in [`lexicon`].

pub mod episode;
pub mod lexicon;

use std::ops::Range;
use std::sync::LazyLock;

use serde::Serialize;
use smol_str::SmolStr;

use crate::text::in_list;
use crate::text::morph::{Morpheme, Pos};
use crate::text::quantity::{self, Quantity, Role};

/// What a predicate says about the seeker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PredicateKind {
    /// An act on the seeker's initiative (導入した, 見直し, 作成した).
    Action,
    /// Holding a responsibility (担当, 従事) or routine work in the present (行う, 管理).
    Duty,
    /// A result (削減, 短縮, 獲得, 伸ばした).
    Outcome,
    /// A situation (かかっていた, 続いていた, 発生).
    State,
    /// Effort with no concrete act (努めた, 心がけた).
    Effort,
}

/// Tense/aspect of a predicate, as far as it matters here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tense {
    /// た / ました, or a て-form / 連用形 chained to a following clause.
    Past,
    /// ている / ていた: an ongoing state.
    Progressive,
    /// 基本形 at the end of a sentence (行う。), or する in the present.
    Present,
    /// A noun ending (体言止め): 「マニュアルを改訂。」.
    NounEnding,
    /// Passive voice: something done to the subject, not by the seeker.
    Passive,
}

#[derive(Debug, Clone, Serialize)]
pub struct Predicate {
    pub base: SmolStr,
    pub kind: PredicateKind,
    pub tense: Tense,
    /// Byte range in the analysed text (the head word).
    #[serde(skip)]
    pub range: Range<usize>,
    /// Past only because it chains to the next clause (見直し、… / 作成して…), not by た.
    #[serde(skip)]
    pub chained: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Clause {
    #[serde(skip)]
    pub range: Range<usize>,
    /// The clause gives a cause or background (…ため, …ので, …により, …中で).
    pub causal: bool,
    /// The clause describes a difficulty (problem).
    pub problem: bool,
    pub predicates: Vec<Predicate>,
}

/// The verdict on one line.
#[derive(Debug, Clone, Serialize)]
pub struct LineAnalysis {
    pub problem: bool,
    pub action: bool,
    pub result: bool,
    /// Only duties, no act and no result.
    pub duty: bool,
    /// An outcome is claimed (削減した, 向上) but no number measures it.
    pub unmeasured_outcome: bool,
    pub quantities: Vec<Quantity>,
    #[serde(skip)]
    pub clauses: Vec<Clause>,
}

fn is_comma(m: &Morpheme) -> bool {
    // By surface: IPADIC tags half-width brackets and slashes as サ変 nouns, not symbols.
    matches!(
        m.surface.as_str(),
        "、" | "，" | "。" | ";" | "・" | "/" | "(" | ")" | "「" | "」" | "|"
    ) || (m.pos == Pos::Symbol && matches!(m.surface.as_str(), "," | "."))
}

/// `char::is_alphanumeric`, with kana and the common kanji answered before its table lookup
/// (slow outside ASCII; these ranges are all letters).
fn is_word_char(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | '\u{4E00}'..='\u{9FEF}')
        || c.is_alphanumeric()
}

fn is_conj_particle(m: &Morpheme) -> bool {
    m.pos == Pos::Particle && m.pos1 == "接続助詞"
}

/// Cuts morphemes into clauses: after 読点, after conjunctive particles (て, ので, が …),
/// and after a 連用形 predicate directly followed by a new noun phrase (かかり出荷を…).
fn clause_ranges(morphs: &[Morpheme]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..morphs.len() {
        let m = &morphs[i];
        let next = morphs.get(i + 1);
        // 「4.6点(5点満点)を得た」: a closing bracket before a particle continues the phrase.
        let bracket_continues = matches!(m.surface.as_str(), ")" | ")、" | "）")
            && next
                .is_some_and(|n| n.pos == Pos::Particle && matches!(n.pos1, "格助詞" | "連体化"));
        let cut = (is_comma(m)
            && m.surface != "・"
            && m.surface != "("
            && m.surface != "「"
            && !bracket_continues)
            || (is_conj_particle(m)
                && !matches!(m.surface.as_str(), "ながら" | "つつ")
                && !(matches!(m.surface.as_str(), "て" | "で") && next.is_some_and(|n| n.pos == Pos::Verb && n.pos1 == "非自立")))
            // 〜が続く中で / 〜する中、: the background ends at 中(で).
            || (m.surface == "で" && i > 0 && morphs[i - 1].surface == "中")
            || ((m.pos == Pos::Verb || m.pos == Pos::Adjective)
                && m.conj_form.starts_with("連用")
                && next.is_some_and(|n| {
                    matches!(n.pos, Pos::Noun | Pos::Prefix | Pos::Adverb)
                        && n.pos1 != "非自立"
                        && n.pos1 != "接尾"
                }));
        if cut {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < morphs.len() {
        out.push(start..morphs.len());
    }
    out.retain(|r| morphs[r.clone()].iter().any(|m| !is_comma(m)));
    out
}

fn classify(base: &str, tense: Tense) -> PredicateKind {
    if tense == Tense::Passive {
        return PredicateKind::State;
    }
    if in_list(lexicon::DUTY, base) {
        PredicateKind::Duty
    } else if in_list(lexicon::EFFORT, base) {
        PredicateKind::Effort
    } else if in_list(lexicon::OUTCOME, base) {
        PredicateKind::Outcome
    } else if in_list(lexicon::STATE, base) {
        PredicateKind::State
    } else if in_list(lexicon::ROUTINE, base) {
        match tense {
            Tense::Past => PredicateKind::Action,
            _ => PredicateKind::Duty,
        }
    } else {
        match tense {
            Tense::Present | Tense::Progressive => PredicateKind::Duty,
            _ => PredicateKind::Action,
        }
    }
}

/// The head word of a サ変 verb: the noun before する, with a 化 suffix joined (自動化, 一本化).
fn sahen_head(morphs: &[Morpheme], i: usize) -> Option<(SmolStr, Range<usize>)> {
    let prev = morphs.get(i.checked_sub(1)?)?;
    if prev.is_sahen_noun()
        || (prev.pos == Pos::Noun && prev.pos1 == "接尾" && prev.pos2 == "サ変接続")
    {
        if prev.surface == "化" {
            let noun = morphs.get(i.checked_sub(2)?)?;
            let word = SmolStr::from(format!("{}化", noun.surface));
            return Some((word, noun.range.start..prev.range.end));
        }
        return Some((prev.base.clone(), prev.range.clone()));
    }
    None
}

/// The noun-tagged 連用形 stem of a compound verb right before the verb at `i` (立ち in
/// 立ち上げる): a kana-final noun of two or more characters whose last kana is in the い段 or え段
/// (the 連用形 endings), directly followed by the verb.
fn verb_stem_before(morphs: &[Morpheme], i: usize, start: usize) -> Option<&Morpheme> {
    let prev = morphs.get(i.checked_sub(1)?)?;
    if i - 1 < start
        || prev.pos != Pos::Noun
        || prev.pos1 != "一般"
        || prev.range.end != morphs[i].range.start
    {
        return None;
    }
    let mut chars = prev.surface.chars();
    let last = chars.next_back()?;
    let kanji_before = chars
        .next_back()
        .is_some_and(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
    (kanji_before && "いきしちにひみりぎじびぴえけせてねへめれげぜでべぺ".contains(last))
        .then_some(prev)
}

/// Is the verb at `i` negated (ず, ない, ぬ among the auxiliaries that follow it)?
fn negated_after(morphs: &[Morpheme], i: usize, end: usize) -> bool {
    morphs[i + 1..end]
        .iter()
        .take_while(|m| m.pos == Pos::Auxiliary || (m.pos == Pos::Verb && m.pos1 != "自立"))
        .any(|m| m.pos == Pos::Auxiliary && matches!(m.base.as_str(), "ない" | "ぬ" | "ん"))
}

/// Is a verb at `i` followed by the past auxiliary た (through auxiliaries, て + いる …)?
fn past_aux_follows(morphs: &[Morpheme], i: usize, end: usize) -> bool {
    morphs[i + 1..end.min(morphs.len())]
        .iter()
        .take_while(|m| {
            matches!(m.pos, Pos::Auxiliary)
                || (m.pos == Pos::Verb && m.pos1 != "自立")
                || (m.pos == Pos::Particle && matches!(m.surface.as_str(), "て" | "で"))
        })
        .any(|m| m.pos == Pos::Auxiliary && m.base == "た")
}

/// Tense from what follows a verb at index `i`.
fn tense_after(morphs: &[Morpheme], i: usize, end: usize) -> Tense {
    let verb = &morphs[i];
    let mut j = i + 1;
    let mut progressive = false;
    // やり遂げます: polite present, even though the verb stem is 連用形.
    let mut polite = false;
    // 〜をまとめることができた: the act, done.
    if morphs.get(i + 1).is_some_and(|n| n.surface == "こと")
        && morphs.get(i + 2).is_some_and(|n| n.surface == "が")
        && morphs.get(i + 3).is_some_and(|n| n.base == "できる")
        && past_aux_follows(morphs, i + 3, end)
    {
        return Tense::Past;
    }
    // 〜するようにした / 〜することにした / 〜するようにして、: the seeker made it the way of
    // working (an act).
    if morphs
        .get(i + 1)
        .is_some_and(|n| matches!(n.surface.as_str(), "よう" | "こと"))
        && morphs.get(i + 2).is_some_and(|n| n.surface == "に")
        && morphs.get(i + 3).is_some_and(|n| n.base == "する")
        && (morphs[i + 4..end.min(morphs.len()).max(i + 4)]
            .iter()
            .any(|m| m.pos == Pos::Auxiliary && m.base == "た")
            || morphs.get(i + 4).is_some_and(|n| {
                n.pos == Pos::Particle && matches!(n.surface.as_str(), "て" | "で")
            }))
    {
        return Tense::Past;
    }
    while j < end {
        let m = &morphs[j];
        match (m.pos, m.base.as_str()) {
            (Pos::Verb, "れる" | "られる") if m.pos1 == "接尾" => return Tense::Passive,
            (Pos::Verb, "せる" | "させる") if m.pos1 == "接尾" => {}
            (Pos::Auxiliary, "た") => {
                return if progressive {
                    Tense::Progressive
                } else {
                    Tense::Past
                };
            }
            (Pos::Auxiliary, "ます") => polite = true,
            (Pos::Auxiliary, "です" | "ない" | "ぬ" | "たい") => {}
            (Pos::Particle, "て" | "で") => {
                // て + いる / おる / いく / くる: aspect, keep reading.
                if morphs
                    .get(j + 1)
                    .is_some_and(|n| n.pos == Pos::Verb && n.pos1 == "非自立")
                {
                    if matches!(morphs[j + 1].base.as_str(), "いる" | "おる") {
                        progressive = true;
                    }
                    j += 2;
                    continue;
                }
                // 「見て回っていて、」: the aspect read so far holds for the chain.
                return if progressive {
                    Tense::Progressive
                } else {
                    Tense::Past
                };
            }
            (Pos::Verb, _) if m.pos1 == "非自立" => {}
            _ => break,
        }
        j += 1;
    }
    if progressive {
        return Tense::Progressive;
    }
    if polite {
        return Tense::Present;
    }
    if verb.conj_form.starts_with("連用") {
        // 中止法 (見直し、…): a completed step in a chain.
        return Tense::Past;
    }
    Tense::Present
}

/// A verb that does not predicate the clause: used as a noun (「仕込み、」「おむつ替え、」
/// with no argument before it) or modifying a noun (「フォークリフトを使用した入出庫作業」).
fn is_nominal_or_adnominal(morphs: &[Morpheme], clause: Range<usize>, i: usize) -> bool {
    // The verb group: the verb, then auxiliaries, suffixes and dependent verbs.
    let mut last = i;
    while last + 1 < clause.end.max(morphs.len().min(clause.end + 1)) && last + 1 < morphs.len() {
        let n = &morphs[last + 1];
        let attached = n.pos == Pos::Auxiliary
            || (n.pos == Pos::Verb && (n.pos1 == "接尾" || n.pos1 == "非自立"))
            || (n.pos == Pos::Particle
                && matches!(n.surface.as_str(), "て" | "で")
                && morphs
                    .get(last + 2)
                    .is_some_and(|x| x.pos == Pos::Verb && x.pos1 == "非自立"));
        if !attached {
            break;
        }
        last += 1;
    }
    let tail = &morphs[last];
    let next = morphs.get(last + 1);
    let adnominal = (tail.conj_form.starts_with("基本形") || tail.conj_form.starts_with("連体"))
        && next.is_some_and(|n| {
            n.pos == Pos::Noun
                && !matches!(n.pos1, "非自立" | "接尾")
                && !n.is_number()
                // 「声をかけ続けた結果、」: the act whose result follows.
                && n.surface != "結果"
        });
    let ends_here = next.is_none_or(is_comma) || last + 1 >= clause.end;
    // Case particles of the verb; での / への / との qualify a noun, not the verb.
    let has_argument = (clause.start..i).any(|k| {
        let m = &morphs[k];
        m.pos == Pos::Particle
            && matches!(
                m.surface.as_str(),
                "を" | "に" | "で" | "が" | "へ" | "と" | "から" | "より" | "まで"
            )
            && morphs.get(k + 1).is_none_or(|n| n.surface != "の")
    });
    // 積み降ろし, 積込み: compound verbs in 連用形 closing the clause are nouns too.
    let compound_end = {
        let mut k = i;
        while morphs.get(k + 1).is_some_and(|n| {
            k + 1 < clause.end
                && n.pos == Pos::Verb
                && n.pos1 == "自立"
                && morphs[k].conj_form.starts_with("連用")
        }) {
            k += 1;
        }
        k
    };
    let compound_ends_here = compound_end > i
        && morphs[compound_end].conj_form.starts_with("連用")
        && morphs.get(compound_end + 1).is_none_or(is_comma);
    let nominal = morphs[i].conj_form.starts_with("連用")
        && !has_argument
        && ((last == i && ends_here) || compound_ends_here);
    // 「看取り期」「立ち会い時」: a 連用形 verb bound to a suffix noun is part of a noun.
    let suffixed = morphs[i].conj_form.starts_with("連用")
        && last == i
        && next.is_some_and(|n| n.pos == Pos::Noun && n.pos1 == "接尾");
    // 「看取りの介護」「見守りの記録」: a 連用形 verb that takes の names a thing, not an act.
    let noun_of = morphs[i].conj_form.starts_with("連用")
        && last == i
        && next.is_some_and(|n| n.pos == Pos::Particle && n.pos1 == "連体化");
    adnominal || nominal || suffixed || noun_of
}

fn predicates(morphs: &[Morpheme], clause: Range<usize>) -> Vec<Predicate> {
    let mut out = Vec::new();
    let end = clause.end;
    // The object of the predicate at `upto`: a を/に before it, but not one inside a relative
    // clause that ends before the predicate's own noun phrase (ルートを判定するAPIの設計).
    let has_object = |upto: usize| {
        morphs[clause.start..upto]
            .iter()
            .rev()
            .take_while(|m| !matches!(m.pos, Pos::Verb | Pos::Auxiliary))
            .any(|m| m.pos == Pos::Particle && (m.surface == "を" || m.surface == "に"))
    };
    for i in clause.clone() {
        let m = &morphs[i];
        // Only verbs, nouns and adjectives head a predicate (tested first: the character
        // test below is slow on kanji). Brackets and slashes that IPADIC tags as nouns are no
        // predicate.
        if !matches!(m.pos, Pos::Verb | Pos::Noun | Pos::Adjective)
            || !m.surface.chars().any(is_word_char)
        {
            continue;
        }
        if m.pos == Pos::Verb && m.pos1 == "自立" {
            if is_nominal_or_adnominal(morphs, clause.clone(), i) {
                continue;
            }
            let tense = tense_after(morphs, i, end);
            let (base, range) = if m.base == "する" || m.base == "できる" {
                match sahen_head(morphs, i) {
                    Some(h) => h,
                    // 一覧にした / 共通の様式にする: made the object into something (an act),
                    // but not 30分にした (a number: the size of a result).
                    None if m.base == "する"
                        && i >= 2
                        && morphs[i - 1].surface == "に"
                        && morphs[i - 2].pos == Pos::Noun
                        && !morphs[i - 2].is_number()
                        && morphs[i - 2].pos1 != "接尾"
                        && !matches!(
                            morphs[i - 2].surface.as_str(),
                            "程度" | "以下" | "以内" | "未満" | "まで" | "半分" | "半数" | "倍"
                        )
                        && has_object(i - 1) =>
                    {
                        (SmolStr::new("にする"), m.range.clone())
                    }
                    // 「工程FMEAの見直しをしました」: a change noun as the object of する is the act.
                    None if m.base == "する"
                        && i >= 2
                        && morphs[i - 1].surface == "を"
                        && morphs[i - 2].pos == Pos::Noun
                        && (in_list(lexicon::INITIATIVE, &morphs[i - 2].base)
                            || in_list(lexicon::CHANGE, &morphs[i - 2].base)) =>
                    {
                        (morphs[i - 2].base.clone(), morphs[i - 2].range.clone())
                    }
                    None if m.base == "する" => continue,
                    None => (m.base.clone(), m.range.clone()),
                }
            } else if let Some(stem) = verb_stem_before(morphs, i, clause.start) {
                // 立ち|上げた, 組み|直した: IPADIC cuts a compound verb after a 連用形 stem it
                // reads as a noun; the compound is the predicate.
                (
                    SmolStr::from(format!("{}{}", stem.surface, m.base)),
                    stem.range.start..m.range.end,
                )
            } else {
                (m.base.clone(), m.range.clone())
            };
            let mut kind = classify(&base, tense);
            // 「参加してもらった」「ご協力いただいた」: the seeker had others act, an act of
            // the seeker's own.
            if tense == Tense::Past
                && matches!(
                    morphs.get(i + 1).map(|n| n.surface.as_str()),
                    Some("て" | "で")
                )
                && morphs
                    .get(i + 2)
                    .is_some_and(|n| matches!(n.base.as_str(), "もらう" | "いただく" | "頂く"))
            {
                kind = PredicateKind::Action;
            }
            // 「前回のリリースと比べて」「三期続けて」「2年続けて維持」: a frame of comparison or
            // of duration around the statement, not an act of the seeker.
            let before = i.checked_sub(1).map(|k| &morphs[k]);
            if (base == "比べる" && before.is_some_and(|p| p.surface == "と"))
                || (base == "続ける" && before.is_some_and(|p| p.is_number() || p.pos1 == "接尾"))
            {
                kind = PredicateKind::State;
            }
            // 「相談しやすくなった」「使いにくい」: how easy a thing is to do is a state (what
            // came of an act), not the act.
            if morphs.get(i + 1).is_some_and(|n| {
                n.pos == Pos::Adjective
                    && matches!(n.base.as_str(), "やすい" | "にくい" | "づらい" | "がたい")
            }) {
                kind = PredicateKind::State;
            }
            // 「育成に力を入れ」「提案に力を注ぎ」: effort spent, not an act; 「相談に乗り」: the
            // everyday care of a post.
            let after = |w: &str, p: &str| {
                i >= 2 && morphs[i - 1].surface == p && morphs[i - 2].surface == w
            };
            if matches!(base.as_str(), "入れる" | "注ぐ") && after("力", "を") {
                kind = PredicateKind::Effort;
            } else if base == "乗る" && after("相談", "に") {
                kind = if tense == Tense::Past && !past_aux_follows(morphs, i, end) {
                    PredicateKind::Duty
                } else {
                    kind
                };
            }
            // 上がらず / 伸びなかった: a result that did not happen describes a situation.
            if kind == PredicateKind::Outcome && negated_after(morphs, i, end) {
                kind = PredicateKind::State;
            }
            let chained = tense == Tense::Past && !past_aux_follows(morphs, i, end);
            // 「原価を入力し、」「商談に同行し、」: routine work in a chain is not reported as
            // done once (that takes た: 「棚卸しを行った」); it is a step of the work.
            if chained && kind == PredicateKind::Action && in_list(lexicon::ROUTINE, &base) {
                kind = PredicateKind::Duty;
            }
            out.push(Predicate {
                base,
                kind,
                tense,
                range,
                chained,
            });
        } else if m.pos == Pos::Verb && m.pos1 == "接尾" && m.base == "れる" {
            // 〜される: handled as passive on the preceding head.
        } else if (m.is_sahen_noun()
            || (m.pos == Pos::Noun && m.surface == "化")
            // 見直し, 切り替え: IPADIC tags these 連用形 nouns 一般, not サ変; as change nouns
            // they end a clause like 導入 does.
            // (with an object: 「基準を見直し」; 「プランの見直し、」 in a list names a duty).
            || (m.pos == Pos::Noun
                && m.pos1 == "一般"
                && in_list(lexicon::CHANGE, &m.base)
                && morphs[clause.start..i].iter().any(|x| x.surface == "を")))
            && {
                // 体言止め: the noun ends the clause (optionally followed by 、・。 or a bracket;
                // spaces before a table's | do not count).
                let next = morphs[i + 1..end].iter().find(|n| n.pos1 != "空白");
                // 「受注・問い合わせ対応」: a noun before ・ is a member of a compound, not an ending.
                next.is_none()
                    || next.is_some_and(|n| {
                        is_comma(n)
                        && (n.surface != "・" || in_list(lexicon::INITIATIVE, &m.base))
                        // 「年次評価(5段階)で」: a bracket that a particle continues is a note
                        // on the noun, not the end of the clause.
                        && !(n.surface == "("
                            && morphs[i + 1..end]
                                .iter()
                                .position(|x| x.surface.starts_with(')'))
                                .and_then(|k| morphs.get(i + 2 + k))
                                .is_some_and(|x| x.pos == Pos::Particle && x.pos1 == "格助詞"))
                    })
            }
        {
            let (base, range) = if m.surface == "化" && i > 0 {
                (
                    SmolStr::from(format!("{}化", morphs[i - 1].surface)),
                    morphs[i - 1].range.start..m.range.end,
                )
            } else {
                (m.base.clone(), m.range.clone())
            };
            let with_object = has_object(i);
            let kind = if !with_object
                && !in_list(lexicon::OUTCOME, &base)
                && !in_list(lexicon::DUTY, &base)
            {
                if in_list(lexicon::INITIATIVE, &base) {
                    // 規程の改定, 訓練の企画, 手順書の整備: a change made, even without を.
                    PredicateKind::Action
                } else {
                    // A bare noun list (接客販売、レジ業務) names duties.
                    PredicateKind::Duty
                }
            } else {
                classify(&base, Tense::NounEnding)
            };
            let kind = if kind == PredicateKind::Action && in_list(lexicon::ROUTINE, &base) {
                PredicateKind::Duty
            } else {
                kind
            };
            out.push(Predicate {
                base,
                kind,
                tense: Tense::NounEnding,
                range,
                chained: false,
            });
        } else if m.pos == Pos::Adjective && m.pos1 == "自立" {
            out.push(Predicate {
                base: m.base.clone(),
                kind: PredicateKind::State,
                tense: tense_after(morphs, i, end),
                range: m.range.clone(),
                chained: false,
            });
        }
    }
    out
}

fn text_of<'a>(text: &'a str, morphs: &[Morpheme], r: &Range<usize>) -> &'a str {
    if r.is_empty() {
        return "";
    }
    &text[morphs[r.start].range.start..morphs[r.end - 1].range.end]
}

/// Clause endings that make it a cause or background.
const CAUSE_MARKERS: &[&str] = &[
    "ため",
    "ために",
    // 「〜事が多かった為、」: the same marker in kanji.
    "為",
    "為に",
    "ので",
    "から",
    "ことから",
    "中で",
    "中",
    "なか",
    "ものの",
    "けれど",
    "が",
    "状況で",
    "状況でも",
    "状態で",
    "中でも",
    "下で",
    "下、",
    "下",
];

/// The last morpheme before the cause marker (…していた|ため → た).
fn predicate_before_marker<'a>(
    mut content: impl DoubleEndedIterator<Item = &'a Morpheme>,
) -> Option<&'a Morpheme> {
    content.rfind(|m| {
        !matches!(
            m.surface.as_str(),
            "ため"
                | "為"
                | "事"
                | "に"
                | "ので"
                | "から"
                | "こと"
                | "中"
                | "で"
                | "なか"
                | "ものの"
                | "けれど"
                | "が"
                | "状況"
                | "状態"
                | "も"
                | "下"
        )
    })
}

/// The one-character words of [`lexicon::TROUBLE`] (声): all that a one-character morpheme
/// can match, looked up in place of the whole list (one-character morphemes are common).
static ONE_CHAR_TROUBLE: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::TROUBLE
        .iter()
        .copied()
        .filter(|w| w.chars().count() == 1)
        .collect()
});

/// What the checks of a clause look for in its morphemes, found in one walk over them (the
/// checks used to walk the clause once each, testing every morpheme for punctuation again).
struct ClauseFacts<'a> {
    /// The last morpheme that is not punctuation.
    last: Option<&'a Morpheme>,
    /// A case particle が (a subject).
    subject: bool,
    /// A を (an object).
    object: bool,
    /// A counted subject: a number or a counter right before the subject が (41社が).
    counted_subject: bool,
    /// A trouble that must be a whole morpheme: an adjective of trouble (多い) or a
    /// one-character trouble word (声).
    trouble_morph: bool,
    /// An adjective of trouble in 連用形 (「不満が多く、」).
    trouble_adj_continuative: bool,
    /// A verb of trouble (減る, 冷え込む).
    trouble_verb: bool,
    /// The past auxiliary た.
    past: bool,
    /// A verb + て/で + しまう (ちゃう, じゃう).
    te_shimau: bool,
}

impl<'a> ClauseFacts<'a> {
    fn of(morphs: &'a [Morpheme], r: &Range<usize>) -> Self {
        let mut f = ClauseFacts {
            last: None,
            subject: false,
            object: false,
            counted_subject: false,
            trouble_morph: false,
            trouble_adj_continuative: false,
            trouble_verb: false,
            past: false,
            te_shimau: false,
        };
        for k in r.clone() {
            let m = &morphs[k];
            // Punctuation and brackets count only as neighbours, below.
            if !is_comma(m) {
                f.last = Some(m);
                match m.pos {
                    Pos::Adjective if in_list(lexicon::TROUBLE_ADJ, &m.base) => {
                        f.trouble_morph = true;
                        f.trouble_adj_continuative |= m.conj_form.starts_with("連用");
                    }
                    Pos::Verb => f.trouble_verb |= in_list(lexicon::TROUBLE_PRED, &m.base),
                    Pos::Auxiliary => f.past |= m.base == "た",
                    _ => {}
                }
                f.trouble_morph = f.trouble_morph
                    || (m.surface.chars().count() == 1 && in_list(&ONE_CHAR_TROUBLE, &m.surface));
            }
            if m.surface == "が" && m.pos1 == "格助詞" {
                f.subject = true;
                f.counted_subject |= k > r.start && {
                    let p = &morphs[k - 1];
                    p.is_number() || (p.pos == Pos::Noun && p.pos1 == "接尾" && p.pos2 == "助数詞")
                };
            }
            f.object |= m.surface == "を";
            f.te_shimau |= m.pos == Pos::Verb
                && k + 2 < r.end
                && matches!(morphs[k + 1].surface.as_str(), "て" | "で")
                && matches!(morphs[k + 2].base.as_str(), "しまう" | "ちゃう" | "じゃう");
        }
        f
    }
}

/// Is this clause a cause/background and does it describe a difficulty?
fn cause_and_problem(
    text: &str,
    morphs: &[Morpheme],
    r: &Range<usize>,
    facts: &ClauseFacts<'_>,
    preds: &[Predicate],
) -> (bool, bool) {
    let s = text_of(text, morphs, r).trim_end_matches(['、', ',', ' ']);
    // The clause's morphemes without punctuation (iterated, not collected: this runs per clause).
    let content = || morphs[r.clone()].iter().filter(|m| !is_comma(m));
    // Words of two or more characters are found in the text at once; the single-character
    // ones (声) and adjectives must be whole morphemes.
    let has_trouble = lexicon::TROUBLE_MATCHER.is_match(s) || facts.trouble_morph;
    // `contains` first: a searcher for `match_indices`/`find` costs more to build than the
    // test, and most clauses hold none of these words.
    let explicit = lexicon::PROBLEM_NOUN_MATCHER.is_match(s)
        && lexicon::PROBLEM_NOUN.iter().any(|p| {
            s.contains(p)
                && s.match_indices(p).any(|(at, _)| {
                    let before = &s[..at];
                    let after = &s[at + p.len()..];
                    before.ends_with('が')
                        || before.ends_with("という")
                        || before.ends_with("との")
                        || [
                            "だった",
                            "であり",
                            "であった",
                            "でした",
                            "となって",
                            "になって",
                            "があった",
                            "がある",
                            "を抱え",
                            "があり",
                            "とな",
                            "だ",
                            "で、",
                        ]
                        .iter()
                        .chain(lexicon::PROBLEM_FRAME_AFTER)
                        .any(|x| after.starts_with(x))
                })
        });
    // A difficulty stated with a past copula: 赤字だった店舗で, 紙ベースで分からない状態だった.
    let past_state = (has_trouble || s.contains("状態") || s.contains("状況"))
        && (s.contains("だった") || s.contains("であった") || s.contains("でした"));
    let last = facts.last.map_or("", |m| m.surface.as_str());
    let state_pred = preds
        .iter()
        .any(|p| matches!(p.kind, PredicateKind::State) && p.base != "する");
    // 「発注が減る下で」「市場が冷え込む中」: a trouble verb makes the background a situation.
    let trouble_verb = facts.trouble_verb;
    let situation = state_pred || has_trouble || trouble_verb;
    let clause_start = morphs[r.start].range.start;
    let at_boundary = |x: &str| {
        let at = clause_start + s.len() - x.len();
        morphs[r.clone()].iter().any(|m| m.range.start == at)
    };
    // The last byte first: most clauses end in none of the suffixes (a call to memcmp each).
    let ends_with = |suffixes: &[&str]| {
        suffixes.iter().any(|x| {
            x.as_bytes().last() == s.as_bytes().last()
                && s.ends_with(x)
                && s.len() >= x.len()
                && at_boundary(x)
        })
    };
    // Verb/adjective/copula + ため/ので/から: a cause when the predicate is past or a state,
    // a purpose when it is an act in the present (削減するため).
    let verbal_cause = ends_with(CAUSE_MARKERS)
        && {
            match predicate_before_marker(content()) {
                Some(m) if m.pos == Pos::Auxiliary => {
                    m.base == "た" || m.base == "だ" || m.base == "ない"
                }
                Some(m) if m.pos == Pos::Adjective => true,
                Some(m) if m.pos == Pos::Verb => {
                    state_pred
                        || m.base == "いる"
                        || m.base == "ある"
                        || m.pos1 == "接尾"
                        || in_list(lexicon::TROUBLE_PRED, &m.base)
                }
                Some(m) if m.pos == Pos::Noun => has_trouble,
                _ => false,
            }
        }
        && (last != "が" || situation)
        // 「十一件あった遅延が、二件に減った」: a subject (格助詞 が) is no 逆接 clause.
        && !facts
            .last
            .is_some_and(|m| m.surface == "が" && m.pos1 == "格助詞");
    // 〜の減少により / 〜を受けて / 〜に伴い、 (the clause ends at the marker or its て/、).
    let noun_cause = has_trouble && {
        let bare = s.trim_end_matches(['、', ',', 'て']);
        lexicon::CAUSE_AFTER_NOUN.iter().any(|c| bare.ends_with(c))
            // 「事故防止のため」「転倒事故の防止のため」: an aim, not a cause.
            && !(bare.ends_with("のため")
                && lexicon::PURPOSE_NOUN
                    .iter()
                    .any(|p| bare.trim_end_matches("のため").trim_end_matches('の').ends_with(p)))
    };
    // 〜の増加に対応するため / 〜に対処すべく: a purpose that answers a trouble.
    let answers_trouble = has_trouble
        && ["に対応", "に対処", "に備え"].iter().any(|x| s.contains(x))
        && ends_with(&["ため", "ために", "べく"]);
    // 「早期離職への対応」「上限規制(いわゆる2024年問題)への対応」: the trouble the work answers.
    let answered = s.contains("への")
        && ["への対応", "への対策", "への対処"].iter().any(|x| {
            s.contains(x)
                && s.find(x).is_some_and(|at| {
                    // The trouble is what is answered (離職への対応), not a modifier (困難事例への対応).
                    let before = s[..at].trim_end_matches([')', '）']);
                    lexicon::TROUBLE_MATCHER.find_iter(before).any(|m| {
                        m.end() == before.len()
                            && !in_list(lexicon::NEUTRAL_IN_MODIFIER, &before[m.start()..])
                    }) || lexicon::PROBLEM_NOUN.iter().any(|p| before.ends_with(p))
                })
        });
    // 「改善を求められていたことを受けて」: a past situation named as the reason.
    let bare = s.trim_end_matches(['、', ',', 'て']);
    let event_cause = (bare.ends_with("ことを受け") || bare.ends_with("ことから"))
        && (s.contains("ていた") || s.contains("でいた") || s.contains("れた"));
    let causal = verbal_cause || noun_cause || answers_trouble || event_cause;

    // A situation reported as ongoing in the past: 時間がかかっていた, 離職が続いていた,
    // 残業が月40時間を超えていた.
    let subject_only = facts.subject && !facts.object;
    // 「数分かかっていたのが数秒で」: the before side of a result, not a problem.
    // (Tested last, where it is needed: most clauses are neither.)
    let before_side = || {
        s.contains("のが")
            && (s.contains("ていたのが") || s.contains("でいたのが") || s.contains("だったのが"))
    };
    // A state told in the present with no subject and no trouble (「…3件以下になり、その後も続いて
    // いる」) says that a result lasts, not that something was wrong.
    let told_in_present = || {
        let t = s.trim_end_matches(['、', '。', ',', ' ']);
        ["ている", "でいる", "ています", "でいます"]
            .iter()
            .any(|x| t.ends_with(x))
    };
    let ongoing_state = preds.iter().any(|p| {
        p.tense == Tense::Progressive
            && (has_trouble
                || subject_only
                || p.kind == PredicateKind::State && !told_in_present())
            // 「受注入力を担当していた」 is a duty; 「毎月遅くまで残業していた」 is the trouble itself.
            && (p.kind != PredicateKind::Duty || in_list(lexicon::TROUBLE, &p.base))
    }) && !before_side();
    // 「内容が定着していなかった」「成形機を調整できる人がいなかった」: what was missing.
    let lacking = subject_only
        && (s.contains("なかった")
            || s.contains("ていない")
            || s.contains("でいない")
            // 「情報が伝わらないことがありました」: what sometimes failed.
            || s.contains("ないことがあ")
            || s.contains("ない事があ"))
        && !before_side();
    // 「〜かかっていた状況を受け」: a situation named as the reason.
    let situation_named = s.contains("を受け")
        && ["状況を受け", "状態を受け", "現状を受け", "実態を受け"]
            .iter()
            .any(|x| s.contains(x))
        && (s.contains("ていた") || s.contains("でいた") || s.contains("だった"));
    // A cause in the past tense (…していたため, …だったことから) is a situation by itself.
    let past_cause = verbal_cause && {
        predicate_before_marker(content()).is_some_and(|m| {
            (m.pos == Pos::Auxiliary && matches!(m.base.as_str(), "た" | "ない" | "だ"))
                || m.pos == Pos::Adjective
        })
    };
    // 「出店の影響で客数が落ち、売場を見直した」: a trouble verb with its subject, chained to what
    // follows (連用中止), reports the situation the next clause answers.
    let chained_trouble = subject_only
        && preds
            .iter()
            .any(|p| p.chained && in_list(lexicon::TROUBLE_PRED, &p.base));
    // 「仕入れ値が上がり続ける中で」「工期が5か月から3か月半に縮まる中で」: a cost that rises or a
    // time allowed that shrinks is the pressure the act answers, when it frames what follows.
    let pressure = ends_with(&[
        "中で",
        "中",
        "なか",
        "ため",
        "ので",
        "下で",
        "状況で",
        "状況の中で",
    ]) && (r.start..r.end.saturating_sub(1)).any(|k| {
        let (noun, ga) = (&morphs[k], &morphs[k + 1]);
        ga.surface == "が"
            && ga.pos == Pos::Particle
            && noun.pos == Pos::Noun
            && lexicon::PRESSED_NOUNS
                .iter()
                .any(|n| noun.surface.ends_with(n))
            && morphs[k + 2..r.end]
                .iter()
                .any(|m| in_list(lexicon::PRESSING_CHANGE, &m.base))
    });
    // 「忙しい日には抜けてしまうことがあった」: 〜てしまう told of the past reports what went
    // wrong without anyone meaning it.
    let unintended = facts.te_shimau && facts.past;
    // 「不満がレビューに多く、」: a trouble word as the subject of an adjective of degree.
    let trouble_degree = subject_only
        && facts.trouble_adj_continuative
        && lexicon::TROUBLE_MATCHER.is_match(s)
        && content().any(|m| {
            m.pos == Pos::Noun && m.surface.chars().count() >= 2 && trouble_word(&m.surface)
        });
    // 「継続率が3回目で大きく落ちることに着目し」: the trouble the seeker set out from.
    let noticed = (trouble_verb || has_trouble)
        && ["に着目", "に注目", "に気づ", "に気付"]
            .iter()
            .any(|x| s.contains(x));
    // 「機材がそろっていないという申し出はなくなった」: a trouble that went away is the outcome
    // the clause reports, not the situation — when the clause ends in the going away.
    let trouble_gone = !causal
        && preds.last().is_some_and(|p| {
            p.kind == PredicateKind::Outcome
                && p.tense == Tense::Past
                && in_list(lexicon::GONE, &p.base)
        });
    let problem = explicit
        || chained_trouble
        || unintended
        || pressure
        || trouble_degree
        || noticed
        || answered
        || ((lacking || ongoing_state || past_state) && !trouble_gone)
        || situation_named
        || (causal && (situation || past_cause))
        || answers_trouble;
    (causal || pressure, problem)
}

/// A trouble word in `s` that is a trouble by itself (not a change such as 新設 or 拡大).
fn trouble_word(s: &str) -> bool {
    lexicon::TROUBLE_MATCHER.find_iter(s).any(|m| {
        let w = &s[m.start()..m.end()];
        !in_list(lexicon::NEUTRAL_IN_MODIFIER, w)
    })
}

/// Does a run of morphemes state a trouble: a trouble predicate (滞っていた, 分かれていた,
/// 属人化していた), a negated verb (共有されていなかった), or a trouble word (手作業だった)?
fn states_trouble(text: &str, ms: &[Morpheme]) -> bool {
    if ms.is_empty() {
        return false;
    }
    let t = &text[ms[0].range.start..ms[ms.len() - 1].range.end];
    let pred = ms.iter().any(|m| {
        in_list(lexicon::TROUBLE_PRED, &m.base) || in_list(lexicon::TROUBLE_PRED, &m.surface)
    }) || lexicon::TROUBLE_PRED_IN_TEXT.is_match(t);
    let negated = ms.windows(2).any(|w| {
        w[1].pos == Pos::Auxiliary
            && matches!(w[1].base.as_str(), "ない" | "ぬ")
            && matches!(w[0].pos, Pos::Verb | Pos::Auxiliary)
    });
    // A trouble word alone (不良品を共有する仕組み, リスクの高い利用者) names a topic; it is a
    // state of trouble when the modifier reports it as it was (手作業だった, 重複していた).
    let past = ms.iter().any(|m| m.pos == Pos::Auxiliary && m.base == "た");
    // 「荷待ち時間が長いセンター」: a trouble subject with an adjective of degree.
    let adjective_of_trouble = ms
        .iter()
        .any(|m| m.surface == "が" && m.pos == Pos::Particle)
        && ms
            .iter()
            .any(|m| m.pos == Pos::Adjective && in_list(lexicon::TROUBLE_ADJ, &m.base));
    // 「止まりがちだった」: the suffix がち reports a recurring trouble.
    let tendency = ms.iter().any(|m| m.surface == "がち" && m.pos == Pos::Noun);
    // 「4時間かかっていた処理」: the time the old way took (not 「照合にかかる時間」, a measure).
    let took = t.contains("かかっていた") || t.contains("掛かっていた");
    // 「担当者の勘で」「経験と勘に頼って」: judgement by feel is the old way too (not 勘定).
    let by_feel = t
        .match_indices('勘')
        .any(|(at, _)| !t[at + '勘'.len_utf8()..].starts_with(['定', '違', '案', '弁']));
    let old_medium = past && (lexicon::OLD_MEDIUM.iter().any(|w| t.contains(w)) || by_feel);
    pred || negated
        || tendency
        || took
        || old_medium
        || ((past || adjective_of_trouble) && trouble_word(t))
}

/// An adnominal clause of trouble on a noun: 「属人化していた請求チェックを」「分断された情報を」
/// 「売上が落ち込んでいた店舗を任され」. The modifier ends in an adnominal predicate (た, ない,
/// a verb or adjective in 連体形, な) right before a noun, and states a trouble.
fn adnominal_trouble(text: &str, morphs: &[Morpheme], r: &Range<usize>) -> bool {
    for j in r.start..r.end.saturating_sub(1) {
        let m = &morphs[j];
        let next = &morphs[j + 1];
        // 「説明に苦労していた点を」「回収が滞っていた状態を」: a formal noun that names the
        // situation itself is the head too.
        let noun_next = next.pos == Pos::Noun
            && (!matches!(next.pos1, "非自立" | "接尾" | "代名詞")
                || matches!(next.surface.as_str(), "点" | "状態" | "状況" | "部分")
                // 「担当者の勘で行っていたのを、…に改めた」: the nominalizer の as the object of
                // the change names the old way itself.
                || (next.surface == "の" && morphs.get(j + 2).is_some_and(|n| n.surface == "を")))
            // 「予約がほぼなくなった2020年は」: the year the trouble framed, not a count.
            && (!next.is_number()
                || text[m.range.end..]
                    .trim_start_matches(|c: char| c.is_ascii_digit() || "〇一二三四五六七八九十".contains(c))
                    .starts_with('年'));
        if !noun_next {
            continue;
        }
        // 「名刺を営業担当ごとに持ち帰っていたのを、kintoneで共有するように変えた」: the way things
        // were done (〜ていたのを, 〜だったのを) as the object of a change names the old way the act
        // replaced — the problem, though no trouble word is written.
        // 「電話とメールで受けていた問い合わせを、Formsに一本化」: so does a thing handled by some
        // means (で) in the old way, as the object of the change (not 「使用していたシステムを刷新」,
        // which says what was had, not how the work was done).
        // (Nouns of change are matched in the text: IPADIC cuts 一本化 into 一・本・化.)
        let replaced_later = || {
            let rest = &text[next.range.start..];
            morphs[j + 2..]
                .iter()
                .any(|x| in_list(lexicon::REPLACE_OLD, &x.base))
                || lexicon::REPLACE_OLD
                    .iter()
                    .any(|w| w.chars().all(|c| !('ぁ'..='ん').contains(&c)) && rest.contains(w))
        };
        let ongoing_past = m.pos == Pos::Auxiliary
            && m.base == "た"
            && j >= 1
            && (morphs[j - 1].base == "いる" || morphs[j - 1].base == "だ");
        if ongoing_past && next.surface == "の" && replaced_later() {
            return true;
        }
        if ongoing_past
            && next.surface != "の"
            && morphs[r.start..j]
                .iter()
                .any(|x| x.surface == "で" && x.pos1 == "格助詞")
            && morphs[j + 1..]
                .iter()
                .take_while(|x| x.pos == Pos::Noun || x.pos1 == "連体化")
                .count()
                > 0
            && morphs[j + 1..]
                .iter()
                .find(|x| x.pos == Pos::Particle && x.pos1 != "連体化")
                .is_some_and(|x| x.surface == "を")
            && replaced_later()
        {
            return true;
        }
        let adnominal = match m.pos {
            Pos::Auxiliary => matches!(m.base.as_str(), "た" | "ない" | "ぬ") || m.surface == "な",
            Pos::Verb | Pos::Adjective => {
                m.conj_form.starts_with("基本形") || m.conj_form.starts_with("連体")
            }
            _ => false,
        };
        if !adnominal {
            continue;
        }
        let start = (r.start..j)
            .rev()
            .find(|&k| is_comma(&morphs[k]))
            .map_or(r.start, |k| k + 1);
        if j > start && states_trouble(text, &morphs[start..=j]) {
            return true;
        }
    }
    false
}

/// 「紙の台帳からグループウェアに移行」「手作業のExcel集計からPower BIに置き換え」: a change away
/// from an old medium or a trouble (the part before から) names what was wrong with the old way.
fn replaces_old_way(text: &str, range: &Range<usize>, preds: &[Predicate]) -> bool {
    let t = &text[range.clone()];
    let Some(at) = t.find("から") else {
        return false;
    };
    let from = &t[..at];
    t[at..].contains('に')
        && preds
            .iter()
            .any(|p| p.range.start >= range.start + at && in_list(lexicon::REPLACE_OLD, &p.base))
        && (lexicon::OLD_MEDIUM.iter().any(|w| from.contains(w)) || from.contains("手作業"))
}

/// A resolution predicate whose object holds a trouble: 「二重入力を解消」「ばらつきを是正」.
fn resolves_trouble(text: &str, range: &Range<usize>, preds: &[Predicate]) -> bool {
    // 「■安城駅前店の立て直し」: what is 立て直し-ed was in trouble, as a verb or a noun.
    let t = &text[range.clone()];
    (lexicon::RESOLVE_SELF_MATCHER.is_match(t)
        && lexicon::RESOLVE_SELF.iter().any(|w| {
            w.chars().count() >= 2
                && t.contains(w)
                && t.match_indices(w).any(|(at, _)| {
                    // 「是正処置」「是正依頼」 are the names of a procedure, not a repair of a trouble.
                    !t[at + w.len()..].starts_with(|c: char| {
                        ('\u{4E00}'..='\u{9FFF}').contains(&c)
                            || ('\u{30A0}'..='\u{30FF}').contains(&c)
                    })
                })
        }))
        || preds
            .iter()
            .any(|p| in_list(lexicon::RESOLVE_SELF, &p.base))
        || preds.iter().any(|p| {
            in_list(lexicon::RESOLVE, &p.base)
                && p.range.start >= range.start
                && trouble_word(&text[..p.range.start])
        })
}

/// The head of a means phrase in a clause: a change noun (見直し, 並列化, 一括発注) or a verb +
/// こと before で / により / によって.
fn means_of(morphs: &[Morpheme], r: &Range<usize>) -> Option<usize> {
    (r.start..r.end).find(|&k| {
        let m = &morphs[k];
        let next = morphs.get(k + 1).map(|n| n.surface.as_str());
        let next2 = morphs.get(k + 2).map(|n| n.surface.as_str());
        let means_particle = matches!(next, Some("で"))
            && morphs.get(k + 1).is_some_and(|n| n.pos == Pos::Particle)
            || (matches!(next, Some("により" | "によって")))
            || (matches!(next, Some("に")) && matches!(next2, Some("より" | "よっ")));
        let change_noun = (m.is_sahen_noun() || m.surface == "化")
            && (in_list(lexicon::INITIATIVE, &m.base)
                || matches!(
                    m.base.as_str(),
                    "化" | "発注" | "変更" | "統合" | "集約" | "切り替え" | "切替"
                ));
        // 〜すること / 〜したことで: the verb before こと, through the past た.
        let verb_before = match morphs.get(k.wrapping_sub(1)) {
            Some(p) if p.pos == Pos::Auxiliary && p.base == "た" => morphs.get(k.wrapping_sub(2)),
            p => p,
        };
        let act_koto = m.surface == "こと"
            && verb_before.is_some_and(|v| v.pos == Pos::Verb && !in_list(lexicon::STATE, &v.base));
        means_particle && (change_noun || act_koto)
    })
}

/// A performance measure named before the number, in a clause without a duty: 合格率90%,
/// 削減額は約800万円, 60名中1位.
fn measured_by_noun(before: &str, q: &Quantity, clause: Option<&Clause>) -> bool {
    // 「新規12社と契約」: the count of new clients won is the result, though 契約 alone reads as a
    // duty (契約の手続き).
    let won_new = |p: &Predicate| {
        before.trim_end().ends_with("新規") && matches!(p.base.as_str(), "契約" | "受注" | "成約")
    };
    if clause.is_some_and(|c| {
        c.predicates
            .iter()
            .any(|p| p.kind == PredicateKind::Duty && !won_new(p))
    }) {
        return false;
    }
    let before = before.trim_end_matches(|c: char| {
        matches!(
            c,
            'は' | 'が' | 'で' | 'の' | ':' | '：' | ' ' | '約' | '(' | '（'
        )
    });
    // 新規開拓15社, 販売台数 年間82台, 新規売上4,200万円: a performance figure named before it.
    let metric_before = before
        .trim_end_matches(['年', '月', '間', '計', '累', ' '])
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '度');
    if lexicon::OUTCOME_METRIC
        .iter()
        .any(|n| metric_before.ends_with(n))
        && !q.context.attributive
    {
        return true;
    }
    let rate_unit = matches!(
        q.unit.as_str(),
        "%" | "割" | "ポイント" | "倍" | "位" | "点"
    );
    let rate_noun = ["率", "度", "成績", "順位", "評価", "スコア", "点数", "平均"]
        .iter()
        .any(|n| before.ends_with(n))
        || before.ends_with("中");
    let change_noun = [
        "削減額",
        "削減効果",
        "短縮効果",
        "改善効果",
        "削減幅",
        "増加額",
        "増加幅",
        "効果額",
        "削減時間",
        "短縮時間",
    ]
    .iter()
    .any(|n| before.ends_with(n));
    (rate_unit && rate_noun) || change_noun
}

/// Refines the role of each quantity from the clause it stands in.
fn refine_roles(text: &str, morphs: &[Morpheme], clauses: &[Clause], quantities: &mut [Quantity]) {
    let n = quantities.len();
    for qi in 0..n {
        let q = &quantities[qi];
        if q.role == Role::Date {
            continue;
        }
        let clause = clauses
            .iter()
            .find(|c| c.range.start <= q.range.start && q.range.start < c.range.end);
        let clause_has_outcome = clause.is_some_and(|c| {
            c.predicates
                .iter()
                .any(|p| p.kind == PredicateKind::Outcome)
        });
        // A change word (ゼロ, 半減) in a clause whose problem is the trouble it removed
        // (ミスをゼロにした) still measures the result.
        let in_problem = clause.is_some_and(|c| {
            c.causal || (c.problem && !clause_has_outcome && !q.context.change_word)
        });
        // A change from one figure to another; a date is the start of a period, not a figure
        // (2016年4月から2年間).
        let paired = q.context.from
            && quantities
                .get(qi + 1)
                .is_some_and(|n| n.context.to && n.role != Role::Date)
            || q.context.to
                && qi > 0
                && quantities[qi - 1].context.from
                && quantities[qi - 1].role != Role::Date;
        let after = &text[q.range.end..];
        let scale_marker = [
            "規模",
            "体制",
            "程度の",
            "以上の",
            "超の",
            "名体制",
            "人体制",
        ]
        .iter()
        .any(|m| after.starts_with(m));
        // 「17年間無事故・無違反」: a clean record kept over the period is what was achieved.
        let clean_record = lexicon::CLEAN_RECORD
            .iter()
            .any(|w| after.trim_start().starts_with(w));
        // 「引当結果が数秒で反映されるようにした」「2時間で終わるようになった」: the time a task takes
        // after the change.
        // (「月次決算は翌月7営業日目に締められるようになった」: the new deadline kept.)
        let new_duration = q.role == Role::Period
            && (after.starts_with('で') || after.starts_with("目に") || after.starts_with("目で"))
            && clause.is_some_and(|c| {
                let t = &text[c.range.clone()];
                [
                    "ようにした",
                    "ようになった",
                    "ようになり",
                    "ようにな",
                    "で済む",
                    "で済ん",
                ]
                .iter()
                .any(|x| t.contains(x))
            });
        // 「メンバー2名が、翌年度に個人目標を達成」: a count of people or teams as the subject of the
        // next predicate, across a 読点, is the outcome counted when that predicate is one.
        let subject_count = matches!(q.unit.as_str(), "名" | "人" | "社" | "店" | "チーム")
            && after.starts_with('が')
            && clauses
                .iter()
                .flat_map(|c| c.predicates.iter())
                .find(|p| p.range.start >= q.range.end)
                .is_some_and(|p| {
                    p.kind == PredicateKind::Outcome
                        || in_list(lexicon::OUTCOME_FOR_PEOPLE, &p.base)
                });
        let role = if q.context.denominator || scale_marker || in_problem {
            q.role
        } else if clean_record || new_duration || subject_count {
            Role::Outcome
        } else if q.unit == "位" {
            // A rank (支店内1位, 25名中2位) is an achievement measured by itself.
            Role::Outcome
        } else if q.comparison.is_some() || q.context.change_word {
            Role::Outcome
        } else if clause_has_outcome {
            if q.context.attributive {
                // 120万円のコスト削減 / 30件の新規契約を獲得: the number quantifies the outcome.
                // Morphemes are in text order: those after the number's first one, found by
                // binary search.
                let after_number = morphs.partition_point(|m| m.range.start < q.range.end);
                let rest_morphs = morphs.get(after_number + 1..).unwrap_or(&[]);
                let phrase_len = rest_morphs
                    .iter()
                    .take_while(|m| m.pos != Pos::Particle && !is_comma(m))
                    .count();
                let phrase = &rest_morphs[..phrase_len];
                let particle = rest_morphs.get(phrase_len).map(|m| m.surface.as_str());
                let names_outcome = phrase.iter().any(|m| {
                    in_list(lexicon::OUTCOME_NOUN, &m.base) || in_list(lexicon::OUTCOME, &m.base)
                });
                if names_outcome || matches!(particle, Some("を" | "が")) {
                    Role::Outcome
                } else {
                    q.role
                }
            } else {
                Role::Outcome
            }
        } else if q.context.target
            && text[q.range.end..]
                .trim_start_matches(['約', '程', '度', 'ほ', 'ど'])
                .starts_with("まで")
            && !clause.is_some_and(|c| c.predicates.iter().any(|p| p.kind == PredicateKind::Duty))
        {
            // 「フォロワー約6,000人まで育てた」「差異を△900万円まで縮小」: the level reached.
            Role::Outcome
        } else if paired
            || measured_by_noun(
                &text[clause.map_or(0, |c| c.range.start)..q.range.start],
                q,
                clause,
            )
            || q.context.target
                && clause.is_some_and(|c| {
                    c.predicates.iter().any(|p| {
                        matches!(
                            p.base.as_str(),
                            "する" | "なる" | "抑える" | "収める" | "とどめる"
                        )
                    }) || text[c.range.clone()].contains("にした")
                        || text[c.range.clone()].contains("にしま")
                        || text[c.range.clone()].contains("になった")
                })
        {
            Role::Outcome
        } else {
            q.role
        };
        quantities[qi].role = role;
    }
}

/// Analyses one line of text (normalized), given its morphemes (ranges in `text`).
pub fn analyze_line(text: &str, morphs: &[Morpheme]) -> LineAnalysis {
    let mut quantities = quantity::extract(text, morphs);
    let ranges = clause_ranges(morphs);
    let facts: Vec<ClauseFacts<'_>> = ranges.iter().map(|r| ClauseFacts::of(morphs, r)).collect();
    let mut clauses: Vec<Clause> = ranges
        .iter()
        .zip(&facts)
        .map(|(r, f)| {
            let preds = predicates(morphs, r.clone());
            let (causal, problem) = cause_and_problem(text, morphs, r, f, &preds);
            let byte_range = morphs[r.start].range.start..morphs[r.end - 1].range.end;
            Clause {
                range: byte_range,
                causal,
                problem,
                predicates: preds,
            }
        })
        .collect();
    // Problems written as the object or frame of the action.
    for (c, r) in clauses.iter_mut().zip(&ranges) {
        if !c.problem
            && (adnominal_trouble(text, morphs, r)
                || resolves_trouble(text, &c.range, &c.predicates)
                || replaces_old_way(text, &c.range, &c.predicates))
        {
            c.problem = true;
        }
    }
    // 「拘束時間が290時間を超えるドライバーは九名から０名になりました」「半日かかっていた作業が
    // 20分ほどで終わるように」: a clause that reports a count going from one figure to another, or a
    // task now done in less time, tells what changed; the trouble in its subject is the before side.
    for c in &mut clauses {
        let t = &text[c.range.clone()];
        let acts = c.predicates.iter().any(|p| p.kind == PredicateKind::Action);
        let changed_count = quantities
            .iter()
            .any(|q| q.context.to && c.range.contains(&q.range.start) && q.role != Role::Date)
            && c.predicates.last().is_some_and(|p| p.base == "なる");
        let done_faster = t.trim_end_matches(['。', '、']).ends_with("ように")
            || t.contains("ようになっ")
            || t.contains("ようになり");
        if c.problem && !c.causal && !acts && (changed_count || done_faster) {
            c.problem = false;
        }
    }
    // 「入社当時、出納帳は紙で本社に郵送されており、」「以前は、報告は手書きの出納帳で、」: a line
    // opened by how things were when the seeker came, whose next clause holds no act (only states,
    // passives, a copula), tells the old situation the act below answers.
    let framed_before = lexicon::BEFORE_FRAME.iter().any(|w| {
        text.trim_start()
            .strip_prefix(w)
            .is_some_and(|rest| rest.starts_with(['、', ',', 'は', 'の']))
    });
    if framed_before
        && let Some(c) = clauses
            .iter_mut()
            .take(2)
            .find(|c| !c.predicates.is_empty())
        && c.predicates.iter().all(|p| {
            !matches!(
                p.kind,
                PredicateKind::Action | PredicateKind::Duty | PredicateKind::Outcome
            ) || p.tense == Tense::Passive
        })
    {
        c.problem = true;
    }
    // 「月末に処理が集中し、締めがずれ込んでいた状況を受けて、」「流出が続き、改善を求められて
    // いたことを受けて、」: a situation chained (連用形, て) to a cause clause is part of that cause.
    for k in (0..clauses.len().saturating_sub(1)).rev() {
        let next = &clauses[k + 1];
        let c = &clauses[k];
        let chained_situation = !c.causal
            && !c.predicates.is_empty()
            && c.predicates.iter().all(|p| {
                p.kind == PredicateKind::State && matches!(p.tense, Tense::Past | Tense::Passive)
            })
            && !text[c.range.clone()].contains('。');
        if next.causal && chained_situation {
            let trouble = states_trouble(text, &morphs[ranges[k].clone()])
                || lexicon::TROUBLE_MATCHER.is_match(&text[c.range.clone()]);
            clauses[k].causal = true;
            clauses[k].problem |= trouble;
            clauses[k + 1].problem |= trouble;
        }
    }
    // 「訓練を年2回実施し、開封率を18%から6%に下げた」「稼働率が伸び悩んでいたことを受けて、
    // 事業所22か所を訪問し、」: routine work chained to an outcome is its means, and in answer to a
    // stated trouble it is the response — the seeker's act either way (a step of the work
    // otherwise, see `predicates`).
    // 「早期離職が続く中で、…面談を自ら実施」: so is routine work named in a noun ending after the
    // trouble it answers.
    let states_problem = clauses.iter().any(|c| c.problem);
    if states_problem
        || clauses.iter().any(|c| {
            !c.causal
                && c.predicates.iter().any(|p| {
                    // 「…に貢献」「…につながった」 claim a share, not a change the routine made.
                    p.kind == PredicateKind::Outcome && !in_list(lexicon::VAGUE_OUTCOME, &p.base)
                })
        })
    {
        // The trouble in an earlier clause: 「早期離職への対応」 names a task, not an answer.
        let mut after_problem = false;
        for c in &mut clauses {
            if c.causal {
                after_problem |= c.problem;
                continue;
            }
            for p in &mut c.predicates {
                let step = p.chained && p.tense == Tense::Past;
                let answer = after_problem && p.tense == Tense::NounEnding;
                if p.kind == PredicateKind::Duty
                    && (step || answer)
                    && in_list(lexicon::ROUTINE, &p.base)
                {
                    p.kind = PredicateKind::Action;
                }
            }
            after_problem |= c.problem;
        }
    }
    // 「その結果、…取引を再開し」「結果として…合意を取り付け」: after a sentence opens with the
    // result marker, its verbs report what followed, not another act.
    let mut after_result = false;
    for c in &mut clauses {
        let t = text[c.range.clone()].trim_start_matches([' ', '→', '⇒']);
        if t.starts_with("その結果") || t.starts_with("結果として") || t.starts_with("結果、")
        {
            after_result = true;
        }
        if after_result {
            for p in &mut c.predicates {
                if p.kind == PredicateKind::Action {
                    p.kind = PredicateKind::Outcome;
                }
            }
        }
        if t.ends_with('。') {
            after_result = false;
        }
    }
    // "…していた。" at the end of the line after an explicit act is not a problem statement.
    for c in &mut clauses {
        if c.causal {
            for p in &mut c.predicates {
                if p.kind == PredicateKind::Action || p.kind == PredicateKind::Duty {
                    // An act inside a cause clause (FAXで行われ) is background, not the seeker's act.
                    p.kind = PredicateKind::State;
                }
            }
        }
    }
    // A clause with a が-subject and no を-object reports what happened, not what the seeker
    // did: 出店が相次ぎ, 電話がつながりにくい.
    for (c, f) in clauses.iter_mut().zip(&facts) {
        // 「41社がセット提案を採用し」: a counted subject (customers, staff) is not the seeker.
        if f.subject && (!f.object || f.counted_subject) {
            for p in &mut c.predicates {
                if p.kind == PredicateKind::Action {
                    p.kind = PredicateKind::State;
                }
            }
        }
    }
    // 「訪問し、…を担当」「巡回し、…の確認を行っています」: steps chained to a final duty in
    // the present are that duty's parts, not acts of their own.
    // In answer to a trouble the line states, steps told in the past are what the seeker did
    // about it (「予約がなくなった2020年は、弁当の販売を始め、…配達も自分で担当した」).
    let answers_trouble = clauses.iter().any(|c| c.problem);
    let final_duty = clauses
        .iter()
        .rev()
        .find_map(|c| c.predicates.last())
        .is_some_and(|p| {
            p.kind == PredicateKind::Duty
                && !(answers_trouble && p.tense == Tense::Past)
                && (in_list(lexicon::DUTY, &p.base)
                    || (p.base == "行う" && matches!(p.tense, Tense::Present | Tense::Progressive)))
        });
    // 「月次の売上データを抽出し、部門別の集計表を作成」: making something at a fixed interval
    // (月次, 毎月, 週次) is the routine of the job; a noun ending that is no change on the seeker's
    // initiative (作成, 集計 — not 導入, 刷新) is then a duty with its steps, unless the line
    // states the trouble it answers.
    // (The cheap tests first: the search for a recurring marker runs only on the lines that end
    // in a noun of an act and state no trouble.)
    let ends_in_noun_act = !clauses.iter().any(|c| c.problem)
        && clauses
            .iter()
            .rev()
            .find_map(|c| c.predicates.last())
            .is_some_and(|p| {
                p.kind == PredicateKind::Action
                    && p.tense == Tense::NounEnding
                    && !in_list(lexicon::INITIATIVE, &p.base)
            });
    let routine_end = ends_in_noun_act
        && clauses
            .iter()
            .any(|c| !c.causal && lexicon::RECURRING_MATCHER.is_match(&text[c.range.clone()]));
    if routine_end
        && let Some(p) = clauses
            .iter_mut()
            .rev()
            .find_map(|c| c.predicates.last_mut())
    {
        p.kind = PredicateKind::Duty;
    }
    if final_duty || routine_end {
        for c in &mut clauses {
            // 「新車の提案、試乗の案内、…の手続きを担当した」: bare nouns listed before a held
            // responsibility are its objects, change nouns among them too.
            let bare_item = final_duty && !text[c.range.clone()].contains('を');
            for p in &mut c.predicates {
                if p.kind == PredicateKind::Action
                    && (p.chained || (bare_item && p.tense == Tense::NounEnding))
                {
                    p.kind = PredicateKind::Duty;
                }
            }
        }
    }
    // 「工事台帳へ原価を入力し、毎月末に損益表を作成していました」: steps chained to routine work
    // told as ongoing (〜ていた, 〜ています) share its aspect — the parts of a routine, not acts.
    // A change on the seeker's initiative stays an act (「導入し、現在も運用しています」).
    let final_routine = clauses
        .iter()
        .rev()
        .find_map(|c| c.predicates.last())
        .is_some_and(|p| {
            p.kind == PredicateKind::Duty
                && p.tense == Tense::Progressive
                && !in_list(lexicon::INITIATIVE, &p.base)
        });
    if final_routine && !clauses.iter().any(|c| c.problem) {
        for c in &mut clauses {
            for p in &mut c.predicates {
                if p.chained
                    && p.kind == PredicateKind::Action
                    && !in_list(lexicon::INITIATIVE, &p.base)
                {
                    p.kind = PredicateKind::Duty;
                }
            }
        }
    }
    // 「施工図のチェック、品質管理記録の整備」「宿泊プランの企画、掲載内容の更新」: a line that only
    // lists bare nouns (no を, no verb) names the duties of a post; a change noun in the list is
    // one of them, not an act reported as done.
    let noun_list = clauses.iter().filter(|c| !c.predicates.is_empty()).count() >= 2
        && !text.contains('を')
        && clauses
            .iter()
            .all(|c| !c.causal && c.predicates.iter().all(|p| p.tense == Tense::NounEnding));
    if noun_list {
        for c in &mut clauses {
            for p in &mut c.predicates {
                if p.kind == PredicateKind::Action {
                    p.kind = PredicateKind::Duty;
                }
            }
        }
    }
    // 「SQLの見直しと並列化で35分に短縮」「配賦基準を分けることで改善」: the means of an outcome
    // is the seeker's act.
    let acts = |cs: &[Clause]| {
        cs.iter()
            .any(|c| !c.causal && c.predicates.iter().any(|p| p.kind == PredicateKind::Action))
    };
    let outcome = clauses.iter().any(|c| {
        c.predicates
            .iter()
            .any(|p| p.kind == PredicateKind::Outcome)
    });
    let had_act = acts(&clauses);
    for (c, r) in clauses.iter_mut().zip(&ranges) {
        if c.causal || !outcome || had_act {
            continue;
        }
        if let Some(k) = means_of(morphs, r) {
            c.predicates.push(Predicate {
                base: morphs[k].base.clone(),
                kind: PredicateKind::Action,
                tense: Tense::Past,
                range: morphs[k].range.clone(),
                chained: false,
            });
        }
    }
    // 「新規開拓も担当し、飛び込みと電話でのアポイント獲得を行いました」: beside a responsibility
    // held (担当, 従事), routine work in the past (行った, 対応した) is that responsibility's
    // content, not an act of its own.
    let holds_duty = clauses.iter().any(|c| {
        !c.causal
            && c.predicates
                .iter()
                .any(|p| p.kind == PredicateKind::Duty && in_list(lexicon::DUTY, &p.base))
    });
    let acts_are_routine = clauses.iter().all(|c| {
        c.predicates
            .iter()
            .all(|p| p.kind != PredicateKind::Action || in_list(lexicon::ROUTINE, &p.base))
    });
    if holds_duty && acts_are_routine && !clauses.iter().any(|c| c.problem) {
        for c in &mut clauses {
            for p in &mut c.predicates {
                if p.kind == PredicateKind::Action {
                    p.kind = PredicateKind::Duty;
                }
            }
        }
    }
    refine_roles(text, morphs, &clauses, &mut quantities);
    let problem = clauses.iter().any(|c| c.problem);
    let action = clauses
        .iter()
        .any(|c| !c.causal && c.predicates.iter().any(|p| p.kind == PredicateKind::Action));
    let result = quantities.iter().any(|q| q.role == Role::Outcome);
    let claims_outcome = clauses.iter().any(|c| {
        !c.causal
            && c.predicates
                .iter()
                .any(|p| p.kind == PredicateKind::Outcome)
    });
    let duty = !action && !result && !claims_outcome && !problem;
    LineAnalysis {
        problem,
        action,
        result,
        duty,
        unmeasured_outcome: claims_outcome && !result,
        quantities,
        clauses,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::morph::analyze;
    use crate::text::normalize::Normalized;

    fn run(s: &str) -> LineAnalysis {
        let n = Normalized::new(s).text;
        let m = analyze(&n);
        analyze_line(&n, &m)
    }

    fn pat(s: &str) -> (bool, bool, bool) {
        let a = run(s);
        (a.problem, a.action, a.result)
    }

    #[test]
    fn the_fast_word_char_test_is_is_alphanumeric() {
        for c in '\u{0}'..='\u{FFFF}' {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn listed_and_ongoing_work_is_a_duty_but_its_answer_to_trouble_is_an_act() {
        // Bare nouns listed before a held responsibility, change nouns among them.
        assert!(!run("顧客への新製品の提案、展示会の案内、見積書の手配を担当しました。").action);
        // A bare list of duties with a change noun in it.
        assert!(!run("棚卸し手順書の整備、備品台帳の更新").action);
        assert!(run("棚卸しの手順書を整備し、備品台帳の様式を統一").action);
        // Steps chained to routine work told as ongoing.
        assert!(!run("出荷伝票を確認し、毎週の在庫表を作成していました。").action);
        assert!(run("在庫管理システムを導入し、現在も運用しています。").action);
        // Routine work chained, alone or beside teaching in a held post.
        assert!(!run("新人のOJTを担当し、検品の手順を教えた。").action);
        assert!(!run("先輩の下で、見積書の作成を学んだ").action);
        // Routine work as the means of an outcome, or the answer to a stated trouble.
        assert!(run("検品を二重に実施し、誤出荷を月12件から2件に減らした").action);
        assert!(run("折り返しの漏れが続く中で、当日中の折り返し確認を自ら実施").action);
        assert!(!run("◇折り返し漏れへの対応").action);
        // A level kept is the outcome, not another act.
        assert_eq!(
            pat("原価を実行予算より4%下回って竣工"),
            (false, false, true)
        );
        // An aim is no cause; a trouble as the subject of its own decrease is the result side.
        assert!(!run("冬場の転倒防止のため、手すりの位置を見直した").problem);
        assert!(!run("→ 前年に九件あった誤配が、翌年は一件に減りました。").problem);
        // The cause in kanji, and what sometimes failed.
        assert!(run("手順書が古く、作業が止まる事が多かった為、手順書を改訂しました").problem);
        assert!(run("引き継ぎが口頭のみで、連絡が伝わらないことがありました。").problem);
        // Halving is the result, not an act of making something into something.
        assert_eq!(pat("誤配の件数を半分にしました。"), (false, false, true));
        assert_eq!(pat("→ 9社と取引を再開"), (false, false, true));
    }

    #[test]
    fn duties_are_not_actions() {
        for s in [
            "経理部にて売掛金の管理を担当。",
            "法人営業として既存顧客への提案営業に従事しました。",
            "倉庫内でのピッキング、検品、梱包業務。",
            "約120社のクライアントを担当し、月次の請求業務を行う。",
            "店長代理として15名のアルバイトの勤怠管理を行っています。",
        ] {
            assert_eq!(pat(s), (false, false, false), "{s}");
            assert!(run(s).duty, "{s}");
        }
    }

    #[test]
    fn full_achievements() {
        for s in [
            "請求書の発行ミスが月に十件ほど発生していたため、チェックリストを作成し、ミスを月1件まで減らした。",
            "問い合わせの増加により回答が遅れていたので、FAQページを新設して電話件数を3割削減した。",
            "在庫の数え間違いが多かったことから、バーコード管理を導入し、棚卸差異を半減させた。",
        ] {
            assert_eq!(pat(s), (true, true, true), "{s}: {:?}", run(s).clauses);
        }
    }

    #[test]
    fn scale_numbers_are_not_results() {
        for s in [
            "月間300件の問い合わせを処理。",
            "予算1億円規模のプロジェクトに参画。",
            "20名の部署でリーダーを務めた。",
            "2018年4月から2021年3月まで在籍。",
        ] {
            assert!(!run(s).result, "{s}: {:?}", run(s).quantities);
        }
    }

    #[test]
    fn outcome_numbers_are_results() {
        for s in [
            "年間30件の新規契約を獲得した。",
            "残業時間を月20時間から5時間にした。",
            "前年比115%の売上を達成。",
            "ミス率を7%→3%に改善。",
            "工数を半減させた。",
        ] {
            assert!(run(s).result, "{s}: {:?}", run(s).quantities);
        }
    }

    #[test]
    fn an_outcome_that_did_not_happen_is_not_a_result() {
        let a = run("給与が5年間ほとんど上がらず、評価の基準も曖昧だった。");
        assert!(!a.result, "{:?}", a.quantities);
        let a = run("売上が前年比90%と伸びなかったため、販促を見直した。");
        assert!(a.problem && a.action && !a.result);
    }

    #[test]
    fn purpose_is_not_a_problem() {
        let a = run("作業時間を短縮するため、マクロを作成した。");
        assert!(!a.problem && a.action);
    }

    #[test]
    fn problems_as_people_write_them() {
        for s in [
            "属人化していた請求チェックを手順書にまとめた。",
            "部署間の情報共有不足の課題に対し、週次ミーティングを設けた。",
            "紙とメールに分かれていた受注の流れを一本化した。",
            "二重入力を解消した。",
            "人員が限られる中で配送ルートを組み直した。",
            "売上が落ち込んでいた店舗を任され、売場を見直した。",
            "問い合わせの増加に対応するため、FAQを作成した。",
            "滞っていた未収金の回収を立て直した。",
            "休暇時に止まりがちだった確認業務について、手順書を作った。",
            "市場が冷え込み受注が減る下で、提案先を絞り直した。",
            "出荷が集中し、締めがずれ込んでいた状況を受けて、基準を見直し",
            "顧客先での不良の流出が続き、改善を求められていたことを受けて、記録をデータ化した。",
            "スタッフの早期離職への対応",
            "3時間かかっていた集計作業をマクロにした。",
            "毎月の説明に苦労していた点を、配賦基準を分けて改善した。",
            "紙の申請書で行っていた経費の精算を、ワークフローに切り替えた。",
            "FAXで受けていた注文をWeb発注に一本化した。",
            "競合店の出店の影響で客数が落ち、売場の配置を見直した。",
            "食品の発注を担当者の勘で行っていたのを、販売数を見て決めるやり方に改めた",
            "衛生点検を店長一人で見て回っていて、忙しい日には抜けてしまうことがあった",
            "食材の仕入れ値が上がり続ける中で、仕入れ先を一社にまとめた",
            "電気の工期が当初の5か月から3か月半に縮まる中で、",
            "配送日が選べないことへの不満がレビューに多く、購入をためらう声も届いていた",
            "定期購入の継続率が3回目で大きく落ちることに着目し、冊子を作成",
        ] {
            assert!(run(s).problem, "{s}: {:?}", run(s).clauses);
        }
        for s in [
            "使用していたシステムを刷新した。",
            "新設された部署で受注入力を担当した。",
            "顧客クレームの受付、是正処置の確認",
            "困難事例への対応",
            "照合にかかる時間を計測した。",
            "社内不良率を1.8%から0.7%に低下",
            "紙の資料を作成し、会議で配布した。",
            "口頭で指示を受け、伝票を入力した。",
            "FAXで注文を受け、システムに入力した。",
            "勘定科目の仕訳を行っていたのを、月次で確認した。",
            "売上が上がる中で、人員を増やした。",
            "売上が店舗で高く、本部に事例を報告した。",
        ] {
            assert!(!run(s).problem, "{s}: {:?}", run(s).clauses);
        }
    }

    #[test]
    fn old_ways_before_frames_and_troubles_gone() {
        for s in [
            // The old way as the object of the change that replaced it.
            "申込書をメールで受けて手で転記していたのを、フォームの自動連携に変えた",
            "見積書を担当ごとの様式で作っていたのを、共通の雛形に統一した",
            // A thing handled by some means in the old way, and a change away from an old medium.
            "紙とFAXで受けていた発注の依頼を、Webフォームに一本化",
            "紙の出勤簿からクラウドの勤怠システムに移行し、集計を自動化した",
            // How things were when the seeker came, with no act in the clause.
            "着任当時、店舗の発注は前日の売れ行きだけで決められており、",
            "従来は、日報の提出は紙の様式に限られており、",
            // A trouble predicate told as ongoing, and a year framed by a trouble.
            "繁忙期には配送担当が毎晩遅くまで残業していた",
            "客足が大きく落ち込んだ2021年は、店頭での量り売りを始めた",
        ] {
            assert!(run(s).problem, "{s}: {:?}", run(s).clauses);
        }
        for s in [
            // A routine told as ongoing, a duty at the start, a result that lasts, a trouble gone.
            "受注データを毎日入力していたのを、月次で確認した。",
            "入社当初は、受注入力と請求書の発行を担当",
            "誤配送は月に2件以下になり、その後も続いている",
            "検品の漏れがあるという指摘はなくなった",
            // A count that went down, and a task now done faster: what changed.
            "残業が月40時間を超える社員は6名から1名になった",
            "半日かかっていた集計が10分ほどで終わるように",
            // What was had is not how the work was done.
            "長年使用していた会計ソフトをクラウド版に切り替えた",
        ] {
            assert!(!run(s).problem, "{s}: {:?}", run(s).clauses);
        }
        // How easy a thing became to do is what came of an act, not the act.
        assert!(!run("新人からは、質問しやすくなったと言われるようになった").action);
        // Effort spent, everyday care, a verb noun taking の, and a routine before a vague share.
        for s in [
            "後輩の育成にも力を入れ、職場の雰囲気づくりに貢献した",
            "パートの方の相談に乗り、働きやすい売場づくりに努めた",
            "見守りの記録にも携わり、ご家族からお礼の手紙をいただいた",
            "新しい陳列の方法をスタッフに周知し、売上の向上に貢献",
        ] {
            assert!(!run(s).action, "{s}: {:?}", run(s).clauses);
        }
        // The new deadline kept is the result.
        assert!(run("これにより、月次決算は翌月5営業日目に締められるようになりました。").result);
        assert!(!run("月次決算は翌月5営業日目に締めています。").result);
        // A routine chained to a measured outcome stays its means.
        assert!(run("新しい陳列の方法をスタッフに周知し、客単価を5%上げた").action);
    }

    #[test]
    fn new_clients_assigned_are_no_result() {
        assert!(!run("新規20社を担当").result);
        assert!(!run("契約書の作成と新規12社の管理").result);
    }

    #[test]
    fn frames_of_comparison_and_duration_are_no_acts() {
        for s in [
            "結合テストでの不具合件数は、前回のリリースと比べて約4割減りました",
            "満足度は目標を上回る4.6（5点満点）を2年続けて維持",
            "二重予約はなくなりました。",
        ] {
            assert!(!run(s).action, "{s}: {:?}", run(s).clauses);
        }
        // Comparing as the work itself, and keeping on with an act, stay acts.
        for s in [
            "3社の見積を比べて、仕入先を切り替えた。",
            "声かけを続けて、定着率を上げた。",
        ] {
            assert!(run(s).action, "{s}: {:?}", run(s).clauses);
        }
    }

    #[test]
    fn results_as_people_write_them() {
        for s in [
            "廃棄率▲0.8pt",
            "2017年度 新規12社と契約、新規開拓賞を受賞",
            "粗利率を3ポイント改善した。",
            "満足度4.7（5点満点）",
            "新規開拓15社",
            "赤字から黒字化した。",
            "検索が数秒で済むようになった。",
            "個人売上で地区20名中3位",
            "販売台数 年間82台",
            "入社以来12年間無事故・無違反",
            "集計処理を作り直し、結果が数秒で出るようにした",
            "満足度調査(5段階)で平均4.6点を得た",
            "担当した新人3名が、半年で独り立ち",
            "育成したメンバー2名が、翌年度に目標を達成",
            "アルバイトから登用した4名が、その後店長に昇格",
        ] {
            assert!(run(s).result, "{s}: {:?}", run(s).quantities);
        }
        for s in [
            "新人5名の指導を担当。",
            "5段階評価の面談を実施。",
            "担当顧客数 約80社",
            "メンバー5名が、受注入力を担当",
            "店長に昇格",
        ] {
            assert!(!run(s).result, "{s}: {:?}", run(s).quantities);
        }
    }

    #[test]
    fn a_change_noun_as_the_object_of_suru_is_an_act() {
        assert!(run("工程FMEAの見直しをしました。").action);
        assert!(run("原価率を毎週確認するようにして、前年比2pt改善").action);
        assert!(run("受付システムの刷新をした。").action);
        assert!(!run("会議の進行をする。").action);
        assert!(!run("アルバイトから登用した3名が、その後店長に昇格").action);
    }

    #[test]
    fn acts_as_morphology_gives_them() {
        for s in [
            "週次の会議を工場側と立ち上げた。",
            "締め基準を見直し",
            "説明会を開き、職人にも参加してもらった。",
            "発注時期を前倒しし、価格上昇分を抑えたことで原価を2,100万円圧縮",
            "経費が毎期予算を超過していたことから、部門別の月次予実表を作成",
        ] {
            assert!(run(s).action, "{s}: {:?}", run(s).clauses);
        }
        for s in [
            "その結果、休眠顧客9社との取引を再開し、売上を1.4倍に伸ばした。",
            "夜勤、看取り期の利用者様のケア",
            "異物混入の調査、HACCPプランの見直し、工場監査",
            "月次の売上データを基幹システムから抽出し、部門別の集計表を作成",
            "入社2年目からは新規開拓も担当し、飛び込みと電話でのアポイント獲得を行いました。",
        ] {
            assert!(!run(s).action, "{s}: {:?}", run(s).clauses);
        }
    }

    #[test]
    fn passive_and_effort_are_not_actions() {
        assert!(!run("新しい業務を任された。").action);
        assert!(!run("顧客満足度の向上に努めた。").action);
    }
}

#[cfg(test)]
mod probe {
    #![allow(clippy::print_stdout)]
    /// `NAITEI_PROBE='line|line' cargo test -p naitei-core --lib analysis::probe -- --ignored --nocapture`
    #[test]
    #[ignore = "prints the analysis of lines given by hand"]
    fn print_lines() {
        use crate::text::morph::analyze;
        use crate::text::normalize::Normalized;
        for s in std::env::var("NAITEI_PROBE").unwrap_or_default().split('|') {
            let n = Normalized::new(s).text;
            let m = analyze(&n);
            let a = super::analyze_line(&n, &m);
            println!("== {s}\n  p{} a{} r{}", a.problem, a.action, a.result);
            for c in &a.clauses {
                println!(
                    "  [{}] causal={} problem={} {:?}",
                    &n[c.range.clone()],
                    c.causal,
                    c.problem,
                    c.predicates
                        .iter()
                        .map(|p| format!("{}:{:?}:{:?}", p.base, p.kind, p.tense))
                        .collect::<Vec<_>>()
                );
            }
            for q in &a.quantities {
                println!("  q {} {:?}", &n[q.range.clone()], q.role);
            }
            println!(
                "  morphs {:?}",
                m.iter()
                    .map(|x| format!("{}/{}/{}/{}", x.surface, x.pos1, x.pos2, x.conj_form))
                    .collect::<Vec<_>>()
            );
        }
    }
}
