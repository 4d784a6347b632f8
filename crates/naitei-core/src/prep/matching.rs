//! Matching a posting's requirements to the résumé's evidence, Japanese-aware and explainable.
//!
//! Each text becomes a set of weighted terms: content nouns and サ変 nouns (base forms from the
//! IPADIC analysis), the compounds they form (問い合わせ + 対応), independent verbs in their base
//! form, English words lower-cased (Excel, SAP, AWS; the text is NFKC-folded first, so ＡＷＳ is
//! AWS), and the synonym groups of [`super::synonyms`] a text mentions. A requirement and a
//! résumé line match on the terms they share; the score is the shared weight, normalised by the
//! size of both term sets. When no term is shared, overlapping character bigrams of the kanji and
//! katakana runs are the fallback (unknown words the dictionary splits differently).
//! Everything is deterministic and every match lists the shared terms.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use serde::Serialize;

use crate::cancel::{Cancel, Cancelled};
use crate::config::Config;
use crate::document::{Document, LineKind, SectionKind};
use crate::review::review_document;
use crate::text::morph::{Morpheme, Pos, analyze};
use crate::text::normalize::Normalized;

use super::posting::{Posting, PostingItem, RequirementKind};
use super::synonyms::GROUPS;

/// Nouns that say nothing about which experience is meant (経験, 以上, 業務 …): posting
/// boilerplate and résumé framing words.
const STOP_NOUNS: &[&str] = &[
    "経験",
    "実務",
    "方",
    "以上",
    "程度",
    "知識",
    "スキル",
    "能力",
    "歓迎",
    "必須",
    "尚可",
    "優遇",
    "こと",
    "もの",
    "等",
    "など",
    "者",
    "当社",
    "弊社",
    "御社",
    "仕事",
    "担当",
    "従事",
    "可",
    "不問",
    "基本",
    "使用",
    "活用",
    "得意",
    "意欲",
    "年",
    "月",
    "以下",
    "未満",
    "全般",
    "取得",
    "所持",
    "保有",
    "業界",
    "会社",
    "企業",
    "前職",
    "現職",
    "自分",
    "積極",
    "姿勢",
    "中心",
    "内容",
    "以外",
    "関連",
    "全体",
    "様々",
    "各種",
    "一般",
    "主",
    "年間",
    "月間",
    "毎月",
    "日々",
    "ため",
    "よう",
    "中",
    "後",
    "前",
    "時",
    "際",
    "上",
    "方々",
    "皆様",
    "ほか",
    "他",
    "等々",
    "レベル",
    "いずれ",
    "目安",
    "形",
    "一連",
    "通り",
    "当",
    "弊",
    "募集",
    "求人",
    "応募",
    "資格",
    "場合",
    "的",
    "度",
    "性",
    "化",
    "面",
    "点",
    "部分",
    "全て",
    "すべて",
    "こちら",
    "それ",
    "これ",
    "お客",
    "様",
];

/// Words that do carry meaning but are in almost every line (対応, 管理, 作成): counted, weakly.
const WEAK_NOUNS: &[&str] = &[
    "対応", "管理", "作成", "運用", "業務", "調整", "実施", "推進", "改善", "提案", "支援",
];

/// Verbs that carry no topic (する, ある, 行う …).
const LIGHT_VERBS: &[&str] = &[
    "する",
    "ある",
    "いる",
    "なる",
    "できる",
    "行う",
    "おこなう",
    "持つ",
    "いただく",
    "もらう",
    "くださる",
    "思う",
    "考える",
    "られる",
    "れる",
    "せる",
    "させる",
    "つく",
    "できる",
    "いく",
    "くる",
    "おる",
    "求める",
    "活かす",
    "生かす",
    "向く",
    "頂く",
    "問う",
    "もつ",
    "得る",
    "使う",
];

const W_WORD: f64 = 1.0;
const W_WEAK: f64 = 0.4;
const W_COMPOUND: f64 = 2.0;
/// English words are mostly product and tool names (Excel, SAP, AWS): specific evidence.
const W_ENGLISH: f64 = 2.5;
const W_CONCEPT: f64 = 1.0;
const W_VERB: f64 = 0.5;
const W_BIGRAM: f64 = 0.3;

