//! Interview answer coach: reads one answer (転職理由, 志望動機, 自己PR …) and decides whether it
//! would fail, and why. Signals come from structure and meaning: sentences analysed with the
//! résumé line analysis (acts, results, numbers), phrase lexicons kept as data
//! ([`lexicon`]), and where in a clause each phrase stands.
//!
//! A strong answer has both halves: evidence (what you did, with a number or a concrete act)
//! and a contribution (what you will do for this company). Status-only reasons, a learning
//! posture and complaints about the employer are weak unless that contribution is there.

pub mod lexicon;
mod run;
pub mod structure;

pub use run::{review, review_cancellable};

use std::ops::Range;

use serde::Serialize;

use crate::analysis::analyze_line;
use crate::cancel::{Cancel, Cancelled};
use crate::config::Config;
use crate::diagnostic::Finding;
use crate::document::Document;
use crate::text::morph::Pos;
use crate::text::quantity::Role;
use structure::{Group, Sentence, Time};

/// The question an answer replies to: the tracker's vocabulary (`naitei-vocab`), with its codes,
/// labels and speaking-time targets; the classifiers below read Japanese text.
pub use naitei_vocab::QuestionKind;

/// The kind named by a heading (「## 転職理由」「【志望動機】」「Q. あなたの強みは？」).
pub fn kind_from_heading(title: &str) -> Option<QuestionKind> {
    const NAMES: &[(&str, QuestionKind)] = &[
        ("転職理由", QuestionKind::Reason),
        ("退職理由", QuestionKind::Reason),
        ("辞めた理由", QuestionKind::Reason),
        ("志望動機", QuestionKind::Motive),
        ("志望理由", QuestionKind::Motive),
        ("自己PR", QuestionKind::Pr),
        ("自己アピール", QuestionKind::Pr),
        ("自己紹介", QuestionKind::Intro),
        ("逆質問", QuestionKind::Reverse),
        ("質問はありますか", QuestionKind::Reverse),
        ("弱み", QuestionKind::Weakness),
        ("短所", QuestionKind::Weakness),
        ("強み", QuestionKind::Strength),
        ("長所", QuestionKind::Strength),
        ("成功体験", QuestionKind::Success),
        ("成功した", QuestionKind::Success),
        ("失敗体験", QuestionKind::Failure),
        ("失敗した", QuestionKind::Failure),
    ];
    let t = crate::text::normalize::Normalized::new(title).text;
    NAMES.iter().find(|(n, _)| t.contains(n)).map(|(_, k)| *k)
}

/// Guesses the kind from how a question was asked (「自己紹介をお願いします」 is `intro`,
/// 「なぜ当社を志望されたのですか」 is `motive`).
pub fn kind_from_question(question: &str) -> QuestionKind {
    // Spoken cues beyond the heading names; first match wins, so the narrower come first.
    const CUES: [(&[&str], QuestionKind); 8] = [
        (&["辞め", "転職を考え"], QuestionKind::Reason),
        (
            &["なぜ当社", "なぜ弊社", "応募した理由", "応募理由"],
            QuestionKind::Motive,
        ),
        (&["何か質問", "ご質問"], QuestionKind::Reverse),
        (&["アピール"], QuestionKind::Pr),
        (&["苦手"], QuestionKind::Weakness),
        (&["得意"], QuestionKind::Strength),
        (&["失敗"], QuestionKind::Failure),
        (&["成功", "成果", "実績"], QuestionKind::Success),
    ];
    if let Some(kind) = kind_from_heading(question) {
        return kind;
    }
    let t = crate::text::normalize::Normalized::new(question).text;
    CUES.iter()
        .find(|(cues, _)| cues.iter().any(|c| t.contains(c)))
        .map_or(QuestionKind::Other, |(_, k)| *k)
}

/// Characters spoken per minute in Japanese (REFERENCE.md §1: about 300).
pub const CHARS_PER_MINUTE: usize = 300;

/// Speaking time of `characters` characters, in whole seconds (the one figure shown everywhere).
pub fn speaking_seconds(characters: usize) -> u32 {
    ((characters * 60) as f64 / CHARS_PER_MINUTE as f64).round() as u32
}

/// The signals of an answer (SPEC.md: at least status_only, contribution, learning, negative).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Signals {
    /// The only reasons given are employment conditions (form, pay, hours, benefits, stability).
    pub status_only: bool,
    /// A future act of the seeker directed at the company or its work.
    pub contribution: bool,
    /// The company is valued as a place to be taught, with no contribution.
    pub learning: bool,
    /// A complaint about the previous workplace, colleagues or hours, left standing.
    pub negative: bool,
    /// Abstract virtues (協調性, 責任感) with no example.
    #[serde(rename = "abstract")]
    pub abstract_virtue: bool,
    /// A past act of the seeker on an object (what they did).
    pub evidence: bool,
    /// Looks ahead: the seeker names work they want to do or will do.
    pub future: bool,
    /// Mentions employment conditions at all (even in passing).
    pub mentions_status: bool,
    /// A number backs the experience.
    pub number: bool,
    /// 成功体験: the seeker's act led to a stated result.
    pub result: bool,
    /// 失敗体験: what was learnt or changed afterwards.
    pub lesson: bool,
    /// 短所: how the weakness is managed.
    pub managed: bool,
    /// 逆質問: a real question about the work.
    pub question: bool,
    /// 自己紹介: a career summary (duties with a period, or an episode).
    pub career: bool,
    /// Certainty with nothing done to back it (必ず, 確信しています).
    pub overclaim: bool,
}

