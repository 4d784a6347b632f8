//! naitei-formats: reads the files a job seeker actually has — Word (.docx), Excel
//! (.xlsx/.xls), PDF with a text layer, and text in UTF-8, UTF-8 BOM, Shift_JIS/CP932, EUC-JP
//! or UTF-16 — into résumé text that `naitei_core::document::Document::parse` understands,
//! with a source for each line ("p.2 ¶5", "Sheet1!C12", "段落 12", "表1 行3").
//!
//! Bytes in, result out: no file paths, no printing, so the CLI and a server share it.
//! Every malformed input (password-protected, truncated, corrupt, a zip bomb, nesting too deep,
//! too many pages) is a [`FormatError`] with a Japanese message; memory stays bounded by
//! [`Limits`].

mod docx;
mod layout;
mod pdf;
mod text;
mod write;
mod xlsx;
mod zipcheck;

use std::cell::Cell;
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

pub use text::decode_text;
pub use write::write_docx;

/// Caps that keep any input within bounded time and memory.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Total bytes all compressed parts (zip entries, PDF streams) may inflate to, counted
    /// while inflating (headers are not trusted).
    pub max_decompressed: u64,
    /// Deepest XML element nesting accepted in Office files.
    pub max_xml_depth: usize,
    /// Most zip entries in an Office file.
    pub max_zip_entries: usize,
    /// Most pages read from a PDF.
    pub max_pages: usize,
    /// Most PDF objects.
    pub max_pdf_objects: usize,
    /// Most content-stream operations read per PDF page.
    pub max_operations: usize,
    /// Most non-empty cells read from a workbook.
    pub max_cells: usize,
    /// Most characters of extracted text.
    pub max_chars: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_decompressed: 50 * 1024 * 1024,
            max_xml_depth: 256,
            max_zip_entries: 5_000,
            max_pages: 100,
            max_pdf_objects: 200_000,
            max_operations: 500_000,
            max_cells: 200_000,
            max_chars: 2_000_000,
        }
    }
}

/// What kind of file was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Docx,
    Xlsx,
    Xls,
    Pdf,
}

impl Format {
    /// Short name shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Format::Text => "テキスト",
            Format::Docx => "Word (.docx)",
            Format::Xlsx => "Excel (.xlsx)",
            Format::Xls => "Excel (.xls)",
            Format::Pdf => "PDF",
        }
    }
}

/// How a text file was encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextEncoding {
    pub encoding: &'static encoding_rs::Encoding,
    pub bom: bool,
}

impl TextEncoding {
    /// "UTF-8", "Shift_JIS (CP932)", "UTF-16LE (BOM付き)"…
    pub fn label(&self) -> String {
        let name = match self.encoding.name() {
            "Shift_JIS" => "Shift_JIS (CP932)",
            other => other,
        };
        if self.bom {
            format!("{name} (BOM付き)")
        } else {
            name.to_string()
        }
    }
}

/// The text of a document and where each of its lines came from.
#[derive(Debug, Clone)]
pub struct Extracted {
    pub text: String,
    pub format: Format,
    /// The text encoding for text files; `None` for Office and PDF files.
    pub encoding: Option<TextEncoding>,
    /// One entry per line of `text` (split on '\n'): where the user finds it in the original
    /// ("p.2 ¶5", "Sheet1!C12", "段落 12", "表1 行3"); `None` for text files.
    pub sources: Vec<Option<String>>,
}

impl Extracted {
    /// "UTF-8", "Shift_JIS (CP932)" for text; the format name otherwise.
    pub fn encoding_label(&self) -> String {
        match &self.encoding {
            Some(e) => e.label(),
            None => self.format.label().to_string(),
        }
    }
}

