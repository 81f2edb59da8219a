//! Inline nodes: what a sentence holds.

use super::{Figure, Link, LinkPlaceholder};
use crate::span::Span;
use serde::{Deserialize, Serialize};

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

/// How deeply quotations may nest inside a sentence. Deeper opening marks are ignored, so the
/// tree's depth is bounded whatever the input.
pub const MAX_QUOTE_DEPTH: usize = 4;

/// A quotation inside a sentence, with both of its marks, and the inline nodes inside it
/// (figures, links, placeholders and quotations nested in it, at most [`MAX_QUOTE_DEPTH`] deep).
///
/// In JSON: `{"kind":"quote","span":[s,e],"open":[s,e],"close":[s,e],"inlines":[…]}`;
/// `inlines` is left out when empty.
///
/// ```
/// use speechmark::{parse, Block, Inline};
///
/// let text = "She called it “a ‘historic’ day” and left.";
/// let doc = parse(text);
/// let Block::Paragraph(p) = &doc.blocks[0] else { panic!() };
/// let Inline::Quote(q) = &p.sentences[0].inlines[0] else { panic!() };
/// assert_eq!(q.span.slice(text), Some("“a ‘historic’ day”"));
/// assert_eq!(q.open.slice(text), Some("“"));
/// let Inline::Quote(inner) = &q.inlines[0] else { panic!() };
/// assert_eq!(inner.span.slice(text), Some("‘historic’"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "quote")]
pub struct Quote {
    /// From the opening mark to the closing mark, inclusive.
    pub span: Span,
    /// The opening mark.
    pub open: Span,
    /// The closing mark.
    pub close: Span,
    /// The inline nodes inside the quotation, in order and without overlaps.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inlines: Vec<Inline>,
}
