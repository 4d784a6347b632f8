//! Time of each engine at growing input sizes (issue 18):
//! `scaling [ENGINE…] [--shape many-lines|one-line] [--sizes 10000,100000,1000000] [--cap SECONDS]`.
//! Prints one Markdown table row per engine and shape: the CPU time of one run at each size
//! (this thread's CPU time, so a loaded machine counts less than in wall time) and the growth
//! factor between sizes (10× the input: about 10 when linear, about 100 when quadratic). A
//! size whose previous one took longer than the cap (seconds) is skipped.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::time::{Duration, Instant};

use naitei_bench::scaling::{ENGINES, SHAPES, inputs, run};

fn main() {
    let mut sizes = vec![10_000usize, 100_000, 1_000_000];
    let mut cap = 30.0f64;
    let mut engines: Vec<String> = Vec::new();
    let mut shapes: Vec<String> = SHAPES.iter().map(|s| s.to_string()).collect();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--sizes" => {
                sizes = args
                    .next()
                    .unwrap_or_default()
                    .split(',')
                    .filter_map(|s| s.trim().parse().ok())
                    .collect()
            }
            "--cap" => cap = args.next().and_then(|s| s.parse().ok()).unwrap_or(cap),
            "--shape" => shapes = args.next().into_iter().collect(),
            e if ENGINES.contains(&e) => engines.push(e.to_string()),
            other => {
                eprintln!("scaling: unknown argument {other}");
                std::process::exit(2);
            }
        }
    }
    if engines.is_empty() {
        engines = ENGINES.iter().map(|s| s.to_string()).collect();
    }
    naitei_core::text::morph::warm_up();
    let config = naitei_core::Config::default();
    let header: Vec<String> = sizes.iter().map(|s| human(*s)).collect();
    print!("| engine | shape |");
    for h in &header {
        print!(" {h} |");
    }
    for w in header.windows(2) {
        print!(" {}→{} |", w[0], w[1]);
    }
    println!();
    print!("|---|---|");
    for _ in 0..sizes.len() * 2 - 1 {
        print!("---:|");
    }
    println!();
    for engine in &engines {
        for shape in &shapes {
            // One untimed small run builds the engine's lazily compiled lexicons and regexes.
            let (a, b) = inputs(engine, shape, 10_000);
            std::hint::black_box(run(engine, &a, &b, &config));
            let mut times: Vec<Option<f64>> = Vec::new();
            let mut skip = false;
            for &size in &sizes {
                if skip {
                    times.push(None);
                    continue;
                }
                let (a, b) = inputs(engine, shape, size);
                let t = cpu_time_per_run(engine, &a, &b, &config);
                skip = t > cap;
                times.push(Some(t));
            }
            print!("| {engine} | {shape} |");
            for t in &times {
                match t {
                    Some(t) => print!(" {} |", secs(*t)),
                    None => print!(" (skipped) |"),
                }
            }
            for w in times.windows(2) {
                match (w[0], w[1]) {
                    (Some(a), Some(b)) if a > 0.0 => print!(" ×{:.1} |", b / a),
                    _ => print!(" |"),
                }
            }
            println!();
        }
    }
}

/// CPU time of one run (this thread's user+system time, so other processes on a loaded machine
/// do not count): runs repeated until they add up to half a second of CPU, the mean of those,
/// (the caller has run the engine once, so lazily compiled lexicons are built).
fn cpu_time_per_run(engine: &str, a: &str, b: &str, config: &naitei_core::Config) -> f64 {
    let start = thread_cpu();
    let wall = Instant::now();
    let mut runs = 0u32;
    loop {
        std::hint::black_box(run(engine, a, b, config));
        runs += 1;
        let spent = thread_cpu().map_or(wall.elapsed().as_secs_f64(), |c| c - start.unwrap_or(0.0));
        if spent >= 0.5 || runs >= 1000 {
            return spent / f64::from(runs);
        }
        if wall.elapsed() > Duration::from_secs(600) {
            return spent / f64::from(runs);
        }
    }
}

/// User+system CPU seconds of the calling thread (Linux: /proc/thread-self/stat, in clock
/// ticks of 1/100 s); None elsewhere (wall time is used then).
fn thread_cpu() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start at the last ')'.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after the name.
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn human(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{} MB", bytes / 1_000_000)
    } else {
        format!("{} KB", bytes / 1_000)
    }
}

fn secs(t: f64) -> String {
    if t < 1.0 {
        format!("{:.1} ms", t * 1000.0)
    } else {
        format!("{t:.2} s")
    }
}
