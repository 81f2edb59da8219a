//! Figures: numbers in running text with their meaning.

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// A number in running text with its meaning.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "figure")]
pub struct Figure {
    /// The figure's text, number and unit or currency together.
    pub span: Span,
}
