//! PDF with a text layer. lopdf parses the file; the text is read here from the page content
//! streams with glyph positions, because reading order needs them (lopdf's own text
//! extraction and pdf-extract emit content-stream order, which interleaves two columns).
//!
//! Fonts: ToUnicode CMaps (bfchar/bfrange, 1- or 2-byte codes: Japanese CID fonts), the
//! predefined Japanese CMaps (UniJIS-UCS2/UTF16 → UTF-16, 90ms-RKSJ → Shift_JIS, EUC → EUC-JP)
//! and Latin-1 for simple fonts. Layout: glyphs → rows by baseline → a gutter between two
//! columns when one exists (left column, then right; full-width rows in between keep their
//! place) → lines, with wrapped lines joined back. Sources: 「p.2 ¶5」.
//!
//! Limits: every Flate stream is inflated once through a counting reader before lopdf sees
//! the file (total capped), lopdf's own per-stream cap, object/page/operation caps.

use std::collections::HashMap;
use std::io::{self, Read};

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object};

use crate::zipcheck::Capped;
use crate::{Builder, Extracted, Format, FormatError, Limits};

const F: Format = Format::Pdf;
/// Deepest nesting of form XObjects followed.
const MAX_FORM_DEPTH: usize = 4;
/// Most entries read from one ToUnicode CMap.
const MAX_CMAP_ENTRIES: usize = 100_000;

fn corrupt(e: impl std::fmt::Display) -> FormatError {
    FormatError::Corrupt(F, e.to_string())
}

pub(crate) fn extract(bytes: &[u8], limits: &Limits) -> Result<Extracted, FormatError> {
    check_streams(bytes, limits)?;
    // lopdf is not written for hostile input: a panic inside it is a corrupt file.
    crate::contained(|| read(bytes, limits)).map_err(|_| corrupt("reader panicked"))?
}

fn read(bytes: &[u8], limits: &Limits) -> Result<Extracted, FormatError> {
    let options = lopdf::LoadOptions {
        max_decompressed_size: Some(usize::try_from(limits.max_decompressed).unwrap_or(usize::MAX)),
        ..Default::default()
    };
    let doc = Document::load_mem_with_options(bytes, options).map_err(|e| match e {
        lopdf::Error::InvalidPassword | lopdf::Error::Decryption(_) => {
            FormatError::PasswordProtected(F)
        }
        e => corrupt(e),
    })?;
    if doc.trailer.has(b"Encrypt") && !doc.was_encrypted() {
        return Err(FormatError::PasswordProtected(F));
    }
    if doc.objects.len() > limits.max_pdf_objects {
        return Err(FormatError::TooComplex(F));
    }
    let pages: Vec<_> = doc.page_iter().take(limits.max_pages + 1).collect();
    if pages.is_empty() {
        return Err(corrupt("no pages"));
    }
    if pages.len() > limits.max_pages {
        return Err(FormatError::TooManyPages {
            limit: limits.max_pages,
        });
    }
    let mut out = Builder::default();
    let mut budget = Budget {
        decompressed: limits.max_decompressed,
        operations: limits.max_operations,
        glyphs: limits.max_chars,
    };
    let mut glyphs_total = 0usize;
    let mut first_page: Vec<String> = Vec::new();
    let mut unmapped_total = 0usize;
    for (i, page_id) in pages.iter().enumerate() {
        let Ok(page) = doc.get_dictionary(*page_id) else {
            continue;
        };
        let mut reader = PageReader {
            doc: &doc,
            fonts: HashMap::new(),
            glyphs: Vec::new(),
            budget: &mut budget,
            unmapped: 0,
        };
        let resources = page_resources(&doc, page);
        let contents: Vec<u8> = page_content(&doc, page, reader.budget)?;
        reader.run(&contents, resources, IDENTITY, 0)?;
        glyphs_total += reader.glyphs.len();
        unmapped_total += reader.unmapped;
        let width = media_width(&doc, page);
        let mut lines = layout(std::mem::take(&mut reader.glyphs), width);
        if i == 0 {
            first_page = lines.clone();
        } else {
            out.blank();
            // Running headers and footers repeat on every page: read them once.
            let n = lines.len();
            let mut k = 0;
            lines.retain(|l| {
                k += 1;
                let edge = k <= 2 || k + 2 > n;
                !(edge && is_page_furniture(l, &first_page))
            });
        }
        // A bare page number at the top or bottom of the first page too.
        if let Some(last) = lines.last()
            && is_page_furniture(last, &[])
        {
            lines.pop();
        }
        for (n, line) in lines.iter().enumerate() {
            out.line(line, Some(&format!("p.{} ¶{}", i + 1, n + 1)));
        }
    }
    // Glyphs drawn but none (or too few) with Unicode: the fonts lack a ToUnicode map.
    if unmapped_total * 2 > glyphs_total + unmapped_total {
        return Err(FormatError::Unmappable);
    }
    if glyphs_total == 0 {
        return Err(FormatError::NoTextLayer);
    }
    Ok(out.finish(F))
}

