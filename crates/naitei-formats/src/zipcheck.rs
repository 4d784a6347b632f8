//! Office files are zip archives of XML parts. Before any part is parsed, every entry is
//! inflated once through a counting reader (the sizes in the zip headers are not trusted) and
//! every XML part is scanned for its nesting depth: a zip bomb or a deeply nested part is
//! refused before a parser can allocate for it.

use std::io::{self, Cursor, Read};

use quick_xml::events::Event;
use zip::ZipArchive;

use crate::{Format, FormatError, Limits};

pub(crate) type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Which Office document a zip holds, from its part names (cheap: central directory only).
pub(crate) fn office_kind(bytes: &[u8]) -> Option<Format> {
    let zip = ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut kind = None;
    for name in zip.file_names().flatten() {
        if name == "word/document.xml" {
            kind = Some(Format::Docx);
        } else if name == "xl/workbook.xml" || name == "xl/workbook.bin" {
            kind = Some(Format::Xlsx);
        }
    }
    kind
}

fn corrupt(format: Format, e: impl std::fmt::Display) -> FormatError {
    FormatError::Corrupt(format, e.to_string())
}

/// A reader that fails once more than `left` bytes came through.
pub(crate) struct Capped<R> {
    inner: R,
    left: u64,
    pub(crate) exceeded: bool,
}

impl<R: Read> Capped<R> {
    pub(crate) fn new(inner: R, left: u64) -> Self {
        Capped {
            inner,
            left,
            exceeded: false,
        }
    }
    pub(crate) fn left(&self) -> u64 {
        self.left
    }
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // Read one byte past the cap so an entry of exactly `left` bytes still passes.
        let max = buf
            .len()
            .min(usize::try_from(self.left + 1).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..max])?;
        if n as u64 > self.left {
            self.exceeded = true;
            return Err(io::Error::other("decompressed size over the limit"));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// Opens an Office zip and checks every entry: total inflated size, entry count and XML
/// nesting depth. Returns the archive for reading.
pub(crate) fn open_checked<'a>(
    bytes: &'a [u8],
    format: Format,
    limits: &Limits,
) -> Result<Archive<'a>, FormatError> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| corrupt(format, e))?;
    if zip.len() > limits.max_zip_entries {
        return Err(FormatError::TooComplex(format));
    }
    let mut budget = limits.max_decompressed;
    for i in 0..zip.len() {
        let entry = zip.by_index(i).map_err(|e| match e {
            zip::result::ZipError::UnsupportedArchive(m) if m.contains("assword") => {
                FormatError::PasswordProtected(format)
            }
            e => corrupt(format, e),
        })?;
        let is_xml = {
            let n = entry
                .name()
                .map(|n| n.to_ascii_lowercase())
                .unwrap_or_default();
            n.ends_with(".xml") || n.ends_with(".rels") || n.ends_with(".vml")
        };
        let mut capped = Capped::new(entry, budget);
        let result = if is_xml {
            xml_depth(&mut capped, limits.max_xml_depth, format)
        } else {
            io::copy(&mut capped, &mut io::sink())
                .map(|_| ())
                .map_err(|e| corrupt(format, e))
        };
        if capped.exceeded {
            return Err(FormatError::TooLargeDecompressed {
                limit: limits.max_decompressed,
            });
        }
        result?;
        budget = capped.left();
    }
    Ok(zip)
}

/// Streams an XML part and fails when elements nest deeper than `max`.
fn xml_depth(r: &mut impl Read, max: usize, format: Format) -> Result<(), FormatError> {
    let mut reader = quick_xml::Reader::from_reader(io::BufReader::new(r));
    reader.config_mut().check_end_names = false;
    let mut buf = Vec::new();
    let mut depth = 0usize;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(_)) => {
                depth += 1;
                if depth > max {
                    return Err(FormatError::TooDeep { limit: max });
                }
            }
            Ok(Event::End(_)) => depth = depth.saturating_sub(1),
            Ok(Event::Eof) => return Ok(()),
            Ok(_) => {}
            Err(e) => return Err(corrupt(format, e)),
        }
        buf.clear();
    }
}

/// Reads an entry that `open_checked` already measured (so it is within the cap).
pub(crate) fn read_entry(
    zip: &mut Archive<'_>,
    name: &str,
    format: Format,
) -> Result<Option<String>, FormatError> {
    let entry = match zip.by_name(name) {
        Ok(e) => e,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(corrupt(format, e)),
    };
    let mut bytes = Vec::new();
    entry
        .take(u64::MAX)
        .read_to_end(&mut bytes)
        .map_err(|e| corrupt(format, e))?;
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|e| corrupt(format, e))
}
