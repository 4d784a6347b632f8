//! Text pipeline: normalization with a source map, morphology, sentences, quantities.

pub mod date;
pub mod inline;
pub mod morph;
pub mod normalize;
pub mod number;
pub mod phrase;
pub mod quantity;
pub mod sentence;

/// Is `word` one of `list`? Most words of a list have the same length (two kanji: six bytes),
/// so the last byte is compared before the whole word (a call to memcmp per entry otherwise).
pub(crate) fn in_list(list: &[&str], word: &str) -> bool {
    let Some(&last) = word.as_bytes().last() else {
        return list.contains(&word);
    };
    list.iter()
        .any(|w| w.len() == word.len() && w.as_bytes()[w.len() - 1] == last && *w == word)
}
