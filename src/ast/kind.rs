//! [`NodeKind`]: what kind of node a node is, and its name in JSON.

/// The kind of a node. [`NodeKind::as_str`] is the `"kind"` of the node in JSON and in the
/// text rendering.
///
/// ```
/// use speechmark::NodeKind;
///
/// let doc = speechmark::parse("Q: Why?\n");
/// let kinds: Vec<NodeKind> = doc.nodes().map(|(_, n)| n.kind()).collect();
/// assert_eq!(
///     kinds,
///     [NodeKind::Document, NodeKind::Dialogue, NodeKind::Turn, NodeKind::SpeakerLabel,
///      NodeKind::Utterance, NodeKind::Paragraph, NodeKind::Sentence]
/// );
/// assert_eq!(NodeKind::SpeakerLabel.as_str(), "speaker_label");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NodeKind {
    /// The whole document.
    Document,
    /// A standalone title line.
    Heading,
    /// A scene break.
    Separator,
    /// A page marker of a printed record (`[[Page S697]]`).
    PageMarker,
    /// A paragraph.
    Paragraph,
    /// A sentence.
    Sentence,
    /// Consecutive turns.
    Dialogue,
    /// A speaker's turn.
    Turn,
    /// The label that opens a turn.
    SpeakerLabel,
    /// What the speaker said.
    Utterance,
    /// A number with its meaning.
    Figure,
    /// A URL or e-mail address.
    Link,
    /// Text that stood for a lost link.
    LinkPlaceholder,
    /// A quotation inside a sentence.
    Quote,
}

impl NodeKind {
    /// Every kind, in the order the tree introduces them.
    ///
    /// ```
    /// assert!(speechmark::NodeKind::ALL.contains(&speechmark::NodeKind::Turn));
    /// ```
    pub const ALL: &'static [NodeKind] = &[
        NodeKind::Document,
        NodeKind::Heading,
        NodeKind::Separator,
        NodeKind::PageMarker,
        NodeKind::Paragraph,
        NodeKind::Sentence,
        NodeKind::Dialogue,
        NodeKind::Turn,
        NodeKind::SpeakerLabel,
        NodeKind::Utterance,
        NodeKind::Figure,
        NodeKind::Link,
        NodeKind::LinkPlaceholder,
        NodeKind::Quote,
    ];

    /// The kind's name, as in JSON.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            NodeKind::Document => "document",
            NodeKind::Heading => "heading",
            NodeKind::Separator => "separator",
            NodeKind::PageMarker => "page_marker",
            NodeKind::Paragraph => "paragraph",
            NodeKind::Sentence => "sentence",
            NodeKind::Dialogue => "dialogue",
            NodeKind::Turn => "turn",
            NodeKind::SpeakerLabel => "speaker_label",
            NodeKind::Utterance => "utterance",
            NodeKind::Figure => "figure",
            NodeKind::Link => "link",
            NodeKind::LinkPlaceholder => "link_placeholder",
            NodeKind::Quote => "quote",
        }
    }
}

impl std::fmt::Display for NodeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
