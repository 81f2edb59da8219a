//! W3C Web Annotation (JSON-LD): one annotation per node of the kinds asked for.

use super::Kinds;
use super::selector::{CONTEXT_CHARS, Selector, TextPosition, TextQuote};
use super::walk::items;
use crate::ast::Document;
use crate::position::{LineIndex, OffsetError};
use serde::{Deserialize, Serialize};

/// The JSON-LD context of the Web Annotation model.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// What to export and how to name it.
///
/// ```
/// use speechmark::export::{Kinds, W3cOptions};
/// let options = W3cOptions::new("https://example.org/briefing.txt")
///     .kinds(Kinds::only(["turn"]).unwrap())
///     .context(16);
/// assert_eq!(options.source, "https://example.org/briefing.txt");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct W3cOptions {
    /// The IRI of the text annotated: every annotation's `target.source`.
    pub source: String,
    /// What annotation ids start with; the annotation's number (from 1) follows. By default
    /// the source followed by `#annotation-`.
    pub id_prefix: String,
    /// Which nodes get an annotation.
    pub node_kinds: Kinds,
    /// How many code points of context the quote selectors keep on each side.
    pub context_chars: usize,
}

impl W3cOptions {
    /// Annotations of `source`: every node but the document, 32 code points of context.
    ///
    /// ```
    /// let o = speechmark::export::W3cOptions::new("urn:x");
    /// assert_eq!(o.id_prefix, "urn:x#annotation-");
    /// ```
    #[must_use]
    pub fn new(source: impl Into<String>) -> Self {
        let source = source.into();
        W3cOptions {
            id_prefix: format!("{source}#annotation-"),
            source,
            node_kinds: Kinds::default(),
            context_chars: CONTEXT_CHARS,
        }
    }

    /// Only nodes of these kinds.
    ///
    /// ```
    /// # use speechmark::export::{Kinds, W3cOptions};
    /// let o = W3cOptions::new("urn:x").kinds(Kinds::only(["figure"]).unwrap());
    /// assert!(o.node_kinds.contains("figure") && !o.node_kinds.contains("turn"));
    /// ```
    #[must_use]
    pub fn kinds(mut self, kinds: Kinds) -> Self {
        self.node_kinds = kinds;
        self
    }

    /// Code points of context on each side of a quote.
    ///
    /// ```
    /// # use speechmark::export::W3cOptions;
    /// assert_eq!(W3cOptions::new("urn:x").context(8).context_chars, 8);
    /// ```
    #[must_use]
    pub fn context(mut self, chars: usize) -> Self {
        self.context_chars = chars;
        self
    }
}

/// An `AnnotationPage`: the annotations of one document, in document order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnotationPage {
    /// Always [`CONTEXT`].
    #[serde(rename = "@context")]
    pub context: String,
    /// Always `AnnotationPage`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The annotations.
    pub items: Vec<Annotation>,
}

/// One annotation: a node's kind (the body) on a passage of the text (the target).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotation {
    /// The annotation's IRI.
    pub id: String,
    /// Always `Annotation`.
    #[serde(rename = "type")]
    pub kind: String,
    /// What the passage is.
    pub body: Body,
    /// Where the passage is.
    pub target: Target,
}

/// A `TextualBody` classifying the passage with the node's kind (`turn`, `figure`, ...).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Body {
    /// Always `TextualBody`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The node's kind, as in speechmark's JSON.
    pub value: String,
    /// Always `classifying`.
    pub purpose: String,
}

/// The annotated passage: the text's IRI and the selectors that find the passage in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    /// The text's IRI.
    pub source: String,
    /// A `TextPositionSelector` (code points) and a `TextQuoteSelector`.
    pub selector: Vec<Selector>,
}

impl Target {
    /// The position and quote selectors, if present: what [`anchor`](crate::anchor) needs.
    ///
    /// ```
    /// use speechmark::export::{w3c, W3cOptions};
    /// let text = "Q: Why?";
    /// let page = w3c(&speechmark::parse(text), text, &W3cOptions::new("urn:x")).unwrap();
    /// let (position, quote) = page.items[0].target.selectors();
    /// assert_eq!(position.map(|p| (p.start, p.end)), Some((0, 7)));
    /// assert_eq!(quote.map(|q| q.exact.as_str()), Some("Q: Why?"));
    /// ```
    #[must_use]
    pub fn selectors(&self) -> (Option<&TextPosition>, Option<&TextQuote>) {
        let position = self.selector.iter().find_map(|s| match s {
            Selector::Position(p) => Some(p),
            Selector::Quote(_) => None,
        });
        let quote = self.selector.iter().find_map(|s| match s {
            Selector::Quote(q) => Some(q),
            Selector::Position(_) => None,
        });
        (position, quote)
    }
}

/// The W3C Web Annotation export of a document: an annotation for every node of the kinds
/// asked for, in document order, each with a `TextPositionSelector` in code points and a
/// `TextQuoteSelector` (exact text, and up to `context_chars` code points either side).
/// Serialize the page with serde (e.g. `serde_json::to_string`) for JSON-LD.
///
/// An error means that `text` is not the text the document was parsed from (a span does not
/// fall on its character boundaries).
///
/// ```
/// use speechmark::export::{w3c, Kinds, Selector, TextPosition, W3cOptions};
///
/// let text = "“Ça va?” 😀\nPutin: Yes.";
/// let doc = speechmark::parse(text);
/// let options = W3cOptions::new("urn:x").kinds(Kinds::only(["speaker_label"]).unwrap());
/// let page = w3c(&doc, text, &options).unwrap();
/// assert_eq!(page.items.len(), 1);
/// let label = &page.items[0];
/// assert_eq!(label.body.value, "speaker_label");
/// // “Ça va?” is 8 code points, then a space, the emoji and the line break.
/// assert_eq!(label.target.selector[0], Selector::Position(TextPosition { start: 11, end: 17 }));
/// ```
pub fn w3c(
    doc: &Document,
    text: &str,
    options: &W3cOptions,
) -> Result<AnnotationPage, OffsetError> {
    let index = LineIndex::new(text);
    let mut annotations = Vec::new();
    for item in items(doc).filter(|i| options.node_kinds.contains(i.kind)) {
        let position = TextPosition::of(&index, item.span)?;
        let quote = TextQuote::of(text, item.span, options.context_chars)?;
        annotations.push(Annotation {
            id: format!("{}{}", options.id_prefix, annotations.len() + 1),
            kind: "Annotation".to_owned(),
            body: Body {
                kind: "TextualBody".to_owned(),
                value: item.kind.to_owned(),
                purpose: "classifying".to_owned(),
            },
            target: Target {
                source: options.source.clone(),
                selector: vec![Selector::Position(position), Selector::Quote(quote)],
            },
        });
    }
    Ok(AnnotationPage {
        context: CONTEXT.to_owned(),
        kind: "AnnotationPage".to_owned(),
        items: annotations,
    })
}
