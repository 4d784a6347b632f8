//! Interview answer coach: reads one answer (転職理由, 志望動機, 自己PR …) and decides whether it
//! would fail, and why. Signals come from structure and meaning: sentences analysed with the
//! résumé line analysis (acts, results, numbers), phrase lexicons kept as data
//! ([`lexicon`]), and where in a clause each phrase stands.
//!
//! A strong answer has both halves: evidence (what you did, with a number or a concrete act)
//! and a contribution (what you will do for this company). Status-only reasons, a learning
//! posture and complaints about the employer are weak unless that contribution is there.

pub mod lexicon;
pub mod rules;

use std::ops::Range;

use serde::Serialize;

use crate::analysis::analyze_line;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Finding};
use crate::document::Document;
use crate::text::quantity::Role;

/// The question an answer replies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    Reason,
    Motive,
    Pr,
    Strength,
    Weakness,
    Success,
    Failure,
    Reverse,
    Intro,
    Other,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 10] = [
        QuestionKind::Reason,
        QuestionKind::Motive,
        QuestionKind::Pr,
        QuestionKind::Strength,
        QuestionKind::Weakness,
        QuestionKind::Success,
        QuestionKind::Failure,
        QuestionKind::Reverse,
        QuestionKind::Intro,
        QuestionKind::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            QuestionKind::Reason => "reason",
            QuestionKind::Motive => "motive",
            QuestionKind::Pr => "pr",
            QuestionKind::Strength => "strength",
            QuestionKind::Weakness => "weakness",
            QuestionKind::Success => "success",
            QuestionKind::Failure => "failure",
            QuestionKind::Reverse => "reverse",
            QuestionKind::Intro => "intro",
            QuestionKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<QuestionKind> {
        QuestionKind::ALL.into_iter().find(|k| k.id() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            QuestionKind::Reason => "転職理由",
            QuestionKind::Motive => "志望動機",
            QuestionKind::Pr => "自己PR",
            QuestionKind::Strength => "強み",
            QuestionKind::Weakness => "弱み",
            QuestionKind::Success => "成功体験",
            QuestionKind::Failure => "失敗体験",
            QuestionKind::Reverse => "逆質問",
            QuestionKind::Intro => "自己紹介",
            QuestionKind::Other => "回答",
        }
    }

    /// The kind named by a heading (「## 転職理由」「【志望動機】」「Q. あなたの強みは？」).
    pub fn from_heading(title: &str) -> Option<QuestionKind> {
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

    /// What a strong answer to this question contains, in the order to say it.
    pub fn strong_answer(self) -> &'static str {
        match self {
            QuestionKind::Reason => {
                "強い転職理由は「これまでにしたこと（数字つき）→ 次に実現したいこと → それが御社でどう活きるか」の順に話します"
            }
            QuestionKind::Motive => {
                "強い志望動機は「御社の事業・求人のどこに惹かれたか → 自分の経験（数字つき）→ 入社後どう貢献するか」の順に話します"
            }
            QuestionKind::Pr | QuestionKind::Strength => {
                "強い自己PRは「強みを一言 → それを示す実績（数字つき）→ 御社でどう活かすか」の順に話します"
            }
            QuestionKind::Weakness => {
                "弱みは「弱み → それを補うために続けている工夫 → その結果（数字つき）→ 仕事での活かし方」の順に話します"
            }
            QuestionKind::Success => {
                "成功体験は「状況・課題 → 自分の行動 → 結果（数字つき）→ 御社でも再現できるやり方」の順に話します"
            }
            QuestionKind::Failure => {
                "失敗体験は「失敗 → 原因 → 取った行動 → 学びと再発防止（その後の結果）→ 仕事での活かし方」の順に話します"
            }
            QuestionKind::Reverse => {
                "逆質問では、入社後の期待（最初の3か月、評価のされ方、チーム）を確かめ、自分の経験がどこで役立つかを添えます"
            }
            QuestionKind::Intro => {
                "自己紹介は「経歴の要約 → 代表的な実績（数字つき）→ 応募した理由と貢献できること」を1〜3分で話します"
            }
            QuestionKind::Other => {
                "強い回答は「したこと（数字つき）→ 実現したいこと → 御社への貢献」の順に話します"
            }
        }
    }

    /// Longest comfortable speaking time in seconds (REFERENCE.md §1: 1–2 minutes; 自己紹介 1–3).
    pub fn max_seconds(self) -> u32 {
        if self == QuestionKind::Intro {
            180
        } else {
            120
        }
    }
}

/// Characters spoken per minute in Japanese (REFERENCE.md §1: about 300).
pub const CHARS_PER_MINUTE: usize = 300;

