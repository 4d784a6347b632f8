//! Text layout for the terminal: display width by `unicode-width` (East Asian wide characters
//! take two columns), truncation with an ellipsis, padded tables.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

/// Display width in a terminal.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to at most `max` columns, with `…` when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw > max.saturating_sub(1) {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

/// `s` padded with spaces to `w` columns.
pub fn pad(s: &str, w: usize) -> String {
    let mut out = s.to_owned();
    for _ in width(s)..w {
        out.push(' ');
    }
    out
}

/// A table with a header row, columns padded to their widest cell.
pub fn table<const N: usize>(out: &mut String, header: &[&str; N], rows: &[[String; N]]) {
    let mut widths = header.map(width);
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let header = header.map(String::from);
    for row in std::iter::once(&header).chain(rows) {
        let line: Vec<String> = row.iter().zip(widths).map(|(c, w)| pad(c, w)).collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
}

/// Text for a Markdown table cell: `|` escaped, line breaks as spaces (the one Markdown escaper).
pub fn markdown_cell(s: &str) -> String {
    s.replace('|', "\\|")
        .replace("\r\n", " ")
        .replace(['\r', '\n'], " ")
}

/// Text for HTML: `& < > " '` escaped (the one HTML escaper of the CLI; the web's templates
/// escape with minijinja).
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// How sections are written: for the terminal or as Markdown.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Human,
    Markdown,
}

/// A tiny document model so the human and Markdown outputs say the same things.
pub enum Block {
    Para(String),
    Bullets(Vec<String>),
    Warning(String),
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

pub struct Section {
    pub title: String,
    pub blocks: Vec<Block>,
}

pub fn render_sections(title: &str, sections: &[Section], style: Style) -> String {
    let mut out = String::new();
    match style {
        Style::Human => {
            let _ = writeln!(out, "{title}\n");
        }
        Style::Markdown => {
            let _ = writeln!(out, "# {title}\n");
        }
    }
    for section in sections {
        match style {
            Style::Human => {
                let _ = writeln!(out, "■ {}", section.title);
            }
            Style::Markdown => {
                let _ = writeln!(out, "## {}\n", section.title);
            }
        }
        for block in &section.blocks {
            match (block, style) {
                (Block::Para(text), Style::Human) => {
                    let _ = writeln!(out, "  {text}");
                }
                (Block::Para(text), Style::Markdown) => {
                    let _ = writeln!(out, "{text}\n");
                }
                (Block::Warning(text), Style::Human) => {
                    let _ = writeln!(out, "  ⚠ {text}");
                }
                (Block::Warning(text), Style::Markdown) => {
                    let _ = writeln!(out, "> **注意**: {text}\n");
                }
                (Block::Bullets(items), Style::Human) => {
                    for item in items {
                        let _ = writeln!(out, "  ・{item}");
                    }
                }
                (Block::Bullets(items), Style::Markdown) => {
                    for item in items {
                        let _ = writeln!(out, "- {item}");
                    }
                    out.push('\n');
                }
                (Block::Table { header, rows }, Style::Human) => {
                    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
                    for row in rows {
                        for (i, cell) in row.iter().enumerate() {
                            widths[i] = widths[i].max(width(cell));
                        }
                    }
                    let line = |cells: &[String]| {
                        let mut s = String::from("  ");
                        for (i, cell) in cells.iter().enumerate() {
                            s.push_str(cell);
                            if i + 1 < cells.len() {
                                s.push_str(&" ".repeat(widths[i] - width(cell) + 2));
                            }
                        }
                        s
                    };
                    let _ = writeln!(out, "{}", line(header));
                    for row in rows {
                        let _ = writeln!(out, "{}", line(row));
                    }
                }
                (Block::Table { header, rows }, Style::Markdown) => {
                    let escape = |c: &String| markdown_cell(c);
                    let _ = writeln!(
                        out,
                        "| {} |",
                        header.iter().map(escape).collect::<Vec<_>>().join(" | ")
                    );
                    let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
                    for row in rows {
                        let _ = writeln!(
                            out,
                            "| {} |",
                            row.iter().map(escape).collect::<Vec<_>>().join(" | ")
                        );
                    }
                    out.push('\n');
                }
            }
        }
        if style == Style::Human {
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width("書類選考"), 8);
        assert_eq!(width("ｱｲｳ"), 3);
        assert_eq!(truncate("株式会社ながいながいなまえ", 10), "株式会社…");
        assert_eq!(pad("内定", 6), "内定  ");
        assert_eq!(markdown_cell("x|y\n改"), "x\\|y 改");
        assert_eq!(
            html_escape("<a href='x'>&"),
            "&lt;a href=&#39;x&#39;&gt;&amp;"
        );
    }
}
