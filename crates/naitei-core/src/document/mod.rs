//! The résumé as a parsed document: lines with their kind, sections, job blocks, and each
//! line's morphemes and sentences. Parsed once; every rule reads the same `Document`.
//!
//! Accepts Markdown and the plain-text layouts common in Japanese résumés: headings written
//! as `#`, 【…】, ■/□, ◆/●/▼ (short lines), <…>, or a bare section name; bullets ・ - * • ①
//! 1. (1); Markdown tables (each data row is an item).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::text::inline;
use crate::text::morph::Morpheme;
use crate::text::normalize::{LineIndex, Normalized};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LineKind {
    Blank,
    Heading,
    Bullet,
    TableRow,
    /// Markdown table header separator or horizontal rule: no text.
    Rule,
    /// `key：value` metadata (事業内容：…, 雇用形態：正社員) and period/company lines.
    Meta,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionKind {
    /// Before any heading, or the document title (職務経歴書, 氏名, 日付).
    Front,
    Summary,
    Career,
    Skills,
    Qualifications,
    SelfPr,
    Motive,
    Other,
}

impl SectionKind {
    /// Japanese name of the section, for messages.
    pub fn label(self) -> &'static str {
        match self {
            SectionKind::Front => "冒頭",
            SectionKind::Summary => "職務要約",
            SectionKind::Career => "職務経歴",
            SectionKind::Skills => "活かせる経験・知識・スキル",
            SectionKind::Qualifications => "資格・免許",
            SectionKind::SelfPr => "自己PR",
            SectionKind::Motive => "志望動機",
            SectionKind::Other => "その他",
        }
    }
}

/// Section names by kind (matched as substrings of a heading, after width folding).
const SECTION_NAMES: &[(SectionKind, &[&str])] = &[
    (SectionKind::Front, &["経歴書", "履歴書"]),
    (
        SectionKind::Summary,
        &[
            "職務要約",
            "職務概要",
            "経歴要約",
            "経歴概要",
            "サマリ",
            "要約",
            "概要",
        ],
    ),
    (
        SectionKind::SelfPr,
        &[
            "自己PR",
            "自己pr",
            "自己アピール",
            "アピールポイント",
            "強み",
        ],
    ),
    (SectionKind::Motive, &["志望動機", "志望理由"]),
    (SectionKind::Qualifications, &["資格", "免許"]),
    (
        SectionKind::Skills,
        &[
            "活かせる",
            "生かせる",
            "スキル",
            "知識",
            "技術",
            "PC",
            "テクニカル",
            "得意",
        ],
    ),
    (
        SectionKind::Career,
        &[
            "職務経歴",
            "職歴",
            "職務内容",
            "経歴詳細",
            "業務経歴",
            "職務経験",
            "経歴",
        ],
    ),
];

/// Sub-headings inside a job block: they label items, they do not start a new job.
const JOB_LABELS: &[&str] = &[
    "業務内容",
    "担当業務",
    "職務内容",
    "実績",
    "成果",
    "取り組み",
    "取組",
    "工夫",
    "役割",
    "ポイント",
    "主な業務",
    "担当",
    "概要",
    "内容",
    "業務",
    "環境",
    "使用",
    "規模",
    "体制",
    "役職",
    "事業内容",
    "会社概要",
];

const META_KEYS: &[&str] = &[
    "事業内容",
    "資本金",
    "売上高",
    "売上",
    "従業員数",
    "従業員",
    "設立",
    "上場",
    "雇用形態",
    "期間",
    "在籍期間",
    "所属",
    "役職",
    "部署",
    "職種",
    "勤務地",
    "チーム",
    "規模",
    "使用ツール",
    "環境",
    "氏名",
    "日付",
    "現在",
    "年月日",
    "住所",
    "会社名",
    "社名",
    "業種",
    "ポジション",
    "言語",
    "OS",
    "DB",
    "担当工程",
    "役割",
];

const COMPANY_MARKERS: &[&str] = &[
    "株式会社",
    "(株)",
    "有限会社",
    "(有)",
    "合同会社",
    "合資会社",
    "社団法人",
    "財団法人",
    "医療法人",
    "社会福祉法人",
    "学校法人",
    "独立行政法人",
    "Inc",
    "Co.",
    "Ltd",
    "LLC",
    "病院",
    "クリニック",
    "市役所",
    "区役所",
    "町役場",
];

