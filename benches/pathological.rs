//! Time per byte of every pathological family (`tests/pathological/families.rs`) at 1×, 8×
//! and 64× the size. The parser is linear when the three agree: the target is a 64×/1× ratio
//! of at most 1.5 for every family.
//!
//! ```text
//! cargo bench --bench pathological
//! ```
//!
//! Criterion reports the throughput of each size; `ns/byte = 1e9 / (bytes per second)`.
//! After the run, the table of ratios is measured and printed (see [`table`] for why it has its
//! own measurement); `PATHOLOGICAL_TABLE_ONLY=1` skips criterion and prints only the table.
//! The sample sizes are small so that the whole run takes a few minutes.
//!
//! The allocator is part of what a time per byte measures. glibc's malloc serves a request
//! over its mmap threshold (at most 32 MB) with fresh pages that are faulted in on first touch
//! and unmapped again on free, and it returns free memory at the top of its heap to the system
//! once more than its trim threshold is free; both thresholds move with what was freed
//! before. So a 64× input whose tree holds one array over 32 MB (`empty_labels`: a 128-byte
//! turn per 3 input bytes) page-faults that array in on every iteration, while the 1× input's
//! tree is recycled, or not, depending on which benchmarks ran before it; on the VM these
//! tables were measured on, a page fault costs several microseconds. To compare the parser's
//! time per byte at each size on equal terms, this binary asks glibc (when it is the
//! allocator) to serve every request from its heap and keep what is freed, so that every size
//! reuses its memory the same way. `PATHOLOGICAL_MALLOC=default` leaves glibc's defaults, for
//! the raw figure; the table's heading says which was used.
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
use std::time::{Duration, Instant};

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
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
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

/// Input parsed per timing of one size in one round: enough iterations that a 1× timing is
/// not dominated by the clock, few enough that the whole table takes a few minutes.
const TABLE_BYTES: usize = 8 << 20;
/// Rounds of the table's measurement; each size keeps its fastest round.
const TABLE_ROUNDS: usize = 5;

/// Time per byte of `text`, parsed over and over until about [`TABLE_BYTES`] went through.
fn ns_per_byte(text: &str) -> f64 {
    let iterations = (TABLE_BYTES / text.len().max(1)).max(2);
    let start = Instant::now();
    for _ in 0..iterations {
        black_box(speechmark::parse(black_box(text)));
    }
    start.elapsed().as_nanos() as f64 / (iterations * text.len().max(1)) as f64
}

/// Prints the table: family, sizes, ns/byte at each scale, and the 64×/1× ratio.
///
/// The table does not reuse criterion's estimates, which time the sizes one after the
/// other: on a shared VM the machine's speed drifts by tens of percent over a few seconds,
/// and a ratio of two sizes measured at different moments picks that drift up. Here the three
/// sizes of a family are timed in turn within each round, and each keeps its fastest round
/// (interference only ever adds time), so both sides of a ratio see the same machine.
fn table(steady: bool) {
    println!();
    if steady {
        println!("Allocator: glibc told to reuse memory (no mmap, no trim).");
    } else {
        println!("Allocator: the system's, with its default settings.");
    }
    println!(
        "Each size: the fastest of {TABLE_ROUNDS} rounds of about {} MB parsed, the sizes interleaved.",
        TABLE_BYTES >> 20
    );
    println!();
    println!("| family | bytes at 1× / 8× / 64× | ns/byte 1× | 8× | 64× | 64×/1× |");
    println!("|---|---|---|---|---|---|");
    for family in families::FAMILIES {
        let base = count_for(family, BASE_BYTES);
        let texts: Vec<String> = SCALES.iter().map(|s| (family.make)(base * s)).collect();
        let mut best = [f64::INFINITY; SCALES.len()];
        for _ in 0..TABLE_ROUNDS {
            for (b, text) in best.iter_mut().zip(&texts) {
                *b = b.min(ns_per_byte(text));
            }
        }
        let [one, eight, sixty_four] = best;
        println!(
            "| {} | {} / {} / {} | {one:.2} | {eight:.2} | {sixty_four:.2} | {:.2} |",
            family.name,
            texts[0].len(),
            texts[1].len(),
            texts[2].len(),
            sixty_four / one
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

/// Whether to leave glibc's allocator with its default, history-dependent thresholds.
fn default_malloc() -> bool {
    std::env::var("PATHOLOGICAL_MALLOC").is_ok_and(|v| v == "default")
}

/// Asks glibc's malloc to serve every request from its heap (no `mmap` for large ones) and to
/// keep freed memory (no trimming), so that every iteration at every size reuses memory
/// rather than faulting in fresh pages. Returns whether the allocator took both settings.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn steady_allocator() -> bool {
    use std::ffi::c_int;
    unsafe extern "C" {
        fn mallopt(param: c_int, value: c_int) -> c_int;
    }
    // From glibc's <malloc.h>.
    const M_TRIM_THRESHOLD: c_int = -1;
    const M_MMAP_MAX: c_int = -4;
    // SAFETY: `mallopt` only changes malloc's tuning parameters; it is called before any
    // benchmark runs, from the main thread, with parameters glibc documents.
    unsafe { mallopt(M_MMAP_MAX, 0) == 1 && mallopt(M_TRIM_THRESHOLD, c_int::MAX) == 1 }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn steady_allocator() -> bool {
    false
}

fn main() {
    let steady = !default_malloc() && steady_allocator();
    if let Ok(spec) = std::env::var("PATHOLOGICAL_ONCE") {
        once(&spec);
        return;
    }
    let table_only = std::env::var_os("PATHOLOGICAL_TABLE_ONLY").is_some();
    if !table_only {
        let mut c = Criterion::default().configure_from_args();
        bench(&mut c);
        c.final_summary();
    }
    // `cargo test --benches` runs each benchmark once, without measuring: no table then.
    if std::env::args().any(|a| a == "--bench") {
        table(steady);
    }
}
