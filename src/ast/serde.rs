//! The JSON form of the tree: every node an object with `kind` and `span`, children nested
//! under their parent. It does not depend on the storage: [`Serialize`] walks the views, and
//! [`Deserialize`] reads a nested mirror of the JSON and appends it to a new document in
//! order, as the parser does.

use super::blocks::BlockRef;
use super::document::Document;
use super::inline::Inline;
use super::node::NodeRef;
use super::turns::{DialogueRef, TurnRef};
use super::views::{HeadingRef, ParagraphRef, SentenceRef};
use super::{Figure, Layout, Link, LinkPlaceholder, PlaceholderKind, SpeakerLabel};
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Deserializer, Serialize};

/// A sequence made on demand from a view (views are `Copy`, so the closure can be called
/// whenever serde asks).
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: IntoIterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

/// The version of the JSON format, written first in every document as `"format_version"`.
/// It changes when a field changes meaning or goes away; new fields and node kinds are added
/// without a new version.
///
/// ```
/// let json = serde_json::to_string(&speechmark::parse("")).unwrap();
/// assert!(json.starts_with(r#"{"format_version":1,"kind":"document""#));
/// assert_eq!(speechmark::FORMAT_VERSION, 1);
/// ```
pub const FORMAT_VERSION: u32 = 1;

impl Serialize for Document {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Document", 6)?;
        st.serialize_field("format_version", &FORMAT_VERSION)?;
        st.serialize_field("kind", "document")?;
        st.serialize_field("span", &self.span)?;
        st.serialize_field("layout", &self.layout)?;
        st.serialize_field("blocks", &Seq(|| self.blocks()))?;
        st.serialize_field("diagnostics", &self.diagnostics)?;
        st.end()
    }
}

impl Serialize for BlockRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            BlockRef::Heading(h) => h.serialize(s),
            BlockRef::Paragraph(p) => p.serialize(s),
            BlockRef::Dialogue(d) => d.serialize(s),
            BlockRef::Separator(sep) => Leaf("separator", sep.span()).serialize(s),
            BlockRef::PageMarker(m) => Leaf("page_marker", m.span()).serialize(s),
        }
    }
}

impl Serialize for HeadingRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Heading", 5)?;
        st.serialize_field("kind", "heading")?;
        st.serialize_field("span", &self.span())?;
        st.serialize_field("text", &self.title())?;
        st.serialize_field("level", &self.level())?;
        match self.placeholder() {
            Some(p) => st.serialize_field("placeholder", &p)?,
            None => st.skip_field("placeholder")?,
        }
        st.serialize_field("sentences", &Seq(|| self.sentences()))?;
        st.end()
    }
}

impl Serialize for ParagraphRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Paragraph", 3)?;
        st.serialize_field("kind", "paragraph")?;
        st.serialize_field("span", &self.span())?;
        st.serialize_field("sentences", &Seq(|| self.sentences()))?;
        st.end()
    }
}

impl Serialize for SentenceRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Sentence", 3)?;
        st.serialize_field("kind", "sentence")?;
        st.serialize_field("span", &self.span())?;
        st.serialize_field("inlines", &Seq(|| self.inlines().map(|i| i.get())))?;
        st.end()
    }
}

impl Serialize for Inline<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Inline::Figure(f) => f.serialize(s),
            Inline::Link(l) => l.serialize(s),
            Inline::LinkPlaceholder(p) => p.serialize(s),
            Inline::Quote(q) => {
                let mut st = s.serialize_struct("Quote", 5)?;
                st.serialize_field("kind", "quote")?;
                st.serialize_field("span", &q.span())?;
                st.serialize_field("open", &q.open())?;
                st.serialize_field("close", &q.close())?;
                // Quotations nest at most `MAX_QUOTE_DEPTH` deep, so this recursion through
                // serde is bounded by the schema, not by the input.
                if q.inlines().next().is_some() {
                    st.serialize_field("inlines", &Seq(|| q.inlines().map(|i| i.get())))?;
                } else {
                    st.skip_field("inlines")?;
                }
                st.end()
            }
        }
    }
}

