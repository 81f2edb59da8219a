//! The tree in the formats other tools read.
//!
//! - [`Json`]: speechmark's own JSON, versioned, with optional extra fields on every node: its
//!   text, and its offsets in code points, UTF-16 units and lines and columns (the format is
//!   described below and in `schema/speechmark.schema.json`, shipped in the crate).
//! - [`w3c()`]: W3C Web Annotation (JSON-LD), an annotation per node of the kinds asked for.
//! - [`brat()`]: brat standoff (`.ann`), in code points, for the text unchanged.
//!
//! Every export counts offsets in the text exactly as given to the parser (see
//! [`LineIndex`](crate::LineIndex)): nothing is normalised, a `\r\n` counts two, a byte-order
//! mark one.
//!
//! # The JSON format, version 1
//!
//! [`Json`] writes the objects that `serde_json::to_string(&doc)` writes (`"format_version": 1`
//! first, the number of [`FORMAT_VERSION`]; then every node an object with a `"kind"` and a
//! `"span": [start, end]` in bytes, children nested, diagnostics at the end), and adds:
//!
//! - at the top, `"source"` (where the text came from) when one is given;
//! - on every object that has a `"span"` (every node, every diagnostic), just after it, the
//!   fields asked for:
//!   - `"content"`: the text the span covers (tools such as jq slice strings by code points,
//!     so byte spans alone are a trap);
//!   - `"chars"`: `{"span": [start, end], ...}` in code points, for the span and for each of
//!     the node's named sub-spans (a label's `"name"` and `"punct"`, a quotation's `"open"`
//!     and `"close"`, ...), under the same names;
//!   - `"utf16"`: the same in UTF-16 code units;
//!   - `"lines"`: the same as `[[line, column], [line, column]]`, both counted from 1 (as
//!     editors display them; LSP counts from 0), the column in code points.
//!
//! A change that removes or renames a field, or changes a unit, raises the version; new
//! fields and node kinds do not.
//!
//! ```
//! use speechmark::export::Json;
//!
//! let text = "🇵🇰 Q: Why?";
//! let doc = speechmark::parse(text);
//! let json = serde_json::to_value(Json::new(&doc, text).content(true).chars(true)).unwrap();
//! assert_eq!(json["format_version"], 1);
//! assert_eq!(json["span"], serde_json::json!([0, 16]));
//! assert_eq!(json["chars"]["span"], serde_json::json!([0, 10]));
//! assert_eq!(json["content"], text);
//! ```

mod brat;
mod capture;
mod json;
mod proxy;
mod selector;
mod w3c;
pub(crate) mod walk;

pub use brat::brat;
pub use json::{FORMAT_VERSION, Json};
pub use selector::{CONTEXT_CHARS, Selector, TextPosition, TextQuote};
pub use w3c::{Annotation, AnnotationPage, Body, CONTEXT, Target, W3cOptions, w3c};
pub use walk::KINDS;

/// The JSON Schema (draft 2020-12) of [`Json`]'s output, as shipped in the crate's
/// `schema/speechmark.schema.json`.
///
/// ```
/// let schema: serde_json::Value = serde_json::from_str(speechmark::export::JSON_SCHEMA).unwrap();
/// assert_eq!(schema["$defs"]["document"]["properties"]["format_version"]["const"], 1);
/// ```
pub const JSON_SCHEMA: &str = include_str!("../../schema/speechmark.schema.json");

/// Which node kinds an export covers. By default every kind but `document`.
///
/// ```
/// use speechmark::export::Kinds;
///
/// assert!(Kinds::default().contains("turn"));
/// assert!(!Kinds::default().contains("document"));
/// assert!(Kinds::only(["turn", "figure"]).unwrap().contains("figure"));
/// assert_eq!(
///     Kinds::only(["tun"]).unwrap_err().to_string(),
///     "unknown node kind `tun`; known kinds: document, heading, separator, page_marker, \
///      paragraph, sentence, dialogue, turn, speaker_label, utterance, figure, link, \
///      link_placeholder, quote"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kinds {
    kinds: Vec<&'static str>,
}

impl Default for Kinds {
    fn default() -> Self {
        Kinds {
            kinds: KINDS.iter().copied().filter(|&k| k != "document").collect(),
        }
    }
}

impl Kinds {
    /// Every kind, the document included.
    ///
    /// ```
    /// assert!(speechmark::export::Kinds::all().contains("document"));
    /// ```
    #[must_use]
    pub fn all() -> Self {
        Kinds {
            kinds: KINDS.to_vec(),
        }
    }

    /// Only the kinds named (as in JSON: `turn`, `speaker_label`, ...).
    ///
    /// ```
    /// assert!(speechmark::export::Kinds::only(["quote"]).is_ok());
    /// ```
    pub fn only<'k>(names: impl IntoIterator<Item = &'k str>) -> Result<Self, UnknownKind> {
        let mut kinds = Vec::new();
        for name in names {
            let known = KINDS
                .iter()
                .find(|&&k| k == name)
                .ok_or_else(|| UnknownKind(name.to_owned()))?;
            kinds.push(*known);
        }
        Ok(Kinds { kinds })
    }

    /// Whether nodes of this kind are covered.
    ///
    /// ```
    /// assert!(!speechmark::export::Kinds::only(["turn"]).unwrap().contains("quote"));
    /// ```
    #[must_use]
    pub fn contains(&self, kind: &str) -> bool {
        self.kinds.contains(&kind)
    }
}

/// A node kind that the tree does not have.
///
/// ```
/// assert!(speechmark::export::Kinds::only(["claim?"]).is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown node kind `{0}`; known kinds: {known}", known = KINDS.join(", "))]
pub struct UnknownKind(pub String);
