//! A parsed text: the Python text it came from, its offset index and its tree, shared (behind
//! an `Arc`) by the Python `Document` and every node object made from it.

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::sync::PyOnceLock;
use pyo3::types::PyString;
use self_cell::self_cell;
use speechmark::{Analysis, Document, LineIndex, Options, Span, Unit};
use std::str::Utf8Error;
use std::sync::OnceLock;

/// The text, borrowed from the Python object it was given as (no copy of our own).
pub enum Source {
    /// A `str`, through its UTF-8 form.
    Str(PyBackedStr),
    /// `bytes`, checked to be UTF-8 before parsing.
    Bytes(PyBackedBytes),
}

impl Source {
    fn as_str(&self) -> Result<&str, Utf8Error> {
        match self {
            Source::Str(s) => Ok(s),
            Source::Bytes(b) => std::str::from_utf8(b),
        }
    }
}

/// The text and its offset index, built once, so that every span converts to code points in
/// logarithmic time.
pub struct Indexed<'a> {
    text: &'a str,
    index: LineIndex<'a>,
}

self_cell!(
    struct TextCell {
        owner: Source,
        #[covariant]
        dependent: Indexed,
    }
);

/// Everything a node object needs to answer: the text, its index and the tree.
pub struct Parsed {
    cell: TextCell,
    pub doc: Document,
    /// The text as a Python `str`: the object given to `parse`, or made once on demand.
    py_text: PyOnceLock<Py<PyString>>,
    /// The analysis (speakers, acts, claims), made once, when first asked for.
    analysis: OnceLock<Analysis>,
}

impl Parsed {
    /// Parses `source` with the GIL released (parsing and indexing are linear and run in Rust
    /// only, so other Python threads go on meanwhile). `py_text` is the `str` it came from.
    pub fn parse(
        py: Python<'_>,
        source: Source,
        options: &Options,
        py_text: Option<Py<PyString>>,
    ) -> PyResult<Parsed> {
        let parsed = py.detach(|| -> Result<(TextCell, Document), speechmark::Error> {
            let cell = index(source)?;
            let doc = speechmark::try_parse(cell.borrow_dependent().text, options)?;
            Ok((cell, doc))
        });
        let (cell, doc) = parsed.map_err(crate::error)?;
        Ok(Parsed::new(py, cell, doc, py_text))
    }

    /// A document read back from JSON, over its text.
    pub fn with_doc(
        py: Python<'_>,
        source: Source,
        doc: Document,
        py_text: Option<Py<PyString>>,
    ) -> PyResult<Parsed> {
        let cell = index(source).map_err(crate::error)?;
        Ok(Parsed::new(py, cell, doc, py_text))
    }

    fn new(py: Python<'_>, cell: TextCell, doc: Document, py_text: Option<Py<PyString>>) -> Parsed {
        let cached = PyOnceLock::new();
        if let Some(t) = py_text {
            // A fresh cell: the first value always goes in.
            let _ = cached.set(py, t);
        }
        Parsed {
            cell,
            doc,
            py_text: cached,
            analysis: OnceLock::new(),
        }
    }

    /// The analysis of the document, made on the first call with the GIL released (it is
    /// linear, in Rust only, and several times the cost of the parse).
    pub fn analysis(&self, py: Python<'_>) -> &Analysis {
        if let Some(a) = self.analysis.get() {
            return a;
        }
        py.detach(|| self.analysed())
    }

    /// The analysis, made here if needed: for callers that already run without the GIL.
    pub fn analysed(&self) -> &Analysis {
        self.analysis
            .get_or_init(|| speechmark::analyze(&self.doc, self.text()))
    }

    /// The text the document was parsed from.
    pub fn text(&self) -> &str {
        self.cell.borrow_dependent().text
    }

    /// The text as a Python `str`.
    pub fn py_text<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        self.py_text
            .get_or_init(py, || PyString::new(py, self.text()).unbind())
            .bind(py)
            .clone()
    }

    /// The text a span covers, as a Python `str`.
    pub fn slice<'py>(&self, py: Python<'py>, span: Span) -> PyResult<Bound<'py, PyString>> {
        let s = span
            .slice(self.text())
            .ok_or_else(|| PyRuntimeError::new_err(format!("span {span} is not in the text")))?;
        Ok(PyString::new(py, s))
    }

    /// A span in code points, as Python slices strings.
    pub fn chars(&self, span: Span) -> PyResult<(u32, u32)> {
        let [start, end] = self
            .cell
            .borrow_dependent()
            .index
            .span_in(span, Unit::Chars)
            .map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        Ok((start, end))
    }

    /// The index, for conversions to other units.
    pub fn index(&self) -> &LineIndex<'_> {
        &self.cell.borrow_dependent().index
    }
}

/// Checks that the text is UTF-8 (a `str` always is) and builds its offset index. Bytes that
/// are not UTF-8 get the crate's error, naming the first bad byte as `parse_bytes` does.
fn index(source: Source) -> Result<TextCell, speechmark::Error> {
    TextCell::try_new(source, |s| {
        let text = s.as_str().map_err(|e| speechmark::Error::InvalidUtf8 {
            offset: e.valid_up_to(),
        })?;
        Ok(Indexed {
            text,
            index: LineIndex::new(text),
        })
    })
}
