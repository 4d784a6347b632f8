//! Sentence structure of a spoken answer, from morphology alone: predicate groups (a verb, a
//! サ変 noun with する／できる／させる, or an adjective, each with its chain of auxiliaries and
//! dependent verbs), the arguments before each head (を-object, numbers), the time of each group
//! (past or not; a 連用形 or て-form that leads on to the next predicate takes that predicate's
//! time: 「見直し、…減らした」 is past, 「活かし、…貢献したい」 is not) and its voice (passive,
//! causative, benefactive 〜ていただく／〜てもらう).

use std::ops::Range;

use smol_str::SmolStr;

use crate::text::morph::{Morpheme, Pos};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Time {
    Past,
    NonPast,
}

/// One predicate and what attaches to it.
#[derive(Debug, Clone)]
pub struct Group {
    /// Base form of the head (the サ変 noun for 改善する, the verb's 原形 otherwise).
    pub base: SmolStr,
    /// Byte range of the head word in the document text.
    pub head: Range<usize>,
    /// Byte range from the first argument to the end of the chain, cut at morpheme boundaries.
    pub span: Range<usize>,
    /// Indices (into [`Sentence::morphs`]) of the arguments before the head.
    pub args: Range<usize>,
    /// Arguments of the whole run of linked predicates this group ends or belongs to
    /// (「責任を持って取り組みたい」: 取り組む sees 責任を).
    pub chain_args: Range<usize>,
    /// Index of the first morpheme after the chain.
    pub end: usize,
    /// 〜ようにする／〜ようになる: a practice the seeker adopted.
    pub habit: bool,
    pub time: Time,
    /// た in the chain (not inherited).
    pub own_past: bool,
    /// 〜ている／〜てきた: an ongoing or continued activity.
    pub progressive: bool,
    /// 〜たい.
    pub want: bool,
    /// 〜たい here or on the predicate a linked group leads to (「携わり、広げたい」).
    pub wish: bool,
    /// 〜できる after a サ変 noun, or 〜れる on a verb read as potential.
    pub potential: bool,
    pub negated: bool,
    pub passive: bool,
    pub causative: bool,
    /// 〜ていただく／〜てもらう／〜てくれる.
    pub benefactive: bool,
    /// The chain ends in a て-form or 連用形 that leads on to the next predicate.
    pub linked: bool,
    /// 〜ながら: the manner of the next predicate, not an act of its own.
    pub manner: bool,
    /// A linked 〜ており／〜ていて: a present state that is the background of what follows.
    pub state: bool,
    /// The group modifies a following noun (〜を減らした経験).
    pub adnominal: bool,
    /// …and that noun is a nominaliser (の, こと): 「担えるのではないか」 is still the clause's
    /// own statement.
    pub nominal: bool,
    pub adjective: bool,
    /// A を-marked argument before the head.
    pub object: bool,
    /// A number among the arguments.
    pub number: bool,
}

/// One sentence of an answer.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Byte range in the document text.
    pub range: Range<usize>,
    /// Morphemes, with ranges in the document text.
    pub morphs: Vec<Morpheme>,
    pub groups: Vec<Group>,
    /// Ends as a question (〜か。／？).
    pub question: bool,
}

impl Sentence {
    pub fn text<'a>(&self, doc_text: &'a str) -> &'a str {
        &doc_text[self.range.clone()]
    }
    /// Text of the arguments of a group.
    pub fn args_text<'a>(&self, doc_text: &'a str, g: &Group) -> &'a str {
        if g.args.is_empty() {
            return "";
        }
        &doc_text[self.morphs[g.args.start].range.start..self.morphs[g.args.end - 1].range.end]
    }
    /// Byte range of the clause that holds morpheme `i`: cut at 読点 and conjunctive particles.
    pub fn clause_of(&self, i: usize) -> Range<usize> {
        let cut = |m: &Morpheme| is_comma(m) || (m.pos == Pos::Particle && m.pos1 == "接続助詞");
        let mut start = i;
        while start > 0 && !cut(&self.morphs[start - 1]) {
            start -= 1;
        }
        let mut end = i;
        while end + 1 < self.morphs.len() && !cut(&self.morphs[end]) {
            end += 1;
        }
        while end > start && is_comma(&self.morphs[end]) {
            end -= 1;
        }
        self.morphs[start].range.start..self.morphs[end].range.end
    }
}

