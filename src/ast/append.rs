//! Appending to a document in document order: the only way nodes get into the flat arrays,
//! shared by the parser's builder and by reading JSON back.
//!
//! The order of calls is the order of the text. A paragraph, a sentence or a turn is opened,
//! then its children are appended, and each append extends the range of the node that is open.

use super::compact::FigureRec;
use super::document::{
    BlockKind, BlockRec, Children, DialogueRec, Document, HeadingRec, ParagraphRec, SentenceRec,
    TurnRec, UtteranceMarkers, UtteranceRec,
};
use super::document::{InlineKind, QuoteRec};
use super::document::{NO_SPAN, from_option};
use super::{Figure, Link, LinkPlaceholder, PlaceholderKind, SpeakerLabel};
use crate::span::{Span, off};

impl Document {
    fn push_block(&mut self, kind: BlockKind, index: usize) {
        if kind != BlockKind::Dialogue {
            self.close_dialogue();
        }
        self.blocks.push(BlockRec {
            kind,
            index: off(index),
        });
    }

    /// Ends the dialogue that is being built, if any: consecutive turns form one dialogue,
    /// and any other block ends it.
    pub(crate) fn close_dialogue(&mut self) {
        self.open_dialogue = false;
    }

    pub(crate) fn append_heading(
        &mut self,
        span: Span,
        text: Span,
        level: Option<u8>,
        placeholder: Option<PlaceholderKind>,
    ) {
        self.push_block(BlockKind::Heading, self.headings.len());
        self.headings.push(HeadingRec {
            span,
            text,
            level,
            placeholder,
            sentences: Children::at(self.sentences.len()),
        });
        self.in_heading = true;
    }

    pub(crate) fn append_separator(&mut self, span: Span) {
        self.push_block(BlockKind::Separator, self.separators.len());
        self.separators.push(span);
    }

    /// A page marker between blocks.
    pub(crate) fn append_page_marker(&mut self, span: Span) {
        self.push_block(BlockKind::PageMarker, self.page_markers.len());
        self.page_markers.push(span);
    }

    /// A page marker inside the open turn's utterance, between two of its paragraphs.
    pub(crate) fn append_utterance_marker(&mut self, span: Span) {
        let at = self.page_markers.len();
        self.page_markers.push(span);
        let Some(turn) = self.turns.len().checked_sub(1).map(off) else {
            return;
        };
        match self.utterance_markers.last_mut() {
            Some(m) if m.turn == turn => m.markers.end = off(at + 1),
            _ => self.utterance_markers.push(UtteranceMarkers {
                turn,
                markers: Children {
                    start: off(at),
                    end: off(at + 1),
                },
            }),
        }
    }

    /// Opens a narrative paragraph (a block); its sentences follow.
    pub(crate) fn open_paragraph_block(&mut self, span: Span) {
        self.push_block(BlockKind::Paragraph, self.paragraphs.len());
        self.push_paragraph(span);
    }

    fn push_paragraph(&mut self, span: Span) {
        self.in_heading = false;
        self.paragraphs.push(ParagraphRec {
            span,
            sentences: Children::at(self.sentences.len()),
        });
    }

    /// Opens a turn with its label, starting a dialogue if none is open. Its paragraphs and
    /// re-opening marks follow; [`Document::close_turn`] sets its spans and marks.
    pub(crate) fn open_turn(&mut self, label: SpeakerLabel) {
        if !self.open_dialogue {
            self.push_block(BlockKind::Dialogue, self.dialogues.len());
            self.dialogues.push(DialogueRec {
                span: label.span,
                turns: Children::at(self.turns.len()),
            });
            self.open_dialogue = true;
        }
        self.turns.push(TurnRec {
            label,
            utterance: UtteranceRec {
                span: Span::empty(label.span.end),
                open: NO_SPAN,
                close: NO_SPAN,
                reopen_end: off(self.reopens.len()),
                paragraphs: Children::at(self.paragraphs.len()),
            },
        });
        if let Some(d) = self.dialogues.last_mut() {
            d.turns.end = off(self.turns.len());
        }
    }

    /// Opens a paragraph of the open turn's utterance; its sentences follow.
    pub(crate) fn open_utterance_paragraph(&mut self, span: Span) {
        self.push_paragraph(span);
        let n = off(self.paragraphs.len());
        if let Some(t) = self.turns.last_mut() {
            t.utterance.paragraphs.end = n;
        }
    }

    /// A mark that re-opens the open turn's quotation at the start of a paragraph.
    pub(crate) fn append_reopen(&mut self, mark: Span) {
        self.reopens.push(mark);
        let n = off(self.reopens.len());
        if let Some(t) = self.turns.last_mut() {
            t.utterance.reopen_end = n;
        }
    }

