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
use crate::document::{Document, EpisodePart, LineKind, SectionKind};
use crate::review::review_document;
use crate::text::morph::{Morpheme, Pos, analyze};
use crate::text::normalize::Normalized;

use super::career;
use super::licences;
use super::posting::{Posting, PostingItem, RequirementKind};
use super::synonyms::{DUTIES, GROUPS};

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
// 入社: every career's first line says it (「2020年4月 入社 …」), and a posting says it of the
// time after hiring (「入社後半年ほどで」); it names no work unless with one (入社手続き).
const WEAK_NOUNS: &[&str] = &[
    "対応", "管理", "作成", "運用", "業務", "調整", "実施", "推進", "改善", "提案", "支援", "入社",
];

/// Acts done in every job, to anything (確認, 入力, 連絡, 報告): two lines that share only
/// such acts, and nothing they are done to, are about different work (「納期の確認」 is not
/// 「請求書の確認」). 発注 too: a shop orders stock, an office supplies, a plant materials —
/// what is ordered says which work it is. So are a review (見直し), a procedure (手順) and a
/// scheme (制度) of anything: 「受発注の手順書」 is not 「更新案内の手順」, インボイス制度 not 人事制度.
const GENERIC_ACTS: &[&str] = &[
    "確認",
    "入力",
    "連絡",
    "報告",
    "更新",
    "受付",
    "手配",
    "記録",
    "作業",
    "指示",
    "共有",
    "発注",
    "見直し",
    "手順",
    "制度",
];

/// Nouns that name who or where rather than which work (顧客, お客様, スタッフ, 店舗, 情報):
/// counted weakly as words, so that two lines about customers or staff are not evidence of
/// each other by that word alone (「お客様からのご意見への対応」 is not 「お客様アンケート」). In
/// compounds they count in full (顧客管理, 店舗巡回).
const GENERIC_NOUNS: &[&str] = &[
    "顧客",
    "お客様",
    "取引先",
    "メーカー",
    "スタッフ",
    "社員",
    "社内",
    "担当者",
    "部門",
    "現場",
    "情報",
];

/// English words that name no tool or product (a PC is everyone's).
const GENERIC_ENGLISH: &[&str] = &["pc", "it", "oa", "web", "os", "ok"];

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
const MIN_SCORE: f64 = 0.15;
/// … and cover this share of the requirement's terms: a line that shares only 営業 with
/// 「SaaS・IT製品の営業経験」 leaves the specific part unproven.
const MIN_COVERAGE: f64 = 0.10;

/// Weight of words, compounds and names (not synonym groups) a term match must share, unless
/// it covers half of the requirement.
const MIN_SUBSTANCE: f64 = 2.0;

/// Whom a leadership requirement is about, when it names no specific group (「新人ドライバーへの
/// 指導」 is specific and stays with the shared terms).
const LEADERSHIP_OBJECTS: &[&str] = &[
    "部下",
    "後輩",
    "メンバー",
    "チーム",
    "スタッフ",
    "若手",
    "アルバイト",
    "パート",
];

/// Matches shown per requirement.
/// A work line within this share of a skills-list line's score comes first (see `match_item`).
const WORK_OVER_LIST: f64 = 0.3;
const MAX_MATCHES: usize = 3;
/// Weight of a line that only states a problem, outside an episode (see `match_item_indexed`).
const PROBLEM_ONLY: f64 = 0.6;

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
    /// Compounds that are a part of a longer compound of the same noun run (基幹システム inside
    /// 基幹システム更改プロジェクト): matchable, but not counted again in the text's size.
    nested: BTreeSet<String>,
    /// Words that name an act done in any work ([`GENERIC_ACTS`]), not what it is done to.
    acts: BTreeSet<String>,
    /// Words that name a thing, not an act (納期, 来客, 日報 — not 検査, 説明, 同行: the
    /// analyser's サ変接続 nouns are acts).
    things: BTreeSet<String>,
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
        self.terms
            .iter()
            .filter(|(k, _)| !self.nested.contains(*k))
            .map(|(_, t)| t.0)
            .sum()
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
    for (g, (_, ws)) in GROUPS.iter().chain(DUTIES).enumerate() {
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
            // A compound does not start with a suffix (書 of 見積書 + 作成 is no 「書作成」).
            if core[i].pos1 == "接尾" {
                continue;
            }
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
                if i > 0 || j < core.len() {
                    t.nested.insert(s.clone());
                }
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
        // The end of a period heads a compound (年末調整, 月末締め, 期末棚卸) though alone it
        // names no topic (「年末に」). (Other time nouns — 翌日分, 時間帯 — stay out: they would
        // make compounds of plans and shifts that only share a day.)
        let time_head = m.pos == Pos::Noun
            && m.pos1 == "副詞可能"
            && run.is_empty()
            && ["年末", "月末", "期末", "年度末", "月初", "期首"].contains(&m.surface.as_str());
        if time_head {
            run.push(m);
            continue;
        }
        if is_content_noun(m) || suffix {
            run.push(m);
            if !suffix && !is_ascii_word(&m.surface) && m.surface.chars().count() >= 2 {
                let w = m.base.to_string();
                if !is_stop(&w) {
                    let weight = if WEAK_NOUNS.contains(&w.as_str())
                        || GENERIC_NOUNS.contains(&w.as_str())
                    {
                        W_WEAK
                    } else {
                        W_WORD
                    };
                    if GENERIC_ACTS.contains(&w.as_str()) {
                        t.acts.insert(w.clone());
                    }
                    if m.pos1 != "サ変接続" {
                        t.things.insert(w.clone());
                    }
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
    // English words (after NFKC the letters are ASCII), compared lower-cased and shown as first
    // written (one pass over the text).
    for w in text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '+' || c == '#'))
        // Names start with a letter (Excel, SAP), or are a number and capitals (8D, 5S, 3PL);
        // a number and a lower-case unit (4t, 80t) is a size.
        .filter(|w| {
            w.len() >= 2
                && (w.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                    || (w.chars().any(|c| c.is_ascii_uppercase())
                        && w.chars()
                            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())))
        })
    {
        let key = w.to_ascii_lowercase();
        let weight = if GENERIC_ENGLISH.contains(&key.as_str()) {
            W_WEAK
        } else {
            W_ENGLISH
        };
        t.add(key, weight, TermKind::English, w.to_string());
    }
    // A standard's name and number are written apart as often as together (「FSSC 22000」,
    // 「ISO 9001」 / 「ISO9001」): the name with its number is one word either way.
    for c in STANDARD_RE.captures_iter(text) {
        let shown = format!("{}{}", &c[1], &c[2]);
        t.add(
            shown.to_ascii_lowercase(),
            W_ENGLISH,
            TermKind::English,
            shown,
        );
    }
    let lower = text.to_lowercase();
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
        let head = GROUPS
            .iter()
            .chain(DUTIES)
            .nth(g)
            .expect("group of a word")
            .0;
        let key = format!("≈{head}");
        t.concept_words
            .entry(key.clone())
            .or_default()
            .insert(lower[m.range()].to_string());
        // A duty of the duty table names the work as a compound does; a topic group less.
        let weight = if g >= GROUPS.len() {
            W_COMPOUND
        } else {
            W_CONCEPT
        };
        t.add(key, weight, TermKind::Concept, head.to_string());
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

/// A standard's name, a space and its number (ISO 9001, FSSC 22000).
static STANDARD_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?:^|[^A-Za-z0-9])([A-Z]{2,6})[ \u{3000}](\d{3,5})(?:[^0-9]|$)")
        .expect("valid regex")
});

fn is_kanji(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || c == '々'
}

fn is_katakana(c: char) -> bool {
    ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー'
}

/// Terms of a raw text (normalizes and analyses it).
pub fn terms(text: &str) -> Terms {
    let n = expand_lists(&Normalized::new(text).text);
    let m = analyze(&n);
    terms_of(&n, &m)
}

static LIST_OF_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"((?:[\p{Han}\p{Katakana}ー]{1,6}・){1,5}[\p{Han}\p{Katakana}ー]{1,6})の(管理|対応|作成|手配|確認|調整|改善|運用)",
    )
    .expect("valid regex")
});

/// A list of things with one duty (「工程・品質・安全・原価の管理」) is that duty of each
/// (工程管理・品質管理・安全管理・原価管理): the compounds the résumé writes.
fn expand_lists(text: &str) -> String {
    LIST_OF_RE
        .replace_all(text, |c: &regex::Captures| {
            c[1].split('・')
                .map(|x| format!("{x}{}", &c[2]))
                .collect::<Vec<_>>()
                .join("・")
        })
        .into_owned()
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
    /// The line says what was wrong (the review's reading of the line).
    pub problem: bool,
    /// The line says what the seeker did.
    pub action: bool,
    /// The achievement the line belongs to (the review's episodes, which join a problem, its
    /// act and its result told over several lines); career lines only.
    pub episode: Option<usize>,
    /// The line gives its place to its episode's action line when matched (set by
    /// [`ResumeFacts::new`], which reads the episodes).
    pub to_action: bool,
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
    let mut by_line: BTreeMap<usize, &crate::review::ItemReport> = BTreeMap::new();
    for it in &review.items {
        by_line.insert(it.line, it);
    }
    let mut out = Vec::new();
    for (i, l) in doc.lines.iter().enumerate() {
        if matches!(l.kind, LineKind::Blank | LineKind::Rule) || l.content.is_empty() {
            continue;
        }
        let section = doc.sections[l.section].kind;
        let item = by_line.get(&l.number);
        let kind = if let Some(it) = item {
            Some((EvidenceKind::Career, it.result, it.duty))
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
            problem: item.is_some_and(|it| it.problem),
            action: item.is_some_and(|it| it.action),
            episode: item.map(|it| it.episode),
            to_action: false,
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
    "資格",
    "免許",
    "検定",
    "級",
    "認定",
    "修了",
    "講習",
    "技能",
    "士",
    "TOEIC",
    // A course one completes (認知症介護実践者研修, 喀痰吸引等研修の指導者研修), not 新人研修.
    "者研修",
];
/// Words of a requirement that ask to hold a licence or to have completed a course.
const HOLDING_WORDS: &[&str] = &[
    "資格", "免許", "検定", "修了", "講習", "研修", "試験", "合格", "取得", "認定",
];
/// Words every licence line has: shared alone, they name no licence.
const QUALIFICATION_GENERIC: &[&str] = &[
    "研修", "修了", "資格", "取得", "検定", "試験", "合格", "講習", "認定", "免許", "技能",
];
/// Words of a qualification line that say it is not held yet.
const NOT_YET_HELD: &[&str] = &[
    "受験準備中",
    "勉強中",
    "学習中",
    "受験予定",
    "取得予定",
    "取得に向け",
    "を目指して",
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
static SHU_RE: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"第?([1-3一二三])種").expect("valid regex"));
static KOU_RE: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"([甲乙丙])種").expect("valid regex"));
static TOEIC_RE: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"(?i)toeic[^0-9]{0,8}([0-9]{3})").expect("valid regex"));

/// Endings of a licence's or a certificate's name (危険物取扱者, 玉掛け技能講習, 秘書検定).
/// Certificates named as the advisor they make (キャリアコンサルタント, インテリアコーディネーター,
/// 住宅ローンアドバイザー) end in the role.
const LICENCE_ENDINGS: &[&str] = &[
    "士",
    "者",
    "検定",
    "免許",
    "講習",
    "修了",
    "技能",
    "主任",
    "資格",
    "試験",
    "コンサルタント",
    "コーディネーター",
    "アドバイザー",
    "プランナー",
];

/// The names of licences a requirement asks for, read from its words when the licence table
/// does not know them: compounds ending like a licence (「危険物取扱者」「玉掛け技能講習」).
fn licence_names(req: &Terms) -> Vec<&str> {
    req.terms
        .iter()
        .filter(|(k, (_, kind, _))| {
            matches!(kind, TermKind::Compound | TermKind::Word)
                && k.chars().count() >= 3
                && LICENCE_ENDINGS.iter().any(|e| k.ends_with(e))
                && ![
                    "経験者",
                    "担当者",
                    "責任者",
                    "管理者",
                    "未経験者",
                    "有資格者",
                ]
                .contains(&k.as_str())
        })
        .map(|(k, _)| k.as_str())
        .collect()
}

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
    if matches!((class(req), class(line)), (Some(want), Some(have)) if have > want) {
        return true;
    }
    // 第一種 ⊃ 第二種 ⊃ 第三種 (電気主任技術者, 衛生管理者), 甲種 ⊃ 乙種 ⊃ 丙種 (危険物, 消防設備士).
    let shu = |s: &str| {
        SHU_RE.captures(s).map(|c| match &c[1] {
            "1" | "一" => 1,
            "2" | "二" => 2,
            _ => 3,
        })
    };
    if let (Some(want), Some(have)) = (shu(req), shu(line))
        && have > want
    {
        return true;
    }
    let kou = |s: &str| {
        KOU_RE.captures(s).map(|c| match &c[1] {
            "甲" => 1,
            "乙" => 2,
            _ => 3,
        })
    };
    if let (Some(want), Some(have)) = (kou(req), kou(line))
        && have > want
    {
        return true;
    }
    // TOEIC scores.
    let score = |s: &str| TOEIC_RE.captures(s).and_then(|c| c[1].parse::<u32>().ok());
    matches!((score(req), score(line)), (Some(want), Some(have)) if have < want)
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
    /// Why this line is evidence, in Japanese (the shared terms, the employer block and its
    /// years, the licence and its grade).
    pub reason: String,
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

/// Substance a line gets from naming a duty of the requirement (a duty concept of
/// [`DUTIES`]): a duty word says as much as a shared compound — in other words (小口現金 /
/// 現金出納帳) or in the same one (「ベンダーコントロール」 / 「ベンダー2社と協業」), where the word
/// already counted as itself is made up to a compound's weight.
fn duty_in_other_words(req: &Terms, line: &Terms) -> f64 {
    DUTIES
        .iter()
        .map(|(head, _)| format!("≈{head}"))
        .filter_map(
            |k| match (req.concept_words.get(&k), line.concept_words.get(&k)) {
                (Some(a), Some(b)) if a.is_disjoint(b) => Some(W_COMPOUND),
                (Some(a), Some(b)) => {
                    let counted: f64 = a
                        .intersection(b)
                        .filter_map(|w| match (req.terms.get(w), line.terms.get(w)) {
                            (Some(t), Some(_)) if t.1 != TermKind::Concept => Some(t.0),
                            _ => None,
                        })
                        .sum();
                    Some((W_COMPOUND - counted).max(0.0))
                }
                _ => None,
            },
        )
        .sum()
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
                // (A duty word the analyser splits — 入出荷 read as 入 + 出荷 — was not counted.)
                let duty = DUTIES
                    .iter()
                    .any(|(head, _)| k.strip_prefix('≈') == Some(*head));
                if a.iter().all(|x| b.contains(x))
                    && b.iter().all(|x| a.contains(x))
                    && (!duty || a.iter().all(|x| req.terms.contains_key(x)))
                {
                    continue;
                }
            }
            // A compound inside a longer shared compound (工程内 and 内不良 in 工程内不良) is
            // the same phrase again: counted once, by the longest.
            if *kind == TermKind::Compound
                && req.terms.iter().any(|(o, (_, ok, _))| {
                    *ok == TermKind::Compound
                        && o.len() > k.len()
                        && o.contains(k.as_str())
                        && line.terms.contains_key(o)
                })
            {
                continue;
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

/// The evidence lines by term, by character bigram and by résumé line, so that a requirement
/// is scored only against the lines that share something with it (a line sharing neither a
/// term nor a bigram scores 0): time grows with the lines that can match, not with every line.
#[derive(Debug, Clone, Default)]
pub struct EvidenceIndex {
    terms: HashMap<String, Vec<usize>>,
    bigrams: HashMap<String, Vec<usize>>,
    by_line: HashMap<usize, usize>,
}

impl EvidenceIndex {
    pub fn new(evidence: &[Evidence]) -> Self {
        let mut ix = EvidenceIndex::default();
        for (i, e) in evidence.iter().enumerate() {
            for k in e.terms.terms.keys() {
                ix.terms.entry(k.clone()).or_default().push(i);
            }
            for b in &e.terms.bigrams {
                ix.bigrams.entry(b.clone()).or_default().push(i);
            }
            ix.by_line.entry(e.line).or_insert(i);
        }
        ix
    }

    /// Indices of the lines sharing a term or a bigram with `req`, in résumé order.
    fn candidates(&self, req: &Terms) -> Vec<usize> {
        let mut out: Vec<usize> = req
            .terms
            .keys()
            .filter_map(|k| self.terms.get(k))
            .chain(req.bigrams.iter().filter_map(|b| self.bigrams.get(b)))
            .flatten()
            .copied()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The evidence of a résumé line (1-based), if it is one.
    pub fn at_line<'e>(&self, evidence: &'e [Evidence], line: usize) -> Option<&'e Evidence> {
        self.by_line.get(&line).map(|&i| &evidence[i])
    }
}

/// Why a line was chosen, in words a seeker reads (no symbols): the words both share, a word
/// of the synonym table as 「受発注（近い言葉）」, and characters shared only in part as the
/// runs they form (「管理」「理表」 → 「管理表」).
pub fn plain_reason(shared: &[String]) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut bigrams: Vec<&str> = Vec::new();
    for s in shared {
        if let Some(b) = s.strip_prefix('~') {
            bigrams.push(b);
        } else if let Some(c) = s.strip_prefix('≈') {
            words.push(format!("{c}（近い言葉）"));
        } else {
            words.push(s.clone());
        }
    }
    if !words.is_empty() {
        return format!("共通する語：{}", words.join("、"));
    }
    // Chain the bigrams that overlap by one character into runs.
    let mut runs: Vec<String> = Vec::new();
    let mut left: Vec<&str> = bigrams;
    while let Some(first) = left.first().copied() {
        left.remove(0);
        let mut run = first.to_string();
        loop {
            let last = run.chars().last();
            let first_c = run.chars().next();
            if let Some(k) = left.iter().position(|b| b.chars().next() == last) {
                let b = left.remove(k);
                run.extend(b.chars().skip(1));
            } else if let Some(k) = left.iter().position(|b| b.chars().last() == first_c) {
                let b = left.remove(k);
                let head: String = b.chars().take(1).collect();
                run = head + &run;
            } else {
                break;
            }
        }
        runs.push(run);
    }
    if runs.is_empty() {
        String::new()
    } else {
        format!("表記の一部が共通：{}", runs.join("、"))
    }
}

/// Matches one requirement against the evidence lines.
pub fn match_item(item: &PostingItem, evidence: &[Evidence]) -> RequirementMatch {
    match_item_indexed(item, evidence, &EvidenceIndex::new(evidence))
}

/// [`match_item`] with the index of `evidence` built once for all requirements.
pub fn match_item_indexed(
    item: &PostingItem,
    evidence: &[Evidence],
    index: &EvidenceIndex,
) -> RequirementMatch {
    match_item_with(item, evidence, index, MIN_SUBSTANCE)
}

