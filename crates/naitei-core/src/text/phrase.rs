//! Phrases as sequences of morpheme classes (base forms and parts of speech), so that one
//! table entry covers every spelling and conjugation: 「することができます」「する事は可能だ」
//! 「することが、できます」 are one pattern, 「ないことはない」「ない事はない」「無くも無い」 another.
//! The tables themselves are data in the rules that use them.

use std::ops::Range;

use super::in_list;
use super::morph::{Morpheme, Pos};

/// A class of morphemes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// The verb する itself in its dictionary form (not して, した).
    SuruBase,
    /// A サ変 noun (確認, 作成; テスト).
    SahenNoun,
    /// An independent verb in its dictionary form (減らす, 防ぐ; not する's 連用形).
    Verb,
    /// Any noun (日, 商品, 患者 + 様).
    AnyNoun,
    /// A noun whose surface is one of these (こと, 事, コト).
    Noun(&'static [&'static str]),
    /// A particle whose surface is one of these.
    Particle(&'static [&'static str]),
    /// Any word whose base form is one of these (できる, 出来る, 行う).
    Base(&'static [&'static str]),
    /// Any word whose surface is one of these.
    Surface(&'static [&'static str]),
    /// A negation: the auxiliaries ない, ぬ (ん, ず) and the adjective ない (無い) in any form.
    Negation,
    /// A comma (、，,): skipped where a phrase allows it.
    Comma,
}

/// One step of a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    One(Class),
    Opt(Class),
}

const COMMAS: &[char] = &['、', '，', ',', '､'];

impl Class {
    pub fn matches(self, m: &Morpheme) -> bool {
        match self {
            Class::SuruBase => m.pos == Pos::Verb && m.base == "する" && m.surface == "する",
            Class::SahenNoun => m.is_sahen_noun(),
            Class::Verb => {
                m.pos == Pos::Verb && m.pos1 == "自立" && m.conj_form.starts_with("基本形")
            }
            Class::AnyNoun => m.pos == Pos::Noun,
            Class::Noun(words) => m.pos == Pos::Noun && in_list(words, &m.surface),
            Class::Particle(words) => m.pos == Pos::Particle && in_list(words, &m.surface),
            Class::Base(words) => in_list(words, &m.base),
            Class::Surface(words) => in_list(words, &m.surface),
            Class::Negation => {
                (m.pos == Pos::Auxiliary && matches!(m.base.as_str(), "ない" | "ぬ" | "ん"))
                    || (m.pos == Pos::Adjective && matches!(m.base.as_str(), "ない" | "無い"))
            }
            Class::Comma => {
                let mut cs = m.surface.chars();
                matches!((cs.next(), cs.next()), (Some(c), None) if COMMAS.contains(&c))
            }
        }
    }
}

/// The end (exclusive, in morphemes) of `pattern` matched at `at`, or None. Optional steps
/// are tried present first.
pub fn match_at(morphs: &[&Morpheme], at: usize, pattern: &[Step]) -> Option<usize> {
    let Some((step, rest)) = pattern.split_first() else {
        return Some(at);
    };
    match *step {
        Step::One(c) => {
            let m = morphs.get(at)?;
            if c.matches(m) {
                match_at(morphs, at + 1, rest)
            } else {
                None
            }
        }
        Step::Opt(c) => {
            if morphs.get(at).is_some_and(|m| c.matches(m))
                && let Some(end) = match_at(morphs, at + 1, rest)
            {
                return Some(end);
            }
            match_at(morphs, at, rest)
        }
    }
}

/// Every non-overlapping match of any of `patterns`, as morpheme index ranges with the index
/// of the pattern that matched (the first pattern wins at a position).
pub fn find_all(morphs: &[&Morpheme], patterns: &[&[Step]]) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < morphs.len() {
        let hit = patterns
            .iter()
            .enumerate()
            .find_map(|(k, p)| match_at(morphs, at, p).map(|end| (at..end, k)));
        match hit {
            Some((r, k)) if !r.is_empty() => {
                at = r.end;
                out.push((r, k));
            }
            _ => at += 1,
        }
    }
    out
}

/// The source range covered by morphemes `r`.
pub fn span(morphs: &[&Morpheme], r: Range<usize>) -> Range<usize> {
    morphs[r.start].range.start..morphs[r.end - 1].range.end
}

/// The prose of a run of morphemes (their surfaces, in order) with a map back to the source,
/// for literal phrases. A position inside a morpheme maps one to one where its surface is the
/// source text, else to the edge of the whole morpheme.
pub struct ProseIndex<'a> {
    pub text: String,
    starts: Vec<usize>,
    morphs: &'a [&'a Morpheme],
    source: &'a str,
}

impl<'a> ProseIndex<'a> {
    pub fn new(morphs: &'a [&'a Morpheme], source: &'a str) -> ProseIndex<'a> {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(morphs.len());
        for m in morphs {
            starts.push(text.len());
            text.push_str(&m.surface);
        }
        ProseIndex {
            text,
            starts,
            morphs,
            source,
        }
    }

    fn at(&self, pos: usize, end: bool) -> usize {
        // The morpheme holding byte `pos` (for an end, the byte before it).
        let probe = if end { pos.saturating_sub(1) } else { pos };
        let k = self
            .starts
            .partition_point(|&s| s <= probe)
            .saturating_sub(1);
        let m = self.morphs[k];
        let inner = pos - self.starts[k];
        if self.source.get(m.range.clone()) == Some(m.surface.as_str()) {
            m.range.start + inner
        } else if end {
            m.range.end
        } else {
            m.range.start
        }
    }

    /// The source range of a non-empty range of `text`.
    pub fn to_source(&self, r: Range<usize>) -> Range<usize> {
        if self.morphs.is_empty() || r.is_empty() {
            return 0..0;
        }
        self.at(r.start, false)..self.at(r.end, true)
    }
}
