//! Links and link placeholders.

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// A URL or e-mail address in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "link")]
pub struct Link {
    /// The link's text.
    pub span: Span,
}

/// Text that stood for a link whose target was lost.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "link_placeholder")]
pub struct LinkPlaceholder {
    /// The anchor text, such as `click here`.
    pub span: Span,
    /// What kind of placeholder.
    pub placeholder: PlaceholderKind,
}

/// The kinds of link placeholder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceholderKind {
    /// An inline anchor such as `click here` or `read more`.
    Anchor,
    /// A heading that announces links with nothing under it.
    EmptySection,
}

impl PlaceholderKind {
    /// The kind's name, as in JSON.
    ///
    /// ```
    /// assert_eq!(speechmark::PlaceholderKind::EmptySection.as_str(), "empty_section");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            PlaceholderKind::Anchor => "anchor",
            PlaceholderKind::EmptySection => "empty_section",
        }
    }
}

/// Whether a heading's title announces a list of links (`Further Reading`, `See also`).
pub(crate) fn announces_links(title: &str) -> bool {
    let t = title.trim().to_lowercase();
    matches!(
        t.as_str(),
        "further reading" | "related" | "related articles" | "see also" | "read more" | "links"
    )
}
