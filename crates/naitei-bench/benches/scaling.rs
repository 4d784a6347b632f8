//! How each engine's time grows with the input (issue 18): review, answer, compare, prep and
//! goals at 10 KB, 100 KB and 1 MB, many lines and one line. Few samples: the point is the
//! growth between sizes, not the last percent. `scripts/bench-scaling.sh` prints the same
//! measurements as one table with the growth factors.

use criterion::{BenchmarkId, Criterion, Throughput, black_box, criterion_group, criterion_main};
use naitei_bench::scaling::{ENGINES, SHAPES, inputs, run};

/// The sizes measured. Under `cargo test` (criterion runs each benchmark once, as a smoke test,
/// without `--bench`) only the smallest: the 1 MB inputs take minutes in a debug build.
fn sizes() -> &'static [usize] {
    if std::env::args().any(|a| a == "--bench") {
        &[10_000, 100_000, 1_000_000]
    } else {
        &[10_000]
    }
}

fn bench(c: &mut Criterion) {
    naitei_core::text::morph::warm_up();
    let config = naitei_core::Config::default();
    for engine in ENGINES {
        let mut g = c.benchmark_group(format!("scaling/{engine}"));
        g.sample_size(10);
        g.warm_up_time(std::time::Duration::from_millis(200));
        g.measurement_time(std::time::Duration::from_secs(2));
        for shape in SHAPES {
            for &size in sizes() {
                let (a, b) = inputs(engine, shape, size);
                g.throughput(Throughput::Bytes((a.len() + b.len()) as u64));
                g.bench_with_input(BenchmarkId::new(shape, size), &(a, b), |bench, (a, b)| {
                    bench.iter(|| black_box(run(engine, black_box(a), black_box(b), &config)))
                });
            }
        }
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
