//! Quotations nested inside sentences.

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// A quotation inside a sentence, with both of its marks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "quote")]
pub struct Quote {
    /// From the opening mark to the closing mark, inclusive.
    pub span: Span,
    /// The opening mark.
    pub open: Span,
    /// The closing mark.
    pub close: Span,
}