/// Why a file cannot be read. `Display` is a Japanese message saying what is wrong and what
/// to do (without the file name: callers prefix it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    Empty,
    /// A PDF without a text layer (a scan or an image).
    NoTextLayer,
    /// A PDF whose fonts give no Unicode text.
    Unmappable,
    PasswordProtected(Format),
    /// Truncated or damaged; the detail is for developers (English, from the parser).
    Corrupt(Format, String),
    /// Compressed parts inflate beyond the cap.
    TooLargeDecompressed {
        limit: u64,
    },
    TooDeep {
        limit: usize,
    },
    TooManyPages {
        limit: usize,
    },
    /// Too many objects, cells, entries or characters.
    TooComplex(Format),
    /// Binary data that is none of the supported formats ("画像（PNG）", "旧形式のWord（.doc）").
    Unsupported(&'static str),
    /// Text in an encoding that is none of the supported ones.
    UnknownEncoding,
    /// A supported encoding with undecodable bytes.
    InvalidEncoding(&'static str),
    /// Binary data (NUL bytes) in what should be text.
    Binary,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Empty => f.write_str(
                "ファイルが空です。職務経歴書の本文を保存したファイルを指定してください",
            ),
            FormatError::NoTextLayer => f.write_str(
                "文字情報のないPDFです（スキャンした画像のPDFと思われます）。Word等の元ファイルか、テキストを含むPDFを指定してください",
            ),
            FormatError::Unmappable => f.write_str(
                "PDFから文字を取り出せませんでした（フォントに文字の対応表がありません）。Word等の元ファイルを指定するか、PDFを別の方法で書き出し直してください",
            ),
            FormatError::PasswordProtected(fmt) => write!(
                f,
                "パスワードで保護された{}です。保護を解除して保存し直してから指定してください",
                fmt.label()
            ),
            FormatError::Corrupt(fmt, _) => write!(
                f,
                "{}として読めません。ファイルが途中で切れているか壊れています。元のアプリで開けるか確かめ、保存し直してから指定してください",
                fmt.label()
            ),
            FormatError::TooLargeDecompressed { limit } => write!(
                f,
                "圧縮を展開すると大きすぎるファイルです（上限 {} MB）。職務経歴書の本文だけを保存し直したファイルを指定してください",
                limit / (1024 * 1024)
            ),
            FormatError::TooDeep { limit } => write!(
                f,
                "ファイルの構造が深すぎます（入れ子が{limit}段を超えています）。壊れているか、職務経歴書ではないファイルです。元のアプリで保存し直してください"
            ),
            FormatError::TooManyPages { limit } => write!(
                f,
                "ページ数が多すぎます（上限 {limit}ページ）。職務経歴書の部分だけをPDFにして指定してください"
            ),
            FormatError::TooComplex(fmt) => write!(
                f,
                "{}の中身が多すぎて読めません。職務経歴書の部分だけを保存し直したファイルを指定してください",
                fmt.label()
            ),
            FormatError::Unsupported(kind) => write!(
                f,
                "{kind}のファイルは読めません。naitei が読めるのはテキスト（.txt/.md）、Word（.docx）、Excel（.xlsx/.xls）、文字情報のあるPDFです。対応する形式で保存し直してください"
            ),
            FormatError::UnknownEncoding => f.write_str(
                "文字コードを判別できませんでした（UTF-8・Shift_JIS・EUC-JP・UTF-16 のいずれでもありません）。テキストエディタでUTF-8として保存し直してください",
            ),
            FormatError::InvalidEncoding(enc) => write!(
                f,
                "{enc} として読めない部分があります。ファイルが壊れていないか確認してください"
            ),
            FormatError::Binary => f.write_str(
                "テキストファイルではないようです（バイナリデータを含みます）。テキスト（.txt）かMarkdown（.md）、Word・Excel・PDFのファイルを指定してください",
            ),
        }
    }
}

impl std::error::Error for FormatError {}

/// Detects the format from the magic bytes first, the name's extension second.
pub fn detect(name: &str, bytes: &[u8]) -> Format {
    // PDF allows junk before the header (within 1024 bytes); then the file must also end like
    // one, so a text that mentions "%PDF-" stays text.
    let tail = &bytes[bytes.len().saturating_sub(2048)..];
    if bytes.starts_with(b"%PDF")
        || (find(&bytes[..bytes.len().min(1024)], b"%PDF-").is_some()
            && find(tail, b"%%EOF").is_some())
    {
        return Format::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return match zipcheck::office_kind(bytes) {
            Some(Format::Xlsx) => Format::Xlsx,
            Some(Format::Docx) => Format::Docx,
            _ => match extension(name).as_str() {
                "xlsx" | "xlsm" => Format::Xlsx,
                _ => Format::Docx,
            },
        };
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return Format::Xls;
    }
    match extension(name).as_str() {
        "docx" | "docm" if bytes.is_empty() => Format::Docx,
        "pdf" if bytes.is_empty() => Format::Pdf,
        _ => Format::Text,
    }
}

