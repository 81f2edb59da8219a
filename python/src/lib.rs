//! The native module of the `speechmark` Python package: the crate's parser, its tree as
//! Python objects, and its JSON.
//!
//! The tree stays in Rust. A Python `Document` shares (behind an `Arc`) the text, its offset
//! index and the crate's `Document` (and its analysis, once asked for); a node object is that
//! `Arc` and the node's `NodeId`, made when asked for, so a parse costs no Python object per
//! node. Spans are given in code
//! points (what Python slices `str` by) and in bytes.
//!
//! | module | what |
//! | --- | --- |
//! | `parsed.rs` | the text, its index and the tree; parsing with the GIL released |
//! | `node.rs` | the `Node` base class and the uniform walk |
//! | `kinds.rs`, `figure.rs` | a class per kind of node |
//! | `document.rs` | `Document`: flat queries, diagnostics, JSON |
//! | `analysis.rs` | `Analysis`, `Speaker`, `Claim`, `SpeechAct`: `doc.analyze()` |
//! | `diagnostic.rs` | `Diagnostic` |
//! | `table.rs`, `columns.rs` | the table of turns and claims (`speechmark.table`), built in Rust in Arrow's layout |
#![forbid(unsafe_code)]

mod analysis;
mod columns;
mod diagnostic;
mod document;
mod figure;
mod kinds;
mod node;
mod parsed;
mod table;

use parsed::{Parsed, Source};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::PyString;
use speechmark::{Layout, Options};

pyo3::create_exception!(
    speechmark,
    SpeechmarkError,
    PyValueError,
    "Input the parser refuses (bytes that are not UTF-8, text too long for spans), or JSON \
     that does not describe a document of the given text. The message is the crate's."
);

/// A crate error as a Python exception, with the crate's message.
pub(crate) fn error(e: impl std::fmt::Display) -> PyErr {
    SpeechmarkError::new_err(e.to_string())
}

/// The parser options from keyword arguments.
fn options(layout: Option<&str>, inlines: bool) -> PyResult<Options> {
    let options = Options::new().inlines(inlines);
    Ok(match layout {
        None => options,
        Some("line_per_paragraph") => options.layout(Layout::LinePerParagraph),
        Some("blank_line_separated") => options.layout(Layout::BlankLineSeparated),
        Some(other) => {
            return Err(PyValueError::new_err(format!(
                "unknown layout {other:?}; expected \"line_per_paragraph\" or \"blank_line_separated\""
            )));
        }
    })
}

/// Parses `text` into a Document. Never fails on a `str`: odd input becomes diagnostics.
/// `layout` forces the paragraph layout ("line_per_paragraph" or "blank_line_separated")
/// instead of detecting it; `inlines=False` skips sentences and inline nodes (faster when
/// only turns are wanted). The GIL is released while parsing.
#[pyfunction]
#[pyo3(signature = (text, *, layout = None, inlines = true))]
fn parse(
    py: Python<'_>,
    text: Bound<'_, PyString>,
    layout: Option<&str>,
    inlines: bool,
) -> PyResult<Py<document::Document>> {
    let options = options(layout, inlines)?;
    let source: PyBackedStr = text.extract()?;
    let parsed = Parsed::parse(py, Source::Str(source), &options, Some(text.unbind()))?;
    document::Document::new(py, parsed)
}

/// Parses bytes that should be UTF-8 text. Raises SpeechmarkError, with the offset of the
/// first bad byte, when they are not. A byte-order mark is kept, and spans count it.
#[pyfunction]
#[pyo3(signature = (data, *, layout = None, inlines = true))]
fn parse_bytes(
    py: Python<'_>,
    data: PyBackedBytes,
    layout: Option<&str>,
    inlines: bool,
) -> PyResult<Py<document::Document>> {
    let options = options(layout, inlines)?;
    let parsed = Parsed::parse(py, Source::Bytes(data), &options, None)?;
    document::Document::new(py, parsed)
}

/// Reads a document back from the crate's JSON (`Document.to_json()`) and the text it was
/// parsed from. Raises SpeechmarkError when the JSON is not a document or does not fit the
/// text.
#[pyfunction]
fn from_json(
    py: Python<'_>,
    json: &str,
    text: Bound<'_, PyString>,
) -> PyResult<Py<document::Document>> {
    let source: PyBackedStr = text.extract()?;
    // Reading and checking are linear, in Rust only: the GIL is released as for parsing.
    let doc = py.detach(|| -> Result<speechmark::Document, String> {
        let doc: speechmark::Document = serde_json::from_str(json).map_err(|e| e.to_string())?;
        doc.check(&source).map_err(|e| e.to_string())?;
        Ok(doc)
    });
    let doc = doc.map_err(error)?;
    let parsed = Parsed::with_doc(py, Source::Str(source), doc, Some(text.unbind()))?;
    document::Document::new(py, parsed)
}

#[pymodule]
fn _speechmark(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(from_json, m)?)?;
    m.add_function(wrap_pyfunction!(table::table_columns, m)?)?;
    m.add_function(wrap_pyfunction!(table::table_files, m)?)?;
    m.add_function(wrap_pyfunction!(table::document_columns, m)?)?;
    m.add("SpeechmarkError", m.py().get_type::<SpeechmarkError>())?;
    m.add("FORMAT_VERSION", speechmark::FORMAT_VERSION)?;
    m.add("MAX_INPUT_LEN", speechmark::MAX_INPUT_LEN)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<node::Node>()?;
    m.add_class::<document::Document>()?;
    m.add_class::<kinds::Heading>()?;
    m.add_class::<kinds::Separator>()?;
    m.add_class::<kinds::PageMarker>()?;
    m.add_class::<kinds::Paragraph>()?;
    m.add_class::<kinds::Sentence>()?;
    m.add_class::<kinds::Dialogue>()?;
    m.add_class::<kinds::Turn>()?;
    m.add_class::<kinds::SpeakerLabel>()?;
    m.add_class::<kinds::Utterance>()?;
    m.add_class::<figure::Figure>()?;
    m.add_class::<kinds::Link>()?;
    m.add_class::<kinds::LinkPlaceholder>()?;
    m.add_class::<kinds::Quote>()?;
    m.add_class::<diagnostic::Diagnostic>()?;
    m.add_class::<analysis::Analysis>()?;
    m.add_class::<analysis::Speaker>()?;
    m.add_class::<analysis::Claim>()?;
    m.add_class::<analysis::SpeechAct>()?;
    Ok(())
}
