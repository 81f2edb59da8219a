//! The document and its storage: flat, per-kind arrays.
//!
//! Every node kind lives in one array of the [`Document`], in document order. The parser
//! emits nodes in order, so each parent's children are a contiguous range of the child kind's
//! array and need no links (a sentence keeps only the end of its range: it starts where the
//! sentence before it ends); inline nodes are stored in pre-order, and a quotation, the only
//! inline node with children, keeps the end of its subtree, so its children follow it. A parse makes a few large allocations rather than one
//! per node, and users see the tree through typed, `Copy` views (`TurnRef`, `SentenceRef`, ...).

use super::compact::{FigureDirection, FigureExtra, FigureRec};
use super::{Layout, Link, LinkPlaceholder, PlaceholderKind, SpeakerLabel};
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use std::ops::Range;

/// A parsed document: its blocks in order, every node below them, and what was odd about the
/// input.
///
/// The tree is read through views: [`blocks`](Document::blocks) for the top level,
/// [`turns`](Document::turns), [`sentences`](Document::sentences) and the other flat queries
/// for every node of a kind, [`nodes`](Document::nodes) for a uniform walk, and
/// [`figures`](Document::figures) (built on access), and [`links`](Document::links) and
/// [`link_placeholders`](Document::link_placeholders) as plain slices.
///
/// ```
/// let doc = speechmark::parse("Summary\nTrade grew.\n");
/// assert_eq!(doc.blocks().len(), 2);
/// assert_eq!(doc.span(), speechmark::Span::new(0, 20));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub(crate) span: Span,
    pub(crate) layout: Layout,
    pub(crate) blocks: Vec<BlockRec>,
    pub(crate) headings: Vec<HeadingRec>,
    pub(crate) separators: Vec<Span>,
    /// Page markers, in turns and between blocks, in order.
    pub(crate) page_markers: Vec<Span>,
    pub(crate) paragraphs: Vec<ParagraphRec>,
    pub(crate) dialogues: Vec<DialogueRec>,
    pub(crate) turns: Vec<TurnRec>,
    /// The re-opening marks of every utterance, in order; each utterance holds a range.
    pub(crate) reopens: Vec<Span>,
    /// The turns whose utterances have page markers, in order, with the range of
    /// `page_markers` each holds.
    pub(crate) utterance_markers: Vec<UtteranceMarkers>,
    pub(crate) sentences: Vec<SentenceRec>,
    /// Inline nodes in pre-order, as two parallel arrays (5 bytes a node): the index of each
    /// in its kind's array, and its kind.
    pub(crate) inlines: Vec<u32>,
    pub(crate) inline_kinds: Vec<InlineKind>,
    /// Figures, compactly ([`FigureRec`]); their rare parts are in the two side tables,
    /// sorted by figure index.
    pub(crate) figures: Vec<FigureRec>,
    pub(crate) figure_extras: Vec<FigureExtra>,
    pub(crate) figure_directions: Vec<FigureDirection>,
    /// In the crate's unit tests: every figure as it was appended, to check that the compact
    /// form gives it back exactly.
    #[cfg(test)]
    pub(crate) appended_figures: Vec<super::Figure>,
    pub(crate) links: Vec<Link>,
    pub(crate) placeholders: Vec<LinkPlaceholder>,
    pub(crate) quotes: Vec<QuoteRec>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// While the document is being built: whether the last block is a dialogue that the next
    /// turn continues. Always false once it is built.
    pub(crate) open_dialogue: bool,
    /// While the document is being built: the innermost quotation still open in the current
    /// sentence (index + 1), or 0.
    pub(crate) open_quote: u32,
    /// While the document is being built: whether sentences go to the last heading (rather
    /// than to the last paragraph).
    pub(crate) in_heading: bool,
}

/// A contiguous range of a child array, as two `u32` (half the size of a `Range<usize>`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Children {
    pub(crate) start: u32,
    pub(crate) end: u32,
}

impl Children {
    pub(crate) fn at(start: usize) -> Self {
        let start = crate::span::off(start);
        Children { start, end: start }
    }

    pub(crate) fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    pub(crate) fn len(self) -> usize {
        self.end.saturating_sub(self.start) as usize
    }
}

