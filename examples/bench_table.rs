//! Prints the throughput tables of BENCHMARKS.md from criterion's results of
//! `cargo bench --bench parse` (see `scripts/bench.sh`).
//!
//! `cargo run --release --example bench_table -- [CRITERION_DIR]`; the directory defaults to
//! `$CARGO_TARGET_DIR/criterion` or `target/criterion`.

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

/// A line's median time per iteration (ns) and the bytes it parsed.
fn result(dir: &Path, group: &str, line: &str) -> Option<(f64, f64)> {
    let base = dir.join(group).join(line).join("new");
    let read = |name: &str| -> Option<Value> {
        let text = std::fs::read_to_string(base.join(name)).ok()?;
        serde_json::from_str(&text).ok()
    };
    let ns = read("estimates.json")?["median"]["point_estimate"].as_f64()?;
    let bytes = read("benchmark.json")?["throughput"]["Bytes"].as_f64()?;
    Some((ns, bytes))
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
    println!("Throughput (median of criterion's samples; MB = 2^20 bytes).\n");
    println!("| input | size MB | parser | MB/s | speed ÷ pulldown-cmark | time ÷ memchr floor |");
    println!("| --- | ---: | --- | ---: | ---: | ---: |");
    for group in GROUPS {
        let pulldown = result(&dir, group, LINES[2].0);
        let floor = result(&dir, group, LINES[3].0);
        for (line, label) in LINES {
            let Some((ns, bytes)) = result(&dir, group, line) else {
                continue;
            };
            let mbs = bytes / (1 << 20) as f64 / (ns * 1e-9);
            let vs_pulldown = pulldown.map_or("–".to_owned(), |(p, _)| format!("{:.2}×", p / ns));
            let vs_floor = floor.map_or("–".to_owned(), |(f, _)| format!("{:.0}×", ns / f));
            println!(
                "| {group} | {:.2} | {label} | {mbs:.0} | {vs_pulldown} | {vs_floor} |",
                bytes / (1 << 20) as f64
            );
        }
    }
    println!(
        "\nTime per byte as the input grows (synthetic corpus; ns/byte, and ratio to 1 MB).\n"
    );
    println!("| parser | 1 MB | 16 MB | 64 MB | 64 MB ÷ 1 MB |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    for (line, label) in LINES {
        let per_byte = |g: &str| result(&dir, g, line).map(|(ns, b)| ns / b);
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
