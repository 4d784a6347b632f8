//! The render layer of the CLI: the one `--format` type ([`format`]), the one document model
//! ([`doc`]), and text layout for the terminal — display width by `unicode-width` (East Asian
//! wide characters take two columns), truncation, padded tables — with the one Markdown
//! escaper. HTML comes from the web's templates (`naitei_web::views`), escaped by minijinja.

pub mod doc;
pub mod format;

pub use doc::{Block, Document, Section, Style, render_sections};
pub use format::Format;

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

/// A table with a header row, columns padded to their widest cell (display width), each line
/// after `indent` and without trailing spaces (the one table renderer).
pub fn table<H: AsRef<str>, R: AsRef<[String]>>(
    out: &mut String,
    indent: &str,
    header: &[H],
    rows: &[R],
) {
    let mut widths: Vec<usize> = header.iter().map(|h| width(h.as_ref())).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row.as_ref()) {
            *w = (*w).max(width(cell));
        }
    }
    let mut line = |cells: &mut dyn Iterator<Item = &str>| {
        let mut text = String::from(indent);
        for (cell, w) in cells.zip(&widths) {
            text.push_str(&pad(cell, *w));
            text.push_str("  ");
        }
        out.push_str(text.trim_end());
        out.push('\n');
    };
    line(&mut header.iter().map(AsRef::as_ref));
    for row in rows {
        line(&mut row.as_ref().iter().map(String::as_str));
    }
}

/// Text for a Markdown table cell: `|` escaped, line breaks as spaces (the one Markdown escaper).
pub fn markdown_cell(s: &str) -> String {
    s.replace('|', "\\|")
        .replace("\r\n", " ")
        .replace(['\r', '\n'], " ")
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
        let mut out = String::new();
        table(
            &mut out,
            "",
            &["番号", "会社"],
            &[
                ["#1".to_string(), "株式会社".to_string()],
                ["#10".to_string(), String::new()],
            ],
        );
        assert_eq!(out, "番号  会社\n#1    株式会社\n#10\n");
    }
}