/// Which kind of block, and its index in that kind's array.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct BlockRec {
    pub(crate) kind: BlockKind,
    pub(crate) index: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockKind {
    Heading,
    Separator,
    Paragraph,
    Dialogue,
    PageMarker,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct HeadingRec {
    pub(crate) span: Span,
    pub(crate) text: Span,
    pub(crate) level: Option<u8>,
    pub(crate) placeholder: Option<PlaceholderKind>,
    /// A title is read as one sentence (none when the inline layer is off).
    pub(crate) sentences: Children,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ParagraphRec {
    pub(crate) span: Span,
    pub(crate) sentences: Children,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct DialogueRec {
    pub(crate) span: Span,
    pub(crate) turns: Children,
}

/// A turn: its label and its utterance (the turn's span is theirs together). 88 bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct TurnRec {
    pub(crate) label: SpeakerLabel,
    pub(crate) utterance: UtteranceRec,
}

impl TurnRec {
    /// From the label to the end of the utterance.
    pub(crate) fn span(&self) -> Span {
        self.label.span.cover(self.utterance.span)
    }
}

/// An utterance: its span, its quotation marks ([`NO_SPAN`] when absent), the end of its
/// range of re-opening marks (which starts where the turn before it ends) and its paragraphs.
/// Page markers inside utterances are rare: they are in [`Document::utterance_markers`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct UtteranceRec {
    pub(crate) span: Span,
    pub(crate) open: Span,
    pub(crate) close: Span,
    pub(crate) reopen_end: u32,
    pub(crate) paragraphs: Children,
}

impl Default for UtteranceRec {
    fn default() -> Self {
        UtteranceRec {
            span: Span::default(),
            open: NO_SPAN,
            close: NO_SPAN,
            reopen_end: 0,
            paragraphs: Children::default(),
        }
    }
}

/// An absent optional span: inverted, so no span of the text (`Span::new` never inverts) is
/// taken for it.
pub(crate) const NO_SPAN: Span = Span {
    start: u32::MAX,
    end: 0,
};

/// `span`, or [`NO_SPAN`].
pub(crate) fn from_option(span: Option<Span>) -> Span {
    span.unwrap_or(NO_SPAN)
}

/// `span` unless it is [`NO_SPAN`].
pub(crate) fn to_option(span: Span) -> Option<Span> {
    (span != NO_SPAN).then_some(span)
}

/// The page markers between the paragraphs of one turn's utterance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct UtteranceMarkers {
    pub(crate) turn: u32,
    pub(crate) markers: Children,
}

/// A sentence: its span and one past its last inline node (its first is one past the last of
/// the sentence before it). 12 bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct SentenceRec {
    pub(crate) span: Span,
    /// The end of the sentence's range of inline nodes (and everything nested in them, in
    /// pre-order).
    pub(crate) inlines_end: u32,
}

/// An inline node as read from the two inline arrays: its kind, and its index in that kind's
/// array (which holds its span).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct InlineRec {
    pub(crate) kind: InlineKind,
    pub(crate) index: u32,
}

/// Which array an inline record's payload is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum InlineKind {
    Figure,
    Link,
    Placeholder,
    Quote,
}

/// A quotation: its marks (its span runs from one to the other), its place among the inline
/// nodes, one past the last node of its subtree, and its parent quotation (its inline
/// position + 1; 0 for the sentence). Only quotations have children, so only they carry the
/// tree's shape; every other inline node's subtree is itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct QuoteRec {
    pub(crate) open: Span,
    pub(crate) close: Span,
    pub(crate) at: u32,
    pub(crate) subtree_end: u32,
    pub(crate) parent: u32,
}

impl Document {
    /// An empty document over `span`.
    pub(crate) fn empty(span: Span, layout: Layout) -> Self {
        Document {
            span,
            layout,
            blocks: Vec::new(),
            headings: Vec::new(),
            separators: Vec::new(),
            page_markers: Vec::new(),
            paragraphs: Vec::new(),
            dialogues: Vec::new(),
            turns: Vec::new(),
            reopens: Vec::new(),
            utterance_markers: Vec::new(),
            sentences: Vec::new(),
            inlines: Vec::new(),
            inline_kinds: Vec::new(),
            figures: Vec::new(),
            figure_extras: Vec::new(),
            figure_directions: Vec::new(),
            #[cfg(test)]
            appended_figures: Vec::new(),
            links: Vec::new(),
            placeholders: Vec::new(),
            quotes: Vec::new(),
            diagnostics: Vec::new(),
            open_dialogue: false,
            open_quote: 0,
            in_heading: false,
        }
    }

