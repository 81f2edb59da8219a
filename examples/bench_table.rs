//! Prints the throughput tables of BENCHMARKS.md from criterion's results of
//! `cargo bench --bench parse` (see `scripts/bench.sh`).
//!
//! `cargo run --release --example bench_table -- [CRITERION_DIR]`; the directory defaults to
//! `$CARGO_TARGET_DIR/criterion` or `target/criterion`.
//!
//! On a machine shared with other work, noise only ever adds time, so the ratios are taken
//! from each line's fastest sample (time per iteration of the sample with the least); the
//! median of the samples, criterion's own estimate, is shown beside it.

use serde_json::Value;
use std::path::{Path, PathBuf};

/// The lines of every group, as criterion names their directories, and their labels.
const LINES: [(&str, &str); 4] = [
    ("speechmark/full", "speechmark, full parse"),
    ("speechmark/structural", "speechmark, structural layers"),
    (
        "pulldown-cmark/offset_iter",
        "pulldown-cmark, offset iterator",
    ),
    ("memchr/lines", "memchr line count (floor)"),
];

const GROUPS: [&str; 5] = [
    "fixtures",
    "corpus",
    "synthetic-01MB",
    "synthetic-16MB",
    "synthetic-64MB",
];

/// One line's result: ns per iteration in its fastest sample and the median, and the bytes.
struct Measured {
    best_ns: f64,
    median_ns: f64,
    bytes: f64,
}

impl Measured {
    fn mb_per_s(&self, ns: f64) -> f64 {
        self.bytes / f64::from(1u32 << 20) / (ns * 1e-9)
    }
}

fn result(dir: &Path, group: &str, line: &str) -> Option<Measured> {
    let base = dir.join(group).join(line).join("new");
    let read = |name: &str| -> Option<Value> {
        let text = std::fs::read_to_string(base.join(name)).ok()?;
        serde_json::from_str(&text).ok()
    };
    let median_ns = read("estimates.json")?["median"]["point_estimate"].as_f64()?;
    let bytes = read("benchmark.json")?["throughput"]["Bytes"].as_f64()?;
    let sample = read("sample.json")?;
    let iters = sample["iters"].as_array()?;
    let times = sample["times"].as_array()?;
    let best_ns = iters
        .iter()
        .zip(times)
        .filter_map(|(n, t)| Some(t.as_f64()? / n.as_f64()?))
        .fold(f64::INFINITY, f64::min);
    Some(Measured {
        best_ns: if best_ns.is_finite() {
            best_ns
        } else {
            median_ns
        },
        median_ns,
        bytes,
    })
}

fn main() {
    let dir = std::env::args_os().nth(1).map_or_else(
        || {
            std::env::var_os("CARGO_TARGET_DIR")
                .map_or_else(|| PathBuf::from("target"), PathBuf::from)
                .join("criterion")
        },
        PathBuf::from,
    );
    println!(
        "Throughput (MB = 2^20 bytes; ratios from the fastest sample of each line, same run).\n"
    );
    println!(
        "| input | size MB | parser | MB/s (fastest sample) | MB/s (median) | speed ÷ pulldown-cmark | time ÷ memchr floor |"
    );
    println!("| --- | ---: | --- | ---: | ---: | ---: | ---: |");
    for group in GROUPS {
        let pulldown = result(&dir, group, LINES[2].0);
        let floor = result(&dir, group, LINES[3].0);
        for (line, label) in LINES {
            let Some(m) = result(&dir, group, line) else {
                continue;
            };
            let vs_pulldown = pulldown.as_ref().map_or("–".to_owned(), |p| {
                format!("{:.2}×", p.best_ns / m.best_ns)
            });
            let vs_floor = floor.as_ref().map_or("–".to_owned(), |f| {
                format!("{:.0}×", m.best_ns / f.best_ns)
            });
            println!(
                "| {group} | {:.2} | {label} | {:.0} | {:.0} | {vs_pulldown} | {vs_floor} |",
                m.bytes / f64::from(1u32 << 20),
                m.mb_per_s(m.best_ns),
                m.mb_per_s(m.median_ns),
            );
        }
    }
    println!(
        "\nTime per byte as the input grows (synthetic corpus; ns/byte of the fastest sample, and the ratio 64 MB ÷ 1 MB).\n"
    );
    println!("| parser | 1 MB | 16 MB | 64 MB | 64 MB ÷ 1 MB |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    for (line, label) in LINES {
        let per_byte = |g: &str| result(&dir, g, line).map(|m| m.best_ns / m.bytes);
        let cell = |v: Option<f64>| v.map_or("–".to_owned(), |v| format!("{v:.2}"));
        let (a, b, c) = (
            per_byte("synthetic-01MB"),
            per_byte("synthetic-16MB"),
            per_byte("synthetic-64MB"),
        );
        let growth = a
            .zip(c)
            .map_or("–".to_owned(), |(a, c)| format!("{:.2}×", c / a));
        println!(
            "| {label} | {} | {} | {} | {growth} |",
            cell(a),
            cell(b),
            cell(c)
        );
    }
}
