//! `Node`, the base class of every node object: kind, spans, text and the uniform walk
//! (children, parent, descendants, fields), and [`wrap`], which makes the object of the right
//! class for a node.

use crate::parsed::Parsed;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::PyString;
use speechmark::{NodeId, NodeKind, NodeRef, Span};
use std::sync::Arc;

/// A span as Python sees it: `(start, end)`.
pub type Pair = (u32, u32);

/// A node of the tree. Every node has a `kind` (as in the crate's JSON), a `span` in code
/// points (what Python slices strings by), a `byte_span` into the UTF-8 text, and its `text`.
/// Node objects are made on demand and compare equal when they name the same node of the
/// same parse.
#[pyclass(module = "speechmark", name = "Node", subclass, frozen)]
pub struct Node {
    pub parsed: Arc<Parsed>,
    /// Which node: the crate's id, which finds the node's view again in constant time.
    pub id: NodeId,
}

/// The error for an id that names no node: never expected, since ids are only taken from the
/// document's own nodes.
fn missing() -> PyErr {
    PyRuntimeError::new_err("node not found in its document")
}

/// Typed access to the view behind a node object, for the subclasses.
macro_rules! views {
    ($($fn:ident -> $view:ident: $($variant:ident)|+;)+) => {
        impl Node {
            $(
                pub fn $fn(&self) -> PyResult<speechmark::$view<'_>> {
                    match self.node()? {
                        $(NodeRef::$variant(v) => Ok(v),)+
                        _ => Err(missing()),
                    }
                }
            )+
        }
    };
}

views! {
    heading -> HeadingRef: Heading;
    paragraph -> ParagraphRef: Paragraph;
    sentence -> SentenceRef: Sentence;
    dialogue -> DialogueRef: Dialogue;
    turn -> TurnRef: Turn | SpeakerLabel;
    utterance -> UtteranceRef: Utterance;
    inline -> InlineRef: Inline;
}

impl Node {
    /// The node's view.
    pub fn node(&self) -> PyResult<NodeRef<'_>> {
        self.parsed.doc.node(self.id).ok_or_else(missing)
    }

    /// A span of this node's document in code points.
    pub fn chars(&self, span: Span) -> PyResult<(u32, u32)> {
        self.parsed.chars(span)
    }

    /// An optional span in code points.
    pub fn chars_opt(&self, span: Option<Span>) -> PyResult<Option<(u32, u32)>> {
        span.map(|s| self.chars(s)).transpose()
    }

    /// The text a span covers.
    pub fn slice<'py>(&self, py: Python<'py>, span: Span) -> PyResult<Bound<'py, PyString>> {
        self.parsed.slice(py, span)
    }

    /// Objects for a run of nodes of this document.
    pub fn wrap_all<'d>(
        &self,
        py: Python<'_>,
        nodes: impl IntoIterator<Item = NodeRef<'d>>,
    ) -> PyResult<Vec<Py<PyAny>>> {
        wrap_all(py, &self.parsed, nodes)
    }

    /// The object for one node of this document.
    pub fn wrap(&self, py: Python<'_>, node: NodeRef<'_>) -> PyResult<Py<PyAny>> {
        wrap(py, &self.parsed, node)
    }

    fn fields_in(&self, chars: bool) -> PyResult<Vec<(&'static str, (u32, u32))>> {
        self.node()?
            .fields()
            .map(|(name, span)| {
                let span = if chars {
                    self.chars(span)?
                } else {
                    (span.start, span.end)
                };
                Ok((name, span))
            })
            .collect()
    }
}

