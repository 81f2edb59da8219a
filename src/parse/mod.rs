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

use crate::ast::Document;
use crate::diagnostic::{Diagnostic, DiagnosticCode};
use crate::options::Options;
use crate::span::sp;
use builder::Builder;

/// Runs every pass over `text`, whose length the caller has checked.
pub(crate) fn parse(text: &str, options: &Options) -> Document {
    let layout = options.layout.unwrap_or_else(|| layout::detect(text));
    let units = units::units(text, layout);
    let mut builder = Builder::new(text, layout, options.inlines, &units);
    dialogue::build(text, &units, layout, &mut builder);
    control_characters(text, builder.diagnostics());
    builder.finish()
}

/// Reports runs of C0 control characters other than tab and line breaks: they are kept in the
/// tree (nothing is dropped), but they usually mean the input was not meant as text.
fn control_characters(text: &str, out: &mut Vec<Diagnostic>) {
    const CHUNK: usize = 64;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A branch-free test over a whole chunk lets the compiler vectorise the common case of
        // clean text; only a chunk that holds a control character is walked byte by byte.
        let end = (i + CHUNK).min(bytes.len());
        let chunk = bytes.get(i..end).unwrap_or_default();
        if !chunk.iter().fold(false, |any, &b| any | is_control_bits(b)) {
            i = end;
            continue;
        }
        while i < end {
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
                        std::borrow::Cow::Owned(format!(
                            "{} control characters in the text",
                            i - start
                        ))
                    },
                ));
            } else {
                i += 1;
            }
        }
    }
}

fn is_control(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f
}

/// [`is_control`] without branches, for the chunked scan.
fn is_control_bits(b: u8) -> bool {
    ((b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r')) | (b == 0x7f)
}
