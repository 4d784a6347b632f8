//! Inline Markdown read as Markdown: the prose a writing rule sees in a line or paragraph, with
//! a source map back to the user's characters.
//!
//! Block structure (headings, bullets, 【label】, tables) stays the résumé-aware parser's job;
//! this module only reads what is inside one block, with a CommonMark parser (pulldown-cmark):
//! - link and emphasis text is kept, their markers and the link's URL are dropped;
//! - a code span becomes an opaque token (one placeholder letter per character of its content,
//!   as textlint does: it counts in a sentence's length and reads as a noun, but its words are
//!   never checked);
//! - images, HTML tags, `>` quote markers and bare URLs (`https://…`) are dropped.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// The letter a code span's characters become: an unknown alphabetic word to the tokenizer.
const CODE_PLACEHOLDER: char = 'X';

/// Prose and, for each of its bytes, the byte range of the source character it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prose {
    pub text: String,
    /// Per byte of `text`: start of the source character.
    starts: Vec<u32>,
    /// Per byte of `text`: end of the source character (or of the source run it stands for).
    ends: Vec<u32>,
    /// Set when `text` is its own source starting at this offset (no markup: the usual line);
    /// the per-byte maps are then empty.
    identity: Option<usize>,
}

/// Bytes that can start inline syntax (besides a URL's `://`).
fn may_have_markup(src: &str) -> bool {
    src.bytes().any(|b| {
        matches!(
            b,
            b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'!' | b'\\' | b'&' | b'~'
        )
    }) || src.contains("://")
}

impl Prose {
    /// The prose of one line or paragraph of Markdown `src`. Offsets of the map are bytes of
    /// `src`.
    pub fn parse(src: &str) -> Prose {
        let mut p = Prose::default();
        if !may_have_markup(src) {
            p.text = src.to_string();
            p.identity = Some(0);
            return p;
        }
        let mut in_image = 0usize;
        let mut in_autolink = 0usize;
        let parser = Parser::new_ext(src, Options::ENABLE_STRIKETHROUGH).into_offset_iter();
        for (event, range) in parser {
            match event {
                Event::Start(Tag::Image { .. }) => in_image += 1,
                Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
                Event::Start(Tag::Link {
                    link_type: LinkType::Autolink | LinkType::Email,
                    ..
                }) => in_autolink += 1,
                Event::End(TagEnd::Link) if in_autolink > 0 => in_autolink -= 1,
                _ if in_image > 0 || in_autolink > 0 => {}
                Event::Text(t) => p.push_text(src, &t, range),
                Event::Code(code) => {
                    let n = code.chars().count().max(1);
                    p.push_opaque(src, range, n);
                }
                Event::SoftBreak | Event::HardBreak => {
                    p.push_run("\n", range.start, range.end);
                }
                // Markers (emphasis, links, quotes, lists), HTML and rules carry no prose.
                _ => {}
            }
        }
        p
    }

    /// A source map for text that is its own source (`src` starts at `offset`).
    fn push_same(&mut self, src: &str, offset: usize) {
        for (i, c) in src.char_indices() {
            let (s, e) = (offset + i, offset + i + c.len_utf8());
            for _ in 0..c.len_utf8() {
                self.starts.push(s as u32);
                self.ends.push(e as u32);
            }
        }
        self.text.push_str(src);
    }

    /// `text` standing for the whole source run `start..end`.
    fn push_run(&mut self, text: &str, start: usize, end: usize) {
        for _ in 0..text.len() {
            self.starts.push(start as u32);
            self.ends.push(end as u32);
        }
        self.text.push_str(text);
    }

    /// A text event: mapped character by character when the source reads the same (the usual
    /// case), else as one run (escapes, entities). Bare URLs are dropped.
    fn push_text(&mut self, src: &str, text: &str, range: Range<usize>) {
        let same = src.get(range.clone()) == Some(text);
        let mut rest = text;
        let mut at = 0;
        while let Some(found) = find_url(rest) {
            self.push_piece(text, at..at + found.start, &range, same);
            at += found.end;
            rest = &text[at..];
        }
        self.push_piece(text, at..text.len(), &range, same);
    }

