//! Figures: numbers in running text with their meaning.
//!
//! A [`FigureFinder`] reads one sentence at a time, in three steps:
//!
//! 1. the anchor pass ([`anchor`]) reads the text's bytes once, classifying eight at a
//!    time, for the places a figure can be: digits, vulgar fractions (`½`), and the few words that are
//!    numbers or sit in every figure that has no digits (`two`, `sixth`, `million`, `year`, a
//!    capitalised month). Most sentences have none, and are done;
//! 2. around each anchor a window of a few words either side is tokenised ([`lex`]); windows
//!    that touch are merged;
//! 3. the rules walk the window's tokens ([`scan`]), trying the figure grammars only at tokens
//!    that can start something. The grammars of a figure's parts are nom parsers over the text
//!    ([`grammar`]: numbers, scale words, fractions, numbers in words); each rule family has its
//!    file, with its grammar in its doc comment: [`money`], [`percent`], [`quantity`],
//!    [`dates`], [`years`], [`relative`], [`counts`], ranges and signs in [`measure`], the
//!    numbers that are not figures in [`skip`], and [`direction`] words.
//!
//! Every step of the walk moves forward by at least one token and looks a bounded number of
//! tokens ahead, so the work is linear in the sentence.

mod anchor;
mod counts;
mod dates;
mod direction;
mod grammar;
mod lex;
mod measure;
mod money;
mod percent;
mod quantity;
mod relative;
mod scan;
mod skip;
mod table;
#[cfg(test)]
mod tests;
mod words;
mod words_currency;
mod years;

use crate::ast::{Currency, Figure};

/// The dollars a text may name outright and then write as a bare `$`.
const DOLLARS: &[Currency] = &[
    Currency::Usd,
    Currency::Aud,
    Currency::Cad,
    Currency::Nzd,
    Currency::Hkd,
    Currency::Sgd,
    Currency::Twd,
];
use crate::span::Span;

/// Finds the figures of sentences. It owns the scratch space the search needs (the tokens of
/// the current window, the windows of the current sentence), so that a document's sentences
/// share one allocation; keep one per document (or per thread) and call [`Self::find`] for
/// each sentence.
#[derive(Debug, Default)]
pub(crate) struct FigureFinder {
    tokens: Vec<lex::Tok>,
    /// The values of the number tokens of the current window.
    nums: Vec<Option<grammar::Num>>,
    windows: Vec<anchor::Window>,
    /// The anchors of the stretch of text the current sentence is in.
    anchors: anchor::Stretch,
    /// The dollar the text last named outright (`A$`, `C$`, `US$`): what a bare `$` or
    /// `dollars` after it stands for.
    dollar: Option<Currency>,
}

/// Scratch space above this many tokens is given back after a sentence, so that one huge
/// sentence does not keep its memory for the rest of the document.
const KEEP_TOKENS: usize = 1 << 14;

impl FigureFinder {
    /// Appends the figures of the sentence at `span` of `src` to `out`, in order, without
    /// overlaps. Every figure's span lies inside `span` on character boundaries.
    // Not inlined, so that profilers show the figure layer as one function.
    #[inline(never)]
    pub(crate) fn find(&mut self, src: &str, span: Span, out: &mut Vec<Figure>) {
        let Some(text) = src.get(span.range()) else {
            return;
        };
        self.windows.clear();
        let (start, end) = (span.start as usize, span.end as usize);
        match self.anchors.get(src, start, end) {
            Some(anchors) => anchor::windows_around(text, anchors, start, &mut self.windows),
            None => anchor::windows(text, &mut self.windows),
        }
        let first = out.len();
        for w in &self.windows {
            self.tokens.clear();
            lex::lex(text, w.start, w.end, &mut self.tokens);
            scan::numbers(text, &self.tokens, &mut self.nums);
            scan::Scanner::new(text, &self.tokens, &self.nums, span.start, w.end).run(out);
        }
        if let Some(found) = out.get_mut(first..) {
            self.dollars(found);
        }
        if self.tokens.capacity() > KEEP_TOKENS {
            self.tokens = Vec::new();
            self.nums = Vec::new();
        }
    }

    /// A bare `$` or `dollars` is the dollar the text last named outright: an Australian or
    /// a Canadian text names its own once (`A$2 billion`) and writes `$` after that. Before
    /// any, or after `US$`, it is the US dollar, as the rules read it.
    fn dollars(&mut self, found: &mut [Figure]) {
        for f in found {
            match f.currency {
                Some(Currency::Usd) if f.currency_assumed => {
                    if let Some(d) = self.dollar {
                        f.currency = Some(d);
                    }
                }
                Some(c) if !f.currency_assumed && DOLLARS.contains(&c) => self.dollar = Some(c),
                _ => {}
            }
        }
    }

    /// The figures of the sentence found by tokenising it whole, without the anchor pass: what
    /// [`Self::find`] must agree with.
    #[cfg(test)]
    pub(crate) fn find_whole(&mut self, src: &str, span: Span, out: &mut Vec<Figure>) {
        let Some(text) = src.get(span.range()) else {
            return;
        };
        let first = out.len();
        self.tokens.clear();
        lex::lex(text, 0, text.len(), &mut self.tokens);
        scan::numbers(text, &self.tokens, &mut self.nums);
        scan::Scanner::new(text, &self.tokens, &self.nums, span.start, text.len()).run(out);
        if let Some(found) = out.get_mut(first..) {
            self.dollars(found);
        }
    }
}
