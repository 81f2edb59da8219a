//! Inline nodes: what a sentence holds (figures, links, link placeholders, quotations).

use super::document::{Document, InlineKind, InlineRec, QuoteRec};
use super::ids::InlineId;
use super::kind::NodeKind;
use super::{Figure, Link, LinkPlaceholder};
use crate::span::Span;

/// How deeply quotations may nest inside a sentence. Deeper opening marks are ignored, so the
/// tree's depth is bounded whatever the input.
pub const MAX_QUOTE_DEPTH: usize = 4;

/// An inline node: a [`Figure`], a [`Link`], a [`LinkPlaceholder`] or a quotation
/// ([`QuoteRef`]), to `match` on. Get one from [`InlineRef::get`].
///
/// ```
/// use speechmark::Inline;
///
/// let text = "She called it “a record” and left.";
/// let doc = speechmark::parse(text);
/// let sentence = doc.sentences().next().unwrap();
/// let first = sentence.inlines().next().unwrap();
/// let Inline::Quote(q) = first.get() else { panic!("a quotation") };
/// assert_eq!(q.span().slice(text), Some("“a record”"));
/// ```
///
/// A figure comes as an owned [`Figure`], built from the document's compact storage when the
/// node is read (so `Inline` is `Clone` but not `Copy`).
#[derive(Clone, Debug)]
pub enum Inline<'d> {
    /// A number with its meaning.
    Figure(Figure),
    /// A URL or e-mail address.
    Link(&'d Link),
    /// Text that stood for a link whose target was lost.
    LinkPlaceholder(&'d LinkPlaceholder),
    /// A quotation inside a sentence.
    Quote(QuoteRef<'d>),
}

/// A view of an inline node: its id, span, kind, data and place in the tree.
///
/// ```
/// use speechmark::NodeKind;
///
/// let doc = speechmark::parse("Trade reached US$1.3 billion.");
/// let inline = doc.sentences().next().unwrap().inlines().next().unwrap();
/// assert_eq!(inline.kind(), NodeKind::Figure);
/// assert_eq!(inline.as_figure().and_then(|f| f.value).map(|v| v.to_string()), Some("1300000000".into()));
/// ```
#[derive(Clone, Copy)]
pub struct InlineRef<'d> {
    pub(crate) doc: &'d Document,
    pub(crate) id: InlineId,
}

impl<'d> InlineRef<'d> {
    pub(crate) fn new(doc: &'d Document, id: InlineId) -> Self {
        InlineRef { doc, id }
    }

    pub(crate) fn rec(self) -> InlineRec {
        // Ids are only made for records that exist; the fallback keeps the view total.
        self.doc.inline_rec(self.id.index()).unwrap_or(InlineRec {
            kind: InlineKind::Quote,
            index: u32::MAX,
        })
    }

    /// The node's id.
    #[must_use]
    pub fn id(self) -> InlineId {
        self.id
    }

    /// The node's span.
    #[must_use]
    pub fn span(self) -> Span {
        let rec = self.rec();
        let i = rec.index as usize;
        let doc = self.doc;
        match rec.kind {
            InlineKind::Figure => doc.figure_span(i),
            InlineKind::Link => doc.links.get(i).map(|l| l.span),
            InlineKind::Placeholder => doc.placeholders.get(i).map(|p| p.span),
            InlineKind::Quote => doc.quotes.get(i).map(|q: &QuoteRec| q.open.cover(q.close)),
        }
        .unwrap_or_default()
    }

    /// The node's text in `source` (the text the document was parsed from).
    #[must_use]
    pub fn text(self, source: &str) -> Option<&str> {
        self.span().slice(source)
    }

    /// The node's kind: [`NodeKind::Figure`], [`NodeKind::Link`],
    /// [`NodeKind::LinkPlaceholder`] or [`NodeKind::Quote`].
    #[must_use]
    pub fn kind(self) -> NodeKind {
        match self.rec().kind {
            InlineKind::Figure => NodeKind::Figure,
            InlineKind::Link => NodeKind::Link,
            InlineKind::Placeholder => NodeKind::LinkPlaceholder,
            InlineKind::Quote => NodeKind::Quote,
        }
    }

    /// The node's data, to `match` on.
    #[must_use]
    pub fn get(self) -> Inline<'d> {
        let rec = self.rec();
        let i = rec.index as usize;
        let doc = self.doc;
        match rec.kind {
            InlineKind::Figure => doc.decode_figure(i).map(Inline::Figure),
            InlineKind::Link => doc.links.get(i).map(Inline::Link),
            InlineKind::Placeholder => doc.placeholders.get(i).map(Inline::LinkPlaceholder),
            InlineKind::Quote => None,
        }
        .unwrap_or(Inline::Quote(QuoteRef(self)))
    }

    /// The figure, if this node is one, built from the document's compact storage.
    #[must_use]
    pub fn as_figure(self) -> Option<Figure> {
        let rec = self.rec();
        match rec.kind {
            InlineKind::Figure => self.doc.decode_figure(rec.index as usize),
            _ => None,
        }
    }

    /// The link, if this node is one.
    #[must_use]
    pub fn as_link(self) -> Option<&'d Link> {
        let rec = self.rec();
        match rec.kind {
            InlineKind::Link => self.doc.links.get(rec.index as usize),
            _ => None,
        }
    }

    /// The link placeholder, if this node is one.
    #[must_use]
    pub fn as_link_placeholder(self) -> Option<&'d LinkPlaceholder> {
        let rec = self.rec();
        match rec.kind {
            InlineKind::Placeholder => self.doc.placeholders.get(rec.index as usize),
            _ => None,
        }
    }

    /// The quotation, if this node is one.
    #[must_use]
    pub fn as_quote(self) -> Option<QuoteRef<'d>> {
        (self.rec().kind == InlineKind::Quote).then_some(QuoteRef(self))
    }

    /// The inline nodes directly inside this one (only a quotation has any).
    pub fn children(self) -> InlineSiblings<'d> {
        let i = self.id.index();
        InlineSiblings::new(self.doc, i + 1, self.doc.inline_subtree_end(i))
    }
}