/// Inflates every Flate-looking stream of the raw file through a counting reader (nothing is
/// kept), so a decompression bomb is refused before lopdf inflates object streams.
fn check_streams(bytes: &[u8], limits: &Limits) -> Result<(), FormatError> {
    let mut left = limits.max_decompressed;
    let mut pos = 0;
    while let Some(at) = crate::find(&bytes[pos..], b"stream") {
        let start = pos + at;
        pos = start + 6;
        if start >= 3 && &bytes[start - 3..start] == b"end" {
            continue;
        }
        let mut data = pos;
        if bytes.get(data) == Some(&b'\r') {
            data += 1;
        }
        if bytes.get(data) == Some(&b'\n') {
            data += 1;
        }
        let Some(head) = bytes.get(data..data + 2) else {
            break;
        };
        // A zlib header: CM = 8 and the check bits.
        if head[0] & 0x0F != 8 || (u16::from(head[0]) * 256 + u16::from(head[1])) % 31 != 0 {
            continue;
        }
        let mut capped = Capped::new(flate2::read::ZlibDecoder::new(&bytes[data..]), left);
        let _ = io::copy(&mut capped, &mut io::sink());
        if capped.exceeded {
            return Err(FormatError::TooLargeDecompressed {
                limit: limits.max_decompressed,
            });
        }
        left = capped.left();
    }
    Ok(())
}

struct Budget {
    decompressed: u64,
    operations: usize,
    glyphs: usize,
}

/// A stream's bytes after its filters: none or FlateDecode (inflated within the budget).
/// Other filters (LZW, ASCII85, …) are rare in content streams and are skipped.
fn stream_bytes(
    stream: &lopdf::Stream,
    budget: &mut Budget,
) -> Result<Option<Vec<u8>>, FormatError> {
    let filters: Vec<Vec<u8>> = match stream.dict.get(b"Filter") {
        Ok(Object::Name(n)) => vec![n.clone()],
        Ok(Object::Array(a)) => a
            .iter()
            .filter_map(|o| o.as_name().ok().map(<[u8]>::to_vec))
            .collect(),
        _ => Vec::new(),
    };
    match filters.as_slice() {
        [] => Ok(Some(stream.content.clone())),
        [f] if f == b"FlateDecode" || f == b"Fl" => {
            let mut capped = Capped::new(
                flate2::read::ZlibDecoder::new(stream.content.as_slice()),
                budget.decompressed,
            );
            let mut out = Vec::new();
            let ok = capped.read_to_end(&mut out).is_ok();
            if capped.exceeded {
                return Err(FormatError::TooLargeDecompressed {
                    limit: budget.decompressed,
                });
            }
            budget.decompressed = capped.left();
            // A truncated stream still gives the text before the damage.
            Ok((ok || !out.is_empty()).then_some(out))
        }
        _ => Ok(None),
    }
}

fn page_content(
    doc: &Document,
    page: &Dictionary,
    budget: &mut Budget,
) -> Result<Vec<u8>, FormatError> {
    let mut out = Vec::new();
    let streams: Vec<&Object> = match page.get(b"Contents") {
        Ok(Object::Array(a)) => a.iter().collect(),
        Ok(o) => vec![o],
        Err(_) => Vec::new(),
    };
    for s in streams {
        if let Ok((_, Object::Stream(stream))) = doc.dereference(s)
            && let Some(bytes) = stream_bytes(stream, budget)?
        {
            out.extend_from_slice(&bytes);
            out.push(b'\n');
        }
    }
    Ok(out)
}

/// The page's resources, inherited from the page tree when the page has none.
fn page_resources<'a>(doc: &'a Document, page: &'a Dictionary) -> Option<&'a Dictionary> {
    let mut node = page;
    for _ in 0..32 {
        if let Ok(r) = node.get(b"Resources")
            && let Ok((_, Object::Dictionary(d))) = doc.dereference(r)
        {
            return Some(d);
        }
        let parent = node.get(b"Parent").ok()?;
        node = match doc.dereference(parent) {
            Ok((_, Object::Dictionary(d))) => d,
            _ => return None,
        };
    }
    None
}

fn media_width(doc: &Document, page: &Dictionary) -> f32 {
    let mut node = page;
    for _ in 0..32 {
        if let Ok(b) = node.get(b"MediaBox")
            && let Ok((_, Object::Array(a))) = doc.dereference(b)
            && a.len() == 4
        {
            let n = |i: usize| a[i].as_float().unwrap_or(0.0);
            let w = (n(2) - n(0)).abs();
            if w.is_finite() && w > 1.0 {
                return w;
            }
        }
        let Ok(parent) = node.get(b"Parent") else {
            break;
        };
        node = match doc.dereference(parent) {
            Ok((_, Object::Dictionary(d))) => d,
            _ => break,
        };
    }
    595.0
}