/// [`match_item_indexed`] with the substance a line must share set by the caller.
fn match_item_with(
    item: &PostingItem,
    evidence: &[Evidence],
    index: &EvidenceIndex,
    min_substance: f64,
) -> RequirementMatch {
    let req_text = Normalized::new(&item.text).text;
    let req = terms(&item.text);
    let asks = asks_for(&req_text);
    let names = licence_names(&req);
    // Holding a licence or a completed course is asked, not experience of the work.
    let holding_asked = asks == Asks::Qualification
        && item.kind != RequirementKind::Duty
        && !EXPERIENCE_WORDS.iter().any(|w| req_text.contains(w))
        && HOLDING_WORDS.iter().any(|w| req_text.contains(w));
    let mut scored: Vec<(f64, f64, &Evidence, Vec<String>)> = index
        .candidates(&req)
        .into_iter()
        .map(|i| &evidence[i])
        .filter_map(|e| {
            let (s, w, shared) = score(&req, &e.terms);
            let coverage = w / req.total().max(f64::MIN_POSITIVE);
            if s < MIN_SCORE || w < MIN_SHARED.min(req.total() * 0.5) || coverage < MIN_COVERAGE {
                return None;
            }
            // One shared word or a synonym group alone (接客 ≈ 接客・販売) is a topic, not evidence:
            // the line must share a compound, a name, or several words — or most of the requirement.
            let substance: f64 = req
                .terms
                .iter()
                .filter(|(k, (_, kind, _))| {
                    *kind != TermKind::Concept && e.terms.terms.contains_key(*k)
                })
                .map(|(_, (w, _, _))| *w)
                .sum::<f64>()
                + duty_in_other_words(&req, &e.terms);
            // Leading people is said in many words (指導, 育成, 教育, OJT): for a requirement that
            // is about it, the synonym group is the evidence.
            // (「後輩の営業担当を育てた経験」 names whom by their job: the line must name people of
            // that job — 新人事務員 for 事務スタッフ, not 新人ドライバー for 営業担当.)
            let leadership = req.terms.contains_key("≈育成・指導")
                && e.terms.terms.contains_key("≈育成・指導")
                && LEADERSHIP_OBJECTS.iter().any(|w| req_text.contains(w))
                && {
                    let asked = career::families_of(&req_text);
                    asked.is_empty()
                        || career::families_of(&e.norm)
                            .iter()
                            .any(|f| asked.iter().any(|a| a.id == f.id))
                };
            if substance < min_substance && coverage < 0.5 && !leadership {
                return None;
            }
            // Acts alone (「材料の発注と納期の確認」 against 「備品の発注、請求書の確認」): the same
            // acts on other things are other work. The line must share what the work is done
            // to — a word that is no act, a compound, a name or a duty of the duty table.
            let object = req.terms.iter().any(|(k, (w, kind, _))| {
                e.terms.terms.contains_key(k)
                    && match kind {
                        TermKind::Word => !req.acts.contains(k) && *w >= W_WORD,
                        TermKind::Compound | TermKind::English => true,
                        TermKind::Concept => *w >= W_COMPOUND,
                        TermKind::Verb => false,
                    }
            });
            if !object && coverage < 0.5 && !leadership {
                return None;
            }
            if e.kind == EvidenceKind::Qualification && below_level(&req_text, &e.norm) {
                return None;
            }
            // 「現場代理人・主任技術者を務めた経験」: a post served in, which a licence does not show.
            if e.kind == EvidenceKind::Qualification && req_text.contains("務めた") {
                return None;
            }
            // A licence or a course asked (「喀痰吸引等研修 修了」「技能検定1級」) is held or not:
            // shown by the qualifications, not by work on its topic (射出成形機の段取り) nor by a
            // post of the same name (ユニットリーダーに就任 for ユニットリーダー研修); and by
            // another licence only through its own name, not the words every licence has.
            if holding_asked {
                if !matches!(e.kind, EvidenceKind::Qualification | EvidenceKind::Skill) {
                    return None;
                }
                if !shared.iter().any(|w| {
                    let w = w.trim_start_matches('≈');
                    !QUALIFICATION_GENERIC.contains(&w)
                }) {
                    return None;
                }
            }
            // 「社会保険労務士試験 受験準備中」: a licence not yet held.
            if e.kind == EvidenceKind::Qualification
                && NOT_YET_HELD.iter().any(|w| e.norm.contains(w))
                && !e.norm.contains("合格")
            {
                return None;
            }
            // A licence the table does not know is met by that licence only: another one that
            // shares a word (管理, 技士, 衛生) is a licence of another kind.
            if e.kind == EvidenceKind::Qualification
                && asks == Asks::Qualification
                && !names.is_empty()
                && !names.iter().any(|n| {
                    // 「AWS認定資格」 names the certificates of a kind (AWS認定ソリューション
                    // アーキテクト): the words before 資格 are the name.
                    e.norm.contains(n)
                        || n.strip_suffix("資格")
                            .is_some_and(|k| k.chars().count() >= 2 && e.norm.contains(k))
                })
            {
                return None;
            }
            // A licence does not show a duty was done (2級建築施工管理技士（仕上げ） is not
            // 「仕上げ工事の品質検査」).
            if e.kind == EvidenceKind::Qualification && item.kind == RequirementKind::Duty {
                return None;
            }
            // 「30名以上のスタッフを管理」: the line names that many people.
            if let Some(n) = people_asked(&req_text)
                && people_in(&e.norm).is_none_or(|m| m < n)
            {
                return None;
            }
            // A qualification proves a qualification; experience is proven by work lines.
            let factor = match (asks, e.kind) {
                (Asks::Qualification, EvidenceKind::Qualification) => 1.5,
                (Asks::Experience, EvidenceKind::Qualification) => 0.5,
                // A skills list claims; a 職務経歴 line shows the work.
                (Asks::Experience, EvidenceKind::Skill) => 0.8,
                _ => 1.0,
            } * match e.kind {
                // Work is shown by the 職務経歴, not by a skills list or a licence named alike
                // (食品表示 ≠ 食品表示検定).
                EvidenceKind::Skill => 0.6,
                EvidenceKind::Qualification if asks != Asks::Qualification => 0.6,
                _ => 1.0,
            } * if e.problem && !e.action && !e.result && !e.to_action {
                // A line that only says what was wrong (「問い合わせが電話とメールに分かれ、同じ
                // 質問に何度も答えていた」) tells the situation, not the work done (a problem
                // whose episode has an action line gives its place to that line instead).
                PROBLEM_ONLY
            } else {
                1.0
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
    // A skills list or a licence claims, and a job heading names the post a duty was done in;
    // a 職務経歴 line shows the work. When a work line shares enough with the requirement, it
    // comes before such a line that scored higher.
    let listed = |e: &Evidence| {
        e.kind == EvidenceKind::Skill
            || (e.kind == EvidenceKind::Qualification && asks != Asks::Qualification)
            || (e.kind == EvidenceKind::Role && item.kind == RequirementKind::Duty)
    };
    if let Some(first) = scored.first()
        && listed(first.2)
        && let Some(k) = scored
            .iter()
            .position(|x| x.2.kind == EvidenceKind::Career && x.0 >= WORK_OVER_LIST * first.0)
    {
        let work = scored.remove(k);
        scored.insert(0, work);
    }
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
            score: (s * 1000.0).round() / 1000.0,
            coverage: (coverage * 1000.0).round() / 1000.0,
            reason: plain_reason(&shared),
            shared,
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
    let facts = ResumeFacts::new(resume);
    let job = super::relation::posting_family(posting).map(|f| f.id);
    // Items by parent line, so that a heading finds its sub-items without a scan per item.
    let mut children: HashMap<usize, Vec<&PostingItem>> = HashMap::new();
    for c in &posting.items {
        if let Some(p) = c.parent {
            children.entry(p).or_default().push(c);
        }
    }
    // A requirement written word for word again (a posting pasted twice) is matched once.
    let mut seen: HashMap<(String, RequirementKind), Vec<Match>> = HashMap::new();
    posting
        .items
        .iter()
        .map(|i| {
            cancel.check()?;
            // A ■ duty heading (「■受発注業務」) is read with its └ sub-items.
            let subs: Vec<&str> = children
                .get(&i.line)
                .into_iter()
                .flatten()
                .filter(|c| c.kind == i.kind)
                .map(|c| c.text.as_str())
                .collect();
            let mut with = i.clone();
            if !subs.is_empty() {
                with.text = format!("{} {}", i.text, subs.join(" "));
            }
            let key = (with.text.clone(), i.kind);
            let matches = match seen.get(&key) {
                Some(m) => m.clone(),
                None => {
                    let mut m = match_structured(&with, &facts).matches;
                    if i.kind == RequirementKind::Duty {
                        m.retain(|m| {
                            !other_job_by_topic(m, job, &facts)
                                && !people_work_elsewhere(m, job, &facts)
                        });
                        if m.is_empty() {
                            m = duty_of_the_same_job(&with, job, &facts);
                        }
                    }
                    seen.insert(key, m.clone());
                    m
                }
            };
            Ok(RequirementMatch {
                text: i.text.clone(),
                kind: i.kind,
                posting_line: i.line,
                gap: matches.is_empty(),
                matches,
            })
        })
        .collect()
}

/// Whether a duty's match is a line of another job that shares only a topic with it: a
/// factory's 品質管理・工程 is not a site's 工程・品質の管理, a food line's 成形機 not a moulding
/// shop's. A line of the posting's job or a neighbouring one, or one that shares two words of
/// the duty (or a name), stays; so does the work every job has (問い合わせ, シフト, 採用, 面談,
/// 研修) and the forklift every floor drives.
fn other_job_by_topic(m: &Match, job: Option<&'static str>, facts: &ResumeFacts) -> bool {
    let Some(job) = job else { return false };
    if m.evidence != EvidenceKind::Career {
        return false;
    }
    let fams = facts.block_families(m.line);
    if fams.is_empty() || fams.iter().any(|f| *f == job || career::adjacent(f, job)) {
        return false;
    }
    const EVERY_JOB: &[&str] = &[
        // Inquiries by phone and mail come to every desk (荷主からの問い合わせ対応 shows the
        // 取引先からの問い合わせ対応 of an order desk).
        "問い合わせ",
        "電話対応",
        "シフト",
        "採用",
        "面談",
        "勤怠",
        "研修",
        "教育",
        // Teaching newcomers is every workplace's (新人の作業者の教育 for 「スタッフの育成」).
        "育成・指導",
        "フォークリフト",
    ];
    let words: Vec<&String> = m.shared.iter().filter(|w| !w.starts_with('≈')).collect();
    let named = words.iter().any(|w| w.is_ascii());
    // (Teaching shown by a figure — 「新人のピッキングミスは…減っています」 — is the other job's
    // result, not the teaching.)
    let people = m.shared.iter().any(|w| {
        EVERY_JOB.iter().any(|e| w.contains(e))
            && !(w.contains("育成・指導") && m.strength == Strength::Strong)
    });
    words.len() < 2 && !named && !people
}

/// The substance a line of the posting's own job must share with a duty: one word that names
/// what the work is done to (「納期」, 「来客」).
const SAME_JOB_SUBSTANCE: f64 = 1.0;

/// A duty no line shares a compound with, in a résumé that did the posting's job: within the
/// employer blocks of that job, the line sharing one word of what the work is done to (「欠品や
/// 入荷遅れの際の納期の確認」 / 「納期の回答を担当」). Someone who did the job tells its duties
/// in their own words, which share less with the posting's than a line of another job must.
fn duty_of_the_same_job(
    item: &PostingItem,
    job: Option<&'static str>,
    facts: &ResumeFacts,
) -> Vec<Match> {
    let Some(job) = job else { return Vec::new() };
    if approach(item) != Approach::Terms {
        return Vec::new();
    }
    let req = terms(&item.text);
    facts
        .match_terms_at(item, SAME_JOB_SUBSTANCE)
        .into_iter()
        .filter(|m| {
            m.evidence == EvidenceKind::Career
                && facts.block_families(m.line).contains(&job)
                // A duty is shown by a line telling work done, not by a result or a problem
                // that shares a word with it (「誤出荷が26件から8件に」 for 「出荷指示の確定」).
                && facts
                    .at_line(m.line)
                    .is_some_and(|e| (e.duty || e.action) && !e.result && !e.problem)
                // The word shared says which line: a thing the work is done to (an act —
                // 検査, 説明, 同行 — is done to many), one the résumé uses on a line or two
                // (納期), not the job's everyday word (店舗 in a shop's résumé).
                && m.shared.iter().any(|w| {
                    !w.starts_with(['≈', '~'])
                        && req.things.contains(w.as_str())
                        && facts
                            .evidence
                            .iter()
                            .filter(|e| e.terms.terms.contains_key(&w.to_lowercase()))
                            .count()
                            <= RARE_IN_RESUME
                        && facts
                            .at_line(m.line)
                            .is_none_or(|e| !other_compounds(&req, &e.terms, w))
                })
        })
        .collect()
}

/// Whether a word both texts share sits in a compound on each side and the compounds differ:
/// 労働保険 and 社会保険 share 保険 and name other things.
fn other_compounds(req: &Terms, line: &Terms, w: &str) -> bool {
    let compounds = |t: &Terms| -> Vec<String> {
        t.terms
            .iter()
            .filter(|(k, (_, kind, _))| {
                *kind == TermKind::Compound && k.as_str() != w && k.contains(w)
            })
            .map(|(k, _)| k.clone())
            .collect()
    };
    let (a, b) = (compounds(req), compounds(line));
    !a.is_empty() && !b.is_empty() && !a.iter().any(|c| b.contains(c))
}

/// Lines of a résumé a word may appear on and still point to one duty.
const RARE_IN_RESUME: usize = 2;

/// Whether a duty's match is people taught or led in a job other than the posting's: a
/// sales team's 同行指導 is not shown by teaching office staff (an 営業事務's 新人教育), though a
/// requirement 「後輩の育成経験」 is (see [`people_work`]).
fn people_work_elsewhere(m: &Match, job: Option<&'static str>, facts: &ResumeFacts) -> bool {
    let Some(job) = job else { return false };
    if !matches!(m.shared.as_slice(), [w] if w == PEOPLE_TAUGHT || w == PEOPLE_LED) {
        return false;
    }
    let fams = facts.block_families(m.line);
    !fams.is_empty() && !fams.contains(&job)
}

/// What a requirement is about, read from its words, and how it is matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Approach {
    /// A licence: résumé qualifications of the same kind and an equal or higher grade.
    Licence,
    /// 業務改善 / 効率化: the résumé's improvement episodes (a problem and an action).
    Improvement,
    /// A tool (Excel, 会計ソフト …): the skills line that lists it, at the level asked.
    Tool,
    /// Experience of a job (and industry) for N years: the employer blocks and their periods.
    Experience,
    /// A leading post (「班長・主任など、メンバーをまとめた経験」): the lines that name such a
    /// post, when the résumé says whom the seeker led.
    Leadership,
    /// Anything else: shared terms.
    Terms,
}

/// Words of an improvement requirement.
const IMPROVEMENT_WORDS: &[&str] = &[
    "業務改善",
    "改善提案",
    "改善に",
    "効率化",
    "削減",
    "生産性向上",
    "自動化",
    "改善活動",
    // 「ミスを仕組みで防げる方」: preventing a trouble by changing how work is done is asked for
    // by the same episodes (a problem and an action).
    "仕組みで",
    "再発防止",
    // 「手順を見直し、効率化した経験」「不採算店の立て直し」「ミスや手間を減らした経験」.
    "見直し",
    "立て直し",
    "減らした",
    "減らす",
    // 「原価の低減に成果を上げた経験」「記録の手間を減らす工夫」「紙の手続きを電子化した経験」
    // 「新人の教育の仕組みをつくった経験」「独り立ちまでの期間を縮めた経験」.
    "低減",
    "短縮",
    "縮めた",
    // 「工事の原価を下げた経験」「離職率を下げた」「残業を抑えた」.
    "下げた",
    "下げる",
    "抑えた",
    "圧縮",
    "工夫",
    "電子化",
    "システム化",
    "ペーパーレス",
    "仕組みをつく",
    "仕組みを作",
    "仕組みづくり",
    "仕組み作り",
];

/// Words of an improvement requirement that say nothing about what was improved.
const GENERIC_IMPROVEMENT: &[&str] = &[
    "改善",
    "効率",
    "効率化",
    "削減",
    "取り組む",
    "業務",
    "業務改善",
    "自ら",
    "提案",
    "改善提案",
    "向上",
    "経験",
    "方",
    "作業",
    "定型",
    "定型作業",
    "活動",
    "実績",
    "業務効率化",
    "業務効率",
    "生産性",
    "生産性向上",
    // How any work is improved, not what: 「受発注の手順を見直して、手間を減らした」 asks for an
    // episode about 受発注. (A ミス is what went wrong: 「ミスの原因を調べ、仕組みで防げる方」 asks
    // for an episode about a mistake.)
    "手順",
    "原因",
    "手間",
    "見直し",
    "仕組み",
    "取り組み",
    "チーム",
    "成果",
    "工夫",
    "自動",
    "自動化",
    // How willingly, not what (「業務改善に主体的に取り組める方」「効率化の推進」).
    "主体的",
    "主体",
    "積極的",
    "自発的",
    "推進",
    // 「働きやすい職場づくりに取り組んだ経験」: a better workplace, any way.
    "働きやすい",
    "職場づくり",
    "環境づくり",
    "づくり",
    // Where, not what (「現場の改善」「職場の改善」).
    "現場",
    "職場",
    "社内",
    "部署",
    // The means, not what was improved (「システムの活用で」「ICTツールで」).
    "システム",
    "活用",
    "ツール",
    "ict",
    "ictツール",
    "it",
    "低減",
    "短縮",
    "つくる",
    "つくった",
    "作る",
    "作った",
];

/// What an improvement brings down, as a posting names it (「ミスや残業を減らした経験」「処理に
/// かかる時間やミスを減らした」) and as a résumé tells it in its own words: a mistake is 宛先の
/// 誤り, 記入漏れ, ラベルの貼り間違い, 誤出荷; the time work takes is 平均3日から1.5日, 70分から
/// 25分, 残業, 短縮. A requirement's word in the first list is met by an episode with one of
/// the second (or the time pattern) — when the requirement names nothing else as improved: in
/// 「見積や請求の手順を見直し、ミスや手間を減らした」 the episode must be about 見積 or 請求. The
/// time of one trade (荷待ち時間, 拘束時間, 待ち時間) is named by that trade's words.
const OUTCOMES: &[(&[&str], &[&str])] = &[
    (
        &["ミス", "入力ミス", "誤り", "間違い", "エラー"],
        &[
            "ミス",
            "誤り",
            "間違",
            "漏れ",
            "誤出荷",
            "誤配",
            "取り違え",
            "エラー",
            "不備",
        ],
    ),
    (
        &["時間", "作業時間", "処理時間", "残業", "残業時間", "日数"],
        &[
            "時間",
            "日数",
            "残業",
            "短縮",
            "早ま",
            "早め",
            "リードタイム",
        ],
    ),
];

/// A span of time brought from one length to another: 「70分から25分」「平均3日から1.5日に」
/// 「1.5日に短縮」 (not a rate per day, 「1日30件」, nor a date).
static TIME_COUNTED_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"[0-9０-９一二三四五六七八九十][0-9０-９.．]*\s*(?:分|日|時間|営業日)(?:から|→|ほどに|程度に|に短縮|に減)",
    )
        .expect("valid regex")
});

/// Whether a requirement's word names an outcome of any improvement (see `OUTCOMES`).
fn outcome_asked(word: &str) -> bool {
    OUTCOMES.iter().any(|(asked, _)| asked.contains(&word))
}

/// Whether a résumé line tells of the outcome a requirement's word names (see `OUTCOMES`).
fn outcome_told(word: &str, line: &str) -> bool {
    OUTCOMES.iter().any(|(asked, told)| {
        asked.contains(&word)
            && (told.iter().any(|t| line.contains(t))
                || (asked.contains(&"時間") && TIME_COUNTED_RE.is_match(line)))
    })
}

/// Words of a résumé line that changed how work was done (the improvement episodes).
const IMPROVEMENT_EVIDENCE: &[&str] = &[
    "改善",
    "削減",
    "短縮",
    "効率化",
    "向上",
    "見直",
    "統一",
    "一本化",
    "電子化",
    "自動化",
    "減ら",
    "減少",
    "減った",
    "防ぐ",
    "防止",
    "なくし",
    "仕組み",
    "手順書",
    "マニュアル",
    "ミス",
    "標準化",
];

/// Tools (and the words that name one of them), compared case-insensitively. 会計ソフト stands
/// for the accounting packages seekers name.
const TOOLS: &[(&str, &[&str])] = &[
    ("Excel", &["excel", "エクセル"]),
    ("Word", &["word", "ワード"]),
    ("PowerPoint", &["powerpoint", "パワーポイント", "パワポ"]),
    ("Access", &["access"]),
    (
        "会計ソフト",
        &[
            "会計ソフト",
            "勘定奉行",
            "弥生会計",
            "freee",
            "マネーフォワード",
            "pca会計",
            "会計システム",
        ],
    ),
    ("SAP", &["sap"]),
    (
        "Salesforce",
        &["salesforce", "sfa", "顧客管理ツール", "crm"],
    ),
    ("CAD", &["cad", "autocad", "rebro", "jw_cad"]),
    ("Minitab", &["minitab"]),
    ("WMS", &["wms"]),
    (
        "Microsoft 365",
        &["microsoft 365", "m365", "intune", "entra"],
    ),
    ("Windows Server", &["windows server"]),
    // Help desks log every inquiry as a ticket: a posting asks for 「ServiceNowなどのチケット
    // 管理ツール」, a résumé names the product its desk used.
    (
        "チケット管理ツール",
        &[
            "チケット管理",
            "servicenow",
            "zendesk",
            "service cloud",
            "jira service",
            "freshdesk",
            "redmine",
            "backlog",
        ],
    ),
    ("PowerShell", &["powershell"]),
    ("見積ソフト", &["見積ソフト", "見積システム"]),
    (
        "タブレット",
        &["タブレット", "ipad", "介護ソフト", "記録ソフト"],
    ),
];

/// The office programs everyone uses on a PC.
const OFFICE_TOOLS: &[&str] = &["Excel", "Word", "PowerPoint"];

/// 「パソコンの基本操作」「PCスキル（文字入力）」: using a PC, with no program named — shown by the
/// line that lists the office programs the seeker uses. (Setting PCs up or keeping them —
/// キッティング, 展開, PC・アカウントの管理 — is an IT desk's work, not their use.)
fn basic_pc_asked(lower: &str) -> bool {
    let pc = lower.contains("パソコン")
        || lower.match_indices("pc").any(|(i, _)| {
            !lower[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphabetic())
                && !lower[i + 2..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic())
        });
    pc && ["基本", "操作", "入力", "スキル"]
        .iter()
        .any(|w| lower.contains(w))
        && ![
            "キッティング",
            "展開",
            "セットアップ",
            "修理",
            "入れ替え",
            "管理",
            "アカウント",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

/// Levels that fall short of functions, pivots, aggregation or charts.
const WEAK_TOOL_LEVEL: &[&str] = &["表作成", "入力程度", "入力のみ", "基本操作", "閲覧"];

/// The level written with a tool (「Excel（表作成程度）」) falls short: the words right after
/// the tool's name, up to its closing parenthesis.
fn weak_level(lower: &str, tools: &[&str]) -> bool {
    tools.iter().any(|t| {
        TOOLS
            .iter()
            .filter(|(name, _)| name == t)
            .flat_map(|(_, ws)| ws.iter())
            .filter_map(|w| lower.find(w).map(|i| i + w.len()))
            .any(|at| {
                let rest = &lower[at..];
                let end = rest.find(')').map_or_else(
                    || rest.char_indices().nth(12).map_or(rest.len(), |(i, _)| i),
                    |e| e + 1,
                );
                let seg = &rest[..end];
                WEAK_TOOL_LEVEL.iter().any(|w| seg.contains(w))
            })
    })
}
/// What an advanced tool requirement asks for.
const ADVANCED_TOOL_USE: &[&str] = &[
    "vlookup",
    "sumif",
    "ピボット",
    "関数",
    "マクロ",
    "vba",
    "集計",
    "グラフ",
    "分析",
    "if",
];

/// Levels of a spreadsheet skill, highest first: functions and pivots (VLOOKUP, SUMIF, 関数,
/// ピボット, マクロ), charts (グラフ, 管理図), summaries (集計, 分析). A requirement is met by a
/// line at its highest level asked or above: 「Excel（売上の集計）」 is no VLOOKUP, 「Excel（出荷数
/// の集計）」 no chart; functions or pivots meet charts and summaries.
const FUNCTION_LEVEL: &[&str] = &[
    "vlookup",
    "xlookup",
    "sumif",
    "countif",
    "if関数",
    "関数",
    "ピボット",
    "マクロ",
    "vba",
];
const CHART_LEVEL: &[&str] = &["グラフ", "管理図"];
const SUMMARY_LEVEL: &[&str] = &["集計", "分析"];

fn level_met(req: &str, line: &str) -> bool {
    let has = |ws: &[&str], t: &str| ws.iter().any(|w| t.contains(w));
    // Pivot tables asked: a line that names them, a named function or macros shows that level;
    // 「Excel（関数、グラフ）」 does not say which functions.
    if req.contains("ピボット") {
        return has(
            &[
                "ピボット",
                "vlookup",
                "xlookup",
                "sumif",
                "countif",
                "マクロ",
                "vba",
            ],
            line,
        );
    }
    // 「不良の集計やグラフを作れる方」: levels given as a choice — the lowest one asked meets it.
    let choice = ["集計", "分析", "グラフ", "管理図"].iter().any(|a| {
        ["や", "または", "もしくは"].iter().any(|j| {
            ["集計", "分析", "グラフ", "管理図"]
                .iter()
                .any(|b| a != b && req.contains(&format!("{a}{j}{b}")))
        })
    });
    if choice && has(SUMMARY_LEVEL, req) {
        return has(FUNCTION_LEVEL, line) || has(CHART_LEVEL, line) || has(SUMMARY_LEVEL, line);
    }
    if choice && has(CHART_LEVEL, req) && !req.contains("ピボット") {
        return has(FUNCTION_LEVEL, line) || has(CHART_LEVEL, line);
    }
    if has(FUNCTION_LEVEL, req) {
        has(FUNCTION_LEVEL, line)
    } else if has(CHART_LEVEL, req) {
        has(FUNCTION_LEVEL, line) || has(CHART_LEVEL, line)
    } else if has(SUMMARY_LEVEL, req) {
        has(FUNCTION_LEVEL, line) || has(CHART_LEVEL, line) || has(SUMMARY_LEVEL, line)
    } else {
        ADVANCED_TOOL_USE.iter().any(|w| line.contains(w))
    }
}

fn tools_in(lower: &str) -> Vec<&'static str> {
    // The accounting vendors' HR and payroll products (freee人事労務, マネーフォワード クラウド給与)
    // are no accounting package.
    let hr_product = |w: &str, after: &str| {
        ["freee", "マネーフォワード"].contains(&w)
            && [
                "人事",
                "労務",
                "勤怠",
                "給与",
                "クラウド給与",
                "クラウド勤怠",
            ]
            .iter()
            .any(|x| after.trim_start().starts_with(x))
    };
    TOOLS
        .iter()
        .filter(|(_, ws)| {
            ws.iter().any(|w| {
                lower.match_indices(w).any(|(i, _)| {
                    !hr_product(w, &lower[i + w.len()..])
                        && (!w.is_ascii()
                            || (!lower[..i]
                                .chars()
                                .next_back()
                                .is_some_and(|c| c.is_ascii_alphabetic())
                                && !lower[i + w.len()..]
                                    .chars()
                                    .next()
                                    .is_some_and(|c| c.is_ascii_alphabetic())))
                })
            })
        })
        .map(|(name, _)| *name)
        .collect()
}

static PEOPLE_ASKED_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"([0-9]+)\s*(?:名|人)\s*(?:以上|超|規模)").expect("valid regex")
});
// (「作業員 最大四十名」: a count in kanji numerals too.)
static PEOPLE_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"([0-9][0-9,]*|[一二三四五六七八九十百千]+)\s*(?:名|人)")
        .expect("valid regex")
});

/// The number of people a requirement asks to have led or handled (「30名以上のスタッフ」).
fn people_asked(norm: &str) -> Option<u32> {
    PEOPLE_ASKED_RE.captures(norm)?[1].parse().ok()
}

/// The largest number of people a line names (「スタッフ：45名」「部下5名」).
fn people_in(norm: &str) -> Option<u32> {
    people_counted(norm, false)
}

/// The people a line counts; `members` when the ask counts the members led (「3名以上のメンバー
/// の育成」), not the team's size (「3名以上の開発チームでリーダー」): a team counted with its
/// leader (「リーダー（チーム3名）」) has one member fewer.
fn people_counted(norm: &str, members: bool) -> Option<u32> {
    PEOPLE_RE
        .captures_iter(norm)
        .filter_map(|c| {
            let n: u32 = crate::text::number::parse_count(&c[1], 1_000_000)
                .ok()?
                .try_into()
                .ok()?;
            let whole = c.get(0)?;
            let team = norm[..whole.start()].trim_end().ends_with("チーム");
            Some(if members && team {
                n.saturating_sub(1)
            } else {
                n
            })
        })
        .max()
}

/// Experience asked for in an industry: 「…業界での経験」「3PL企業での…経験」「メーカーでの…経験」,
/// 「食品工場での勤務経験」 (a workplace one was employed at; 「稼働中の施設での改修工事の経験」 names
/// a site, not an employer). Employment there (「ドラッグストア・調剤薬局での勤務経験」) is asked
/// after any industry the table knows.
static INDUSTRY_EXPERIENCE_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?:業界|企業|会社|メーカー|商社|業)(?:向け)?での[^、。]{0,16}(?:経験|実務)|(?:工場|施設|店舗|センター|倉庫|法人)での(?:勤務|実務|就業)経験|での(?:勤務|就業)経験|(?:業界|企業|会社|メーカー|商社|事業所|施設)で働(?:いた|かれた)|(?:業界|企業|会社|メーカー|商社|事業所|施設)に勤め(?:た|ていた|られた)",
    )
        .expect("valid regex")
});

/// An industry said as where the experience was had (「製造業での」「食品業界の」「小売店で」「メーカー
/// 勤務」), not a word of the duty (「税務申告の資料作成の経験」).
static INDUSTRY_PLACE_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"での|で[、の]|業界|企業|会社|メーカー|向け|勤務").expect("valid regex")
});

/// Whether a requirement names its industry as where the work was done: with a place word, or
/// as a word of its own (「化粧品・アパレル・雑貨の販売経験」), not inside a compound of the duty
/// (税務 of 税務申告).
fn industry_as_place(norm: &str) -> bool {
    let t = super::career::outside_parens(norm);
    INDUSTRY_PLACE_RE.is_match(&t)
        || career::INDUSTRIES
            .iter()
            .flat_map(|i| i.words.iter())
            .filter(|w| !w.is_ascii())
            .any(|w| {
                t.match_indices(w).any(|(i, _)| {
                    !t[i + w.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| is_kanji(c) || is_katakana(c))
                })
            })
}

/// Sales to private customers (個人のお客様, 個人向け, 一般家庭, ご自宅): not 個人売上, the seeker's
/// own figure in a 法人営業 block.
static INDIVIDUAL_CUSTOMERS: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"個人(?:向け|営業|顧客|客|宅|のお客|の顧客|のお客様)|一般家庭|一般のお客|ご自宅|来店(?:客|された)|新車|住宅購入|モデルルーム|内見|世帯|ご家庭")
        .expect("valid regex")
});

static YEARS_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    // (「目安3年～」「3年〜」: from three years on.)
    regex::Regex::new(r"([0-9]+)\s*年\s*(?:以上|超|～|〜|~)|経験\s*([0-9]+)\s*年")
        .expect("valid regex")
});

/// Years of experience a requirement asks for (「3年以上」「経験3年」).
pub fn years_asked(norm: &str) -> Option<u32> {
    let c = YEARS_RE.captures(norm)?;
    c.get(1).or(c.get(2))?.as_str().parse().ok()
}

/// Industries a requirement restricts the experience to: generic words (製造業, 小売) stand for
/// every industry of that kind; 「業界不問」 restricts nothing.
/// Customers named before the work done for them (「量販店・ドラッグストアへのルート営業」
/// 「医療機関向けの営業」「店舗への配送」): the list of customers and the particle, so that the
/// work remains.
static CUSTOMERS_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"[^、。（）()のでにを]+(?:へ|向け)の?(?P<rest>(?:ルート)?(?:営業|セールス|提案|販売|配送))",
    )
    .expect("valid regex")
});