/// A match must share at least this weight with the requirement …
const MIN_SHARED: f64 = 1.0;
/// … and reach this score …
const MIN_SCORE: f64 = 0.22;
/// … and cover this share of the requirement's terms: a line that shares only 営業 with
/// 「SaaS・IT製品の営業経験」 leaves the specific part unproven.
const MIN_COVERAGE: f64 = 0.15;

/// Matches shown per requirement.
const MAX_MATCHES: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TermKind {
    Compound,
    English,
    Word,
    Concept,
    Verb,
}

/// The weighted terms of one text. Keys are the comparison form; `shown` what the user sees.
#[derive(Debug, Clone, Default)]
pub struct Terms {
    terms: BTreeMap<String, (f64, TermKind, String)>,
    /// For each synonym group mentioned, the words of the text that mention it.
    concept_words: BTreeMap<String, BTreeSet<String>>,
    /// Character bigrams of kanji/katakana/alphanumeric runs (fallback).
    bigrams: BTreeSet<String>,
}

impl Terms {
    fn add(&mut self, key: String, weight: f64, kind: TermKind, shown: String) {
        let e = self.terms.entry(key).or_insert((weight, kind, shown));
        if weight > e.0 {
            e.0 = weight;
            e.1 = kind;
        }
    }
    fn total(&self) -> f64 {
        self.terms.values().map(|t| t.0).sum()
    }
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
    /// Terms as shown (for tests and explanations).
    pub fn shown(&self) -> Vec<String> {
        self.terms
            .values()
            .map(|t| {
                if t.1 == TermKind::Concept {
                    format!("≈{}", t.2)
                } else {
                    t.2.clone()
                }
            })
            .collect()
    }
}

static SYNONYMS: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let mut words = Vec::new();
    let mut group = Vec::new();
    for (g, (_, ws)) in GROUPS.iter().enumerate() {
        for w in *ws {
            words.push(*w);
            group.push(g);
        }
    }
    (
        AhoCorasick::new(&words).expect("synonym words form a valid automaton"),
        group,
    )
});

fn is_content_noun(m: &Morpheme) -> bool {
    m.pos == Pos::Noun
        && matches!(
            m.pos1,
            "一般" | "サ変接続" | "固有名詞" | "形容動詞語幹" | "ナイ形容詞語幹"
        )
}

fn is_ascii_word(s: &str) -> bool {
    s.is_ascii()
}

fn is_stop(s: &str) -> bool {
    STOP_NOUNS.contains(&s)
}

