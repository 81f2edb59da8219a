//! Typed views of the block-level nodes: small `Copy` handles (a document reference and an id)
//! that read the document's arrays.

use super::document::InlineKind;
use super::document::{Children, Document, HeadingRec, ParagraphRec, SentenceRec};
use super::ids::{HeadingId, PageMarkerId, ParagraphId, SentenceId, SeparatorId};
use super::inline::{InlineRef, InlineSiblings};
use super::{Figure, PlaceholderKind};
use crate::span::Span;
use std::fmt;

/// The common part of every view: the document, the id, the record, `id()`, `span()` and
/// `text()`.
macro_rules! view {
    ($(#[$doc:meta])* $name:ident, $id:ident, $array:ident, $rec:ty) => {
        $(#[$doc])*
        #[derive(Clone, Copy)]
        pub struct $name<'d> {
            pub(crate) doc: &'d Document,
            pub(crate) id: $id,
        }

        impl<'d> $name<'d> {
            pub(crate) fn new(doc: &'d Document, id: $id) -> Self {
                $name { doc, id }
            }

            /// The node's id, stable within this parse.
            #[must_use]
            pub fn id(self) -> $id {
                self.id
            }

            /// The document the node belongs to.
            #[must_use]
            pub fn document(self) -> &'d Document {
                self.doc
            }

            /// The node's record. Views are only made for ids that exist; the default keeps
            /// the accessor total anyway.
            fn rec(self) -> $rec {
                self.doc.$array.get(self.id.index()).copied().unwrap_or_default()
            }

            /// The node's text in `source` (the text the document was parsed from).
            #[must_use]
            pub fn text(self, source: &str) -> Option<&str> {
                self.span().slice(source)
            }
        }

        impl fmt::Debug for $name<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($name))
                    .field("id", &self.id)
                    .field("span", &self.span())
                    .finish()
            }
        }
    };
}

pub(super) use view;

view! {
    /// A standalone title line: a bare line such as `Summary` or an ATX line such as
    /// `## Summary`.
    ///
    /// ```
    /// let text = "## Further Reading\n";
    /// let doc = speechmark::parse(text);
    /// let h = doc.headings().next().unwrap();
    /// assert_eq!(h.level(), Some(2));
    /// assert_eq!(h.title().slice(text), Some("Further Reading"));
    /// assert_eq!(h.span().slice(text), Some("## Further Reading"));
    /// ```
    HeadingRef, HeadingId, headings, HeadingRec
}

impl<'d> HeadingRef<'d> {
    /// The whole line, markers included, trailing whitespace excluded.
    #[must_use]
    pub fn span(self) -> Span {
        self.rec().span
    }

    /// The title without `#` markers.
    #[must_use]
    pub fn title(self) -> Span {
        self.rec().text
    }

    /// The title's text in `source`.
    #[must_use]
    pub fn title_text(self, source: &str) -> Option<&str> {
        self.title().slice(source)
    }

    /// The number of `#` markers, or `None` for a bare title line.
    #[must_use]
    pub fn level(self) -> Option<u8> {
        self.rec().level
    }

    /// The title read as a sentence, with its inline nodes (none when the inline layer is
    /// off). A title is never split: it is one sentence, whatever its punctuation.
    ///
    /// ```
    /// let text = "Trade hits US$1.3 billion in 2024\nThe figures came out on Monday.\n";
    /// let doc = speechmark::parse(text);
    /// let h = doc.headings().next().unwrap();
    /// let s = h.sentences().next().unwrap();
    /// assert_eq!(s.figures().count(), 2);
    /// ```
    pub fn sentences(self) -> impl ExactSizeIterator<Item = SentenceRef<'d>> + use<'d> {
        sentences_in(self.doc, self.rec().sentences)
    }

    /// Set when the heading announces links (`Further Reading`, `See also`, ...) but nothing
    /// stands under it: the links were lost when the page became text. The title is then also
    /// a [`LinkPlaceholder`](crate::LinkPlaceholder) of this kind inside the heading's
    /// sentence, so that collecting placeholders finds both forms.
    ///
    /// ```
    /// use speechmark::PlaceholderKind;
    /// let doc = speechmark::parse("Talks began.\nFurther Reading\n");
    /// let h = doc.headings().next().unwrap();
    /// assert_eq!(h.placeholder(), Some(PlaceholderKind::EmptySection));
    /// ```
    #[must_use]
    pub fn placeholder(self) -> Option<PlaceholderKind> {
        self.rec().placeholder
    }
}