    fn push_piece(&mut self, text: &str, piece: Range<usize>, range: &Range<usize>, same: bool) {
        if piece.is_empty() {
            return;
        }
        if same {
            self.push_same(&text[piece.clone()], range.start + piece.start);
        } else {
            self.push_run(&text[piece], range.start, range.end);
        }
    }

    /// A code span: `n` placeholder letters over the span's source.
    fn push_opaque(&mut self, src: &str, range: Range<usize>, n: usize) {
        // Map the placeholders onto the span's characters as far as they go.
        let chars: Vec<(usize, char)> = src[range.clone()].char_indices().collect();
        for k in 0..n {
            let (s, e) = match chars.get(k + 1) {
                Some(&(i, c)) if k + 1 < chars.len() - 1 => {
                    (range.start + i, range.start + i + c.len_utf8())
                }
                _ => (range.start, range.end),
            };
            self.starts.push(s as u32);
            self.ends.push(e as u32);
            self.text.push(CODE_PLACEHOLDER);
        }
    }

    /// Appends another prose (of a later source run) after a separator that stands for the
    /// source run `sep_source` (a line break joining two lines of a paragraph).
    pub fn append(&mut self, sep: &str, sep_source: Range<usize>, other: &Prose) {
        self.materialize();
        let mut other = other.clone();
        other.materialize();
        self.push_run(sep, sep_source.start, sep_source.end);
        self.text.push_str(&other.text);
        self.starts.extend_from_slice(&other.starts);
        self.ends.extend_from_slice(&other.ends);
    }

    /// Turns an identity prose into one with per-byte maps.
    fn materialize(&mut self) {
        if let Some(base) = self.identity.take() {
            let text = std::mem::take(&mut self.text);
            self.push_same(&text, base);
        }
    }

    /// Shifts every source offset by `by` (when `src` was a slice starting at `by`).
    pub fn offset(mut self, by: usize) -> Prose {
        if let Some(base) = &mut self.identity {
            *base += by;
            return self;
        }
        for s in self.starts.iter_mut().chain(self.ends.iter_mut()) {
            *s += by as u32;
        }
        self
    }

    /// The source range of a range of the prose (bytes). An empty range maps to an empty range
    /// at the source of its position.
    pub fn to_source(&self, r: Range<usize>) -> Range<usize> {
        if let Some(base) = self.identity {
            let end = r.end.min(self.text.len());
            let start = r.start.min(end);
            return base + start..base + end;
        }
        if self.starts.is_empty() {
            return 0..0;
        }
        let at = |i: usize| self.starts[i.min(self.starts.len() - 1)] as usize;
        if r.is_empty() {
            let s = if r.start >= self.starts.len() {
                self.ends[self.ends.len() - 1] as usize
            } else {
                at(r.start)
            };
            return s..s;
        }
        let start = at(r.start);
        let end = self.ends[(r.end - 1).min(self.ends.len() - 1)] as usize;
        start..end.max(start)
    }
}

/// The first bare URL in `s` (http, https or www.), up to the next space or full-width
/// character.
fn find_url(s: &str) -> Option<Range<usize>> {
    let start = ["https://", "http://"]
        .iter()
        .filter_map(|p| s.find(p))
        .min()?;
    let len = s[start..]
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() || !c.is_ascii() || matches!(c, ')' | '>' | '"'))
        .map_or(s.len() - start, |(i, _)| i);
    Some(start..start + len)
}

