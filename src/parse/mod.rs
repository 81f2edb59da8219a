//! The parser: the driver that runs every pass in order, and the passes themselves.
//!
//! 1. [`lines`] splits the text into lines (memchr), [`layout`] decides how paragraphs are laid
//!    out, [`units`] groups lines into paragraph units and classifies each one (separator,
//!    heading ([`heading`]), speaker label ([`label`]), text);
//! 2. [`dialogue`] follows labels and quotation state across units and builds the blocks;
//! 3. the inline layer ([`crate::inline`]) splits each finished paragraph into sentences and
//!    finds their figures, links, placeholders and quotations.

mod builder;
pub(crate) mod dialogue;
pub(crate) mod heading;
pub(crate) mod label;
pub(crate) mod layout;
pub(crate) mod lines;
pub(crate) mod units;

use crate::ast::{Document, Layout};
use crate::diagnostic::{Diagnostic, DiagnosticCode};
use crate::options::Options;
use crate::span::sp;
use builder::Builder;

/// Runs every pass over `text`, whose length the caller has checked.
pub(crate) fn parse(text: &str, options: &Options) -> Document {
    let shape = match options.layout {
        Some(layout) => layout::Shape::given(layout),
        None => layout::detect(text),
    };
    let (layout, lone_paragraphs) = (shape.layout, shape.lone_paragraphs);
    let mut builder = Builder::new(text, layout, options.inlines, shape.units);
    // The units pass takes the lines the detection found rather than searching again.
    let mut units = units::UnitStream::new(text, layout, &shape.lines);
    // One paragraph per line: a blank line ends an unquoted turn (it separates a document's
    // parts), unless the paragraphs mostly stand alone between blank lines anyway.
    let blank_ends_turns = layout == Layout::LinePerParagraph && !lone_paragraphs;
    dialogue::build(text, &mut units, blank_ends_turns, &mut builder);
    control_characters(text, builder.diagnostics());
    builder.finish()
}

/// Reports runs of C0 control characters other than tab and line breaks: they are kept in the
/// tree (nothing is dropped), but they usually mean the input was not meant as text.
fn control_characters(text: &str, out: &mut Vec<Diagnostic>) {
    const CHUNK: usize = 64;
    let bytes = text.as_bytes();
    let mut chunks = bytes.chunks_exact(CHUNK);
    let mut at = 0;
    for chunk in &mut chunks {
        // A fixed-size chunk and a branch-free test over it let the compiler unroll and
        // vectorise the common case of clean text; only a chunk that holds a control
        // character is walked byte by byte.
        if chunk.iter().fold(0u8, |any, &b| any | control_bit(b)) != 0 {
            runs(bytes, at, at + CHUNK, out);
        }
        at += CHUNK;
    }
    if chunks.remainder().iter().any(|&b| control_bit(b) != 0) {
        runs(bytes, at, bytes.len(), out);
    }
}

/// Reports the runs of control characters that start in `bytes[from..to]` (a run may go on
/// past `to`; the next chunk then starts inside it and skips what was reported).
fn runs(bytes: &[u8], from: usize, to: usize, out: &mut Vec<Diagnostic>) {
    let mut i = from;
    // A run reported from the previous chunk already covers this chunk's first bytes.
    if from > 0 && bytes.get(from - 1).is_some_and(|&b| is_control(b)) {
        while i < to && bytes.get(i).is_some_and(|&b| is_control(b)) {
            i += 1;
        }
    }
    while i < to {
        if is_control(bytes.get(i).copied().unwrap_or(b' ')) {
            let start = i;
            while bytes.get(i).is_some_and(|&b| is_control(b)) {
                i += 1;
            }
            out.push(Diagnostic::new(
                sp(start, i),
                DiagnosticCode::ControlCharacter,
                if i - start == 1 {
                    std::borrow::Cow::Borrowed("a control character in the text")
                } else {
                    std::borrow::Cow::Owned(format!("{} control characters in the text", i - start))
                },
            ));
        } else {
            i += 1;
        }
    }
}

fn is_control(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f
}

/// [`is_control`] as 0 or 1, without branches, for the chunked scan: `b & 0xE0 == 0` is
/// `b < 0x20`, and `b | 4 == 13` holds for tab (9) and carriage return (13) alone.
fn control_bit(b: u8) -> u8 {
    let low = b & 0xE0 == 0;
    let allowed = (b | 4 == 13) | (b == b'\n');
    u8::from((low & !allowed) | (b == 0x7f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_branch_free_test_is_the_plain_one() {
        for b in 0..=u8::MAX {
            assert_eq!(control_bit(b) == 1, is_control(b), "{b:#x}");
        }
    }

    #[test]
    fn runs_across_chunks_are_reported_once() {
        // A run of three control characters straddling the first 64-byte chunk boundary,
        // then one in the short tail.
        let mut text = "a".repeat(62);
        text.push_str("\u{1}\u{2}\u{3}");
        text.push_str("bc\u{7f}");
        let mut out = Vec::new();
        control_characters(&text, &mut out);
        let spans: Vec<_> = out.iter().map(|d| (d.span.start, d.span.end)).collect();
        assert_eq!(spans, vec![(62, 65), (67, 68)]);
    }
}