type Matrix = [f32; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

/// How a font's codes become text.
#[derive(Debug, Clone)]
struct Font {
    /// Code length in bytes (2 for CID fonts unless the CMap says otherwise).
    two_byte: bool,
    to_unicode: HashMap<u32, String>,
    fallback: Fallback,
    widths: HashMap<u32, f32>,
    default_width: f32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Fallback {
    Latin1,
    Utf16,
    ShiftJis,
    EucJp,
    None,
}

impl Font {
    fn load(doc: &Document, dict: &Dictionary, budget: &mut Budget) -> Result<Font, FormatError> {
        let subtype = dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .unwrap_or(b"");
        let composite = subtype == b"Type0";
        let encoding = dict
            .get(b"Encoding")
            .and_then(Object::as_name)
            .map(<[u8]>::to_vec)
            .unwrap_or_default();
        let enc = String::from_utf8_lossy(&encoding).to_string();
        let fallback = if !composite {
            Fallback::Latin1
        } else if enc.contains("UCS2") || enc.contains("UTF16") {
            Fallback::Utf16
        } else if enc.contains("RKSJ") {
            Fallback::ShiftJis
        } else if enc.contains("EUC") {
            Fallback::EucJp
        } else {
            Fallback::None
        };
        let mut font = Font {
            two_byte: composite && fallback != Fallback::ShiftJis && fallback != Fallback::EucJp,
            to_unicode: HashMap::new(),
            fallback,
            widths: HashMap::new(),
            default_width: if composite { 1000.0 } else { 500.0 },
        };
        if let Ok(o) = dict.get(b"ToUnicode")
            && let Ok((_, Object::Stream(s))) = doc.dereference(o)
            && let Some(bytes) = stream_bytes(s, budget)?
        {
            parse_cmap(&bytes, &mut font);
        }
        font.load_widths(doc, dict, composite);
        Ok(font)
    }

    fn load_widths(&mut self, doc: &Document, dict: &Dictionary, composite: bool) {
        let deref = |o: &Object| doc.dereference(o).map(|(_, o)| o.clone()).ok();
        if composite {
            let Some(Object::Array(desc)) = dict.get(b"DescendantFonts").ok().and_then(deref)
            else {
                return;
            };
            let Some(Object::Dictionary(cid)) = desc.first().and_then(deref) else {
                return;
            };
            if let Some(dw) = cid
                .get(b"DW")
                .ok()
                .and_then(deref)
                .and_then(|o| o.as_float().ok())
            {
                self.default_width = dw;
            }
            let Some(Object::Array(w)) = cid.get(b"W").ok().and_then(deref) else {
                return;
            };
            let mut i = 0;
            while i < w.len() && self.widths.len() < MAX_CMAP_ENTRIES {
                let Ok(first) = w[i].as_i64() else { break };
                match w.get(i + 1).and_then(deref) {
                    Some(Object::Array(ws)) => {
                        for (k, x) in ws.iter().enumerate() {
                            if let Ok(x) = x.as_float() {
                                self.widths.insert(first as u32 + k as u32, x);
                            }
                        }
                        i += 2;
                    }
                    Some(last) => {
                        let (Ok(last), Some(Ok(x))) =
                            (last.as_i64(), w.get(i + 2).map(Object::as_float))
                        else {
                            break;
                        };
                        for c in first..=last.min(first + 65_535) {
                            self.widths.insert(c as u32, x);
                        }
                        i += 3;
                    }
                    None => break,
                }
            }
        } else {
            let first = dict.get(b"FirstChar").and_then(Object::as_i64).unwrap_or(0);
            if let Some(Object::Array(ws)) = dict.get(b"Widths").ok().and_then(deref) {
                for (k, x) in ws.iter().take(256).enumerate() {
                    if let Ok(x) = x.as_float() {
                        self.widths.insert((first + k as i64) as u32, x);
                    }
                }
            }
        }
    }

    /// Splits a string operand into (code, text, width in glyph space /1000).
    fn glyphs(&self, bytes: &[u8]) -> Vec<(u32, Option<String>, f32)> {
        let mut out = Vec::new();
        match self.fallback {
            Fallback::ShiftJis | Fallback::EucJp if self.to_unicode.is_empty() => {
                let enc = if self.fallback == Fallback::ShiftJis {
                    encoding_rs::SHIFT_JIS
                } else {
                    encoding_rs::EUC_JP
                };
                let (text, _) = enc.decode_without_bom_handling(bytes);
                for c in text.chars() {
                    let w = if c.is_ascii() { 500.0 } else { 1000.0 };
                    out.push((c as u32, Some(c.to_string()), w));
                }
                return out;
            }
            _ => {}
        }
        let step = if self.two_byte { 2 } else { 1 };
        for chunk in bytes.chunks(step) {
            let code = chunk.iter().fold(0u32, |a, &b| (a << 8) | u32::from(b));
            let text = if let Some(t) = self.to_unicode.get(&code) {
                Some(t.clone())
            } else {
                match self.fallback {
                    Fallback::Latin1 if step == 1 => char::from_u32(code).map(|c| c.to_string()),
                    Fallback::Utf16 => char::from_u32(code)
                        .filter(|_| !(0xD800..0xE000).contains(&code))
                        .map(|c| c.to_string()),
                    _ => None,
                }
            };
            let w = self
                .widths
                .get(&code)
                .copied()
                .unwrap_or(self.default_width);
            out.push((code, text, w));
        }
        out
    }
}

/// Reads bfchar and bfrange sections of a ToUnicode CMap (and the codespace for code length).
fn parse_cmap(bytes: &[u8], font: &mut Font) {
    let text = String::from_utf8_lossy(bytes);
    let tokens = cmap_tokens(&text);
    let mut mode = "";
    let mut pending: Vec<Tok> = Vec::new();
    let mut entries = 0usize;
    for t in tokens {
        match &t {
            Tok::Word(w) if w.starts_with("begin") => {
                mode = match w.as_str() {
                    "begincodespacerange" => "space",
                    "beginbfchar" => "char",
                    "beginbfrange" => "range",
                    _ => "",
                };
                pending.clear();
                continue;
            }
            Tok::Word(w) if w.starts_with("end") => {
                mode = "";
                pending.clear();
                continue;
            }
            _ => {}
        }
        if mode.is_empty() {
            continue;
        }
        pending.push(t);
        match mode {
            "space" if pending.len() == 2 => {
                if let Tok::Hex(lo) = &pending[0] {
                    font.two_byte = lo.len() >= 2;
                }
                pending.clear();
            }
            "char" if pending.len() == 2 => {
                if let (Tok::Hex(src), Tok::Hex(dst)) = (&pending[0], &pending[1]) {
                    font.to_unicode.insert(code_of(src), utf16(dst));
                    entries += 1;
                }
                pending.clear();
            }
            "range" if pending.len() == 3 => {
                if let (Tok::Hex(lo), Tok::Hex(hi)) = (&pending[0], &pending[1]) {
                    let (lo, hi) = (code_of(lo), code_of(hi));
                    let n = hi.saturating_sub(lo).min(65_535);
                    match &pending[2] {
                        Tok::Hex(dst) => {
                            let mut base: Vec<u16> = utf16_units(dst);
                            for k in 0..=n {
                                font.to_unicode
                                    .insert(lo + k, String::from_utf16_lossy(&base));
                                if let Some(last) = base.last_mut() {
                                    *last = last.wrapping_add(1);
                                }
                                entries += 1;
                                if entries > MAX_CMAP_ENTRIES {
                                    return;
                                }
                            }
                        }
                        Tok::Array(items) => {
                            for (k, d) in items.iter().enumerate().take(n as usize + 1) {
                                font.to_unicode.insert(lo + k as u32, utf16(d));
                                entries += 1;
                            }
                        }
                        Tok::Word(_) => {}
                    }
                }
                pending.clear();
            }
            _ => {}
        }
        if entries > MAX_CMAP_ENTRIES {
            return;
        }
    }
}

#[derive(Debug)]
enum Tok {
    Hex(Vec<u8>),
    Array(Vec<Vec<u8>>),
    Word(String),
}

fn cmap_tokens(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    let hex = |chars: &mut std::iter::Peekable<std::str::Chars<'_>>| {
        let mut digits = String::new();
        for c in chars.by_ref() {
            if c == '>' {
                break;
            }
            if c.is_ascii_hexdigit() {
                digits.push(c);
            }
        }
        if digits.len() % 2 == 1 {
            digits.push('0');
        }
        (0..digits.len() / 2)
            .filter_map(|i| u8::from_str_radix(&digits[2 * i..2 * i + 2], 16).ok())
            .collect::<Vec<u8>>()
    };
    while let Some(c) = chars.next() {
        match c {
            '<' => out.push(Tok::Hex(hex(&mut chars))),
            '[' => {
                let mut items = Vec::new();
                while let Some(c) = chars.next() {
                    match c {
                        '<' => items.push(hex(&mut chars)),
                        ']' => break,
                        _ => {}
                    }
                }
                out.push(Tok::Array(items));
            }
            '%' => {
                for c in chars.by_ref() {
                    if c == '\n' || c == '\r' {
                        break;
                    }
                }
            }
            c if c.is_ascii_alphabetic() => {
                let mut w = c.to_string();
                while let Some(&n) = chars.peek() {
                    if n.is_ascii_alphanumeric() {
                        w.push(n);
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push(Tok::Word(w));
            }
            _ => {}
        }
    }
    out
}

fn code_of(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .take(4)
        .fold(0u32, |a, &b| (a << 8) | u32::from(b))
}

fn utf16_units(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks(2)
        .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
        .collect()
}

fn utf16(bytes: &[u8]) -> String {
    String::from_utf16_lossy(&utf16_units(bytes))
}

/// One placed glyph in page space.
#[derive(Debug, Clone)]
struct Glyph {
    x: f32,
    y: f32,
    width: f32,
    size: f32,
    text: String,
}

/// A font by its resource dictionary (address) and name.
type FontKey = (usize, Vec<u8>);

struct PageReader<'a, 'b> {
    doc: &'a Document,
    fonts: HashMap<FontKey, Font>,
    glyphs: Vec<Glyph>,
    budget: &'b mut Budget,
    unmapped: usize,
}

#[derive(Clone)]
struct GraphicsState {
    ctm: Matrix,
    font: Option<Vec<u8>>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    scale: f32,
    leading: f32,
    rise: f32,
}

fn num(o: &Object) -> f32 {
    o.as_float().ok().filter(|f| f.is_finite()).unwrap_or(0.0)
}

impl PageReader<'_, '_> {
    fn font(
        &mut self,
        resources: Option<&Dictionary>,
        name: &[u8],
    ) -> Result<Option<FontKey>, FormatError> {
        let key = (
            resources.map_or(0, |r| r as *const Dictionary as usize),
            name.to_vec(),
        );
        if self.fonts.contains_key(&key) {
            return Ok(Some(key));
        }
        let Some(res) = resources else {
            return Ok(None);
        };
        let dict = res
            .get(b"Font")
            .ok()
            .and_then(|f| self.doc.dereference(f).ok())
            .and_then(|(_, f)| f.as_dict().ok())
            .and_then(|fonts| fonts.get(name).ok())
            .and_then(|f| self.doc.dereference(f).ok())
            .and_then(|(_, f)| f.as_dict().ok());
        let Some(dict) = dict else { return Ok(None) };
        let font = Font::load(self.doc, dict, self.budget)?;
        self.fonts.insert(key.clone(), font);
        Ok(Some(key))
    }

    fn run(
        &mut self,
        content: &[u8],
        resources: Option<&Dictionary>,
        ctm: Matrix,
        depth: usize,
    ) -> Result<(), FormatError> {
        let mut gs = GraphicsState {
            ctm,
            font: None,
            size: 10.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        };
        let mut font_key: Option<FontKey> = None;
        let mut stack: Vec<(GraphicsState, Option<FontKey>)> = Vec::new();
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        for op in Content::decode_iter(content) {
            let Ok(op) = op else { break };
            if self.budget.operations == 0 {
                return Err(FormatError::TooComplex(F));
            }
            self.budget.operations -= 1;
            let a = &op.operands;
            let n = |i: usize| a.get(i).map_or(0.0, num);
            match op.operator.as_str() {
                "q" if stack.len() < 64 => stack.push((gs.clone(), font_key.clone())),
                "Q" => {
                    if let Some((g, f)) = stack.pop() {
                        gs = g;
                        font_key = f;
                    }
                }
                "cm" if a.len() == 6 => {
                    gs.ctm = mul(&[n(0), n(1), n(2), n(3), n(4), n(5)], &gs.ctm);
                }
                "BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                "Tf" if a.len() == 2 => {
                    let name = a[0].as_name().map(<[u8]>::to_vec).unwrap_or_default();
                    gs.font = Some(name.clone());
                    gs.size = n(1);
                    font_key = self.font(resources, &name)?;
                }
                "Tc" => gs.char_spacing = n(0),
                "Tw" => gs.word_spacing = n(0),
                "Tz" => gs.scale = n(0) / 100.0,
                "TL" => gs.leading = n(0),
                "Ts" => gs.rise = n(0),
                "Td" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, n(0), n(1)], &tlm);
                    tm = tlm;
                }
                "TD" => {
                    gs.leading = -n(1);
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, n(0), n(1)], &tlm);
                    tm = tlm;
                }
                "Tm" if a.len() == 6 => {
                    tlm = [n(0), n(1), n(2), n(3), n(4), n(5)];
                    tm = tlm;
                }
                "T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                }
                "Tj" | "'" | "\"" | "TJ" => {
                    if op.operator == "'" || op.operator == "\"" {
                        if op.operator == "\"" {
                            gs.word_spacing = n(0);
                            gs.char_spacing = n(1);
                        }
                        tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                        tm = tlm;
                    }
                    let Some(key) = &font_key else { continue };
                    let Some(font) = self.fonts.get(key).cloned() else {
                        continue;
                    };
                    let items: Vec<&Object> = match op.operator.as_str() {
                        "TJ" => a
                            .first()
                            .and_then(|o| o.as_array().ok())
                            .map(|v| v.iter().collect())
                            .unwrap_or_default(),
                        _ => a.last().into_iter().collect(),
                    };
                    for item in items {
                        match item {
                            Object::String(bytes, _) => {
                                self.show(&font, bytes, &gs, &mut tm)?;
                            }
                            other => {
                                let adj = num(other);
                                let tx = -adj / 1000.0 * gs.size * gs.scale;
                                tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                            }
                        }
                    }
                }
                "Do" if depth < MAX_FORM_DEPTH => {
                    let Some(name) = a.first().and_then(|o| o.as_name().ok()) else {
                        continue;
                    };
                    let form = resources
                        .and_then(|r| r.get(b"XObject").ok())
                        .and_then(|x| self.doc.dereference(x).ok())
                        .and_then(|(_, x)| x.as_dict().ok())
                        .and_then(|x| x.get(name).ok())
                        .and_then(|x| self.doc.dereference(x).ok())
                        .and_then(|(_, x)| x.as_stream().ok());
                    let Some(form) = form else { continue };
                    if form.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form") {
                        continue;
                    }
                    let matrix = match form.dict.get(b"Matrix") {
                        Ok(Object::Array(m)) if m.len() == 6 => [
                            num(&m[0]),
                            num(&m[1]),
                            num(&m[2]),
                            num(&m[3]),
                            num(&m[4]),
                            num(&m[5]),
                        ],
                        _ => IDENTITY,
                    };
                    let form_res = form
                        .dict
                        .get(b"Resources")
                        .ok()
                        .and_then(|r| self.doc.dereference(r).ok())
                        .and_then(|(_, r)| r.as_dict().ok())
                        .or(resources);
                    if let Some(bytes) = stream_bytes(form, self.budget)? {
                        self.run(&bytes, form_res, mul(&matrix, &gs.ctm), depth + 1)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn show(
        &mut self,
        font: &Font,
        bytes: &[u8],
        gs: &GraphicsState,
        tm: &mut Matrix,
    ) -> Result<(), FormatError> {
        for (code, text, w) in font.glyphs(bytes) {
            let trm = mul(
                &[gs.size * gs.scale, 0.0, 0.0, gs.size, 0.0, gs.rise],
                &mul(tm, &gs.ctm),
            );
            let size = (trm[2] * trm[2] + trm[3] * trm[3]).sqrt();
            let spacing = gs.char_spacing
                + if code == 32 && !font.two_byte {
                    gs.word_spacing
                } else {
                    0.0
                };
            let tx = (w / 1000.0 * gs.size + spacing) * gs.scale;
            let device_width = tx * (trm[0] / (gs.size * gs.scale).max(f32::EPSILON)).abs();
            match text {
                Some(t) => {
                    if self.budget.glyphs == 0 {
                        return Err(FormatError::TooComplex(F));
                    }
                    self.budget.glyphs -= 1;
                    if [trm[4], trm[5], size, device_width]
                        .iter()
                        .all(|v| v.is_finite())
                    {
                        self.glyphs.push(Glyph {
                            x: trm[4],
                            y: trm[5],
                            width: device_width.abs(),
                            size: size.max(1.0),
                            text: t,
                        });
                    }
                }
                None => self.unmapped += 1,
            }
            *tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], tm);
        }
        Ok(())
    }
}

