//! The uniform view of every node: [`NodeKind`], [`NodeRef`] and [`NodeId`], for code that
//! walks the tree without matching on each type (the span check, the rendering, the JSON,
//! exports, users' own tools).

use super::blocks::BlockRef;
use super::document::Document;
use super::ids::{
    DialogueId, HeadingId, InlineId, PageMarkerId, ParagraphId, SentenceId, SeparatorId, TurnId,
};
use super::inline::{InlineRef, InlineSiblings};
use super::kind::NodeKind;
use super::turns::{DialogueRef, TurnRef, UtteranceRef};
use super::views::{HeadingRef, PageMarkerRef, ParagraphRef, SentenceRef, SeparatorRef};
use crate::span::Span;
use std::ops::Range;

/// The id of any node: which kind, and its typed id. `Copy`, hashable and ordered, for side
/// tables keyed on nodes of mixed kinds.
///
/// ```
/// use speechmark::NodeId;
///
/// let doc = speechmark::parse("Q: Why?\n");
/// let turn = doc.turns().next().unwrap();
/// assert_eq!(speechmark::NodeRef::Turn(turn).id(), NodeId::Turn(turn.id()));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NodeId {
    /// The document.
    Document,
    /// A heading.
    Heading(HeadingId),
    /// A separator.
    Separator(SeparatorId),
    /// A page marker.
    PageMarker(PageMarkerId),
    /// A paragraph.
    Paragraph(ParagraphId),
    /// A sentence.
    Sentence(SentenceId),
    /// A dialogue.
    Dialogue(DialogueId),
    /// A turn.
    Turn(TurnId),
    /// The speaker label of a turn.
    SpeakerLabel(TurnId),
    /// The utterance of a turn.
    Utterance(TurnId),
    /// An inline node.
    Inline(InlineId),
}

