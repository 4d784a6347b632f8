//! Width and compatibility normalization (NFKC per character) with a map back to the source.
//!
//! Rules work on the normalized text (half-width ASCII digits and letters, full-width kana,
//! one line ending); every span they report is mapped back to the user's own characters.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

/// A normalized copy of a source text and the map between the two.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub text: String,
    /// One entry per non-empty normalization unit: (normalized start, source start, source end).
    units: Vec<(u32, u32, u32)>,
    source_len: usize,
}

const HALFWIDTH_VOICED: char = '\u{FF9E}';
const HALFWIDTH_SEMI_VOICED: char = '\u{FF9F}';

fn is_removed(c: char) -> bool {
    // BOM / zero-width characters that only confuse matching; they carry no text.
    matches!(
        c,
        '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}'
    )
}

impl Normalized {
    pub fn new(source: &str) -> Self {
        let mut text = String::with_capacity(source.len());
        let mut units = Vec::with_capacity(source.len() / 2);
        let mut chars = source.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            let mut end = start + c.len_utf8();
            let norm_start = text.len();
            if c.is_ascii() {
                if c == '\r' {
                    if let Some(&(i, '\n')) = chars.peek() {
                        chars.next();
                        end = i + 1;
                    }
                    text.push('\n');
                } else {
                    text.push(c);
                }
            } else if matches!(c, '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | '\u{4E00}'..='\u{9FFF}' | '、' | '。' | '「' | '」' | 'ー')
                && chars
                    .peek()
                    .is_none_or(|&(_, m)| m != HALFWIDTH_VOICED && m != HALFWIDTH_SEMI_VOICED)
            {
                // Kana, kanji and Japanese punctuation are unchanged by NFKC: the common case.
                text.push(c);
            } else if is_removed(c) {
                continue;
            } else if ('\u{2460}'..='\u{24FF}').contains(&c) {
                // Circled numbers (①②) are list markers in Japanese documents; NFKC would turn
                // them into plain digits that read as quantities.
                text.push(c);
            } else if c == '\u{FF5E}' || c == '\u{301C}' {
                // 全角チルダ and 波ダッシュ are the same range mark in Japanese documents.
                text.push('〜');
            } else if let Some(&(i, m)) = chars
                .peek()
                .filter(|(_, m)| *m == HALFWIDTH_VOICED || *m == HALFWIDTH_SEMI_VOICED)
            {
                chars.next();
                end = i + m.len_utf8();
                text.extend([c, m].into_iter().nfkc());
            } else {
                text.extend(std::iter::once(c).nfkc());
            }
            if text.len() > norm_start {
                units.push((norm_start as u32, start as u32, end as u32));
            }
        }
        Normalized {
            text,
            units,
            source_len: source.len(),
        }
    }

    fn unit_at(&self, norm: usize) -> Option<&(u32, u32, u32)> {
        let i = self.units.partition_point(|u| u.0 as usize <= norm);
        i.checked_sub(1).map(|i| &self.units[i])
    }

    /// Source byte offset where the character at normalized offset `norm` starts.
    pub fn source_start(&self, norm: usize) -> usize {
        if norm >= self.text.len() {
            return self.source_len;
        }
        self.unit_at(norm).map_or(0, |u| u.1 as usize)
    }

    /// Source byte offset just after the character that ends at normalized offset `norm`.
    pub fn source_end(&self, norm: usize) -> usize {
        if norm == 0 {
            return self.units.first().map_or(0, |u| u.1 as usize);
        }
        self.unit_at(norm - 1).map_or(0, |u| u.2 as usize)
    }

    /// Maps a normalized byte range to the smallest source byte range covering it.
    pub fn source_range(&self, r: Range<usize>) -> Range<usize> {
        if r.is_empty() {
            let s = self.source_start(r.start);
            return s..s;
        }
        self.source_start(r.start)..self.source_end(r.end)
    }
}

/// Line and character-column lookup over a source text (1-based, columns in characters).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// (byte offset, characters before it) at the first character start of every
    /// [`CHECKPOINT_BYTES`] of the source: a column on a long line is counted from the nearest
    /// checkpoint instead of from the line start, so many columns on one long line cost linear
    /// time, not quadratic.
    checkpoints: Vec<(usize, usize)>,
}

