//! speechmark reads transcript-style news and briefing text (a lead that introduces people,
//! their quoted exchange, a summary with the numbers that matter, the remains of stripped
//! links) and gives back a typed syntax tree whose every node has an exact byte span into
//! the text.
//!
//! # Parse
//!
//! [`parse`](fn@parse) takes any `&str` and never fails: odd input becomes [`Diagnostic`]s with spans.
//! [`parse_with`] takes [`Options`] (force a layout, switch the inline layer off),
//! [`try_parse`] refuses input too long for `u32` spans, and [`parse_bytes`] refuses bytes
//! that are not UTF-8, naming the first bad one.
//!
//! ```
//! let text = "Talks began in the capital.\nPutin: “Our trade grew by 5% in 2024.”\nSharif: Thank you.\n";
//! let doc = speechmark::parse(text);
//! assert!(doc.diagnostics().is_empty());
//! ```
//!
//! # Walk
//!
//! The tree is read through small `Copy` views: the flat queries ([`Document::turns`],
//! [`Document::sentences`], [`Document::paragraphs`], [`Document::headings`], ...) give every
//! node of a kind in document order, each view gives its children
//! ([`TurnRef::paragraphs`], [`ParagraphRef::sentences`], [`SentenceRef::inlines`]) and its
//! parent, and leaf data are plain structs ([`Figure`], [`Link`], [`LinkPlaceholder`],
//! [`SpeakerLabel`]), [`Document::figures`] a flat list of every figure.
//!
//! ```
//! # let text = "Talks began in the capital.\nPutin: “Our trade grew by 5% in 2024.”\nSharif: Thank you.\n";
//! # let doc = speechmark::parse(text);
//! let speakers: Vec<_> = doc.turns().map(|t| t.speaker_text(text)).collect();
//! assert_eq!(speakers, [Some("Putin"), Some("Sharif")]);
//!
//! let spoken = doc.sentences().find(|s| s.turn().is_some()).unwrap();
//! assert_eq!(spoken.text(text), Some("Our trade grew by 5% in 2024."));
//! let figures: Vec<_> = spoken.figures().map(|f| f.span.slice(text).unwrap()).collect();
//! assert_eq!(figures, ["5%", "2024"]);
//! ```
//!
//! Every node also has a uniform view, [`NodeRef`], with a [`NodeKind`], a [`NodeId`] to key
//! side tables on (each view's typed id, such as [`TurnId`], does the same for one kind),
//! its children and its parent; [`Document::nodes`] walks them all in pre-order without
//! allocating per node.
//!
//! ```
//! use speechmark::NodeKind;
//! # let text = "Talks began in the capital.\nPutin: “Our trade grew by 5% in 2024.”\nSharif: Thank you.\n";
//! # let doc = speechmark::parse(text);
//! let labels = doc.nodes().filter(|(_, n)| n.kind() == NodeKind::SpeakerLabel).count();
//! assert_eq!(labels, 2);
//! ```
//!
//! # Spans
//!
//! A [`Span`] is a half-open byte range into the exact input: nothing is normalised first.
//! Spans lie on character boundaries and inside their parent; siblings are ordered and do not
//! overlap; the top-level [`Document::pieces`] give back the input byte for byte.
//! [`Document::check`] verifies all of it. [`LineIndex`] converts byte offsets to code points
//! (Python, W3C Web Annotation), UTF-16 units (JavaScript, LSP) and lines and columns.
//!
//! # JSON and snapshots
//!
//! With serde, every node is an object with a `"kind"` ([`NodeKind::as_str`]) and a
//! `"span": [start, end]`, children nested under their parent; it reads back into the same
//! [`Document`]. [`Document::render`] prints one node a line (kind, span, facts, an excerpt):
//! a compact, deterministic form for snapshot tests.
//!
//! ```
//! let doc = speechmark::parse("Q: Why?");
//! let json = serde_json::to_string(&doc).unwrap();
//! assert!(json.starts_with(r#"{"format_version":1,"kind":"document","span":[0,7],"layout":"line_per_paragraph","blocks":[{"kind":"dialogue""#));
//! let back: speechmark::Document = serde_json::from_str(&json).unwrap();
//! assert_eq!(back, doc);
//! ```
//!
//! # How it works
//!
//! One pass per layer; each pass takes what the one before handed it and never calls back up.
//!
//! | pass | where | takes | hands on |
//! | --- | --- | --- | --- |
//! | lines | `parse/lines.rs` | the text | line ranges (memchr for `\n` and `\r`) |
//! | layout | `parse/layout.rs` | lines | one paragraph per line, or blank-line separated and hard-wrapped |
//! | units | `parse/units/` | lines, layout | paragraph-sized units, each classified (`parse/units/classify.rs`): separator, heading (`parse/heading.rs`), speaker label (`parse/label/`), page marker, closing matter, text; streamed a batch at a time |
//! | dialogue | `parse/dialogue.rs` | units, as it asks for them | blocks, turns and utterances, following labels and quotation marks across paragraphs, appended to the builder |
//! | builder | `parse/builder.rs` | blocks in order | the [`Document`]: each paragraph or title is split and scanned as soon as it is appended |
//! | sentences | `inline/sentences/` | a paragraph | sentence spans (abbreviations, decimals, initials, ellipses, quotation marks) |
//! | inlines | `inline/` (`figure/`, `link.rs`, `placeholder.rs`, `quote.rs`) | a sentence | figures, links, link placeholders and nested quotations, in pre-order |
//!
//! memchr and byte classes find candidates; small nom grammars, each with its grammar in its
//! doc comment, decide what a candidate is. `lexical.rs` is the one home of what every pass
//! asks about characters (quotation marks, white space).
//!
//! The tree (`ast/`) is stored flat, per document: one array per node kind in document
//! order, a parent holding the contiguous range of its children, inline nodes in pre-order
//! with the end of their subtree and their parent. A parse makes a few large allocations,
//! and the views above read the arrays. `check.rs` holds the span contract, `render.rs` the
//! text rendering, `position.rs` the offset conversions.
//!
//! # Cargo features
//!
//! - `cli`: the `speechmark` command-line program.
//! - `testing`: [`testing::check_invariants`], the checks every parse promises (span
//!   contract, lossless pieces, JSON round trip), for tests and fuzz targets.
//! - `generator`: `generate`, proptest strategies that build documents of known structure.
//!
//! The default build depends only on memchr, nom, serde and thiserror, and forbids `unsafe`.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod analysis;
pub mod anchor;
mod ast;
mod check;
mod diagnostic;
mod error;
pub mod export;
#[cfg(feature = "generator")]
pub mod generate;
mod inline;
mod lexical;
mod options;
mod parse;
mod position;
mod render;
mod span;
#[cfg(feature = "testing")]
pub mod testing;