fn industries_asked(norm: &str) -> Option<Vec<&'static str>> {
    let t = super::career::outside_parens(norm);
    // 「業種不問」「（業界は問いません）」; 「事業会社または会計事務所」: any company that runs a business.
    if t.contains("不問")
        || t.contains("事業会社")
        || ["業界は問", "業種は問", "業界を問", "業種を問"]
            .iter()
            .any(|w| norm.contains(w))
    {
        return None;
    }
    // 「物流・倉庫業界でのIT業務の経験」: the industry is before 業界, the job after it (IT there
    // is the job).
    let t = match t.find("業界での").or_else(|| t.find("業界の")) {
        Some(i) => t[..i].to_string(),
        None => t,
    };
    // 「建築設備（空調・衛生・電気）の施工管理」: a building's services are the trades that fit
    // them out (設備工事), not the building trade.
    let t = t.replace("建築設備", "設備工事");
    // 「量販店・ドラッグストアへのルート営業」「病院向けの営業」: the customers sold to, not the
    // seller's trade.
    let t = CUSTOMERS_RE.replace_all(&t, "$rest").into_owned();
    let mut out: Vec<&'static str> = Vec::new();
    // A generic word stands for every industry of its kind (the ids share a prefix), so that a
    // kind added to the industry table is covered without a second list here.
    let kind = |prefix: &str| -> Vec<&'static str> {
        career::INDUSTRIES
            .iter()
            .map(|i| i.id)
            .filter(|id| id.starts_with(prefix))
            .collect()
    };
    let (makers, retail, trading) = (kind("mfg-"), kind("retail-"), kind("trading"));
    // Services to people who come in (宿泊, 飲食, 美容, 旅行).
    let services: Vec<&'static str> = ["hospitality", "restaurant", "beauty", "travel"]
        .into_iter()
        .filter(|id| career::industry(id).is_some())
        .collect();
    let generic: [(&str, &[&'static str]); 6] = [
        ("製造業", &makers),
        ("メーカー", &makers),
        ("小売", &retail),
        ("商社", &trading),
        ("卸売", &trading),
        ("サービス業", &services),
    ];
    for (w, ids) in &generic {
        // 「食品メーカー」 names one trade's makers, not every maker.
        let bare = t.match_indices(w).any(|(i, _)| {
            !t[..i]
                .chars()
                .next_back()
                .is_some_and(|c| is_kanji(c) || is_katakana(c))
                || *w == "製造業"
                || *w == "サービス業"
                || *w == "小売"
        });
        if bare {
            out.extend(ids.iter());
        }
    }
    // 「ITの問い合わせ」「クラウドの労務サービス」 name the work's object, not the employer's trade:
    // these words name an industry only as a trade (IT業界, IT企業, クラウドサービスの会社).
    const TRADE_ONLY: &[&str] = &["IT", "クラウド"];
    // 「電気設備の保全」: the equipment kept, not the trade of the employer.
    const KEPT: &[&str] = &["保全", "保守", "点検", "メンテナンス"];
    let as_trade = |w: &str| {
        let kept = t.match_indices(w).all(|(i, _)| {
            let after = t[i + w.len()..].trim_start_matches('の');
            KEPT.iter().any(|k| after.starts_with(k))
        });
        !kept && !TRADE_ONLY.contains(&w)
            || t.match_indices(w).any(|(i, _)| {
                let after = &t[i + w.len()..];
                // 「IT業界での」 was cut before its 業界.
                after.is_empty()
                    || ["業界", "企業", "系", "関連", "会社", "ベンダー", "業"]
                        .iter()
                        .any(|x| after.starts_with(x))
            })
    };
    for i in career::INDUSTRIES {
        if i.words.iter().any(|w| t.contains(w) && as_trade(w)) && !out.contains(&i.id) {
            out.push(i.id);
        }
    }
    // 「工場・物流施設などで」: a factory among the places named is any maker's.
    if ["工場・", "・工場", "工場や", "工場など", "工場、"]
        .iter()
        .any(|w| t.contains(w))
    {
        for id in &makers {
            if !out.contains(id) {
                out.push(id);
            }
        }
    }
    // 「接客サービス業」「接客業」: serving customers face to face, in shops as well as in
    // restaurants and hotels.
    if ["接客サービス", "接客業"].iter().any(|w| t.contains(w)) {
        for id in retail.iter().chain(services.iter()) {
            if !out.contains(id) {
                out.push(id);
            }
        }
    }
    // 「建築または設備の工事」「建築・設備いずれかの施工管理」: the building services' trades
    // (電気設備, 管工事・空調).
    if ["設備の工事", "設備工事"].iter().any(|w| t.contains(w))
        || (t.contains("施工管理")
            && t.match_indices("設備").any(|(i, w)| {
                let after = t[i + w.len()..].trim_start_matches('の');
                !KEPT.iter().any(|k| after.starts_with(k))
            }))
    {
        for id in ["construction-electrical", "construction-plumbing"] {
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    // 物流センター・倉庫 names the job as much as the industry; 介護職 the job.
    (!out.is_empty()).then_some(out)
}

/// Families a requirement asks for; 「事務職」「事務経験」 stand for every office job.
fn families_asked(norm: &str) -> Vec<&'static str> {
    let t = super::career::outside_parens(norm);
    let mut f: Vec<&'static str> = career::families_of(&t).iter().map(|f| f.id).collect();
    // A job asked by its work rather than its title (「Webアプリケーションの開発経験」「介護経験
    // 3年以上」): the work names the job.
    for (phrase, id) in WORK_NAMES_JOB {
        if t.contains(phrase) && !f.contains(id) {
            f.push(id);
        }
    }
    // 「大型トラックでの運転経験」: driving a vehicle on the road is the driver's job (a
    // フォークリフト's is the warehouse's).
    if ["運転経験", "運転の経験", "運転業務"]
        .iter()
        .any(|w| t.contains(w))
        && ["トラック", "車", "大型", "中型", "ドライバー"]
            .iter()
            .any(|w| t.contains(w))
        && !t.contains("フォークリフト")
        && !f.contains(&"driver")
    {
        f.push("driver");
    }
    // 「受発注や納期の調整を含む事務の経験」: the 事務 of a named office job, not every office job.
    let named_office = [
        "sales-assistant",
        "accounting",
        "hr",
        "medical-office",
        "secretary",
    ]
    .iter()
    .any(|o| f.contains(o));
    let general_named = [
        "総務",
        "庶務",
        "一般事務",
        "事務職",
        "事務員",
        "事務スタッフ",
    ]
    .iter()
    .any(|w| t.contains(w));
    if named_office && !general_named {
        f.retain(|x| *x != "general-affairs");
        return f;
    }
    // 「購買の事務経験」 is 購買事務: 事務 there is that job's desk work, not the general office job.
    if f.contains(&"general-affairs")
        && !general_named
        && t.match_indices("の事務").all(|(i, _)| {
            t[..i]
                .chars()
                .next_back()
                .is_some_and(|c| is_kanji(c) || is_katakana(c))
        })
        && t.contains("の事務")
    {
        f.retain(|x| *x != "general-affairs");
    }
    // The machines an infrastructure engineer builds are the ones a 社内SE runs.
    if f.contains(&"infra") && !f.contains(&"internal-it") {
        f.push("internal-it");
    }
    // 「購買事務の経験」 names one office job: only a bare 事務 (not the end of a longer job
    // word) stands for them all.
    let bare_office = ["事務職", "事務経験", "事務の経験"].iter().any(|w| {
        t.match_indices(w).any(|(i, _)| {
            let before = &t[..i];
            // 「購買の事務経験」 is 購買事務, one office job.
            let of_a_job = before
                .strip_suffix('の')
                .and_then(|b| b.chars().next_back())
                .is_some_and(|c| is_kanji(c) || is_katakana(c));
            !of_a_job
                && !before
                    .chars()
                    .next_back()
                    .is_some_and(|c| is_kanji(c) || is_katakana(c))
        })
    });
    if bare_office {
        for id in ["general-affairs", "sales-assistant", "accounting", "hr"] {
            if !f.contains(&id) {
                f.push(id);
            }
        }
    }
    f
}

/// Phrases of a requirement that ask for a job by its work, with the job.
const WORK_NAMES_JOB: &[(&str, &str)] = &[
    ("アプリケーションの開発", "developer"),
    ("アプリケーション開発", "developer"),
    ("アプリ開発", "developer"),
    ("ソフトウェア開発", "developer"),
    ("Web開発", "developer"),
    ("介護経験", "care-worker"),
    ("介護の経験", "care-worker"),
    ("介護の実務", "care-worker"),
    ("介護業務", "care-worker"),
    ("介護の現場", "care-worker"),
    // 「介護施設・事業所での実務経験」: the care work done there.
    ("介護施設での", "care-worker"),
    ("介護施設・事業所での", "care-worker"),
    ("介護事業所での", "care-worker"),
    // 「中途採用の実務経験3年以上」: recruiting is the HR job's work.
    ("採用の実務", "hr"),
    ("採用業務の", "hr"),
    ("採用の経験", "hr"),
    // 「介護施設または在宅介護での実務経験」: care work in a home or at the user's house.
    ("介護施設または", "care-worker"),
    ("介護施設や", "care-worker"),
    ("在宅介護での", "care-worker"),
    // 製造 alone is a company's business (製造業); the work of it is the job.
    ("製造の経験", "production"),
    ("バックエンド開発", "developer"),
    ("バックエンドの開発", "developer"),
    ("フロントエンド開発", "developer"),
    ("サーバーサイド開発", "developer"),
    ("製造経験", "production"),
    ("製造の業務", "production"),
    ("製造業務", "production"),
    ("製造の実務", "production"),
    // 「工場の製造現場での実務経験」「製造ラインのオペレーター経験」: the floor's work.
    // (「製造現場でのリーダーの経験」 asks for the post, read by its ladder.)
    ("製造現場での実務", "production"),
    ("製造現場での経験", "production"),
    ("製造現場での勤務", "production"),
    ("製造現場での作業", "production"),
    ("製造現場の経験", "production"),
    ("製造ラインの", "production"),
    ("製造ラインで", "production"),
    ("乗務", "driver"),
    // Keying in and handling orders, not winning them.
    ("受注業務", "sales-assistant"),
    // Servers and networks built or run: an infrastructure engineer's or a 社内SE's work.
    ("サーバーの構築", "infra"),
    ("ネットワークの構築", "infra"),
    ("サーバーまたはネットワーク", "infra"),
    ("サーバー・ネットワーク", "infra"),
    ("サーバーやネットワーク", "infra"),
];

/// How a requirement is matched.
pub fn approach(item: &PostingItem) -> Approach {
    let n = Normalized::new(&item.text).text;
    let lower = n.to_lowercase();
    // 「FSSC 22000の内部監査員としての監査の実務」: the work done in that role, not the licence.
    // (A licence that names a job — 介護支援専門員としての経験 — stays with the licence.)
    let role_work = n.contains("としての")
        && (n.contains("実務") || n.contains("経験"))
        && families_asked(&n).is_empty();
    // 「社労士事務所で」「税理士法人での」: the office of a licensed profession is a workplace,
    // not the licence.
    let licence_text = LICENSED_OFFICE_RE.replace_all(&n, "事務所");
    if item.kind != RequirementKind::Duty
        && !role_work
        && !licences::licences(&licence_text).is_empty()
    {
        return Approach::Licence;
    }
    if item.kind != RequirementKind::Duty && IMPROVEMENT_WORDS.iter().any(|w| n.contains(w)) {
        return Approach::Improvement;
    }
    if item.kind != RequirementKind::Duty
        && (!tools_in(&lower).is_empty() || basic_pc_asked(&lower))
    {
        return Approach::Tool;
    }
    // Experience is asked with its word (「…の経験」「勤務経験」「実務」); 「温度管理の知識」 or
    // 「建設業経理士2級」 ask for something else.
    // 「品質保証の業務（5年以上）」: years of a work are years of experience.
    let experience = EXPERIENCE_WORDS.iter().any(|w| n.contains(w))
        || n.contains("勤務")
        // 「法人向けの無形商材の営業　3年以上」: a job with its years.
        || years_asked(&n).is_some();
    if item.kind != RequirementKind::Duty
        && experience
        && !families_asked(&n).is_empty()
        && (years_asked(&n).is_some() || (industries_asked(&n).is_some() && industry_as_place(&n)))
    {
        return Approach::Experience;
    }
    // 「自動車部品業界での経験」「3PL企業でのセンター運営経験」: the industry alone.
    if item.kind != RequirementKind::Duty
        && industries_asked(&n).is_some()
        && (n.contains("業界の経験")
            || INDUSTRY_EXPERIENCE_RE.is_match(&super::career::outside_parens(&n)))
    {
        return Approach::Experience;
    }
    // 「係長・主任などとして部下をまとめた経験」「ユニットリーダーの経験」: a leading post held, in
    // no trade named (「営業チームのリーダー」 asks for sales, read by its words).
    // 「5名以上の班をまとめた経験」「チームをまとめた経験」: people led, with no post named.
    let leads = ["まとめ", "率い", "統括", "指揮"]
        .iter()
        .any(|w| n.contains(w));
    // 「3名以上のメンバーの育成やマネジメント経験」: people counted and taught or managed.
    let people_managed = people_asked(&n).is_some()
        && ["マネジメント", "育成", "指導"]
            .iter()
            .any(|w| n.contains(w));
    // 「チームのまとめ役」「チームの取りまとめ」「スタッフをまとめてきた方」: the team led, as a
    // role or as whom.
    let people_led = people_managed
        || leads
            && (people_asked(&n).is_some()
                || [
                    "チームを",
                    "メンバーを",
                    "部下を",
                    "班を",
                    "スタッフを",
                    "チームのまとめ",
                    "チームの取りまとめ",
                ]
                .iter()
                .any(|w| n.contains(w)));
    // 「課員のマネジメント経験（係長・主任など）」: the posts in brackets say which management.
    let posts_in_brackets = ["マネジメント", "管理職", "部下"]
        .iter()
        .any(|w| super::career::outside_parens(&n).contains(w))
        && rank_held_asked(&n);
    if item.kind != RequirementKind::Duty
        && n.contains("経験")
        && (rank_held_asked(&super::career::outside_parens(&n)) || people_led || posts_in_brackets)
        // The posts themselves name no trade (店長 is no store-management asked when 「店長・副店長
        // など、店舗の責任者の経験」 asks for the post).
        && families_asked(&without_ranks(&n)).is_empty()
    {
        return Approach::Leadership;
    }
    Approach::Terms
}

/// Whether a requirement asks for a leading post held (「班長・主任など」「リーダーとして」
/// 「SV経験」), not for work on people of that post (「店長の育成」) nor a construction site's
/// 主任技術者 (a licence-based appointment).
fn rank_held_asked(norm: &str) -> bool {
    LEADER_RANKS.iter().any(|r| rank_held_asked_as(norm, r))
}

/// Whether a requirement asks for this leading post held.
fn rank_held_asked_as(norm: &str, r: &str) -> bool {
    norm.match_indices(r).any(|(i, _)| {
        let after = &norm[i + r.len()..];
        let before = norm[..i].chars().next_back();
        let inside_a_word = r.is_ascii() && before.is_some_and(|c| c.is_ascii_alphabetic());
        !inside_a_word
            && !after.starts_with("技術")
            && [
                "として",
                "など",
                "・",
                "、",
                "経験",
                "の経験",
                "以上",
                "補佐",
                // 「プロジェクトでリーダーを務めた経験」「主任や班長として」
                "を務め",
                "や",
            ]
            .iter()
            .any(|w| after.starts_with(w))
    })
}

fn workplace_post_only(asked: &[&str]) -> bool {
    !asked.is_empty()
        && asked
            .iter()
            .all(|a| ["店長", "副店長", "センター長"].contains(a))
}

/// A requirement's text without the leading posts it names.
fn without_ranks(norm: &str) -> String {
    // A post inside a compound (工事主任, 現場リーダー) keeps its trade: only posts said on their
    // own are taken out.
    let mut out = norm.to_string();
    for r in LEADER_RANKS {
        let mut next = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(i) = rest.find(r) {
            let before = rest[..i].chars().next_back();
            let compound = before.is_some_and(
                |c| matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{30A1}'..='\u{30FA}' | 'ー'),
            );
            next.push_str(&rest[..i]);
            next.push_str(if compound { r } else { "・" });
            rest = &rest[i + r.len()..];
        }
        next.push_str(rest);
        out = next;
    }
    out
}

/// The leading posts a requirement names as held (「係長以上」「店長・副店長など」).
fn ranks_asked(norm: &str) -> Vec<&'static str> {
    let asked: Vec<&'static str> = LEADER_RANKS
        .iter()
        .copied()
        .filter(|r| rank_held_asked_as(norm, r))
        .collect();
    // 「ユニットリーダー・主任など」 asks for no bare リーダー: a post said only inside a longer one
    // is not asked itself.
    asked
        .iter()
        .copied()
        .filter(|r| {
            let inside: usize = asked
                .iter()
                .filter(|a| a.len() > r.len() && a.contains(*r))
                .map(|a| norm.matches(a).count())
                .sum();
            norm.matches(r).count() > inside
        })
        .collect()
}

/// Whether a post held meets a post asked: the same post, or a higher one of the same ladder
/// (課長代理 meets 「係長以上」; 店長 meets 「副店長」). Posts of different ladders are not
/// compared: a フロント主任 is no SV of a contact centre, a 主任 of quality no 班長 of a line.
fn rank_meets(held: &str, asked: &str) -> bool {
    // Each ladder from its lowest step; posts of one step are the same post.
    const LADDERS: &[&[&[&str]]] = &[
        &[&["主任"], &["係長"], &["課長代理"], &["課長"]],
        &[&["副店長"], &["店長"]],
        // A line's 班長 is its リーダー.
        &[
            &["サブリーダー"],
            &["リーダー", "チームリーダー", "ユニットリーダー", "班長"],
            &["職長"],
        ],
    ];
    held == asked
        || LADDERS.iter().any(|l| {
            let at = |r: &str| l.iter().position(|step| step.contains(&r));
            matches!((at(held), at(asked)), (Some(h), Some(a)) if h >= a)
        })
}

/// 「従業員300名以上の組織での勤務経験」「30名以上のスタッフが働く店舗での勤務経験」: the size of the
/// workplace, not people led (「30名以上のスタッフを管理」).
static WORKPLACE_SIZE_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?:(?:従業員|社員|職員)数?\s*)?([0-9][0-9,]*)\s*(?:名|人)\s*(?:以上|超|規模)の(?:(?:組織|会社|企業|法人|事業所|職場|工場|店舗)|(?:スタッフ|従業員|社員|職員)が(?:働く|在籍|いる))",
    )
    .expect("valid regex")
});
/// A workplace's headcount as a résumé states it (「従業員数：450名」「店長（従業員62名）」).
static HEADCOUNT_STATED_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?:従業員|社員|職員|スタッフ|パート|アルバイト)数?\s*[:：]?\s*約?\s*([0-9][0-9,]*)\s*(?:名|人)",
    )
        .expect("valid regex")
});

fn workplace_size_asked(norm: &str) -> Option<u32> {
    let c = WORKPLACE_SIZE_RE.captures(norm)?;
    // 「従業員」 or a workplace must be named: 「50名以上の組織」 is one, 「5名以上のチーム」 no.
    c[1].replace(',', "").parse().ok()
}

/// The blocks whose workplace had at least `n` people: the line stating it, then the block's
/// heading. A block of another job than the one asked beside the size does not count.
fn workplace_size_matches(item: &PostingItem, facts: &ResumeFacts, n: u32) -> Vec<Match> {
    let norm = Normalized::new(&item.text).text;
    let asked = families_asked(&norm);
    // A shop's staff (「50名以上の店舗」) is counted on the shop's line, not the company's.
    let shop = norm.contains("店舗") || norm.contains("店で");
    let doc = facts.doc;
    let mut out = Vec::new();
    let starts: Vec<usize> = facts.employers.iter().map(|e| e.line).collect();
    for (k, e) in facts.employers.iter().enumerate() {
        if !asked.is_empty() && !e.families.iter().any(|f| asked.contains(f)) {
            continue;
        }
        let end = starts.get(k + 1).map_or(doc.lines.len(), |l| l - 1);
        let stated = (e.line - 1..end).find(|&i| {
            let t = doc.line_content(i);
            let company = ["事業内容", "概要", "資本金", "従業員数"]
                .iter()
                .any(|w| t.contains(w));
            !(shop && (company || i + 1 == e.line))
                // (「社員6名、パート・アルバイト28名」: the kinds of staff add up.)
                && HEADCOUNT_STATED_RE
                    .captures_iter(t)
                    .filter_map(|c| c[1].replace(',', "").parse::<u32>().ok())
                    .sum::<u32>()
                    >= n
        });
        if let Some(i) = stated {
            let reason = format!("職場の人数：{n}名以上");
            out.push(line_match(doc, i + 1, EvidenceKind::Role, reason.clone()));
            if i + 1 != e.line {
                out.push(line_match(doc, e.line, EvidenceKind::Role, reason));
            }
        }
    }
    out.truncate(MAX_MATCHES);
    out
}

/// The office of a licensed profession (社労士事務所, 税理士法人, 会計事務所).
static LICENSED_OFFICE_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?:社会保険労務士|社労士|税理士|公認会計士|会計士|司法書士|行政書士|弁護士|弁理士)(?:事務所|法人)",
    )
    .expect("valid regex")
});

/// Words that name a truck (a vehicle driven on a 中型 or 大型 licence, or a weight class).
const TRUCK: &[&str] = &[
    "トラック",
    "中型",
    "大型",
    "準中型",
    "t車",
    "トン車",
    "ｔ車",
];
/// Words that name a light van's rounds (軽貨物 on an ordinary licence).
const LIGHT_VAN: &[&str] = &["軽貨物", "軽バン", "軽自動車"];

/// Posts that lead people, in any trade: a line naming one of them says the seeker held such a
/// post (班長 in a plant, 主任 or 課長代理 in an office, SV in a contact centre, 店長 in a shop).
const LEADER_RANKS: &[&str] = &[
    // A development team's lead (テックリード) leads its engineers.
    "テックリード",
    "ユニットリーダー",
    "チームリーダー",
    "サブリーダー",
    "リーダー",
    "スーパーバイザー",
    "SV",
    "班長",
    "職長",
    "主任",
    "係長",
    "課長代理",
    "課長",
    "副店長",
    "店長",
    "センター長",
    "マネージャー",
];

/// The first leading post a résumé line names as the seeker's: not one the seeker spoke to or
/// worked under (「リーダーに提案した」「店長の指示で」「主任へ報告」).
fn leader_rank(norm: &str) -> Option<&'static str> {
    const PROMOTED: &[&str] = &["に昇格", "に昇進", "に就任", "に着任", "に任命", "に抜擢"];
    const OTHERS: &[&str] = &[
        "に提案",
        "に報告",
        "に相談",
        "に確認",
        "に依頼",
        "へ",
        "から",
        "の指示",
        "の補佐",
        "の補助",
        // 「現場のリーダーと求める経験を見直し」: with someone in that post.
        "と",
        "が",
    ];
    LEADER_RANKS.iter().copied().find(|r| {
        norm.match_indices(r).any(|(i, _)| {
            let after = &norm[i + r.len()..];
            let ascii_ok = !r.is_ascii()
                || (!norm[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_alphabetic())
                    && !after
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphabetic()));
            ascii_ok
                && (PROMOTED.iter().any(|w| after.starts_with(w))
                    || after.starts_with("として")
                    || !OTHERS.iter().any(|w| after.starts_with(w)))
        })
    })
}

/// People the seeker led, counted: 「班員9名」「メンバー15名」「パート・アルバイト28名」「課員4名の」
/// (not 「従業員850名の給与計算」, the size of the company).
static LED_PEOPLE_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?:部下|メンバー|班員|課員|係員|スタッフ|パート|アルバイト|職員|検査員|作業者|オペレーター|保育士|介護職員|社員)[^数0-9０-９一二三四五六七八九十、。]{0,6}[0-9０-９一二三四五六七八九十]+\s*(?:名|人)",
    )
    .expect("valid regex")
});

/// A leading post asked for: the lines that name one (a post with its people first), then the
/// lines that show people led — only when the résumé counts the people led somewhere (a title
/// with no stated subordinates does not show 「部下をまとめた」).
fn leadership_matches(item: &PostingItem, facts: &ResumeFacts) -> Vec<Match> {
    let n = Normalized::new(&item.text).text;
    let lines: Vec<&Evidence> = facts
        .evidence
        .iter()
        .filter(|e| matches!(e.kind, EvidenceKind::Career | EvidenceKind::Role))
        .collect();
    // 「5名以上の作業者をまとめた経験」: a post with that many people.
    if let Some(want) = people_asked(&n) {
        // A post with that many people first, then a line that counts the people led
        // (「班員6名の作業の割り振り」) under a post named elsewhere.
        // (A post asked — 「リーダーを務めた経験」 — is held only by a line naming a post.)
        let post_asked = !ranks_asked(&super::career::outside_parens(&n)).is_empty();
        // Members counted, not a team's size.
        let members = !n.contains("チーム")
            && ["メンバー", "部下", "スタッフ", "班員"]
                .iter()
                .any(|w| n.contains(w));
        let enough = |e: &Evidence| people_counted(&e.norm, members).is_some_and(|p| p >= want);
        let mut led: Vec<&Evidence> = lines
            .iter()
            .copied()
            .filter(|e| {
                (leader_rank(&e.norm).is_some() || (!post_asked && LED_PEOPLE_RE.is_match(&e.norm)))
                    && enough(e)
            })
            .collect();
        led.sort_by_key(|e| (leader_rank(&e.norm).is_none(), e.line));
        // 「班長に昇格」 on one line and 「班員6名の作業の割り振り」 on another of the same employer
        // block: the post held, then the people it led.
        if led.is_empty() && post_asked {
            let asked = ranks_asked(&super::career::outside_parens(&n));
            let block = |line: usize| facts.block_of(line).map(|b| b.line);
            let pair = lines
                .iter()
                .copied()
                .filter(|e| LED_PEOPLE_RE.is_match(&e.norm) && enough(e))
                .find_map(|c| {
                    let post = lines.iter().copied().find(|e| {
                        block(e.line).is_some()
                            && block(e.line) == block(c.line)
                            && leader_rank(&e.norm)
                                .is_some_and(|r| asked.iter().any(|a| rank_meets(r, a)))
                    })?;
                    Some(vec![post, c])
                });
            if let Some(pair) = pair {
                led = pair;
            }
        }
        return led
            .into_iter()
            .take(MAX_MATCHES)
            .map(|e| {
                to_match(
                    e,
                    Strength::Partial,
                    format!("役職と人数：{want}名以上"),
                    1.0,
                )
            })
            .collect();
    }
    // Nobody counted: the words decide (a title alone does not show people led). Whom to lead
    // named by their job (「オペレーターをまとめる立場」): the people counted are of that job.
    const LED_GROUPS: &[&str] = &[
        "オペレーター",
        "作業者",
        "ドライバー",
        "介護職員",
        "検査員",
        "販売員",
    ];
    let groups: Vec<&str> = LED_GROUPS
        .iter()
        .copied()
        .filter(|g| n.contains(g))
        .collect();
    // 班員 and 作業員 are a line's 作業者.
    let in_group = |norm: &str, g: &str| {
        norm.contains(g) || (g == "作業者" && ["作業員", "班員"].iter().any(|w| norm.contains(w)))
    };
    let counted = lines.iter().any(|e| {
        LED_PEOPLE_RE.is_match(&e.norm)
            && (groups.is_empty() || groups.iter().any(|g| in_group(&e.norm, g)))
    });
    let asked: Vec<&str> = ranks_asked(&super::career::outside_parens(&n));
    let workplace_post = workplace_post_only(&asked);
    // 「係長・課長代理など、部下を持つ立場」: the posts are examples of a leading post; any
    // post held that leads people meets it (a salon's 店長).
    let examples = !workplace_post && n.contains("など");
    // 「後輩の育成や、チームのまとめ役」: leading and teaching asked together — a line where the
    // seeker taught the people it counts (「新人の事務スタッフ2名の教育」) shows both better than a
    // post named with nobody under it.
    let teaching = teaching_asked(&n);
    // Ranks: 0 a post with its people, 1 people counted and taught (teaching asked), 2 a post,
    // 3 people counted.
    let mut ranked: Vec<(u8, &Evidence, &'static str)> = Vec::new();
    let mut below = false;
    for e in &lines {
        let people = counted && LED_PEOPLE_RE.is_match(&e.norm);
        match leader_rank(&e.norm) {
            // Nobody counted anywhere, or a post that belongs to one workplace asked (店長 of a
            // shop): the post itself must be the one asked or above it.
            Some(r)
                if (!counted || workplace_post)
                    && !examples
                    && !asked.is_empty()
                    && !asked.iter().any(|a| rank_meets(r, a)) =>
            {
                below = true;
            }
            Some(r) => ranked.push((if people { 0 } else { 2 }, e, r)),
            None if people => ranked.push((
                if teaching && TEACHING_RE.is_match(&e.norm) {
                    1
                } else {
                    3
                },
                e,
                "",
            )),
            None => {}
        }
    }
    // A post held (「課長代理に昇格」「副店長に就任」) answers a post asked with no number, though
    // the people led are not counted; with no post held, the words decide.
    if !ranked.iter().any(|(_, _, r)| !r.is_empty()) {
        // A post held below the one asked (主任 for 「係長以上」) is a gap, not a matter of words.
        return if counted || below {
            Vec::new()
        } else {
            facts.match_terms(item)
        };
    }
    // The post asked (ユニットリーダー for 「ユニットリーダーなど」) before another post with its
    // people counted.
    ranked.sort_by_key(|(k, e, r)| {
        let meets = !r.is_empty() && asked.iter().any(|a| rank_meets(r, a));
        (!meets, *k, e.line)
    });
    ranked
        .into_iter()
        .take(MAX_MATCHES)
        .map(|(_, e, r)| {
            let reason = if r.is_empty() {
                "率いた人数が書かれています".to_string()
            } else {
                format!("役職：{r}")
            };
            to_match(e, Strength::Partial, reason, 1.0)
        })
        .collect()
}

/// What the structured approaches read from the résumé, once per résumé.
pub struct ResumeFacts<'a> {
    pub doc: &'a Document,
    pub evidence: Vec<Evidence>,
    pub index: EvidenceIndex,
    pub employers: Vec<career::Employer>,
    /// For a line of an episode that says what was wrong or what it was about — the problem,
    /// the ■ title — the episode's action line (résumé line numbers). A result stays: it shows
    /// the work too.
    episode_action: HashMap<usize, usize>,
}

/// An episode is shown by what the seeker did: its action line, or its first line that is
/// neither the problem nor the title. Its problem and title lines point there.
fn episode_actions(doc: &Document) -> HashMap<usize, usize> {
    let mut out = HashMap::new();
    // 「■経費精算の電子化」: the document reads it as an achievement's title.
    let title = |i: usize| doc.lines[i].title;
    for ep in &doc.episodes {
        let action = ep
            .iter()
            .find(|&&i| doc.lines[i].part == Some(EpisodePart::Action))
            .or_else(|| {
                ep.iter()
                    .find(|&&i| doc.lines[i].part.is_none() && !title(i))
            });
        let Some(&a) = action else { continue };
        let target = doc.lines[a].number;
        for &i in ep {
            if i != a && (doc.lines[i].part == Some(EpisodePart::Problem) || title(i)) {
                out.insert(doc.lines[i].number, target);
            }
        }
        // The title line just above the episode (blank lines skipped).
        if let Some(&first) = ep.first() {
            let above = (0..first)
                .rev()
                .find(|&j| !matches!(doc.lines[j].kind, LineKind::Blank));
            if let Some(j) = above
                && title(j)
            {
                out.insert(doc.lines[j].number, target);
            }
        }
    }
    out
}

impl<'a> ResumeFacts<'a> {
    pub fn new(doc: &'a Document) -> Self {
        let mut evidence = evidence(doc);
        let episode_action = episode_actions(doc);
        for e in &mut evidence {
            e.to_action = episode_action.contains_key(&e.line);
        }
        ResumeFacts {
            doc,
            index: EvidenceIndex::new(&evidence),
            evidence,
            employers: career::employers(doc),
            episode_action,
        }
    }