view! {
    /// A scene or section break: `* * *`, `***`, `---`.
    ///
    /// ```
    /// let doc = speechmark::parse("* * *\n");
    /// assert_eq!(doc.separators().next().unwrap().span(), speechmark::Span::new(0, 5));
    /// ```
    SeparatorRef, SeparatorId, separators, Span
}

impl SeparatorRef<'_> {
    /// The separator line, trailing whitespace excluded.
    #[must_use]
    pub fn span(self) -> Span {
        self.rec()
    }
}

view! {
    /// A page marker of a printed record: `[[Page S697]]`, or the House's `{time}  1415`; a
    /// subtitle cue's number and timing line (`00:00:01,000 --> 00:00:04,000`) are markers of
    /// the same kind. It stands between blocks, or inside a turn whose speech goes on after
    /// it.
    ///
    /// ```
    /// let text = "  Mr. HOLM. Madam President, the harbour\n[[Page S12]]\nneeds dredging.\n";
    /// let doc = speechmark::parse(text);
    /// let marker = doc.page_markers().next().unwrap();
    /// assert_eq!(marker.text(text), Some("[[Page S12]]"));
    /// assert!(marker.turn().is_some());
    /// ```
    PageMarkerRef, PageMarkerId, page_markers, Span
}

impl PageMarkerRef<'_> {
    /// The marker, trailing whitespace excluded.
    #[must_use]
    pub fn span(self) -> Span {
        self.rec()
    }
}

view! {
    /// A paragraph of text, split into sentences: a narrative block, or one paragraph of an
    /// utterance.
    ///
    /// ```
    /// let text = "Trade grew. It was a good year.\n";
    /// let doc = speechmark::parse(text);
    /// let p = doc.paragraphs().next().unwrap();
    /// assert_eq!(p.span(), speechmark::Span::new(0, 31));
    /// assert_eq!(p.sentences().len(), 2);
    /// ```
    ParagraphRef, ParagraphId, paragraphs, ParagraphRec
}

impl<'d> ParagraphRef<'d> {
    /// From the first to the last non-whitespace character. Inside a quoted utterance the
    /// quotation marks that open or close it are outside the paragraph.
    #[must_use]
    pub fn span(self) -> Span {
        self.rec().span
    }

    /// The paragraph's sentences, in order (none when the inline layer is off).
    pub fn sentences(self) -> impl ExactSizeIterator<Item = SentenceRef<'d>> + use<'d> {
        sentences_in(self.doc, self.rec().sentences)
    }
}

view! {
    /// A sentence and its inline nodes.
    ///
    /// ```
    /// let text = "Trade reached US$1.3 billion in 2024. Talks go on.";
    /// let doc = speechmark::parse(text);
    /// let s = doc.sentences().next().unwrap();
    /// assert_eq!(s.text(text), Some("Trade reached US$1.3 billion in 2024."));
    /// assert_eq!(s.figures().count(), 2);
    /// ```
    SentenceRef, SentenceId, sentences, SentenceRec
}

impl<'d> SentenceRef<'d> {
    /// From the first to the last non-whitespace character, closing quotes and brackets that
    /// end the sentence included.
    #[must_use]
    pub fn span(self) -> Span {
        self.rec().span
    }

