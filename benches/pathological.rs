//! Time per byte of every pathological family (`tests/pathological/families.rs`) at 1×, 8×
//! and 64× the size. The parser is linear when the three agree: the target is a 64×/1× ratio
//! of at most 1.5 for every family.
//!
//! ```text
//! cargo bench --bench pathological
//! ```
//!
//! Criterion reports the throughput of each size; `ns/byte = 1e9 / (bytes per second)`.
//! After the run a table with the ratios is printed, from the same measurements
//! (criterion's estimates in `target/criterion/pathological/<family>/<size>/new/estimates.json`).
//! The sample sizes are small so that the whole run takes a few minutes.
//!
//! Time on a shared machine is noisy, and the time per byte of inputs that build large trees
//! also grows once the tree no longer fits in the caches. For a deterministic check, count
//! instructions instead: with `PATHOLOGICAL_ONCE=<family>:<scale>` the benchmark binary
//! parses that one input once and exits (with `<family>:<scale>:skip` it only builds the
//! input), so that
//!
//! ```text
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null <bench binary>
//! ```
//!
//! run with and without `:skip` gives the instructions the parse took.

use criterion::{BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

#[path = "../tests/pathological/families.rs"]
mod families;

/// The size of the 1× input, in bytes (approximately: a family grows by whole repetitions).
const BASE_BYTES: usize = 16 * 1024;
/// The multiples measured.
const SCALES: [usize; 3] = [1, 8, 64];

/// The repetition count that makes `family` about `bytes` long.
fn count_for(family: &families::Family, bytes: usize) -> usize {
    let one = (family.make)(1).len();
    let two = (family.make)(2).len();
    let per = two.saturating_sub(one).max(1);
    (bytes.saturating_sub(one) / per).max(1)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("pathological");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_millis(700));
    for family in families::FAMILIES {
        let base = count_for(family, BASE_BYTES);
        for scale in SCALES {
            let text = (family.make)(base * scale);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(family.name, format!("{scale}x")),
                &text,
                |b, text| b.iter(|| speechmark::parse(black_box(text))),
            );
        }
    }
    group.finish();
}

/// Reads criterion's point estimate (mean time per iteration, in ns) for one benchmark.
fn mean_ns(family: &str, scale: usize) -> Option<f64> {
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let path = dir
        .join("criterion/pathological")
        .join(family)
        .join(format!("{scale}x"))
        .join("new/estimates.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    json.get("mean")?.get("point_estimate")?.as_f64()
}

/// Prints the table: family, sizes, ns/byte at each scale, and the 64×/1× ratio.
fn table() {
    println!();
    println!("| family | bytes at 1× / 8× / 64× | ns/byte 1× | 8× | 64× | 64×/1× |");
    println!("|---|---|---|---|---|---|");
    for family in families::FAMILIES {
        let base = count_for(family, BASE_BYTES);
        let sizes: Vec<usize> = SCALES
            .iter()
            .map(|s| (family.make)(base * s).len())
            .collect();
        let per_byte: Vec<Option<f64>> = SCALES
            .iter()
            .zip(&sizes)
            .map(|(&s, &len)| mean_ns(family.name, s).map(|ns| ns / len as f64))
            .collect();
        let cell = |v: Option<f64>| v.map_or_else(|| "?".to_string(), |v| format!("{v:.2}"));
        let ratio = match (per_byte[0], per_byte[2]) {
            (Some(a), Some(b)) if a > 0.0 => format!("{:.2}", b / a),
            _ => "?".to_string(),
        };
        println!(
            "| {} | {} / {} / {} | {} | {} | {} | {} |",
            family.name,
            sizes[0],
            sizes[1],
            sizes[2],
            cell(per_byte[0]),
            cell(per_byte[1]),
            cell(per_byte[2]),
            ratio
        );
    }
}

/// `PATHOLOGICAL_ONCE=<family>:<scale>[:skip]`: build one input, parse it once unless
/// `skip`, and print its length.
fn once(spec: &str) {
    let mut parts = spec.split(':');
    let name = parts.next().unwrap_or("");
    let scale: usize = parts.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let skip = parts.next() == Some("skip");
    let Some(family) = families::FAMILIES.iter().find(|f| f.name == name) else {
        eprintln!("no family {name:?}");
        std::process::exit(2);
    };
    let text = (family.make)(count_for(family, BASE_BYTES) * scale);
    if !skip {
        black_box(speechmark::parse(black_box(&text)));
    }
    println!("{}", text.len());
}

fn main() {
    if let Ok(spec) = std::env::var("PATHOLOGICAL_ONCE") {
        once(&spec);
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c);
    c.final_summary();
    // `cargo test --benches` runs each benchmark once, without measuring: no table then.
    if std::env::args().any(|a| a == "--bench") {
        table();
    }
}