/// The terms of a normalized text and its morphemes (ranges relative to `text`).
pub fn terms_of(text: &str, morphs: &[Morpheme]) -> Terms {
    let mut t = Terms::default();
    // Nouns and their compounds: maximal runs of content nouns (and noun suffixes such as 化).
    let mut run: Vec<&Morpheme> = Vec::new();
    let flush = |run: &mut Vec<&Morpheme>, t: &mut Terms| {
        // Trim framing words at the edges (法人営業経験 → 法人営業), then every contiguous
        // sub-run of two or more words is a compound term.
        let mut a = 0;
        let mut b = run.len();
        while a < b && (is_stop(&run[a].surface) || run[a].pos1 == "接尾") {
            a += 1;
        }
        while b > a && is_stop(&run[b - 1].surface) {
            b -= 1;
        }
        let core = &run[a..b];
        for i in 0..core.len() {
            for j in i + 2..=core.len() {
                let parts = &core[i..j];
                if parts
                    .iter()
                    .all(|m| is_stop(&m.surface) || WEAK_NOUNS.contains(&m.surface.as_str()))
                {
                    continue;
                }
                if parts.iter().any(|m| is_ascii_word(&m.surface)) {
                    continue;
                }
                let s: String = parts.iter().map(|m| m.surface.as_str()).collect();
                t.add(s.clone(), W_COMPOUND, TermKind::Compound, s);
            }
        }
        run.clear();
    };
    let mut after_number = false;
    for m in morphs {
        // A noun right after a number is a counter (7営業日, 3社): no topic.
        if std::mem::replace(&mut after_number, m.is_number()) && is_content_noun(m) {
            flush(&mut run, &mut t);
            continue;
        }
        let suffix = m.pos == Pos::Noun && m.pos1 == "接尾" && !run.is_empty();
        if is_content_noun(m) || suffix {
            run.push(m);
            if !suffix && !is_ascii_word(&m.surface) && m.surface.chars().count() >= 2 {
                let w = m.base.to_string();
                if !is_stop(&w) {
                    let weight = if WEAK_NOUNS.contains(&w.as_str()) {
                        W_WEAK
                    } else {
                        W_WORD
                    };
                    t.add(w.clone(), weight, TermKind::Word, w);
                }
            }
            continue;
        }
        flush(&mut run, &mut t);
        if m.pos == Pos::Verb && m.pos1 == "自立" && !LIGHT_VERBS.contains(&m.base.as_str()) {
            let b = m.base.to_string();
            t.add(b.clone(), W_VERB, TermKind::Verb, b);
        }
    }
    flush(&mut run, &mut t);
    // English words (after NFKC the letters are ASCII), compared lower-cased.
    let lower = text.to_lowercase();
    let english: Vec<&str> = lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '+' || c == '#'))
        .filter(|w| w.len() >= 2 && w.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .collect();
    let shown = original_case(text, &lower, &english);
    for w in english {
        t.add(
            w.to_string(),
            W_ENGLISH,
            TermKind::English,
            shown[w].clone(),
        );
    }
    // Synonym groups mentioned anywhere in the text.
    let (ac, group) = &*SYNONYMS;
    for m in ac.find_overlapping_iter(&lower) {
        // 7営業日, 3店舗: a word right after a number is a counter.
        if lower[..m.start()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        let g = group[m.pattern().as_usize()];
        let head = GROUPS[g].0;
        let key = format!("≈{head}");
        t.concept_words
            .entry(key.clone())
            .or_default()
            .insert(lower[m.range()].to_string());
        t.add(key, W_CONCEPT, TermKind::Concept, head.to_string());
    }
    // Character bigrams for the fallback.
    let mut prev: Option<char> = None;
    for c in lower.chars() {
        let keep = is_kanji(c) || is_katakana(c) || c.is_ascii_alphanumeric();
        if keep {
            if let Some(p) = prev {
                t.bigrams.insert(format!("{p}{c}"));
            }
            prev = Some(c);
        } else {
            prev = None;
        }
    }
    t
}

/// Each word's spelling in `text` where it first occurs in the lower-cased text `lower` (as
/// part of any word), for all words in one pass over the text (a search per word would make
/// the whole quadratic).
fn original_case<'w>(text: &str, lower: &str, words: &[&'w str]) -> HashMap<&'w str, String> {
    let mut distinct: Vec<&str> = words.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    let mut first: Vec<Option<usize>> = vec![None; distinct.len()];
    if !distinct.is_empty() {
        let ac = AhoCorasick::new(&distinct).expect("words form a valid automaton");
        // Overlapping matches come in order of their end: the first one of a word is its
        // leftmost occurrence.
        for m in ac.find_overlapping_iter(lower) {
            first[m.pattern().as_usize()].get_or_insert(m.start());
        }
    }
    distinct
        .into_iter()
        .zip(first)
        .map(|(w, at)| {
            let shown = at
                .and_then(|i| text.get(i..i + w.len()))
                .map_or_else(|| w.to_string(), str::to_string);
            (w, shown)
        })
        .collect()
}

fn is_kanji(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || c == '々'
}

fn is_katakana(c: char) -> bool {
    ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー'
}

/// Terms of a raw text (normalizes and analyses it).
pub fn terms(text: &str) -> Terms {
    let n = Normalized::new(text).text;
    let m = analyze(&n);
    terms_of(&n, &m)
}

