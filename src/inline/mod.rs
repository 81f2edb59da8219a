//! Inline nodes inside sentences: figures, links, link placeholders and quotations.

mod candidates;
mod figure;
mod link;
mod placeholder;
mod quote;
pub(crate) mod sentences;

pub(crate) use placeholder::announces_links;

use crate::ast::{Document, Figure, Link, LinkPlaceholder, MAX_QUOTE_DEPTH};
use crate::span::Span;
use candidates::Candidates;
use candidates::Class;

/// The inline layer's scratch space, kept by the document builder and reused for every
/// sentence, so that scanning a sentence allocates nothing once the buffers have grown.
#[derive(Debug, Default)]
pub(crate) struct InlineScanner {
    links: Vec<Link>,
    anchors: Vec<LinkPlaceholder>,
    figures: Vec<Figure>,
    /// The figure finder and its buffers, reused for every sentence.
    finder: figure::FigureFinder,
    /// The candidate bytes of the sentence passes, found a stretch of text at a time.
    candidates: Candidates,
    /// Links and placeholders merged, then everything merged.
    high: Vec<Leaf>,
    leaves: Vec<Leaf>,
    pairs: Vec<(Span, Span)>,
    /// The quotation marks open while pairing them.
    stack: quote::Stack,
    /// The quotations open while nesting: their spans and the index of their records.
    open: Vec<(Span, usize)>,
}

/// A found leaf node, before it goes into the document: its span and where its data is.
#[derive(Clone, Copy, Debug)]
struct Leaf {
    span: Span,
    from: From,
    index: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum From {
    Link,
    Anchor,
    Figure,
}

impl InlineScanner {
    /// Appends to `out` the sentence spans of the paragraph at `span` of `src`
    /// ([`sentences::split_with`]), finding the candidate bytes of the paragraph and of the text
    /// after it for the sentences' own scans.
    pub(crate) fn split(&mut self, src: &str, span: Span, out: &mut Vec<Span>) {
        sentences::split_with(&mut self.candidates, src, span, out);
    }

    /// Finds the inline nodes of the sentence at `span` of `src` and appends them to `doc`
    /// (whose last sentence is this one), in pre-order.
    ///
    /// Overlap policy: a link wins over a placeholder and a figure that overlap it (the
    /// digits of `example.com/2024` are not a year); a placeholder wins over a figure.
    /// Quotation marks inside any of these are not quotation marks, so a quotation either
    /// contains a node whole or does not touch it: nodes inside a quotation are its
    /// children, never its siblings. Every child span lies inside its parent, siblings are
    /// ordered and disjoint.
    pub(crate) fn scan(&mut self, src: &str, span: Span, doc: &mut Document) {
        let (start, end) = (span.start as usize, span.end as usize);
        self.links.clear();
        self.anchors.clear();
        self.figures.clear();
        let [links, anchors, quotes] = self.candidates.get(
            src,
            start,
            end,
            [Class::Links, Class::Anchors, Class::Quotes],
        );
        if link::may_have_links(src, links) {
            link::find_links(src, span, links, &mut self.links);
        }
        placeholder::find_placeholders(src, span, anchors, &mut self.anchors);
        self.finder.find(src, span, &mut self.figures);
        let no_leaves = self.links.is_empty() && self.anchors.is_empty() && self.figures.is_empty();
        // Most sentences have no inline node at all: nothing to merge or nest.
        if no_leaves && quotes.is_empty() {
            return;
        }
        let links = self.links.iter().enumerate().map(|(i, l)| Leaf {
            span: l.span,
            from: From::Link,
            index: i,
        });
        let anchors = self.anchors.iter().enumerate().map(|(i, a)| Leaf {
            span: a.span,
            from: From::Anchor,
            index: i,
        });
        merge(span, links, anchors, &mut self.high);
        let figures = self.figures.iter().enumerate().map(|(i, f)| Leaf {
            span: f.span,
            from: From::Figure,
            index: i,
        });
        merge(span, self.high.iter().copied(), figures, &mut self.leaves);
        self.pairs.clear();
        quote::find(
            src,
            span,
            quotes,
            self.leaves.iter().map(|l| l.span),
            &mut self.stack,
            &mut self.pairs,
        );
        self.nest(doc);
    }

