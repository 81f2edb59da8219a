//! Parse throughput: speechmark (every layer, and the structural layers alone) against
//! pulldown-cmark and a memchr line count, one criterion group per input so that every line of
//! a group ran on the same bytes.
//!
//! `cargo bench --bench parse` (set `SPEECHMARK_CORPUS` to a folder of real documents to add
//! that group). `scripts/bench.sh` runs it and prints the table of BENCHMARKS.md.

mod common;

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use speechmark::{Options, parse, parse_with};
use std::hint::black_box;
use std::time::Duration;

/// The four lines of every group.
fn group(c: &mut Criterion, name: &str, text: &str) {
    let len = text.len();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(len as u64));
    if len >= 8 * common::MB {
        // One iteration takes a good fraction of a second: few samples, flat sampling (the
        // same iteration count per sample) so that criterion does not ask for 55 iterations.
        g.sampling_mode(SamplingMode::Flat)
            .sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(if len >= 32 * common::MB {
                10
            } else {
                6
            }));
    } else {
        g.sample_size(30)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(5));
    }
    let structural = Options::new().inlines(false);
    g.bench_function(BenchmarkId::new("speechmark", "full"), |b| {
        b.iter(|| parse(black_box(text)));
    });
    g.bench_function(BenchmarkId::new("speechmark", "structural"), |b| {
        b.iter(|| parse_with(black_box(text), &structural));
    });
    g.bench_function(BenchmarkId::new("pulldown-cmark", "offset_iter"), |b| {
        b.iter(|| {
            pulldown_cmark::Parser::new(black_box(text))
                .into_offset_iter()
                .count()
        });
    });
    g.bench_function(BenchmarkId::new("memchr", "lines"), |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(text).as_bytes()).count());
    });
    g.finish();
}

fn fixtures(c: &mut Criterion) {
    let (text, from) = common::fixtures();
    eprintln!("fixtures: {} bytes from {from}", text.len());
    group(c, "fixtures", &text);
}

fn synthetic(c: &mut Criterion) {
    for mb in common::SYNTHETIC_SIZES_MB {
        let text = common::synthetic(mb * common::MB, 0x5eed);
        group(c, &format!("synthetic-{mb:02}MB"), &text);
    }
}

fn corpus(c: &mut Criterion) {
    match common::corpus() {
        Ok((text, from)) => {
            eprintln!("corpus: {} bytes from {from}", text.len());
            group(c, "corpus", &text);
        }
        Err(why) => eprintln!("{why}"),
    }
}

criterion_group!(benches, fixtures, corpus, synthetic);
criterion_main!(benches);
