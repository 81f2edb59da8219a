//! Inline nodes inside sentences: figures, links, link placeholders and quotations.

mod figure;
mod link;
mod quote;

pub use figure::{Currency, Decimal, Figure, FigureKind, IsoDate, ParseDecimalError};
pub(crate) use link::announces_links;
pub use link::{Link, LinkForm, LinkPlaceholder, PlaceholderKind};
pub use quote::{MAX_QUOTE_DEPTH, Quote};

use crate::span::Span;
use serde::Serialize;

/// A node inside a sentence.
///
/// ```
/// use speechmark::Inline;
/// # let _ = |i: &Inline| i.span();
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Inline {
    /// A number with its meaning.
    Figure(Figure),
    /// A URL or e-mail address.
    Link(Link),
    /// Text that stood for a link whose target was lost.
    LinkPlaceholder(LinkPlaceholder),
    /// A quotation inside a sentence.
    Quote(Quote),
}

crate::serde_tag::deserialize_by_kind!(Inline, InlineRepr {
    "figure" => Figure(Figure),
    "link" => Link(Link),
    "link_placeholder" => LinkPlaceholder(LinkPlaceholder),
    "quote" => Quote(Quote),
});

impl Inline {
    /// The node's span.
    #[must_use]
    pub fn span(&self) -> Span {
        match self {
            Inline::Figure(x) => x.span,
            Inline::Link(x) => x.span,
            Inline::LinkPlaceholder(x) => x.span,
            Inline::Quote(x) => x.span,
        }
    }
}

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
    link::find_placeholders(src, span, &mut anchors);
    let mut figures = Vec::new();
    figure::find(src, span, &mut figures);
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

impl Inline {
    /// The node's kind, as in JSON.
    ///
    /// ```
    /// # let _ = |i: &speechmark::Inline| i.kind();
    /// ```
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Inline::Figure(_) => "figure",
            Inline::Link(_) => "link",
            Inline::LinkPlaceholder(_) => "link_placeholder",
            Inline::Quote(_) => "quote",
        }
    }

    /// Inline nodes nested inside this one (inside a quotation).
    pub(crate) fn children(&self) -> &[Inline] {
        match self {
            Inline::Quote(q) => &q.inlines,
            _ => &[],
        }
    }

    /// Named sub-spans that are not nodes (a quotation's marks).
    pub(crate) fn fields(&self) -> Vec<(&'static str, Span)> {
        match self {
            Inline::Quote(q) => vec![("open", q.open), ("close", q.close)],
            Inline::Link(l) => vec![("target", l.target)],
            Inline::Figure(f) => f
                .ends
                .map_or_else(Vec::new, |[a, b]| vec![("from", a), ("to", b)]),
            Inline::LinkPlaceholder(_) => Vec::new(),
        }
    }

    /// Extra facts shown by the text rendering, as `key=value` pairs.
    pub(crate) fn attributes(&self) -> Vec<(&'static str, String)> {
        match self {
            Inline::Link(l) => vec![("form", l.form.as_str().to_owned())],
            Inline::LinkPlaceholder(p) => vec![("placeholder", p.placeholder.as_str().to_owned())],
            Inline::Figure(f) => {
                let mut a = vec![("figure", f.figure.as_str().to_owned())];
                a.extend(f.value.map(|v| ("value", v.to_string())));
                a.extend(f.to.map(|v| ("to", v.to_string())));
                a.extend(f.currency.map(|c| ("currency", c.code().to_owned())));
                if f.currency_assumed {
                    a.push(("currency_assumed", "true".to_owned()));
                }
                a.extend(f.unit.as_ref().map(|u| ("unit", u.to_string())));
                a.extend(f.date.map(|d| ("date", d.to_string())));
                a
            }
            Inline::Quote(_) => Vec::new(),
        }
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