    /// The employer block a résumé line (1-based) is in.
    fn block_of(&self, line: usize) -> Option<&career::Employer> {
        self.employers
            .iter()
            .filter(|e| e.line <= line)
            .max_by_key(|e| e.line)
    }

    /// The jobs of the employer block a résumé line (1-based) is in.
    fn block_families(&self, line: usize) -> &[&'static str] {
        self.block_of(line).map_or(&[], |e| e.families.as_slice())
    }

    /// The evidence of a résumé line (1-based), if it is one.
    fn at_line(&self, line: usize) -> Option<&Evidence> {
        self.index.at_line(&self.evidence, line)
    }

    /// Matches on shared terms; the problem or title line of an episode gives its place to the
    /// episode's action, keeping the score and the reason.
    fn match_terms(&self, item: &PostingItem) -> Vec<Match> {
        self.match_terms_at(item, MIN_SUBSTANCE)
    }

    fn match_terms_at(&self, item: &PostingItem, min_substance: f64) -> Vec<Match> {
        let mut out: Vec<Match> = Vec::new();
        for mut m in match_item_with(item, &self.evidence, &self.index, min_substance).matches {
            if let Some(e) = self
                .episode_action
                .get(&m.line)
                .and_then(|&l| self.at_line(l))
            {
                m.line = e.line;
                m.text = e.text.clone();
                m.evidence = e.kind;
            }
            if !out.iter().any(|o| o.line == m.line) {
                out.push(m);
            }
        }
        out
    }
}

fn to_match(e: &Evidence, strength: Strength, reason: String, score: f64) -> Match {
    Match {
        line: e.line,
        text: e.text.clone(),
        strength,
        evidence: e.kind,
        shared: Vec::new(),
        score,
        coverage: 1.0,
        reason,
    }
}

fn line_match(doc: &Document, line: usize, kind: EvidenceKind, reason: String) -> Match {
    let i = line - 1;
    let text = doc.source[doc.norm.source_range(doc.lines[i].content.clone())]
        .trim()
        .to_string();
    Match {
        line,
        text,
        strength: Strength::Partial,
        evidence: kind,
        shared: Vec::new(),
        score: 1.0,
        coverage: 1.0,
        reason,
    }
}

fn licence_matches(item: &PostingItem, facts: &ResumeFacts) -> Vec<Match> {
    let n = Normalized::new(&item.text).text;
    let asked = licences::licences(&n);
    let mut out = Vec::new();
    let ordered = facts
        .evidence
        .iter()
        .filter(|e| e.kind == EvidenceKind::Qualification)
        .chain(
            facts
                .evidence
                .iter()
                .filter(|e| e.kind == EvidenceKind::Skill),
        );
    for e in ordered {
        // 「社会保険労務士試験 受験準備中」: not held yet (「合格（登録準備中）」 is passed).
        if NOT_YET_HELD.iter().any(|w| e.norm.contains(w)) && !e.norm.contains("合格") {
            continue;
        }
        for held in licences::licences(&e.norm) {
            if let Some(req) = asked.iter().find(|r| licences::meets(&held, r, &n)) {
                out.push(to_match(
                    e,
                    Strength::Strong,
                    format!(
                        "資格：{}（求人の「{}」と同じ種類で、同じかそれ以上の級）",
                        held.name, req.name
                    ),
                    1.0,
                ));
                break;
            }
        }
    }
    out.truncate(MAX_MATCHES);
    out
}

fn improvement_matches(item: &PostingItem, facts: &ResumeFacts) -> Vec<Match> {
    let req = terms(&item.text);
    let lower = Normalized::new(&item.text).text.to_lowercase();
    let tools = tools_in(&lower);
    let doc = facts.doc;
    let norm = Normalized::new(&item.text).text;
    // What the requirement says was improved (「廃棄ロス」「経理の業務」「記録や連絡」): its words
    // that are not about improving as such, and its topics in the synonym table other than
    // improvement itself (申し送り is a 連絡 of care work, 会計システム a 経理 matter).
    let specific: Vec<&String> = req
        .terms
        .iter()
        .filter(|(k, (_, kind, _))| {
            matches!(
                kind,
                TermKind::Word | TermKind::Compound | TermKind::English
            ) && !GENERIC_IMPROVEMENT.contains(&k.as_str())
                && !tools.iter().any(|t| k.eq_ignore_ascii_case(t))
        })
        .map(|(k, _)| k)
        .collect();
    let topics: Vec<&String> = req
        .concept_words
        .keys()
        .filter(|g| !GENERIC_TOPICS.contains(&g.trim_start_matches('≈')))
        .collect();
    // A job named as a whole (「経理の業務」「総務業務」「施工管理の事務作業」), not one task of a
    // job (「受発注の手順」 names the orders, which an episode must be about).
    let asked_jobs: Vec<&'static str> = career::family_spans(&norm)
        .into_iter()
        .filter(|(r, _)| WHOLE_JOB_WORDS.contains(&&norm[r.clone()]))
        .map(|(_, f)| f.id)
        .collect();
    // 「社内の業務の手順を見直して、ミスや残業を減らした経験」: what was improved is named only by
    // what any improvement brings down.
    // 「作業の順番や人の配置を見直して」 says how work was organised, whatever the work: an episode
    // that names it is about it, one that does not may still be.
    const HOW_WORK_IS_ORGANISED: &[&str] = &["順番", "人", "配置"];
    let outcomes_only = specific.iter().any(|k| outcome_asked(k))
        && specific
            .iter()
            .all(|k| outcome_asked(k) || HOW_WORK_IS_ORGANISED.contains(&k.as_str()));
    struct Candidate<'e> {
        about: usize,
        complete: u8,
        score: f64,
        index: usize,
        line: &'e Evidence,
    }
    let mut best: Vec<Candidate> = Vec::new();
    // The review's achievements: a problem, its act and its result told over several lines
    // are one.
    let mut episodes: BTreeMap<usize, Vec<&Evidence>> = BTreeMap::new();
    for e in &facts.evidence {
        if let Some(k) = e.episode {
            episodes.entry(k).or_default().push(e);
        }
    }
    let title = |e: &Evidence| {
        e.line
            .checked_sub(1)
            .and_then(|i| doc.lines.get(i))
            .is_some_and(|l| l.title)
    };
    for (&k, lines) in &episodes {
        // An improvement: an act with the trouble it answered or what came of it, or a
        // before → after change.
        let problem = lines.iter().any(|e| e.problem);
        let result = lines.iter().any(|e| e.result);
        let labelled = lines.iter().any(|e| e.action) && (problem || result);
        let changed = lines
            .iter()
            .any(|e| IMPROVEMENT_EVIDENCE.iter().any(|w| e.norm.contains(w)));
        if !(labelled || changed) {
            continue;
        }
        // 「PowerShellやPythonでの自動化」: a tool or the other language named beside it.
        // (A spreadsheet's macro or functions — 「マクロを作り、照合を自動化」 — are Excel used.)
        let uses_tool = tools.is_empty()
            || lines.iter().any(|e| {
                let lower = e.norm.to_lowercase();
                !tools_in(&lower).is_empty()
                    || specific
                        .iter()
                        .any(|k| k.is_ascii() && k.len() > 1 && lower.contains(k.as_str()))
                    || (tools.contains(&"Excel")
                        && ["マクロ", "vba", "ピボット", "vlookup", "関数"]
                            .iter()
                            .any(|w| lower.contains(w)))
            });
        // How many of the things named as improved the episode is about: a word of the
        // requirement in its text, or a topic both name.
        // A job named as what was improved (「経理の業務を…効率化」) is met by an episode of an
        // employer block of that job.
        let in_job = !asked_jobs.is_empty()
            && lines.first().is_some_and(|e| {
                facts
                    .block_families(e.line)
                    .iter()
                    .any(|f| asked_jobs.contains(f))
            });
        // 「工事の原価を下げた」: the amount brought down (原価) counts twice.
        let about = usize::from(in_job)
            + specific
                .iter()
                .filter(|k| {
                    lines.iter().any(|e| {
                        e.norm.to_lowercase().contains(&k.to_lowercase())
                            || (outcomes_only && outcome_told(k, &e.norm))
                    })
                })
                .map(|k| {
                    let lowered = norm.match_indices(k.as_str()).any(|(i, _)| {
                        norm[i + k.len()..].strip_prefix('を').is_some_and(|v| {
                            [
                                "下げ", "減ら", "抑え", "削減", "圧縮", "短縮", "縮め", "低減",
                            ]
                            .iter()
                            .any(|w| v.starts_with(w))
                        })
                    });
                    if lowered { 2 } else { 1 }
                })
                .sum::<usize>()
            + topics
                .iter()
                .filter(|g| {
                    lines
                        .iter()
                        .any(|e| e.terms.concept_words.contains_key(**g))
                })
                .count();
        // The episode's line: its act; else the first line that is neither its title nor its
        // problem (a result told after a trouble), else its first line.
        let Some(&action) = lines
            .iter()
            .find(|e| e.action && !title(e))
            .or_else(|| lines.iter().find(|e| !title(e) && !e.problem))
            .or(lines.first())
        else {
            continue;
        };
        // A whole story (trouble, act, outcome) before a step one only took part in; a meeting
        // or a working group one sat in, told alone, is no improvement of one's own.
        let took_part = TOOK_PART.iter().any(|w| action.norm.contains(w));
        // 「QCサークルなどの改善活動の経験」 asks for the activity, which one takes part in.
        if took_part && !labelled && !norm.contains("活動") {
            continue;
        }
        let complete = u8::from(problem) + u8::from(result) + u8::from(!took_part);
        // The episode's score: its best line against the requirement.
        let score = lines
            .iter()
            .map(|e| score(&req, &e.terms).0)
            .fold(0.0, f64::max);
        // An episode with the tool asked for comes first.
        best.push(Candidate {
            about,
            complete,
            score: score + if uses_tool { 1.0 } else { 0.0 },
            index: k,
            line: action,
        });
    }

    // A requirement that names what was improved (「廃棄ロス削減や売上改善」) needs an episode
    // about it; 「…など」「…等」 give examples, and a bare 「業務改善」 takes any improvement.
    // 「…や…など、改善に取り組んだ経験」 gives examples of the improvement; 「PowerShell等の
    // スクリプトによる自動化」 examples of the tool only — what was improved stays asked for.
    let after_tool = |i: usize| {
        let before = norm[..i].to_lowercase();
        tools.iter().any(|t| {
            TOOLS
                .iter()
                .filter(|(name, _)| name == t)
                .flat_map(|(_, ws)| ws.iter())
                .any(|x| before.ends_with(x))
        })
    };
    let marks: Vec<usize> = ["など", "等"]
        .iter()
        .flat_map(|w| norm.match_indices(w).map(|(i, _)| i))
        .collect();
    // 「事故防止や業務の見直しに…」: one of the alternatives is any improvement of the work.
    // (「受発注業務の効率化」 names its work.)
    let any_work = [
        "業務の見直し",
        "業務の改善",
        "業務の効率化",
        "業務改善",
        "業務効率化",
    ]
    .iter()
    .any(|w| {
        norm.match_indices(w).any(|(i, _)| {
            !norm[..i]
                .chars()
                .next_back()
                .is_some_and(|c| is_kanji(c) || is_katakana(c))
        })
    })
        // 「受注システムの入れ替えや、業務の手順の見直しに関わった経験」: how the work is done,
        // whatever the work — said on its own (not 「締め業務の手順」).
        || ["業務の手順", "業務の進め方", "業務フロー", "業務の流れ"]
            .iter()
            .any(|w| {
                norm.match_indices(w).any(|(i, _)| {
                    norm[..i]
                        .chars()
                        .next_back()
                        .is_none_or(|c| matches!(c, '、' | 'や' | 'と' | ' ' | '・' | ','))
                })
            });
    // 「CI/CDの構築など、開発の手順を自動化した経験」: the examples come before など; what
    // follows it still names what was improved (開発の手順), unless it says only 「改善に取り
    // 組んだ経験」.
    // A job named there (「総務業務の効率化」) is met by an episode of a block of that job;
    // 「事務の仕組み」 is any office work.
    let head_named = |i: usize| {
        let head = &norm[i..];
        specific
            .iter()
            .any(|k| head.contains(k.as_str()) && !["事務", "進め方", "効率"].contains(&k.as_str()))
    };
    let examples = any_work || marks.iter().any(|&i| !after_tool(i) && !head_named(i));
    let tool_examples = marks.iter().any(|&i| after_tool(i));
    let names_something = !specific.is_empty() || !topics.is_empty();
    if names_something && !examples {
        best.retain(|b| b.about > 0);
    }
    // 「Power Automateなどで、定型の作業を自動化した経験」: work handed to a machine — an episode
    // that automates, or that brings in a tool, a macro or a system, not any change of how
    // people work.
    if norm.contains("自動化") {
        const MACHINE: &[&str] = &[
            "自動",
            "マクロ",
            "vba",
            "rpa",
            "スクリプト",
            "ツール",
            "システム",
            "power automate",
            "python",
            "powershell",
            "gas",
            "関数",
            "手作業",
            "ジョブ",
            "アプリ",
            "jenkins",
        ];
        best.retain(|b| {
            episodes[&b.index].iter().any(|e| {
                let t = e.norm.to_lowercase();
                MACHINE.iter().any(|w| t.contains(w))
            })
        });
    }
    // 「Excelのマクロ・関数で…」: an episode with that tool, at that level.
    if !tools.is_empty() && !examples && !tool_examples {
        let advanced: Vec<&str> = ADVANCED_TOOL_USE
            .iter()
            .copied()
            .filter(|w| lower.contains(w))
            .collect();
        best.retain(|b| {
            b.score >= 1.0
                && (advanced.is_empty()
                    || episodes[&b.index].iter().any(|e| {
                        let t = e.norm.to_lowercase();
                        advanced.iter().any(|w| t.contains(w))
                    }))
        });
    }
    // About the thing named first, then the whole story, then the shared words.
    best.sort_by(|a, b| {
        b.about
            .cmp(&a.about)
            .then(b.complete.cmp(&a.complete))
            .then(b.score.total_cmp(&a.score))
            .then(a.index.cmp(&b.index))
    });
    best.into_iter()
        .take(MAX_MATCHES)
        .map(|c| {
            let e = c.line;
            to_match(
                e,
                if e.result {
                    Strength::Strong
                } else {
                    Strength::Partial
                },
                "改善の実績：課題と自分の取り組み（と成果）が書かれています".to_string(),
                c.score,
            )
        })
        .collect()
}

/// Words that name a job, not a duty of it (for 「…での経理経験」 the block is the evidence):
/// the whole jobs below, and these.
const JOB_NAMES: &[&str] = &[
    "設計",
    "開発",
    "業務",
    "IT",
    "ドライバー",
    "販売",
    "店長",
    "経験",
    "工事",
];

fn names_a_job(w: &str) -> bool {
    WHOLE_JOB_WORDS
        .iter()
        .chain(JOB_NAMES)
        .any(|j| w.contains(j))
}

/// Job words that name a whole job when an improvement of its work is asked.
const WHOLE_JOB_WORDS: &[&str] = &[
    "経理",
    "総務",
    "人事",
    "労務",
    "営業",
    "施工管理",
    "介護",
    "物流",
    "倉庫",
    "製造",
    "店舗",
    "事務",
];

/// Topics of the synonym table that any improvement names (改善, 見直し, 仕組み): they say
/// nothing about what was improved.
const GENERIC_TOPICS: &[&str] = &["業務改善"];

/// Acts of taking part in a change others led (「…の作成に参加」「…を補助」).
const TOOK_PART: &[&str] = &["参加", "補助", "手伝", "協力した"];

fn tool_matches(item: &PostingItem, facts: &ResumeFacts) -> Vec<Match> {
    let lower = Normalized::new(&item.text).text.to_lowercase();
    let mut tools = tools_in(&lower);
    // 「タブレット・パソコンで記録の入力ができる程度」: the PC part is met by the office programs.
    if basic_pc_asked(&lower) {
        for t in OFFICE_TOOLS {
            if !tools.contains(t) {
                tools.push(t);
            }
        }
    }
    // 「PCの基本的な操作ができる方（Excelでの集計など）」: a basic use, whatever its example.
    let advanced = ADVANCED_TOOL_USE.iter().any(|w| lower.contains(w)) && !lower.contains("基本");
    let asks_use = lower.contains("作成した経験");
    let req_terms = terms(&item.text);
    // 「Excelでの見積書作成、PowerPointでの提案書作成」: each tool asked for its own use is
    // asked for, not one of them. Tools listed for one use (「PowerPoint・Excelでの資料作成」)
    // or given as a choice (「見積ソフトやExcelで」「Excel等」) are met by one.
    const CHOICE: &[&str] = &[
        "または",
        "もしくは",
        "いずれか",
        "など",
        "等",
        "や",
        "あるいは",
        "or",
    ];
    if tools.len() >= 2
        && lower.matches("での").count() >= tools.len()
        && !CHOICE.iter().any(|w| lower.contains(w))
    {
        let named = |t: &str| {
            facts
                .evidence
                .iter()
                .filter(|e| e.kind != EvidenceKind::Qualification)
                .any(|e| tools_in(&e.norm.to_lowercase()).contains(&t))
        };
        if !tools.iter().all(|t| named(t)) {
            return Vec::new();
        }
    }
    let mut out = Vec::new();
    for want_skill in [true, false] {
        for e in &facts.evidence {
            if (e.kind == EvidenceKind::Skill) != want_skill
                || e.kind == EvidenceKind::Qualification
            {
                continue;
            }
            let l = e.norm.to_lowercase();
            let has = tools_in(&l);
            let shared: Vec<&str> = tools.iter().copied().filter(|t| has.contains(t)).collect();
            if shared.is_empty() {
                continue;
            }
            // Functions, pivots or charts asked for: the line shows them (a bare 「Excel」 in a
            // list of tools, or 「Excel（表作成程度）」, does not).
            if advanced && (weak_level(&l, &shared) || !level_met(&lower, &l)) {
                continue;
            }
            // 「CADで施工図を作成できる方」: a tool used only to correct or read (「AutoCAD（簡単な
            // 図面の修正）」) makes nothing.
            if shared == ["CAD"]
                && lower.contains("作成")
                && !l.contains("作成")
                && ["修正", "閲覧", "簡単な"].iter().any(|w| l.contains(w))
            {
                continue;
            }
            // 「Excelで見積書を作成した経験」: the line must show that use too, not only the tool.
            if asks_use
                && !req_terms.terms.iter().any(|(k, (w, kind, _))| {
                    // 作成 or 顧客 alone is not the use asked for (見積書を作成).
                    matches!(kind, TermKind::Word | TermKind::Compound)
                        && *w > W_WEAK
                        && !GENERIC_IMPROVEMENT.contains(&k.as_str())
                        && e.terms.terms.contains_key(k)
                })
            {
                continue;
            }
            if out.iter().any(|m: &Match| m.line == e.line) {
                continue;
            }
            out.push(to_match(
                e,
                if e.result {
                    Strength::Strong
                } else {
                    Strength::Partial
                },
                format!("使えるツール：{}", shared.join("、")),
                1.0,
            ));
        }
    }
    // 「Intune・Autopilotなどを使ったPCの展開」: the line naming more of the products asked
    // comes first (a project's 【使用技術】Microsoft Intune、Windows Autopilot before a skills
    // line naming Intune among the parts of Microsoft 365).
    let named: Vec<&String> = req_terms
        .terms
        .iter()
        .filter(|(k, (_, kind, _))| *kind == TermKind::English && k.len() >= 4)
        .map(|(k, _)| k)
        .collect();
    if named.len() >= 2 {
        let count = |m: &Match| {
            let l = m.text.to_lowercase();
            named.iter().filter(|k| l.contains(k.as_str())).count()
        };
        out.sort_by_key(|m| std::cmp::Reverse(count(m)));
    }
    out.truncate(MAX_MATCHES);
    out
}

fn experience_matches(item: &PostingItem, facts: &ResumeFacts) -> Vec<Match> {
    // 「電気工事の施工管理、または工場・ビルの電気設備の保全の実務経験5年以上」: each alternative
    // names its own job and trade, and the years are asked of either.
    let n = Normalized::new(&item.text).text;
    // Only alternatives set apart by a comma: in 「食品工場での品質管理または製造の経験」 the place
    // (食品工場での) is asked of both.
    let joined = n
        .replace("、もしくは", "、または")
        .replace("、あるいは", "、または");
    let parts: Vec<&str> = joined
        .split("、または")
        .map(|p| p.trim_matches(['、', ',', ' ']))
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() > 1
        && !parts[0].contains("での")
        && parts.iter().all(|p| !families_asked(p).is_empty())
        && let Some(y) = years_asked(&n)
    {
        let mut out: Vec<Match> = Vec::new();
        for p in parts {
            let text = if years_asked(p).is_some() {
                p.to_string()
            } else {
                format!("{p}の経験{y}年以上")
            };
            let one = PostingItem {
                text,
                ..item.clone()
            };
            for m in experience_matches_one(&one, facts) {
                if !out.iter().any(|o| o.line == m.line) {
                    out.push(m);
                }
            }
        }
        out.truncate(MAX_MATCHES);
        return out;
    }
    experience_matches_one(item, facts)
}

fn experience_matches_one(item: &PostingItem, facts: &ResumeFacts) -> Vec<Match> {
    let n = Normalized::new(&item.text).text;
    let mut families = families_asked(&n);
    // A shop's manager sells on its floor: 販売経験 counts the 副店長・店長 years of that shop.
    if families.contains(&"retail-sales") && !families.contains(&"store-management") {
        families.push("store-management");
    }
    let industries = industries_asked(&n);
    let years = years_asked(&n);
    let mut spans: Vec<career::Tenure> = Vec::new();
    let mut lines: Vec<(usize, String)> = Vec::new();
    let job_ok =
        |fs: &[&'static str]| families.is_empty() || fs.iter().any(|f| families.contains(f));
    let ind_ok = |i: Option<&'static str>| {
        industries
            .as_ref()
            .is_none_or(|ind| i.is_some_and(|i| ind.contains(&i)))
    };
    // 「食品業界（メーカー・卸・小売）」: any business of that trade, whatever its kind (a 食品卸 is
    // a wholesaler by kind): the block's business names the trade's word.
    let outside = career::outside_parens(&n);
    let trade_words: Vec<&str> = career::INDUSTRIES
        .iter()
        .flat_map(|i| i.words.iter().copied())
        .filter(|w| w.chars().count() >= 2 && !w.is_ascii() && outside.contains(w))
        .collect();
    // 「飲食業界向けの営業経験」: the trade is the customers', not the employer's — a block whose
    // work names those customers (飲食チェーンへの提案営業) shows it.
    let for_customers = trade_words.iter().any(|w| {
        outside.match_indices(w).any(|(i, _)| {
            outside[i + w.len()..]
                .trim_start_matches("業界")
                .starts_with("向け")
        })
    });
    let own_ind_ok = |e: &career::Employer| {
        ind_ok(e.industry)
            || (n.contains("業界") && trade_words.iter().any(|w| e.business.contains(w)))
    };
    let block_ind_ok = |e: &career::Employer| {
        own_ind_ok(e) || (for_customers && trade_words.iter().any(|w| e.duties.contains(w)))
    };
    // 「個人向け営業」 is not shown by a 法人営業 block.
    let individual = n.contains("個人向け") || n.contains("個人営業");
    // 「法人向けの無形商材の営業」「法人（BtoB）営業」 is not shown by a block selling to people
    // (モデルルームでの接客, 来店されたお客様) that names no business customer.
    let lower = n.to_lowercase();
    let to_businesses = [
        "法人向け",
        "法人営業",
        "法人(btob)営業",
        "btob",
        "法人顧客",
        "法人のお客",
    ]
    .iter()
    .any(|w| lower.contains(w));
    let truck_asked = TRUCK.iter().any(|w| n.contains(w));
    let task = task_after_post(&n);
    // Each block's lines with the months it adds: a block that holds the years asked on its own
    // is the evidence an adviser points to first (eight years at a 3PL before three at a
    // maker's logistics desk for 「5年以上」), else the résumé's order.
    // A block in that trade itself comes before one whose work only names its customers.
    type Group = (u32, bool, Vec<(usize, String)>);
    let mut groups: Vec<Group> = Vec::new();
    // The work the requirement names beside the job (「物流センター・倉庫で在庫管理の実務経験」):
    // a block whose titles name it (在庫管理課) comes before another of the same job.
    let req_terms = terms(&item.text);
    let named_work: Vec<&String> = req_terms
        .terms
        .iter()
        .filter(|(_, (_, kind, _))| *kind == TermKind::Compound)
        .map(|(k, _)| k)
        .collect();
    let mut names_work: Vec<usize> = Vec::new();
    for e in &facts.employers {
        let (from_span, from_line) = (spans.len(), lines.len());
        let via_customers = job_ok(&e.families) && block_ind_ok(e) && !own_ind_ok(e);
        'block: {
            if individual && !INDIVIDUAL_CUSTOMERS.is_match(&format!("{} {}", e.titles, e.duties)) {
                break 'block;
            }
            // 「トラックでのルート配送」「中型（4t車）での配送」: a light van's parcel rounds
            // (配送ドライバー（軽貨物）) are driven on an ordinary licence, not a truck.
            if truck_asked && {
                let roles: Vec<&str> = e.roles.iter().map(|r| r.text.as_str()).collect();
                let t = format!("{} {} {}", e.titles, e.duties, roles.join(" "));
                LIGHT_VAN.iter().any(|w| t.contains(w)) && !TRUCK.iter().any(|w| t.contains(w))
            } {
                break 'block;
            }
            if to_businesses
                && INDIVIDUAL_CUSTOMERS.is_match(&format!("{} {}", e.titles, e.duties))
                && !["法人", "企業"]
                    .iter()
                    .any(|w| format!("{} {}", e.titles, e.duties).contains(w))
            {
                break 'block;
            }
            if let Some(t) = &task
                && !format!("{} {} {}", e.titles, e.duties, e.business).contains(t.as_str())
            {
                break 'block;
            }
            // 「無事故・無違反で5年以上乗務した方」: years of a record, which the block must state.
            if RECORDS
                .iter()
                .any(|r| n.contains(r) && !e.duties.contains(r))
            {
                break 'block;
            }
            if !(job_ok(&e.families) && block_ind_ok(e)) {
                // A post with its own job and 事業内容 (a 派遣先) can match alone.
                for r in e
                    .roles
                    .iter()
                    .filter(|r| job_ok(&r.families) && !r.families.is_empty() && ind_ok(r.industry))
                {
                    spans.push((r.span, r.months));
                    lines.push((r.line, r.text.clone()));
                }
                break 'block;
            }
            // Posts that name the job carry its own period.
            let roles: Vec<&career::Role> = e
                .roles
                .iter()
                .filter(|r| r.families.iter().any(|f| families.contains(f)))
                .collect();
            // The block's heading is the evidence; its months count unless posts that name the
            // job carry their own periods (only the 店長 years of a store career count).
            // A block dated only by its posts (「平成25年4月 入職」 over 「介護職員 平成25年4月〜令和3年3月」):
            // the posts' periods are the block's.
            let dated_posts: Vec<&career::Role> =
                e.roles.iter().filter(|r| r.months.is_some()).collect();
            if roles.is_empty() && e.months.is_none() && !dated_posts.is_empty() {
                lines.push((e.line, e.heading.clone()));
                for r in dated_posts {
                    spans.push((r.span, r.months));
                }
            } else if roles.is_empty()
                || roles.iter().any(|r| r.months.is_none())
                || (!families.is_empty()
                    && ((e.families.iter().all(|f| families.contains(f))
                        && roles
                            .iter()
                            .any(|r| PROJECT_WORDS.iter().any(|w| r.text.contains(w))))
                        // Every post that names the job is a project (「物流倉庫の新築の電気設備
                        // 工事」): the block's months count, whatever the projects were built for.
                        // (An agency's 派遣先 are posts, however their duties are labelled.)
                        || (!e.heading.contains("派遣")
                            && roles
                                .iter()
                                .all(|r| PROJECT_WORDS.iter().any(|w| r.text.contains(w))))))
            {
                // A block of that job only whose dated sub-headings are projects (a 施工管理
                // career's 【工事1】…, a developer's systems), not posts: all its months count,
                // its heading first, then its projects. (Dated posts — 副店長, 店長 — count
                // only their own periods, below.)
                lines.push((e.line, e.heading.clone()));
                spans.push((e.span, e.months));
                for r in roles.iter().filter(|r| r.months.is_some()) {
                    lines.push((r.line, r.text.clone()));
                }
            } else {
                // A 派遣元's block: the 派遣先 with its own period is where the job was done, and
                // comes before the agency's heading.
                // So is the post itself in a block that also held other jobs (販売スタッフ then
                // 店長, 製造 then 品質管理): the heading says the company, the post the job asked.
                let own = (e.heading.contains("派遣")
                    && roles.iter().all(|r| r.kind == career::RoleKind::Period))
                    || (!families.is_empty()
                        && e.families.iter().any(|f| !families.contains(f))
                        && roles.iter().all(|r| r.months.is_some())
                        // (…when those posts hold the years asked on their own.)
                        && years.is_none_or(|y| {
                            career::months_covered(
                                &roles.iter().map(|r| (r.span, r.months)).collect::<Vec<_>>(),
                            ) >= y * 12
                        }));
                if !own {
                    lines.push((e.line, e.heading.clone()));
                }
                for r in roles {
                    spans.push((r.span, r.months));
                    lines.push((r.line, r.text.clone()));
                }
                if own {
                    lines.push((e.line, e.heading.clone()));
                }
            }
        }
        if lines.len() > from_line {
            let months = career::months_covered(&spans[from_span..]);
            groups.push((months, via_customers, lines.drain(from_line..).collect()));
            // 「菓子・パンの製造工場」: a block whose business names the trade asked (パン・洋菓子の
            // 製造販売) comes before another of the same industry (冷凍総菜の製造).
            // (A word that names the job asked is no trade: 「EC・通販事業でのシステム開発」 asks
            // for a developer, not an IT company.)
            let names_trade = trade_words
                .iter()
                .any(|w| e.business.contains(w) && career::families_of(w).is_empty());
            names_work.push(
                named_work
                    .iter()
                    .filter(|w| {
                        e.titles.contains(w.as_str())
                            || e.roles.iter().any(|r| r.text.contains(w.as_str()))
                    })
                    .count()
                    + usize::from(names_trade),
            );
        }
    }
    let mut groups: Vec<(usize, Group)> = names_work.into_iter().zip(groups).collect();
    groups.sort_by_key(|(named, _)| std::cmp::Reverse(*named));
    if let Some(y) = years {
        groups.sort_by_key(|(_, (m, _, _))| *m < y * 12);
    }
    groups.sort_by_key(|(_, (_, c, _))| *c);
    lines = groups.into_iter().flat_map(|(_, (_, _, l))| l).collect();
    if lines.is_empty() {
        return Vec::new();
    }
    // Every month once: a promotion inside a post, or two posts of one year, overlap.
    let total = career::months_covered(&spans);
    // A block whose length cannot be read (「2020年4月〜現在」 in a résumé with no date) may hold
    // the years: not a gap.
    let unknown = spans.iter().any(|(_, m)| m.is_none());
    if let Some(y) = years
        && total < y * 12
        && !unknown
    {
        return Vec::new();
    }
    let years_text = if unknown && years.is_some_and(|y| total < y * 12) {
        "期間を確かめられない職歴を含みます（書類の日付がありません）".to_string()
    } else if total >= 12 {
        format!(
            "通算{}年{}",
            total / 12,
            if !total.is_multiple_of(12) {
                format!("{}か月", total % 12)
            } else {
                String::new()
            }
        )
    } else {
        format!("通算{}か月", total)
    };
    lines
        .into_iter()
        .take(MAX_MATCHES)
        .map(|(line, _)| {
            line_match(
                facts.doc,
                line,
                EvidenceKind::Role,
                format!(
                    "この職歴の期間：{years_text}{}",
                    years.map_or(String::new(), |y| format!("、求人は{y}年以上"))
                ),
            )
        })
        .collect()
}

