//! Links and link placeholders, as the tree holds them.

use crate::lexical::starts_with_ci;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// A URL or e-mail address in the text.
///
/// The tree stays zero-copy: `target` is a span of the address as printed; [`Link::href`]
/// builds the normalised address on demand (`https://` before a bare `www.` address,
/// `mailto:` before an e-mail address).
///
/// In JSON: `{"kind":"link","span":[s,e],"target":[s,e],"form":"url"|"web"|"email"}`.
///
/// ```
/// use speechmark::LinkForm;
///
/// let text = "Details are at www.example.org/visa today.";
/// let doc = speechmark::parse(text);
/// let link = &doc.links()[0];
/// assert_eq!(link.target.slice(text), Some("www.example.org/visa"));
/// assert_eq!(link.form, LinkForm::Web);
/// assert_eq!(link.href(text).as_deref(), Some("https://www.example.org/visa"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "link")]
pub struct Link {
    /// The link as printed, with the angle brackets of `<https://…>` if it has them.
    pub span: Span,
    /// The address itself: without angle brackets and without punctuation that follows it.
    pub target: Span,
    /// How the address is written.
    pub form: LinkForm,
}

/// How a link's address is written.
///
/// ```
/// use speechmark::LinkForm;
/// assert_eq!(serde_json::to_string(&LinkForm::Email).unwrap(), "\"email\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkForm {
    /// With its scheme: `https://example.org/a`, `ftp://…`.
    Url,
    /// A web address without a scheme: `www.example.org`, `example.com/page`.
    Web,
    /// An e-mail address, with or without `mailto:`.
    Email,
}

impl LinkForm {
    /// The form's name, as in JSON.
    ///
    /// ```
    /// assert_eq!(speechmark::LinkForm::Web.as_str(), "web");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            LinkForm::Url => "url",
            LinkForm::Web => "web",
            LinkForm::Email => "email",
        }
    }
}

impl Link {
    /// The address as a URL: the target text, with `https://` added to a web address and
    /// `mailto:` to an e-mail address that lacks it. `None` if `source` is not the parsed text.
    ///
    /// ```
    /// use speechmark::{Link, LinkForm, Span};
    ///
    /// let text = "Write to desk@example.org.";
    /// let link = Link { span: Span::new(9, 25), target: Span::new(9, 25), form: LinkForm::Email };
    /// assert_eq!(link.href(text).as_deref(), Some("mailto:desk@example.org"));
    /// ```
    #[must_use]
    pub fn href(&self, source: &str) -> Option<String> {
        let t = self.target.slice(source)?;
        Some(match self.form {
            LinkForm::Url => t.to_owned(),
            LinkForm::Web => format!("https://{t}"),
            LinkForm::Email if starts_with_ci(t, "mailto:") => t.to_owned(),
            LinkForm::Email => format!("mailto:{t}"),
        })
    }
}

/// Text that stood for a link whose target was lost.
///
/// In JSON: `{"kind":"link_placeholder","span":[s,e],"placeholder":"anchor"}`. Inside a
/// sentence the kind is always [`PlaceholderKind::Anchor`]; an empty "Further Reading" section
/// is marked on its heading ([`HeadingRef::placeholder`](crate::HeadingRef::placeholder)).
///
/// ```
/// use speechmark::PlaceholderKind;
///
/// let text = "For the full text, please click here.";
/// let doc = speechmark::parse(text);
/// let ph = &doc.link_placeholders()[0];
/// assert_eq!(ph.span.slice(text), Some("click here"));
/// assert_eq!(ph.placeholder, PlaceholderKind::Anchor);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "link_placeholder")]
pub struct LinkPlaceholder {
    /// The anchor text, such as `click here`.
    pub span: Span,
    /// What kind of placeholder.
    pub placeholder: PlaceholderKind,
}

/// The kinds of link placeholder.
///
/// ```
/// use speechmark::PlaceholderKind;
/// assert_eq!(serde_json::to_string(&PlaceholderKind::EmptySection).unwrap(), "\"empty_section\"");
/// ```
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
