//! A uniform view of every node, for code that walks the tree without matching on each type
//! (the span check, the text rendering, users' own tools).

use crate::ast::Inline;
use crate::ast::{
    Block, Dialogue, Document, Heading, Paragraph, Sentence, Separator, SpeakerLabel, Turn,
    Utterance,
};
use crate::span::Span;

/// A borrowed node of any kind.
///
/// ```
/// let doc = speechmark::parse("Q: Why?\n");
/// let kinds: Vec<_> = doc.nodes().map(|(_, n)| n.kind()).collect();
/// assert_eq!(
///     kinds,
///     ["document", "dialogue", "turn", "speaker_label", "utterance", "paragraph", "sentence"]
/// );
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum Node<'a> {
    /// The document.
    Document(&'a Document),
    /// A heading.
    Heading(&'a Heading),
    /// A separator.
    Separator(&'a Separator),
    /// A paragraph.
    Paragraph(&'a Paragraph),
    /// A sentence.
    Sentence(&'a Sentence),
    /// A dialogue.
    Dialogue(&'a Dialogue),
    /// A turn.
    Turn(&'a Turn),
    /// A speaker label.
    SpeakerLabel(&'a SpeakerLabel),
    /// An utterance.
    Utterance(&'a Utterance),
    /// An inline node.
    Inline(&'a Inline),
}

impl<'a> Node<'a> {
    /// The node's kind, as in JSON: `document`, `heading`, `turn`, ...
    ///
    /// ```
    /// let doc = speechmark::parse("");
    /// assert_eq!(speechmark::Node::Document(&doc).kind(), "document");
    /// ```
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Node::Document(_) => "document",
            Node::Heading(_) => "heading",
            Node::Separator(_) => "separator",
            Node::Paragraph(_) => "paragraph",
            Node::Sentence(_) => "sentence",
            Node::Dialogue(_) => "dialogue",
            Node::Turn(_) => "turn",
            Node::SpeakerLabel(_) => "speaker_label",
            Node::Utterance(_) => "utterance",
            Node::Inline(i) => i.kind(),
        }
    }

    /// The node's span.
    ///
    /// ```
    /// let doc = speechmark::parse("Summary");
    /// assert_eq!(speechmark::Node::Document(&doc).span(), speechmark::Span::new(0, 7));
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        match self {
            Node::Document(n) => n.span,
            Node::Heading(n) => n.span,
            Node::Separator(n) => n.span,
            Node::Paragraph(n) => n.span,
            Node::Sentence(n) => n.span,
            Node::Dialogue(n) => n.span,
            Node::Turn(n) => n.span,
            Node::SpeakerLabel(n) => n.span,
            Node::Utterance(n) => n.span,
            Node::Inline(n) => n.span(),
        }
    }

    /// The node's child nodes, in document order.
    ///
    /// ```
    /// let doc = speechmark::parse("Summary\nText.");
    /// assert_eq!(speechmark::Node::Document(&doc).children().len(), 2);
    /// ```
    #[must_use]
    pub fn children(&self) -> Vec<Node<'a>> {
        match *self {
            Node::Document(d) => d.blocks.iter().map(Node::from).collect(),
            Node::Paragraph(p) => p.sentences.iter().map(Node::Sentence).collect(),
            Node::Sentence(s) => s.inlines.iter().map(Node::Inline).collect(),
            Node::Dialogue(d) => d.turns.iter().map(Node::Turn).collect(),
            Node::Turn(t) => vec![Node::SpeakerLabel(&t.label), Node::Utterance(&t.utterance)],
            Node::Utterance(u) => u.paragraphs.iter().map(Node::Paragraph).collect(),
            Node::Inline(i) => i.children().iter().map(Node::Inline).collect(),
            Node::Heading(_) | Node::Separator(_) | Node::SpeakerLabel(_) => Vec::new(),
        }
    }

    /// The node's named sub-spans that are not nodes themselves (a label's name and colon, an
    /// utterance's quotation marks), in document order.
    ///
    /// ```
    /// let text = "Putin: Yes.";
    /// let doc = speechmark::parse(text);
    /// let (_, label) = doc.nodes().find(|(_, n)| n.kind() == "speaker_label").unwrap();
    /// let fields: Vec<_> = label.fields().iter().map(|(k, s)| (*k, s.slice(text).unwrap())).collect();
    /// assert_eq!(fields, [("name", "Putin"), ("punct", ":")]);
    /// ```
    #[must_use]
    pub fn fields(&self) -> Vec<(&'static str, Span)> {
        match *self {
            Node::Heading(h) => vec![("text", h.text)],
            Node::SpeakerLabel(l) => {
                let mut f = vec![("name", l.name)];
                f.extend(l.aside.map(|a| ("aside", a)));
                f.push(("punct", l.punct));
                f
            }
            Node::Utterance(u) => {
                let mut f: Vec<_> = u.open.map(|o| ("open", o)).into_iter().collect();
                f.extend(u.reopen.iter().map(|&r| ("reopen", r)));
                f.extend(u.close.map(|c| ("close", c)));
                f
            }
            Node::Inline(i) => i.fields(),
            _ => Vec::new(),
        }
    }
}

impl<'a> From<&'a Block> for Node<'a> {
    fn from(block: &'a Block) -> Self {
        match block {
            Block::Heading(h) => Node::Heading(h),
            Block::Paragraph(p) => Node::Paragraph(p),
            Block::Dialogue(d) => Node::Dialogue(d),
            Block::Separator(s) => Node::Separator(s),
        }
    }
}

/// Pre-order iterator over a document's nodes with their depth; see [`Document::nodes`].
///
/// ```
/// let doc = speechmark::parse("Text.");
/// assert_eq!(doc.nodes().count(), 3); // document, paragraph, sentence
/// ```
#[derive(Debug)]
pub struct Nodes<'a> {
    // An explicit stack: the tree's depth is fixed by its schema, but walking it never
    // recurses anyway.
    stack: Vec<(usize, Node<'a>)>,
}

impl<'a> Iterator for Nodes<'a> {
    type Item = (usize, Node<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        let (depth, node) = self.stack.pop()?;
        self.stack
            .extend(node.children().into_iter().rev().map(|c| (depth + 1, c)));
        Some((depth, node))
    }
}

impl Document {
    /// Every node of the document in pre-order, with its depth (the document is at 0).
    ///
    /// ```
    /// let doc = speechmark::parse("Putin: Yes.");
    /// let turn = doc.nodes().find(|(_, n)| n.kind() == "turn");
    /// assert_eq!(turn.map(|(depth, _)| depth), Some(2));
    /// ```
    #[must_use]
    pub fn nodes(&self) -> Nodes<'_> {
        Nodes {
            stack: vec![(0, Node::Document(self))],
        }
    }
}