impl Serialize for DialogueRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Dialogue", 3)?;
        st.serialize_field("kind", "dialogue")?;
        st.serialize_field("span", &self.span())?;
        st.serialize_field("turns", &Seq(|| self.turns()))?;
        st.end()
    }
}

impl Serialize for TurnRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Turn", 4)?;
        st.serialize_field("kind", "turn")?;
        st.serialize_field("span", &self.span())?;
        st.serialize_field("label", self.label())?;
        st.serialize_field("utterance", &Utterance(*self))?;
        st.end()
    }
}

/// A child of an utterance: a paragraph, or a page marker.
struct UtteranceChild<'d>(NodeRef<'d>);

impl Serialize for UtteranceChild<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            NodeRef::Paragraph(p) => p.serialize(s),
            other => Leaf(other.kind().as_str(), other.span()).serialize(s),
        }
    }
}

/// A node that is only its kind and span.
struct Leaf(&'static str, Span);

impl Serialize for Leaf {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Leaf", 2)?;
        st.serialize_field("kind", self.0)?;
        st.serialize_field("span", &self.1)?;
        st.end()
    }
}

struct Utterance<'d>(TurnRef<'d>);

impl Serialize for Utterance<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let u = self.0.utterance();
        let mut st = s.serialize_struct("Utterance", 6)?;
        st.serialize_field("kind", "utterance")?;
        st.serialize_field("span", &u.span())?;
        match u.open() {
            Some(o) => st.serialize_field("open", &o)?,
            None => st.skip_field("open")?,
        }
        if u.reopen().is_empty() {
            st.skip_field("reopen")?;
        } else {
            st.serialize_field("reopen", u.reopen())?;
        }
        match u.close() {
            Some(c) => st.serialize_field("close", &c)?,
            None => st.skip_field("close")?,
        }
        // Page markers (rare: a printed record's page break inside a speech) stand among the
        // paragraphs in document order, each with its own kind, as the walk gives them.
        st.serialize_field(
            "paragraphs",
            &Seq(|| NodeRef::Utterance(u).children().map(UtteranceChild)),
        )?;
        st.end()
    }
}

// ---- Reading JSON back: a nested mirror of the JSON, appended in order. ----

#[derive(Deserialize)]
#[serde(tag = "kind", rename = "document")]
struct DocumentDe {
    /// Absent in JSON written before versions were numbered: that is version 1.
    #[serde(default)]
    format_version: Option<u32>,
    span: Span,
    layout: Layout,
    blocks: Vec<BlockDe>,
    #[serde(default)]
    diagnostics: Vec<Diagnostic>,
}

#[derive(Deserialize)]
#[serde(tag = "kind")]
enum BlockDe {
    #[serde(rename = "heading")]
    Heading {
        span: Span,
        text: Span,
        level: Option<u8>,
        #[serde(default)]
        placeholder: Option<PlaceholderKind>,
        #[serde(default)]
        sentences: Vec<SentenceDe>,
    },
    #[serde(rename = "paragraph")]
    Paragraph(ParagraphDe),
    #[serde(rename = "dialogue")]
    Dialogue { turns: Vec<TurnDe> },
    #[serde(rename = "separator")]
    Separator { span: Span },
    #[serde(rename = "page_marker")]
    PageMarker { span: Span },
}

#[derive(Deserialize)]
struct ParagraphDe {
    span: Span,
    #[serde(default)]
    sentences: Vec<SentenceDe>,
}

#[derive(Deserialize)]
struct SentenceDe {
    span: Span,
    #[serde(default)]
    inlines: Vec<InlineDe>,
}

#[derive(Deserialize)]
#[serde(tag = "kind")]
enum InlineDe {
    #[serde(rename = "figure")]
    Figure(Figure),
    #[serde(rename = "link")]
    Link(Link),
    #[serde(rename = "link_placeholder")]
    LinkPlaceholder(LinkPlaceholder),
    #[serde(rename = "quote")]
    Quote {
        open: Span,
        close: Span,
        #[serde(default)]
        inlines: Vec<InlineDe>,
    },
}