/// A run of glyphs on one baseline without a wide gap.
#[derive(Debug, Clone)]
struct Segment {
    x0: f32,
    x1: f32,
    y: f32,
    size: f32,
    text: String,
}

/// Glyphs of a page into lines in reading order.
fn layout(mut glyphs: Vec<Glyph>, page_width: f32) -> Vec<String> {
    glyphs.retain(|g| !g.text.chars().all(|c| c.is_control()));
    if glyphs.is_empty() {
        return Vec::new();
    }
    glyphs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    // Rows: glyphs whose baselines are within 40% of the font size.
    let mut rows: Vec<Vec<Glyph>> = Vec::new();
    for g in glyphs {
        match rows.last_mut() {
            Some(row) if (row[0].y - g.y).abs() <= 0.4 * row[0].size.max(g.size) => row.push(g),
            _ => rows.push(vec![g]),
        }
    }
    // Segments: split rows at gaps wider than 1.5 font sizes.
    let mut seg_rows: Vec<Vec<Segment>> = Vec::new();
    for mut row in rows {
        row.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut segs: Vec<Segment> = Vec::new();
        for g in row {
            let gap_ok = segs
                .last()
                .is_some_and(|s| g.x - s.x1 <= 1.5 * s.size.max(g.size));
            if let (true, Some(s)) = (gap_ok, segs.last_mut()) {
                if g.x - s.x1 > 0.25 * s.size && !s.text.ends_with(' ') && !g.text.starts_with(' ')
                {
                    s.text.push(' ');
                }
                s.text.push_str(&g.text);
                s.x1 = s.x1.max(g.x + g.width);
            } else {
                segs.push(Segment {
                    x0: g.x,
                    x1: g.x + g.width,
                    y: g.y,
                    size: g.size,
                    text: g.text,
                });
            }
        }
        seg_rows.push(segs);
    }
    let gutter = find_gutter(&seg_rows, page_width);
    // Reading order: within a band between full-width rows, the left column then the right.
    let mut out_lines: Vec<(Vec<Segment>, u8)> = Vec::new();
    let mut left: Vec<Vec<Segment>> = Vec::new();
    let mut right: Vec<Vec<Segment>> = Vec::new();
    let flush = |left: &mut Vec<Vec<Segment>>,
                 right: &mut Vec<Vec<Segment>>,
                 out: &mut Vec<(Vec<Segment>, u8)>| {
        out.extend(left.drain(..).map(|l| (l, 1)));
        out.extend(right.drain(..).map(|r| (r, 2)));
    };
    for segs in seg_rows {
        match gutter {
            Some(gx) if !segs.iter().any(|s| s.x0 < gx && s.x1 > gx) => {
                let (l, r): (Vec<Segment>, Vec<Segment>) =
                    segs.into_iter().partition(|s| s.x1 <= gx);
                if !l.is_empty() {
                    left.push(l);
                }
                if !r.is_empty() {
                    right.push(r);
                }
            }
            Some(_) => {
                flush(&mut left, &mut right, &mut out_lines);
                out_lines.push((segs, 0));
            }
            None => out_lines.push((segs, 0)),
        }
    }
    flush(&mut left, &mut right, &mut out_lines);
    join_wrapped(out_lines)
}