/// A record kept over the years asked (無事故, 無違反): the years count only where it is stated.
const RECORDS: &[&str] = &["無事故", "無違反", "無遅刻", "無欠勤"];

/// Words of a dated sub-heading that names a project of the job, not a post held.
const PROJECT_WORDS: &[&str] = &[
    // A project block's labels (【担当業務】) follow its period.
    "担当業務",
    "工事",
    "プロジェクト",
    "案件",
    "システム",
    "開発",
    "構築",
    "導入",
    "刷新",
];

/// What an experience asks to have been done in the post (「店長として厨房機器の選定に関わった
/// 経験」 → 厨房機器): the object of the work after として. Having held the post does not show
/// that work; the block must name it. People led (メンバーをまとめた) and the job's own work
/// (工事を担当した) ask nothing beyond the post.
static TASK_AFTER_POST_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"として([^、。を]{2,12}?)(?:を|の|に)[^、。]*?(?:した|った|えた|めた|んだ)経験",
    )
    .expect("valid regex")
});

fn task_after_post(norm: &str) -> Option<String> {
    const NO_TASK: &[&str] = &[
        "メンバー",
        "部下",
        "作業者",
        "スタッフ",
        "チーム",
        "後輩",
        "新人",
        "名",
        "人",
        "工事",
        "現場",
    ];
    let c = TASK_AFTER_POST_RE.captures(norm)?;
    let t = &c[1];
    (!NO_TASK.iter().any(|w| c[0].contains(w))).then(|| t.to_string())
}

/// Whether a requirement asks for years of doing the work (「給与計算の実務経験5年以上」): an
/// exam passed (給与計算実務能力検定) shows knowledge, not years of practice, so a licence line is
/// no evidence of it.
fn practice_years_asked(text: &str) -> bool {
    let n = Normalized::new(text).text;
    years_asked(&n).is_some() && (n.contains("経験") || n.contains("実務"))
}

/// Teaching people: a teaching word (育成, 指導, OJT …) with the people taught (後輩, 新人,
/// メンバー …), in a posting (「後輩の育成」「新しく入った方の指導」) or a résumé line (「新人の事務
/// スタッフ2名の教育を担当」「若手向けの勉強会で講師」).
static TEACHING_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(&format!(
        r"(?i){TEACHING_WORDS}|講師|練習会|(?:研修|勉強会)(?:の講師|を(?:担当|企画|実施|行|組|作)|の(?:企画|実施|担当))"
    ))
    .expect("valid regex")
});
/// The words that say teaching, asked or told.
const TEACHING_WORDS: &str = "育成|指導|教育|ojt|トレーナー|教え";
static TAUGHT_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"後輩|新人|新しく入|新入社員|若手|部下|メンバー|スタッフ|職員|作業者|作業員|班員|課員|社員|アルバイト|パート|中途|オペレーター|ドライバー|アシスタント|実習生|入社|人材|チーム",
    )
    .expect("valid regex")
});
/// Teaching received, not given (「研修を受講」「勉強会に参加」).
static TAUGHT_TO_SEEKER_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"受講|(?:研修|指導|教育|勉強会)(?:を受け|に参加)|の補助|研修期間|新入社員研修",
    )
    .expect("valid regex")
});
/// Leading the people one works with (「チームのまとめ役」「課員の取りまとめ」): people are what is
/// brought together — 「決算の取りまとめ」「要件の取りまとめ」 bring together figures and asks.
static LEADING_ASKED_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"まとめ役|(?:チーム|メンバー|課員|班員|スタッフ|部下|職員|現場|作業者|検査員)(?:を|の)?(?:取り|とり)?まとめ",
    )
    .expect("valid regex")
});
/// Teaching asked: the words that say it (a 研修 or a 講師 asked is a course run, not people taught).
static TEACHING_ASKED_RE: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(&format!("(?i){TEACHING_WORDS}")).expect("valid regex"));

/// Teaching a subject to everyone (安全教育, 衛生教育, 社員教育 on security) is not teaching
/// newcomers their work.
static SUBJECT_TEACHING_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?:安全|衛生|品質|社員|セキュリティ|コンプライアンス)(?:の)?(?:教育|指導)")
        .expect("valid regex")
});

fn teaching_asked(norm: &str) -> bool {
    norm.to_lowercase().contains("ojt")
        || (TEACHING_ASKED_RE.is_match(norm)
            && TAUGHT_RE.is_match(norm)
            && !SUBJECT_TEACHING_RE.is_match(norm))
}

/// The work with people every job has, asked where no line shares the requirement's words:
/// teaching newcomers (「後輩のOJT」「新しく入った方の指導」) is shown by the lines where the
/// seeker taught people (「新人の事務スタッフ2名の教育を担当」); leading a team (「チームのまとめ
/// 役」「係長候補として」) by the posts held that lead people. Taught in another trade or led
/// there, it is still the same work, which an adviser accepts across jobs.
const PEOPLE_TAUGHT: &str = "人を教える";
const PEOPLE_LED: &str = "人をまとめる";

fn people_work(item: &PostingItem, facts: &ResumeFacts) -> Vec<Match> {
    let n = Normalized::new(&item.text).text;
    let teach = teaching_asked(&n);
    let lead = LEADING_ASKED_RE.is_match(&n);
    // People counted (「10名以上の班をまとめた」), or a team led in a named trade (「経理のチームを
    // 取りまとめた経験」), ask for more than the work with people: the leadership approach reads
    // those.
    let trade = if item.kind == RequirementKind::Duty {
        Vec::new()
    } else {
        families_asked(&without_ranks(&n))
    };
    // Teaching in a named trade (「新しく入った事務スタッフに仕事を教えた経験」) is teaching done in
    // an employer block of that trade (any office job for 事務: 営業事務, 経理; a warehouse's
    // staff taught is no driver taught); leading in one is read by the leadership approach.
    let lead = lead && trade.is_empty();
    let more_asked = people_asked(&n).is_some() || (!trade.is_empty() && !teach);
    if (!teach && !lead) || more_asked {
        return Vec::new();
    }
    let lines = facts.evidence.iter().filter(|e| {
        matches!(e.kind, EvidenceKind::Career | EvidenceKind::Role)
            && (trade.is_empty()
                || facts.block_families(e.line).iter().any(|f| {
                    trade.iter().any(|t| {
                        t == f
                            || [t, f]
                                .iter()
                                .all(|x| super::career::OFFICE_FAMILIES.contains(x))
                    })
                }))
    });
    let mut ranked: Vec<(u8, &Evidence, &str)> = Vec::new();
    for e in lines {
        let taught = TEACHING_RE.is_match(&e.norm)
            && TAUGHT_RE.is_match(&e.norm)
            && !TAUGHT_TO_SEEKER_RE.is_match(&e.norm);
        let led = leader_rank(&e.norm).is_some();
        let rank = match (lead, teach) {
            _ if lead && led && LED_PEOPLE_RE.is_match(&e.norm) => 0,
            _ if lead && led => 1,
            (_, true) if taught => 2,
            _ => continue,
        };
        ranked.push((rank, e, if rank < 2 { PEOPLE_LED } else { PEOPLE_TAUGHT }));
    }
    ranked.sort_by_key(|(k, e, _)| (*k, e.line));
    ranked
        .into_iter()
        .take(MAX_MATCHES)
        .map(|(_, e, what)| {
            let reason = if what == PEOPLE_TAUGHT {
                "人を教えた経験が書かれています"
            } else {
                "人をまとめる役職が書かれています"
            };
            let mut m = to_match(e, Strength::Partial, reason.to_string(), 0.5);
            m.shared = vec![what.to_string()];
            m
        })
        .collect()
}

/// 「主任以上として、経理の業務をとりまとめた経験」「人事課の主任など、リーダーとして…」: a leading
/// post held in a named job. When no line shares the requirement's words, the résumé's lines
/// that name a leading post inside an employer block of that job are the evidence (a 主任 of
/// the 経理課 is a 主任 of accounting; a 職長 of a building site is none for a factory's team).
fn leadership_in_the_job(item: &PostingItem, facts: &ResumeFacts) -> Vec<Match> {
    let n = Normalized::new(&item.text).text;
    let asked = families_asked(&n);
    if item.kind == RequirementKind::Duty
        || !["経験", "務めた", "務められ"].iter().any(|w| n.contains(w))
        || asked.is_empty()
        || !rank_held_asked(&super::career::outside_parens(&n))
    {
        return Vec::new();
    }
    let mut starts: Vec<usize> = facts.employers.iter().map(|e| e.line).collect();
    starts.sort_unstable();
    let in_job = |line: usize| {
        facts.employers.iter().any(|e| {
            let end = starts
                .iter()
                .copied()
                .find(|&s| s > e.line)
                .unwrap_or(usize::MAX);
            line >= e.line && line < end && e.families.iter().any(|f| asked.contains(f))
        })
    };
    leadership_matches(item, facts)
        .into_iter()
        .filter(|m| in_job(m.line))
        .collect()
}

/// 「Gitを用いたチーム開発の経験」「AWSなどのクラウドの設計・運用の経験」: when what the best line
/// shares with a requirement is only the names of technologies, the résumé's list of the
/// technologies it used (a skills row 「言語｜Python、SQL｜5年」, a project's 【使用技術】) shows them
/// better than a line that mentions one in passing (「AWSの月額の費用を削減」); the list naming the
/// most of them comes first.
fn tech_list_first(item: &PostingItem, mut m: Vec<Match>, facts: &ResumeFacts) -> Vec<Match> {
    if item.kind == RequirementKind::Duty {
        return m;
    }
    let Some(top) = m.first() else { return m };
    let only_names = top
        .shared
        .iter()
        .filter(|w| !w.starts_with('≈'))
        .all(|w| w.is_ascii());
    // 「AWSでの構築経験」 asks for a deed done with it, which the achievement shows.
    let deed = ["構築", "移行", "導入", "改善", "削減", "立ち上げ"]
        .iter()
        .any(|w| item.text.contains(w));
    if !only_names || deed {
        return m;
    }
    // Only now read the requirement's words (the early exits above are the common case).
    let req = terms(&item.text);
    let tech: Vec<String> = req
        .terms
        .iter()
        .filter(|(k, (_, kind, _))| {
            *kind == TermKind::English
                && !GENERIC_ENGLISH.contains(&k.as_str())
                // A channel, not a technology one lists.
                && !["sns", "ec", "line"].contains(&k.to_lowercase().as_str())
        })
        .map(|(k, _)| k.to_lowercase())
        .collect();
    if tech.is_empty() {
        return m;
    }
    let is_list = |e: &Evidence| {
        e.kind == EvidenceKind::Skill || TECH_LIST_LABELS.iter().any(|l| e.norm.contains(l))
    };
    let hits = |e: &Evidence| {
        let lower = e.norm.to_lowercase();
        tech.iter().filter(|t| lower.contains(t.as_str())).count()
    };
    let best = facts
        .evidence
        .iter()
        .filter(|e| is_list(e) && hits(e) > 0)
        .max_by_key(|e| (hits(e), std::cmp::Reverse(e.line)));
    if let Some(e) = best
        && e.line != top.line
        && hits(e) >= top.shared.iter().filter(|w| w.is_ascii()).count()
    {
        let shared: Vec<String> = tech
            .iter()
            .filter(|t| e.norm.to_lowercase().contains(t.as_str()))
            .cloned()
            .collect();
        let first = Match {
            line: e.line,
            text: e.text.clone(),
            strength: Strength::Partial,
            evidence: e.kind,
            score: top.score,
            coverage: top.coverage,
            reason: plain_reason(&shared),
            shared,
        };
        m.retain(|x| x.line != e.line);
        m.insert(0, first);
        m.truncate(MAX_MATCHES);
    }
    m
}

/// Labels of a line that lists the technologies used (a project's 【使用技術】, a skills table's
/// rows).
const TECH_LIST_LABELS: &[&str] = &[
    "使用技術",
    "開発環境",
    "使用言語",
    "使用ツール",
    "技術スタック",
];

/// 「食品のルート配送の経験」「冷凍車での配送経験」 ask for a duty done in a trade, with no years:
/// the duty line of a block of that trade shows it better than the block's heading, which
/// follows it.
fn experience_with_duty(item: &PostingItem, facts: &ResumeFacts, blocks: Vec<Match>) -> Vec<Match> {
    if blocks.is_empty() || years_asked(&Normalized::new(&item.text).text).is_some() {
        return blocks;
    }
    let accepted: Vec<usize> = blocks
        .iter()
        .filter_map(|m| facts.block_of(m.line).map(|e| e.line))
        .collect();
    // The line must share a word of the duty (冷凍車, ルート配送), not only the job's name or the
    // trade (「建設業での経理経験」 is shown by the block: its heading comes first).
    let names_duty = |m: &Match| {
        m.shared.iter().any(|w| {
            let w = w.trim_start_matches('≈');
            !names_a_job(w) && career::industry_of(w).is_none()
        })
    };
    let duty = facts.match_terms(item).into_iter().find(|m| {
        m.evidence == EvidenceKind::Career
            && names_duty(m)
            && facts
                .block_of(m.line)
                .is_some_and(|e| accepted.contains(&e.line))
    });
    match duty {
        Some(d) => {
            let first = d.line;
            let mut out = vec![d];
            out.extend(blocks.into_iter().filter(|m| m.line != first));
            out.truncate(MAX_MATCHES);
            out
        }
        None => blocks,
    }
}

/// 「社員・パート（50～70名）のシフトと作業の割り当てを組む」: a duty line that joins two duties
/// is shown by a line that does one of them; when the whole line finds nothing, each duty is
/// matched on its own (split at 、 and at a と between nouns) and the best line of any is taken.
fn duty_by_parts(item: &PostingItem, facts: &ResumeFacts) -> Vec<Match> {
    let parts = duty_parts(&item.text);
    if parts.len() < 2 {
        return Vec::new();
    }
    let mut best: Vec<Match> = Vec::new();
    for p in parts {
        let sub = PostingItem {
            text: p,
            ..item.clone()
        };
        let mut m = facts.match_terms(&sub);
        // A part alone is a short text: only a line that covers it well counts.
        m.retain(|m| m.score >= PART_MIN_SCORE);
        if m.first().map(|m| m.score) > best.first().map(|b| b.score) {
            best = m;
        }
    }
    best
}

/// The score a line must reach against one part of a duty line.
const PART_MIN_SCORE: f64 = 0.45;

/// The duties a duty line joins: split at 、 and at a と that ends a noun and starts another
/// duty of four characters or more. Parts too short to name a duty (two characters) are dropped.
fn duty_parts(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for piece in text.split(['、', '，']) {
        let chars: Vec<char> = piece.chars().collect();
        let mut start = 0;
        for (i, &c) in chars.iter().enumerate() {
            let noun_before = i > 0 && {
                let b = chars[i - 1];
                is_kanji(b) || is_katakana(b) || b == '）' || b == ')'
            };
            if c == 'と' && noun_before && chars.len() - i > 4 && i - start >= 2 {
                out.push(chars[start..i].iter().collect());
                start = i + 1;
            }
        }
        out.push(chars[start..].iter().collect());
    }
    out.retain(|p| p.chars().count() > 2);
    out
}