/// Strength of a match (SPEC.md: `strong` | `partial`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strength {
    /// The line proves it with a number (a quantified result) or a held qualification.
    Strong,
    Partial,
}

/// Where in the résumé a line of evidence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceKind {
    /// A duty/achievement line of the 職務経歴.
    Career,
    /// A job heading or its metadata (職種：営業事務).
    Role,
    Skill,
    Qualification,
}

/// One line of the résumé that can be evidence.
#[derive(Debug, Clone)]
pub struct Evidence {
    /// 1-based line in the résumé file.
    pub line: usize,
    /// The line's text as written.
    pub text: String,
    pub kind: EvidenceKind,
    /// The line states a quantified result.
    pub result: bool,
    /// The line is a duty only (no act, no result).
    pub duty: bool,
    /// The line's normalized text.
    pub norm: String,
    pub terms: Terms,
}

static QUALIFICATION_LINE_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"([0-9一二三準]+級|免許|検定|資格|認定|修了|合格|TOEIC|(?:士|者)(?:\s|\(|（|$))",
    )
    .expect("valid regex")
});

/// A line that names a held qualification (日商簿記2級, 普通自動車免許, 介護福祉士).
fn is_qualification_line(line: &str) -> bool {
    line.chars().count() <= 40 && QUALIFICATION_LINE_RE.is_match(line)
}

/// A table cell that only gives a period (2019年4月〜2022年3月, 2020/4-現在).
fn is_period_cell(c: &str) -> bool {
    let n = Normalized::new(c).text;
    n.chars().count() <= 24
        && n.chars().any(|c| c.is_ascii_digit())
        && n.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    '年' | '月'
                        | '〜'
                        | '~'
                        | '-'
                        | '/'
                        | '.'
                        | ' '
                        | '現'
                        | '在'
                        | '令'
                        | '和'
                        | '平'
                        | '成'
                )
        })
}

/// Words of a company name (株式会社, 法人 …): a line with one is a job heading.
const COMPANY_WORDS: &[&str] = &[
    "株式会社",
    "(株)",
    "有限会社",
    "合同会社",
    "法人",
    "Inc",
    "Ltd",
    "Co.",
    "病院",
    "クリニック",
];

/// The evidence lines of a résumé: the 職務経歴 items (with the line analysis of `review`),
/// the job headings and metadata, and the lines of the スキル and 資格 sections.
pub fn evidence(doc: &Document) -> Vec<Evidence> {
    let review = review_document(doc, &Config::default());
    let mut by_line: BTreeMap<usize, (bool, bool)> = BTreeMap::new();
    for it in &review.items {
        by_line.insert(it.line, (it.result, it.duty));
    }
    let mut out = Vec::new();
    for (i, l) in doc.lines.iter().enumerate() {
        if matches!(l.kind, LineKind::Blank | LineKind::Rule) || l.content.is_empty() {
            continue;
        }
        let section = doc.sections[l.section].kind;
        let kind = if let Some(&(result, duty)) = by_line.get(&l.number) {
            Some((EvidenceKind::Career, result, duty))
        } else {
            match section {
                SectionKind::Qualifications => Some((EvidenceKind::Qualification, false, false)),
                SectionKind::Skills if l.kind != LineKind::Heading => {
                    Some((EvidenceKind::Skill, false, false))
                }
                SectionKind::Career if l.job.is_some() => {
                    // Job headings and role metadata; 事業内容 describes the company, not the seeker.
                    let c = doc.line_content(i);
                    // A heading that names the company says where, not what the seeker did.
                    (!c.starts_with("事業内容")
                        && !c.starts_with("資本金")
                        && !c.starts_with("従業員")
                        && !COMPANY_WORDS.iter().any(|w| c.contains(w)))
                    .then_some((EvidenceKind::Role, false, false))
                }
                _ => None,
            }
        };
        let Some((mut kind, result, duty)) = kind else {
            continue;
        };
        // 日商簿記2級 listed under スキル is still a qualification.
        if kind == EvidenceKind::Skill && is_qualification_line(doc.line_content(i)) {
            kind = EvidenceKind::Qualification;
        }
        if kind == EvidenceKind::Qualification && l.kind == LineKind::Heading {
            continue;
        }
        let text = doc.line_content(i);
        let morphs = l.relative_morphs();
        let mut shown = doc.source[doc.norm.source_range(l.content.clone())]
            .trim()
            .to_string();
        if l.kind == LineKind::TableRow {
            // | 2019年4月〜2022年3月 | 新規開拓営業を担当 |: the period cell is no evidence.
            let cells: Vec<&str> = shown
                .split(['|', '｜'])
                .map(str::trim)
                .filter(|c| !c.is_empty() && !is_period_cell(c))
                .collect();
            if !cells.is_empty() {
                shown = cells.join(" ｜ ");
            }
        }
        out.push(Evidence {
            line: l.number,
            text: shown,
            kind,
            result,
            duty,
            norm: text.to_string(),
            terms: terms_of(text, &morphs),
        });
    }
    out
}