    /// Sets the open turn's utterance span and marks, and the turn's and dialogue's spans.
    pub(crate) fn close_turn(&mut self, utterance: Span, open: Option<Span>, close: Option<Span>) {
        let Some(t) = self.turns.last_mut() else {
            return;
        };
        t.utterance.span = utterance;
        t.utterance.open = from_option(open);
        t.utterance.close = from_option(close);
        let turn_span = t.span();
        if let Some(d) = self.dialogues.last_mut() {
            d.span = d.span.cover(turn_span);
        }
    }

    /// Appends a sentence to the paragraph or heading that is open; its inline nodes follow.
    pub(crate) fn append_sentence(&mut self, span: Span) {
        self.open_quote = 0;
        self.sentences.push(SentenceRec {
            span,
            inlines_end: off(self.inlines.len()),
        });
        let n = off(self.sentences.len());
        let range = if self.in_heading {
            self.headings.last_mut().map(|h| &mut h.sentences)
        } else {
            self.paragraphs.last_mut().map(|p| &mut p.sentences)
        };
        if let Some(r) = range {
            r.end = n;
        }
    }

    fn push_inline(&mut self, kind: InlineKind, index: usize) {
        self.inlines.push(off(index));
        self.inline_kinds.push(kind);
        let n = off(self.inlines.len());
        if let Some(s) = self.sentences.last_mut() {
            s.inlines_end = n;
        }
    }

    /// Appends a figure, in its compact form (see [`FigureRec`]).
    pub(crate) fn append_figure(&mut self, figure: Figure) {
        let index = self.figures.len();
        self.push_inline(InlineKind::Figure, index);
        #[cfg(test)]
        self.appended_figures.push(figure.clone());
        let (rec, extra, direction) = FigureRec::encode(figure, off(index));
        self.figures.push(rec);
        self.figure_extras.extend(extra);
        self.figure_directions.extend(direction);
    }

    pub(crate) fn append_link(&mut self, link: Link) {
        self.push_inline(InlineKind::Link, self.links.len());
        self.links.push(link);
    }

    pub(crate) fn append_placeholder(&mut self, placeholder: LinkPlaceholder) {
        self.push_inline(InlineKind::Placeholder, self.placeholders.len());
        self.placeholders.push(placeholder);
    }

    /// Opens a quotation: the nodes appended until [`Document::close_quote`] with the
    /// returned index are inside it.
    /// The quotation spans from its opening mark to its closing mark.
    pub(crate) fn open_quote(&mut self, open: Span, close: Span) -> usize {
        let at = self.inlines.len();
        self.push_inline(InlineKind::Quote, self.quotes.len());
        self.quotes.push(QuoteRec {
            open,
            close,
            at: off(at),
            subtree_end: off(at + 1),
            parent: self.open_quote,
        });
        self.open_quote = off(at + 1);
        at
    }

    /// Closes the quotation opened at `at`: its subtree ends here, and its parent is open
    /// again.
    pub(crate) fn close_quote(&mut self, at: usize) {
        let end = off(self.inlines.len());
        let index = match self.inline_rec(at) {
            Some(r) if r.kind == InlineKind::Quote => r.index as usize,
            _ => return,
        };
        if let Some(q) = self.quotes.get_mut(index) {
            q.subtree_end = end;
            self.open_quote = q.parent;
        }
    }

    /// Ends the building: the builder's state goes back to rest (so that two documents with
    /// the same nodes are equal however they were built), and spare capacity is given back
    /// (the tree keeps none).
    pub(crate) fn shrink(&mut self) {
        self.open_dialogue = false;
        self.open_quote = 0;
        self.in_heading = false;
        self.blocks.shrink_to_fit();
        self.headings.shrink_to_fit();
        self.separators.shrink_to_fit();
        self.page_markers.shrink_to_fit();
        self.paragraphs.shrink_to_fit();
        self.dialogues.shrink_to_fit();
        self.turns.shrink_to_fit();
        self.reopens.shrink_to_fit();
        self.utterance_markers.shrink_to_fit();
        self.sentences.shrink_to_fit();
        self.inlines.shrink_to_fit();
        self.inline_kinds.shrink_to_fit();
        self.figures.shrink_to_fit();
        self.figure_extras.shrink_to_fit();
        self.figure_directions.shrink_to_fit();
        self.links.shrink_to_fit();
        self.placeholders.shrink_to_fit();
        self.quotes.shrink_to_fit();
        self.diagnostics.shrink_to_fit();
    }
}