/// Where each signal was found (normalized byte ranges at morpheme boundaries), for messages.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    pub status: Vec<Range<usize>>,
    pub learning: Vec<Range<usize>>,
    pub negative: Vec<Range<usize>>,
    pub virtues: Vec<Range<usize>>,
    pub contribution: Vec<Range<usize>>,
    /// Past acts of the seeker.
    pub experience: Vec<Range<usize>>,
    /// Wishes about work that are not directed at the company.
    pub wishes: Vec<Range<usize>>,
    /// 逆質問: sentences that decline to ask, ask only about conditions, or ask what the
    /// posting already says.
    pub no_question: Vec<Range<usize>>,
    pub conditions: Vec<Range<usize>>,
    pub posting: Vec<Range<usize>>,
    pub overclaim: Vec<Range<usize>>,
    /// Being taught as the point (教えていただきたい, 成長させてもらえる).
    pub taught: Vec<Range<usize>>,
    /// 失敗体験: what the seeker says they learnt or realised (「確認の大切さを学び」), not negated.
    pub learnt: Vec<Range<usize>>,
    /// Number of sentences.
    pub sentences: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct AnswerReview {
    pub question: QuestionKind,
    /// Heading the answer stood under, when the file held several.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// First line of the answer in the file.
    pub line: usize,
    pub weak: bool,
    pub score: u8,
    pub signals: Signals,
    pub characters: usize,
    pub speaking_seconds: u32,
    /// The speaking-time target of this kind of question.
    pub length_target: &'static str,
    /// What a strong answer to this question contains.
    pub advice: &'static str,
    /// 逆質問: questions that align the picture of the work.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggested_questions: Vec<&'static str>,
    pub diagnostics: Vec<Finding>,
}

/// Everything the answer rules read.
pub struct AnswerContext<'a> {
    pub doc: &'a Document,
    pub kind: QuestionKind,
    pub signals: &'a Signals,
    pub evidence: &'a Evidence,
    pub characters: usize,
    pub speaking_seconds: u32,
    pub weak: bool,
    pub config: &'a Config,
}

fn find_all(text: &str, words: &[&str], base: usize, out: &mut Vec<Range<usize>>) {
    for w in words {
        for (i, _) in text.match_indices(w) {
            out.push(base + i..base + i + w.len());
        }
    }
}

/// Widens a byte range of the document text to the morphemes it touches.
fn to_morphemes(s: &Sentence, r: Range<usize>) -> Range<usize> {
    let start = s
        .morphs
        .iter()
        .filter(|m| m.range.start <= r.start)
        .map(|m| m.range.start)
        .max()
        .unwrap_or(r.start);
    let end = s
        .morphs
        .iter()
        .filter(|m| m.range.end >= r.end)
        .map(|m| m.range.end)
        .min()
        .unwrap_or(r.end);
    start..end.max(start)
}

fn any_in(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// The head with up to two morphemes before it (for stems such as 役に立, 力にな).
fn head_phrase<'a>(text: &'a str, s: &Sentence, g: &Group) -> &'a str {
    let from = g.args.end.saturating_sub(2).max(g.args.start);
    let start = if g.args.is_empty() {
        g.head.start
    } else {
        s.morphs[from].range.start
    };
    &text[start..g.head.end]
}

/// A person other than the seeker marked as subject among the arguments (上司が…).
fn third_party_subject(s: &Sentence, g: &Group) -> bool {
    let a = &s.morphs[g.args.clone()];
    a.windows(2).any(|w| {
        lexicon::THIRD_PARTY
            .iter()
            .any(|t| w[0].surface.ends_with(t))
            && w[1].pos == Pos::Particle
            && matches!(w[1].surface.as_str(), "が" | "は")
    })
}

fn in_list(list: &[&str], base: &str) -> bool {
    list.contains(&base)
}