fn extension(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_bytes_come_before_the_extension() {
        assert_eq!(detect("cv.txt", b"%PDF-1.7\n"), Format::Pdf);
        assert_eq!(
            detect("a.pdf", "メモ %PDF-1.4 について\n".as_bytes()),
            Format::Text
        );
        assert_eq!(
            detect("x.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"),
            Format::Xls
        );
        assert_eq!(detect("x.docx", b"PK\x03\x04junk"), Format::Docx);
        assert_eq!(detect("x.xlsx", b"PK\x03\x04junk"), Format::Xlsx);
    }
}

/// Reads a file's bytes into résumé text with a source map. `name` is only used for the
/// extension (when the magic bytes say nothing); it is not opened.
pub fn extract(name: &str, bytes: &[u8], limits: &Limits) -> Result<Extracted, FormatError> {
    if bytes.is_empty() {
        return Err(FormatError::Empty);
    }
    let format = detect(name, bytes);
    let mut out = match format {
        Format::Text => {
            let (text, encoding) = decode_text(bytes)?;
            let lines = text.split('\n').count();
            Extracted {
                text,
                format,
                encoding: Some(encoding),
                sources: vec![None; lines],
            }
        }
        Format::Docx => docx::extract(bytes, limits)?,
        Format::Xls if extension(name) == "doc" => {
            return Err(FormatError::Unsupported("旧形式のWord（.doc）"));
        }
        Format::Xlsx | Format::Xls => xlsx::extract(bytes, format, limits)?,
        Format::Pdf => pdf::extract(bytes, limits)?,
    };
    if out.text.chars().count() > limits.max_chars {
        return Err(FormatError::TooComplex(format));
    }
    if out.text.trim().is_empty() {
        return Err(match format {
            Format::Pdf => FormatError::NoTextLayer,
            _ => FormatError::Empty,
        });
    }
    debug_assert_eq!(out.sources.len(), out.text.split('\n').count());
    out.sources.resize(out.text.split('\n').count(), None);
    Ok(out)
}

thread_local! {
    static CONTAINED: Cell<bool> = const { Cell::new(false) };
}
static QUIET_HOOK: Once = Once::new();

/// Runs a third-party parser (calamine, lopdf) that may panic on hostile input; a panic
/// becomes `Err` and is not printed (the caller reports the file as corrupt). The panic hook
/// installed once here stays silent only on this thread and only inside this call; every
/// other panic goes to the previous hook as before.
pub(crate) fn contained<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    QUIET_HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !CONTAINED.with(Cell::get) {
                previous(info);
            }
        }));
    });
    CONTAINED.with(|c| c.set(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    CONTAINED.with(|c| c.set(false));
    result
}

/// Builds text line by line with a source per line.
#[derive(Debug, Default)]
pub(crate) struct Builder {
    text: String,
    sources: Vec<Option<String>>,
}

impl Builder {
    /// Adds one line (newlines inside `line` become separate lines with the same source).
    pub(crate) fn line(&mut self, line: &str, source: Option<&str>) {
        for part in line.split('\n') {
            let part = part.trim_end_matches('\r');
            self.text.push_str(part);
            self.text.push('\n');
            self.sources.push(source.map(str::to_string));
        }
    }

    pub(crate) fn blank(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
            self.sources.push(None);
        }
    }

    pub(crate) fn finish(mut self, format: Format) -> Extracted {
        // The text ends with '\n': the empty last "line" has no source.
        self.sources.push(None);
        Extracted {
            text: self.text,
            format,
            encoding: None,
            sources: self.sources,
        }
    }
}