/// Matches one requirement against the résumé, by the approach its words call for.
pub fn match_structured(item: &PostingItem, facts: &ResumeFacts) -> RequirementMatch {
    // A résumé without the structure an approach reads (no periods, no episodes) falls back to
    // the shared terms rather than calling everything a gap.
    let dated = facts
        .employers
        .iter()
        .any(|e| e.months.is_some() || e.roles.iter().any(|r| r.months.is_some()));
    // (Years asked beside the size — 「従業員300名以上の企業で、総務の実務経験10年以上」 — are
    // experience, shown by the blocks and posts.)
    let size = {
        let n = Normalized::new(&item.text).text;
        (item.kind != RequirementKind::Duty && years_asked(&n).is_none())
            .then(|| workplace_size_asked(&n))
            .flatten()
    };
    let matches = match approach(item) {
        _ if let Some(n) = size => workplace_size_matches(item, facts, n),
        Approach::Licence => {
            let m = licence_matches(item, facts);
            if !m.is_empty() {
                m
            } else {
                // A licence the table does not know (色彩検定, インテリアコーディネーター) held under its
                // own name: the qualification line that names it. A known licence of a lower grade or
                // another kind stays a gap.
                facts
                    .match_terms(item)
                    .into_iter()
                    .filter(|m| {
                        m.evidence == EvidenceKind::Qualification
                            && facts
                                .at_line(m.line)
                                .is_some_and(|e| licences::licences(&e.norm).is_empty())
                            && m.shared.iter().any(|w| {
                                !w.starts_with('≈')
                                    && w.chars().count() >= 4
                                    && !QUALIFICATION_GENERIC.contains(&w.as_str())
                            })
                    })
                    .collect()
            }
        }
        Approach::Improvement if facts.doc.episodes.is_empty() => facts.match_terms(item),
        Approach::Improvement => {
            let m = improvement_matches(item, facts);
            if m.is_empty() {
                // An improvement told on one line, not as an episode (a career table's row
                // 「赤字の店舗の立て直し｜2年目に営業利益を黒字化」): a line that shares the
                // requirement's words and tells a change.
                facts
                    .match_terms(item)
                    .into_iter()
                    // (A tool's name shared is no improvement of one's own; nor is a review one
                    // took part in.)
                    .filter(|m| {
                        m.shared
                            .iter()
                            .any(|w| !w.is_ascii() && !w.starts_with('≈'))
                    })
                    .filter(|m| {
                        facts.evidence.iter().any(|e| {
                            e.line == m.line
                                && !TOOK_PART.iter().any(|w| e.norm.contains(w))
                                && (e.result
                                    || IMPROVEMENT_EVIDENCE.iter().any(|w| e.norm.contains(w))
                                    || ["立て直", "黒字化"].iter().any(|w| e.norm.contains(w)))
                        })
                    })
                    .collect()
            } else {
                m
            }
        }
        Approach::Tool => {
            let m = tool_matches(item, facts);
            if m.is_empty() {
                // A product the tool table does not know, given as the example of a kind asked
                // (「連結会計システム（DivaSystem等）」) and named by a line.
                let lower = Normalized::new(&item.text).text.to_lowercase();
                // (「（DivaSystem、STRAVIS等）」: any product of the list the 等 closes.)
                let example = |w: &str| {
                    let w = w.to_lowercase();
                    lower.match_indices(&w).any(|(i, _)| {
                        let after = &lower[i + w.len()..];
                        let list_end = after.find(['）', ')', '。']).map_or(after, |e| &after[..e]);
                        ["等", "など"]
                            .iter()
                            .any(|x| list_end.ends_with(x) || after.starts_with(x))
                    })
                };
                // 「タブレットやパソコンで記録を入力できる程度」: a basic use asked with the work it is
                // for, shown by a line of that work in the duty's own words (利用者の記録の入力)
                // when no skills line names a program.
                let basic = basic_pc_asked(&lower);
                facts
                    .match_terms(item)
                    .into_iter()
                    .filter(|m| {
                        m.shared.iter().any(|w| {
                            (w.is_ascii()
                                && w.chars().count() >= 4
                                && tools_in(&w.to_lowercase()).is_empty()
                                && example(w))
                                || (basic
                                    && w.strip_prefix('≈')
                                        .is_some_and(|h| DUTIES.iter().any(|(head, _)| *head == h)))
                        })
                    })
                    .collect()
            } else {
                m
            }
        }
        Approach::Experience if !dated => facts.match_terms(item),
        Approach::Experience => experience_with_duty(item, facts, experience_matches(item, facts)),
        Approach::Leadership => leadership_matches(item, facts),
        Approach::Terms if practice_years_asked(&item.text) => facts
            .match_terms(item)
            .into_iter()
            .filter(|m| m.evidence != EvidenceKind::Qualification)
            .collect(),
        Approach::Terms => {
            let m = facts.match_terms(item);
            if !m.is_empty() {
                tech_list_first(item, m, facts)
            } else {
                let m = if item.kind == RequirementKind::Duty {
                    duty_by_parts(item, facts)
                } else {
                    leadership_in_the_job(item, facts)
                };
                if m.is_empty() {
                    people_work(item, facts)
                } else {
                    m
                }
            }
        }
    };
    RequirementMatch {
        text: item.text.clone(),
        kind: item.kind,
        posting_line: item.line,
        gap: matches.is_empty(),
        matches,
    }
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
            parent: None,
            context: None,
        };
        let m = match_item(&item, &ev);
        m.matches
            .first()
            .map(|m| (m.line, m.strength, m.shared.clone()))
    }

    fn top_line(req: &str) -> Option<usize> {
        top(req).map(|t| t.0)
    }

    /// 「菓子・パンの製造工場」: of two food makers, the block whose business names the trade
    /// asked comes first, whatever the résumé's order; a word naming the job asked
    /// (システム開発) is no trade.
    #[test]
    fn the_block_naming_the_trade_asked_comes_first() {
        let text = "# 職務経歴書\n\n## 職務経歴\n\n株式会社マルヨシ冷食（2019年4月～現在）\n事業内容：冷凍総菜の製造／従業員数：560名\n2019年4月　入社　品質保証課\n・原材料の受入の検査\n\n株式会社ふじやベーカリー（2016年4月～2019年3月）\n事業内容：パン・洋菓子の製造販売／従業員数：240名\n2016年4月　入社　品質管理課\n・製品の細菌検査\n";
        let top = |req| first_line(text, RequirementKind::Preferred, req);
        assert_eq!(top("菓子・パンの製造工場での勤務経験"), Some(10));
        assert_eq!(top("食品工場での勤務経験"), Some(5));
    }

    /// 「法人向けの営業3年以上」 is not shown by years of selling homes to people who come to a
    /// model room; 「営業経験3年以上」 is.
    #[test]
    fn business_customers_asked_are_not_shown_by_selling_to_people() {
        let text = "# 職務経歴書\n\n## 職務経歴\n\n### 株式会社グランレジデンス（2019年4月～現在）\n概要：新築分譲マンションの販売\n- 2019年4月 入社 営業部\n- モデルルームでの接客、資金計画の提案、契約の手続き\n";
        let top = |req| first_line(text, RequirementKind::Required, req);
        assert_eq!(top("法人向けの無形商材の営業　3年以上"), None);
        let shown = top("営業の経験3年以上");
        assert!(
            matches!(shown, Some(5 | 7)),
            "the block or its post: {shown:?}"
        );
    }

    /// In a block that held other jobs too, the post of the job asked, with its own period, is
    /// the evidence before the company's heading; in a block of that job only, the heading.
    #[test]
    fn the_post_asked_before_the_heading_of_a_mixed_block() {
        let mixed = "# 職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n\n### 株式会社ミナモ（2014年4月～現在）\n事業内容：婦人服の専門店（20店舗）\n\n#### 2014年4月～2020年3月　栄店 販売スタッフ\n- 接客、レジ、在庫の管理\n\n#### 2020年4月～現在　駅前店 店長\n- 売上と人件費の管理、スタッフ9名のシフト\n";
        let only = "# 職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n\n### 株式会社ミナモ（2020年4月～現在）\n事業内容：婦人服の専門店（20店舗）\n\n#### 2020年4月～現在　駅前店 店長\n- 売上と人件費の管理、スタッフ9名のシフト\n";
        let top = |text, req| first_line(text, RequirementKind::Required, req);
        assert_eq!(top(mixed, "店長の経験2年以上"), Some(12));
        assert_eq!(top(only, "店長の経験2年以上"), Some(6));
    }

    /// A light van's parcel rounds (軽貨物) are no truck driving: 「中型トラックでの配送経験」
    /// goes to the 4t block, and is a gap with the van alone; a driver asked with no vehicle
    /// is met by both.
    #[test]
    fn a_light_van_is_no_truck() {
        let both = "# 職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n\n### 有限会社スピード便サービス（2014年4月～2018年3月）\n事業内容：宅配便の委託配送\n- 2014年4月 入社 配送ドライバー（軽貨物）\n- 住宅への宅配（1日約120個）\n\n### 東海フレッシュ物流株式会社（2018年4月～現在）\n事業内容：食品の配送（トラック150台）\n- 2018年4月 入社 配送課（4t冷凍車）\n- スーパーへのルート配送\n";
        let top = |text, req| first_line(text, RequirementKind::Required, req);
        assert_eq!(
            top(both, "中型トラック（4t車）での配送経験3年以上"),
            Some(11)
        );
        assert_eq!(top(both, "ドライバーの経験3年以上"), Some(6));
        let van = "# 職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n\n### 有限会社スピード便サービス（2014年4月～2024年3月）\n事業内容：宅配便の委託配送\n- 2014年4月 入社 配送ドライバー（軽貨物）\n- 住宅への宅配（1日約120個）\n";
        assert_eq!(top(van, "中型トラック（4t車）での配送経験3年以上"), None);
    }

    /// The size of a workplace asked (「従業員300名以上の組織」「20名以上のスタッフが在籍する
    /// 店舗」) is shown by the line stating its headcount: the company's for an organisation, the
    /// shop's own (its kinds of staff added up) for a shop; a block stating none is no evidence.
    #[test]
    fn the_size_of_a_workplace_by_its_stated_headcount() {
        let text = "# 職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n\n### 株式会社ハルモニアドラッグ（2015年4月～現在）\n事業内容：ドラッグストアの運営（186店舗）／従業員数：4,800名\n\n| 期間 | 店舗・役職 |\n|---|---|\n| 2022年4月～現在 | 大宮駅東口店 店長（社員6名、パート・アルバイト28名） |\n| 2015年4月～2022年3月 | 上尾店 販売スタッフ |\n\n### 株式会社みどり商店（2010年4月～2015年3月）\n事業内容：食品の小売\n- 販売、品出し\n";
        let lines = |req| matched_lines(text, RequirementKind::Preferred, req);
        assert_eq!(lines("従業員300名以上の組織での勤務経験"), vec![7, 6]);
        assert_eq!(
            lines("20名以上のスタッフが在籍する店舗でのシフト管理").first(),
            Some(&11)
        );
        assert!(lines("従業員5,000名以上の企業での勤務経験").is_empty());
    }

    /// 「製造現場での実務経験」 asks for the floor's job (not only a maker's business); a post on
    /// the floor (「製造現場でのリーダーの経験」) stays a post; 「設備の工事」 names the building
    /// services' trades.
    #[test]
    fn the_factory_floor_and_building_services_asked() {
        let fams = |t: &str| families_asked(&Normalized::new(t).text);
        assert!(
            fams("工場の製造現場での実務経験3年以上（業種は問いません）").contains(&"production")
        );
        assert!(
            !fams("製造現場でのリーダー（班長・職長など）の経験2年以上").contains(&"production")
        );
        let inds = industries_asked(
            &Normalized::new("建築または設備の工事で、施工管理の実務経験7年以上").text,
        )
        .unwrap_or_default();
        assert!(inds.contains(&"construction-building"));
        assert!(
            inds.contains(&"construction-electrical") && inds.contains(&"construction-plumbing")
        );
    }

    /// AutoCAD is a CAD; a CAD used to correct drawings does not make them. 「メーカーに勤めた
    /// 経験」 asks for the maker's block, whatever the job.
    #[test]
    fn cad_by_its_use_and_a_maker_worked_at() {
        let text = "# 職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n\n株式会社北辰精機（2016年4月～現在）\n事業内容：工作機械の部品の製造／従業員数：380名\n- 設備の点検と修理\n\n## 活かせる経験・知識・スキル\n\n- AutoCAD（簡単な図面の修正）、Excel\n";
        let top = |req| first_line(text, RequirementKind::Preferred, req);
        assert_eq!(top("CADで施工図や系統図を修正できる方"), Some(12));
        assert_eq!(top("CADで施工図を作成できる方"), None);
        assert_eq!(top("メーカーに勤めた経験（職種は問いません）"), Some(6));
    }

    /// A product the tool table does not know, given as the example of a kind asked, is met by
    /// the line naming it; a product named as a second part asked (「…とIntuneでの」) is not
    /// met by a line naming only another.
    #[test]
    fn an_example_product_named_on_both_sides() {
        let text = "# 職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n\n株式会社みやこ運輸（2021年4月～現在）\n- 連結決算の資料の作成\n\n## 活かせる経験・知識・スキル\n\n- DivaSystem、Azure AD、Excel（関数）\n";
        let top = |req| first_line(text, RequirementKind::Preferred, req);
        assert_eq!(top("連結会計システム（DivaSystem等）の利用経験"), Some(11));
        assert_eq!(
            top("連結会計システム（DivaSystem、STRAVIS等）の使用経験"),
            Some(11)
        );
        assert_eq!(
            top("Microsoft Entra ID（旧Azure AD）とIntuneでの端末の管理"),
            None
        );
    }

    /// 「生鮮」 is the fresh departments a résumé names one by one (青果部門).
    #[test]
    fn fresh_food_departments_by_name() {
        let text = "# 職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n\n### 株式会社まるいち（2012年4月～現在）\n事業内容：食品スーパー（18店舗）\n- 2012年4月～2019年3月　青果部門担当・副店長\n- レジと品出しのシフトの作成\n";
        let top = matched_lines(text, RequirementKind::Preferred, "生鮮部門の担当経験");
        assert_eq!(top.first().copied(), Some(8));
    }

    /// Of the lines naming the tools asked, the one naming more of the products asked comes
    /// first, before a skills line naming one of them.
    #[test]
    fn the_line_naming_more_of_the_products_asked_first() {
        let text = "# 職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n\n### 株式会社トーワ精工（2020年4月～現在）\n#### 全社のPCの入れ替え\n【使用技術】Microsoft Intune、Windows Autopilot、Excel\n- Intuneで設定を自動で配る手順に切り替えた\n\n## 活かせる経験・知識・スキル\n\n- Microsoft 365（Intune、Exchange Online）\n";
        let top = matched_lines(
            text,
            RequirementKind::Preferred,
            "Intune・Autopilotなどを使ったPCの展開の経験",
        );
        assert_eq!(top.first().copied(), Some(8));
    }

    /// A licensed profession's office (社労士事務所) is a workplace, not the licence; a factory
    /// among the places named is any maker's; 「接客サービス業」 holds shops too.
    #[test]
    fn offices_factories_and_face_to_face_service_asked() {
        let item = |t: &str| PostingItem {
            kind: RequirementKind::Required,
            text: t.to_string(),
            line: 1,
            parent: None,
            context: None,
        };
        assert_eq!(
            approach(&item(
                "企業の人事部門または社労士事務所で、給与計算の実務を3年以上"
            )),
            Approach::Experience
        );
        assert_eq!(approach(&item("社会保険労務士の資格")), Approach::Licence);
        let inds = |t: &str| industries_asked(&Normalized::new(t).text).unwrap_or_default();
        assert!(inds("工場・物流施設などでの設備保全の実務経験5年以上").contains(&"mfg-food"));
        assert!(inds("接客サービス業での店長・副店長のご経験").contains(&"retail-mobile"));
        assert!(!inds("サービス業での店長の経験").contains(&"retail-mobile"));
    }

    /// A ticket tool named by its product meets 「…などのチケット管理ツール」; a business
    /// system that is no ticket tool does not.
    #[test]
    fn ticket_tools_by_their_products() {
        let with = "# 職務経歴書\n\n## 職務経歴\n\n### 株式会社コールネット（2018年4月～現在）\n\n- 問い合わせの一次対応（1日約60件）\n\n## 活かせる経験・知識・スキル\n\n- Salesforce Service Cloud、Excel（関数）\n";
        let without = "# 職務経歴書\n\n## 職務経歴\n\n### 株式会社コールネット（2018年4月～現在）\n\n- 問い合わせの一次対応（1日約60件）\n\n## 活かせる経験・知識・スキル\n\n- SAP（購買）、Excel（関数）\n";
        let req = "ServiceNowなどのチケット管理ツールの使用経験";
        let top = |r| first_line(r, RequirementKind::Preferred, req);
        assert_eq!(top(with), Some(11));
        assert_eq!(top(without), None);
    }

    /// 「不振店の立て直し」 is told by the loss a seeker ended: an episode of a shop three years
    /// in the red, not one about stock.
    #[test]
    fn a_turnaround_is_told_by_the_loss_ended() {
        let text = "# 職務経歴書\n\n## 職務経歴\n\n### 株式会社ミナモ（2014年4月～現在）\n\n- 2021年4月 岐阜店 店長\n\n**◆ 在庫の消化**\n- セール前に値下げが集中し、粗利が落ちていたため、\n- 売れ行きの鈍い商品を早めに売場の前に出すルールを作った\n  - 値引率は0.8pt改善\n\n**◆ 岐阜店の再建**\n- 着任した当時、店舗は3年続けて赤字で、スタッフの退職も相次いでいた\n- スタッフ一人ひとりと面談し、売場の担当を決め直した\n  - 2年目に営業利益を黒字化\n";
        let top = first_line(
            text,
            RequirementKind::Preferred,
            "不振店の業績を立て直した経験",
        );
        assert!(matches!(top, Some(15..=18)), "{top:?}");
    }

    /// A line that only tells what was wrong shows no work: the duty goes to the line doing it,
    /// although the problem line shares more words.
    #[test]
    fn a_problem_line_alone_is_not_the_work() {
        let text = "# 職務経歴書\n\n## 職務経歴\n\n### 株式会社オフィスリンク（2017年4月～2024年3月）\n\n- 問い合わせが電話とメールと口頭に分かれ、対応の記録が残らないまま同じ質問に何度も答えていた\n- 顧客企業からの電話での問い合わせの対応（1日約40件）\n";
        let doc = Document::parse(text);
        let facts = ResumeFacts::new(&doc);
        let problem = facts.at_line(7).expect("the problem line is evidence");
        assert!(problem.problem && !problem.action && !problem.to_action);
        let item = PostingItem {
            kind: RequirementKind::Duty,
            text: "電話・メールでの、PC・アカウントの問い合わせの対応".to_string(),
            line: 1,
            parent: None,
            context: None,
        };
        let m = match_structured(&item, &facts);
        assert_eq!(
            m.matches.first().map(|m| m.line),
            Some(8),
            "{:?}",
            m.matches
        );
        assert!(
            m.matches.iter().any(|m| m.line == 7),
            "still offered, below"
        );
    }

    /// A probe for development: how one requirement is read and matched against one résumé.
    /// `NAITEI_REQ='…の経験3年以上' RESUME=eval/resumes/dev/a01-jimu.md cargo test -p naitei-core
    /// --lib probe_requirement -- --ignored --nocapture` (REQ_KIND=duty for a duty).
    #[test]
    #[ignore]
    #[allow(clippy::print_stdout)]
    fn probe_requirement() {
        let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        let text = std::fs::read_to_string(root.join(std::env::var("RESUME").unwrap_or_default()))
            .unwrap();
        let doc = Document::parse(&text);
        let facts = ResumeFacts::new(&doc);
        for req in std::env::var("NAITEI_REQ").unwrap_or_default().split('|') {
            let kind = match std::env::var("REQ_KIND").as_deref() {
                Ok("duty") => RequirementKind::Duty,
                _ => RequirementKind::Required,
            };
            let item = PostingItem {
                kind,
                text: req.to_string(),
                line: 1,
                parent: None,
                context: None,
            };
            let n = Normalized::new(req).text;
            println!(
                "REQ {req}\n  approach {:?} families {:?} industries {:?} years {:?}",
                approach(&item),
                families_asked(&n),
                industries_asked(&n),
                years_asked(&n)
            );
            for m in match_structured(&item, &facts).matches {
                println!("  {} {:?} {:.2} {}", m.line, m.strength, m.score, m.reason);
            }
            if let Ok(l) = std::env::var("NAITEI_LINE") {
                let mut keys: Vec<_> = terms(req)
                    .terms
                    .into_iter()
                    .map(|(k, v)| (k, v.1))
                    .collect();
                keys.sort();
                println!("  REQ TERMS {keys:?}");
                for e in facts.evidence.iter().filter(|e| e.line.to_string() == l) {
                    let mut keys: Vec<_> = e
                        .terms
                        .terms
                        .iter()
                        .map(|(k, v)| (k.clone(), v.1))
                        .collect();
                    keys.sort();
                    println!("  LINE {} {:?} TERMS {keys:?}", e.line, e.kind);
                    println!("  SCORE {:?}", score(&terms(req), &e.terms));
                }
            }
        }
    }

    #[test]
    fn japanese_synonyms_match() {
        // 顧客対応 ≈ 問い合わせ対応 is shown, but a synonym group alone is a topic, not evidence
        // (issue 21): the line must share a compound, a name or several words.
        assert_eq!(top_line("顧客対応の経験"), None);
        let (line, _, shared) = top("電話での問い合わせ・顧客対応の経験").unwrap();
        assert_eq!(line, 8);
        assert!(shared.iter().any(|s| s == "電話"), "{shared:?}");
        // 業務効率化 is read against the improvement episodes: the quantified line, strong.
        let p = parse("【必須】\n・業務効率化の実績\n");
        let r = match_posting(&p, &Document::parse(RESUME));
        let m = &r[0].matches[0];
        assert!(m.line == 9 || m.line == 16, "{}", m.line);
        assert_eq!(m.strength, Strength::Strong);
        assert!(m.reason.contains("改善"), "{}", m.reason);
    }

    #[test]
    fn experience_is_asked_with_its_word_and_a_place() {
        let of = |kind: RequirementKind, text: &str| {
            approach(&PostingItem {
                kind,
                text: text.to_string(),
                line: 1,
                parent: None,
                context: None,
            })
        };
        use RequirementKind::{Preferred, Required};
        assert_eq!(of(Preferred, "食品工場での勤務経験"), Approach::Experience);
        assert_eq!(
            of(
                Preferred,
                "食品業界（メーカー・卸・小売）での勤務経験があれば尚可"
            ),
            Approach::Experience
        );
        assert_eq!(
            of(Required, "介護施設での実務経験3年以上"),
            Approach::Experience
        );
        // 税務 of 税務申告 is the duty, not where it was done; 知識 is no experience.
        assert_ne!(
            of(Preferred, "年次決算や税務申告の資料作成の経験"),
            Approach::Experience
        );
        assert_ne!(
            of(Preferred, "冷凍・冷蔵品の配送や温度管理の知識"),
            Approach::Experience
        );
        // 「手順を見直し」 asks for the improvement episodes.
        assert_eq!(
            of(Preferred, "支払・締め業務の手順を見直し、効率化した経験"),
            Approach::Improvement
        );
        assert_eq!(
            of(Preferred, "不採算店の立て直しに取り組んだ経験"),
            Approach::Improvement
        );
    }

    #[test]
    fn a_duty_named_in_other_words_is_evidence() {
        let resume = "## 職務経歴\n### 医療法人A（2019年4月〜現在）\n- 各クリニックの日計表の確認、現金出納帳の入力\n- 患者様の受付と会計\n";
        let doc = Document::parse(resume);
        let ev = evidence(&doc);
        let item = |text: &str| PostingItem {
            kind: RequirementKind::Duty,
            text: text.to_string(),
            line: 1,
            parent: None,
            context: None,
        };
        // 小口現金 is kept in a 現金出納帳: the line is evidence of the duty.
        let m = match_item(&item("小口現金の管理"), &ev);
        assert_eq!(m.matches.first().map(|m| m.line), Some(3), "{m:?}");
        assert!(m.matches[0].shared.iter().any(|s| s == "≈小口現金"));
        // A topic group alone (請求・入金) is no such evidence.
        assert!(match_item(&item("請求書の発行"), &ev).gap);
    }

    #[test]
    fn preventing_a_trouble_by_a_system_is_an_improvement_requirement() {
        let resume = "## 職務経歴\n### 株式会社A（2018年4月〜現在）\n- 出荷伝票の作成を担当。\n- 誤出荷が月8件あったため、ピッキングの照合表を作り、誤出荷を月1件に減らした。\n";
        let p = parse("【求める人物像】\n・誤出荷の原因を調べ、仕組みで防げる方\n");
        let r = match_posting(&p, &Document::parse(resume));
        let m = &r[0].matches[0];
        assert_eq!(m.line, 4);
        assert!(m.reason.contains("改善"), "{}", m.reason);
        // Without a trouble and an action in the résumé, nothing supports it.
        let r = match_posting(
            &p,
            &Document::parse(
                "## 職務経歴\n### 株式会社A（2018年4月〜現在）\n- 出荷伝票の作成を担当。\n",
            ),
        );
        assert!(r[0].matches.is_empty(), "{:?}", r[0].matches);
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
                parent: None,
                context: None,
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
        let p = parse("【必須】\n・受注データの入力業務の経験\n・介護福祉士\n");
        let doc = Document::parse(RESUME);
        let r = match_posting(&p, &doc);
        assert_eq!(r.len(), 2);
        assert!(!r[0].gap);
        assert!(r[1].gap);
        assert_eq!(r[0].posting_line, 2);
    }

    /// The index leaves out no line that could score: every line with a score above 0 for a
    /// requirement is among its candidates.
    #[test]
    fn index_keeps_every_line_that_scores() {
        let doc = Document::parse(RESUME);
        let ev = evidence(&doc);
        let ix = EvidenceIndex::new(&ev);
        for req in [
            "受注データの入力業務の経験",
            "見積書を作成した経験",
            "AWSでのインフラ運用経験",
            "Excel（関数・ピボット）",
            "請求書発行の実務経験",
            "障害対応の時間を削減",
        ] {
            let t = terms(req);
            let c = ix.candidates(&t);
            let scoring: Vec<usize> = (0..ev.len())
                .filter(|&i| score(&t, &ev[i].terms).0 > 0.0)
                .collect();
            assert!(!scoring.is_empty(), "{req}");
            assert!(
                scoring.iter().all(|i| c.contains(i)),
                "{req}: {scoring:?} ⊄ {c:?}"
            );
        }
    }

    /// A posting pasted twice: the repeated items get the same matches, each at its own line.
    #[test]
    fn repeated_requirement_gets_the_same_matches() {
        let p = parse(
            "【必須】\n・受注データの入力業務の経験\n【必須】\n・受注データの入力業務の経験\n",
        );
        let doc = Document::parse(RESUME);
        let r = match_posting(&p, &doc);
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].posting_line, r[1].posting_line), (2, 4));
        assert!(!r[0].matches.is_empty());
        assert_eq!(r[0].matches, r[1].matches);
    }

    const EPISODE_RESUME: &str = "## 職務経歴\n### 株式会社A（2018年4月〜現在）\n- 月次の試算表を作成。\n\n【主な実績】\n■経費精算の電子化\n- 【課題】紙の領収書の回覧に時間がかかっていた\n- 【取り組み】クラウドの精算システムを選定し、社内説明会を開いて導入した\n- 【成果】処理の工数を月30時間削減\n";

    fn structured_top(req: &str, kind: RequirementKind) -> Option<usize> {
        super::matched_lines(EPISODE_RESUME, kind, req)
            .first()
            .copied()
    }

    /// An episode is shown by its action: a requirement that shares words with its ■ title or
    /// its problem points to the 【取り組み】 line.
    #[test]
    fn episode_title_or_problem_gives_way_to_the_action() {
        let doc = Document::parse(EPISODE_RESUME);
        let a = episode_actions(&doc);
        assert_eq!(a.get(&6), Some(&8), "title → action: {a:?}");
        assert_eq!(a.get(&7), Some(&8), "problem → action: {a:?}");
        assert_eq!(a.get(&9), None, "a result stays");
        assert_eq!(
            structured_top("経費精算の電子化", RequirementKind::Duty),
            Some(8)
        );
        assert_eq!(
            structured_top("紙の領収書の回覧", RequirementKind::Duty),
            Some(8)
        );
    }

    /// A work line that shares enough with the requirement comes before a skills-list line.
    #[test]
    fn work_line_before_a_skills_list_line() {
        let resume = "## 職務経歴\n### 株式会社A（2018年4月〜現在）\n- フォークリフトでの出荷作業と構内の安全パトロールを担当。\n\n## スキル\n- フォークリフト作業、安全管理\n";
        let doc = Document::parse(resume);
        let ev = evidence(&doc);
        let item = PostingItem {
            kind: RequirementKind::Duty,
            text: "安全衛生の管理（フォークリフト作業を含む）".to_string(),
            line: 1,
            parent: None,
            context: None,
        };
        let m = match_item(&item, &ev);
        let lines: Vec<usize> = m.matches.iter().map(|m| m.line).collect();
        assert_eq!(lines.first(), Some(&3), "{lines:?}");
        assert!(
            lines.contains(&6),
            "the list line stays as a second match: {lines:?}"
        );
    }

    /// The reason a seeker reads has no symbols: synonyms are 「近い言葉」, shared characters
    /// the runs they form.
    #[test]
    fn reasons_are_plain_japanese() {
        let s = |v: &[&str]| plain_reason(&v.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(
            s(&["受注入力", "≈受発注"]),
            "共通する語：受注入力、受発注（近い言葉）"
        );
        assert_eq!(s(&["~管理", "~理表"]), "表記の一部が共通：管理表");
        assert_eq!(
            s(&["~理表", "~管理", "~棚卸"]),
            "表記の一部が共通：管理表、棚卸"
        );
        let doc = Document::parse(RESUME);
        let ev = evidence(&doc);
        for req in [
            "受発注システムへの入力",
            "電話での問い合わせ・顧客対応の経験",
            "受注データの入力",
        ] {
            let item = PostingItem {
                kind: RequirementKind::Duty,
                text: req.to_string(),
                line: 1,
                parent: None,
                context: None,
            };
            for m in match_item(&item, &ev).matches {
                assert!(!m.reason.contains(['≈', '~']), "{req}: {}", m.reason);
            }
        }
    }

    fn sheet_top(resume: &str, posting: &str) -> Vec<Option<usize>> {
        let doc = Document::parse(resume);
        match_posting(&parse(posting), &doc)
            .iter()
            .map(|r| r.matches.first().map(|m| m.line))
            .collect()
    }

    /// Experience asked as alternatives set apart by a comma, each with its own job and trade;
    /// a job asked by its work (製造の経験, 乗務, サーバーの構築); 「ITの問い合わせ」 names no IT
    /// trade; years of a work (「品質保証の業務（5年以上）」) are years of experience.
    #[test]
    fn experience_by_alternatives_and_by_work() {
        let of = |t: &str| families_asked(&Normalized::new(t).text);
        assert!(of("食品工場での製造の経験3年以上").contains(&"production"));
        assert!(of("大型トラックでの乗務経験3年以上").contains(&"driver"));
        let infra = of("サーバーまたはネットワークの構築・運用の経験5年以上");
        assert!(
            infra.contains(&"infra") && infra.contains(&"internal-it"),
            "{infra:?}"
        );
        let ind = |t: &str| industries_asked(&Normalized::new(t).text);
        assert_eq!(
            ind("社員からのITの問い合わせに対応した経験（3年以上）"),
            None
        );
        assert_eq!(ind("IT業界での営業経験"), Some(vec!["it"]));
        assert_eq!(ind("工場の電気設備の保全の実務経験"), None);
        let item = |t: &str| PostingItem {
            kind: RequirementKind::Required,
            text: t.to_string(),
            line: 1,
            parent: None,
            context: None,
        };
        assert_eq!(
            approach(&item("食品工場での品質保証の業務（5年以上）")),
            Approach::Experience
        );
        let resume = "職務経歴書\n2026年12月1日現在\n## 職務経歴\n### 株式会社ニシキ製菓（2019年4月～現在）\n概要：菓子の製造\n- 2019年4月 入社 設備課\n- 製造設備の点検と修理\n";
        let posting = "【必須】\n・電気工事の施工管理、または工場の電気設備の保全の実務経験5年以上\n・食品工場での品質管理または製造の経験（2年以上）\n";
        assert_eq!(sheet_top(resume, posting), vec![Some(4), None]);
    }

    /// A licence the table does not know is met by the qualification line naming it; a known
    /// one of a lower grade stays a gap; 「業界は問いません」 asks for no trade; a promotion that
    /// names no job goes on with the job before it.
    #[test]
    fn unknown_licences_any_trade_and_promotions() {
        let resume = "職務経歴書\n2026年12月1日現在\n## 職務経歴\n### 株式会社A（2014年4月～現在）\n事業内容：調味料の製造販売\n- 2014年4月 入社 物流センター 在庫管理課\n- 2019年4月 在庫管理課 課長代理に就任\n- スーパー30店への定期訪問\n## 資格\n- 色彩検定2級（2016年）\n- 日商簿記3級\n";
        assert_eq!(
            sheet_top(
                resume,
                "【歓迎】\n・色彩検定2級以上、またはインテリアコーディネーター\n・日商簿記2級以上\n"
            ),
            vec![Some(10), None]
        );
        let doc = Document::parse(resume);
        let e = career::employers(&doc);
        assert!(
            e[0].roles
                .iter()
                .any(|r| r.text.contains("課長代理") && !r.families.is_empty()),
            "{:?}",
            e[0].roles
        );
        assert_eq!(
            industries_asked(
                &Normalized::new("小売店向けのルート営業（業界は問いません、3年以上）").text
            ),
            None
        );
    }

    /// Tools at the level asked: pivot tables are not shown by 「関数」 alone; an HR product of an
    /// accounting vendor is no accounting package; automation asked needs an episode that hands
    /// work to a machine.
    #[test]
    fn tool_levels_hr_products_and_automation() {
        assert!(!level_met(
            "excel(ピボットテーブルで集計)",
            "excel(関数、グラフ)"
        ));
        assert!(level_met(
            "excel(ピボットテーブルで集計)",
            "excel(マクロ、sumifs)"
        ));
        assert!(level_met(
            "excelで不良の集計やグラフを作れる方",
            "excel(日報、不良の集計)"
        ));
        assert!(!level_met(
            "excelで生産実績や不良のデータを集計し、グラフにまとめられる方",
            "excel(生産実績の集計)"
        ));
        assert!(tools_in("smarthr、freee人事労務、slack").is_empty());
        assert_eq!(tools_in("freee会計、excel"), vec!["Excel", "会計ソフト"]);
        let resume = "## 職務経歴\n### 株式会社A（2018年4月〜現在）\n- 新人の定着が課題だったため、入社1か月の面談を始めた\n- → 離職率は20%から8%に\n- 手作業で転記していた日報の集計をマクロに置き換えた\n- → 作業時間は月10時間から1時間に\n";
        assert_eq!(
            sheet_top(
                resume,
                "【歓迎】\n・Power Automateなどで、定型の作業を自動化した経験\n"
            ),
            vec![Some(5)]
        );
    }

    /// A 職歴 table row gives the block of its period its trade; the undated field blocks under
    /// a one-row table are that employer's.
    #[test]
    fn table_rows_tell_the_blocks_trade() {
        let rows = "職務経歴書\n2026年12月1日現在\n## 職務経歴\n| 期間 | 会社名 | 事業内容 |\n|---|---|---|\n| 2015年4月～現在 | 株式会社ヤマシロ食品 | 調味料の製造販売 |\n\n### 量販店向けのルート営業（2015年4月～現在）\n- スーパー30店への定期訪問\n";
        assert_eq!(
            sheet_top(
                rows,
                "【必須】\n・食品業界での法人向けのルート営業の経験（3年以上）\n"
            ),
            vec![Some(8)]
        );
        let fields = "職務経歴書\n2026年12月1日現在\n## 職務経歴\n| 期間 | 会社名 | 雇用形態 |\n|---|---|---|\n| 2017年4月～現在 | 大和みらい生命保険株式会社 | 正社員 |\n\n### 個人営業\n- 既存のお客様への見直しの提案\n\n### 法人営業\n- 経営者向けの提案\n";
        assert_eq!(
            sheet_top(fields, "【必須】\n・生命保険の営業経験4年以上\n"),
            vec![Some(6)]
        );
    }

    /// A job asked by its work (「介護経験3年以上」「Webアプリケーションの開発経験」) reads the
    /// employer blocks; a テックリード leads; an improvement asked with a language (Python) finds
    /// the episode that names it, whatever its case.
    #[test]
    fn jobs_by_their_work_and_a_tech_lead() {
        let of = |t: &str| families_asked(&Normalized::new(t).text);
        assert!(of("特別養護老人ホームでの介護経験3年以上").contains(&"care-worker"));
        assert!(of("Webアプリケーションの開発経験3年以上").contains(&"developer"));
        assert_eq!(
            leader_rank("【役割】テックリード（メンバー3名）"),
            Some("テックリード")
        );
        let resume = "## 職務経歴\n### 株式会社W（2018年4月〜現在）\n- 毎月の売上の集計を手作業で行っていたため、PYTHONでスクリプトを書いて自動化し、作業時間を月10時間から1時間に短縮\n";
        assert_eq!(
            sheet_top(resume, "【歓迎】\n・PowerShellやPythonでの作業の自動化\n"),
            vec![Some(3)]
        );
    }

    /// A requirement that names technologies is shown by the résumé's list of them when the
    /// best line only mentions one in passing; a deed done with one (構築) by the achievement.
    #[test]
    fn technologies_by_their_list() {
        let resume = "## 職務経歴\n### 株式会社X（2018年4月〜現在）\n- AWSの月額の費用を約28%削減\n- 【使用技術】Go、PostgreSQL、AWS（ECS、RDS）\n";
        let top = |posting: &str| sheet_top(resume, posting);
        assert_eq!(
            top("【歓迎】\n・AWSなどのクラウドの設計・運用の経験\n"),
            vec![Some(4)]
        );
        assert_eq!(top("【歓迎】\n・AWSでの費用の削減の経験\n"), vec![Some(3)]);
    }

    /// A duty line that joins two duties is split at 、 and at a と between nouns; a line that
    /// does one of them well is evidence when the whole line finds none.
    #[test]
    fn a_duty_line_of_two_duties() {
        assert_eq!(
            duty_parts("社員・パート（50～70名）のシフトと作業の割り当てを組む"),
            vec!["社員・パート（50～70名）のシフト", "作業の割り当てを組む"]
        );
        assert_eq!(duty_parts("お客様との面談"), vec!["お客様との面談"]);
        assert_eq!(
            duty_parts("請求書の発行、入金の確認"),
            vec!["請求書の発行", "入金の確認"]
        );
        let resume = "## 職務経歴\n### 株式会社V（2018年4月〜現在）\n- メンバー15名のシフト管理、応対のモニタリング\n";
        let posting = "仕事内容\n・社員・パート（50～70名）のシフトと作業の割り当てを組む\n";
        assert_eq!(sheet_top(resume, posting), vec![Some(3)]);
    }

    /// A duty of a 施工管理 posting is not shown by a factory line that shares only its topics
    /// (品質, 工程); a 施工管理 line that shares them is evidence, and so is the people work
    /// every job has.
    #[test]
    fn another_job_sharing_only_a_topic_is_no_evidence() {
        let posting = "施工管理（建築）\n\n仕事内容\n・工程・品質・安全の管理\n・新人の教育\n";
        let factory = "職務経歴書\n2026年11月30日現在\n## 職務経歴\n### 株式会社T工業（2015年4月〜現在）\n職種：成形オペレーター\n- 成形品の外観検査と不良品の集計、品質管理\n- 新人の教育を担当\n";
        assert_eq!(sheet_top(factory, posting), vec![None, Some(7)]);
        let site = "職務経歴書\n2026年11月30日現在\n## 職務経歴\n### 株式会社U建設（2015年4月〜現在）\n職種：施工管理\n- 現場の品質の確認と工程の記録\n";
        assert_eq!(sheet_top(site, posting)[0], Some(6));
    }

    /// Who the work was for (お客様, スタッフ) is no evidence of which work: a line about a
    /// customer survey does not show handling customers' complaints.
    #[test]
    fn shared_generic_words_are_no_evidence() {
        let resume = "## 職務経歴\n### 株式会社A（2018年4月〜現在）\n- 研修後のお客様アンケートで接客満足度が4.2から4.7に上がった\n- 社内の情報共有のため週報を作成\n## スキル\n- PC：Word、Excel\n";
        assert_eq!(
            sheet_top(
                resume,
                "【仕事内容】\n・お客様からのご意見への対応\n・情報セキュリティ対策の企画\n・PCのキッティング\n"
            ),
            vec![None, None, None]
        );
    }

    /// A tool asked for at a level or for a use: the line shows that level or that use.
    #[test]
    fn tools_at_the_level_and_for_the_use_asked() {
        let resume = "## 職務経歴\n### 株式会社A（2018年4月〜現在）\n- 満了日の一覧表をExcelで作成し、営業部で共有した\n## スキル\n- 使用ツール：AutoCAD、Excel、Word\n";
        let posting = "【歓迎】\n・Excel（ピボットテーブル・グラフ）によるデータ分析\n・Excelで見積書を作成した経験\n・Excelの基本操作\n";
        assert_eq!(sheet_top(resume, posting), vec![None, None, Some(5)]);
        let resume = "## 職務経歴\n### 株式会社A（2018年4月〜現在）\n- 見積書をExcelのテンプレートで作成\n## スキル\n- Excel（ピボットテーブル、グラフ、VLOOKUP）\n";
        assert_eq!(sheet_top(resume, posting), vec![Some(5), Some(3), Some(5)]);
    }

    /// A spreadsheet level asked is met at that level or above: a summary is no VLOOKUP, and
    /// no chart; functions or pivots meet a chart.
    #[test]
    fn spreadsheet_levels_from_functions_to_summaries() {
        let posting = "【歓迎】\n・Excel（XLOOKUP・SUMIF）での在庫表の作成\n・Excelでの品質データのグラフ作成\n・Excelでの売上の集計\n";
        let summary = "## 職務経歴\n### 株式会社A（2018年4月〜現在）\n- 伝票の入力\n## スキル\n- Excel（日次の売上の集計）\n";
        assert_eq!(sheet_top(summary, posting), vec![None, None, Some(5)]);
        let functions = "## 職務経歴\n### 株式会社A（2018年4月〜現在）\n- 伝票の入力\n## スキル\n- Excel（IF関数、ピボットテーブル）\n";
        assert_eq!(
            sheet_top(functions, posting),
            vec![Some(5), Some(5), Some(5)]
        );
        let charts = "## 職務経歴\n### 株式会社A（2018年4月〜現在）\n- 伝票の入力\n## スキル\n- Excel（グラフ作成）\n";
        assert_eq!(sheet_top(charts, posting), vec![None, Some(5), Some(5)]);
    }

    /// A leading post asked for in no trade: the line naming the seeker's post with the people
    /// led first; a post the seeker only spoke to, or a title with nobody counted, is no
    /// evidence by itself; a number asked is met by that many.
    #[test]
    fn leading_posts_with_the_people_led() {
        let posting = "【歓迎】\n・係長・主任などとして部下をまとめた経験\n・班長として8名以上をまとめた経験\n";
        let led = "## 職務経歴\n### 株式会社A（2016年4月〜現在）\n- 検品と梱包の作業\n- 2021年4月　主任に昇格（部下5名）\n- 部下5名の作業の割り振り\n";
        assert_eq!(sheet_top(led, posting), vec![Some(4), None]);
        let told = "## 職務経歴\n### 株式会社A（2016年4月〜現在）\n- 新人スタッフ2名の教育を担当\n- 発注の手順の見直しを主任に提案した\n";
        assert_eq!(sheet_top(told, posting), vec![None, None]);
        let big = "## 職務経歴\n### 株式会社A（2016年4月〜現在）\n- 2020年4月　班長（班員12名）\n";
        assert_eq!(sheet_top(big, posting), vec![Some(3), Some(3)]);
        // The post on one line, the people it led on another line of the same block: both; in
        // another employer's block, the post does not carry the count.
        let apart = "## 職務経歴\n### 株式会社A（2016年4月〜現在）\n- 2020年4月　成形課 班長に昇格\n- 成形機8台の段取り替え、班員9名の作業の割り振り\n";
        let item = PostingItem {
            kind: RequirementKind::Preferred,
            text: "・班長として8名以上をまとめた経験".into(),
            line: 1,
            parent: None,
            context: None,
        };
        let doc = Document::parse(apart);
        let lines: Vec<usize> = leadership_matches(&item, &ResumeFacts::new(&doc))
            .iter()
            .map(|m| m.line)
            .collect();
        assert_eq!(lines, vec![3, 4]);
        let two = "## 職務経歴\n### 株式会社A（2016年4月〜2020年3月）\n- 2018年4月　班長に昇格\n### 株式会社B（2020年4月〜現在）\n- 班員9名の作業の割り振り\n";
        let doc = Document::parse(two);
        assert!(leadership_matches(&item, &ResumeFacts::new(&doc)).is_empty());
        // 「店長の育成」 is work on managers, and 主任技術者 a site appointment: no post asked.
        let of = |text: &str| {
            approach(&PostingItem {
                kind: RequirementKind::Preferred,
                text: text.to_string(),
                line: 1,
                parent: None,
                context: None,
            })
        };
        assert_ne!(of("店長の育成に関わった経験"), Approach::Leadership);
        assert_ne!(
            of("主任技術者として工事を担当した経験"),
            Approach::Leadership
        );
        assert_eq!(of("リーダー・サブリーダーの経験"), Approach::Leadership);
    }

    /// A post held with nobody counted answers a post asked when it is that post or above it on
    /// the same ladder; a post of one workplace (店長) is not met by a line leader's post.
    #[test]
    fn posts_held_on_their_ladder() {
        let posting = "【歓迎】\n・係長以上の役職で、課員をまとめた経験\n・店長・副店長など、店舗の責任者の経験\n";
        let deputy = "## 職務経歴\n### 株式会社A（2014年4月〜現在）\n- 総務課で備品の管理\n- 2022年4月　総務課 課長代理に昇格\n";
        assert_eq!(sheet_top(deputy, posting), vec![Some(4), None]);
        let chief = "## 職務経歴\n### 株式会社A（2014年4月〜現在）\n- 受注の入力\n- 2023年4月　主任に昇格\n- 現場のリーダーと手順を見直した\n";
        assert_eq!(sheet_top(chief, posting), vec![None, None]);
        let shop = "## 職務経歴\n### 株式会社B（2018年4月〜現在）\n- 携帯電話の販売\n- 2024年10月　副店長に就任\n";
        assert_eq!(sheet_top(shop, posting), vec![None, Some(4)]);
        // Posts given as examples (「…など、部下を持つ立場」): any leading post held meets them.
        let salon = "## 職務経歴\n### 株式会社D（2015年4月〜現在）\n- カットとカラーの施術\n- 2022年10月　駅前店 店長に就任\n";
        assert_eq!(
            sheet_top(
                salon,
                "【歓迎】\n・係長・課長代理など、部下を持つ立場での経験\n"
            ),
            vec![Some(4)]
        );
        // People led and counted, under a post named on another line.
        let team = "## 職務経歴\n### 株式会社E（2014年4月〜現在）\n- 2020年4月　成形課 班長に昇格\n- 射出成形機8台の段取り替え、班員6名の作業の割り振り\n";
        assert_eq!(
            sheet_top(
                team,
                "【歓迎】\n・5名以上の班をまとめた経験\n・8名以上の班をまとめた経験\n"
            ),
            vec![Some(4), None]
        );
        // People counted: a leader of 15 answers 「課員をまとめた経験」, but is no 店長.
        let line = "## 職務経歴\n### 株式会社C（2017年4月〜現在）\n- 2022年10月　盛り付けラインのリーダー（作業者15名）\n";
        assert_eq!(sheet_top(line, posting), vec![Some(3), None]);
    }

    /// 「個人向け営業」 is not shown by a 法人営業 block whose seeker had a 個人売上.
    #[test]
    fn sales_to_private_customers_is_not_a_personal_sales_figure() {
        let corporate = "職務経歴書\n2026年11月30日現在\n## 職務経歴\n### 株式会社A（2018年4月〜現在）\n職種：法人営業\n- 既存顧客60社へのルート営業\n- 2024年度 個人売上3億円（課内1位）\n";
        let posting = "【必須】\n・個人向け営業の経験2年以上\n";
        assert_eq!(sheet_top(corporate, posting), vec![None]);
        let private = "職務経歴書\n2026年11月30日現在\n## 職務経歴\n### 株式会社B（2018年4月〜現在）\n職種：営業\n- 来店された個人のお客様への新車の提案\n";
        assert_eq!(sheet_top(private, posting), vec![Some(4)]);
    }

    /// 「30名以上のスタッフ」: the line names that many people.
    #[test]
    fn a_number_of_people_asked_is_met_by_that_many() {
        let resume = "## 職務経歴\n### 株式会社A（2018年4月〜現在）\n- 製造スタッフとして検品を担当\n- 店長としてスタッフ45名を管理\n- 店長としてスタッフ12名を管理\n";
        assert_eq!(
            sheet_top(resume, "【必須】\n・30名以上のスタッフを管理した経験\n"),
            vec![Some(4)]
        );
    }

    /// A licence does not show that a duty was done; a licence the table does not know is met
    /// by that licence only, and grades (甲乙丙, 種, TOEIC scores) are compared.
    #[test]
    fn licences_neither_duties_nor_other_kinds() {
        let resume = "## 職務経歴\n### 株式会社A（2018年4月〜現在）\n- 戸建住宅の営業\n## 資格\n- 2級建築施工管理技士（仕上げ）\n- 衛生管理者（第二種）\n- TOEIC 600点\n- 危険物取扱者丙種\n";
        let posting = "【仕事内容】\n・仕上げ工事の品質検査と施工図の修正\n【必須】\n・衛生推進者の資格\n・TOEIC 700点以上\n・危険物取扱者乙種第4類\n【歓迎】\n・TOEIC 550点以上\n・衛生管理者\n";
        assert_eq!(
            sheet_top(resume, posting),
            vec![None, None, None, None, Some(7), Some(6)]
        );
    }

    /// Years of experience are the months of the posts that name the job, each month once (a
    /// promotion inside a post overlaps it).
    #[test]
    fn experience_years_count_each_month_once() {
        let resume = "職務経歴書\n2026年11月30日現在\n## 職務経歴\n### 株式会社G（2010年4月〜2020年3月）\n事業内容：食品スーパーの運営\n#### 2012年4月～2016年3月　A店 副店長\n- 発注と売場づくり\n#### 2016年4月～2020年3月　B店 店長\n- 売上予算の管理\n- 2018年からは旗艦店の店長として、スタッフ40名を管理\n";
        let top = |posting: &str| sheet_top(resume, posting);
        assert_eq!(top("【必須】\n・店長経験5年以上\n"), vec![Some(4)]);
        // 8 years of 副店長・店長, not 10 (the promotion counted twice).
        assert_eq!(top("【必須】\n・店長経験9年以上\n"), vec![None]);
    }

    /// 「小売業での店長経験」 covers every kind of shop (a drugstore too); a 施工管理 block whose
    /// dated sub-headings are projects counts all its months; 建設 in a company's name does not
    /// hide the field its business names.
    #[test]
    fn experience_of_a_kind_and_of_projects() {
        let drug = "職務経歴書\n## 職務経歴\n### 株式会社K薬品（2017年4月〜2026年3月）\n事業内容：ドラッグストアの運営\n#### 2019年4月～2026年3月　L店 店長\n- 売上と在庫の管理\n";
        assert_eq!(
            sheet_top(drug, "【必須】\n・小売業（業態不問）での店長経験2年以上\n"),
            vec![Some(3)]
        );
        let civil = "職務経歴書\n## 職務経歴\n### 株式会社M建設（2012年4月〜2026年3月）\n事業内容：土木工事（道路・下水道）\n- 公共土木工事の施工管理\n#### 【工事1】市道改良工事（2024年5月〜2025年3月）\n- 現場代理人として工程・安全の管理\n";
        let top = |posting: &str| sheet_top(civil, posting);
        assert_eq!(
            top("【必須】\n・土木工事の施工管理経験10年以上\n"),
            vec![Some(3)]
        );
        assert_eq!(
            top("【必須】\n・土木工事の施工管理経験15年以上\n"),
            vec![None]
        );
        assert_eq!(
            career::industry_of("株式会社M建設 土木工事（道路・下水道）").map(|i| i.id),
            Some("construction-civil")
        );
        assert_eq!(
            career::industry_of("株式会社N建設 マンションの新築").map(|i| i.id),
            Some("construction-building")
        );
    }

    /// An improvement asked by what was improved is met by an episode about it (in words, in a
    /// topic of the synonym table, or in a block of the job named); 「…など、開発の手順を自動化」
    /// still names what; a meeting one sat in is no improvement; the line is the act, not the
    /// achievement's title.
    #[test]
    fn improvement_by_what_was_improved() {
        let resume = "## 職務経歴\n### 株式会社P（2018年4月〜現在）\n経理部\n**1. 入金消込の効率化**\n- 紙の入金予定表と台帳の照合に毎朝半日かかっていた\n- 銀行の明細を会計システムに取り込み自動で照合する設定を作った\n- → 照合は30分で終わるようになった\n- 月次の予算見直し会議に参加\n";
        let top = |posting: &str| sheet_top(resume, posting);
        assert_eq!(
            top("【歓迎】\n・経理の業務を、システムの活用で効率化した経験\n"),
            vec![Some(6)]
        );
        assert_eq!(
            top("【歓迎】\n・紙の手続きを電子化した経験\n"),
            vec![Some(6)]
        );
        assert_eq!(
            top("【歓迎】\n・業務改善に主体的に取り組める方\n"),
            vec![Some(6)]
        );
        // One alternative is any improvement of the work.
        assert_eq!(
            top("【歓迎】\n・事故防止や業務改善の取り組みを進めた経験\n"),
            vec![Some(6)]
        );
        assert_eq!(
            top("【歓迎】\n・CI/CDの構築など、開発の手順を自動化した経験\n"),
            vec![None]
        );
        let sat_in =
            "## 職務経歴\n### 株式会社Q（2018年4月〜現在）\n- 月次の予算見直し会議に参加\n";
        assert_eq!(
            sheet_top(sat_in, "【歓迎】\n・業務の見直しの経験\n"),
            vec![None]
        );
    }

    /// An improvement told on one line, not as an episode (a career table's row), answers an
    /// improvement asked in its words; a review one only took part in does not.
    #[test]
    fn improvement_told_on_one_line() {
        let resume = "## 職務経歴\n### 株式会社まんぷく（2015年4月〜現在）\n| 期間 | 店舗・役職 | 業務 | 実績 |\n|---|---|---|---|\n| 2021年4月～2023年3月 | 北口店 店長 | 赤字の店舗の立て直し | 2年目に営業利益を黒字化 |\n| 2023年4月～現在 | 中央通り店 店長 | 売上・人件費の管理 | 前年比112% |\n";
        assert_eq!(
            sheet_top(
                resume,
                "【歓迎】\n・業績が落ちた店舗の立て直しに携わった経験\n"
            ),
            vec![Some(5)]
        );
        let sat_in = "## 職務経歴\n### 株式会社K（2015年4月〜現在）\n経理課\n- 月次決算、固定資産の管理\n- 経費精算の規程の見直しに参加\n";
        assert_eq!(
            sheet_top(
                sat_in,
                "【歓迎】\n・契約や購買の見直しで、経費を削減した経験\n"
            ),
            vec![None]
        );
    }

    /// 入社 alone names no work (every career starts with it); 入社手続き does.
    #[test]
    fn joining_alone_is_no_topic() {
        let resume = "## 職務経歴\n### 株式会社ひかりコール（2020年4月〜現在）\n- 2020年4月 入社 お客様センター\n- 料金の問い合わせの対応\n- 入社手続きと社会保険の届出\n";
        assert_eq!(
            first_line(
                resume,
                RequirementKind::Duty,
                "入社後半年ほどで、課員4名の仕事の割り振りをお任せします。"
            ),
            None
        );
        assert_eq!(
            first_line(resume, RequirementKind::Duty, "・入社手続き、退職の手続き"),
            Some(5)
        );
    }

    /// The end of a period heads a compound (年末調整), though alone it is no topic.
    #[test]
    fn period_end_heads_a_compound() {
        let t = terms("年末調整、住民税の更新");
        assert!(t.terms.contains_key("年末調整"));
        let alone = terms("年末に書類を回収する");
        assert!(!alone.terms.keys().any(|k| k.starts_with("年末")));
        // Other time nouns make no compound of a plan that only shares its day.
        assert!(
            !terms("翌日分の配車計画")
                .terms
                .keys()
                .any(|k| k.starts_with("翌日"))
        );
        assert_eq!(
            sheet_top(
                "## 職務経歴\n### 株式会社M（2015年4月〜現在）\n人事部\n- 社会保険の手続き\n- 従業員約850名の給与計算、賞与計算、年末調整\n",
                "仕事内容\n・年末調整、住民税の更新\n"
            ),
            vec![Some(5)]
        );
    }

    /// What any improvement brings down (ミス, 残業, 作業の時間) is met by an episode that tells
    /// it in its own words (宛先の誤り, 平均3日から1.5日に) when nothing else is named as improved;
    /// when the work is named (見積や請求), the episode must be about it.
    #[test]
    fn improvement_by_its_outcome() {
        let resume = "## 職務経歴\n### 株式会社R（2016年4月〜現在）\n営業事務\n- 受注の入力、出荷の手配\n- 請求書の宛先の誤りが月に数件続いたため、発行前に二人で読み合わせる手順を決めた\n- → 宛先の誤りは、この1年で1件のみになった\n";
        let top = |posting: &str| sheet_top(resume, posting);
        assert_eq!(
            top("【歓迎】\n・社内の業務の手順を見直して、ミスや残業を減らした経験\n"),
            vec![Some(5)]
        );
        assert_eq!(
            top("【歓迎】\n・作業の順番や人の配置を見直して、ミスや作業の時間を減らした経験\n"),
            vec![Some(5)]
        );
        assert_eq!(
            top("【歓迎】\n・見積や納品の手順を見直し、ミスや手間を減らした経験\n"),
            vec![None]
        );
        // A trade's own time (荷待ち時間) is not any time saved.
        let faster = "## 職務経歴\n### 株式会社R（2016年4月〜現在）\n営業事務\n- 見積りの回答に平均3日かかっていたため、受付表を作った\n- → 回答までの日数は平均3日から1.5日に短縮\n";
        assert_eq!(
            sheet_top(
                faster,
                "【歓迎】\n・業務の手順を見直して、作業の時間を減らした経験\n"
            ),
            vec![Some(4)]
        );
        assert_eq!(
            sheet_top(
                faster,
                "【歓迎】\n・拘束時間や荷待ち時間の削減に取り組んだ経験\n"
            ),
            vec![None]
        );
    }

    /// 「冷凍車での配送経験」 (a duty in a trade, no years) is shown by the duty line of the block;
    /// 「運送業での経理経験」 (a job in a trade) by the block's heading.
    #[test]
    fn a_duty_in_a_trade_is_shown_by_the_duty_line() {
        let resume = "職務経歴書\n2026年11月30日現在\n## 職務経歴\n### 株式会社S運輸（2015年4月〜現在）\n事業内容：一般貨物自動車運送（食品の配送）\n- スーパー12店舗への配送（大型冷凍車）\n- 車両の日常点検\n";
        let top = |posting: &str| sheet_top(resume, posting);
        assert_eq!(top("【歓迎】\n・冷凍車での配送経験\n"), vec![Some(6)]);
        assert_eq!(top("【歓迎】\n・運送業でのドライバー経験\n"), vec![Some(4)]);
    }

    /// A licence or a course asked is held or not: not shown by work on its topic, by a post of
    /// the same name, by another course that only shares 研修・修了, nor by a licence still
    /// being studied for.
    #[test]
    fn holding_a_licence_or_a_course() {
        let resume = "## 職務経歴\n### 株式会社Y（2015年4月〜現在）\n- 射出成形機8台の段取り替え\n- 2023年4月 ユニットリーダーに就任\n\n## 資格\n- 介護支援専門員実務研修 修了\n- 社会保険労務士試験 受験準備中\n";
        let top = |posting: &str| sheet_top(resume, posting);
        assert_eq!(
            top("【歓迎】\n・技能検定 プラスチック成形（射出成形作業）1級\n"),
            vec![None]
        );
        assert_eq!(top("【歓迎】\n・ユニットリーダー研修修了\n"), vec![None]);
        assert_eq!(
            top("【歓迎】\n・喀痰吸引等研修（第1号・第2号）修了\n"),
            vec![None]
        );
        assert_eq!(top("【歓迎】\n・社会保険労務士の資格\n"), vec![None]);
        assert_eq!(
            top("【歓迎】\n・介護支援専門員実務研修の修了\n"),
            vec![Some(7)]
        );
    }

    /// A course completed (「認知症介護実践者研修」) is shown by the qualification line, before a
    /// duty line that only took part in a training on the topic.
    #[test]
    fn a_course_completed_is_a_qualification() {
        let resume = "## 職務経歴\n### 社会福祉法人R（2015年4月〜現在）\n- 外部の認知症ケアの研修に参加し、内容をユニットの職員に伝達\n\n## 資格\n- 認知症介護実践者研修 修了（2020年）\n";
        assert_eq!(
            sheet_top(resume, "【歓迎】\n・認知症介護実践者研修　あれば尚可\n"),
            vec![Some(6)]
        );
    }

    /// 「3PL企業でのセンター運営経験」: the industry and the job, from the employer blocks.
    #[test]
    fn experience_in_an_industry() {
        let posting = "【歓迎】\n・3PL企業でのセンター運営経験\n";
        let center = "職務経歴書\n2026年11月30日現在\n## 職務経歴\n### 株式会社H（2018年4月〜現在）\n事業内容：3PL（物流センターの受託運営）\n職種：センター運営（センター長代理）\n- 入出荷の計画と進捗管理\n";
        assert_eq!(sheet_top(center, posting), vec![Some(4)]);
        let driver = "職務経歴書\n2026年11月30日現在\n## 職務経歴\n### 株式会社I運輸（2018年4月〜現在）\n事業内容：一般貨物自動車運送\n職種：ドライバー\n- 4tトラックでのルート配送\n";
        assert_eq!(sheet_top(driver, posting), vec![None]);
    }

    /// 「PowerShell等のスクリプト」: the tool is an example, the scripting is what is asked.
    #[test]
    fn examples_of_a_tool_keep_what_was_improved() {
        let posting = "【歓迎】\n・PowerShell等のスクリプトによる運用自動化の経験\n";
        let scripted = "## 職務経歴\n### 株式会社A（2018年4月〜現在）\n- 手作業で設定していたPCの準備をスクリプトで自動化した\n  → 1台あたり90分から15分に短縮\n";
        assert_eq!(sheet_top(scripted, posting), vec![Some(3)]);
        let other = "## 職務経歴\n### 株式会社A（2018年4月〜現在）\n- 入社書類の回収に2週間かかっていたため、クラウド労務サービスを導入した\n  → 回収期間を3日に短縮\n";
        assert_eq!(sheet_top(other, posting), vec![None]);
    }

    /// 「工程・品質・安全・原価の管理」 asks for 工程管理 and the others; a compound does not start
    /// with a suffix; a duty word the analyser splits (入出荷) still counts.
    #[test]
    fn lists_suffixes_and_split_duty_words() {
        assert_eq!(
            expand_lists("工程・品質・安全・原価の管理"),
            "工程管理・品質管理・安全管理・原価管理"
        );
        assert_eq!(expand_lists("請求書の発行"), "請求書の発行");
        assert!(!terms("見積書作成").shown().contains(&"書作成".to_string()));
        let resume = "## 職務経歴\n### 株式会社J（2018年4月〜現在）\n- 工程表の作成、協力会社の手配と指示\n- パート30名の勤怠管理と配置計画\n- 荷主の出荷拠点として、1日約8,000ケースの入出荷を管理\n";
        assert_eq!(
            sheet_top(
                resume,
                "【仕事内容】\n・工程・品質・安全・原価の管理\n・入出荷の計画と進捗管理\n"
            ),
            vec![Some(3), Some(5)]
        );
    }

    /// A duty word of the duty table counts like a compound, also when both sides use it
    /// (ベンダーコントロール / ベンダー2社と協業).
    #[test]
    fn a_duty_word_shared_is_substance() {
        let t = |x: &str| terms(x);
        assert!(duty_in_other_words(&t("ベンダーコントロール"), &t("ベンダー2社と協業")) >= 1.0);
        assert_eq!(
            duty_in_other_words(&t("小口現金の管理"), &t("現金出納帳の入力")),
            W_COMPOUND
        );
        assert_eq!(
            duty_in_other_words(&t("請求書の発行"), &t("請求書の確認")),
            0.0
        );
    }

    #[test]
    fn english_words_shown_as_first_written() {
        let shown = terms("EXCELとexcelとExcel").shown();
        assert!(shown.contains(&"EXCEL".to_string()), "{shown:?}");
        assert!(
            !shown.iter().any(|s| s == "Excel" || s == "excel"),
            "{shown:?}"
        );
    }
}