/// Does a range of argument morphemes name a concrete thing (a noun that is not the seeker's
/// ability, a vague target, the company's name or a pronoun)?
fn names_work(s: &Sentence, args: &Range<usize>) -> bool {
    // Compounds: runs of nouns (専門＋性, 受発注＋業務) judged as a whole and by their head.
    // A run is dropped when it is not an argument: a predicate nominal (「業界大手の企業であり、」
    // 「営業職です」) or an adjectival noun used as a manner or attribute (「専門的に」「嫌なこと」).
    let mut compounds: Vec<(String, usize)> = Vec::new();
    let mut current = String::new();
    let mut content = 0;
    let mut last_adjectival = false;
    let mut flush = |current: &mut String,
                     content: &mut usize,
                     adjectival: bool,
                     next: Option<&crate::text::morph::Morpheme>| {
        let predicate = next
            .is_some_and(|n| n.pos == Pos::Auxiliary && matches!(n.base.as_str(), "だ" | "です"));
        let manner = adjectival && next.is_some_and(|n| matches!(n.surface.as_str(), "な" | "に"));
        if !current.is_empty() && !predicate && !manner {
            compounds.push((std::mem::take(current), *content));
        }
        current.clear();
        *content = 0;
    };
    for k in args.clone() {
        let m = &s.morphs[k];
        // 時間＋帯: an adverbial noun with a suffix is a noun again.
        let suffixed = m.pos1 == "副詞可能"
            && s.morphs
                .get(k + 1)
                .is_some_and(|n| n.pos == Pos::Noun && n.pos1 == "接尾");
        // The head of another predicate in the run (勉強 of 勉強させていただき) is no argument.
        let predicate = s.groups.iter().any(|g| {
            g.head.start <= m.range.start && m.range.start < s.morphs[g.end - 1].range.end
        });
        let noun = m.pos == Pos::Noun
            && !predicate
            && (suffixed || !matches!(m.pos1, "非自立" | "代名詞" | "副詞可能"));
        if noun {
            current.push_str(&m.surface);
            last_adjectival = m.pos1 == "形容動詞語幹" || m.pos2 == "形容動詞語幹";
            if !matches!(m.pos1, "数" | "接尾") {
                content += 1;
            }
        } else {
            flush(&mut current, &mut content, last_adjectival, Some(m));
        }
    }
    flush(
        &mut current,
        &mut content,
        last_adjectival,
        s.morphs.get(args.end),
    );
    compounds.iter().any(|(c, content)| {
        *content > 0
            && !lexicon::ABILITY.iter().any(|a| c.ends_with(a))
            && !lexicon::VIRTUES.iter().any(|a| c.ends_with(a))
            && !in_list(lexicon::VAGUE, c)
            && !any_in(c, lexicon::CONDITION)
            && !lexicon::COMPANY.iter().any(|x| x.contains(c.as_str()))
            && !lexicon::VAGUE
                .iter()
                .any(|v| c.ends_with(v) && c.chars().count() <= v.chars().count() + 1)
    })
}

/// Does the を-object of a group (the noun compound right before the last を) name a concrete
/// thing? 「販売の仕事をしてきました」: the object is 仕事, which names nothing done.
fn object_names_work(s: &Sentence, g: &Group) -> bool {
    let range = if s.morphs[g.args.clone()].iter().any(|m| m.surface == "を") {
        g.args.clone()
    } else {
        g.chain_args.clone()
    };
    let Some(wo) = range
        .clone()
        .rev()
        .find(|&k| s.morphs[k].pos == Pos::Particle && s.morphs[k].surface == "を")
    else {
        return false;
    };
    let mut start = wo;
    while start > range.start && s.morphs[start - 1].pos == Pos::Noun {
        start -= 1;
    }
    // 「ミスをした」: making the error is not an act; 「出荷ミスを減らした」 is.
    let mishap = matches!(g.base.as_str(), "する" | "犯す")
        && s.morphs[start..wo]
            .iter()
            .any(|m| lexicon::MISHAP.contains(&m.surface.as_str()));
    if mishap {
        return false;
    }
    if names_work(s, &(start..wo)) {
        return true;
    }
    // A nominalised clause as the object (「脱衣所を暖めておくことを…相談して」): what the
    // clause acts on is the object.
    let nominaliser = wo > 0
        && matches!(s.morphs[wo - 1].surface.as_str(), "こと" | "の")
        && s.morphs[wo - 1].pos == Pos::Noun;
    // The clause is the run of nominal, linked and modifying groups that ends at the object.
    nominaliser
        && s.groups
            .iter()
            .rev()
            .filter(|c| c.end < wo)
            .take_while(|c| c.nominal || c.linked || c.adnominal)
            .any(|c| c.nominal && c.object && object_names_work(s, c))
}

/// 「異変を早めに共有できる職員でありたい」「信頼を取り戻せる営業を目指します」: an act that
/// describes the role the seeker wants to become is the seeker's own future act.
fn aims_to_be(s: &Sentence, g: &Group) -> bool {
    g.adnominal
        && s.groups
            .iter()
            .find(|n| n.head.start >= s.morphs[g.end - 1].range.end)
            .is_some_and(|n| {
                !n.negated
                    && n.time == Time::NonPast
                    && ((n.want && matches!(n.base.as_str(), "ある" | "なる"))
                        || n.base == "目指す")
            })
}

/// The noun compound right before the last を of a group's own arguments.
fn object_compound(s: &Sentence, g: &Group) -> Option<String> {
    let wo = g
        .args
        .clone()
        .rev()
        .find(|&k| s.morphs[k].pos == Pos::Particle && s.morphs[k].surface == "を")?;
    let mut start = wo;
    while start > g.args.start && s.morphs[start - 1].pos == Pos::Noun {
        start -= 1;
    }
    Some(
        s.morphs[start..wo]
            .iter()
            .map(|m| m.surface.as_str())
            .collect(),
    )
}

/// A subject marked with が among the arguments of the group itself (「売上が伸び、」): an
/// event, not the seeker's act.
fn has_subject(s: &Sentence, g: &Group) -> bool {
    s.morphs[g.args.clone()]
        .iter()
        .any(|m| m.pos == Pos::Particle && m.surface == "が")
}

/// 「営業をしていました」「関係づくりを大切にしてきました」: a bare する that states a role
/// (progressive) or a value (〜にする) is not an act.
fn bare_suru_state(s: &Sentence, g: &Group) -> bool {
    g.base == "する"
        && (g.progressive
            || g.args.end > 0
                && s.morphs
                    .get(g.args.end - 1)
                    .is_some_and(|m| m.surface == "に"))
}

