//! Document::parse on arbitrary text (Markdown or plain-text résumé layouts): never panics,
//! and every line's ranges lie inside the normalized text on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naitei_core::document::Document;

fuzz_target!(|text: &str| {
    if text.len() > 4096 {
        return;
    }
    let doc = Document::parse(text);
    let norm = doc.text();
    for line in &doc.lines {
        assert!(norm.get(line.range.clone()).is_some());
        assert!(norm.get(line.content.clone()).is_some());
    }
    let _ = doc.career_items();
});
