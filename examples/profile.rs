//! A driver for profilers: runs one line of the `parse` bench on one of its inputs a given
//! number of times and nothing else, so that `perf record` or `valgrind --tool=callgrind` see
//! only the work measured.
//!
//! `cargo run --release --example profile -- LINE INPUT [ITERATIONS]` with LINE one of `full`,
//! `structural`, `pulldown-cmark`, `memchr` and INPUT one of `fixtures`, `corpus` (needs
//! `SPEECHMARK_CORPUS`), `synthetic-01MB`, `synthetic-16MB`, `synthetic-64MB`.
//!
//! The work is inside the function `profile::measured`, so that callgrind can count it alone:
//! `valgrind --tool=callgrind --toggle-collect='profile::measured*' target/release/examples/profile structural synthetic-01MB 1`
//! (`scripts/instructions.sh` does this for every line; build with
//! `CARGO_PROFILE_RELEASE_DEBUG=true` to see source lines).

#[path = "../benches/common/mod.rs"]
mod common;

use speechmark::{Options, parse_with};

/// The lines of the `parse` bench.
#[derive(Clone, Copy)]
enum Line {
    Full,
    Structural,
    Pulldown,
    Memchr,
}

/// Runs `line` over `text` once; returns a count so that nothing is optimised away.
#[inline(never)]
fn measured(line: Line, text: &str) -> usize {
    match line {
        Line::Full => parse_with(text, &Options::new()).blocks().len(),
        Line::Structural => parse_with(text, &Options::new().inlines(false))
            .blocks()
            .len(),
        Line::Pulldown => pulldown_cmark::Parser::new(text).into_offset_iter().count(),
        Line::Memchr => memchr::memchr_iter(b'\n', text.as_bytes()).count(),
    }
}

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let name = args.first().map_or("full", String::as_str);
    let input = args.get(1).map_or("synthetic-01MB", String::as_str);
    let iterations: usize = args
        .get(2)
        .map_or(Ok(10), |n| n.parse())
        .map_err(|e| format!("ITERATIONS: {e}"))?;
    let line = match name {
        "full" => Line::Full,
        "structural" => Line::Structural,
        "pulldown-cmark" => Line::Pulldown,
        "memchr" => Line::Memchr,
        other => {
            return Err(format!(
                "unknown line {other:?}: full, structural, pulldown-cmark or memchr"
            ));
        }
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
    let mut count = 0;
    for _ in 0..iterations {
        count += measured(line, std::hint::black_box(&text));
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{name} {input}: {} bytes × {iterations} in {secs:.3} s = {:.1} MB/s (count {count})",
        text.len(),
        (text.len() * iterations) as f64 / common::MB as f64 / secs
    );
    Ok(())
}