    /// The sentence's top-level inline nodes, in order; they do not overlap.
    #[must_use]
    pub fn inlines(self) -> InlineSiblings<'d> {
        let r = self.doc.sentence_inlines(self.id.index());
        InlineSiblings::new(self.doc, r.start, r.end)
    }

    /// Every inline node of the sentence, nested ones included, in pre-order.
    pub fn descendants(self) -> impl ExactSizeIterator<Item = InlineRef<'d>> + use<'d> {
        let doc = self.doc;
        doc.sentence_inlines(self.id.index())
            .map(move |i| InlineRef::new(doc, super::ids::InlineId::new(i)))
    }

    /// Every figure in the sentence, those inside quotations included, in order (each built
    /// on access, as [`Document::figures`] does).
    pub fn figures(self) -> impl Iterator<Item = Figure> + use<'d> {
        let doc = self.doc;
        let r = doc.sentence_inlines(self.id.index());
        let kinds = doc.inline_kinds.get(r.clone()).unwrap_or_default();
        let indices = doc.inlines.get(r).unwrap_or_default();
        kinds
            .iter()
            .zip(indices)
            .filter(|(k, _)| **k == InlineKind::Figure)
            .filter_map(move |(_, i)| doc.decode_figure(*i as usize))
    }

    /// The paragraph this sentence is in, or `None` for a heading's title.
    #[must_use]
    pub fn paragraph(self) -> Option<ParagraphRef<'d>> {
        let i = self.id.index();
        let paragraphs = &self.doc.paragraphs;
        let p = paragraphs.partition_point(|p| (p.sentences.end as usize) <= i);
        paragraphs
            .get(p)
            .is_some_and(|r| r.sentences.range().contains(&i))
            .then(|| ParagraphRef::new(self.doc, ParagraphId::new(p)))
    }

    /// The heading whose title this sentence is, if it is one.
    ///
    /// ```
    /// let doc = speechmark::parse("Summary\nTrade grew.\n");
    /// let headings: Vec<_> = doc.sentences().map(|s| s.heading().is_some()).collect();
    /// assert_eq!(headings, [true, false]);
    /// ```
    #[must_use]
    pub fn heading(self) -> Option<HeadingRef<'d>> {
        let i = self.id.index();
        let headings = &self.doc.headings;
        let h = headings.partition_point(|h| (h.sentences.end as usize) <= i);
        headings
            .get(h)
            .is_some_and(|r| r.sentences.range().contains(&i))
            .then(|| HeadingRef::new(self.doc, HeadingId::new(h)))
    }
}

/// The sentences of a range of the sentence array, as views.
fn sentences_in(
    doc: &Document,
    range: Children,
) -> impl ExactSizeIterator<Item = SentenceRef<'_>> + use<'_> {
    range
        .range()
        .map(move |i| SentenceRef::new(doc, SentenceId::new(i)))
}

impl Document {
    /// Every heading, in order.
    ///
    /// ```
    /// let text = "# Summary\nText.\n";
    /// let doc = speechmark::parse(text);
    /// let titles: Vec<_> = doc.headings().map(|h| h.title_text(text)).collect();
    /// assert_eq!(titles, [Some("Summary")]);
    /// ```
    pub fn headings(&self) -> impl ExactSizeIterator<Item = HeadingRef<'_>> {
        (0..self.headings.len()).map(|i| HeadingRef::new(self, HeadingId::new(i)))
    }

    /// Every separator (`* * *`), in order.
    ///
    /// ```
    /// assert_eq!(speechmark::parse("A.\n* * *\nB.\n").separators().count(), 1);
    /// ```
    pub fn separators(&self) -> impl ExactSizeIterator<Item = SeparatorRef<'_>> {
        (0..self.separators.len()).map(|i| SeparatorRef::new(self, super::ids::SeparatorId::new(i)))
    }

    /// Every page marker, between blocks or inside turns, in document order.
    ///
    /// ```
    /// assert_eq!(speechmark::parse("A.\n[[Page H7]]\nB.\n").page_markers().count(), 1);
    /// ```
    pub fn page_markers(&self) -> impl ExactSizeIterator<Item = PageMarkerRef<'_>> {
        (0..self.page_markers.len()).map(|i| PageMarkerRef::new(self, PageMarkerId::new(i)))
    }

    /// Every paragraph, narrative or spoken, in document order.
    ///
    /// ```
    /// let doc = speechmark::parse("Talks began.\nPutin: “First.\nSecond.”\n");
    /// assert_eq!(doc.paragraphs().count(), 3);
    /// ```
    pub fn paragraphs(&self) -> impl ExactSizeIterator<Item = ParagraphRef<'_>> {
        (0..self.paragraphs.len()).map(|i| ParagraphRef::new(self, ParagraphId::new(i)))
    }

    /// Every sentence, in document order.
    ///
    /// ```
    /// let text = "Trade grew. It was a good year.";
    /// let doc = speechmark::parse(text);
    /// let sentences: Vec<_> = doc.sentences().map(|s| s.text(text)).collect();
    /// assert_eq!(sentences, [Some("Trade grew."), Some("It was a good year.")]);
    /// ```
    pub fn sentences(&self) -> impl ExactSizeIterator<Item = SentenceRef<'_>> {
        (0..self.sentences.len()).map(|i| SentenceRef::new(self, SentenceId::new(i)))
    }
}

impl<'d> InlineRef<'d> {
    /// The sentence this node is in.
    #[must_use]
    pub fn sentence(self) -> SentenceRef<'d> {
        let i = self.id.index();
        let s = self
            .doc
            .sentences
            .partition_point(|s| (s.inlines_end as usize) <= i);
        SentenceRef::new(self.doc, super::ids::SentenceId::new(s))
    }
}