#[pymethods]
impl Node {
    /// The node's kind, as in the crate's JSON: "document", "heading", "turn", ...
    #[getter]
    fn kind(&self) -> PyResult<&'static str> {
        Ok(self.node()?.kind().as_str())
    }

    /// `(start, end)` in code points: `doc.text[start:end] == node.text`.
    #[getter]
    fn span(&self) -> PyResult<(u32, u32)> {
        self.chars(self.node()?.span())
    }

    /// `(start, end)` in bytes of the UTF-8 text, as the crate and its JSON count.
    #[getter]
    fn byte_span(&self) -> PyResult<(u32, u32)> {
        let s = self.node()?.span();
        Ok((s.start, s.end))
    }

    /// The text the node covers.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.slice(py, self.node()?.span())
    }

    /// The node's position among the nodes of its kind in document order (all inline
    /// nodes, figures, links, placeholders and quotations, are numbered together).
    #[getter]
    fn index(&self) -> usize {
        index(self.id)
    }

    /// The node this one is directly inside, or None for the document.
    #[getter]
    fn parent(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        match self.node()?.parent() {
            Some(p) => wrap(py, &self.parsed, p).map(Some),
            None => Ok(None),
        }
    }

    /// The node's children, in document order.
    fn children(&self, py: Python<'_>) -> PyResult<Vec<Py<PyAny>>> {
        self.wrap_all(py, self.node()?.children())
    }

    /// This node and every node below it in pre-order, each with its depth below this node.
    fn descendants(&self, py: Python<'_>) -> PyResult<Vec<(usize, Py<PyAny>)>> {
        let mut out = Vec::new();
        for (depth, n) in self.node()?.descendants() {
            out.push((depth, wrap(py, &self.parsed, n)?));
        }
        Ok(out)
    }

    /// The node's named sub-spans that are not nodes (a label's "name" and "punct", a
    /// quotation's "open" and "close", ...), in code points, in document order.
    fn fields(&self) -> PyResult<Vec<(&'static str, (u32, u32))>> {
        self.fields_in(true)
    }

    /// `fields()` in bytes.
    fn byte_fields(&self) -> PyResult<Vec<(&'static str, (u32, u32))>> {
        self.fields_in(false)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<Node>().is_ok_and(|o| {
            let o = o.get();
            Arc::ptr_eq(&self.parsed, &o.parsed) && self.id == o.id
        })
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (Arc::as_ptr(&self.parsed) as usize).hash(&mut h);
        self.id.hash(&mut h);
        h.finish()
    }

    fn __repr__(&self) -> PyResult<String> {
        const EXCERPT: usize = 40;
        let node = self.node()?;
        let (start, end) = self.chars(node.span())?;
        let text = node.span().slice(self.parsed.text()).unwrap_or_default();
        let mut excerpt: String = text.chars().take(EXCERPT).collect();
        if text.chars().nth(EXCERPT).is_some() {
            excerpt.push('…');
        }
        Ok(format!(
            "<{} {}..{} {:?}>",
            node.kind().as_str(),
            start,
            end,
            excerpt
        ))
    }
}

/// The object of the right class for `node` (a kind this version does not know gets the base
/// class).
pub fn wrap(py: Python<'_>, parsed: &Arc<Parsed>, node: NodeRef<'_>) -> PyResult<Py<PyAny>> {
    use crate::kinds::*;
    let base = PyClassInitializer::from(Node {
        parsed: Arc::clone(parsed),
        id: node.id(),
    });
    macro_rules! make {
        ($class:expr) => {
            Py::new(py, base.add_subclass($class))?.into_any()
        };
    }
    Ok(match node.kind() {
        NodeKind::Document => make!(crate::document::Document),
        NodeKind::Heading => make!(Heading),
        NodeKind::Separator => make!(Separator),
        NodeKind::PageMarker => make!(PageMarker),
        NodeKind::Paragraph => make!(Paragraph),
        NodeKind::Sentence => make!(Sentence),
        NodeKind::Dialogue => make!(Dialogue),
        NodeKind::Turn => make!(Turn),
        NodeKind::SpeakerLabel => make!(SpeakerLabel),
        NodeKind::Utterance => make!(Utterance),
        NodeKind::Figure => make!(crate::figure::Figure),
        NodeKind::Link => make!(Link),
        NodeKind::LinkPlaceholder => make!(LinkPlaceholder),
        NodeKind::Quote => make!(Quote),
        _ => Py::new(py, base)?.into_any(),
    })
}

/// Objects for a run of nodes.
pub fn wrap_all<'d>(
    py: Python<'_>,
    parsed: &Arc<Parsed>,
    nodes: impl IntoIterator<Item = NodeRef<'d>>,
) -> PyResult<Vec<Py<PyAny>>> {
    nodes.into_iter().map(|n| wrap(py, parsed, n)).collect()
}

/// A node's position among the nodes of its kind (0 for the document). A turn, its label and
/// its utterance share the turn's.
pub fn index(id: NodeId) -> usize {
    match id {
        NodeId::Heading(i) => i.index(),
        NodeId::Separator(i) => i.index(),
        NodeId::PageMarker(i) => i.index(),
        NodeId::Paragraph(i) => i.index(),
        NodeId::Sentence(i) => i.index(),
        NodeId::Dialogue(i) => i.index(),
        NodeId::Turn(i) | NodeId::SpeakerLabel(i) | NodeId::Utterance(i) => i.index(),
        NodeId::Inline(i) => i.index(),
        _ => 0,
    }
}
