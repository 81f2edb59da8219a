//! A driver for profilers: parses one of the benchmark inputs a given number of times and
//! nothing else, so that `perf record` or `valgrind --tool=callgrind` see only the parser.
//!
//! `cargo run --release --example profile -- [full|structural] [fixtures|corpus|synthetic-01MB|synthetic-16MB|synthetic-64MB] [ITERATIONS]`
//!
//! For example, with debug symbols:
//! `CARGO_PROFILE_RELEASE_DEBUG=true cargo build --release --example profile` then
//! `valgrind --tool=callgrind --toggle-collect='speechmark::parse_with*' target/release/examples/profile structural synthetic-01MB 1`.

#[path = "../benches/common/mod.rs"]
mod common;

use speechmark::{Options, parse_with};

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let layers = args.first().map_or("full", String::as_str);
    let input = args.get(1).map_or("synthetic-01MB", String::as_str);
    let iterations: usize = args
        .get(2)
        .map_or(Ok(10), |n| n.parse())
        .map_err(|e| format!("ITERATIONS: {e}"))?;
    let options = match layers {
        "full" => Options::new(),
        "structural" => Options::new().inlines(false),
        other => return Err(format!("unknown layers {other:?}: full or structural")),
    };
    let text = match input {
        "fixtures" => common::fixtures().0,
        "corpus" => common::corpus()?.0,
        other => {
            let mb = other
                .strip_prefix("synthetic-")
                .and_then(|s| s.strip_suffix("MB"))
                .and_then(|s| s.parse::<usize>().ok())
                .ok_or_else(|| format!("unknown input {other:?}"))?;
            common::synthetic(mb * common::MB, 0x5eed)
        }
    };
    let start = std::time::Instant::now();
    let mut blocks = 0;
    for _ in 0..iterations {
        blocks += parse_with(std::hint::black_box(&text), &options)
            .blocks
            .len();
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{layers} {input}: {} bytes × {iterations} in {secs:.3} s = {:.1} MB/s ({blocks} blocks)",
        text.len(),
        (text.len() * iterations) as f64 / common::MB as f64 / secs
    );
    Ok(())
}