/// A borrowed node of any kind.
///
/// ```
/// use speechmark::{NodeKind, NodeRef};
///
/// let text = "Putin: Yes.";
/// let doc = speechmark::parse(text);
/// let label = doc.nodes().map(|(_, n)| n).find(|n| n.kind() == NodeKind::SpeakerLabel).unwrap();
/// assert_eq!(label.text(text), Some("Putin:"));
/// assert_eq!(label.parent().map(|p| p.kind()), Some(NodeKind::Turn));
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum NodeRef<'d> {
    /// The document.
    Document(&'d Document),
    /// A heading.
    Heading(HeadingRef<'d>),
    /// A separator.
    Separator(SeparatorRef<'d>),
    /// A page marker.
    PageMarker(PageMarkerRef<'d>),
    /// A paragraph.
    Paragraph(ParagraphRef<'d>),
    /// A sentence.
    Sentence(SentenceRef<'d>),
    /// A dialogue.
    Dialogue(DialogueRef<'d>),
    /// A turn.
    Turn(TurnRef<'d>),
    /// The speaker label of this turn.
    SpeakerLabel(TurnRef<'d>),
    /// An utterance.
    Utterance(UtteranceRef<'d>),
    /// An inline node.
    Inline(InlineRef<'d>),
}

impl<'d> NodeRef<'d> {
    /// The node's kind.
    #[must_use]
    pub fn kind(self) -> NodeKind {
        match self {
            NodeRef::Document(_) => NodeKind::Document,
            NodeRef::Heading(_) => NodeKind::Heading,
            NodeRef::Separator(_) => NodeKind::Separator,
            NodeRef::PageMarker(_) => NodeKind::PageMarker,
            NodeRef::Paragraph(_) => NodeKind::Paragraph,
            NodeRef::Sentence(_) => NodeKind::Sentence,
            NodeRef::Dialogue(_) => NodeKind::Dialogue,
            NodeRef::Turn(_) => NodeKind::Turn,
            NodeRef::SpeakerLabel(_) => NodeKind::SpeakerLabel,
            NodeRef::Utterance(_) => NodeKind::Utterance,
            NodeRef::Inline(i) => i.kind(),
        }
    }

    /// The node's id.
    #[must_use]
    pub fn id(self) -> NodeId {
        match self {
            NodeRef::Document(_) => NodeId::Document,
            NodeRef::Heading(n) => NodeId::Heading(n.id()),
            NodeRef::Separator(n) => NodeId::Separator(n.id()),
            NodeRef::PageMarker(n) => NodeId::PageMarker(n.id()),
            NodeRef::Paragraph(n) => NodeId::Paragraph(n.id()),
            NodeRef::Sentence(n) => NodeId::Sentence(n.id()),
            NodeRef::Dialogue(n) => NodeId::Dialogue(n.id()),
            NodeRef::Turn(n) => NodeId::Turn(n.id()),
            NodeRef::SpeakerLabel(n) => NodeId::SpeakerLabel(n.id()),
            NodeRef::Utterance(n) => NodeId::Utterance(n.turn().id()),
            NodeRef::Inline(n) => NodeId::Inline(n.id()),
        }
    }

    /// The node's span.
    #[must_use]
    pub fn span(self) -> Span {
        match self {
            NodeRef::Document(d) => d.span(),
            NodeRef::Heading(n) => n.span(),
            NodeRef::Separator(n) => n.span(),
            NodeRef::PageMarker(n) => n.span(),
            NodeRef::Paragraph(n) => n.span(),
            NodeRef::Sentence(n) => n.span(),
            NodeRef::Dialogue(n) => n.span(),
            NodeRef::Turn(n) => n.span(),
            NodeRef::SpeakerLabel(n) => n.label().span,
            NodeRef::Utterance(n) => n.span(),
            NodeRef::Inline(n) => n.span(),
        }
    }

    /// The node's text in `source` (the text the document was parsed from).
    #[must_use]
    pub fn text(self, source: &str) -> Option<&str> {
        self.span().slice(source)
    }

    /// The node's child nodes, in document order. Allocates nothing.
    ///
    /// ```
    /// let doc = speechmark::parse("Summary\nText.");
    /// assert_eq!(speechmark::NodeRef::Document(&doc).children().count(), 2);
    /// ```
    #[must_use]
    pub fn children(self) -> Children<'d> {
        let inner = match self {
            NodeRef::Document(d) => Inner::Blocks(d, 0..d.blocks.len()),
            NodeRef::Paragraph(p) => Inner::Sentences(
                p.doc,
                p.doc
                    .paragraphs
                    .get(p.id.index())
                    .map_or(0..0, |r| r.sentences.range()),
            ),
            NodeRef::Heading(h) => Inner::Sentences(
                h.doc,
                h.doc
                    .headings
                    .get(h.id.index())
                    .map_or(0..0, |r| r.sentences.range()),
            ),
            NodeRef::Sentence(s) => Inner::Inlines(s.inlines()),
            NodeRef::Dialogue(d) => Inner::Turns(
                d.doc,
                d.doc
                    .dialogues
                    .get(d.id.index())
                    .map_or(0..0, |r| r.turns.range()),
            ),
            NodeRef::Turn(t) => Inner::LabelAndUtterance(t, 0),
            NodeRef::Utterance(u) => {
                let rec = u.doc.turns.get(u.id.index()).map(|r| r.utterance);
                Inner::Utterance(
                    u.doc,
                    rec.map_or(0..0, |r| r.paragraphs.range()),
                    u.doc.turn_markers(u.id.index()),
                )
            }
            NodeRef::Inline(i) => Inner::Inlines(i.children()),
            NodeRef::Separator(_) | NodeRef::PageMarker(_) | NodeRef::SpeakerLabel(_) => {
                Inner::None
            }
        };
        Children { inner }
    }

    /// The node this one is directly inside, or `None` for the document.
    ///
    /// ```
    /// use speechmark::NodeKind;
    ///
    /// let doc = speechmark::parse("Putin: “It grew by 5%.”");
    /// let figure = doc.sentences().next().unwrap().inlines().next().unwrap();
    /// let mut chain = vec![];
    /// let mut node = Some(speechmark::NodeRef::Inline(figure));
    /// while let Some(n) = node {
    ///     chain.push(n.kind().as_str());
    ///     node = n.parent();
    /// }
    /// assert_eq!(chain, ["figure", "sentence", "paragraph", "utterance", "turn", "dialogue", "document"]);
    /// ```
    #[must_use]
    pub fn parent(self) -> Option<NodeRef<'d>> {
        Some(match self {
            NodeRef::Document(_) => return None,
            NodeRef::Heading(n) => NodeRef::Document(n.doc),
            NodeRef::Separator(n) => NodeRef::Document(n.doc),
            NodeRef::PageMarker(n) => match n.turn() {
                Some(t) => NodeRef::Utterance(t.utterance()),
                None => NodeRef::Document(n.doc),
            },
            NodeRef::Dialogue(n) => NodeRef::Document(n.doc),
            NodeRef::Paragraph(n) => n.parent(),
            NodeRef::Sentence(n) => n.parent(),
            NodeRef::Turn(n) => NodeRef::Dialogue(n.dialogue()),
            NodeRef::SpeakerLabel(n) => NodeRef::Turn(n),
            NodeRef::Utterance(n) => NodeRef::Turn(n.turn()),
            NodeRef::Inline(n) => n.parent(),
        })
    }

    /// The node's named sub-spans that are not nodes themselves (a heading's title, a
    /// label's name and colon, an utterance's or a quotation's marks, a link's target, a
    /// range's two ends), in document order. Allocates nothing.
    ///
    /// ```
    /// use speechmark::NodeKind;
    ///
    /// let text = "Putin: Yes.";
    /// let doc = speechmark::parse(text);
    /// let label = doc.nodes().map(|(_, n)| n).find(|n| n.kind() == NodeKind::SpeakerLabel).unwrap();
    /// let fields: Vec<_> = label.fields().map(|(k, s)| (k, s.slice(text).unwrap())).collect();
    /// assert_eq!(fields, [("name", "Putin"), ("punct", ":")]);
    /// ```
    #[must_use]
    pub fn fields(self) -> Fields<'d> {
        let mut f = Fields::default();
        match self {
            NodeRef::Heading(h) => f.head = [Some(("text", h.title())), None, None, None],
            NodeRef::SpeakerLabel(t) => {
                let l = t.label();
                let aside = l.aside.map(|a| ("aside", a));
                let punct = Some(("punct", l.punct));
                // In text order: a time printed after the colon (`Ana: (00:01)`) is an aside
                // that follows the punctuation.
                let (third, fourth) = match l.aside {
                    Some(a) if a.start >= l.punct.end => (punct, aside),
                    _ => (aside, punct),
                };
                f.head = [
                    l.lead.map(|a| ("lead", a)),
                    Some(("name", l.name)),
                    third,
                    fourth,
                ];
            }
            NodeRef::Utterance(u) => {
                f.head = [u.open().map(|o| ("open", o)), None, None, None];
                f.reopen = u.reopen().iter();
                f.tail = u.close().map(|c| ("close", c));
            }
            NodeRef::Inline(i) => match i.get() {
                super::Inline::Quote(q) => {
                    f.head = [
                        Some(("open", q.open())),
                        Some(("close", q.close())),
                        None,
                        None,
                    ];
                }
                super::Inline::Link(l) => f.head = [Some(("target", l.target)), None, None, None],
                super::Inline::Figure(fig) => {
                    if let Some([a, b]) = fig.ends {
                        f.head = [Some(("from", a)), Some(("to", b)), None, None];
                    }
                }
                super::Inline::LinkPlaceholder(_) => {}
            },
            _ => {}
        }
        f
    }
}

impl<'d> From<BlockRef<'d>> for NodeRef<'d> {
    fn from(block: BlockRef<'d>) -> Self {
        block.node()
    }
}

/// The children of a node; see [`NodeRef::children`].
#[derive(Clone, Debug)]
pub struct Children<'d> {
    inner: Inner<'d>,
}

#[derive(Clone, Debug)]
enum Inner<'d> {
    None,
    Blocks(&'d Document, Range<usize>),
    Sentences(&'d Document, Range<usize>),
    Turns(&'d Document, Range<usize>),
    /// An utterance's paragraphs and page markers, merged in document order.
    Utterance(&'d Document, Range<usize>, Range<usize>),
    Inlines(InlineSiblings<'d>),
    /// A turn's two children: its label, then its utterance.
    LabelAndUtterance(TurnRef<'d>, u8),
}

impl<'d> Iterator for Children<'d> {
    type Item = NodeRef<'d>;

    fn next(&mut self) -> Option<NodeRef<'d>> {
        match &mut self.inner {
            Inner::None => None,
            Inner::Blocks(d, r) => {
                let b = *d.blocks.get(r.next()?)?;
                Some(BlockRef::new(d, b).node())
            }
            Inner::Sentences(d, r) => Some(NodeRef::Sentence(SentenceRef::new(
                d,
                SentenceId::new(r.next()?),
            ))),
            Inner::Turns(d, r) => Some(NodeRef::Turn(TurnRef::new(d, TurnId::new(r.next()?)))),
            Inner::Utterance(d, paragraphs, markers) => {
                let p = paragraphs.clone().next().and_then(|i| d.paragraphs.get(i));
                let m = markers.clone().next().and_then(|i| d.page_markers.get(i));
                match (p, m) {
                    (Some(p), Some(m)) if m.start < p.span.start => {
                        let i = markers.next()?;
                        Some(NodeRef::PageMarker(PageMarkerRef::new(
                            d,
                            PageMarkerId::new(i),
                        )))
                    }
                    (Some(_), _) => {
                        let i = paragraphs.next()?;
                        Some(NodeRef::Paragraph(ParagraphRef::new(
                            d,
                            ParagraphId::new(i),
                        )))
                    }
                    (None, Some(_)) => {
                        let i = markers.next()?;
                        Some(NodeRef::PageMarker(PageMarkerRef::new(
                            d,
                            PageMarkerId::new(i),
                        )))
                    }
                    (None, None) => None,
                }
            }
            Inner::Inlines(it) => it.next().map(NodeRef::Inline),
            Inner::LabelAndUtterance(t, step) => {
                *step = step.saturating_add(1);
                match *step {
                    1 => Some(NodeRef::SpeakerLabel(*t)),
                    2 => Some(NodeRef::Utterance(t.utterance())),
                    _ => None,
                }
            }
        }
    }
}

impl std::iter::FusedIterator for Children<'_> {}

/// The named sub-spans of a node; see [`NodeRef::fields`].
#[derive(Clone, Debug, Default)]
pub struct Fields<'d> {
    head: [Option<(&'static str, Span)>; 4],
    at: usize,
    reopen: std::slice::Iter<'d, Span>,
    tail: Option<(&'static str, Span)>,
}

impl Iterator for Fields<'_> {
    type Item = (&'static str, Span);

    fn next(&mut self) -> Option<(&'static str, Span)> {
        while let Some(slot) = self.head.get(self.at) {
            self.at += 1;
            if let Some(f) = slot {
                return Some(*f);
            }
        }
        if let Some(r) = self.reopen.next() {
            return Some(("reopen", *r));
        }
        self.tail.take()
    }
}

impl<'d> BlockRef<'d> {
    /// The block as a node of the uniform walk.
    #[must_use]
    pub fn node(self) -> NodeRef<'d> {
        match self {
            BlockRef::Heading(h) => NodeRef::Heading(h),
            BlockRef::Paragraph(p) => NodeRef::Paragraph(p),
            BlockRef::Dialogue(d) => NodeRef::Dialogue(d),
            BlockRef::Separator(s) => NodeRef::Separator(s),
            BlockRef::PageMarker(m) => NodeRef::PageMarker(m),
        }
    }
}

impl<'d> ParagraphRef<'d> {
    /// The node this paragraph is directly inside: an utterance, or the document.
    #[must_use]
    pub fn parent(self) -> NodeRef<'d> {
        match self.turn() {
            Some(t) => NodeRef::Utterance(t.utterance()),
            None => NodeRef::Document(self.doc),
        }
    }
}

impl<'d> SentenceRef<'d> {
    /// The node this sentence is directly inside: its paragraph, or its heading.
    #[must_use]
    pub fn parent(self) -> NodeRef<'d> {
        match (self.paragraph(), self.heading()) {
            (Some(p), _) => NodeRef::Paragraph(p),
            (None, Some(h)) => NodeRef::Heading(h),
            // Every sentence is in one or the other; the document keeps this total.
            (None, None) => NodeRef::Document(self.doc),
        }
    }
}

impl<'d> InlineRef<'d> {
    /// The node this one is directly inside: a quotation, or its sentence.
    #[must_use]
    pub fn parent(self) -> NodeRef<'d> {
        match self.doc.inline_parent(self.id.index()).checked_sub(1) {
            Some(q) => NodeRef::Inline(InlineRef::new(self.doc, InlineId::new(q as usize))),
            None => NodeRef::Sentence(self.sentence()),
        }
    }
}

impl Document {
    /// The node with this id, or `None` if the document has no such node (an id from another
    /// document, say). The inverse of [`NodeRef::id`], for side tables keyed on ids.
    ///
    /// ```
    /// use speechmark::NodeId;
    ///
    /// let doc = speechmark::parse("Q: Why?\nA: Because.\n");
    /// let ids: Vec<NodeId> = doc.nodes().map(|(_, n)| n.id()).collect();
    /// for id in ids {
    ///     assert_eq!(doc.node(id).map(|n| n.id()), Some(id));
    /// }
    /// let other = speechmark::parse("Just text.");
    /// let turn = doc.turns().next().unwrap().id();
    /// assert!(other.node(NodeId::Turn(turn)).is_none());
    /// ```
    #[must_use]
    pub fn node(&self, id: NodeId) -> Option<NodeRef<'_>> {
        let ok = |i: usize, len: usize| i < len;
        Some(match id {
            NodeId::Document => NodeRef::Document(self),
            NodeId::Heading(i) if ok(i.index(), self.headings.len()) => {
                NodeRef::Heading(HeadingRef::new(self, i))
            }
            NodeId::Separator(i) if ok(i.index(), self.separators.len()) => {
                NodeRef::Separator(SeparatorRef::new(self, i))
            }
            NodeId::PageMarker(i) if ok(i.index(), self.page_markers.len()) => {
                NodeRef::PageMarker(PageMarkerRef::new(self, i))
            }
            NodeId::Paragraph(i) if ok(i.index(), self.paragraphs.len()) => {
                NodeRef::Paragraph(ParagraphRef::new(self, i))
            }
            NodeId::Sentence(i) if ok(i.index(), self.sentences.len()) => {
                NodeRef::Sentence(SentenceRef::new(self, i))
            }
            NodeId::Dialogue(i) if ok(i.index(), self.dialogues.len()) => {
                NodeRef::Dialogue(DialogueRef::new(self, i))
            }
            NodeId::Turn(i) if ok(i.index(), self.turns.len()) => {
                NodeRef::Turn(TurnRef::new(self, i))
            }
            NodeId::SpeakerLabel(i) if ok(i.index(), self.turns.len()) => {
                NodeRef::SpeakerLabel(TurnRef::new(self, i))
            }
            NodeId::Utterance(i) if ok(i.index(), self.turns.len()) => {
                NodeRef::Utterance(TurnRef::new(self, i).utterance())
            }
            NodeId::Inline(i) if ok(i.index(), self.inlines.len()) => {
                NodeRef::Inline(InlineRef::new(self, i))
            }
            _ => return None,
        })
    }
}
