//! `Document`: the parsed text, the flat queries over its nodes, its diagnostics and its JSON.

use crate::kinds::figures_in;
use crate::node::Node;
use crate::parsed::Parsed;
use pyo3::prelude::*;
use pyo3::types::PyString;
use speechmark::{NodeKind, NodeRef};
use std::sync::Arc;

/// A parsed document: a node of kind "document" whose span is the whole text, with flat
/// queries for every node of a kind (`turns()`, `sentences()`, `figures()`, ...), its
/// diagnostics, and `to_json()`.
#[pyclass(module = "speechmark", extends = Node, frozen)]
pub struct Document;

impl Document {
    /// The Python object for a parse.
    pub fn new(py: Python<'_>, parsed: Parsed) -> PyResult<Py<Document>> {
        let base = PyClassInitializer::from(Node {
            parsed: Arc::new(parsed),
            id: speechmark::NodeId::Document,
        });
        Py::new(py, base.add_subclass(Document))
    }

    /// Every inline node of one kind, in document order.
    fn inlines(slf: &PyRef<'_, Self>, kind: NodeKind) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        let all = n.parsed.doc.sentences().flat_map(|s| s.descendants());
        let of_kind = all.filter(|i| i.kind() == kind).map(NodeRef::Inline);
        n.wrap_all(slf.py(), of_kind)
    }
}

#[pymethods]
impl Document {
    /// The text the document was parsed from.
    #[getter]
    fn text<'py>(slf: PyRef<'py, Self>) -> Bound<'py, PyString> {
        slf.as_ref().parsed.py_text(slf.py())
    }

    /// The paragraph layout the parser used: "line_per_paragraph" or "blank_line_separated".
    #[getter]
    fn layout(slf: PyRef<'_, Self>) -> &'static str {
        slf.as_ref().parsed.doc.layout().as_str()
    }

    /// The top-level blocks (headings, paragraphs, dialogues, separators), in order.
    fn blocks(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(slf.py(), n.parsed.doc.root().children())
    }

    /// Every heading, in order.
    fn headings(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(slf.py(), n.parsed.doc.headings().map(NodeRef::Heading))
    }

    /// Every separator ("* * *"), in order.
    fn separators(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(slf.py(), n.parsed.doc.separators().map(NodeRef::Separator))
    }

    /// Every page marker of a printed record ("[[Page S697]]"), in order.
    fn page_markers(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(
            slf.py(),
            n.parsed.doc.page_markers().map(NodeRef::PageMarker),
        )
    }

    /// Every paragraph, narrative or spoken, in order.
    fn paragraphs(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(slf.py(), n.parsed.doc.paragraphs().map(NodeRef::Paragraph))
    }

    /// Every sentence, headings' titles included, in order.
    fn sentences(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(slf.py(), n.parsed.doc.sentences().map(NodeRef::Sentence))
    }

    /// Every dialogue, in order.
    fn dialogues(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(slf.py(), n.parsed.doc.dialogues().map(NodeRef::Dialogue))
    }

    /// Every turn of every dialogue, in order.
    fn turns(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(slf.py(), n.parsed.doc.turns().map(NodeRef::Turn))
    }

    /// Every figure, in order (those in quotations and headings included).
    fn figures(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(slf.py(), figures_in(n.parsed.doc.sentences()))
    }

    /// Every link, in order.
    fn links(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        Document::inlines(&slf, NodeKind::Link)
    }

    /// Every link placeholder, in order: inline anchors ("click here") and the titles of
    /// empty "Further Reading" sections.
    fn link_placeholders(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        Document::inlines(&slf, NodeKind::LinkPlaceholder)
    }

    /// Every node in pre-order, with its depth (the document is at 0).
    fn nodes(slf: PyRef<'_, Self>) -> PyResult<Vec<(usize, Py<PyAny>)>> {
        let n = slf.as_ref();
        let mut out = Vec::new();
        for (depth, node) in n.parsed.doc.nodes() {
            out.push((depth, crate::node::wrap(slf.py(), &n.parsed, node)?));
        }
        Ok(out)
    }

    /// The analysis: every sentence's act, the speakers (one per person, with the fullest
    /// name and the role the text gives) and the claims. Made on the first call, with the GIL
    /// released, and kept: later calls, `turn.speaker` and `sentence.act` reuse it.
    fn analyze(slf: PyRef<'_, Self>) -> PyResult<Py<crate::analysis::Analysis>> {
        crate::analysis::Analysis::new(slf.py(), &slf.as_ref().parsed)
    }

    /// What was odd about the input, in order of position.
    fn diagnostics(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<crate::diagnostic::Diagnostic>>> {
        let n = slf.as_ref();
        (0..n.parsed.doc.diagnostics().len())
            .map(|i| crate::diagnostic::Diagnostic::new(slf.py(), &n.parsed, i))
            .collect()
    }

    /// The crate's JSON (versioned by its "format_version"). The flags add, on every node,
    /// its text ("content") and its offsets in code points ("chars"), UTF-16 units
    /// ("utf16") and lines and columns ("lines"); `source` is written at the top;
    /// `analysis` adds the analysis ("act" and "cue" on sentences, "speaker" on turns,
    /// "speakers" and "claims" at the end), as the command line's JSON has it.
    #[pyo3(signature = (*, pretty = false, content = false, chars = false, utf16 = false, lines = false, source = None, analysis = false))]
    #[allow(clippy::too_many_arguments)]
    fn to_json(
        slf: PyRef<'_, Self>,
        pretty: bool,
        content: bool,
        chars: bool,
        utf16: bool,
        lines: bool,
        source: Option<String>,
        analysis: bool,
    ) -> PyResult<String> {
        let n = slf.as_ref();
        let analysed = analysis.then(|| n.parsed.analysis(slf.py()));
        let mut json = speechmark::export::Json::new(&n.parsed.doc, n.parsed.text())
            .content(content)
            .chars(chars)
            .utf16(utf16)
            .lines(lines);
        if let Some(source) = source {
            json = json.source(source);
        }
        if let Some(a) = analysed {
            json = json.analysis(a);
        }
        let written = if pretty {
            serde_json::to_string_pretty(&json)
        } else {
            serde_json::to_string(&json)
        };
        written.map_err(|e| crate::SpeechmarkError::new_err(e.to_string()))
    }

    /// Two documents are equal when they have the same text and the same tree (a document
    /// read back from its JSON equals the one that wrote it).
    fn __eq__(slf: PyRef<'_, Self>, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<Document>().is_ok_and(|o| {
            let (a, b) = (&slf.as_ref().parsed, &o.as_super().get().parsed);
            a.text() == b.text() && a.doc == b.doc
        })
    }

    fn __hash__(slf: PyRef<'_, Self>) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        slf.as_ref().parsed.text().hash(&mut h);
        h.finish()
    }
}
