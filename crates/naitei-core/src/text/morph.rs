//! Morphological analysis with vibrato and the IPADIC dictionary embedded at build time.
//!
//! The dictionary is deserialised once per process (about 50 ms) and shared by all threads;
//! each call creates a cheap worker.

use std::ops::Range;
use std::sync::LazyLock;

use std::cell::RefCell;

use smol_str::SmolStr;

use vibrato::tokenizer::worker::Worker;
use vibrato::{Dictionary, Tokenizer};

static DICT_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ipadic.dic"));

/// Tables of the part-of-speech ids used in the compact features (see build.rs).
mod tables {
    include!(concat!(env!("OUT_DIR"), "/pos_tables.rs"));
}

static TOKENIZER: LazyLock<Tokenizer> = LazyLock::new(|| {
    // The bytes were produced by our own build script from the same vibrato version, so a
    // failure here is a build defect, not a user error.
    let dict = Dictionary::read(DICT_BYTES).expect("embedded IPADIC dictionary is valid");
    // Unknown katakana/alphabet/number runs are grouped up to 24 characters (vibrato's
    // recommended setting): longer runs are cut, which bounds the lattice on pasted noise
    // (URLs, long IDs) without changing ordinary words.
    Tokenizer::new(dict).max_grouping_len(24)
});

thread_local! {
    /// One worker per thread: its lattice buffers are reused from line to line.
    static WORKER: RefCell<Worker<'static>> = RefCell::new(TOKENIZER.new_worker());
}

/// Loads the dictionary now (otherwise it loads on first use).
pub fn warm_up() {
    LazyLock::force(&TOKENIZER);
}

/// Coarse part of speech (IPADIC's first column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Pos {
    Noun,
    Verb,
    Adjective,
    Adverb,
    Particle,
    Auxiliary,
    Prefix,
    Symbol,
    Conjunction,
    Adnominal,
    Other,
}

/// One morpheme. `range` is in bytes of the text that was analysed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Morpheme {
    pub range: Range<usize>,
    /// Inline for words of up to 23 bytes: most morphemes cost no allocation.
    pub surface: SmolStr,
    pub pos: Pos,
    /// IPADIC 品詞細分類1 (e.g. サ変接続, 数, 接尾, 格助詞, 自立).
    pub pos1: &'static str,
    /// IPADIC 品詞細分類2 (e.g. 助数詞).
    pub pos2: &'static str,
    /// 活用型 (e.g. サ変・スル, 一段).
    pub conj_type: &'static str,
    /// 活用形 (e.g. 連用形, 基本形).
    pub conj_form: &'static str,
    /// 原形; the surface when the dictionary has none (unknown words).
    pub base: SmolStr,
}

impl Morpheme {
    pub fn is(&self, pos: Pos, pos1: &str) -> bool {
        self.pos == pos && self.pos1 == pos1
    }
    /// A サ変 noun (作成, 導入, 短縮) that can take する.
    pub fn is_sahen_noun(&self) -> bool {
        self.pos == Pos::Noun && self.pos1 == "サ変接続"
    }
    pub fn is_number(&self) -> bool {
        self.pos == Pos::Noun && self.pos1 == "数"
    }
}

fn pos_of(tag: &str) -> Pos {
    match tag {
        "名詞" => Pos::Noun,
        "動詞" => Pos::Verb,
        "形容詞" => Pos::Adjective,
        "副詞" => Pos::Adverb,
        "助詞" => Pos::Particle,
        "助動詞" => Pos::Auxiliary,
        "接頭詞" => Pos::Prefix,
        "記号" => Pos::Symbol,
        "接続詞" => Pos::Conjunction,
        "連体詞" => Pos::Adnominal,
        _ => Pos::Other,
    }
}

/// Analyses `text` into morphemes whose ranges are byte offsets into `text`.
pub fn analyze(text: &str) -> Vec<Morpheme> {
    if text.is_empty() {
        return Vec::new();
    }
    WORKER.with_borrow_mut(|worker| {
        if text.len() <= WORKER_KEEP_BYTES {
            return analyze_with(worker, text);
        }
        // A long text is tokenized a piece at a time, each piece ending after a sentence end
        // (or a line break): the lattice of one piece stays small, so a 1 MB line costs what
        // its sentences cost one by one. No word spans 。 or a line break, so the pieces
        // give the morphemes of the whole.
        let mut out = Vec::new();
        let mut start = 0;
        while start < text.len() {
            let end = piece_end(text, start);
            let offset = start;
            out.extend(
                analyze_with(worker, &text[start..end])
                    .into_iter()
                    .map(|mut m| {
                        m.range = m.range.start + offset..m.range.end + offset;
                        m
                    }),
            );
            start = end;
        }
        *worker = TOKENIZER.new_worker();
        out
    })
}

/// The end (exclusive) of the piece of `text` that starts at `start`: right after the last
/// sentence end (。！？!? or a line break) within [`WORKER_KEEP_BYTES`], else after the last
/// 読点 or space there, else at the first sentence end after it (a sentence is never cut in a
/// word), else the end of the text.
fn piece_end(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    if rest.len() <= WORKER_KEEP_BYTES {
        return text.len();
    }
    let mut window = WORKER_KEEP_BYTES;
    while !rest.is_char_boundary(window) {
        window -= 1;
    }
    let head = &rest[..window];
    let after = |i: usize, c: char| start + i + c.len_utf8();
    let last_of = |set: &[char]| {
        head.char_indices()
            .rev()
            .find(|&(_, c)| set.contains(&c))
            .map(|(i, c)| after(i, c))
    };
    const ENDS: &[char] = &['。', '！', '？', '!', '?', '\n'];
    last_of(ENDS)
        .or_else(|| last_of(&['、', '，', ' ', '　']))
        .or_else(|| {
            rest.char_indices()
                .find(|&(_, c)| ENDS.contains(&c))
                .map(|(i, c)| after(i, c))
        })
        .unwrap_or(text.len())
}

