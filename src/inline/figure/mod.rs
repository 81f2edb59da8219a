//! Figures: numbers in running text with their meaning.
//!
//! The finder tokenizes a sentence once ([`lex`]), then walks the tokens left to right, trying
//! the figure grammars only where a figure can start (a digit, a currency sign or code, a
//! number word, a month name, `last`/`next`/…); every step moves forward by at least one
//! token and looks ahead a bounded number of tokens, so the work is linear in the sentence.
//!
//! Most sentences hold no figure, so a byte scan ([`lex::may_have_figure`]) first looks for the
//! first place a figure can start (a digit, a currency sign, a number word, a capitalised month,
//! `a`/`this`/`last` … before `million`, `year`, `July` …); without one the sentence is done,
//! and with one tokens are made only from a few tokens before it. The walk then tries the
//! grammars only at tokens that can start something ([`scan::Scanner`]'s `wanted`).

mod lex;
mod scan;
#[cfg(test)]
mod tests;
mod words;

use crate::ast::Figure;
use crate::span::Span;

/// Finds the figures in the sentence at `span` of `src`, in order, without overlaps. Every
/// figure's span lies inside `span` on character boundaries.
pub(crate) fn find(src: &str, span: Span, out: &mut Vec<Figure>) {
    let Some(text) = src.get(span.range()) else {
        return;
    };
    // Start a few tokens before the first place a figure can start; most sentences have none.
    let Some(text) = lex::may_have_figure(text).and_then(|from| {
        let base = span.start.checked_add(u32::try_from(from).ok()?)?;
        Some((text.get(from..)?, base))
    }) else {
        return;
    };
    let (text, base) = text;
    thread_local! {
        static TOKENS: std::cell::RefCell<Vec<lex::Tok>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let run = |toks: &mut Vec<lex::Tok>, out: &mut Vec<Figure>| {
        toks.clear();
        lex::lex(text, toks);
        scan::Scanner::new(text, toks, base).run(out);
        if toks.capacity() > 1 << 16 {
            *toks = Vec::new();
        }
    };
    let done = TOKENS
        .try_with(|cell| match cell.try_borrow_mut() {
            Ok(mut toks) => {
                run(&mut toks, out);
                true
            }
            Err(_) => false,
        })
        .unwrap_or(false);
    if !done {
        run(&mut Vec::new(), out);
    }
}
