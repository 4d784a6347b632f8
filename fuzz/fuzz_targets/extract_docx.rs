//! naitei_formats::extract on arbitrary bytes named as a .docx file: must return Ok or a
//! FormatError, never panic, and keep one source per line.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = naitei_formats::Limits::default();
    if let Ok(x) = naitei_formats::extract("input.docx", data, &limits) {
        assert_eq!(x.sources.len(), x.text.split('\n').count());
    }
});