#[cfg(test)]
mod task_after_post {
    use super::*;

    #[test]
    fn the_work_done_in_the_post_is_read() {
        assert_eq!(
            task_after_post("店長として業務用冷蔵庫の選定に関わった経験").as_deref(),
            Some("業務用冷蔵庫")
        );
        assert_eq!(
            task_after_post("リーダーとしてメンバーをまとめた経験"),
            None
        );
        assert_eq!(
            task_after_post("現場代理人として工事を完成させた経験"),
            None
        );
        assert_eq!(task_after_post("店長の経験3年以上"), None);
    }
}

/// The résumé lines matched to a posting item of `kind`, best first (tests).
#[cfg(test)]
fn matched_lines(resume: &str, kind: RequirementKind, req: &str) -> Vec<usize> {
    let doc = Document::parse(resume);
    let facts = ResumeFacts::new(&doc);
    let item = PostingItem {
        kind,
        text: req.to_string(),
        line: 1,
        parent: None,
        context: None,
    };
    match_structured(&item, &facts)
        .matches
        .iter()
        .map(|m| m.line)
        .collect()
}

/// The résumé line of the best match for an item of a kind (tests).
#[cfg(test)]
fn first_line(resume: &str, kind: RequirementKind, req: &str) -> Option<usize> {
    matched_lines(resume, kind, req).first().copied()
}

