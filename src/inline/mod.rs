//! Inline nodes inside sentences: figures, links, link placeholders and quotations.

mod figure;
mod link;
mod quote;

pub use figure::{Currency, Decimal, Figure, FigureKind, IsoDate, ParseDecimalError};
pub(crate) use link::announces_links;
pub use link::{Link, LinkPlaceholder, PlaceholderKind};
pub use quote::Quote;

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
pub(crate) fn scan(src: &str, span: Span) -> Vec<Inline> {
    let mut figures = Vec::new();
    figure::find(src, span, &mut figures);
    figures.into_iter().map(Inline::Figure).collect()
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
        &[]
    }

    /// Named sub-spans that are not nodes (a quotation's marks).
    pub(crate) fn fields(&self) -> Vec<(&'static str, Span)> {
        match self {
            Inline::Quote(q) => vec![("open", q.open), ("close", q.close)],
            _ => Vec::new(),
        }
    }

    /// Extra facts shown by the text rendering, as `key=value` pairs.
    pub(crate) fn attributes(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
}
