//! Linearity: the time per byte must not grow as the same input is made longer.
//!
//! Inputs that make a parser superlinear are nearly always a short pattern repeated: a run of
//! opening marks, a label on every line, a bracket nested in a bracket. So the fuzzer does not
//! pick the text itself but a *shape* and the short pieces it is made of:
//!
//! - `Repeat`: `unit unit unit ...`
//! - `Sandwich`: `prefix^k middle suffix^k` (nesting: `((((x))))`)
//! - `Staircase`: `middle`, `prefix middle`, `prefix prefix middle`, ... one after another
//!   (growing prefixes: `\n“A:\n““A:`), so the total grows quadratically in `k`: its size
//!   is capped like the others, only `k` is smaller.
//!
//! Each shape is expanded to `BASE` bytes and to `GROWTH × BASE` bytes and both are parsed.
//! Two measures are compared, per byte:
//!
//! 1. **Output size (deterministic).** The number of tree nodes and diagnostics per input
//!    byte. A tree that grows faster than its input is a memory denial of service whatever
//!    the clock says, and this check has no noise: it fails on the same input every time.
//!    A sandwich or a staircase changes its make-up as it grows (a staircase is mostly
//!    prefixes once it is large, mostly middles while it is small), so its output per byte
//!    may rise towards that of its densest piece: the bound is the densest of the small input
//!    and of each piece repeated on its own at the small size.
//! 2. **Time (noisy, so with generous slack).** The best of `RUNS` parses at each size.
//!    Linear parsing gives a per-byte ratio near 1 (below 1 when fixed costs dominate the small
//!    input); an `n^1.5` parser gives `GROWTH^0.5 = 4`, a quadratic one 16. A ratio above
//!    `MAX_RATIO` is measured again with more runs before the target panics, so that a
//!    neighbour's build stealing the CPU for a moment is not reported as a bug, and then once
//!    more a size up (`CONFIRM_GROWTH`): a linear parser can cross a threshold between the
//!    two sizes and take one step up in time per byte (the staircase's short lines are bare
//!    headings, whose text gets no sentence or figure scan; past 120 characters they are
//!    paragraphs, which do), but a superlinear one keeps climbing.
//!
//! The same idea as comrak's `quadratic` fuzz target (time per byte as the input is
//! doubled), here with a deterministic output-size check added and a confirmation step.
//!
//! ```text
//! RUSTC_BOOTSTRAP=1 cargo fuzz run -s none linearity -- -dict=fuzz/speechmark.dict
//! ```
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use speechmark::{Layout, Options};
use std::time::{Duration, Instant};

/// Size of the smaller input, in bytes.
const BASE: usize = 2048;
/// How many times larger the second input is.
const GROWTH: usize = 16;
/// Parses per size; the fastest counts.
const RUNS: usize = 3;
/// Parses per size when confirming a suspect.
const CONFIRM_RUNS: usize = 15;
/// Per-byte time ratio (large / small) above which an input is suspect. Linear is ~1;
/// `n^1.5` is 4; quadratic is 16.
const MAX_RATIO: f64 = 4.0;
/// How much larger the input of the last confirmation step is than the large one.
const CONFIRM_GROWTH: usize = 4;
/// Per-byte time ratio over that step above which growth is confirmed. Linear is ~1; over a
/// 4× step `n^1.5` gives 2 and quadratic 4; on a staircase, whose lines grow as the square
/// root of its size, work quadratic in the line length gives 2.
const CONFIRM_RATIO: f64 = 1.5;
/// Slack for the per-byte output-size ratio: pieces cut at a size boundary and the fixed
/// document node make small inputs a little denser or sparser.
const MAX_SIZE_RATIO: f64 = 1.5;

/// The longest piece the fuzzer may choose; a longer one is not a repetition any more.
const MAX_PIECE: usize = 96;

#[derive(Arbitrary, Debug)]
enum Shape<'a> {
    Repeat {
        unit: &'a str,
    },
    Sandwich {
        prefix: &'a str,
        middle: &'a str,
        suffix: &'a str,
    },
    Staircase {
        prefix: &'a str,
        middle: &'a str,
    },
}

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    shape: Shape<'a>,
    inlines: bool,
    /// `None`: detect; `Some(true)`: one paragraph per line; `Some(false)`: blank lines.
    layout: Option<bool>,
}

fn ok_piece(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_PIECE
}