const EMPLOYMENT_TYPES: &[&str] = &[
    "正社員",
    "契約社員",
    "派遣社員",
    "アルバイト",
    "パート",
    "業務委託",
    "嘱託",
    "派遣",
];

static PERIOD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((19|20)\d{2}|(令和|平成|昭和|[RHS])\s*(\d{1,2}|元))\s*[年/.\-]\s*\d{1,2}\s*月?\s*(〜|~|-|–|―|ー|から)\s*(((19|20)\d{2}|(令和|平成|昭和|[RHS])\s*(\d{1,2}|元))\s*[年/.\-]\s*\d{1,2}\s*月?|現在|在職中|現職|至る)?")
        .expect("valid regex")
});
static BULLET_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[・•\-\*\+◦▪▫※✓✔]|[●○◎◇◆▶▷★☆■□](?:\s|$)|[①-⑳]|\d{1,2}[.)](?:\s|$)|\(\d{1,2}\)|[a-zA-Z][.)]\s)\s*").expect("valid regex")
});
static HEADING_MARK_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([■□◆◇▼▽▶▷★☆●○◎])\s*(.+?)\s*$").expect("valid regex"));

/// One line of the document.
#[derive(Debug, Clone)]
pub struct Line {
    /// 1-based line number in the source.
    pub number: usize,
    /// Byte range of the whole line in the normalized text (no line ending).
    pub range: Range<usize>,
    /// Byte range of the text after markers (#, ・, 【】, table pipes).
    pub content: Range<usize>,
    pub kind: LineKind,
    pub heading_level: u8,
    pub section: usize,
    pub job: Option<usize>,
    /// Morphemes of `content`, ranges in the normalized text.
    pub morphs: Vec<Morpheme>,
    /// Sentences of `content`, ranges in the normalized text.
    pub sentences: Vec<Range<usize>>,
}