impl std::fmt::Debug for InlineRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InlineRef")
            .field("id", &self.id)
            .field("kind", &self.kind())
            .field("span", &self.span())
            .finish()
    }
}

/// A quotation inside a sentence: both of its marks, and the inline nodes inside it (figures,
/// links, placeholders and quotations nested in it, at most [`MAX_QUOTE_DEPTH`] deep).
///
/// In JSON: `{"kind":"quote","span":[s,e],"open":[s,e],"close":[s,e],"inlines":[…]}`;
/// `inlines` is left out when empty.
///
/// ```
/// let text = "She called it “a ‘historic’ day” and left.";
/// let doc = speechmark::parse(text);
/// let q = doc.sentences().next().unwrap().inlines().next().unwrap().as_quote().unwrap();
/// assert_eq!(q.span().slice(text), Some("“a ‘historic’ day”"));
/// assert_eq!(q.open().slice(text), Some("“"));
/// let inner = q.inlines().next().unwrap().as_quote().unwrap();
/// assert_eq!(inner.span().slice(text), Some("‘historic’"));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct QuoteRef<'d>(InlineRef<'d>);

impl<'d> QuoteRef<'d> {
    fn marks(self) -> (Span, Span) {
        self.0
            .doc
            .quote_at(self.0.id.index())
            .map_or((Span::empty(0), Span::empty(0)), |q| (q.open, q.close))
    }

    /// The quotation as an inline node (its id, parent, ...).
    #[must_use]
    pub fn node(self) -> InlineRef<'d> {
        self.0
    }

    /// From the opening mark to the closing mark, inclusive.
    #[must_use]
    pub fn span(self) -> Span {
        self.0.span()
    }

    /// The opening mark.
    #[must_use]
    pub fn open(self) -> Span {
        self.marks().0
    }

    /// The closing mark.
    #[must_use]
    pub fn close(self) -> Span {
        self.marks().1
    }

    /// The inline nodes inside the quotation, in order and without overlaps.
    pub fn inlines(self) -> InlineSiblings<'d> {
        self.0.children()
    }
}

/// The inline nodes of one level (a sentence's, or a quotation's), in order: each step skips
/// the subtree of the node before it.
#[derive(Clone, Debug)]
pub struct InlineSiblings<'d> {
    doc: &'d Document,
    next: usize,
    end: usize,
}

impl<'d> InlineSiblings<'d> {
    pub(crate) fn new(doc: &'d Document, start: usize, end: usize) -> Self {
        InlineSiblings {
            doc,
            next: start,
            end,
        }
    }
}

impl<'d> Iterator for InlineSiblings<'d> {
    type Item = InlineRef<'d>;

    fn next(&mut self) -> Option<InlineRef<'d>> {
        if self.next >= self.end || self.next >= self.doc.inlines.len() {
            return None;
        }
        let node = InlineRef::new(self.doc, InlineId::new(self.next));
        self.next = self.doc.inline_subtree_end(self.next);
        Some(node)
    }
}

impl std::iter::FusedIterator for InlineSiblings<'_> {}