impl Shape<'_> {
    fn usable(&self) -> bool {
        match self {
            Shape::Repeat { unit } => ok_piece(unit),
            Shape::Sandwich {
                prefix,
                middle,
                suffix,
            } => ok_piece(prefix) && middle.len() <= MAX_PIECE && ok_piece(suffix),
            Shape::Staircase { prefix, middle } => ok_piece(prefix) && ok_piece(middle),
        }
    }

    /// The pieces the shape repeats: in a linear parse, a large expansion's output per byte
    /// is a mix of theirs (plus the joins between them, which the small expansion has more of).
    fn pieces(&self) -> Vec<&str> {
        match self {
            Shape::Repeat { unit } => vec![*unit],
            Shape::Sandwich { prefix, suffix, .. } => vec![*prefix, *suffix],
            Shape::Staircase { prefix, middle } => vec![*prefix, *middle],
        }
    }

    /// The shape expanded to at most `size` bytes (and close to it).
    fn expand(&self, size: usize) -> String {
        let mut out = String::with_capacity(size);
        match self {
            Shape::Repeat { unit } => {
                for _ in 0..size / unit.len() {
                    out.push_str(unit);
                }
            }
            Shape::Sandwich {
                prefix,
                middle,
                suffix,
            } => {
                let k = size.saturating_sub(middle.len()) / (prefix.len() + suffix.len());
                for _ in 0..k {
                    out.push_str(prefix);
                }
                out.push_str(middle);
                for _ in 0..k {
                    out.push_str(suffix);
                }
            }
            Shape::Staircase { prefix, middle } => {
                let mut step = 0;
                loop {
                    let len = prefix.len() * step + middle.len();
                    if out.len() + len > size {
                        break;
                    }
                    for _ in 0..step {
                        out.push_str(prefix);
                    }
                    out.push_str(middle);
                    step += 1;
                }
            }
        }
        out
    }
}

fn options(input: &Input<'_>) -> Options {
    let o = Options::new().inlines(input.inlines);
    match input.layout {
        None => o,
        Some(true) => o.layout(Layout::LinePerParagraph),
        Some(false) => o.layout(Layout::BlankLineSeparated),
    }
}

/// Nodes and diagnostics: the size of what the parser gives back.
fn output_size(text: &str, options: &Options) -> usize {
    let doc = speechmark::parse_with(text, options);
    doc.nodes().count() + doc.diagnostics().len()
}

/// The best time of `runs` parses, per byte, in nanoseconds.
fn ns_per_byte(text: &str, options: &Options, runs: usize) -> f64 {
    let mut best = Duration::MAX;
    for _ in 0..runs {
        let start = Instant::now();
        let doc = speechmark::parse_with(text, options);
        best = best.min(start.elapsed());
        std::hint::black_box(doc);
    }
    best.as_nanos() as f64 / text.len() as f64
}

fuzz_target!(|input: Input<'_>| {
    if !input.shape.usable() {
        return;
    }
    let small = input.shape.expand(BASE);
    let large = input.shape.expand(BASE * GROWTH);
    // A shape that does not grow (a piece too long for the base size) tells nothing.
    if small.len() < BASE / 2 || large.len() < small.len() * GROWTH / 2 {
        return;
    }
    let options = options(&input);

    let (n_small, n_large) = (output_size(&small, &options), output_size(&large, &options));
    let per_byte_small = n_small as f64 / small.len() as f64;
    let per_byte_large = n_large as f64 / large.len() as f64;
    let densest_piece = input
        .shape
        .pieces()
        .into_iter()
        .filter(|piece| !piece.is_empty())
        .map(|unit| {
            let alone = Shape::Repeat { unit }.expand(BASE);
            output_size(&alone, &options) as f64 / alone.len().max(1) as f64
        })
        .fold(0.0, f64::max);
    let reference = per_byte_small.max(densest_piece);
    // `+ 2 / small.len()`: the document node and a piece cut at the boundary.
    if per_byte_large > reference * MAX_SIZE_RATIO + 2.0 / small.len() as f64 {
        panic!(
            "output grows faster than the input: {n_small} nodes for {} bytes, \
             {n_large} nodes for {} bytes (densest piece alone: {densest_piece:.3} per byte)\n\
             {input:#?}",
            small.len(),
            large.len()
        );
    }

    let ratio = ns_per_byte(&large, &options, RUNS) / ns_per_byte(&small, &options, RUNS);
    if ratio <= MAX_RATIO {
        return;
    }
    // Suspect: measure again, more carefully, before calling it a bug.
    let t_small = ns_per_byte(&small, &options, CONFIRM_RUNS);
    let t_large = ns_per_byte(&large, &options, CONFIRM_RUNS);
    let confirmed = t_large / t_small;
    if confirmed <= MAX_RATIO {
        return;
    }
    // Still suspect: a step (a threshold crossed between the two sizes) or a climb?
    let larger = input.shape.expand(BASE * GROWTH * CONFIRM_GROWTH);
    if larger.len() < large.len() * CONFIRM_GROWTH / 2 {
        return;
    }
    let t_larger = ns_per_byte(&larger, &options, CONFIRM_RUNS);
    let climb = t_larger / t_large;
    if climb > CONFIRM_RATIO {
        panic!(
            "superlinear: {t_small:.2} ns/byte at {} bytes, {t_large:.2} ns/byte at {} bytes \
             (ratio {confirmed:.1}), {t_larger:.2} ns/byte at {} bytes (ratio {climb:.2})\n\
             {input:#?}",
            small.len(),
            large.len(),
            larger.len()
        );
    }
});
