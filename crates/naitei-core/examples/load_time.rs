//! Measures dictionary load and one review (a profiling aid for BENCHMARKS.md).
#![allow(clippy::print_stdout)]
use std::time::Instant;
fn main() {
    let t = Instant::now();
    naitei_core::text::morph::warm_up();
    println!("dictionary load: {:?}", t.elapsed());
    let text = std::fs::read_to_string(
        std::env::args()
            .nth(1)
            .unwrap_or("examples/resume.md".into()),
    )
    .unwrap_or_default();
    let t = Instant::now();
    let r = naitei_core::review(&text, &naitei_core::Config::default());
    println!(
        "review: {:?} ({} findings)",
        t.elapsed(),
        r.diagnostics.len()
    );
}
