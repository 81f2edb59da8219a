//! Diagnostics: what was odd about the input, with where and a stable code.

use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// Something odd about the input. The parse still succeeds; nothing is dropped.
///
/// ```
/// use speechmark::{parse, DiagnosticCode};
///
/// let doc = parse("Putin: “We will see.\n");
/// assert_eq!(doc.diagnostics()[0].code, DiagnosticCode::UnterminatedQuotation);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "diagnostic")]
pub struct Diagnostic {
    /// Where the oddity is.
    pub span: Span,
    /// What kind of oddity, as a stable code.
    pub code: DiagnosticCode,
    /// A sentence for people. Most messages are fixed, so they are borrowed, not allocated.
    pub message: Cow<'static, str>,
}

/// The stable codes of diagnostics. In JSON and in [`DiagnosticCode::as_str`] each is a
/// snake_case name that will not change meaning between versions.
///
/// ```
/// use speechmark::DiagnosticCode;
/// assert_eq!(DiagnosticCode::EmptyTurn.as_str(), "empty_turn");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DiagnosticCode {
    /// A quotation opened after a speaker label was never closed; the turn ends where the next
    /// label, heading, separator or the end of the text begins. The span is the opening mark.
    UnterminatedQuotation,
    /// A closing quotation mark at the start of a turn's speech, where an opening one belongs.
    /// The span is the mark.
    UnmatchedClosingQuote,
    /// A speaker label with nothing after it. The span is the label.
    EmptyTurn,
    /// A quotation opened with one style of mark (curly, straight, guillemet) and closed with
    /// another. The span covers both marks.
    MixedQuoteStyles,
    /// A NUL or other C0 control character (other than tab and line breaks) in the text. The
    /// span is the first of a run of them.
    ControlCharacter,
    /// The input is longer than spans can address ([`MAX_INPUT_LEN`](crate::MAX_INPUT_LEN));
    /// only [`parse`](fn@crate::parse) gives this, with an empty tree. The span is empty.
    InputTooLarge,
}

impl DiagnosticCode {
    /// The stable snake_case name of the code.
    ///
    /// ```
    /// use speechmark::DiagnosticCode;
    /// assert_eq!(DiagnosticCode::UnterminatedQuotation.as_str(), "unterminated_quotation");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            DiagnosticCode::UnterminatedQuotation => "unterminated_quotation",
            DiagnosticCode::UnmatchedClosingQuote => "unmatched_closing_quote",
            DiagnosticCode::EmptyTurn => "empty_turn",
            DiagnosticCode::MixedQuoteStyles => "mixed_quote_styles",
            DiagnosticCode::ControlCharacter => "control_character",
            DiagnosticCode::InputTooLarge => "input_too_large",
        }
    }
}

impl fmt::Display for DiagnosticCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Diagnostic {
    pub(crate) fn new(
        span: Span,
        code: DiagnosticCode,
        message: impl Into<Cow<'static, str>>,
    ) -> Self {
        Diagnostic {
            span,
            code,
            message: message.into(),
        }
    }
}