/// A past act of the seeker on a concrete object: what they did (an episode). Duties
/// (担当していました), effort (心がけた), reached targets (達成しました) and routine work in the
/// present are not acts.
fn is_experience(s: &Sentence, g: &Group) -> bool {
    use crate::analysis::lexicon as al;
    let routine_now =
        in_list(al::ROUTINE, &g.base) && g.time != Time::Past && !g.habit && !g.linked;
    !g.adjective
        && !g.manner
        && !g.negated
        && !g.passive
        && !g.benefactive
        && !g.wish
        && !s.question
        && g.time == Time::Past
        && (object_names_work(s, g) || (g.number && g.object))
        && !bare_suru_state(s, g)
        && !in_list(lexicon::MENTAL, &g.base)
        && !in_list(lexicon::GENERIC, &g.base)
        && !in_list(lexicon::LEARN, &g.base)
        && !in_list(lexicon::OUTCOME_ONLY, &g.base)
        && !in_list(al::DUTY, &g.base)
        && !in_list(al::EFFORT, &g.base)
        && !routine_now
        && !third_party_subject(s, g)
}

/// A career summary line: a duty or a period of work (「経理として15年間勤務してきました」).
fn is_career(s: &Sentence, g: &Group) -> bool {
    (g.time == Time::Past || g.progressive)
        && !g.negated
        && (in_list(crate::analysis::lexicon::DUTY, &g.base)
            || matches!(g.base.as_str(), "働く" | "まとめる" | "率いる"))
        && s.morphs[g.chain_args.clone()]
            .iter()
            .any(|m| m.is_number() || m.pos1 == "固有名詞")
}

/// A future act of the seeker aimed at the company or its work that names what they will do
/// (御社で〜に活かす, 〜として〜を担う). A bare 「貢献したい」「戦力として」 names nothing.
fn is_contribution(text: &str, s: &Sentence, g: &Group) -> bool {
    if g.adjective
        || g.manner
        || g.negated
        || g.passive
        || g.benefactive
        || s.question
        || g.time != Time::NonPast
        || (g.progressive && !g.wish)
        || third_party_subject(s, g)
    {
        return false;
    }
    let phrase = head_phrase(text, s, g);
    let stem = any_in(phrase, lexicon::CONTRIBUTE);
    let act = !in_list(lexicon::MENTAL, &g.base)
        && !in_list(lexicon::SELF_CHANGE, &g.base)
        && !in_list(lexicon::GENERIC, &g.base)
        && !is_learning_head(phrase, g)
        && !in_list(lexicon::TAUGHT, &g.base);
    // A wish or ability that leads to leaving (「〜に挑戦したいと思い転職を決めました」) is the
    // reason for the move, not what the seeker will do for the company.
    let after = &text[g.head.end..s.range.end];
    let leaving = any_in(after, lexicon::LEAVING);
    let aimed =
        stem || any_in(s.text(text), lexicon::COMPANY) || ((g.wish || g.potential) && !leaving);
    // Raising one's own ability (「事務の専門性を高めたい」) is growth for the seeker; with a
    // giving verb (「経験を活かして」) it is what they bring.
    if !stem
        && object_compound(s, g).is_some_and(|c| lexicon::ABILITY.iter().any(|a| c.ends_with(a)))
    {
        return false;
    }
    (stem || act)
        && aimed
        && (!g.adnominal || stem || g.nominal || aims_to_be(s, g))
        && !bare_suru_state(s, g)
        && (names_work(s, &g.chain_args) || (g.object && object_names_work(s, g)))
}

/// A head of acquiring ability for oneself (学ぶ, 身につける).
fn is_learning_head(phrase: &str, g: &Group) -> bool {
    in_list(lexicon::LEARN, &g.base)
        || phrase.ends_with("身につけ")
        || phrase.ends_with("身に付け")
        || phrase.contains("身につけ")
        || phrase.contains("身に付け")
}

/// A wish about work (「専門性を高めたい」): what the seeker wants to achieve, not a condition.
fn is_work_wish(text: &str, s: &Sentence, g: &Group) -> bool {
    let args = &text[s.morphs[g.chain_args.start.min(s.morphs.len() - 1)]
        .range
        .start
        ..g.head.start.max(
            s.morphs[g.chain_args.start.min(s.morphs.len() - 1)]
                .range
                .start,
        )];
    g.wish
        && !g.adjective
        && !g.negated
        && !bare_suru_state(s, g)
        && !s.question
        && (g.object || args.contains('に'))
        && !in_list(lexicon::MENTAL, &g.base)
        && !in_list(lexicon::SELF_CHANGE, &g.base)
        && !in_list(lexicon::GENERIC, &g.base)
        && !is_learning_head(head_phrase(text, s, g), g)
        && !any_in(args, lexicon::CONDITION)
        && !condition_modifies(text, s, g)
}

/// The object of a wish is modified by a condition (「お給料の良い仕事をしたい」): the wish is
/// about the condition, not the work.
fn condition_modifies(text: &str, s: &Sentence, g: &Group) -> bool {
    s.groups.iter().any(|m| {
        m.adnominal && m.end == g.args.start && any_in(&text[m.span.clone()], lexicon::CONDITION)
    })
}

/// Clauses of a sentence as morpheme index ranges: cut at 読点 and conjunctive particles.
fn clauses(s: &Sentence) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for (i, m) in s.morphs.iter().enumerate() {
        let cut = (m.pos == Pos::Symbol && matches!(m.surface.as_str(), "、" | "," | "，"))
            || (m.pos == Pos::Particle && m.pos1 == "接続助詞")
            || (m.pos == Pos::Auxiliary && m.base == "ぬ" && m.surface == "ず");
        if cut {
            if start == i && m.pos == Pos::Symbol {
                // A 読点 right after a conjunctive particle closes the same clause.
                if let Some(last) = out.last_mut() {
                    last.end = i + 1;
                }
            } else {
                out.push(start..i + 1);
            }
            start = i + 1;
        }
    }
    if start < s.morphs.len() {
        out.push(start..s.morphs.len());
    }
    out
}

