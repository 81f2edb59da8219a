//! [`BlockRef`]: the top-level blocks of a document, to `match` on.

use super::document::{BlockKind, BlockRec, Document};
use super::ids::{DialogueId, HeadingId, PageMarkerId, ParagraphId, SeparatorId};
use super::turns::DialogueRef;
use super::views::{HeadingRef, PageMarkerRef, ParagraphRef, SeparatorRef};
use crate::span::Span;

/// A top-level block, to `match` on.
///
/// ```
/// use speechmark::{parse, BlockRef};
///
/// let doc = parse("Summary\nTalks began.\nQ: Why?\n* * *\n");
/// let kinds: Vec<_> = doc.blocks().map(|b| match b {
///     BlockRef::Heading(_) => "heading",
///     BlockRef::Paragraph(_) => "paragraph",
///     BlockRef::Dialogue(_) => "dialogue",
///     BlockRef::Separator(_) => "separator",
///     BlockRef::PageMarker(_) => "page marker",
///     _ => "a kind of block added later",
/// }).collect();
/// assert_eq!(kinds, ["heading", "paragraph", "dialogue", "separator"]);
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum BlockRef<'d> {
    /// A standalone title line.
    Heading(HeadingRef<'d>),
    /// Narrative text.
    Paragraph(ParagraphRef<'d>),
    /// Consecutive turns.
    Dialogue(DialogueRef<'d>),
    /// A scene break such as `* * *`.
    Separator(SeparatorRef<'d>),
    /// A page marker of a printed record, between blocks.
    PageMarker(PageMarkerRef<'d>),
}

impl<'d> BlockRef<'d> {
    pub(crate) fn new(doc: &'d Document, b: BlockRec) -> Self {
        let i = b.index as usize;
        match b.kind {
            BlockKind::Heading => BlockRef::Heading(HeadingRef::new(doc, HeadingId::new(i))),
            BlockKind::PageMarker => {
                BlockRef::PageMarker(PageMarkerRef::new(doc, PageMarkerId::new(i)))
            }
            BlockKind::Separator => {
                BlockRef::Separator(SeparatorRef::new(doc, SeparatorId::new(i)))
            }
            BlockKind::Paragraph => {
                BlockRef::Paragraph(ParagraphRef::new(doc, ParagraphId::new(i)))
            }
            BlockKind::Dialogue => BlockRef::Dialogue(DialogueRef::new(doc, DialogueId::new(i))),
        }
    }

    /// The block's span.
    ///
    /// ```
    /// let doc = speechmark::parse("Summary\n");
    /// assert_eq!(doc.blocks().next().unwrap().span(), speechmark::Span::new(0, 7));
    /// ```
    #[must_use]
    pub fn span(self) -> Span {
        match self {
            BlockRef::Heading(h) => h.span(),
            BlockRef::Paragraph(p) => p.span(),
            BlockRef::Dialogue(d) => d.span(),
            BlockRef::Separator(s) => s.span(),
            BlockRef::PageMarker(m) => m.span(),
        }
    }
}

impl Document {
    /// The top-level blocks in document order. The text between them (blank lines, line
    /// breaks, indentation, a byte-order mark) is the gaps that [`Document::pieces`] yields.
    ///
    /// ```
    /// use speechmark::{parse, BlockRef};
    ///
    /// let doc = parse("Summary\nPutin: “Hello.”\n");
    /// let mut blocks = doc.blocks();
    /// assert!(matches!(blocks.next(), Some(BlockRef::Heading(_))));
    /// assert!(matches!(blocks.next(), Some(BlockRef::Dialogue(_))));
    /// ```
    pub fn blocks(&self) -> impl ExactSizeIterator<Item = BlockRef<'_>> + DoubleEndedIterator {
        self.blocks.iter().map(|b| BlockRef::new(self, *b))
    }
}
