//! Engine benchmarks: one generated résumé (≈4 KB) through the whole review, and the stages.

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use naitei_core::{Config, review};

fn bench(c: &mut Criterion) {
    naitei_core::text::morph::warm_up();
    let config = Config::default();
    let docs: Vec<String> = (0..20).map(naitei_bench::resume).collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group("review");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("20 generated résumés", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(review(black_box(d), &config));
            }
        })
    });
    g.bench_function("parse only (document + morphology)", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(naitei_core::document::Document::parse(black_box(d)));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
