//! Memory use of a parse, measured with a counting global allocator.
//!
//! `cargo run --release --example memory` (set `SPEECHMARK_CORPUS` to add the real documents).
//!
//! For each input it reports, for the full parse and for the structural layers alone:
//! - the Document's heap: bytes allocated during the parse and still live once it returns
//!   (the tree itself, Vec slack included), against the input's size (target: at most 1×);
//! - the peak: the most bytes live at once during the parse, above what was live before it
//!   (the input, which the caller owns, is not counted), against the input's size (target for
//!   64 MB: at most 3×; the input itself adds 1× on top for a caller that holds it).

#[path = "../benches/common/mod.rs"]
mod common;

use speechmark::{Document, Options, parse_with};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// Forwards to the system allocator and counts the bytes live now and at most.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Relaxed) + by;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every method forwards to `System` with the caller's arguments unchanged, so the
// `GlobalAlloc` contract is `System`'s; the counters are plain atomics and never touch memory.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged (see the impl).
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged (see the impl).
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged (see the impl).
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded unchanged (see the impl).
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Relaxed);
            grew(new_size);
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

struct Measured {
    /// Bytes allocated by the parse and still live after it: the Document's heap.
    heap: usize,
    /// Most bytes live at once during the parse, above the level before it.
    peak: usize,
}

fn measure(text: &str, options: &Options) -> Measured {
    let before = LIVE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let doc: Document = parse_with(text, options);
    let after = LIVE.load(Relaxed);
    let peak = PEAK.load(Relaxed);
    let m = Measured {
        heap: after.saturating_sub(before),
        peak: peak.saturating_sub(before),
    };
    // Keep the document alive until it has been measured.
    std::hint::black_box(&doc);
    drop(doc);
    m
}

fn ratio(a: usize, b: usize) -> f64 {
    a as f64 / b.max(1) as f64
}

fn report(name: &str, text: &str) {
    let len = text.len();
    for (layers, options) in [
        ("full", Options::new()),
        ("structural", Options::new().inlines(false)),
    ] {
        let m = measure(text, &options);
        println!(
            "| {name} | {layers} | {:.1} | {:.1} | {:.3}× | {:.1} | {:.3}× |",
            len as f64 / common::MB as f64,
            m.heap as f64 / common::MB as f64,
            ratio(m.heap, len),
            m.peak as f64 / common::MB as f64,
            ratio(m.peak, len),
        );
    }
}

fn main() {
    println!(
        "| input | layers | input MB | Document heap MB | heap / input | peak during parse MB | peak / input |"
    );
    println!("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    let (fixtures, _) = common::fixtures();
    report("fixtures", &fixtures);
    drop(fixtures);
    match common::corpus() {
        Ok((text, _)) => report("corpus", &text),
        Err(why) => eprintln!("{why}"),
    }
    for mb in common::SYNTHETIC_SIZES_MB {
        let text = common::synthetic(mb * common::MB, 0x5eed);
        report(&format!("synthetic-{mb:02}MB"), &text);
    }
}
