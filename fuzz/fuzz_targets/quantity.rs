//! The quantity parser on arbitrary text: never panics, every quantity's range is a slice of
//! the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naitei_core::text::normalize::Normalized;
use naitei_core::text::{morph, quantity};

fuzz_target!(|text: &str| {
    if text.len() > 1024 {
        return;
    }
    // The engine analyses normalized text, as review does.
    let norm = Normalized::new(text);
    let morphs = morph::analyze(&norm.text);
    for q in quantity::extract(&norm.text, &morphs) {
        assert!(norm.text.get(q.range.clone()).is_some());
    }
});