fn is_comma(m: &Morpheme) -> bool {
    m.pos == Pos::Symbol
        && matches!(
            m.surface.as_str(),
            "、" | "," | "，" | "。" | "." | "!" | "！" | "?" | "？"
        )
}

/// Verbs that attach to a て-form as aspect or benefaction.
const BENEFACTIVE: &[&str] = &[
    "いただく",
    "いただける",
    "頂く",
    "頂ける",
    "もらう",
    "もらえる",
    "貰う",
    "くれる",
    "くださる",
    "下さる",
];

fn is_sahen_like(m: &Morpheme) -> bool {
    m.is_sahen_noun() || (m.pos == Pos::Noun && m.pos1 == "接尾" && m.pos2 == "サ変接続")
}

/// Does a サ変 noun at `i` take the following verb as its light verb?
fn light_verb_follows(ms: &[Morpheme], i: usize) -> bool {
    ms.get(i + 1).is_some_and(|n| {
        n.pos == Pos::Verb
            && ((n.pos1 == "自立" && matches!(n.base.as_str(), "する" | "できる"))
                || (n.pos1 == "接尾"
                    && matches!(n.base.as_str(), "させる" | "せる" | "される" | "れる")))
    })
}

/// Analyses one sentence (morphemes with document ranges).
pub fn sentence(range: Range<usize>, morphs: Vec<Morpheme>) -> Sentence {
    let ms = &morphs;
    let mut groups: Vec<Group> = Vec::new();
    let mut prev_end = 0;
    let mut i = 0;
    while i < ms.len() {
        let m = &ms[i];
        // The head and where its chain starts.
        let (head_start, base, chain_start, adjective) =
            if is_sahen_like(m) && light_verb_follows(ms, i) {
                if m.surface == "化" && i > 0 && ms[i - 1].pos == Pos::Noun {
                    (
                        i - 1,
                        SmolStr::from(format!("{}化", ms[i - 1].surface)),
                        i + 1,
                        false,
                    )
                } else {
                    (i, m.base.clone(), i + 1, false)
                }
            } else if m.pos == Pos::Verb && m.pos1 == "自立" {
                (i, m.base.clone(), i + 1, false)
            } else if m.pos == Pos::Adjective && m.pos1 == "自立" {
                (i, m.base.clone(), i + 1, true)
            } else {
                i += 1;
                continue;
            };
        let mut g = Group {
            base,
            head: ms[head_start].range.start..ms[chain_start - 1].range.end,
            span: 0..0,
            args: prev_end.min(head_start)..head_start,
            chain_args: prev_end.min(head_start)..head_start,
            end: chain_start,
            habit: false,
            time: Time::NonPast,
            own_past: false,
            progressive: false,
            want: false,
            wish: false,
            potential: false,
            negated: false,
            passive: false,
            causative: false,
            benefactive: false,
            linked: false,
            manner: false,
            state: false,
            adnominal: false,
            nominal: false,
            adjective,
            object: false,
            number: false,
        };
        // The chain.
        let mut j = chain_start;
        let mut ended_with_te = false;
        while j < ms.len() {
            let c = &ms[j];
            if j == chain_start
                && c.pos == Pos::Verb
                && c.pos1 == "自立"
                && ms[chain_start - 1].pos == Pos::Noun
            {
                // The light verb of a サ変 noun.
                if c.base == "できる" {
                    g.potential = true;
                }
                j += 1;
                continue;
            }
            match c.pos {
                Pos::Auxiliary => match c.base.as_str() {
                    "た" => g.own_past = true,
                    "たい" => g.want = true,
                    "ない" | "ぬ" | "ん" => g.negated = true,
                    "ます" | "です" | "う" | "まい" => {}
                    _ => {}
                },
                Pos::Verb if c.pos1 == "接尾" => match c.base.as_str() {
                    "れる" | "られる" | "される" => g.passive = true,
                    "せる" | "させる" => g.causative = true,
                    _ => {}
                },
                Pos::Verb if c.pos1 == "非自立" => match c.base.as_str() {
                    "いる" | "おる" => g.progressive = true,
                    b if BENEFACTIVE.contains(&b) => g.benefactive = true,
                    _ => {}
                },
                Pos::Adjective if c.pos1 != "自立" => {}
                Pos::Verb if BENEFACTIVE.contains(&c.base.as_str()) && ended_with_te => {
                    g.benefactive = true;
                }
                Pos::Particle
                    if c.pos1 == "接続助詞" && matches!(c.surface.as_str(), "て" | "で") =>
                {
                    let next = ms.get(j + 1);
                    let attaches = next.is_some_and(|n| {
                        n.pos == Pos::Verb
                            && (n.pos1 == "非自立" || BENEFACTIVE.contains(&n.base.as_str()))
                    });
                    if !attaches {
                        g.linked = true;
                        j += 1;
                        break;
                    }
                    ended_with_te = true;
                    j += 1;
                    continue;
                }
                _ => break,
            }
            ended_with_te = false;
            j += 1;
        }
        g.end = j;
        let last = &ms[j - 1];
        let next = ms.get(j);
        g.manner = next.is_some_and(|n| n.surface == "ながら");
        if !g.linked {
            let renyou = last.conj_form.starts_with("連用")
                && !(last.pos == Pos::Auxiliary
                    && matches!(last.base.as_str(), "た" | "ます" | "です"));
            let sentence_end = next.is_none_or(|n| {
                (n.pos == Pos::Symbol
                    && matches!(n.surface.as_str(), "。" | "." | "?" | "？" | "!" | "！"))
                    || (n.pos == Pos::Particle && n.pos1 == "終助詞")
            });
            let habit = next.is_some_and(|n| n.surface == "よう")
                && ms
                    .get(j + 1)
                    .is_some_and(|n| n.surface == "に" || n.surface == "な")
                && ms[j + 1..]
                    .iter()
                    .take(3)
                    .any(|n| n.pos == Pos::Verb && matches!(n.base.as_str(), "する" | "なる"));
            if habit {
                g.linked = true;
                g.habit = true;
            } else if renyou && !sentence_end {
                g.linked = true;
            } else if next.is_some_and(|n| n.pos == Pos::Noun)
                && (last.conj_form.starts_with("基本形")
                    || last.conj_form.starts_with("連体")
                    || (last.pos == Pos::Auxiliary && last.base == "た"))
            {
                g.adnominal = true;
                g.nominal = next.is_some_and(|n| {
                    n.pos1 == "非自立" && matches!(n.surface.as_str(), "の" | "こと" | "ん")
                });
            }
        }
        g.object = ms[g.args.clone()]
            .iter()
            .any(|a| a.pos == Pos::Particle && a.surface == "を");
        g.number = ms[g.args.clone()].iter().any(Morpheme::is_number);
        // The span starts after the last 読点 before the head, or at the previous group.
        let mut s = g.args.start;
        for k in g.args.clone() {
            if is_comma(&ms[k]) {
                s = k + 1;
            }
        }
        let s = s.min(head_start);
        g.span = ms[s].range.start..ms[j - 1].range.end;
        prev_end = j;
        groups.push(g);
        i = j.max(i + 1);
    }
    // Time: own た is past; a linked group takes the time (and aspect) of the predicate it leads
    // to, passing over a non-past modifier in between (「作り、全員が見られる一覧にまとめた」).
    let mut next: Option<(Time, bool, bool)> = None;
    for k in (0..groups.len()).rev() {
        // 〜することができた: the act takes the time and polarity of できる.
        let can = groups
            .get(k + 1)
            .is_some_and(|n| {
                n.base == "できる"
                    && groups[k].nominal
                    && ms.get(groups[k].end).is_some_and(|m| m.surface == "こと")
                    && ms.get(groups[k].end + 1).is_some_and(|m| m.surface == "が")
                    && n.head.start == ms.get(groups[k].end + 2).map_or(0, |m| m.range.start)
            })
            .then(|| (groups[k + 1].own_past, groups[k + 1].negated));
        let g = &mut groups[k];
        if let Some((past, negated)) = can {
            g.own_past |= past;
            g.negated |= negated;
        }
        let own = if g.own_past {
            Time::Past
        } else {
            Time::NonPast
        };
        let (time, wish, progressive) = if g.linked {
            let (t, w, p) = next.unwrap_or((Time::NonPast, false, false));
            // A state in 〜ており／〜ていて (「契約満了を控えており、…高めたい」) is the
            // background of the wish, not part of it.
            let state = g.progressive && !g.own_past;
            g.state = state;
            (t, g.want || (w && !state), g.progressive || p)
        } else {
            (own, g.want && !g.own_past, g.progressive)
        };
        g.time = time;
        g.wish = wish;
        g.progressive = progressive;
        // 「…を提案し、今も続けています」: what is still kept up was done first.
        let kept_up = g.base == "続ける" && g.progressive && !g.wish && !g.negated;
        if !g.adnominal || g.own_past || g.nominal {
            next = Some((
                if kept_up { Time::Past } else { time },
                wish,
                progressive && !kept_up,
            ));
        }
    }
    // The arguments of a run of linked groups belong to each group of the run.
    let mut run_start = 0;
    for k in 0..groups.len() {
        if k == 0 || !groups[k - 1].linked || groups[k - 1].state {
            run_start = groups[k].args.start;
        }
        groups[k].chain_args = run_start.min(groups[k].args.start)..groups[k].args.end;
    }
    let question = ms
        .iter()
        .rev()
        .find(|m| !(m.pos == Pos::Symbol && matches!(m.surface.as_str(), "。" | "." | "」")))
        .is_some_and(|m| {
            matches!(m.surface.as_str(), "?" | "？")
                || (m.pos == Pos::Particle && matches!(m.surface.as_str(), "か" | "かね"))
                // 〜を教えてください／〜があれば伺いたいです: a request is a question too.
                || matches!(m.base.as_str(), "くださる" | "下さる")
        })
        // 〜があれば伺いたいです: the wish to ask, on the last predicate of the sentence.
        || groups.last().is_some_and(|g| {
            g.want && matches!(g.base.as_str(), "伺う" | "聞く" | "知る" | "質問")
        });
    Sentence {
        range,
        morphs,
        groups,
        question,
    }
}

