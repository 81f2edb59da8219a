//! Typed views of the block-level nodes: small `Copy` handles (a document reference and an id)
//! that read the document's arrays.

use super::document::InlineKind;
use super::document::{
    BlockKind, BlockRec, DialogueRec, Document, HeadingRec, ParagraphRec, SentenceRec, TurnRec,
};
use super::ids::{DialogueId, HeadingId, ParagraphId, SentenceId, SeparatorId, TurnId};
use super::inline::{InlineRef, InlineSiblings};
use super::{Figure, PlaceholderKind, SpeakerLabel};
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
/// }).collect();
/// assert_eq!(kinds, ["heading", "paragraph", "dialogue", "separator"]);
/// ```
#[derive(Clone, Copy, Debug)]
pub enum BlockRef<'d> {
    /// A standalone title line.
    Heading(HeadingRef<'d>),
    /// Narrative text.
    Paragraph(ParagraphRef<'d>),
    /// Consecutive turns.
    Dialogue(DialogueRef<'d>),
    /// A scene break such as `* * *`.
    Separator(SeparatorRef<'d>),
}

impl<'d> BlockRef<'d> {
    pub(crate) fn new(doc: &'d Document, b: BlockRec) -> Self {
        let i = b.index as usize;
        match b.kind {
            BlockKind::Heading => BlockRef::Heading(HeadingRef::new(doc, HeadingId::new(i))),
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
        }
    }
}

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
    /// let text = "Trade hits US$1.3 billion in 2024\n";
    /// let doc = speechmark::parse(text);
    /// let h = doc.headings().next().unwrap();
    /// let s = h.sentences().next().unwrap();
    /// assert_eq!(s.figures().count(), 2);
    /// ```
    pub fn sentences(self) -> impl ExactSizeIterator<Item = SentenceRef<'d>> + use<'d> {
        let doc = self.doc;
        self.rec()
            .sentences
            .range()
            .map(move |i| SentenceRef::new(doc, SentenceId::new(i)))
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
        let doc = self.doc;
        self.rec()
            .sentences
            .range()
            .map(move |i| SentenceRef::new(doc, SentenceId::new(i)))
    }

    /// The turn whose utterance holds this paragraph, or `None` for a narrative paragraph.
    ///
    /// ```
    /// let doc = speechmark::parse("Talks began.\nQ: Why?\n");
    /// let owners: Vec<_> = doc.paragraphs().map(|p| p.turn().is_some()).collect();
    /// assert_eq!(owners, [false, true]);
    /// ```
    #[must_use]
    pub fn turn(self) -> Option<TurnRef<'d>> {
        let i = self.id.index();
        let turns = &self.doc.turns;
        let t = turns.partition_point(|t| (t.utterance.paragraphs.end as usize) <= i);
        let rec = turns.get(t)?;
        rec.utterance
            .paragraphs
            .range()
            .contains(&i)
            .then(|| TurnRef::new(self.doc, TurnId::new(t)))
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
        let c = self.rec().inlines;
        InlineSiblings::new(self.doc, c.start as usize, c.end as usize)
    }

    /// Every inline node of the sentence, nested ones included, in pre-order.
    pub fn descendants(self) -> impl ExactSizeIterator<Item = InlineRef<'d>> + use<'d> {
        let doc = self.doc;
        self.rec()
            .inlines
            .range()
            .map(move |i| InlineRef::new(doc, super::ids::InlineId::new(i)))
    }

    /// Every figure in the sentence, those inside quotations included, in order.
    pub fn figures(self) -> impl Iterator<Item = &'d Figure> + use<'d> {
        let doc = self.doc;
        let c = self.rec().inlines;
        doc.inlines
            .get(c.range())
            .unwrap_or_default()
            .iter()
            .filter(|r| r.kind == InlineKind::Figure)
            .filter_map(move |r| doc.figures.get(r.index as usize))
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

    /// The turn this sentence is spoken in, or `None` in narrative text and headings.
    #[must_use]
    pub fn turn(self) -> Option<TurnRef<'d>> {
        self.paragraph()?.turn()
    }
}

view! {
    /// Consecutive turns of speech.
    ///
    /// ```
    /// let doc = speechmark::parse("Q: Is it true?\nA: It is.\n");
    /// let d = doc.dialogues().next().unwrap();
    /// assert_eq!(d.turns().len(), 2);
    /// ```
    DialogueRef, DialogueId, dialogues, DialogueRec
}

impl<'d> DialogueRef<'d> {
    /// From the first turn's label to the end of the last turn.
    #[must_use]
    pub fn span(self) -> Span {
        self.rec().span
    }

    /// The turns, in order.
    pub fn turns(self) -> impl ExactSizeIterator<Item = TurnRef<'d>> + use<'d> {
        let doc = self.doc;
        self.rec()
            .turns
            .range()
            .map(move |i| TurnRef::new(doc, TurnId::new(i)))
    }
}

view! {
    /// One speaker's turn: a label and what they said.
    ///
    /// ```
    /// let text = "Putin: “Good afternoon.”";
    /// let doc = speechmark::parse(text);
    /// let turn = doc.turns().next().unwrap();
    /// assert_eq!(turn.label().name.slice(text), Some("Putin"));
    /// let first = turn.utterance().paragraphs().next().unwrap();
    /// assert_eq!(first.text(text), Some("Good afternoon."));
    /// ```
    TurnRef, TurnId, turns, TurnRec
}

impl<'d> TurnRef<'d> {
    /// From the label to the end of the utterance (its closing mark, if any).
    #[must_use]
    pub fn span(self) -> Span {
        self.rec().span
    }

    /// Who speaks.
    #[must_use]
    pub fn label(self) -> &'d SpeakerLabel {
        match self.doc.turns.get(self.id.index()) {
            Some(t) => &t.label,
            None => &EMPTY_LABEL,
        }
    }

    /// The speaker's name as printed in the label (`Prime Minister Sharif`).
    ///
    /// ```
    /// let text = "Prime Minister Sharif: Thank you.";
    /// let doc = speechmark::parse(text);
    /// assert_eq!(doc.turns().next().unwrap().speaker_text(text), Some("Prime Minister Sharif"));
    /// ```
    #[must_use]
    pub fn speaker_text(self, source: &str) -> Option<&str> {
        self.label().name.slice(source)
    }

    /// What they say.
    #[must_use]
    pub fn utterance(self) -> UtteranceRef<'d> {
        UtteranceRef {
            doc: self.doc,
            id: self.id,
        }
    }

    /// The paragraphs of the utterance, in order.
    pub fn paragraphs(self) -> impl ExactSizeIterator<Item = ParagraphRef<'d>> + use<'d> {
        self.utterance().paragraphs()
    }

    /// The dialogue the turn belongs to.
    #[must_use]
    pub fn dialogue(self) -> DialogueRef<'d> {
        let i = self.id.index();
        let d = self
            .doc
            .dialogues
            .partition_point(|d| (d.turns.end as usize) <= i);
        DialogueRef::new(self.doc, DialogueId::new(d))
    }
}