/// Whether a line starts with inline Markdown that is not a 【label】: a link `[text](url)`,
/// `[text][ref]`, an image `![…`, an autolink `<https://…>` or an HTML tag `<a …>`.
pub fn starts_with_markup(line: &str) -> bool {
    if line.starts_with("![") {
        return true;
    }
    if let Some(rest) = line.strip_prefix('[')
        && let Some(end) = rest.find(']')
    {
        return matches!(rest[end + 1..].chars().next(), Some('(' | '['));
    }
    if let Some(rest) = line.strip_prefix('<') {
        return rest.starts_with("http://")
            || rest.starts_with("https://")
            || rest
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
    }
    false
}

/// Whether a line is a single link (or image) and nothing else: `[title](url)`.
pub fn is_single_link(line: &str) -> bool {
    let t = line.trim();
    if !(t.starts_with('[') || t.starts_with("![")) || !t.ends_with(')') {
        return false;
    }
    let mut depth = 0usize;
    let mut links = 0usize;
    for event in Parser::new(t) {
        match event {
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => {
                if depth == 0 {
                    links += 1;
                }
                depth += 1;
            }
            Event::End(TagEnd::Link | TagEnd::Image) => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            _ => return false,
        }
    }
    links == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn back(src: &str, p: &Prose, needle: &str) -> String {
        let at = p.text.find(needle).expect("needle in prose");
        src[p.to_source(at..at + needle.len())].to_string()
    }

    #[test]
    fn plain_text_is_its_own_source() {
        let src = "受注入力を担当。";
        let p = Prose::parse(src);
        assert_eq!(p.text, src);
        assert_eq!(p.to_source(3..6), 3..6);
    }

    #[test]
    fn links_keep_their_text_and_drop_the_url() {
        let src = "成果物は[ポートフォリオ](https://example.com/a)にまとめた。";
        let p = Prose::parse(src);
        assert_eq!(p.text, "成果物はポートフォリオにまとめた。");
        assert_eq!(back(src, &p, "ポートフォリオ"), "ポートフォリオ");
        assert_eq!(back(src, &p, "にまとめた"), "にまとめた");
    }

    #[test]
    fn emphasis_html_images_and_urls_are_not_prose() {
        let p = Prose::parse("**強調**と<b>太字</b>と![図](a.png)とhttps://x.example/y です");
        assert_eq!(p.text, "強調と太字とと です");
        let p = Prose::parse("> 引用の行です。");
        assert_eq!(p.text, "引用の行です。");
        let p = Prose::parse("<https://example.com>を参照");
        assert_eq!(p.text, "を参照");
    }

    #[test]
    fn code_spans_are_opaque_tokens_over_their_source() {
        let src = "Aである`code`です。";
        let p = Prose::parse(src);
        assert_eq!(p.text, "AであるXXXXです。");
        let at = p.text.find('X').unwrap();
        assert_eq!(&src[p.to_source(at..at + 4)], "code");
        let p = Prose::parse("`することができる`という表現");
        assert!(!p.text.contains("すること"), "{}", p.text);
    }

    #[test]
    fn escapes_map_to_their_source_run() {
        let src = "売上\\*前年比";
        let p = Prose::parse(src);
        assert_eq!(p.text, "売上*前年比");
        let r = p.to_source(6..7);
        assert!(src[r].contains('*'));
    }

    #[test]
    fn single_link_lines() {
        assert!(is_single_link("[ポートフォリオ](https://example.com)"));
        assert!(!is_single_link(
            "[ポートフォリオ](https://example.com)で公開"
        ));
        assert!(!is_single_link("成果は[こちら](https://example.com)"));
    }

    #[test]
    fn link_lines_are_markup_not_labels() {
        assert!(starts_with_markup("[GitHub](https://github.com/x)で公開"));
        assert!(starts_with_markup("<a href=\"x\">リンク</a>"));
        assert!(!starts_with_markup("[実績] 売上を伸ばした"));
        assert!(!starts_with_markup("【実績】売上を伸ばした"));
        assert!(!starts_with_markup("<職務経歴>"));
    }
}