    /// The document [`parse`](fn@crate::parse) gives for an input too long for spans: no blocks,
    /// one diagnostic.
    pub(crate) fn too_large(err: &crate::Error) -> Self {
        let mut doc = Document::empty(Span::empty(0), Layout::LinePerParagraph);
        doc.diagnostics.push(Diagnostic::new(
            Span::empty(0),
            crate::DiagnosticCode::InputTooLarge,
            err.to_string(),
        ));
        doc
    }

    /// The whole input: always `[0, len)`.
    ///
    /// ```
    /// assert_eq!(speechmark::parse("Yes.").span(), speechmark::Span::new(0, 4));
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The paragraph layout the parser used (detected, or forced by the options).
    ///
    /// ```
    /// use speechmark::{parse, Layout};
    ///
    /// assert_eq!(parse("One paragraph.\nAnother one.\n").layout(), Layout::LinePerParagraph);
    /// ```
    #[must_use]
    pub fn layout(&self) -> Layout {
        self.layout
    }

    /// What was odd about the input, in order of position.
    ///
    /// ```
    /// use speechmark::{parse, DiagnosticCode};
    ///
    /// let doc = parse("Putin: “We will see.\n");
    /// assert_eq!(doc.diagnostics()[0].code, DiagnosticCode::UnterminatedQuotation);
    /// ```
    #[must_use]
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Every link, in document order.
    ///
    /// ```
    /// let text = "See www.example.org today.";
    /// let doc = speechmark::parse(text);
    /// assert_eq!(doc.links()[0].target.slice(text), Some("www.example.org"));
    /// ```
    #[must_use]
    pub fn links(&self) -> &[Link] {
        &self.links
    }

    /// Every link placeholder, in document order: inline anchors (`click here`) and the
    /// titles of empty "Further Reading" sections.
    ///
    /// ```
    /// use speechmark::PlaceholderKind;
    ///
    /// let text = "For more, please click here.\nFurther Reading\n";
    /// let doc = speechmark::parse(text);
    /// let found: Vec<_> = doc.link_placeholders().iter()
    ///     .map(|p| (p.span.slice(text).unwrap(), p.placeholder))
    ///     .collect();
    /// assert_eq!(found, [("click here", PlaceholderKind::Anchor),
    ///                    ("Further Reading", PlaceholderKind::EmptySection)]);
    /// ```
    #[must_use]
    pub fn link_placeholders(&self) -> &[LinkPlaceholder] {
        &self.placeholders
    }
}

/// Reading the inline arrays.
impl Document {
    /// The inline node at `i`.
    pub(crate) fn inline_rec(&self, i: usize) -> Option<InlineRec> {
        Some(InlineRec {
            kind: *self.inline_kinds.get(i)?,
            index: *self.inlines.get(i)?,
        })
    }

    /// The quotation record of the inline node at `i`, if it is a quotation.
    pub(crate) fn quote_at(&self, i: usize) -> Option<&QuoteRec> {
        let rec = self.inline_rec(i)?;
        if rec.kind != InlineKind::Quote {
            return None;
        }
        self.quotes.get(rec.index as usize)
    }

    /// One past the last node of the subtree of the inline node at `i`.
    pub(crate) fn inline_subtree_end(&self, i: usize) -> usize {
        // A subtree always ends after its root; `max` keeps walks moving on any record.
        self.quote_at(i)
            .map_or(i + 1, |q| (q.subtree_end as usize).max(i + 1))
    }

    /// The quotation directly around the inline node at `i` (its position + 1), or 0 when the
    /// node is at the top of its sentence. For a node that is not a quotation, the innermost
    /// quotation that starts before it and whose subtree holds it: the last quotation before
    /// it, or one of that quotation's ancestors (at most as many steps as quotations nest).
    pub(crate) fn inline_parent(&self, i: usize) -> u32 {
        if let Some(q) = self.quote_at(i) {
            return q.parent;
        }
        let before = self.quotes.partition_point(|q| (q.at as usize) < i);
        let mut q = before.checked_sub(1).and_then(|k| self.quotes.get(k));
        while let Some(quote) = q {
            if (quote.subtree_end as usize) > i {
                return quote.at + 1;
            }
            // Parents come before their children, so the walk always ends.
            q = quote
                .parent
                .checked_sub(1)
                .filter(|&p| p < quote.at)
                .and_then(|p| self.quote_at(p as usize));
        }
        0
    }