/// The label of a turn whose record is missing (never the case for ids the document made).
static EMPTY_LABEL: SpeakerLabel = SpeakerLabel {
    span: Span::empty(0),
    name: Span::empty(0),
    aside: None,
    punct: Span::empty(0),
    style: super::LabelStyle::Name,
};

/// What a speaker said in one turn: its quotation marks, if quoted, and its paragraphs.
///
/// ```
/// let text = "Putin: “First.\nSecond.”\n";
/// let doc = speechmark::parse(text);
/// let u = doc.turns().next().unwrap().utterance();
/// assert_eq!(u.open().and_then(|s| s.slice(text)), Some("“"));
/// assert_eq!(u.close().and_then(|s| s.slice(text)), Some("”"));
/// assert_eq!(u.paragraphs().len(), 2);
/// ```
#[derive(Clone, Copy)]
pub struct UtteranceRef<'d> {
    pub(crate) doc: &'d Document,
    pub(crate) id: TurnId,
}

impl<'d> UtteranceRef<'d> {
    fn rec(self) -> super::document::UtteranceRec {
        self.doc
            .turns
            .get(self.id.index())
            .map(|t| t.utterance)
            .unwrap_or_default()
    }

    /// The turn the utterance belongs to.
    #[must_use]
    pub fn turn(self) -> TurnRef<'d> {
        TurnRef::new(self.doc, self.id)
    }

    /// From the opening mark (or the first paragraph) to the closing mark (or the end of the
    /// last paragraph). Empty, at the end of the label, when the label has nothing after it.
    #[must_use]
    pub fn span(self) -> Span {
        self.rec().span
    }

    /// The utterance's text in `source`.
    #[must_use]
    pub fn text(self, source: &str) -> Option<&str> {
        self.span().slice(source)
    }

    /// The quotation mark that opens the utterance, if it is quoted.
    #[must_use]
    pub fn open(self) -> Option<Span> {
        self.rec().open
    }

    /// Opening marks that re-open the quotation at the start of later paragraphs (the usual
    /// English convention for a quotation over several paragraphs).
    #[must_use]
    pub fn reopen(self) -> &'d [Span] {
        self.doc
            .reopens
            .get(self.rec().reopen.range())
            .unwrap_or_default()
    }

    /// The quotation mark that closes the utterance, if any.
    #[must_use]
    pub fn close(self) -> Option<Span> {
        self.rec().close
    }

    /// The paragraphs of speech, quotation marks excluded.
    pub fn paragraphs(self) -> impl ExactSizeIterator<Item = ParagraphRef<'d>> + use<'d> {
        let doc = self.doc;
        self.rec()
            .paragraphs
            .range()
            .map(move |i| ParagraphRef::new(doc, ParagraphId::new(i)))
    }
}