/// A vertical band in the middle of the page that no segment crosses, with text on both
/// sides in at least a quarter of the rows: the gutter of a two-column layout.
fn find_gutter(rows: &[Vec<Segment>], width: f32) -> Option<f32> {
    let bins = width.clamp(10.0, 5000.0) as usize;
    let mut covered = vec![0usize; bins + 1];
    for segs in rows {
        for s in segs {
            if s.x1 - s.x0 > 0.6 * width {
                continue;
            }
            let a = s.x0.clamp(0.0, width) as usize;
            let b = s.x1.clamp(0.0, width) as usize;
            for c in covered.iter_mut().take(b.min(bins) + 1).skip(a) {
                *c += 1;
            }
        }
    }
    let lo = (bins as f32 * 0.3) as usize;
    let hi = (bins as f32 * 0.7) as usize;
    // The widest run of bins crossed by at most one segment (a stray full-width row).
    let mut best: Option<(usize, usize)> = None;
    let mut start = None;
    for (i, &c) in covered.iter().enumerate().take(hi + 1).skip(lo) {
        if c == 0 {
            start.get_or_insert(i);
        } else if let Some(s) = start.take()
            && best.is_none_or(|(a, b)| i - s > b - a)
        {
            best = Some((s, i));
        }
    }
    if let Some(s) = start
        && best.is_none_or(|(a, b)| hi + 1 - s > b - a)
    {
        best = Some((s, hi + 1));
    }
    let (a, b) = best?;
    if b - a < 8 {
        return None;
    }
    let gx = (a + b) as f32 / 2.0;
    let left = rows.iter().filter(|r| r.iter().any(|s| s.x1 <= gx)).count();
    let right = rows.iter().filter(|r| r.iter().any(|s| s.x0 >= gx)).count();
    // Columns of running text have lines that fill the column (wrapped paragraphs); a table
    // of short cells (期間 … 会社名) does not, and is read row by row instead.
    let min_x = rows.iter().flatten().map(|s| s.x0).fold(f32::MAX, f32::min);
    let max_x = rows.iter().flatten().map(|s| s.x1).fold(f32::MIN, f32::max);
    let full_left = rows
        .iter()
        .flatten()
        .filter(|s| s.x1 <= gx && s.x1 - s.x0 >= 0.6 * (gx - min_x))
        .count();
    let full_right = rows
        .iter()
        .flatten()
        .filter(|s| s.x0 >= gx && s.x1 - s.x0 >= 0.6 * (max_x - gx))
        .count();
    (left * 4 >= rows.len()
        && right * 4 >= rows.len()
        && left >= 3
        && right >= 3
        && full_left >= 2
        && full_right >= 2)
        .then_some(gx)
}

