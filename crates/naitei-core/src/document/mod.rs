//! The résumé as a parsed document: lines with their kind, sections, job blocks, and each
//! line's morphemes and sentences. Parsed once; every rule reads the same `Document`.
//!
//! Accepts Markdown and the plain-text layouts common in Japanese résumés: headings written
//! as `#`, 【…】, ■/□, ◆/●/▼ (short lines), <…>, or a bare section name; bullets ・ - * • ①
//! 1. (1); Markdown tables (each data row is an item).
//!
//! Built as passes, each in its own file and each linear in the lines:
//! [`lines`] classifies every line once (kind, heading style, label, arrow, indentation);
//! `prose` reads each line's inline Markdown and analyses the morphemes and sentences of that
//! prose (paragraph sentences run across hard wraps); [`blocks`] builds the sections and, inside 職務経歴,
//! the employer blocks with their sub-blocks (projects, 派遣先, 期間) and gives every career
//! line a [`LineRole`]; [`episodes`] groups the lines of one achievement.

mod blocks;
mod episodes;
pub mod lines;
mod prose;
pub mod vocab;

use std::ops::Range;

use serde::Serialize;

use crate::cancel::{Cancel, Cancelled};
use crate::text::morph::Morpheme;
use crate::text::normalize::{LineIndex, Normalized};

pub use lines::HeadingStyle;
pub use vocab::EpisodePart;

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
    /// 学歴: schooling, never a job.
    Education,
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
            SectionKind::Education => "学歴",
            SectionKind::Other => "その他",
        }
    }
}

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
    pub heading_style: HeadingStyle,
    /// Leading whitespace in columns (a full-width space counts 2).
    pub indent: usize,
    /// Byte range of a leading label (【成果】, 成果：, 使用技術：) in the normalized text.
    pub label: Option<Range<usize>>,
    /// The part of an achievement the line's label (or the label heading above it) announces.
    pub part: Option<EpisodePart>,
    /// The line starts with a result arrow (→, ⇒).
    pub arrow: bool,
    /// A heading read as the title of an achievement (「■安城駅前店の立て直し」).
    pub title: bool,
    pub section: usize,
    pub job: Option<usize>,
    /// What the line is in the 職務経歴 part (None outside it).
    pub role: Option<LineRole>,
    /// The achievement (episode) the line belongs to, for career items.
    pub episode: Option<usize>,
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

/// What a line of the 職務経歴 part is. Every non-empty career line gets one: an item is
/// reviewed as a duty or achievement; any other role says why the line is not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LineRole {
    /// The heading of the section itself.
    SectionHeading,
    /// The employer line(s) of a job block: company, period, employment type.
    JobHeader,
    /// A project, 派遣先 or 期間 heading inside an employer's block.
    SubBlock,
    /// A label for the lines below (【担当業務】, 主な成果：).
    Label,
    /// Facts about the company or project (事業内容：, 従業員数：, 規模：, 使用技術：, 概要：).
    Info,
    /// A list of tools or technologies.
    Tools,
    /// The header row of a table.
    TableHeader,
    /// A duty or achievement line: reviewed.
    Item,
    /// Blank lines and rules.
    Blank,
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
    /// Lines that open a sub-block (project, 派遣先, 期間) inside this employer.
    pub sub_blocks: Vec<usize>,
    /// The block is schooling or training (職業訓練, 研修), not employment.
    pub schooling: bool,
    /// A block by field or skill in a キャリア式 résumé (「■営業企画」「【経理業務】」), not an
    /// employer: the résumé names its employers apart, or not at all.
    pub field: bool,
    /// Heading style of the line that opened the block (a sibling employer uses the same).
    #[serde(skip)]
    pub style: HeadingStyle,
}

impl Job {
    fn starting_at(line: usize, style: HeadingStyle) -> Job {
        Job {
            heading: line,
            company: None,
            period: None,
            employment: None,
            items: Vec::new(),
            sub_blocks: Vec::new(),
            field: false,
            schooling: false,
            style,
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
    /// Episodes: each a list of career item line indices, in order.
    pub episodes: Vec<Vec<usize>>,
}

impl Document {
    /// Parses a source text (already decoded). Never fails: unknown layouts become text lines.
    pub fn parse(source: &str) -> Document {
        crate::cancel::never(Document::parse_cancellable(source, Cancel::NEVER))
    }

    /// [`Document::parse`], stopping between lines once `cancel` is set.
    pub fn parse_cancellable(source: &str, cancel: Cancel<'_>) -> Result<Document, Cancelled> {
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
                let mut c = lines::classify_line("");
                c.kind = if fence {
                    LineKind::Rule
                } else {
                    LineKind::Text
                };
                c.content = 0..raw.len();
                c
            } else {
                lines::classify_line(raw)
            };
            if fence {
                in_fence = !in_fence;
            }
            let content = range.start + c.content.start..range.start + c.content.end;
            let label = c.label.map(|l| range.start + l.start..range.start + l.end);
            lines.push(Line {
                number: i + 1,
                range,
                content,
                kind: c.kind,
                heading_level: c.level,
                heading_style: c.style,
                indent: c.indent,
                label,
                part: None,
                arrow: c.arrow,
                title: false,
                section: 0,
                job: None,
                role: None,
                episode: None,
                morphs: Vec::new(),
                sentences: Vec::new(),
            });
        }
        // Morphology of the prose (inline Markdown read once).
        let proses = prose::morphemes(text, &mut lines, cancel)?;
        let sections = blocks::build_sections(text, &mut lines);
        let jobs = blocks::build_jobs(text, &sections, &mut lines);
        // Sentences once the kinds are final (paragraphs joined across hard wraps).
        prose::sentences(&mut lines, &proses);
        let items = career_items_of(&lines, &sections, &jobs);
        let episodes = episodes::group(text, &mut lines, &items);
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
        Ok(Document {
            visible_chars,
            source: source.to_string(),
            norm,
            index,
            lines,
            sections,
            jobs,
            episodes,
        })
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

    /// Employer blocks (blocks by field in a キャリア式 résumé are not employers).
    pub fn employers(&self) -> impl Iterator<Item = &Job> {
        self.jobs.iter().filter(|j| !j.field)
    }

    pub fn section_of(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }

    /// Indices of the duty/achievement lines of the 職務経歴 part. Without a recognisable
    /// 職務経歴 section, every bullet outside the other known sections counts.
    pub fn career_items(&self) -> Vec<usize> {
        career_items_of(&self.lines, &self.sections, &self.jobs)
    }

    /// Career lines that are not reviewed as items, each with its role (the reason).
    pub fn career_non_items(&self) -> Vec<(usize, LineRole)> {
        self.lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| match l.role {
                Some(LineRole::Item) | Some(LineRole::Blank) | None => None,
                Some(r) => Some((i, r)),
            })
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

fn career_items_of(lines: &[Line], sections: &[Section], jobs: &[Job]) -> Vec<usize> {
    if sections.iter().any(|s| s.kind == SectionKind::Career) {
        return jobs.iter().flat_map(|j| j.items.iter().copied()).collect();
    }
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| {
            matches!(l.kind, LineKind::Bullet | LineKind::TableRow)
                && matches!(
                    sections[l.section].kind,
                    SectionKind::Front | SectionKind::Other
                )
        })
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests;