    /// The range of `reopens` that turn `t`'s utterance holds.
    pub(crate) fn turn_reopens(&self, t: usize) -> Range<usize> {
        let start = t
            .checked_sub(1)
            .and_then(|p| self.turns.get(p))
            .map_or(0, |p| p.utterance.reopen_end as usize);
        let end = self
            .turns
            .get(t)
            .map_or(start, |r| r.utterance.reopen_end as usize);
        start..end.max(start)
    }

    /// The range of `page_markers` that turn `t`'s utterance holds.
    pub(crate) fn turn_markers(&self, t: usize) -> Range<usize> {
        let m = &self.utterance_markers;
        u32::try_from(t)
            .ok()
            .and_then(|t| m.binary_search_by_key(&t, |e| e.turn).ok())
            .and_then(|i| m.get(i))
            .map_or(0..0, |e| e.markers.range())
    }

    /// The range of the inline array that sentence `s` holds.
    pub(crate) fn sentence_inlines(&self, s: usize) -> Range<usize> {
        let start = s
            .checked_sub(1)
            .and_then(|p| self.sentences.get(p))
            .map_or(0, |p| p.inlines_end as usize);
        let end = self
            .sentences
            .get(s)
            .map_or(start, |r| r.inlines_end as usize);
        start..end.max(start)
    }
}

impl Document {
    /// The bytes the tree holds on the heap: the capacity of its arrays, and the text of
    /// diagnostics and figure units that are not static. For memory accounting; the input
    /// text, which the caller owns, is not counted.
    ///
    /// ```
    /// let text = "Putin: “Trade grew by 5% in 2024.”\n";
    /// let doc = speechmark::parse(text);
    /// assert!(doc.heap_bytes() > 0);
    /// assert_eq!(speechmark::parse("").heap_bytes(), 0);
    /// ```
    #[must_use]
    pub fn heap_bytes(&self) -> usize {
        fn cap<T>(v: &Vec<T>) -> usize {
            v.capacity() * std::mem::size_of::<T>()
        }
        let owned_text: usize = self
            .diagnostics
            .iter()
            .map(|d| match &d.message {
                std::borrow::Cow::Owned(s) => s.capacity(),
                std::borrow::Cow::Borrowed(_) => 0,
            })
            .chain(self.figure_extras.iter().map(|f| match &f.unit {
                Some(std::borrow::Cow::Owned(s)) => s.capacity(),
                _ => 0,
            }))
            .sum();
        cap(&self.blocks)
            + cap(&self.headings)
            + cap(&self.separators)
            + cap(&self.page_markers)
            + cap(&self.paragraphs)
            + cap(&self.dialogues)
            + cap(&self.turns)
            + cap(&self.reopens)
            + cap(&self.utterance_markers)
            + cap(&self.sentences)
            + cap(&self.inlines)
            + cap(&self.inline_kinds)
            + cap(&self.figures)
            + cap(&self.figure_extras)
            + cap(&self.figure_directions)
            + cap(&self.links)
            + cap(&self.placeholders)
            + cap(&self.quotes)
            + cap(&self.diagnostics)
            + owned_text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_stay_small() {
        assert_eq!(std::mem::size_of::<FigureRec>(), 20);
        assert_eq!(std::mem::size_of::<SentenceRec>(), 12);
        assert_eq!(std::mem::size_of::<InlineKind>(), 1);
        // The label (with its optional lead-in) and the utterance record.
        assert_eq!(std::mem::size_of::<TurnRec>(), 88);
        assert_eq!(std::mem::size_of::<ParagraphRec>(), 16);
    }

    #[test]
    fn absent_spans_are_no_span_of_the_text() {
        assert_eq!(to_option(from_option(None)), None);
        let s = Span::new(3, 3);
        assert_eq!(to_option(from_option(Some(s))), Some(s));
        assert_ne!(Span::new(u32::MAX, 0), NO_SPAN);
    }
}
