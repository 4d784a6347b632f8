//! The one document model of the CLI's reports (plan, goals, offer, prep): a title and a list of
//! blocks, written for the terminal, as Markdown, or (prep) through the web's print template.

use std::fmt::Write as _;

use serde::Serialize;

use super::{markdown_cell, table};

/// How a document is written: for the terminal or as a document (Markdown, HTML). A report may
/// choose other blocks for the terminal (a list instead of a wide table).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Style {
    Human,
    Markdown,
}

/// One block of a document. A paragraph may hold `inline code` in backticks (the report's own
/// sentences naming a command): code in Markdown and HTML, plain text in the terminal.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", content = "body", rename_all = "snake_case")]
pub enum Block {
    /// A section heading (`##`, ■).
    Heading(String),
    /// A heading inside a section (`###`, ◆).
    Sub(String),
    Para(String),
    Warning(String),
    Bullets(Vec<String>),
    /// Numbered items, each with an optional note under it.
    Numbered(Vec<(String, Option<String>)>),
    Checklist(Vec<String>),
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

/// A titled document.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// A section: a heading and its blocks (a way to build a [`Document`]).
pub struct Section {
    pub title: String,
    pub blocks: Vec<Block>,
}

impl Document {
    pub fn new(title: impl Into<String>) -> Self {
        Document {
            title: title.into(),
            blocks: Vec::new(),
        }
    }

    pub fn from_sections(title: &str, sections: impl IntoIterator<Item = Section>) -> Self {
        let mut doc = Document::new(title);
        for s in sections {
            doc.blocks.push(Block::Heading(s.title));
            doc.blocks.extend(s.blocks);
        }
        doc
    }

    pub fn render(&self, style: Style) -> String {
        match style {
            Style::Human => human(self),
            Style::Markdown => markdown(self),
        }
    }
}

/// `title`, `sections` in `style` (the common case of plan, goals and offer).
pub fn render_sections(title: &str, sections: Vec<Section>, style: Style) -> String {
    Document::from_sections(title, sections).render(style)
}

/// Terminal text: the title, ■ headings, blocks indented by two columns, a blank line after
/// each section.
pub fn human(doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", doc.title);
    for (i, block) in doc.blocks.iter().enumerate() {
        match block {
            Block::Heading(t) => {
                if i > 0 {
                    out.push('\n');
                }
                let _ = writeln!(out, "■ {t}");
            }
            Block::Sub(t) => {
                let _ = writeln!(out, "  ◆ {t}");
            }
            Block::Para(t) => {
                let _ = writeln!(out, "  {}", t.replace('`', ""));
            }
            Block::Warning(t) => {
                let _ = writeln!(out, "  ⚠ {t}");
            }
            Block::Bullets(items) => {
                for item in items {
                    let _ = writeln!(out, "  ・{item}");
                }
            }
            Block::Numbered(items) => {
                for (n, (t, note)) in items.iter().enumerate() {
                    let _ = writeln!(out, "  {}. {t}", n + 1);
                    if let Some(note) = note {
                        let _ = writeln!(out, "     {note}");
                    }
                }
            }
            Block::Checklist(items) => {
                for item in items {
                    let _ = writeln!(out, "    □ {item}");
                }
            }
            Block::Table { header, rows } => {
                table(&mut out, "  ", header, rows);
            }
        }
    }
    if !doc.blocks.is_empty() {
        out.push('\n');
    }
    out
}

/// Markdown: `#` title, `##`/`###` headings, table cells escaped, one newline at the end.
pub fn markdown(doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", doc.title);
    for block in &doc.blocks {
        match block {
            Block::Heading(t) => {
                let _ = writeln!(out, "## {t}\n");
            }
            Block::Sub(t) => {
                let _ = writeln!(out, "### {t}\n");
            }
            Block::Para(t) => {
                let _ = writeln!(out, "{t}\n");
            }
            Block::Warning(t) => {
                let _ = writeln!(out, "> **注意**: {t}\n");
            }
            Block::Bullets(items) => {
                for item in items {
                    let _ = writeln!(out, "- {item}");
                }
                out.push('\n');
            }
            Block::Numbered(items) => {
                for (n, (t, note)) in items.iter().enumerate() {
                    let _ = writeln!(out, "{}. {t}", n + 1);
                    if let Some(note) = note {
                        let _ = writeln!(out, "   - {note}");
                    }
                }
                out.push('\n');
            }
            Block::Checklist(items) => {
                for item in items {
                    let _ = writeln!(out, "- [ ] {item}");
                }
                out.push('\n');
            }
            Block::Table { header, rows } => {
                let row = |cells: &[String]| {
                    let cells: Vec<String> = cells.iter().map(|c| markdown_cell(c)).collect();
                    format!("| {} |\n", cells.join(" | "))
                };
                out.push_str(&row(header));
                let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
                for r in rows {
                    out.push_str(&row(r));
                }
                out.push('\n');
            }
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Document {
        let mut doc = Document::new("題");
        doc.blocks.push(Block::Bullets(vec!["前書き".into()]));
        doc.blocks.push(Block::Heading("一".into()));
        doc.blocks
            .push(Block::Para("`naitei track qa` で記録".into()));
        doc.blocks.push(Block::Table {
            header: vec!["会社".into(), "メモ".into()],
            rows: vec![
                vec!["A|B".into(), "".into()],
                vec!["長い会社名".into(), "x".into()],
            ],
        });
        doc.blocks.push(Block::Heading("二".into()));
        doc.blocks
            .push(Block::Numbered(vec![("問".into(), Some("ねらい".into()))]));
        doc.blocks.push(Block::Checklist(vec!["やること".into()]));
        doc
    }

    #[test]
    fn terminal_layout() {
        assert_eq!(
            human(&sample()),
            "題\n\n  ・前書き\n\n■ 一\n  naitei track qa で記録\n  会社        メモ\n  A|B\n  長い会社名  x\n\n■ 二\n  1. 問\n     ねらい\n    □ やること\n\n"
        );
    }

    #[test]
    fn markdown_layout() {
        assert_eq!(
            markdown(&sample()),
            "# 題\n\n- 前書き\n\n## 一\n\n`naitei track qa` で記録\n\n| 会社 | メモ |\n|---|---|\n| A\\|B |  |\n| 長い会社名 | x |\n\n## 二\n\n1. 問\n   - ねらい\n\n- [ ] やること\n"
        );
    }
}
