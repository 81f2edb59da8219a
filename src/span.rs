//! Byte spans into the parsed input.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// A half-open byte range `[start, end)` into the exact text given to the parser.
///
/// Offsets are `u32`, which keeps every node small; inputs of 4 GiB or more are refused by
/// [`parse_bytes`](crate::parse_bytes) and [`try_parse`](crate::try_parse). In JSON a span is the
/// two-element array `[start, end]`.
///
/// ```
/// use speechmark::Span;
///
/// let text = "Putin: Hello.";
/// let span = Span::new(0, 5);
/// assert_eq!(span.slice(text), Some("Putin"));
/// assert_eq!(span.len(), 5);
/// assert_eq!(serde_json::to_string(&span).unwrap(), "[0,5]");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(from = "[u32; 2]", into = "[u32; 2]")]
pub struct Span {
    /// Offset of the first byte.
    pub start: u32,
    /// Offset one past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end`. An `end` before `start` is clamped to `start`, so a span is
    /// never inverted.
    ///
    /// ```
    /// # use speechmark::Span;
    /// assert_eq!(Span::new(7, 3), Span::new(7, 7));
    /// ```
    #[must_use]
    pub const fn new(start: u32, end: u32) -> Self {
        let end = if end < start { start } else { end };
        Span { start, end }
    }

    /// The empty span at `offset`.
    ///
    /// ```
    /// # use speechmark::Span;
    /// assert!(Span::empty(4).is_empty());
    /// ```
    #[must_use]
    pub const fn empty(offset: u32) -> Self {
        Span {
            start: offset,
            end: offset,
        }
    }

    /// Length in bytes.
    ///
    /// ```
    /// # use speechmark::Span;
    /// assert_eq!(Span::new(2, 9).len(), 7);
    /// ```
    #[must_use]
    pub const fn len(self) -> u32 {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// # use speechmark::Span;
    /// assert!(!Span::new(0, 1).is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The span as a `usize` range, for slicing.
    ///
    /// ```
    /// # use speechmark::Span;
    /// assert_eq!(Span::new(1, 3).range(), 1..3);
    /// ```
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The text the span covers, or `None` when it is out of bounds or not on character
    /// boundaries of `source`.
    ///
    /// ```
    /// # use speechmark::Span;
    /// assert_eq!(Span::new(0, 1).slice("€"), None); // inside a three-byte character
    /// assert_eq!(Span::new(0, 3).slice("€"), Some("€"));
    /// ```
    #[must_use]
    pub fn slice(self, source: &str) -> Option<&str> {
        source.get(self.range())
    }

    /// Whether `other` lies entirely inside `self`.
    ///
    /// ```
    /// # use speechmark::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 10)));
    /// assert!(!Span::new(0, 10).contains(Span::new(2, 11)));
    /// ```
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// # use speechmark::Span;
    /// assert_eq!(Span::new(2, 4).cover(Span::new(6, 9)), Span::new(2, 9));
    /// ```
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl From<[u32; 2]> for Span {
    fn from([start, end]: [u32; 2]) -> Self {
        Span::new(start, end)
    }
}

impl From<Span> for [u32; 2] {
    fn from(span: Span) -> Self {
        [span.start, span.end]
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Self {
        span.range()
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Converts a `usize` offset that the parser knows to be within a checked input into a span
/// offset. The entry points refuse inputs longer than `u32::MAX`, so this never saturates in
/// practice; saturating rather than panicking keeps the parser total regardless.
pub(crate) fn off(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

/// A span from `usize` offsets.
pub(crate) fn sp(start: usize, end: usize) -> Span {
    Span::new(off(start), off(end))
}