/// Computes the signals of an answer to a question of `kind`.
pub fn signals(doc: &Document, kind: QuestionKind) -> (Signals, Evidence) {
    use QuestionKind as K;
    let text = doc.text();
    let sentences = structure::sentences(doc);
    let mut ev = Evidence::default();
    let mut number = false;
    let mut result = false;
    let mut career = false;
    let mut seen_experience = false;
    let mut real_questions = 0;
    // 失敗体験: the seeker acted after naming the cause (「…が原因だったため、…棚を作り」):
    // that act is what changed.
    let mut cause_named = false;
    let mut acted_on_cause = false;
    let mut neg_candidates: Vec<(usize, Range<usize>)> = Vec::new();
    // Per sentence: does it carry an act or a wish (what the seeker did or wants)?
    let mut acts = vec![false; sentences.len()];
    let status_kinds = matches!(kind, K::Reason | K::Motive | K::Other | K::Reverse);
    let training_kinds = matches!(
        kind,
        K::Reason | K::Motive | K::Other | K::Reverse | K::Intro
    );
    for (k, s) in sentences.iter().enumerate() {
        let sentence = s.text(text);
        let rel: Vec<_> = s
            .morphs
            .iter()
            .map(|m| {
                let mut m = m.clone();
                m.range = m.range.start - s.range.start..m.range.end - s.range.start;
                m
            })
            .collect();
        let a = analyze_line(sentence, &rel);
        // 一日も早く, 一度も: idioms, not quantities.
        let numbers = a.quantities.iter().any(|q| {
            q.role != Role::Date
                && !(q.text.starts_with('一') && sentence[q.range.end..].starts_with('も'))
        });
        let mut has_experience = false;
        for g in &s.groups {
            let experience = is_experience(s, g);
            if experience {
                has_experience = true;
                ev.experience.push(g.span.clone());
            }
            career |= is_career(s, g);
            // A result: something that happened after the seeker's first act (減りました,
            // 採用されました), not a thought.
            if seen_experience
                && !experience
                && g.time == Time::Past
                && !g.negated
                && (!g.linked || g.habit || has_subject(s, g))
                && !in_list(lexicon::MENTAL, &g.base)
            {
                result = true;
            }
            if experience && in_list(crate::analysis::lexicon::OUTCOME, &g.base) {
                result = true;
            }
            seen_experience |= experience;
            if is_contribution(text, s, g) {
                ev.contribution.push(g.span.clone());
                acts[k] = true;
            } else if is_work_wish(text, s, g) {
                ev.wishes.push(g.span.clone());
                acts[k] = true;
            }
            // Being taught: 教えていただく, 成長させてもらえる, 勉強させていただきたい.
            if g.benefactive
                && g.time == Time::NonPast
                && !g.negated
                && !s.question
                && in_list(lexicon::TAUGHT, &g.base)
            {
                ev.taught.push(g.span.clone());
            }
            // Starting from nothing: 一から学びたい.
            if g.time == Time::NonPast
                && (in_list(lexicon::LEARN, &g.base) || in_list(lexicon::TAUGHT, &g.base))
                && any_in(
                    &text[s.morphs[g.chain_args.start.min(s.morphs.len() - 1)]
                        .range
                        .start..g.head.end],
                    lexicon::FROM_ZERO,
                )
            {
                ev.learning.push(g.span.clone());
            }
            // Trying something new as the wish itself (SPEC.md capability 2: 「未経験ですが
            // 挑戦したい」): a learning posture unless a contribution follows.
            if g.wish
                && !s.question
                && (g.base == "挑戦" || g.base == "チャレンジ")
                && kind != K::Reverse
            {
                ev.learning.push(g.span.clone());
            }
            // What was learnt from a failure (「大切さを学び」「甘さを痛感しました」).
            if !g.negated && !s.question && in_list(lexicon::LEARNT, &g.base) {
                ev.learnt.push(g.span.clone());
            }
            // Someone would not help: 〜てくれない／〜てもらえない is a complaint by its form.
            if g.benefactive && g.negated {
                neg_candidates.push((k, g.span.clone()));
            }
        }
        acts[k] |= has_experience;
        if let Some(at) = sentence.find("原因") {
            cause_named = true;
            acted_on_cause |= s
                .groups
                .iter()
                .any(|g| g.head.start >= s.range.start + at && is_experience(s, g));
        } else {
            acted_on_cause |= cause_named && has_experience;
        }
        if has_experience {
            number |= numbers;
            result |= a.result;
        }
        // What the seeker's own acts are about (残業を減らした) is not a complaint or a condition.
        let acted_on: Vec<Range<usize>> = s
            .groups
            .iter()
            .filter(|g| is_experience(s, g))
            .map(|g| g.span.clone())
            .collect();
        let inside_act = |r: &Range<usize>| {
            acted_on
                .iter()
                .any(|a| a.start <= r.start && r.end <= a.end)
        };
        // Conditions, when they stand in what the seeker wants or what troubles them now (the
        // predicate after them is not past narration: 「派遣社員として3年間担当してきました」 is
        // not a reason).
        if status_kinds {
            let mut cond = Vec::new();
            find_all(sentence, lexicon::CONDITION, s.range.start, &mut cond);
            cond.retain(|r| {
                !inside_act(r)
                    && s.groups
                        .iter()
                        .find(|g| g.head.start >= r.end)
                        .is_none_or(|g| {
                            // A condition denied, even in the past (「残業代は出ませんでした」),
                            // is what troubled the seeker.
                            g.time == Time::NonPast || g.negated || (!g.own_past && g.adjective)
                        })
            });
            ev.status
                .extend(cond.iter().map(|r| to_morphemes(s, r.clone())));
        }
        // The employer's training, valued (or asked about, in a 逆質問).
        if training_kinds && (!s.question || kind == K::Reverse) {
            let mut training = Vec::new();
            find_all(sentence, lexicon::TRAINING, s.range.start, &mut training);
            training.retain(|r| !inside_act(r));
            ev.learning
                .extend(training.into_iter().map(|r| to_morphemes(s, r)));
        }
        let mut virtues = Vec::new();
        find_all(sentence, lexicon::VIRTUES, s.range.start, &mut virtues);
        ev.virtues
            .extend(virtues.into_iter().map(|r| to_morphemes(s, r)));
        // Complaints: a trouble word, or a topic and a trouble predicate in its clause or the
        // next one.
        let cls = clauses(s);
        for (ci, c) in cls.iter().enumerate() {
            let cr = s.morphs[c.start].range.start..s.morphs[c.end - 1].range.end;
            let ct = &text[cr.clone()];
            let reach_end = cls
                .get(ci + 1)
                .map_or(cr.end, |n| s.morphs[n.end - 1].range.end);
            let reach = &text[cr.start..reach_end];
            // 「不満はない」: a trouble word denied is not a complaint.
            let denied = |w: &str| {
                reach.find(w).is_some_and(|i| {
                    let after: String = reach[i..].chars().take(12).collect();
                    after.contains("ない") || after.contains("ありません")
                })
            };
            let explicit = lexicon::TROUBLE
                .iter()
                .any(|w| ct.contains(w) && !denied(w));
            let topic_at = lexicon::NEGATIVE_TOPIC
                .iter()
                .filter_map(|t| ct.find(t).map(|i| (i, *t)))
                .min();
            let about_topic = topic_at.is_some_and(|(at, t)| {
                let after = &reach[at..];
                lexicon::TROUBLE_PREDICATE
                    .iter()
                    .any(|p| after.contains(p) && !denied(p))
                    || lexicon::TROUBLE_AMOUNT.iter().any(|(topics, preds)| {
                        topics.contains(&t) && any_in(&after[t.len()..], preds)
                    })
                    || (lexicon::TROUBLE_AMOUNT[1].0.contains(&t)
                        && any_in(&after[t.len()..], &["なく", "なかっ", "ない", "足り"]))
                    || s.groups.iter().any(|g| {
                        g.negated
                            && !g.adjective
                            && g.head.start >= cr.start + at
                            && g.head.end <= reach_end
                            && s.morphs[g.chain_args.clone()]
                                .iter()
                                .any(|m| m.range.start == cr.start + at || m.surface.contains(t))
                    })
            });
            // A question to the interviewer (「人手が足りていない業務は何でしょうか」) asks
            // about the new workplace; it complains about nothing.
            if (explicit || about_topic) && !inside_act(&cr) && !s.question {
                neg_candidates.push((k, to_morphemes(s, cr)));
            }
        }
        // 逆質問.
        if kind == K::Reverse {
            if s.question {
                let conditions = any_in(sentence, lexicon::CONDITION)
                    && !any_in(sentence, &["業務", "仕事", "評価", "役割"]);
                let posting = any_in(sentence, lexicon::POSTING_FACTS);
                if conditions {
                    ev.conditions.push(s.range.clone());
                } else if posting {
                    ev.posting.push(s.range.clone());
                } else {
                    real_questions += 1;
                }
            } else if any_in(sentence, lexicon::NO_QUESTION) {
                ev.no_question.push(s.range.clone());
            }
        }
        // Certainty about what is to come (「必ず結果を出します」), not a habit (「必ず二回
        // 確認するようにしています」).
        // The predicate the certainty word bears on is the first after it (「必ず御社の売上を
        // 120%にできると自信を持っています」: できる), else the last; a progressive is a
        // promise too when a future time is named (「10年後には必ず役員になっています」).
        let certainty = lexicon::OVERCLAIM
            .iter()
            .filter_map(|w| sentence.find(w))
            .min()
            .map(|at| s.range.start + at);
        let future_time = any_in(sentence, lexicon::FUTURE_TIME);
        let promise = certainty.is_some_and(|at| {
            s.groups
                .iter()
                .find(|g| g.head.start >= at)
                .or(s.groups.last())
                .is_some_and(|g| {
                    g.time == Time::NonPast && !g.habit && (!g.progressive || future_time)
                })
        });
        if promise && !s.question {
            ev.overclaim.push(s.range.clone());
        }
        // A figure promised for the future (「3年以内に売上1億円を達成して」): confidence that
        // only a past act could back.
        for g in &s.groups {
            if g.time == Time::NonPast
                && !g.negated
                && in_list(lexicon::OUTCOME_ONLY, &g.base)
                && s.morphs[g.chain_args.clone()].iter().any(|m| m.is_number())
            {
                ev.overclaim.push(g.span.clone());
            }
        }
    }
    // A complaint followed (in the same or the next sentence) by what the seeker did or wants
    // is background, not the reason.
    let mut negative: Vec<Range<usize>> = neg_candidates
        .iter()
        .filter(|(k, r)| {
            let s = &sentences[*k];
            let later_here = s.groups.iter().any(|g| {
                g.head.start >= r.end
                    && (is_experience(s, g)
                        || is_contribution(text, s, g)
                        || is_work_wish(text, s, g))
            });
            let next = acts.get(k + 1).copied().unwrap_or(false);
            !(later_here || next)
        })
        .map(|(_, r)| r.clone())
        .collect();
    negative.sort_by_key(|r| r.start);
    negative.dedup_by(|a, b| a.start < b.end);
    let evidence = !ev.experience.is_empty();
    let contribution = !ev.contribution.is_empty();
    let wish = !ev.wishes.is_empty();
    let mentions_status = !ev.status.is_empty();
    let status_only = if kind == K::Reverse {
        !ev.conditions.is_empty() && real_questions == 0
    } else {
        mentions_status && !contribution && !wish && status_kinds
    };
    let whole = text.trim();
    let signals = Signals {
        status_only,
        contribution,
        learning: !ev.taught.is_empty() || (!ev.learning.is_empty() && !contribution),
        negative: !negative.is_empty(),
        abstract_virtue: !ev.virtues.is_empty() && !evidence,
        evidence,
        future: contribution || wish,
        mentions_status,
        number: number && evidence,
        result: evidence && result,
        lesson: any_in(whole, lexicon::LESSON) || acted_on_cause,
        managed: any_in(whole, lexicon::MANAGED),
        question: real_questions > 0,
        career: career || evidence,
        overclaim: !ev.overclaim.is_empty() && !evidence,
    };
    ev.negative = negative;
    ev.sentences = sentences.len();
    let taught = std::mem::take(&mut ev.taught);
    ev.learning.extend(taught);
    ev.learning.sort_by_key(|r| r.start);
    (signals, ev)
}