#[derive(Deserialize)]
struct TurnDe {
    label: SpeakerLabel,
    utterance: UtteranceDe,
}

#[derive(Deserialize)]
struct UtteranceDe {
    span: Span,
    #[serde(default)]
    open: Option<Span>,
    #[serde(default)]
    reopen: Vec<Span>,
    #[serde(default)]
    close: Option<Span>,
    /// Paragraphs, and the page markers between them.
    #[serde(default)]
    paragraphs: Vec<UtteranceChildDe>,
}

#[derive(Deserialize)]
#[serde(tag = "kind")]
enum UtteranceChildDe {
    #[serde(rename = "paragraph")]
    Paragraph(ParagraphDe),
    #[serde(rename = "page_marker")]
    PageMarker { span: Span },
}

impl<'de> Deserialize<'de> for Document {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let de = DocumentDe::deserialize(d)?;
        if let Some(v) = de.format_version.filter(|&v| v != FORMAT_VERSION) {
            return Err(serde::de::Error::custom(format!(
                "format_version {v} is not supported (this speechmark reads {FORMAT_VERSION})"
            )));
        }
        let mut doc = Document::empty(de.span, de.layout);
        for block in de.blocks {
            match block {
                BlockDe::Heading {
                    span,
                    text,
                    level,
                    placeholder,
                    sentences,
                } => {
                    doc.append_heading(span, text, level, placeholder);
                    append_sentences(&mut doc, sentences);
                }
                BlockDe::Separator { span } => doc.append_separator(span),
                BlockDe::PageMarker { span } => doc.append_page_marker(span),
                BlockDe::Paragraph(p) => {
                    doc.open_paragraph_block(p.span);
                    append_sentences(&mut doc, p.sentences);
                }
                BlockDe::Dialogue { turns } => {
                    // Two dialogues are never adjacent in a parsed document; in JSON they
                    // could be, so each one starts afresh.
                    doc.close_dialogue();
                    for t in turns {
                        doc.open_turn(t.label);
                        let u = t.utterance;
                        for r in u.reopen {
                            doc.append_reopen(r);
                        }
                        for child in u.paragraphs {
                            match child {
                                UtteranceChildDe::Paragraph(p) => {
                                    doc.open_utterance_paragraph(p.span);
                                    append_sentences(&mut doc, p.sentences);
                                }
                                UtteranceChildDe::PageMarker { span } => {
                                    doc.append_utterance_marker(span);
                                }
                            }
                        }
                        doc.close_turn(u.span, u.open, u.close);
                    }
                }
            }
        }
        doc.close_dialogue();
        doc.diagnostics = de.diagnostics;
        doc.shrink();
        Ok(doc)
    }
}

/// Appends sentences and their inline nodes, quotations in pre-order with an explicit stack
/// (serde_json's own depth limit bounds what can arrive; this loop does not recurse).
fn append_sentences(doc: &mut Document, sentences: Vec<SentenceDe>) {
    for s in sentences {
        doc.append_sentence(s.span);
        let mut stack: Vec<(std::vec::IntoIter<InlineDe>, Option<usize>)> =
            vec![(s.inlines.into_iter(), None)];
        while let Some((iter, _)) = stack.last_mut() {
            match iter.next() {
                Some(InlineDe::Figure(f)) => doc.append_figure(f),
                Some(InlineDe::Link(l)) => doc.append_link(l),
                Some(InlineDe::LinkPlaceholder(p)) => doc.append_placeholder(p),
                Some(InlineDe::Quote {
                    open,
                    close,
                    inlines,
                }) => {
                    let at = doc.open_quote(open, close);
                    stack.push((inlines.into_iter(), Some(at)));
                }
                None => {
                    if let Some((_, Some(at))) = stack.pop() {
                        doc.close_quote(at);
                    }
                }
            }
        }
    }
}