/// Distance between two character-count checkpoints of a [`LineIndex`].
const CHECKPOINT_BYTES: usize = 1024;

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        let bytes = source.as_bytes();
        let mut checkpoints = Vec::new();
        let mut next_checkpoint = CHECKPOINT_BYTES;
        let mut chars = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if b & 0xC0 != 0x80 {
                // A character starts here.
                if i >= next_checkpoint {
                    checkpoints.push((i, chars));
                    next_checkpoint = i + CHECKPOINT_BYTES;
                }
                chars += 1;
            }
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        }
        LineIndex {
            starts,
            checkpoints,
        }
    }

    /// (line, column), both 1-based, the column counted in characters.
    pub fn position(&self, source: &str, byte: usize) -> (usize, usize) {
        let byte = byte.min(source.len());
        let line = self.starts.partition_point(|&s| s <= byte) - 1;
        let start = self.starts[line];
        let col = if byte - start <= CHECKPOINT_BYTES {
            source.get(start..byte).map_or(0, |s| s.chars().count())
        } else {
            self.chars_before(source, byte) - self.chars_before(source, start)
        };
        (line + 1, col + 1)
    }

    /// Characters of `source` before byte offset `byte` (a character boundary), counted from
    /// the nearest checkpoint.
    fn chars_before(&self, source: &str, byte: usize) -> usize {
        let k = self.checkpoints.partition_point(|&(b, _)| b <= byte);
        let (from, before) = k.checked_sub(1).map_or((0, 0), |k| self.checkpoints[k]);
        before + source.get(from..byte).map_or(0, |s| s.chars().count())
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte range of a 1-based line, without its line ending.
    pub fn line_range(&self, source: &str, line: usize) -> Range<usize> {
        let start = self.starts[line - 1];
        let end = self.starts.get(line).copied().unwrap_or(source.len());
        let text = &source[start..end];
        let trimmed = text.trim_end_matches(['\n', '\r']);
        start..start + trimmed.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folds_width() {
        let n = Normalized::new("ＡＢＣ１２３％　ｶﾞｷﾞ㈱～");
        assert_eq!(n.text, "ABC123% ガギ(株)〜");
    }

    #[test]
    fn maps_back_to_source() {
        let src = "売上を１２０％に";
        let n = Normalized::new(src);
        let i = n.text.find("120%").unwrap();
        let r = n.source_range(i..i + 4);
        assert_eq!(&src[r], "１２０％");
    }

    #[test]
    fn expansion_maps_to_whole_source_char() {
        let src = "㈱テスト";
        let n = Normalized::new(src);
        // "(株" is a partial span of the expansion of ㈱: it maps to the whole ㈱.
        assert_eq!(&src[n.source_range(0..4)], "㈱");
    }

    #[test]
    fn crlf_and_bom() {
        let src = "\u{FEFF}一行目\r\n二行目\r三行目";
        let n = Normalized::new(src);
        assert_eq!(n.text, "一行目\n二行目\n三行目");
        let i = n.text.find("二").unwrap();
        assert_eq!(&src[n.source_range(i..i + 3)], "二");
    }

    #[test]
    fn line_index_counts_characters() {
        let src = "ab\n日本語テキスト\r\nx";
        let idx = LineIndex::new(src);
        let byte = src.find("テ").unwrap();
        assert_eq!(idx.position(src, byte), (2, 4));
        assert_eq!(idx.line_count(), 3);
        assert_eq!(&src[idx.line_range(src, 2)], "日本語テキスト");
    }

    #[test]
    fn columns_on_a_long_line_count_characters() {
        // Past the checkpoint distance, on the first line and after a line break.
        let long = "あa😀".repeat(700);
        let src = format!("{long}\n{long}x");
        let idx = LineIndex::new(&src);
        for line_start in [0, long.len() + 1] {
            for chars in [0, 5, 700, 1500, 2100] {
                let byte = line_start
                    + src[line_start..]
                        .char_indices()
                        .nth(chars)
                        .map_or(src.len() - line_start, |(i, _)| i);
                let line = if line_start == 0 { 1 } else { 2 };
                assert_eq!(
                    idx.position(&src, byte),
                    (line, chars + 1),
                    "{line}:{chars}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn every_mapped_span_is_on_char_boundaries(s in "[ -~ぁ-んァ-ヶ一-龠０-９Ａ-Ｚｦ-ﾟ　、。㈱①～\r\n]{0,60}", a in 0usize..200, b in 0usize..200) {
            let n = Normalized::new(&s);
            let len = n.text.len();
            let (mut a, mut b) = (a.min(len), b.min(len));
            if a > b { std::mem::swap(&mut a, &mut b); }
            while !n.text.is_char_boundary(a) { a -= 1; }
            while !n.text.is_char_boundary(b) { b += 1; }
            let r = n.source_range(a..b);
            prop_assert!(r.start <= r.end && r.end <= s.len());
            prop_assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
            // Round trip: normalizing the mapped source text gives back (at least) the span.
            let back = Normalized::new(&s[r.clone()]).text;
            prop_assert!(back.contains(&n.text[a..b]) || n.text[a..b].chars().all(|c| c == '\n'),
                "span {:?} -> {:?} -> {:?}", &n.text[a..b], &s[r], back);
        }

        #[test]
        fn each_character_maps_back_in_order(s in "[ -~ぁ-んァ-ヶ一-龠０-９Ａ-Ｚｦ-ﾟ　、。㈱①～〜\u{FEFF}\r\n]{0,60}") {
            let n = Normalized::new(&s);
            let mut last_end = 0;
            for (i, c) in n.text.char_indices() {
                let r = n.source_range(i..i + c.len_utf8());
                // Source order is kept, and a character never maps before the previous one.
                prop_assert!(r.start >= last_end || r.end == last_end, "{c:?} at {i}: {r:?} after {last_end}");
                prop_assert!(r.start < r.end && r.end <= s.len());
                // The source characters normalize to text containing this character.
                let back = Normalized::new(&s[r.clone()]).text;
                prop_assert!(back.contains(c), "{c:?} <- {:?}", &s[r.clone()]);
                last_end = r.end;
            }
            // The whole normalized text maps to the whole source, less removed characters.
            let all = n.source_range(0..n.text.len());
            let removed = |t: &str| t.chars().all(|c| c == '\u{FEFF}');
            prop_assert!(removed(&s[..all.start]), "{:?}", &s[..all.start]);
            prop_assert!(removed(&s[all.end..]), "{:?}", &s[all.end..]);
        }
    }
}