/// The signals of an answer (SPEC.md: at least status_only, contribution, learning, negative).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Signals {
    /// The reason is only about employment status or stability.
    pub status_only: bool,
    /// Says how the seeker will contribute, backed by concrete experience.
    pub contribution: bool,
    /// A learning posture (教えていただきたい, 研修で身につけたい) with no contribution.
    pub learning: bool,
    /// Complains about the previous employer.
    pub negative: bool,
    /// Abstract virtues (協調性, 責任感) with no example or number.
    #[serde(rename = "abstract")]
    pub abstract_virtue: bool,
    /// A number or a concrete past act backs the answer.
    pub evidence: bool,
    /// Looks ahead: what the seeker wants to achieve or will do.
    pub future: bool,
    /// Mentions employment status at all (even in passing).
    pub mentions_status: bool,
}

/// Where each signal was found (normalized byte ranges), for the diagnostics.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    pub status: Vec<Range<usize>>,
    pub learning: Vec<Range<usize>>,
    pub negative: Vec<Range<usize>>,
    pub virtues: Vec<Range<usize>>,
    pub contribution: Vec<Range<usize>>,
    pub conditions: Vec<Range<usize>>,
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
    /// What a strong answer to this question contains.
    pub advice: &'static str,
    pub diagnostics: Vec<Finding>,
}

/// Everything the answer rules read.
pub struct AnswerContext<'a> {
    pub doc: &'a Document,
    pub kind: QuestionKind,
    pub signals: &'a Signals,
    pub evidence: &'a Evidence,
    pub characters: usize,
    pub config: &'a Config,
}

fn find_all(text: &str, words: &[&str], base: usize, out: &mut Vec<Range<usize>>) {
    for w in words {
        for (i, _) in text.match_indices(w) {
            out.push(base + i..base + i + w.len());
        }
    }
}

/// Computes the signals of an answer document.
pub fn signals(doc: &Document) -> (Signals, Evidence) {
    let text = doc.text();
    let mut ev = Evidence::default();
    let mut evidence = false;
    let mut future_ranges = Vec::new();
    for line in &doc.lines {
        for s in &line.sentences {
            let sentence = &text[s.clone()];
            // A sentence of a paragraph may run over hard-wrapped lines.
            let morphs: Vec<_> = doc
                .morphs_in(s.clone())
                .map(|m| {
                    let mut m = m.clone();
                    m.range = m.range.start - s.start..m.range.end - s.start;
                    m
                })
                .collect();
            let a = analyze_line(sentence, &morphs);
            // 一日も早く, 一度も: idioms, not quantities.
            let numbers = a.quantities.iter().any(|q| {
                q.role != Role::Date
                    && !(q.text.starts_with('一') && sentence[q.range.end..].starts_with('も'))
            });
            let meta = lexicon::META_DECISION.iter().any(|w| sentence.contains(w));
            // Past tense from morphology: the auxiliary た (したい is し + たい, not past).
            let past = morphs
                .iter()
                .any(|m| m.pos == crate::text::morph::Pos::Auxiliary && m.base == "た");
            let past_act = a.action && !meta && past;
            // A difficulty the seeker then solved (an act and a result) is an achievement story.
            let solved = a.action && a.result;
            let experience = lexicon::EXPERIENCE.iter().any(|e| sentence.contains(e));
            let sentence_evidence = numbers || past_act || a.result || experience;
            evidence |= sentence_evidence;
            // Contribution phrases that look ahead (活かしたい, 貢献できます).
            for w in lexicon::CONTRIBUTION {
                for (i, _) in sentence.match_indices(w) {
                    let rest: String = sentence[i + w.len()..].chars().take(30).collect();
                    let past = rest.starts_with("ました")
                        || rest.starts_with("しました")
                        || (rest.starts_with("した") && !rest.starts_with("したい"));
                    if lexicon::FUTURE_MARKERS.iter().any(|f| rest.contains(f)) && !past {
                        future_ranges.push(s.start + i..s.start + i + w.len());
                    }
                }
            }
            // Status: status words, or stability words about working or income.
            find_all(sentence, lexicon::STATUS, s.start, &mut ev.status);
            for w in lexicon::STABILITY {
                for (i, _) in sentence.match_indices(w) {
                    let around: String = sentence[i..].chars().take(12).collect();
                    if lexicon::STABILITY_CONTEXT
                        .iter()
                        .any(|c| around.contains(c))
                    {
                        ev.status.push(s.start + i..s.start + i + w.len());
                    }
                }
            }
            find_all(sentence, lexicon::LEARNING, s.start, &mut ev.learning);
            find_all(sentence, lexicon::VIRTUES, s.start, &mut ev.virtues);
            find_all(sentence, lexicon::CONDITIONS, s.start, &mut ev.conditions);
            // Complaints: a topic and a negative predicate in one clause, or an explicit word,
            // in a sentence that does not go on to tell what the seeker did about it.
            if !solved {
                let mut explicit = Vec::new();
                find_all(sentence, lexicon::NEGATIVE_EXPLICIT, s.start, &mut explicit);
                ev.negative.extend(explicit);
                let mut start = 0;
                for clause in sentence.split_inclusive(['、', ',']) {
                    let topic = lexicon::NEGATIVE_TOPIC.iter().find(|t| clause.contains(*t));
                    let amount = lexicon::NEGATIVE_AMOUNT.iter().any(|(topics, preds)| {
                        topics.iter().any(|t| {
                            clause
                                .find(t)
                                .is_some_and(|at| preds.iter().any(|p| clause[at..].contains(p)))
                        })
                    });
                    if topic.is_some() || amount {
                        let after =
                            topic.map_or(clause, |t| &clause[clause.find(t).unwrap_or(0)..]);
                        if amount
                            || lexicon::NEGATIVE_PREDICATE
                                .iter()
                                .any(|p| after.contains(p))
                        {
                            let r = s.start + start
                                ..s.start + start + clause.trim_end_matches(['、', ',']).len();
                            ev.negative.push(r);
                        }
                    }
                    start += clause.len();
                }
            }
        }
    }
    let future = !future_ranges.is_empty();
    let contribution = future && evidence;
    ev.contribution = future_ranges;
    let mentions_status = !ev.status.is_empty();
    let signals = Signals {
        status_only: mentions_status && !contribution,
        contribution,
        learning: !ev.learning.is_empty() && !contribution,
        negative: !ev.negative.is_empty(),
        abstract_virtue: !ev.virtues.is_empty() && !evidence,
        evidence,
        future,
        mentions_status,
    };
    (signals, ev)
}