/// Starts that make a line a new item rather than the continuation of a wrapped one.
fn starts_item(s: &str) -> bool {
    let Some(c) = s.chars().next() else {
        return true;
    };
    matches!(
        c,
        '・' | '•'
            | '-'
            | '*'
            | '●'
            | '○'
            | '◎'
            | '◆'
            | '◇'
            | '■'
            | '□'
            | '▼'
            | '★'
            | '※'
            | '【'
            | '['
            | '('
            | '（'
            | '<'
            | '〈'
            | '|'
    ) || ('①'..='⑳').contains(&c)
        || ((c.is_ascii_digit() || ('０'..='９').contains(&c))
            && s.chars()
                .nth(1)
                .is_some_and(|d| matches!(d, '.' | ')' | '．' | '）')))
}

/// Lines of each column, joining a line that filled its column with the next one (a wrapped
/// paragraph), unless the next one starts a new item.
fn join_wrapped(lines: Vec<(Vec<Segment>, u8)>) -> Vec<String> {
    struct Line {
        text: String,
        col: u8,
        /// Where the text ends, its baseline and size.
        x1: f32,
        y: f32,
        size: f32,
        single: bool,
    }
    let mut prepared: Vec<Line> = Vec::new();
    for (segs, col) in lines {
        let parts: Vec<&Segment> = segs.iter().filter(|s| !s.text.trim().is_empty()).collect();
        let Some(first) = parts.first() else { continue };
        let last = parts[parts.len() - 1];
        // A bullet mark set apart by a tab (Word lists): 「・」 + text, one part.
        let lone_mark = parts.len() > 1 && is_lone_mark(parts[0].text.trim());
        let mut text = String::new();
        for (k, p) in parts.iter().enumerate() {
            if k > 0 && !(k == 1 && lone_mark) {
                text.push('\u{3000}');
            }
            text.push_str(p.text.trim());
        }
        let parts_after_mark = parts.len() - usize::from(lone_mark);
        // The column labels of a table (期間　業務内容) are not content.
        if parts.len() >= 2 && parts.iter().all(|p| crate::layout::is_label(p.text.trim())) {
            continue;
        }
        prepared.push(Line {
            text,
            col,
            x1: last.x1,
            y: first.y,
            size: first.size,
            single: parts_after_mark == 1,
        });
    }
    // The right edge of a block: a run of lines of one column, close together (a paragraph,
    // a list, a table column), measured on its single-part lines.
    let near = |a: &Line, b: &Line| {
        a.col == b.col && (a.y - b.y) > 0.0 && (a.y - b.y) < 2.0 * a.size.max(b.size)
    };
    let mut edges = vec![0.0f32; prepared.len()];
    let mut start = 0;
    for i in 0..=prepared.len() {
        if i == prepared.len() || (i > start && !near(&prepared[i - 1], &prepared[i])) {
            let edge = prepared[start..i]
                .iter()
                .filter(|l| l.single)
                .map(|l| l.x1)
                .fold(f32::MIN, f32::max);
            edges[start..i].iter_mut().for_each(|e| *e = edge);
            start = i;
        }
    }
    let mut out: Vec<String> = Vec::new();
    for (i, line) in prepared.iter().enumerate() {
        let continues = i > 0 && {
            let prev = &prepared[i - 1];
            near(prev, line)
                && prev.single
                && line.single
                && prev.x1 >= edges[i - 1] - 1.5 * prev.size
                // A line that happens to fill its column, then 「雇用形態：…」.
                && !crate::layout::is_meta(&line.text)
                && !starts_item(&line.text)
        };
        match out.last_mut() {
            Some(l) if continues => {
                // Latin words wrap at spaces; Japanese text and numbers wrap anywhere.
                let ascii_edge = l.chars().last().is_some_and(|c| c.is_ascii_alphabetic())
                    && line
                        .text
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphabetic());
                if ascii_edge {
                    l.push(' ');
                }
                l.push_str(&line.text);
            }
            _ => out.push(line.text.clone()),
        }
    }
    out
}

