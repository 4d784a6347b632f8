//! Writing: the corrected résumé text as a Word file (.docx), one paragraph per line, so a seeker
//! can take the text back into Word. The reader of this crate reads it back line for line.

use docx_rs::{Docx, Paragraph, Run, RunFonts};

/// A Word document (.docx bytes) with one paragraph per line of `text` (blank lines stay empty
/// paragraphs), in a Japanese font.
pub fn write_docx(text: &str) -> Vec<u8> {
    let fonts = RunFonts::new()
        .ascii("游明朝")
        .hi_ansi("游明朝")
        .east_asia("游明朝");
    let mut doc = Docx::new().default_fonts(fonts);
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        let mut p = Paragraph::new();
        if !line.is_empty() {
            p = p.add_run(Run::new().add_text(line));
        }
        doc = doc.add_paragraph(p);
    }
    let mut out = std::io::Cursor::new(Vec::new());
    // Packing into memory cannot fail for lack of space; a failure would be a bug of the writer.
    doc.build()
        .pack(&mut out)
        .expect("packing a .docx into memory");
    out.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Format, Limits, extract};

    #[test]
    fn round_trip_keeps_every_line() {
        let text = "## 職務要約\n営業事務として5年、受注から請求までを担当。\n\n■職務経歴\n・請求書の記載ミスを月8件から月1件に削減\n  半角 ABC 123 & <tag> \"quote\"\n";
        let bytes = write_docx(text);
        assert!(bytes.starts_with(b"PK"), "a .docx is a zip file");
        let back = extract("resume.docx", &bytes, &Limits::default()).expect("reads back");
        assert_eq!(back.format, Format::Docx);
        let want: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let got: Vec<&str> = back
            .text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn crlf_and_empty_text() {
        let back = extract(
            "x.docx",
            &write_docx("一行目\r\n二行目\r\n"),
            &Limits::default(),
        )
        .expect("reads back");
        assert_eq!(
            back.text.trim().lines().collect::<Vec<_>>(),
            ["一行目", "二行目"]
        );
        assert!(write_docx("").starts_with(b"PK"));
    }
}