/// Is the answer weak for its kind? Each kind is judged on its own core (issue 17 §3):
/// 転職理由・志望動機 the contribution, 長所・自己PR・自己紹介 the experience, 成功体験 an act
/// and its result, 失敗体験 what was learnt, 短所 how it is managed, 逆質問 a real question.
pub fn judge(kind: QuestionKind, s: &Signals, sentences: usize, seconds: u32) -> bool {
    let bad = s.status_only || s.negative || s.learning || s.overclaim;
    let core = match kind {
        QuestionKind::Reason | QuestionKind::Motive => s.contribution,
        QuestionKind::Pr | QuestionKind::Strength => s.evidence,
        QuestionKind::Intro => s.career,
        QuestionKind::Success => s.evidence && s.result,
        QuestionKind::Failure => s.lesson && s.evidence,
        QuestionKind::Weakness => s.managed,
        QuestionKind::Reverse => return !s.question || s.negative || s.learning || s.status_only,
        QuestionKind::Other => s.evidence || s.contribution,
    };
    // One sentence with neither experience nor contribution is never a good answer.
    let empty = sentences <= 1 && !s.evidence && !s.contribution;
    // Far beyond the kind's time: the point is lost.
    let long = seconds > kind.max_seconds();
    bad || !core || empty || long
}

