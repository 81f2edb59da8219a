//! The pre-order walk over every node of a document.

use super::document::Document;
use super::node::{Children, NodeRef};

/// Pre-order iterator over a document's nodes with their depth; see [`Document::nodes`].
///
/// It keeps one child iterator per level: the schema fixes the tree's depth (quotations nest
/// at most [`MAX_QUOTE_DEPTH`](crate::MAX_QUOTE_DEPTH) deep), so the stack stays small
/// whatever the input, and nothing is allocated per node.
///
/// ```
/// let doc = speechmark::parse("Text.");
/// assert_eq!(doc.nodes().count(), 3); // document, paragraph, sentence
/// ```
#[derive(Debug)]
pub struct Nodes<'d> {
    first: Option<NodeRef<'d>>,
    stack: Vec<Children<'d>>,
}

impl<'d> Nodes<'d> {
    /// A walk over `root` and everything below it.
    pub(crate) fn new(root: NodeRef<'d>) -> Self {
        Nodes {
            first: Some(root),
            stack: Vec::with_capacity(12),
        }
    }
}

impl<'d> Iterator for Nodes<'d> {
    type Item = (usize, NodeRef<'d>);

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(root) = self.first.take() {
            self.stack.push(root.children());
            return Some((0, root));
        }
        loop {
            let depth = self.stack.len();
            let top = self.stack.last_mut()?;
            match top.next() {
                Some(node) => {
                    self.stack.push(node.children());
                    return Some((depth, node));
                }
                None => {
                    self.stack.pop();
                }
            }
        }
    }
}

impl std::iter::FusedIterator for Nodes<'_> {}

impl Document {
    /// Every node of the document in pre-order, with its depth (the document is at 0).
    ///
    /// ```
    /// use speechmark::NodeKind;
    ///
    /// let doc = speechmark::parse("Putin: Yes.");
    /// let turn = doc.nodes().find(|(_, n)| n.kind() == NodeKind::Turn);
    /// assert_eq!(turn.map(|(depth, _)| depth), Some(2));
    /// ```
    #[must_use]
    pub fn nodes(&self) -> Nodes<'_> {
        Nodes::new(NodeRef::Document(self))
    }

    /// The document as a node of the uniform walk.
    ///
    /// ```
    /// let doc = speechmark::parse("Text.");
    /// assert_eq!(doc.root().kind(), speechmark::NodeKind::Document);
    /// ```
    #[must_use]
    pub fn root(&self) -> NodeRef<'_> {
        NodeRef::Document(self)
    }
}

impl<'d> NodeRef<'d> {
    /// This node and every node below it in pre-order, with depths counted from this node.
    ///
    /// ```
    /// let doc = speechmark::parse("Q: Why?\nA: Yes.\n");
    /// let turn = doc.turns().next().unwrap();
    /// assert_eq!(speechmark::NodeRef::Turn(turn).descendants().count(), 5);
    /// ```
    #[must_use]
    pub fn descendants(self) -> Nodes<'d> {
        Nodes::new(self)
    }
}
