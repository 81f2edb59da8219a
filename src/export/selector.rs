//! The W3C Web Annotation selectors for plain text: where a passage is (code points) and what
//! it says (its exact text with some context either side). The W3C export writes them and
//! [`anchor`](crate::anchor) reads them back.

use crate::position::{LineIndex, OffsetError};
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// How many code points of context a [`TextQuote`] keeps on each side, unless asked otherwise
/// (as many as Hypothesis keeps).
pub const CONTEXT_CHARS: usize = 32;

/// A W3C `TextPositionSelector`: a half-open range of code points `[start, end)` into the text.
///
/// ```
/// use speechmark::export::TextPosition;
/// use speechmark::{LineIndex, Span};
///
/// let text = "“Hi,” she said.";
/// let index = LineIndex::new(text);
/// let said = TextPosition::of(&index, Span::new(14, 18)).unwrap(); // bytes of "said"
/// assert_eq!(said, TextPosition { start: 10, end: 14 });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TextPosition {
    /// The code point at which the passage starts.
    pub start: u32,
    /// One past its last code point.
    pub end: u32,
}

impl TextPosition {
    /// The code-point range of a byte span.
    ///
    /// ```
    /// # use speechmark::{export::TextPosition, LineIndex, Span};
    /// assert!(TextPosition::of(&LineIndex::new("€"), Span::new(0, 1)).is_err());
    /// ```
    pub fn of(index: &LineIndex<'_>, span: Span) -> Result<Self, OffsetError> {
        Ok(TextPosition {
            start: index.to_chars(span.start)?,
            end: index.to_chars(span.end)?,
        })
    }
}

/// A W3C `TextQuoteSelector`: the passage's exact text, and the text just before and after it.
///
/// ```
/// use speechmark::export::TextQuote;
/// use speechmark::Span;
///
/// let text = "Trade rose 5% in 2024.";
/// let quote = TextQuote::of(text, Span::new(11, 13), 6).unwrap();
/// assert_eq!((quote.prefix.as_str(), quote.exact.as_str(), quote.suffix.as_str()),
///            (" rose ", "5%", " in 20"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TextQuote {
    /// The passage's text.
    pub exact: String,
    /// Up to the given number of code points before it (fewer at the start of the text).
    #[serde(default)]
    pub prefix: String,
    /// Up to the given number of code points after it (fewer at the end of the text).
    #[serde(default)]
    pub suffix: String,
}

impl TextQuote {
    /// The quote of a byte span with `context` code points either side.
    ///
    /// ```
    /// # use speechmark::{export::TextQuote, Span};
    /// assert!(TextQuote::of("abc", Span::new(2, 9), 4).is_err());
    /// ```
    pub fn of(text: &str, span: Span, context: usize) -> Result<Self, OffsetError> {
        let exact = slice(text, span.start, span.end)?;
        let before = text.get(..span.start as usize).unwrap_or_default();
        let after = text.get(span.end as usize..).unwrap_or_default();
        let prefix_start = before
            .char_indices()
            .rev()
            .take(context)
            .last()
            .map_or(before.len(), |(i, _)| i);
        let suffix_end = after
            .char_indices()
            .nth(context)
            .map_or(after.len(), |(i, _)| i);
        Ok(TextQuote {
            exact: exact.to_owned(),
            prefix: before.get(prefix_start..).unwrap_or_default().to_owned(),
            suffix: after.get(..suffix_end).unwrap_or_default().to_owned(),
        })
    }
}

/// The text of `[start, end)`, or why it has none.
pub(crate) fn slice(text: &str, start: u32, end: u32) -> Result<&str, OffsetError> {
    crate::position::check_offset(text, start)?;
    crate::position::check_offset(text, end)?;
    Ok(text.get(start as usize..end as usize).unwrap_or_default())
}

/// A selector of a W3C annotation's target, as it appears in JSON-LD (`"type"` names it).
///
/// ```
/// use speechmark::export::{Selector, TextPosition};
///
/// let json = r#"{"type":"TextPositionSelector","start":3,"end":9}"#;
/// let selector: Selector = serde_json::from_str(json).unwrap();
/// assert_eq!(selector, Selector::Position(TextPosition { start: 3, end: 9 }));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum Selector {
    /// `TextPositionSelector`.
    #[serde(rename = "TextPositionSelector")]
    Position(TextPosition),
    /// `TextQuoteSelector`.
    #[serde(rename = "TextQuoteSelector")]
    Quote(TextQuote),
}