impl fmt::Debug for UtteranceRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UtteranceRef")
            .field("turn", &self.id)
            .field("span", &self.span())
            .finish()
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

    /// Every paragraph, narrative or spoken, in document order.
    ///
    /// ```
    /// let doc = speechmark::parse("Talks began.\nPutin: “First.\nSecond.”\n");
    /// assert_eq!(doc.paragraphs().count(), 3);
    /// ```
    pub fn paragraphs(&self) -> impl ExactSizeIterator<Item = ParagraphRef<'_>> {
        (0..self.paragraphs.len()).map(|i| ParagraphRef::new(self, ParagraphId::new(i)))
    }

    /// Every dialogue, in order.
    ///
    /// ```
    /// let doc = speechmark::parse("Q: Why?\nA: Because.\n* * *\nQ: And?\n");
    /// assert_eq!(doc.dialogues().count(), 2);
    /// ```
    pub fn dialogues(&self) -> impl ExactSizeIterator<Item = DialogueRef<'_>> {
        (0..self.dialogues.len()).map(|i| DialogueRef::new(self, DialogueId::new(i)))
    }

    /// Every turn of every dialogue, in document order: the exchange without the blocks
    /// around it.
    ///
    /// ```
    /// let text = "Talks went on.\nQ: Why?\nA: Because.\n";
    /// let doc = speechmark::parse(text);
    /// let speakers: Vec<_> = doc.turns().map(|t| t.speaker_text(text)).collect();
    /// assert_eq!(speakers, [Some("Q"), Some("A")]);
    /// ```
    pub fn turns(&self) -> impl ExactSizeIterator<Item = TurnRef<'_>> {
        (0..self.turns.len()).map(|i| TurnRef::new(self, TurnId::new(i)))
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
            .partition_point(|s| (s.inlines.end as usize) <= i);
        SentenceRef::new(self.doc, super::ids::SentenceId::new(s))
    }
}