    /// Appends the leaves and the quotations to `doc` in pre-order: a quotation before the
    /// nodes inside it, closed (its subtree ended) once the walk passes its end. The stack of
    /// open quotations is no deeper than [`MAX_QUOTE_DEPTH`]: no recursion.
    fn nest(&mut self, doc: &mut Document) {
        self.open.clear();
        let mut leaves = self.leaves.iter().peekable();
        let mut pairs = self.pairs.iter().peekable();
        loop {
            let leaf_start = leaves.peek().map(|l| l.span.start);
            let pair_start = pairs.peek().map(|(open, _)| open.start);
            let next = match (leaf_start, pair_start) {
                (None, None) => break,
                (Some(l), Some(p)) => l.min(p),
                (Some(x), None) | (None, Some(x)) => x,
            };
            close_quotes(&mut self.open, doc, next);
            let take_pair = matches!((leaf_start, pair_start), (_, Some(p)) if leaf_start.is_none_or(|l| p <= l));
            if take_pair {
                if let Some(&(open, close)) = pairs.next() {
                    let q = open.cover(close);
                    let fits = self.open.last().is_none_or(|(p, _)| p.contains(q));
                    if fits && self.open.len() < MAX_QUOTE_DEPTH {
                        let at = doc.open_quote(open, close);
                        self.open.push((q, at));
                    }
                }
            } else if let Some(leaf) = leaves.next() {
                // A leaf crossing a quotation mark cannot happen (see `quote::find`); one
                // that did would be dropped rather than break the nesting.
                if self.open.last().is_none_or(|(q, _)| q.contains(leaf.span)) {
                    self.append(*leaf, doc);
                }
            }
        }
        close_quotes(&mut self.open, doc, u32::MAX);
    }

    fn append(&self, leaf: Leaf, doc: &mut Document) {
        match leaf.from {
            From::Link => {
                if let Some(l) = self.links.get(leaf.index) {
                    doc.append_link(l.clone());
                }
            }
            From::Anchor => {
                if let Some(a) = self.anchors.get(leaf.index) {
                    doc.append_placeholder(a.clone());
                }
            }
            From::Figure => {
                if let Some(f) = self.figures.get(leaf.index) {
                    doc.append_figure(f.clone());
                }
            }
        }
    }
}

/// Closes the quotations that end at or before `pos`.
fn close_quotes(open: &mut Vec<(Span, usize)>, doc: &mut Document, pos: u32) {
    while let Some(&(q, at)) = open.last() {
        if q.end > pos {
            break;
        }
        open.pop();
        doc.close_quote(at);
    }
}

/// Merges two ordered lists of leaves into `out`. `first` wins: an item of `second` that
/// overlaps an item of `first`, or an earlier kept item, or lies outside `span`, or is empty,
/// is dropped.
fn merge(
    span: Span,
    first: impl Iterator<Item = Leaf>,
    second: impl Iterator<Item = Leaf>,
    out: &mut Vec<Leaf>,
) {
    out.clear();
    let mut first = first.peekable();
    let fits = |out: &Vec<Leaf>, s: Span| {
        !s.is_empty() && span.contains(s) && out.last().is_none_or(|l| l.span.end <= s.start)
    };
    for x in second {
        let xs = x.span;
        while let Some(y) = first.next_if(|y| y.span.start <= xs.start) {
            if fits(out, y.span) {
                out.push(y);
            }
        }
        let clashes = first.peek().is_some_and(|y| y.span.start < xs.end);
        if !clashes && fits(out, xs) {
            out.push(x);
        }
    }
    for y in first {
        if fits(out, y.span) {
            out.push(y);
        }
    }
}

#[cfg(test)]
mod tests;