/// After a text longer than this (bytes) the thread's worker is replaced by a fresh one:
/// vibrato's lattice keeps a slot per character of the longest text it has seen and clears
/// every slot before each new text, so one long text (a whole answer analysed at once) would
/// make every later line cost as much as that text — quadratic over a document's lines.
const WORKER_KEEP_BYTES: usize = 16 * 1024;

/// Splits a compact feature `POSID,CTID,CFID,BASE` (build.rs) into its three ids and the base
/// form. A column that is not a number reads as 0 (the fallback row of each table); the base
/// is empty when the feature has fewer than four columns. Hand-written because `split` +
/// `parse` cost a fifth of the tokenizer's own time per morpheme.
fn split_feature(feature: &str) -> ([usize; 3], &str) {
    let mut ids = [0usize; 3];
    let mut rest = feature;
    for id in &mut ids {
        // A byte scan: the columns are a few ASCII digits (`find` builds a char searcher).
        let (col, tail) = match rest.bytes().position(|b| b == b',') {
            Some(at) => (&rest[..at], Some(&rest[at + 1..])),
            None => (rest, None),
        };
        let digits = !col.is_empty() && col.len() < 8 && col.bytes().all(|b| b.is_ascii_digit());
        *id = if digits {
            col.bytes().fold(0, |n, b| n * 10 + usize::from(b - b'0'))
        } else {
            0
        };
        match tail {
            Some(t) => rest = t,
            None => return (ids, ""),
        }
    }
    (ids, rest)
}

fn analyze_with(worker: &mut Worker<'static>, text: &str) -> Vec<Morpheme> {
    worker.reset_sentence(text);
    worker.tokenize();
    let mut out = Vec::with_capacity(worker.num_tokens());
    for i in 0..worker.num_tokens() {
        let token = worker.token(i);
        let ([pos_id, ct_id, cf_id], base) = split_feature(token.feature());
        let [pos, pos1, pos2, _pos3] = tables::POS
            .get(pos_id)
            .copied()
            .unwrap_or(["記号", "一般", "*", "*"]);
        let conj_type = tables::CONJ_TYPE.get(ct_id).copied().unwrap_or("*");
        let conj_form = tables::CONJ_FORM.get(cf_id).copied().unwrap_or("*");
        let surface = SmolStr::new(token.surface());
        let base = if base.is_empty() {
            surface.clone()
        } else {
            SmolStr::new(base)
        };
        let pos = pos_of(pos);
        out.push(Morpheme {
            range: token.range_byte(),
            surface,
            pos,
            pos1,
            pos2,
            conj_type,
            conj_form,
            base,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_gives_the_morphemes_of_its_sentences() {
        let sentence = "受注処理の手順を見直し、入力ミスを月10件から2件に減らした。";
        let long = sentence.repeat(2_000);
        assert!(long.len() > 4 * WORKER_KEEP_BYTES);
        let whole = analyze(&long);
        let one = analyze(sentence);
        assert_eq!(whole.len(), one.len() * 2_000);
        for (k, m) in whole.iter().enumerate() {
            let o = &one[k % one.len()];
            let shift = (k / one.len()) * sentence.len();
            assert_eq!((m.surface.as_str(), m.pos1), (o.surface.as_str(), o.pos1));
            assert_eq!(m.range, o.range.start + shift..o.range.end + shift);
            assert_eq!(&long[m.range.clone()], m.surface.as_str());
        }
        // No sentence end in a long run: cut after a 読点, every byte still covered.
        let run = "あいうえお、".repeat(6_000);
        let ms = analyze(&run);
        assert_eq!(ms.first().unwrap().range.start, 0);
        assert_eq!(ms.last().unwrap().range.end, run.len());
        assert!(ms.windows(2).all(|w| w[0].range.end == w[1].range.start));
    }

    #[test]
    fn sahen_verb_is_noun_plus_suru() {
        let m = analyze("テンプレートを整備し、時間を短縮した。");
        let seibi = m.iter().find(|m| m.surface == "整備").unwrap();
        assert!(seibi.is_sahen_noun());
        let shi: Vec<_> = m.iter().filter(|m| m.base == "する").collect();
        assert_eq!(shi.len(), 2);
        assert_eq!(
            &"テンプレートを整備し、時間を短縮した。"[seibi.range.clone()],
            "整備"
        );
    }

    #[test]
    fn ranges_cover_text_in_order() {
        let text = "ｶﾞ全角ＡＢＣと半角abc、漢数字三割。";
        let m = analyze(text);
        let mut pos = 0;
        for t in &m {
            assert_eq!(t.range.start, pos);
            assert_eq!(&text[t.range.clone()], t.surface);
            pos = t.range.end;
        }
        assert_eq!(pos, text.len());
    }

    #[test]
    fn compact_features_split() {
        assert_eq!(split_feature("12,3,45,減らす"), ([12, 3, 45], "減らす"));
        assert_eq!(split_feature("7,0,0,"), ([7, 0, 0], ""));
        assert_eq!(split_feature("7,0,0,a,b"), ([7, 0, 0], "a,b"));
        assert_eq!(split_feature("*"), ([0, 0, 0], ""));
        assert_eq!(split_feature("x,2"), ([0, 2, 0], ""));
    }

    #[test]
    fn conjugation_and_base_form() {
        let m = analyze("見れる");
        assert_eq!(m[0].base, "見れる");
        let m = analyze("減らした");
        assert_eq!(m[0].base, "減らす");
        assert_eq!(m[0].pos, Pos::Verb);
    }
}