fn is_lone_mark(s: &str) -> bool {
    let mut chars = s.chars();
    let first = chars.next();
    let rest = chars.as_str();
    match first {
        Some('・' | '•' | '●' | '○' | '◆' | '◇' | '■' | '□' | '-' | '*' | '※' | '▪' | '✓') => {
            rest.is_empty()
        }
        Some(c) if ('①'..='⑳').contains(&c) => rest.is_empty(),
        Some(c) if c.is_ascii_digit() => {
            let digits = s.trim_end_matches(['.', ')', '．']);
            digits.len() < s.len() && digits.chars().all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// A running header or footer repeated on every page ("2026年11月21日現在　氏名…"), or a bare
/// page number ("1", "- 2 -", "3 / 4", "2ページ").
fn is_page_furniture(line: &str, first_page: &[String]) -> bool {
    let t = line.trim().trim_matches(['-', '‐', '―', ' ', '　']);
    let page_number = !t.is_empty()
        && t.trim_end_matches("ページ")
            .split('/')
            .all(|p| !p.trim().is_empty() && p.trim().chars().all(|c| c.is_ascii_digit()));
    let shape = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect()
    };
    page_number
        || first_page
            .iter()
            .take(2)
            .chain(first_page.iter().rev().take(2))
            .any(|f| shape(f) == shape(line) && line.chars().count() >= 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_headers_and_page_numbers_are_furniture() {
        let first = vec![
            "2026年11月21日現在　氏名：佐藤 美咲".to_string(),
            "職務経歴書".to_string(),
            "1 / 2".to_string(),
        ];
        assert!(is_page_furniture(
            "2026年11月21日現在　氏名：佐藤 美咲",
            &first
        ));
        assert!(is_page_furniture("2 / 2", &first));
        assert!(is_page_furniture("- 3 -", &[]));
        assert!(is_page_furniture("2ページ", &[]));
        assert!(!is_page_furniture("・日商簿記2級", &first));
        assert!(!is_page_furniture("2017年4月〜現在", &[]));
    }

    #[test]
    fn bullet_marks_and_item_starts() {
        assert!(is_lone_mark("・") && is_lone_mark("①") && is_lone_mark("1."));
        assert!(!is_lone_mark("・受注") && !is_lone_mark("12"));
        assert!(starts_item("・受注") && starts_item("1. 受注") && starts_item("【実績】"));
        assert!(!starts_item("2件に減らした。"));
    }

    #[test]
    fn cmaps_give_unicode_for_codes_and_ranges() {
        let mut font = Font {
            two_byte: false,
            to_unicode: HashMap::new(),
            fallback: Fallback::None,
            widths: HashMap::new(),
            default_width: 1000.0,
        };
        let cmap = b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
            2 beginbfchar <0001> <8077> <0002> <52D9> endbfchar\n\
            1 beginbfrange <0010> <0012> <3042> endbfrange\n\
            1 beginbfrange <0020> <0021> [<5E74> <6708>] endbfrange\n";
        parse_cmap(cmap, &mut font);
        assert!(font.two_byte);
        let text: String = font
            .glyphs(&[0, 1, 0, 2, 0, 0x10, 0, 0x12, 0, 0x20, 0, 0x21])
            .into_iter()
            .filter_map(|(_, t, _)| t)
            .collect();
        assert_eq!(text, "職務あい年月");
    }
}