/// What a requirement asks for, from its wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asks {
    Qualification,
    Experience,
    Other,
}

/// Words that name a qualification or licence in a requirement.
const QUALIFICATION_WORDS: &[&str] = &[
    "資格", "免許", "検定", "級", "認定", "修了", "講習", "技能", "士", "TOEIC",
];
/// Words that ask for experience.
const EXPERIENCE_WORDS: &[&str] = &["経験", "実務", "実績", "従事"];

fn asks_for(req: &str) -> Asks {
    if QUALIFICATION_WORDS.iter().any(|w| req.contains(w)) {
        Asks::Qualification
    } else if EXPERIENCE_WORDS.iter().any(|w| req.contains(w)) {
        Asks::Experience
    } else {
        Asks::Other
    }
}

/// Licence classes from the largest (道路交通法の免許区分: 大型 ⊃ 中型 ⊃ 準中型 ⊃ 普通).
const LICENCE_CLASSES: &[&str] = &["大型", "中型", "準中型", "普通"];

static GRADE_RE: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"([0-9]+)級").expect("valid regex"));

/// The résumé's qualification is of a lower grade or class than the requirement asks
/// (日商簿記3級 for 「2級以上」, 中型免許 for 大型): not evidence.
fn below_level(req: &str, line: &str) -> bool {
    let grade = |s: &str| GRADE_RE.captures(s).and_then(|c| c[1].parse::<u32>().ok());
    if let (Some(want), Some(have)) = (grade(req), grade(line))
        && have > want
    {
        return true;
    }
    let class = |s: &str| {
        LICENCE_CLASSES
            .iter()
            .position(|c| s.contains(c) && !(*c == "中型" && s.contains("準中型")))
    };
    matches!((class(req), class(line)), (Some(want), Some(have)) if have > want)
}

/// One résumé line matched to a requirement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Match {
    /// 1-based line in the résumé file.
    pub line: usize,
    pub text: String,
    pub strength: Strength,
    pub evidence: EvidenceKind,
    /// The terms both share (synonym groups shown as 「≈名前」, bigrams as 「~字字」).
    pub shared: Vec<String>,
    pub score: f64,
    /// Share of the requirement's term weight the line covers (0–1).
    pub coverage: f64,
}

/// A requirement and its evidence (SPEC.md `requirements`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementMatch {
    pub text: String,
    pub kind: RequirementKind,
    /// 1-based line in the posting file.
    pub posting_line: usize,
    pub gap: bool,
    /// Best first.
    pub matches: Vec<Match>,
}

