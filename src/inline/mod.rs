//! Inline nodes inside sentences: figures, links, link placeholders and quotations.

pub(crate) mod figure;
mod link;
mod placeholder;
mod quote;
pub(crate) mod sentences;

pub(crate) use placeholder::announces_links;

use crate::ast::{Inline, MAX_QUOTE_DEPTH, Quote};
use crate::span::Span;

/// Finds the inline nodes of the sentence at `span` of `src`, in order and without overlaps.
///
/// Overlap policy: a link wins over a placeholder and a figure that overlap it (the digits of
/// `example.com/2024` are not a year); a placeholder wins over a figure. Quotation marks inside
/// any of these are not quotation marks, so a quotation either contains a node whole or does
/// not touch it: nodes inside a quotation are its children ([`Quote::inlines`]), never its
/// siblings. Every child span lies inside its parent, siblings are ordered and disjoint.
pub(crate) fn scan(src: &str, span: Span) -> Vec<Inline> {
    let mut links = Vec::new();
    link::find_links(src, span, &mut links);
    let mut anchors = Vec::new();
    placeholder::find_placeholders(src, span, &mut anchors);
    let mut figures = Vec::new();
    figure::FigureFinder::new().find(src, span, &mut figures);
    let high = merge(
        span,
        links.into_iter().map(Inline::Link),
        anchors.into_iter().map(Inline::LinkPlaceholder),
    );
    let leaves = merge(
        span,
        high.into_iter(),
        figures.into_iter().map(Inline::Figure),
    );
    let mut pairs = Vec::new();
    quote::find(src, span, &leaves, &mut pairs);
    if pairs.is_empty() {
        leaves
    } else {
        nest(leaves, pairs)
    }
}

/// Merges two ordered lists of nodes. `first` wins: an item of `second` that overlaps an item
/// of `first`, or an earlier kept item, or lies outside `span`, or is empty, is dropped.
fn merge(
    span: Span,
    first: impl Iterator<Item = Inline>,
    second: impl Iterator<Item = Inline>,
) -> Vec<Inline> {
    let mut first = first.peekable();
    let cap = first.size_hint().0.saturating_add(second.size_hint().0);
    let mut out: Vec<Inline> = Vec::with_capacity(cap);
    let fits = |out: &Vec<Inline>, s: Span| {
        !s.is_empty() && span.contains(s) && out.last().is_none_or(|l| l.span().end <= s.start)
    };
    for x in second {
        let xs = x.span();
        while let Some(y) = first.next_if(|y| y.span().start <= xs.start) {
            if fits(&out, y.span()) {
                out.push(y);
            }
        }
        let clashes = first.peek().is_some_and(|y| y.span().start < xs.end);
        if !clashes && fits(&out, xs) {
            out.push(x);
        }
    }
    for y in first {
        if fits(&out, y.span()) {
            out.push(y);
        }
    }
    out
}

/// Puts the leaves into the quotations that contain them, and quotations into quotations,
/// with an explicit stack no deeper than [`MAX_QUOTE_DEPTH`]: no recursion.
fn nest(leaves: Vec<Inline>, pairs: Vec<(Span, Span)>) -> Vec<Inline> {
    let mut out = Vec::with_capacity(leaves.len() + pairs.len());
    let mut stack: Vec<Quote> = Vec::new();
    let mut leaves = leaves.into_iter().peekable();
    let mut pairs = pairs.into_iter().peekable();
    loop {
        let leaf_start = leaves.peek().map(|l| l.span().start);
        let pair_start = pairs.peek().map(|(open, _)| open.start);
        let next = match (leaf_start, pair_start) {
            (None, None) => break,
            (Some(l), Some(p)) => l.min(p),
            (Some(x), None) | (None, Some(x)) => x,
        };
        close_quotes(&mut stack, &mut out, next);
        let take_pair =
            matches!((leaf_start, pair_start), (_, Some(p)) if leaf_start.is_none_or(|l| p <= l));
        if take_pair {
            if let Some((open, close)) = pairs.next() {
                let q = Quote {
                    span: open.cover(close),
                    open,
                    close,
                    inlines: Vec::new(),
                };
                let fits = stack.last().is_none_or(|p| p.span.contains(q.span));
                if fits && stack.len() < MAX_QUOTE_DEPTH {
                    stack.push(q);
                }
            }
        } else if let Some(leaf) = leaves.next() {
            match stack.last_mut() {
                Some(q) if q.span.contains(leaf.span()) => q.inlines.push(leaf),
                Some(_) => {} // crosses a quotation mark: cannot happen, see `quote::find`
                None => out.push(leaf),
            }
        }
    }
    close_quotes(&mut stack, &mut out, u32::MAX);
    out
}

/// Pops the quotations that end at or before `pos` into their parents.
fn close_quotes(stack: &mut Vec<Quote>, out: &mut Vec<Inline>, pos: u32) {
    while stack.last().is_some_and(|q| q.span.end <= pos) {
        let Some(q) = stack.pop() else { break };
        match stack.last_mut() {
            Some(parent) => parent.inlines.push(Inline::Quote(q)),
            None => out.push(Inline::Quote(q)),
        }
    }
}

#[cfg(test)]
mod tests;