/// The résumé line of the best match for a required item (tests).
#[cfg(test)]
fn top_line(resume: &str, req: &str) -> Option<usize> {
    first_line(resume, RequirementKind::Required, req)
}

#[cfg(test)]
mod experience_gates {
    use super::*;

    use super::top_line as top;

    /// 「購買事務の経験」 names one office job, not every one: years of 庶務 do not count.
    #[test]
    fn a_named_office_job_is_not_every_office_job() {
        assert_eq!(
            families_asked("購買事務の経験3年以上"),
            vec!["sales-assistant"]
        );
        assert!(families_asked("事務の経験3年以上").contains(&"general-affairs"));
        let resume = "## 職務経歴\n### 株式会社みずほ台商会（2015年4月〜2024年3月）\n職種：庶務\n- 郵便物の仕分けと来客対応、会議室の予約管理を担当。\n";
        assert_eq!(top(resume, "購買事務の経験3年以上"), None);
        assert_eq!(top(resume, "事務の経験3年以上"), Some(2));
    }

    /// The block that holds the years asked on its own comes before a shorter one written
    /// first; when both hold them, the résumé's order stays.
    #[test]
    fn the_block_that_holds_the_years_comes_first() {
        let resume = "## 職務経歴\n### 株式会社みなみ運輸倉庫（2022年4月〜2024年3月）\n職種：倉庫スタッフ\n- 入荷の検品と棚入れを担当。\n### 株式会社ひがし物流（2014年4月〜2022年3月）\n職種：倉庫スタッフ\n- ピッキングと出荷の検品を担当。\n";
        assert_eq!(top(resume, "倉庫での作業経験5年以上"), Some(5));
        assert_eq!(top(resume, "倉庫での作業経験1年以上"), Some(2));
    }

    /// Acts alone are no evidence: the same acts on other things are other work.
    #[test]
    fn shared_acts_alone_are_another_work() {
        let resume = "## 職務経歴\n### 株式会社あおば文具（2018年4月〜現在）\n- 事務用品の発注と、経費の伝票の確認を担当。\n- 鋼材の発注と仕入先への納期の確認を担当。\n";
        let duty = |req: &str| matched_lines(resume, RequirementKind::Duty, req);
        assert_eq!(
            duty("樹脂部品の発注と、外注先への品質の確認"),
            Vec::<usize>::new()
        );
        assert_eq!(duty("鋼材の発注と、仕入先への納期の確認"), vec![4]);
        let rules = "## 職務経歴\n### 株式会社あおば文具（2018年4月〜現在）\n- 経費精算の手順を見直し、承認の流れを変えた。\n";
        let doc = Document::parse(rules);
        let facts = ResumeFacts::new(&doc);
        let item = PostingItem {
            kind: RequirementKind::Duty,
            text: "出荷検品の手順の見直し".to_string(),
            line: 1,
            parent: None,
            context: None,
        };
        assert!(match_structured(&item, &facts).gap);
    }

    /// Two tools each asked for its own use: both must be in the résumé; tools listed for one
    /// use are met by one.
    #[test]
    fn tools_each_for_its_own_use_are_all_asked() {
        let resume = "## 職務経歴\n### 株式会社ことぶき機材（2019年4月〜現在）\n- 見積書の作成と納期の調整を担当。\n\n## スキル\n- Excel（関数、ピボットテーブル）、Word\n";
        assert_eq!(
            top(resume, "Excelでの見積書作成、PowerPointでの提案書作成"),
            None
        );
        assert_eq!(top(resume, "PowerPoint・Excelでの見積書の作成"), Some(6));
    }

    /// Employment in an industry (「…での勤務経験」) is read from the employer blocks.
    #[test]
    fn employment_in_an_industry_is_an_experience() {
        let item = PostingItem {
            kind: RequirementKind::Preferred,
            text: "ホームセンター・ドラッグストアでの勤務経験".to_string(),
            line: 1,
            parent: None,
            context: None,
        };
        assert_eq!(approach(&item), Approach::Experience);
        let resume = "## 職務経歴\n### 株式会社さくら薬品（2016年4月〜2023年3月）\n事業内容：ドラッグストアの運営\n職種：販売スタッフ\n- 医薬品・日用品の品出しとレジを担当。\n";
        assert_eq!(top(resume, "ドラッグストアでの勤務経験"), Some(2));
    }

    /// 「…認定資格」 names the certificates of a kind: one of them is the evidence.
    #[test]
    fn a_kind_of_certificate_is_met_by_one_of_them() {
        let resume = "## 職務経歴\n### 株式会社みどりソフト（2019年4月〜現在）\n- AWS上の会員サイトのクラウド環境の構築を担当。\n\n## 資格\n- AWS認定デベロッパー – アソシエイト（2023年）\n";
        assert_eq!(top(resume, "AWS認定資格（アソシエイト以上）"), Some(6));
    }

    /// 「…業界向けの営業経験」: the trade is the customers'; a block whose work names them
    /// shows it, after a block in that trade itself.
    #[test]
    fn a_trade_named_as_customers_is_read_from_the_work() {
        let resume = "## 職務経歴\n### 株式会社つばさ包材（2017年4月〜現在）\n事業内容：食品包装資材の製造販売\n職種：法人営業\n- 飲食店・ホテルへの包装資材の提案営業（担当40社）。\n";
        assert!(matches!(top(resume, "飲食業界向けの営業経験"), Some(2 | 5)));
        let other = "## 職務経歴\n### 株式会社つばさ包材（2017年4月〜現在）\n事業内容：食品包装資材の製造販売\n職種：法人営業\n- 病院・介護施設への包装資材の提案営業（担当40社）。\n";
        assert_eq!(top(other, "飲食業界向けの営業経験"), None);
    }

    /// Stocktaking written with or without its okurigana (棚卸し, たな卸) is one duty.
    #[test]
    fn stocktaking_in_any_spelling() {
        let resume = "## 職務経歴\n### 株式会社ひばり流通（2018年4月〜現在）\n- 半期ごとのたな卸の集計と、帳簿との差の報告を担当。\n- 来客対応と電話の取り次ぎ。\n";
        let doc = Document::parse(resume);
        let facts = ResumeFacts::new(&doc);
        let item = PostingItem {
            kind: RequirementKind::Duty,
            text: "期末の棚卸しと在庫差異の調査".to_string(),
            line: 1,
            parent: None,
            context: None,
        };
        let m = match_structured(&item, &facts);
        assert_eq!(m.matches.first().map(|m| m.line), Some(3), "{m:?}");
    }

    /// Years of doing the work are not shown by an exam passed on it.
    #[test]
    fn years_of_practice_are_not_shown_by_a_licence() {
        let resume = "## 職務経歴\n### 株式会社こだま電機（2016年4月〜現在）\n- 月次決算と固定資産の管理を担当。\n\n## 資格\n- 社会保険実務検定2級（2021年）\n";
        assert_eq!(top(resume, "社会保険の手続きの実務経験5年以上"), None);
        assert_eq!(top(resume, "社会保険実務検定の知識"), Some(6));
    }
}

#[cfg(test)]
mod leading_in_a_named_job {
    use super::top_line as top;

    const OFFICE: &str = "職務経歴書\n2026年10月1日現在\n\n## 職務経歴\n\n### 株式会社青葉工業（2014年4月～現在）\n事業内容：産業用バルブの製造\n\n2014年4月　入社　管理部 経理課に配属\n- 仕訳の入力と月次決算の準備\n2021年4月　主任に昇格（課員3名）\n";

    /// A 主任 of the 経理課 is a leading post in accounting, though the line shares no word
    /// with the requirement.
    #[test]
    fn a_rank_in_a_block_of_the_job_is_evidence() {
        assert_eq!(
            top(OFFICE, "・係長以上として、経理チームをまとめた経験"),
            Some(11)
        );
    }

    /// The same rank in a block of another job is none.
    #[test]
    fn a_rank_in_another_job_is_not() {
        assert_eq!(
            top(OFFICE, "・主任以上として、人事の仕事をまとめた経験"),
            None
        );
    }
}

#[cfg(test)]
mod people_work_tests {
    use super::*;
    use crate::prep::posting::parse;

    const CLERK: &str = "## 職務経歴\n### 株式会社みなと商事（2015年4月〜現在）\n職種：営業事務\n- 受注データの入力と納期の回答\n- 新人の事務スタッフ２名の教育を担当\n- 2023年4月　営業業務グループ 主任に昇格\n- 決算資料の数値の確認\n";

    /// Teaching newcomers and leading a team, asked in other words than the résumé's: the line
    /// where the seeker taught people, the post held that leads them.
    #[test]
    fn teaching_and_leading_asked_in_other_words() {
        let first = |k, r| first_line(CLERK, k, r);
        assert_eq!(
            first(
                RequirementKind::Preferred,
                "・後輩メンバーの育成経験（OJTリーダー等）"
            ),
            Some(5)
        );
        assert_eq!(
            first(
                RequirementKind::Preferred,
                "・係長・主任としてメンバーをまとめてきた方"
            ),
            Some(6)
        );
        // A team led with no post named: the post held.
        assert_eq!(first(RequirementKind::Duty, "■チームのまとめ役"), Some(6));
        // Figures brought together (決算の取りまとめ) are no people led; a subject taught to all
        // (安全教育) is no newcomer taught; training received is none given.
        assert_eq!(first(RequirementKind::Duty, "・月次決算の取りまとめ"), None);
        assert_eq!(
            first(RequirementKind::Duty, "・ドライバーへの安全教育"),
            None
        );
        let trainee = "## 職務経歴\n### 株式会社みなと商事（2015年4月〜現在）\n職種：営業事務\n- 新入社員研修（ビジネスマナー）を受講\n";
        let doc = Document::parse(trainee);
        let item = PostingItem {
            kind: RequirementKind::Preferred,
            text: "・後輩の指導経験".into(),
            line: 1,
            parent: None,
            context: None,
        };
        assert!(people_work(&item, &ResumeFacts::new(&doc)).is_empty());
        // People counted or a trade named are the leadership approach's (a 主任 of 営業事務 is no
        // 経理 team led).
        assert_eq!(
            first(
                RequirementKind::Preferred,
                "・経理のチームを取りまとめた経験"
            ),
            None
        );
    }

    /// Leading and teaching asked together (「後輩の育成や、チームのまとめ役」): a post with its
    /// people counted first, then a line where the seeker taught the people it counts, before a
    /// post with nobody under it.
    #[test]
    fn leading_and_teaching_asked_together() {
        let ask = "・後輩の育成や、チームのまとめ役を担った経験";
        assert_eq!(first_line(CLERK, RequirementKind::Preferred, ask), Some(5));
        let chief = "## 職務経歴\n### 株式会社ひかりコール（2016年4月〜現在）\n- 2023年4月 お客様センター チーフSVに就任（オペレーター25名）\n- 新人がつまずきやすい手順を図にまとめてチームで共有\n- 新人のオペレーター3名の研修を担当\n";
        assert_eq!(first_line(chief, RequirementKind::Preferred, ask), Some(3));
    }

    /// Practice sessions run for juniors (a salon's 練習会 for its assistants) are teaching.
    #[test]
    fn practice_sessions_run_are_teaching() {
        let salon = "## 職務経歴\n### 株式会社ヘアリーフ（2014年4月〜現在）\n- カット、カラー、パーマの施術\n- アシスタントの上達に差があったため、週2回の練習会と段階ごとの試験を始めた\n";
        assert_eq!(
            first_line(salon, RequirementKind::Duty, "■スタッフの育成"),
            Some(4)
        );
    }

    /// Driving a forklift is one duty whatever it carries; a shop's カウンター is no forklift.
    #[test]
    fn forklift_work_whatever_it_carries() {
        let warehouse = "## 職務経歴\n### 株式会社ネクスト物流（2015年4月〜現在）\n- ピッキングと梱包\n- 入荷時の検品、フォークリフトでの棚への格納\n";
        assert_eq!(
            first_line(
                warehouse,
                RequirementKind::Duty,
                "・フォークリフトでの材料・製品の運搬"
            ),
            Some(4)
        );
        let shop =
            "## 職務経歴\n### 株式会社まるや（2015年4月〜現在）\n- カウンターでの接客とレジ\n";
        assert_eq!(
            first_line(
                shop,
                RequirementKind::Duty,
                "・カウンター式のフォークリフトでの積み込み"
            ),
            None
        );
    }

    /// Answering the telephone is told by the calls taken (受電) or passed on (取り次ぎ); a call
    /// made for another task (倉庫へ電話で確認) is not that duty.
    #[test]
    fn answering_the_telephone() {
        let operator = "## 職務経歴\n### 株式会社ひかりコール（2016年4月〜現在）\n- 料金プランの変更の手続き\n- 回線の申込みと料金の問い合わせの受電（1日約60件）\n";
        assert_eq!(
            first_line(
                operator,
                RequirementKind::Duty,
                "・来客・電話の対応、備品の発注"
            ),
            Some(4)
        );
        let clerk = "## 職務経歴\n### 株式会社みなと商事（2015年4月〜現在）\n- 在庫の有無を倉庫へ電話で確認\n- 決算資料の数値の確認\n";
        assert_eq!(
            first_line(clerk, RequirementKind::Duty, "・電話の一次対応、来客の応対"),
            None
        );
    }

    /// Teaching asked in a named trade (事務スタッフに仕事を教えた) is teaching done in an office
    /// job (an 営業事務's newcomers count for 事務); a warehouse's staff taught is no driver
    /// taught. Management asked with the posts in brackets (課員のマネジメント（係長・主任など）) is
    /// the post held.
    #[test]
    fn teaching_in_a_named_trade_and_posts_in_brackets() {
        let first = |r| first_line(CLERK, RequirementKind::Preferred, r);
        assert_eq!(
            first("・新しく入った事務スタッフに仕事を教えた経験のある方は尚可。"),
            Some(5)
        );
        assert_eq!(first("・新人ドライバーへの指導経験"), None);
        assert_eq!(first("・課員のマネジメント経験（係長・主任など）"), Some(6));
        // Without the posts in brackets nor people counted, management is a word to share.
        assert_eq!(first("・課員のマネジメント経験"), None);
    }

    /// An award or a place in a ranking asked (社内で表彰や順位に入った実績) is shown by the lines
    /// that tell one in other words (支社で3位, 社長賞); a line of work with neither is none.
    #[test]
    fn awards_and_rankings_asked_in_other_words() {
        let seller = "## 職務経歴\n### みらい生命保険株式会社（2017年4月〜現在）\n職種：個人営業\n- 既存のお客様約400世帯の保全\n- 新規の契約を年間48件獲得し、支社で3位\n- 2021年度　社長賞を受賞\n";
        let req = "・社内で表彰や順位に入った実績のある方";
        let lines = matched_lines(seller, RequirementKind::Preferred, req);
        assert!(lines.contains(&5) && lines.contains(&6), "{lines:?}");
        assert!(!lines.contains(&4), "{lines:?}");
    }

    /// The care record named by what it records (利用者の記録の入力) shows a duty of 介護記録 and a
    /// basic use of a tablet or a PC asked for the records; a factory's record of temperatures
    /// shows neither.
    #[test]
    fn care_records_in_other_words() {
        let care = "## 職務経歴\n### 社会福祉法人みどり会（2016年4月〜現在）\n職種：介護職員（デイサービス）\n- 入浴、排せつ、食事の介助\n- 利用者の記録の入力\n";
        assert_eq!(
            first_line(
                care,
                RequirementKind::Duty,
                "・介護記録の入力（タブレット）と、夜勤の申し送り"
            ),
            Some(5)
        );
        assert_eq!(
            first_line(
                care,
                RequirementKind::Required,
                "タブレットやパソコンで記録を入力できる程度"
            ),
            Some(5)
        );
        let plant = "## 職務経歴\n### 株式会社みどり食品（2016年4月〜現在）\n職種：製造\n- 加熱の工程の管理\n- 温度の記録の入力\n";
        assert_eq!(
            first_line(
                plant,
                RequirementKind::Duty,
                "・介護記録の入力（タブレット）と、夜勤の申し送り"
            ),
            None
        );
    }

    /// Events run for customers, the activities of a care home's year and staff kept, asked in
    /// other words than the résumé's: the line that tells them (スマホ教室を開いた, 夏祭りの係,
    /// 早期の離職が続いていた); a study group attended is no event run.
    #[test]
    fn events_activities_and_staff_kept_in_other_words() {
        let shop = "## 職務経歴\n### 株式会社みらいモバイル（2016年4月〜現在）\n職種：携帯ショップ 副店長\n- 支店の事務の点検の勉強会に参加\n- 高齢のお客様向けにスマホ教室を月二回開いた\n- アルバイトの早期の離職が続いていたため、入店から1か月の教え方を手順書にした\n";
        let first = |r| first_line(shop, RequirementKind::Preferred, r);
        assert_eq!(first("・セミナーや相談会を自ら企画したご経験"), Some(5));
        assert_eq!(first("・スタッフの定着率を改善した経験"), Some(6));
        assert_ne!(first("・会社説明会の運営"), Some(4));
        let care = "## 職務経歴\n### 社会福祉法人みどり会（2016年4月〜現在）\n職種：介護職員\n- 食事、入浴、排せつの介助\n- 施設の夏祭りの係を担当\n";
        assert_eq!(
            first_line(care, RequirementKind::Duty, "・季節の行事や散歩などの企画"),
            Some(5)
        );
    }

    /// An order desk's work asked in other words: the stock asked about (在庫の照会 / 在庫の問い
    /// 合わせ), the delivery date confirmed (納期の確認 / 納期の回答).
    #[test]
    fn an_order_desks_work_in_other_words() {
        let desk = "## 職務経歴\n### 株式会社ミナト住設（2018年4月〜現在）\n職種：営業事務\n- 受注の入力を行い、出荷の手配を担当\n- 工務店からの在庫の問い合わせへの対応\n- メーカーへの発注と納期の回答\n";
        let first = |r| first_line(desk, RequirementKind::Duty, r);
        assert_eq!(first("・試薬・器具の在庫の照会への対応"), Some(5));
        assert_eq!(first("・欠品や入荷遅れが出た際の納期の確認"), Some(6));
    }

    /// A duty of teaching is the posting's job's: a sales team's 同行指導 is not shown by the
    /// office staff an 営業事務 taught; the same duty in an office posting is.
    #[test]
    fn a_duty_of_teaching_is_done_in_the_postings_job() {
        let tops = |posting: &str| -> Vec<Option<usize>> {
            match_posting(&parse(posting), &Document::parse(CLERK))
                .iter()
                .map(|r| r.matches.first().map(|m| m.line))
                .collect()
        };
        let sales = "# 法人営業\n## 仕事内容\n- 既存の取引先へのルート営業\n- 若手営業メンバーへの同行での指導\n";
        let office = "# 営業事務\n## 仕事内容\n- 受注の入力と納期の回答\n- 新しく入った事務メンバーへの指導\n";
        assert_eq!(tops(sales).last(), Some(&None));
        assert_eq!(tops(office).last(), Some(&Some(5)));
    }

    /// Asks read by what they name: care work at a home or a house, the building services'
    /// trades (建築設備 is 設備工事), a certificate named as an adviser, people counted and taught.
    #[test]
    fn care_work_building_services_advisers_and_people_counted() {
        let n = |t: &str| Normalized::new(t).text;
        assert!(
            families_asked(&n("介護施設または在宅介護での実務経験５年以上"))
                .contains(&"care-worker")
        );
        // Recruiting is the HR job's work; 「目安3年～」 asks three years.
        assert_eq!(
            families_asked(&n("・事業会社での中途採用の実務経験3年以上")),
            vec!["hr"]
        );
        assert_eq!(years_asked(&n("連結決算の実務経験（目安3年～）")), Some(3));
        let trades = industries_asked(&n(
            "建築設備（空調・衛生・電気のいずれか）の施工管理経験 5年以上",
        ))
        .unwrap_or_default();
        assert!(trades.contains(&"construction-electrical"));
        assert!(!trades.contains(&"construction-building"));
        // 「建築・設備いずれかの施工管理」: the building trade or the services' trades; the
        // equipment kept (設備保全) names no trade.
        let either =
            industries_asked(&n("建築・設備いずれかの施工管理の経験5年以上")).unwrap_or_default();
        assert!(either.contains(&"construction-building"));
        assert!(either.contains(&"construction-electrical"));
        assert!(
            industries_asked(&n("施工管理技士がなくても、設備保全の実務が10年以上あれば"))
                .is_none_or(|i| !i.contains(&"construction-electrical"))
        );
        // Customers sold to are not the seller's trade.
        assert_eq!(
            industries_asked(&n("・量販店・ドラッグストアへのルート営業の経験")),
            None
        );
        assert_eq!(industries_asked(&n("・医療機関向けの営業経験")), None);
        assert!(industries_asked(&n("・ドラッグストアでの販売経験")).is_some());
        let resume = "## 職務経歴\n### 株式会社みなと介護（2015年4月〜現在）\n職種：人事\n- 中途採用の面接\n- メンバー4名の面接への同行と振り返り\n## 資格\n- キャリアコンサルタント（2022年）\n";
        assert_eq!(
            first_line(
                resume,
                RequirementKind::Preferred,
                "・キャリアコンサルタント、または介護福祉士の資格"
            ),
            Some(7)
        );
        assert_eq!(
            first_line(
                resume,
                RequirementKind::Preferred,
                "・3名以上のメンバーの育成やマネジメント経験"
            ),
            Some(5)
        );
        assert_eq!(
            first_line(
                resume,
                RequirementKind::Preferred,
                "・5名以上のメンバーの育成やマネジメント経験"
            ),
            None
        );
        // A team of three counted with its leader is two members led, but a team of three.
        let lead = "## 職務経歴\n### 株式会社みなとシステム（2015年4月〜現在）\n職種：Webエンジニア\n- 【役割】リーダー（チーム3名）\n";
        let first = |r| first_line(lead, RequirementKind::Preferred, r);
        assert_eq!(first("・3名以上のメンバーの育成やマネジメント経験"), None);
        assert_eq!(
            first("・3名以上の開発チームでリーダーを務めた経験"),
            Some(4)
        );
    }

    /// A duty of the posting's own job, told by the seeker in other words: the line of that
    /// job sharing the thing the work is done to (納期), not an act (確認) nor a result.
    #[test]
    fn a_duty_of_the_same_job_in_the_seekers_words() {
        let posting = "# 営業事務\n## 仕事内容\n- 注文書の受付と受注の登録\n- 欠品や入荷遅れが出た際の納期の確認\n";
        let tops = |resume: &str| -> Vec<Option<usize>> {
            match_posting(&parse(posting), &Document::parse(resume))
                .iter()
                .map(|r| r.matches.first().map(|m| m.line))
                .collect()
        };
        let clerk = "## 職務経歴\n### 株式会社みなと商事（2015年4月〜現在）\n職種：営業事務\n- 見積書の作成と送付\n- 出荷の手配と納期の回答を担当\n";
        assert_eq!(tops(clerk).last(), Some(&Some(5)));
        // The same words in a driver's block are another job's.
        let driver = "## 職務経歴\n### 株式会社みなと運輸（2015年4月〜現在）\n職種：ドライバー\n- 4トン車でのルート配送\n- 出荷の手配と納期の回答を担当\n";
        assert_eq!(tops(driver).last(), Some(&None));
        // A word inside other compounds on each side (労働保険 / 社会保険) names other things.
        let other = "## 職務経歴\n### 株式会社みなと商事（2015年4月〜現在）\n職種：営業事務\n- 見積書の作成と送付\n- 社会保険料の納期の管理\n";
        let insurance = "# 営業事務\n## 仕事内容\n- 注文書の受付と受注の登録\n- 労働保険の申告\n";
        let first = match_posting(&parse(insurance), &Document::parse(other))
            .last()
            .and_then(|r| r.matches.first().map(|m| m.line));
        assert_eq!(first, None);
        // An act shared (確認) says no duty.
        let checker = "## 職務経歴\n### 株式会社みなと商事（2015年4月〜現在）\n職種：営業事務\n- 見積書の作成と送付\n- 請求書の金額の確認を担当\n";
        assert_eq!(tops(checker).last(), Some(&None));
    }

    /// Using a PC, asked with no program named, is shown by the office programs the seeker
    /// lists; keeping PCs (管理, キッティング) is an IT desk's work, not shown by them.
    #[test]
    fn basic_pc_use_is_shown_by_the_office_programs() {
        let resume = "## 職務経歴\n### 株式会社みなと商事（2015年4月〜現在）\n職種：営業事務\n- 受注の入力\n## スキル\n- Word、Excel（VLOOKUP）、PowerPoint\n";
        let first = |r| first_line(resume, RequirementKind::Required, r);
        assert_eq!(
            first("パソコンの基本操作（文字入力、ケアプランソフトへの入力）"),
            Some(6)
        );
        assert_eq!(
            first("・PCでの文字入力（タイピング）に抵抗のない方"),
            Some(6)
        );
        assert_eq!(first("・Windows環境でのPC・アカウントの管理の経験"), None);
        // A basic use whatever its example; a tablet or a PC.
        assert_eq!(
            first("・PCの基本的な操作ができる方（Excelでの集計など）"),
            Some(6)
        );
        assert_eq!(
            first("タブレット・パソコンで記録の入力ができる程度"),
            Some(6)
        );
        // People counted in kanji numerals.
        assert_eq!(people_in("役割：現場代理人（作業員 最大四十名）"), Some(40));
    }

    /// A standard's name and number, written apart or together, are one word.
    #[test]
    fn standards_written_with_or_without_a_space() {
        let resume = "## 職務経歴\n### 株式会社みなと食品（2015年4月〜現在）\n職種：品質保証\n- FSSC 22000の運用と内部監査\n";
        assert_eq!(
            first_line(
                resume,
                RequirementKind::Preferred,
                "・ISO9001、FSSC22000などのマネジメントシステムの運用経験"
            ),
            Some(4)
        );
        assert!(terms("ISO 9001の認証").terms.contains_key("iso9001"));
    }
}