/// Scores one requirement against one line: (score, shared terms as shown).
pub fn score(req: &Terms, line: &Terms) -> (f64, f64, Vec<String>) {
    let mut shared_w = 0.0;
    let mut shared = Vec::new();
    let mut by_kind: Vec<(TermKind, String)> = Vec::new();
    for (k, (w, kind, shown)) in &req.terms {
        if line.terms.contains_key(k) {
            // A synonym group reached through the same word on both sides adds nothing to
            // that word, already counted: it counts when the words differ (顧客対応 ≈ 問い合わせ).
            if *kind == TermKind::Concept {
                let (a, b) = (&req.concept_words[k], &line.concept_words[k]);
                if a.iter().all(|x| b.contains(x)) && b.iter().all(|x| a.contains(x)) {
                    continue;
                }
            }
            shared_w += w;
            let s = if *kind == TermKind::Concept {
                format!("≈{shown}")
            } else {
                shown.clone()
            };
            by_kind.push((*kind, s));
        }
    }
    // A compound shared implies its words are shared: show the compound only.
    by_kind.sort();
    for (kind, s) in by_kind {
        // 「≈Excel」 after 「Excel」 says nothing more.
        let covered = if kind == TermKind::Concept {
            let head = s.trim_start_matches('≈').to_lowercase();
            shared.iter().any(|x: &String| x.to_lowercase() == head)
        } else {
            kind != TermKind::Compound && shared.iter().any(|x: &String| x.contains(&s))
        };
        if !covered {
            shared.push(s);
        }
    }
    if shared_w > 0.0 {
        let denom = req.total().max(1.0).sqrt() * line.total().max(1.0).powf(0.3);
        return (shared_w / denom, shared_w, shared);
    }
    // Fallback: character bigrams shared with a requirement the terms did not reach.
    let common: Vec<&String> = req.bigrams.intersection(&line.bigrams).collect();
    if common.len() >= 2 {
        let dice = 2.0 * common.len() as f64 / (req.bigrams.len() + line.bigrams.len()) as f64;
        let w = W_BIGRAM * common.len() as f64;
        return (
            dice * 0.6,
            w,
            common.iter().map(|b| format!("~{b}")).collect(),
        );
    }
    (0.0, 0.0, Vec::new())
}

/// Which evidence lines share a term or a bigram, so that a requirement is scored only
/// against the lines that can match it (every other line scores 0) instead of every line.
struct EvidenceIndex<'a> {
    by_term: HashMap<&'a str, Vec<usize>>,
    by_bigram: HashMap<&'a str, Vec<usize>>,
}

impl<'a> EvidenceIndex<'a> {
    fn new(evidence: &'a [Evidence]) -> Self {
        let mut by_term: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut by_bigram: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, e) in evidence.iter().enumerate() {
            for k in e.terms.terms.keys() {
                by_term.entry(k).or_default().push(i);
            }
            for b in &e.terms.bigrams {
                by_bigram.entry(b).or_default().push(i);
            }
        }
        EvidenceIndex { by_term, by_bigram }
    }

    /// Lines sharing a term or at least two bigrams with `req`, in order.
    fn candidates(&self, req: &Terms) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for k in req.terms.keys() {
            out.extend(self.by_term.get(k.as_str()).into_iter().flatten());
        }
        let mut bigrams: HashMap<usize, usize> = HashMap::new();
        for b in &req.bigrams {
            for &i in self.by_bigram.get(b.as_str()).into_iter().flatten() {
                *bigrams.entry(i).or_default() += 1;
            }
        }
        out.extend(bigrams.into_iter().filter(|&(_, n)| n >= 2).map(|(i, _)| i));
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Matches one requirement against the evidence lines.
pub fn match_item(item: &PostingItem, evidence: &[Evidence]) -> RequirementMatch {
    match_candidates(item, evidence, None)
}

