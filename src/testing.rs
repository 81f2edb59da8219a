//! The invariants every parse keeps, as one check that tests and fuzz targets share (cargo
//! feature `testing`, also pulled in by `generator`).
//!
//! The crate's own fixture tests, property tests and fuzz targets call
//! [`check_invariants`]; a user who fuzzes a tool built on speechmark can call it on every
//! input as well.

use crate::{Document, Options, parse_with};
use std::fmt;

/// Which invariant a parse broke, and how.
///
/// ```
/// let err = speechmark::testing::InvariantError::new("json", "differs");
/// assert_eq!(err.to_string(), "json: differs");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvariantError {
    /// The invariant: `span_contract`, `lossless` or `json`.
    pub invariant: &'static str,
    /// What went wrong.
    pub message: String,
}

impl InvariantError {
    /// An error for `invariant` with `message`.
    #[must_use]
    pub fn new(invariant: &'static str, message: impl Into<String>) -> Self {
        InvariantError {
            invariant,
            message: message.into(),
        }
    }
}

impl fmt::Display for InvariantError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.invariant, self.message)
    }
}

impl std::error::Error for InvariantError {}

/// Parses `text` with `options` and checks everything a parse promises:
///
/// - `span_contract`: [`Document::check`] (spans on character boundaries, inside their
///   parents, ordered, not overlapping, nothing dropped);
/// - `lossless`: the top-level [`pieces`](Document::pieces) give back `text` byte for byte;
/// - `json`: the JSON form reads back as the same document, and writing that again gives the
///   same JSON text.
///
/// Returns the document, so that a test can go on to check what it found.
///
/// ```
/// use speechmark::{Options, testing::check_invariants};
///
/// let doc = check_invariants("Putin: “Yes.”\nSharif: No.\n", &Options::new()).unwrap();
/// assert_eq!(doc.turns().count(), 2);
/// ```
///
/// # Errors
///
/// The first invariant that does not hold.
pub fn check_invariants(text: &str, options: &Options) -> Result<Document, InvariantError> {
    let doc = parse_with(text, options);
    doc.check(text)
        .map_err(|e| InvariantError::new("span_contract", e.to_string()))?;
    let mut rebuilt = String::with_capacity(text.len());
    for piece in doc.pieces() {
        match piece.span().slice(text) {
            Some(s) => rebuilt.push_str(s),
            None => {
                return Err(InvariantError::new(
                    "lossless",
                    format!("a piece at {} is not a slice of the text", piece.span()),
                ));
            }
        }
    }
    if rebuilt != text {
        return Err(InvariantError::new(
            "lossless",
            "the pieces do not give back the input",
        ));
    }
    let json =
        serde_json::to_string(&doc).map_err(|e| InvariantError::new("json", e.to_string()))?;
    let back: Document = serde_json::from_str(&json)
        .map_err(|e| InvariantError::new("json", format!("{e}: {json}")))?;
    if back != doc {
        return Err(InvariantError::new(
            "json",
            "reading the JSON back changed the tree",
        ));
    }
    let again =
        serde_json::to_string(&back).map_err(|e| InvariantError::new("json", e.to_string()))?;
    if again != json {
        return Err(InvariantError::new(
            "json",
            "writing the tree again changed the JSON",
        ));
    }
    Ok(doc)
}