impl Line {
    /// The line's morphemes with ranges relative to its content (the form the line analysis,
    /// the goals and the prep matcher take).
    pub fn relative_morphs(&self) -> Vec<Morpheme> {
        let base = self.content.start;
        self.morphs
            .iter()
            .map(|m| {
                let mut m = m.clone();
                m.range = m.range.start - base..m.range.end - base;
                m
            })
            .collect()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub kind: SectionKind,
    pub title: String,
    /// Index of the heading line (None for the front matter).
    pub heading: Option<usize>,
    /// Line indices covered (heading excluded).
    pub lines: Range<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Job {
    /// Index of the line that starts the block.
    pub heading: usize,
    pub company: Option<String>,
    pub period: Option<String>,
    pub employment: Option<String>,
    /// Indices of the duty/achievement lines.
    pub items: Vec<usize>,
}

impl Job {
    fn starting_at(line: usize) -> Job {
        Job {
            heading: line,
            company: None,
            period: None,
            employment: None,
            items: Vec::new(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Document {
    /// Characters of text a reader sees (markers and blank lines excluded), counted once.
    pub visible_chars: usize,
    pub source: String,
    pub norm: Normalized,
    pub index: LineIndex,
    pub lines: Vec<Line>,
    pub sections: Vec<Section>,
    pub jobs: Vec<Job>,
}

fn section_kind(title: &str) -> Option<SectionKind> {
    let t = title.replace([' ', '　'], "");
    // The document title 職務経歴書 contains 職務経歴: check the title names first.
    SECTION_NAMES
        .iter()
        .find(|(_, names)| names.iter().any(|n| t.contains(n)))
        .map(|(k, _)| *k)
}

fn is_job_label(title: &str) -> bool {
    let t = title.trim_matches([' ', ':', '：']);
    t.chars().count() <= 12 && JOB_LABELS.iter().any(|l| t.contains(l)) && !has_company(t)
}

fn has_company(s: &str) -> bool {
    COMPANY_MARKERS.iter().any(|m| s.contains(m))
}

/// Splits `【title】rest`, `[title] rest`.
fn bracket_title(s: &str) -> Option<(&str, &str)> {
    // [text](url), <a href>, <https://…>: inline Markdown, not a label.
    if inline::starts_with_markup(s) {
        return None;
    }
    for (open, close) in [
        ("【", "】"),
        ("[", "]"),
        ("<", ">"),
        ("〈", "〉"),
        ("《", "》"),
        ("〔", "〕"),
    ] {
        if let Some(rest) = s.strip_prefix(open)
            && let Some(end) = rest.find(close)
        {
            return Some((&rest[..end], rest[end + close.len()..].trim()));
        }
    }
    None
}

fn looks_like_title(s: &str) -> bool {
    let n = s.chars().count();
    n <= 40 && !s.contains('。') && !s.ends_with("した") && !s.ends_with("ました")
}

struct Classified {
    kind: LineKind,
    level: u8,
    /// Offset of the content within the line (bytes) and its length.
    content: Range<usize>,
}

fn classify_line(line: &str) -> Classified {
    let trimmed_start = line.len() - line.trim_start().len();
    let t = line.trim();
    let whole = trimmed_start..trimmed_start + t.len();
    let at = |sub: &str| -> Range<usize> {
        // `sub` is a subslice of `line`.
        let start = sub.as_ptr() as usize - line.as_ptr() as usize;
        start..start + sub.len()
    };
    if t.is_empty() {
        return Classified {
            kind: LineKind::Blank,
            level: 0,
            content: 0..0,
        };
    }
    if t.starts_with('|') || (t.contains('|') && t.ends_with('|')) {
        let inner = t.trim_matches('|');
        if inner.chars().all(|c| matches!(c, '-' | ':' | '|' | ' ')) {
            return Classified {
                kind: LineKind::Rule,
                level: 0,
                content: 0..0,
            };
        }
        return Classified {
            kind: LineKind::TableRow,
            level: 0,
            content: at(inner.trim()),
        };
    }
    if t.len() >= 3
        && (t.chars().all(|c| c == '-')
            || t.chars().all(|c| c == '=')
            || t.chars().all(|c| c == '*')
            || t.chars().all(|c| c == '_')
            || t.chars().all(|c| c == '─' || c == '━'))
    {
        return Classified {
            kind: LineKind::Rule,
            level: 0,
            content: 0..0,
        };
    }
    let hashes = t.chars().take_while(|&c| c == '#').count();
    if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
        let title = t[hashes..].trim();
        let title = bracket_title(title)
            .filter(|(_, r)| r.is_empty())
            .map_or(title, |(x, _)| x);
        return Classified {
            kind: LineKind::Heading,
            level: hashes as u8,
            content: at(title),
        };
    }
    if let Some((title, rest)) = bracket_title(t) {
        if rest.is_empty()
            || looks_like_title(rest) && section_kind(title).is_some() && rest.chars().count() < 25
        {
            return Classified {
                kind: LineKind::Heading,
                level: 2,
                content: at(title.trim()),
            };
        }
        // 【実績】売上を…: a labelled item.
        return Classified {
            kind: LineKind::Bullet,
            level: 0,
            content: at(rest),
        };
    }
    if let Some(c) = HEADING_MARK_RE.captures(t) {
        let mark = c.get(1).map_or("", |m| m.as_str());
        let title = c.get(2).map_or("", |m| m.as_str());
        let strong = matches!(mark, "■" | "□");
        if looks_like_title(title) && (strong || title.chars().count() <= 30) {
            let title = bracket_title(title)
                .filter(|(_, r)| r.is_empty())
                .map_or(title, |(x, _)| x);
            return Classified {
                kind: LineKind::Heading,
                level: if strong { 2 } else { 3 },
                content: at(title.trim()),
            };
        }
    }
    if let Some(m) = BULLET_RE.find(t)
        && m.end() < t.len()
    {
        return Classified {
            kind: LineKind::Bullet,
            level: 0,
            content: at(&t[m.end()..]),
        };
    }
    let bare = t.trim_end_matches([':', '：']);
    if bare.chars().count() <= 15
        && section_kind(bare).is_some()
        && !bare.contains('。')
        && !bare.contains('、')
    {
        return Classified {
            kind: LineKind::Heading,
            level: 2,
            content: at(bare),
        };
    }
    if let Some((key, _)) = t.split_once([':', '：']) {
        let key = key.trim();
        if key.chars().count() <= 8 && META_KEYS.iter().any(|k| key.contains(k)) {
            return Classified {
                kind: LineKind::Meta,
                level: 0,
                content: whole,
            };
        }
    }
    Classified {
        kind: LineKind::Text,
        level: 0,
        content: whole,
    }
}

impl Document {
    /// Parses a source text (already decoded). Never fails: unknown layouts become text lines.
    pub fn parse(source: &str) -> Document {
        let norm = Normalized::new(source);
        let text = norm.text.as_str();
        let index = LineIndex::new(source);
        let mut lines = Vec::new();
        let mut offset = 0;
        let mut in_fence = false;
        for (i, raw) in text.split('\n').enumerate() {
            let range = offset..offset + raw.len();
            offset += raw.len() + 1;
            let fence = raw.trim_start().starts_with("```");
            let c = if fence || in_fence {
                Classified {
                    kind: if fence {
                        LineKind::Rule
                    } else {
                        LineKind::Text
                    },
                    level: 0,
                    content: 0..raw.len(),
                }
            } else {
                classify_line(raw)
            };
            if fence {
                in_fence = !in_fence;
            }
            let content = range.start + c.content.start..range.start + c.content.end;
            lines.push(Line {
                number: i + 1,
                range,
                content,
                kind: c.kind,
                heading_level: c.level,
                section: 0,
                job: None,
                morphs: Vec::new(),
                sentences: Vec::new(),
            });
        }
        // Morphology and sentences of the prose (inline Markdown read, paragraphs joined).
        prose::analyze(text, &mut lines);
        let sections = build_sections(text, &mut lines);
        let jobs = build_jobs(text, &sections, &mut lines);
        let visible_chars = lines
            .iter()
            .filter(|l| !matches!(l.kind, LineKind::Blank | LineKind::Rule))
            .map(|l| {
                text[l.content.clone()]
                    .chars()
                    .filter(|c| !c.is_whitespace() && *c != '|')
                    .count()
            })
            .sum();
        Document {
            visible_chars,
            source: source.to_string(),
            norm,
            index,
            lines,
            sections,
            jobs,
        }
    }

    /// The normalized text.
    pub fn text(&self) -> &str {
        &self.norm.text
    }

    /// Normalized text of a range.
    pub fn slice(&self, r: Range<usize>) -> &str {
        &self.norm.text[r]
    }

    pub fn line_content(&self, i: usize) -> &str {
        &self.norm.text[self.lines[i].content.clone()]
    }

    pub fn section_of(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }

    /// Indices of the duty/achievement lines of the 職務経歴 part. Without a recognisable
    /// 職務経歴 section, every bullet outside the other known sections counts.
    pub fn career_items(&self) -> Vec<usize> {
        if self.sections.iter().any(|s| s.kind == SectionKind::Career) {
            return self
                .jobs
                .iter()
                .flat_map(|j| j.items.iter().copied())
                .collect();
        }
        self.lines
            .iter()
            .enumerate()
            .filter(|(_, l)| {
                matches!(l.kind, LineKind::Bullet | LineKind::TableRow)
                    && matches!(
                        self.sections[l.section].kind,
                        SectionKind::Front | SectionKind::Other
                    )
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// (line, column) 1-based in the source for a normalized byte offset (start of a span).
    pub fn position(&self, norm: usize) -> (usize, usize) {
        self.index
            .position(&self.source, self.norm.source_start(norm))
    }

    /// (line, column) 1-based in the source just after the span ending at `norm`.
    pub fn end_position(&self, norm: usize) -> (usize, usize) {
        self.index
            .position(&self.source, self.norm.source_end(norm))
    }
}

fn build_sections(text: &str, lines: &mut [Line]) -> Vec<Section> {
    let mut sections = vec![Section {
        kind: SectionKind::Front,
        title: String::new(),
        heading: None,
        lines: 0..0,
    }];
    let mut current = 0;
    let mut current_level = 0u8;
    #[allow(clippy::needless_range_loop)] // the loop body writes lines[i] after reading it
    for i in 0..lines.len() {
        let line = &lines[i];
        if line.kind == LineKind::Heading {
            let title = &text[line.content.clone()];
            let kind = section_kind(title);
            let in_career = sections[current].kind == SectionKind::Career;
            let starts_section = match kind {
                // Inside 職務経歴, a deeper heading is a job or a label, not a new section,
                // unless it names another section.
                Some(SectionKind::Career) => !in_career || line.heading_level <= current_level,
                Some(SectionKind::Skills) if in_career && line.heading_level > current_level => {
                    false
                }
                Some(_) => true,
                None => {
                    !in_career
                        && line.heading_level <= current_level.max(1)
                        && current_level > 0
                        && sections[current].kind != SectionKind::Front
                }
            };
            if starts_section {
                sections[current].lines.end = i;
                sections.push(Section {
                    kind: kind.unwrap_or(SectionKind::Other),
                    title: title.to_string(),
                    heading: Some(i),
                    lines: i + 1..i + 1,
                });
                current = sections.len() - 1;
                current_level = line.heading_level;
                lines[i].section = current;
                continue;
            }
        }
        lines[i].section = current;
    }
    let n = lines.len();
    sections[current].lines.end = n;
    sections
}

fn build_jobs(text: &str, sections: &[Section], lines: &mut [Line]) -> Vec<Job> {
    let mut jobs: Vec<Job> = Vec::new();
    for (si, section) in sections.iter().enumerate() {
        if section.kind != SectionKind::Career {
            continue;
        }
        let mut current: Option<usize> = None;
        for i in section.lines.clone() {
            if lines[i].section != si {
                continue;
            }
            let content = &text[lines[i].content.clone()];
            let kind = lines[i].kind;
            let period = PERIOD_RE
                .find(content)
                .map(|m| m.as_str().trim().to_string());
            let company = COMPANY_MARKERS.iter().any(|m| content.contains(m));
            let header_like = match kind {
                LineKind::Heading => !is_job_label(content),
                LineKind::Text | LineKind::Meta => {
                    (company || period.is_some()) && content.chars().count() <= 60
                }
                _ => false,
            };
            if header_like {
                let continues = current.is_some_and(|j| {
                    jobs[j].items.is_empty()
                        && (jobs[j].period.is_none() || jobs[j].company.is_none())
                        && kind != LineKind::Heading
                });
                if !continues {
                    jobs.push(Job::starting_at(i));
                    current = Some(jobs.len() - 1);
                }
                let j = current.expect("set above");
                if company && jobs[j].company.is_none() {
                    jobs[j].company = Some(company_name(content));
                }
                if period.is_some() && jobs[j].period.is_none() {
                    jobs[j].period = period;
                }
                if jobs[j].employment.is_none() {
                    jobs[j].employment = EMPLOYMENT_TYPES
                        .iter()
                        .find(|e| content.contains(*e))
                        .map(|e| (*e).to_string());
                }
                lines[i].job = Some(j);
                if kind == LineKind::Text {
                    lines[i].kind = LineKind::Meta;
                }
                continue;
            }
            match kind {
                LineKind::Bullet | LineKind::Text | LineKind::TableRow => {
                    if kind == LineKind::TableRow && is_table_header(text, lines, i) {
                        continue;
                    }
                    if kind == LineKind::TableRow
                        && content
                            .split('|')
                            .all(|c| PERIOD_RE.is_match(c) || c.trim().chars().count() <= 2)
                    {
                        continue;
                    }
                    let j = match current {
                        Some(j) => j,
                        None => {
                            jobs.push(Job::starting_at(i));
                            current = Some(jobs.len() - 1);
                            jobs.len() - 1
                        }
                    };
                    jobs[j].items.push(i);
                    lines[i].job = Some(j);
                }
                LineKind::Meta => {
                    if let Some(j) = current {
                        lines[i].job = Some(j);
                        if jobs[j].employment.is_none() {
                            jobs[j].employment = EMPLOYMENT_TYPES
                                .iter()
                                .find(|e| content.contains(*e))
                                .map(|e| (*e).to_string());
                        }
                    }
                }
                _ => {}
            }
        }
    }
    jobs
}

fn company_name(content: &str) -> String {
    let without_period = PERIOD_RE.replace_all(content, "");
    without_period
        .split(['|', '(', '（', ' ', '　', '/', '：', ':'])
        .find(|part| {
            COMPANY_MARKERS
                .iter()
                .any(|m| part.contains(m.trim_matches(['(', ')'])))
        })
        .unwrap_or(without_period.trim())
        .trim()
        .to_string()
}

/// A table row followed by a separator row is the header.
fn is_table_header(_text: &str, lines: &[Line], i: usize) -> bool {
    lines.get(i + 1).is_some_and(|n| n.kind == LineKind::Rule)
        && (i == 0 || lines[i - 1].kind != LineKind::TableRow)
}

mod prose;

#[cfg(test)]
mod tests;