/// How well the length fits the kind's target, 0–1.
fn length_fit(kind: QuestionKind, seconds: u32) -> f64 {
    let (lo, hi) = match kind {
        QuestionKind::Reverse => (5.0, 60.0),
        QuestionKind::Intro => (60.0, 180.0),
        _ => (60.0, 120.0),
    };
    let s = f64::from(seconds);
    if s < lo {
        s / lo
    } else if s > hi {
        (1.0 - (s - hi) / hi).max(0.0)
    } else {
        1.0
    }
}

/// Score 0–100 that ranks answers of one kind the way an interviewer would: weak answers
/// 5–55, others 60–100, and within each band by how much of the kind's content is there.
pub fn score(kind: QuestionKind, s: &Signals, ev: &Evidence, seconds: u32, weak: bool) -> u8 {
    let b = |x: bool| if x { 1.0 } else { 0.0 };
    let experience = if s.evidence {
        0.6 + 0.2 * b(s.number) + 0.2 * b(ev.experience.len() >= 2)
    } else {
        0.0
    };
    let contribution = if s.contribution {
        0.7 + 0.3 * b(s.evidence)
    } else if s.future {
        0.3
    } else {
        0.0
    };
    let lf = length_fit(kind, seconds);
    let raw = match kind {
        QuestionKind::Reason | QuestionKind::Motive => {
            0.40 * contribution + 0.30 * experience + 0.10 * b(s.future) + 0.20 * lf
        }
        QuestionKind::Pr | QuestionKind::Strength => {
            0.50 * experience + 0.20 * contribution + 0.10 * b(s.future) + 0.20 * lf
        }
        QuestionKind::Success => {
            0.35 * experience + 0.30 * b(s.result) + 0.15 * contribution + 0.20 * lf
        }
        QuestionKind::Failure => {
            0.40 * b(s.lesson) + 0.25 * experience + 0.15 * contribution + 0.20 * lf
        }
        QuestionKind::Weakness => {
            0.40 * b(s.managed) + 0.20 * experience + 0.20 * contribution + 0.20 * lf
        }
        QuestionKind::Intro => {
            0.30 * b(s.career)
                + 0.25 * experience
                + 0.15 * contribution
                + 0.10 * b(s.number)
                + 0.20 * lf
        }
        QuestionKind::Reverse => {
            let clean =
                ev.conditions.is_empty() && ev.posting.is_empty() && ev.no_question.is_empty();
            0.60 * b(s.question) + 0.20 * b(clean) + 0.20 * lf
        }
        QuestionKind::Other => {
            0.35 * experience + 0.35 * contribution + 0.10 * b(s.future) + 0.20 * lf
        }
    };
    let penalties = [
        s.status_only,
        s.negative,
        s.learning,
        s.abstract_virtue,
        s.overclaim,
    ]
    .iter()
    .filter(|&&f| f)
    .count() as f64;
    let raw = raw.clamp(0.0, 1.0);
    let score = if weak {
        // What is there still ranks weak answers; each problem costs a step.
        10.0 + 45.0 * raw - 6.0 * penalties
    } else {
        60.0 + 40.0 * raw
    };
    score.clamp(0.0, 100.0).round() as u8
}

