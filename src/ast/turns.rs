//! Typed views of dialogue: a dialogue, its turns, and each turn's utterance.

use super::document::{DialogueRec, Document, TurnRec, to_option};
use super::ids::{DialogueId, PageMarkerId, ParagraphId, TurnId};
use super::views::{PageMarkerRef, ParagraphRef, SentenceRef, view};
use super::{LabelStyle, SpeakerLabel};
use crate::span::Span;
use std::fmt;

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
        self.rec().span()
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
    lead: None,
    name: Span::empty(0),
    aside: None,
    punct: Span::empty(0),
    style: LabelStyle::Name,
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
        to_option(self.rec().open)
    }

    /// Opening marks that re-open the quotation at the start of later paragraphs (the usual
    /// English convention for a quotation over several paragraphs).
    #[must_use]
    pub fn reopen(self) -> &'d [Span] {
        self.doc
            .reopens
            .get(self.doc.turn_reopens(self.id.index()))
            .unwrap_or_default()
    }

    /// The quotation mark that closes the utterance, if any.
    #[must_use]
    pub fn close(self) -> Option<Span> {
        to_option(self.rec().close)
    }

    /// The paragraphs of speech, quotation marks excluded.
    pub fn paragraphs(self) -> impl ExactSizeIterator<Item = ParagraphRef<'d>> + use<'d> {
        let doc = self.doc;
        self.rec()
            .paragraphs
            .range()
            .map(move |i| ParagraphRef::new(doc, ParagraphId::new(i)))
    }

    /// The page markers that fall between the utterance's paragraphs (a printed record's page
    /// break in the middle of a speech).
    pub fn page_markers(self) -> impl ExactSizeIterator<Item = PageMarkerRef<'d>> + use<'d> {
        let doc = self.doc;
        doc.turn_markers(self.id.index())
            .map(move |i| PageMarkerRef::new(doc, PageMarkerId::new(i)))
    }
}

impl<'d> PageMarkerRef<'d> {
    /// The turn whose speech the marker interrupts, or `None` for a marker between blocks.
    #[must_use]
    pub fn turn(self) -> Option<TurnRef<'d>> {
        let i = self.id.index();
        let m = &self.doc.utterance_markers;
        let k = m.partition_point(|e| (e.markers.end as usize) <= i);
        m.get(k)
            .filter(|e| e.markers.range().contains(&i))
            .map(|e| TurnRef::new(self.doc, TurnId::new(e.turn as usize)))
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

impl<'d> ParagraphRef<'d> {
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

impl<'d> SentenceRef<'d> {
    /// The turn this sentence is spoken in, or `None` in narrative text and headings.
    #[must_use]
    pub fn turn(self) -> Option<TurnRef<'d>> {
        self.paragraph()?.turn()
    }
}

impl Document {
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
}
