//! Parser options.

use crate::ast::Layout;

/// How to parse. The default detects the paragraph layout and runs every layer.
///
/// ```
/// use speechmark::{parse_with, Layout, Options};
///
/// let text = "Putin: Hello.\nSharif: Hello.\n";
/// let doc = parse_with(text, &Options::new().layout(Layout::BlankLineSeparated));
/// assert_eq!(doc.layout(), Layout::BlankLineSeparated);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Options {
    pub(crate) layout: Option<Layout>,
    pub(crate) inlines: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            layout: None,
            inlines: true,
        }
    }
}

impl Options {
    /// The default options: layout detected, every layer on.
    ///
    /// ```
    /// assert_eq!(speechmark::Options::new(), speechmark::Options::default());
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Forces the paragraph layout instead of detecting it.
    ///
    /// ```
    /// use speechmark::{Layout, Options};
    /// let _ = Options::new().layout(Layout::LinePerParagraph);
    /// ```
    #[must_use]
    pub fn layout(mut self, layout: Layout) -> Self {
        self.layout = Some(layout);
        self
    }

    /// Detects the paragraph layout from the text (the default).
    ///
    /// ```
    /// let _ = speechmark::Options::new().detect_layout();
    /// ```
    #[must_use]
    pub fn detect_layout(mut self) -> Self {
        self.layout = None;
        self
    }

    /// Whether to split paragraphs into sentences and find their inline nodes (on by
    /// default). With `false` only the structural layers run (blocks, dialogue) and every
    /// paragraph has no sentences; this is faster when only turns are wanted.
    ///
    /// ```
    /// use speechmark::{parse_with, Options};
    ///
    /// let doc = parse_with("Trade grew.\n", &Options::new().inlines(false));
    /// assert_eq!(doc.paragraphs().len(), 1);
    /// assert_eq!(doc.sentences().len(), 0);
    /// ```
    #[must_use]
    pub fn inlines(mut self, on: bool) -> Self {
        self.inlines = on;
        self
    }
}