/// One answer in a file of several.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub kind: Option<QuestionKind>,
    pub title: Option<String>,
    /// 1-based line of the first line of the answer text.
    pub line: usize,
    pub text: String,
}

/// Splits a Markdown file of answers under headings (「## 転職理由」「【志望動機】」「■自己PR」
/// 「Q. 強みは？」). A file without headings is one answer.
pub fn split(source: &str) -> Vec<Part> {
    let mut parts: Vec<Part> = Vec::new();
    let mut current: Option<Part> = None;
    for (i, raw) in source.lines().enumerate() {
        let t = raw.trim();
        let heading = heading_title(t);
        if let Some(title) = heading {
            if let Some(p) = current.take() {
                parts.push(p);
            }
            current = Some(Part {
                kind: kind_from_heading(title),
                title: Some(title.to_string()),
                line: i + 2,
                text: String::new(),
            });
            continue;
        }
        let p = current.get_or_insert_with(|| Part {
            kind: None,
            title: None,
            line: i + 1,
            text: String::new(),
        });
        if p.text.is_empty() && t.is_empty() {
            p.line = i + 2;
            continue;
        }
        p.text.push_str(raw);
        p.text.push('\n');
    }
    if let Some(p) = current {
        parts.push(p);
    }
    parts.retain(|p| !p.text.trim().is_empty());
    parts
}

fn heading_title(t: &str) -> Option<&str> {
    let hashes = t.chars().take_while(|&c| c == '#').count();
    if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
        return Some(t[hashes..].trim());
    }
    for (open, close) in [("【", "】"), ("[", "]")] {
        if let Some(rest) = t.strip_prefix(open)
            && let Some(end) = rest.find(close)
            && rest[end + close.len()..].trim().is_empty()
        {
            return Some(rest[..end].trim());
        }
    }
    for mark in [
        "■",
        "◆",
        "●",
        "□",
        "Q.",
        "Q．",
        "Q:",
        "Q：",
        "Ｑ．",
        "Ｑ.",
        "質問：",
    ] {
        if let Some(rest) = t.strip_prefix(mark) {
            let rest = rest.trim();
            if !rest.is_empty() && rest.chars().count() <= 40 {
                return Some(rest);
            }
        }
    }
    None
}

#[cfg(test)]
pub(crate) mod tests;

/// Reviews every answer of a text (one per heading, or the whole text), each as the kind its
/// heading names or else `default_kind`; lines are those of the whole text. Shared by
/// `naitei answer` and the web API so both give the same result.
pub fn review_all(
    source: &str,
    default_kind: Option<QuestionKind>,
    config: &Config,
) -> Vec<AnswerReview> {
    crate::cancel::never(review_all_cancellable(
        source,
        default_kind,
        config,
        Cancel::NEVER,
    ))
}

/// [`review_all`], stopping between answers and lines once `cancel` is set.
pub fn review_all_cancellable(
    source: &str,
    default_kind: Option<QuestionKind>,
    config: &Config,
    cancel: Cancel<'_>,
) -> Result<Vec<AnswerReview>, Cancelled> {
    split(source)
        .iter()
        .map(|p| {
            let kind = p.kind.or(default_kind).unwrap_or(QuestionKind::Other);
            let mut r = review_cancellable(&p.text, kind, config, cancel)?;
            r.title = p.title.clone();
            r.line = p.line;
            for d in &mut r.diagnostics {
                d.line += p.line - 1;
                d.end_line += p.line - 1;
            }
            Ok(r)
        })
        .collect()
}

/// The JSON of `naitei answer --format json` (and of `POST /api/v1/answer`): one answer
/// flattened next to the path, or the list of answers.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum AnswerFileReport<'a> {
    One {
        path: &'a str,
        #[serde(flatten)]
        answer: &'a AnswerReview,
    },
    Many {
        path: &'a str,
        answers: &'a [AnswerReview],
    },
}

impl<'a> AnswerFileReport<'a> {
    pub fn new(path: &'a str, reviews: &'a [AnswerReview]) -> Self {
        match reviews {
            [one] => AnswerFileReport::One { path, answer: one },
            _ => AnswerFileReport::Many {
                path,
                answers: reviews,
            },
        }
    }
}