fn match_candidates(
    item: &PostingItem,
    evidence: &[Evidence],
    index: Option<&EvidenceIndex<'_>>,
) -> RequirementMatch {
    let req_text = Normalized::new(&item.text).text;
    let req = terms(&item.text);
    let asks = asks_for(&req_text);
    let candidates: Box<dyn Iterator<Item = &Evidence>> = match index {
        Some(index) => Box::new(index.candidates(&req).into_iter().map(|i| &evidence[i])),
        None => Box::new(evidence.iter()),
    };
    let mut scored: Vec<(f64, f64, &Evidence, Vec<String>)> = candidates
        .filter_map(|e| {
            let (s, w, shared) = score(&req, &e.terms);
            let coverage = w / req.total().max(f64::MIN_POSITIVE);
            if s < MIN_SCORE || w < MIN_SHARED.min(req.total() * 0.5) || coverage < MIN_COVERAGE {
                return None;
            }
            if e.kind == EvidenceKind::Qualification && below_level(&req_text, &e.norm) {
                return None;
            }
            // A qualification proves a qualification; experience is proven by work lines.
            let factor = match (asks, e.kind) {
                (Asks::Qualification, EvidenceKind::Qualification) => 1.5,
                (Asks::Experience, EvidenceKind::Qualification) => 0.5,
                // A skills list claims; a 職務経歴 line shows the work.
                (Asks::Experience, EvidenceKind::Skill) => 0.8,
                _ => 1.0,
            };
            Some((s * factor, coverage, e, shared))
        })
        .collect();
    // Best score first; ties go to the line with a result, then an achievement over a duty or
    // a role line, then the earlier line.
    scored.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(b.2.result.cmp(&a.2.result))
            .then(a.2.duty.cmp(&b.2.duty))
            .then((a.2.kind == EvidenceKind::Role).cmp(&(b.2.kind == EvidenceKind::Role)))
            .then(a.2.line.cmp(&b.2.line))
    });
    let matches: Vec<Match> = scored
        .into_iter()
        .take(MAX_MATCHES)
        .map(|(s, coverage, e, shared)| Match {
            line: e.line,
            text: e.text.clone(),
            strength: if e.result || e.kind == EvidenceKind::Qualification {
                Strength::Strong
            } else {
                Strength::Partial
            },
            evidence: e.kind,
            shared,
            score: (s * 1000.0).round() / 1000.0,
            coverage: (coverage * 1000.0).round() / 1000.0,
        })
        .collect();
    RequirementMatch {
        text: item.text.clone(),
        kind: item.kind,
        posting_line: item.line,
        gap: matches.is_empty(),
        matches,
    }
}

/// Matches every item of a posting against a résumé.
pub fn match_posting(posting: &Posting, resume: &Document) -> Vec<RequirementMatch> {
    crate::cancel::never(match_posting_cancellable(posting, resume, Cancel::NEVER))
}