pub use analysis::{Analysis, analyze};
pub use ast::{
    BlockRef, Currency, Decimal, DialogueId, DialogueRef, Direction, Document, FORMAT_VERSION,
    Fields, Figure, FigureKind, Figures, Fraction, HeadingId, HeadingRef, Inline, InlineId,
    InlineRef, InlineSiblings, IsoDate, LabelStyle, Layout, Link, LinkForm, LinkPlaceholder,
    MAX_QUOTE_DEPTH, NodeChildren, NodeId, NodeKind, NodeRef, Nodes, PageMarkerId, PageMarkerRef,
    ParagraphId, ParagraphRef, ParseDecimalError, PlaceholderKind, QuoteRef, Sense, SentenceId,
    SentenceRef, SeparatorId, SeparatorRef, SpeakerLabel, TurnId, TurnRef, UtteranceRef,
};
pub use check::{ContractError, Piece, Pieces};
pub use diagnostic::{Diagnostic, DiagnosticCode};
pub use error::Error;
pub use options::Options;
pub use position::{LineCol, LineIndex, OffsetError, Unit};
pub use span::Span;

/// The longest input, in bytes, that spans can address.
pub const MAX_INPUT_LEN: usize = u32::MAX as usize;

/// Parses `text` with the default [`Options`]. Never fails and never panics.
///
/// An input longer than [`MAX_INPUT_LEN`] cannot be addressed by spans: it gives an empty
/// document that carries an [`DiagnosticCode::InputTooLarge`] diagnostic. Use [`try_parse`]
/// to get an error instead.
///
/// ```
/// let doc = speechmark::parse("Putin: “Hello.”\n");
/// assert_eq!(doc.blocks().len(), 1);
/// ```
#[must_use]
pub fn parse(text: &str) -> Document {
    parse_with(text, &Options::default())
}

/// Parses `text` with the given options. Never fails and never panics.
///
/// ```
/// use speechmark::{parse_with, Options};
/// let doc = parse_with("Q: Why?\n", &Options::new());
/// assert_eq!(doc.blocks().len(), 1);
/// ```
#[must_use]
pub fn parse_with(text: &str, options: &Options) -> Document {
    match check_len(text.len(), MAX_INPUT_LEN) {
        Ok(()) => parse::parse(text, options),
        Err(err) => Document::too_large(&err),
    }
}

/// Parses `text`, refusing an input too large for spans instead of giving an empty document.
///
/// ```
/// let doc = speechmark::try_parse("Summary\n", &speechmark::Options::new()).unwrap();
/// assert_eq!(doc.blocks().len(), 1);
/// ```
pub fn try_parse(text: &str, options: &Options) -> Result<Document, Error> {
    check_len(text.len(), MAX_INPUT_LEN)?;
    Ok(parse::parse(text, options))
}

/// Parses bytes that should be UTF-8 text, with the default [`Options`].
///
/// Refuses input that is not UTF-8 (naming the first bad byte) or that is longer than
/// [`MAX_INPUT_LEN`]. A byte-order mark is kept, and spans count it.
///
/// ```
/// use speechmark::{parse_bytes, Error};
///
/// assert!(parse_bytes("Putin: Yes.".as_bytes()).is_ok());
/// assert_eq!(parse_bytes(b"ab\xc3").unwrap_err(), Error::InvalidUtf8 { offset: 2 });
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Document, Error> {
    parse_bytes_with(bytes, &Options::default())
}

/// [`parse_bytes`] with the given options.
///
/// ```
/// use speechmark::{parse_bytes_with, Options};
/// assert!(parse_bytes_with(b"Q: Why?", &Options::new()).is_ok());
/// ```
pub fn parse_bytes_with(bytes: &[u8], options: &Options) -> Result<Document, Error> {
    check_len(bytes.len(), MAX_INPUT_LEN)?;
    let text = std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    Ok(parse::parse(text, options))
}

/// The length check behind every entry point, with the limit as a parameter so that it can be
/// tested without allocating gigabytes.
fn check_len(len: usize, max: usize) -> Result<(), Error> {
    if len > max {
        Err(Error::TooLarge { len, max })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_limit_is_inclusive() {
        assert_eq!(check_len(10, 10), Ok(()));
        assert_eq!(check_len(11, 10), Err(Error::TooLarge { len: 11, max: 10 }));
    }
}

/// The README's examples, compiled and run as doc tests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
