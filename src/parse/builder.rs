//! The document builder: owns the document being built and every scratch buffer the passes
//! share, so that a parse makes a few large allocations and no pass calls back up into
//! another. The dialogue pass appends blocks and turns in order; each paragraph is split
//! into sentences and scanned for inline nodes as soon as it is appended, while its text is
//! still in the cache.

use crate::ast::{Document, Layout, LinkPlaceholder, PlaceholderKind, SpeakerLabel};
use crate::diagnostic::Diagnostic;
use crate::inline::InlineScanner;
use crate::span::Span;

pub(crate) struct Builder<'t> {
    text: &'t str,
    inlines: bool,
    doc: Document,
    /// The sentence spans of the paragraph being filled.
    sentences: Vec<Span>,
    scanner: InlineScanner,
}

impl<'t> Builder<'t> {
    /// A builder for `text`, with room for what `units` units can give, when the layout
    /// tells how many there will be: each unit makes at most one block and one paragraph.
    /// Reserving that up front (the spare capacity is given back at the end, in place)
    /// spares the arrays the copies of growing; otherwise the arrays of blocks, paragraphs,
    /// turns, sentences and inline nodes grow by a quarter at a time ([`room`]), not by
    /// doubling, so that the memory of a parse stays close to that of the document it makes.
    /// (The arrays of figures, quotations and the rarer nodes, a smaller share, double.)
    pub(crate) fn new(text: &'t str, layout: Layout, inlines: bool, units: Option<usize>) -> Self {
        let mut doc = Document::empty(crate::span::sp(0, text.len()), layout);
        if let Some(units) = units {
            doc.blocks.reserve_exact(units);
            doc.paragraphs.reserve_exact(units);
        }
        Builder {
            text,
            inlines,
            doc,
            sentences: Vec::new(),
            scanner: InlineScanner::default(),
        }
    }

    pub(crate) fn heading(
        &mut self,
        span: Span,
        title: Span,
        level: Option<u8>,
        placeholder: Option<PlaceholderKind>,
    ) {
        room(&mut self.doc.blocks);
        self.doc.append_heading(span, title, level, placeholder);
        if !self.inlines || title.is_empty() {
            return;
        }
        // A title is one sentence. An empty "Further Reading" section's title is a link
        // placeholder as a whole; any other title is scanned like a sentence of text.
        room_for(&mut self.doc.sentences, 1);
        room_for(&mut self.doc.inlines, INLINES_AHEAD);
        room_for(&mut self.doc.inline_kinds, INLINES_AHEAD);
        self.doc.append_sentence(title);
        match placeholder {
            Some(kind) => self.doc.append_placeholder(LinkPlaceholder {
                span: title,
                placeholder: kind,
            }),
            None => self.scanner.scan(self.text, title, &mut self.doc),
        }
    }

    pub(crate) fn separator(&mut self, span: Span) {
        room(&mut self.doc.blocks);
        self.doc.append_separator(span);
    }

    /// A page marker between blocks.
    pub(crate) fn page_marker(&mut self, span: Span) {
        room(&mut self.doc.blocks);
        self.doc.append_page_marker(span);
    }

    /// A page marker inside the open turn, between two of its paragraphs.
    pub(crate) fn utterance_marker(&mut self, span: Span) {
        self.doc.append_utterance_marker(span);
    }

    /// A narrative paragraph, with its sentences and inline nodes.
    pub(crate) fn paragraph(&mut self, span: Span) {
        room(&mut self.doc.blocks);
        room(&mut self.doc.paragraphs);
        self.doc.open_paragraph_block(span);
        self.fill(span);
    }

    /// Starts a turn; its paragraphs follow, then [`Builder::close_turn`].
    pub(crate) fn open_turn(&mut self, label: SpeakerLabel) {
        room(&mut self.doc.blocks);
        room(&mut self.doc.turns);
        self.doc.open_turn(label);
    }

    /// A paragraph of the open turn's utterance, with its sentences and inline nodes.
    pub(crate) fn utterance_paragraph(&mut self, span: Span) {
        room(&mut self.doc.paragraphs);
        self.doc.open_utterance_paragraph(span);
        self.fill(span);
    }

    /// Whether the open turn has a paragraph yet.
    pub(crate) fn turn_has_paragraphs(&self) -> bool {
        self.doc
            .turns
            .last()
            .is_some_and(|t| t.utterance.paragraphs.len() > 0)
    }

    pub(crate) fn reopen(&mut self, mark: Span) {
        self.doc.append_reopen(mark);
    }

    pub(crate) fn close_turn(&mut self, utterance: Span, open: Option<Span>, close: Option<Span>) {
        self.doc.close_turn(utterance, open, close);
    }

    pub(crate) fn diagnostic(&mut self, d: Diagnostic) {
        self.doc.diagnostics.push(d);
    }

    pub(crate) fn diagnostics(&mut self) -> &mut Vec<Diagnostic> {
        &mut self.doc.diagnostics
    }

    fn fill(&mut self, span: Span) {
        if !self.inlines {
            return;
        }
        self.sentences.clear();
        self.scanner.split(self.text, span, &mut self.sentences);
        room_for(&mut self.doc.sentences, self.sentences.len());
        for &s in &self.sentences {
            room_for(&mut self.doc.inlines, INLINES_AHEAD);
            room_for(&mut self.doc.inline_kinds, INLINES_AHEAD);
            self.doc.append_sentence(s);
            self.scanner.scan(self.text, s, &mut self.doc);
        }
    }

    pub(crate) fn finish(mut self) -> Document {
        self.doc.close_dialogue();
        let diags = &mut self.doc.diagnostics;
        // The passes mostly report in order of position (control characters, reported last,
        // are rare): a list already in order is only checked, not sorted again.
        if !diags.is_sorted_by_key(|d| (d.span.start, d.span.end)) {
            diags.sort_by_key(|d| (d.span.start, d.span.end));
        }
        self.doc.shrink();
        self.doc
    }
}

/// Makes room for one more element in `v`, growing it by a quarter when it is full. Doubling
/// would leave up to half of a large array unused until the end of the parse; a quarter
/// keeps the waste small and the copies still linear in all.
#[inline]
fn room<T>(v: &mut Vec<T>) {
    room_for(v, 1);
}

/// Makes room for `n` more elements in `v`, the same way as [`room`].
#[inline]
fn room_for<T>(v: &mut Vec<T>, n: usize) {
    if v.capacity() - v.len() < n {
        grow(v, n);
    }
}

#[cold]
#[inline(never)]
fn grow<T>(v: &mut Vec<T>, n: usize) {
    v.reserve_exact((v.capacity() / 4).max(n) + 16);
}

/// How many inline nodes a sentence is given room for before it is scanned: more than
/// almost any sentence holds (one that holds more makes its array grow by doubling).
const INLINES_AHEAD: usize = 32;