/// [`match_posting`], stopping between requirements once `cancel` is set.
pub fn match_posting_cancellable(
    posting: &Posting,
    resume: &Document,
    cancel: Cancel<'_>,
) -> Result<Vec<RequirementMatch>, Cancelled> {
    let ev = evidence(resume);
    let index = EvidenceIndex::new(&ev);
    // A requirement written twice word for word is matched once.
    let mut done: HashMap<&str, RequirementMatch> = HashMap::new();
    posting
        .items
        .iter()
        .map(|i| {
            cancel.check()?;
            let m = done
                .entry(i.text.as_str())
                .or_insert_with(|| match_candidates(i, &ev, Some(&index)));
            Ok(RequirementMatch {
                kind: i.kind,
                posting_line: i.line,
                ..m.clone()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prep::posting::parse;

    const RESUME: &str = "# 職務経歴書\n\n## 職務経歴\n\n### 株式会社みなと商事（2017年4月〜2023年3月）\n\n- 受注データの入力業務を担当。\n- 電話での問い合わせ対応（1日約30件）。\n- 見積書のテンプレートを整備し、作成時間を1件30分から10分に短縮した。\n- 請求書の発行、入金確認、売掛金の管理。\n\n### 株式会社ひかりテック（2023年4月〜現在）\n\n- ＡＷＳ（EC2、S3）上の社内システムの運用を担当。\n- SAPの購買モジュールで発注データを管理。\n- 監視の仕組みを見直し、障害対応の時間を月20時間削減した。\n\n## 活かせる経験・知識・スキル\n\n- Excel（VLOOKUP、ピボットテーブル）\n\n## 資格\n\n- 日商簿記2級\n";

    fn top(req: &str) -> Option<(usize, Strength, Vec<String>)> {
        let doc = Document::parse(RESUME);
        let ev = evidence(&doc);
        let item = PostingItem {
            kind: RequirementKind::Required,
            text: req.to_string(),
            line: 1,
        };
        let m = match_item(&item, &ev);
        m.matches
            .first()
            .map(|m| (m.line, m.strength, m.shared.clone()))
    }

    fn top_line(req: &str) -> Option<usize> {
        top(req).map(|t| t.0)
    }

    #[test]
    fn japanese_synonyms_match() {
        // 顧客対応 ≈ 問い合わせ対応.
        assert_eq!(top_line("顧客対応の経験"), Some(8));
        // 業務効率化 ≈ 短縮/見直し: the quantified line, strong.
        let (line, strength, shared) = top("業務効率化の実績").unwrap();
        assert!(line == 9 || line == 16, "{line}");
        assert_eq!(strength, Strength::Strong);
        assert!(shared.iter().any(|s| s == "≈業務改善"), "{shared:?}");
    }

    #[test]
    fn compound_nouns_and_base_forms() {
        assert_eq!(top_line("請求書発行の実務経験"), Some(10));
        assert_eq!(top_line("見積書を作成した経験"), Some(9));
    }

    #[test]
    fn english_terms_case_and_width_insensitive() {
        assert_eq!(top_line("AWSでのインフラ運用経験"), Some(14));
        assert_eq!(top_line("aws の知識"), Some(14));
        assert_eq!(top_line("ＳＡＰの操作経験"), Some(15));
        assert_eq!(top_line("Excel（関数・ピボット）"), Some(20));
        let (_, _, shared) = top("SAP").unwrap();
        assert!(shared.iter().any(|s| s == "SAP"), "{shared:?}");
    }

    #[test]
    fn qualification_is_strong_evidence() {
        let (line, strength, _) = top("日商簿記2級以上").unwrap();
        assert_eq!((line, strength), (24, Strength::Strong));
    }

    #[test]
    fn unrelated_requirement_is_a_gap() {
        assert_eq!(top_line("介護福祉士の資格"), None);
        assert_eq!(top_line("フォークリフトの運転経験"), None);
        assert_eq!(top_line("ビジネスレベルの英語力"), None);
    }

    #[test]
    fn lower_grade_or_licence_class_is_no_evidence() {
        let resume = "## 職務経歴\n### 株式会社A（2020年4月〜現在）\n- 経理を担当。\n## 資格\n- 日商簿記3級\n- 中型自動車免許\n";
        let doc = Document::parse(resume);
        let ev = evidence(&doc);
        let top = |t: &str| {
            let item = PostingItem {
                kind: RequirementKind::Required,
                text: t.to_string(),
                line: 1,
            };
            match_item(&item, &ev).matches.first().map(|m| m.line)
        };
        assert_eq!(top("日商簿記2級以上"), None);
        assert_eq!(top("日商簿記3級以上"), Some(5));
        assert_eq!(top("大型自動車免許"), None);
        assert_eq!(top("普通自動車免許"), Some(6));
    }

    #[test]
    fn counters_after_numbers_are_no_topic() {
        let t = terms("月次決算を7営業日から5営業日に短縮");
        assert!(!t.shown().contains(&"営業".to_string()), "{:?}", t.shown());
        assert!(!t.shown().contains(&"≈営業".to_string()), "{:?}", t.shown());
        assert!(
            t.shown().contains(&"月次決算".to_string()),
            "{:?}",
            t.shown()
        );
    }

    #[test]
    fn terms_keep_nouns_and_drop_framing() {
        let t = terms("法人営業の実務経験3年以上");
        let shown = t.shown();
        assert!(shown.contains(&"法人営業".to_string()) || shown.contains(&"営業".to_string()));
        assert!(!shown.contains(&"経験".to_string()), "{shown:?}");
        assert!(!shown.contains(&"以上".to_string()), "{shown:?}");
    }

    #[test]
    fn whole_posting_is_matched_in_order() {
        let p = parse("【必須】\n・受発注業務の経験\n・介護福祉士\n");
        let doc = Document::parse(RESUME);
        let r = match_posting(&p, &doc);
        assert_eq!(r.len(), 2);
        assert!(!r[0].gap);
        assert!(r[1].gap);
        assert_eq!(r[0].posting_line, 2);
    }
}
