//! What a correct parse of a generated document finds.

use crate::ast::{Layout, PlaceholderKind};
use crate::span::Span;

/// What a correct parse of a generated document finds. Spans are byte ranges into
/// [`Generated::text`](super::Generated::text), as in the parsed tree.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let g = speechmark::generate::document().new_tree(&mut runner).unwrap().current();
/// let e = &g.expected;
/// // Every turn's label belongs to one of the speakers.
/// for turn in &e.turns {
///     assert!(e.speakers.iter().any(|s| s.labels.contains(&turn.label)));
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    /// The paragraph layout the text uses (and that detection must find).
    pub layout: Layout,
    /// Every heading, in order.
    pub headings: Vec<ExpectedHeading>,
    /// The narrative paragraphs (top-level paragraphs, not inside turns), in order.
    pub paragraphs: Vec<Span>,
    /// The turns of the one dialogue, in order; empty when the document has no dialogue.
    pub turns: Vec<ExpectedTurn>,
    /// One entry per person who speaks, in order of their first turn.
    pub speakers: Vec<ExpectedSpeaker>,
    /// The figures of the summary, in order.
    pub figures: Vec<ExpectedFigure>,
    /// The link placeholders, in order: inline anchors such as `click here`, and the title of
    /// the empty link section at the end (which is also in [`Expected::headings`], with its
    /// `placeholder` set).
    pub placeholders: Vec<ExpectedPlaceholder>,
}

/// A heading a correct parse finds.
///
/// ```
/// use speechmark::generate::ExpectedHeading;
/// use speechmark::Span;
/// let h = ExpectedHeading { span: Span::new(0, 10), text: Span::new(3, 10), level: Some(2), placeholder: None };
/// assert_eq!(h.text.slice("## Summary"), Some("Summary"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedHeading {
    /// The whole line.
    pub span: Span,
    /// The title without `#` markers.
    pub text: Span,
    /// The number of `#` markers, or `None` for a bare title line.
    pub level: Option<u8>,
    /// `Some(EmptySection)` for the link section with nothing under it.
    pub placeholder: Option<PlaceholderKind>,
}

/// A turn a correct parse finds.
///
/// ```
/// use speechmark::generate::ExpectedTurn;
/// use speechmark::Span;
/// let text = "Quist: Yes.";
/// let t = ExpectedTurn {
///     label: Span::new(0, 6), name: Span::new(0, 5), paragraphs: vec![Span::new(7, 11)],
///     open: None, reopen: vec![], close: None,
/// };
/// assert_eq!(t.name.slice(text), Some("Quist"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedTurn {
    /// The whole label, colon included.
    pub label: Span,
    /// The name as printed in the label (title included, colon excluded).
    pub name: Span,
    /// The utterance's paragraphs, quotation marks excluded.
    pub paragraphs: Vec<Span>,
    /// The opening mark, for a quoted turn.
    pub open: Option<Span>,
    /// The marks that re-open the quotation (English convention).
    pub reopen: Vec<Span>,
    /// The closing mark, for a quoted turn.
    pub close: Option<Span>,
}

/// A person who speaks in the dialogue.
///
/// ```
/// use speechmark::generate::ExpectedSpeaker;
/// let s = ExpectedSpeaker {
///     label: "Quist".into(), full_name: "Arlen Quist".into(), role: "Harbour Commissioner".into(),
///     labels: vec![],
/// };
/// assert!(s.full_name.ends_with(&s.label));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedSpeaker {
    /// The name as every label of theirs prints it: `Quist`, `Harbour Commissioner Quist`,
    /// `Arlen Quist` or `QUIST`.
    pub label: String,
    /// The fullest name the lead paragraph gives.
    pub full_name: String,
    /// The role the lead paragraph gives.
    pub role: String,
    /// The span of every label of theirs (colon included), in order.
    pub labels: Vec<Span>,
}

/// A figure a correct parse finds.
///
/// ```
/// use speechmark::generate::ExpectedFigure;
/// use speechmark::Span;
/// let f = ExpectedFigure { span: Span::new(8, 22), text: "US$1.3 billion".into() };
/// assert_eq!(f.span.slice("reached US$1.3 billion"), Some("US$1.3 billion"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedFigure {
    /// The figure: amount with its currency and scale word, `40%`, or a year.
    pub span: Span,
    /// Its text, for messages.
    pub text: String,
}

/// An inline link placeholder a correct parse finds.
///
/// ```
/// use speechmark::generate::ExpectedPlaceholder;
/// use speechmark::{PlaceholderKind, Span};
/// let p = ExpectedPlaceholder { span: Span::new(7, 17), kind: PlaceholderKind::Anchor };
/// assert_eq!(p.span.slice("please click here."), Some("click here"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedPlaceholder {
    /// The anchor text, such as `click here`.
    pub span: Span,
    /// [`PlaceholderKind::Anchor`] for inline anchors, [`PlaceholderKind::EmptySection`]
    /// for the empty link section's title.
    pub kind: PlaceholderKind,
}