/// The sentences of a document, each analysed.
pub fn sentences(doc: &crate::document::Document) -> Vec<Sentence> {
    let mut out = Vec::new();
    for line in &doc.lines {
        for s in &line.sentences {
            // The line's morphemes are in order: those inside the sentence are one run, found
            // by binary search (a filter over the line per sentence is quadratic on one line).
            let first = line.morphs.partition_point(|m| m.range.start < s.start);
            let end = line.morphs.partition_point(|m| m.range.end <= s.end);
            let morphs: Vec<Morpheme> = line.morphs[first..end.max(first)].to_vec();
            if morphs.is_empty() {
                continue;
            }
            out.push(sentence(s.clone(), morphs));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn groups(text: &str) -> Vec<(String, Time, bool)> {
        let doc = Document::parse(text);
        sentences(&doc)
            .iter()
            .flat_map(|s| {
                s.groups
                    .iter()
                    .map(|g| (g.base.to_string(), g.time, g.object))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn chains_take_the_time_of_what_they_lead_to() {
        let g = groups(
            "前職で倉庫の動線を見直し歩行距離を3割減らした経験を、新拠点で活かし、貢献したいと考えています。",
        );
        let find = |b: &str| g.iter().find(|x| x.0 == b).cloned().unwrap();
        assert_eq!(find("見直す").1, Time::Past, "{g:?}");
        assert_eq!(find("減らす").1, Time::Past, "{g:?}");
        assert!(find("減らす").2);
        assert_eq!(find("活かす").1, Time::NonPast, "{g:?}");
        assert_eq!(find("貢献").1, Time::NonPast, "{g:?}");
    }

    #[test]
    fn benefactive_and_questions() {
        let doc = Document::parse("入社後の業務を教えていただけますか。");
        let s = sentences(&doc);
        assert!(s[0].question);
        assert!(
            s[0].groups
                .iter()
                .any(|g| g.base == "教える" && g.benefactive)
        );
        let doc = Document::parse("御社で勉強させていただきたいです。");
        let s = sentences(&doc);
        assert!(
            s[0].groups
                .iter()
                .any(|g| g.base == "勉強" && g.benefactive && g.want),
            "{:?}",
            s[0].groups
        );
    }
}