/// Score 0–100: 100 less a penalty per weakness; weak answers stay below 60.
pub fn score(s: &Signals, length_ok: bool) -> (bool, u8) {
    let weak = s.status_only || s.learning || s.negative || s.abstract_virtue || !s.contribution;
    let mut score: i32 = 100;
    for (flag, penalty) in [
        (s.status_only, 35),
        (s.learning, 30),
        (s.negative, 35),
        (!s.contribution, 30),
        (s.abstract_virtue, 20),
        (!s.evidence, 10),
        (!s.future, 10),
        (!length_ok, 5),
    ] {
        if flag {
            score -= penalty;
        }
    }
    let score = if weak {
        score.clamp(0, 55)
    } else {
        score.clamp(60, 100)
    };
    (weak, score as u8)
}

/// Reviews one answer.
pub fn review(text: &str, kind: QuestionKind, config: &Config) -> AnswerReview {
    let doc = Document::parse(text);
    let (signals, evidence) = signals(&doc);
    let characters = doc.text().chars().filter(|c| !c.is_whitespace()).count();
    let speaking_seconds = ((characters * 60) as f64 / CHARS_PER_MINUTE as f64).round() as u32;
    let length_ok = (30..=kind.max_seconds()).contains(&speaking_seconds);
    let (weak, score) = score(&signals, length_ok);
    let cx = AnswerContext {
        doc: &doc,
        kind,
        signals: &signals,
        evidence: &evidence,
        characters,
        config,
    };
    let mut raw: Vec<Diagnostic> = Vec::new();
    for rule in rules::all() {
        if config.is_enabled(rule.id()) {
            rule.check(&cx, &mut raw);
        }
    }
    // The writing rules that fit spoken answers.
    raw.extend(crate::review::writing_diagnostics(
        &doc,
        config,
        &rules::WRITING_RULES,
    ));
    let mut diagnostics = crate::review::resolve_all(&doc, raw, config);
    diagnostics.dedup_by(|a, b| a.rule == b.rule && a.line == b.line && a.column == b.column);
    AnswerReview {
        question: kind,
        title: None,
        line: 1,
        weak,
        score,
        signals,
        characters,
        speaking_seconds,
        advice: kind.strong_answer(),
        diagnostics,
    }
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
                kind: QuestionKind::from_heading(title),
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
mod tests;

/// Reviews every answer of a text (one per heading, or the whole text), each as the kind its
/// heading names or else `default_kind`; lines are those of the whole text. Shared by
/// `naitei answer` and the web API so both give the same result.
pub fn review_all(
    source: &str,
    default_kind: Option<QuestionKind>,
    config: &Config,
) -> Vec<AnswerReview> {
    split(source)
        .iter()
        .map(|p| {
            let kind = p.kind.or(default_kind).unwrap_or(QuestionKind::Other);
            let mut r = review(&p.text, kind, config);
            r.title = p.title.clone();
            r.line = p.line;
            for d in &mut r.diagnostics {
                d.line += p.line - 1;
                d.end_line += p.line - 1;
            }
            r
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
