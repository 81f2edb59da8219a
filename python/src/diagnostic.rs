//! `Diagnostic`: what was odd about the input, with where and a stable code.

use crate::parsed::Parsed;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::PyString;
use std::sync::Arc;

/// Something odd about the input (the parse still succeeded and dropped nothing): a stable
/// `code` ("unterminated_quotation", "empty_turn", ...), a `message` for people, and where.
#[pyclass(module = "speechmark", frozen)]
pub struct Diagnostic {
    parsed: Arc<Parsed>,
    index: usize,
}

impl Diagnostic {
    pub fn new(py: Python<'_>, parsed: &Arc<Parsed>, index: usize) -> PyResult<Py<Diagnostic>> {
        let parsed = Arc::clone(parsed);
        Py::new(py, Diagnostic { parsed, index })
    }

    fn get(&self) -> PyResult<&speechmark::Diagnostic> {
        self.parsed
            .doc
            .diagnostics()
            .get(self.index)
            .ok_or_else(|| PyRuntimeError::new_err("diagnostic not found in its document"))
    }
}

#[pymethods]
impl Diagnostic {
    /// Always "diagnostic", as in the crate's JSON.
    #[getter]
    fn kind(&self) -> &'static str {
        "diagnostic"
    }

    /// The stable code, such as "unterminated_quotation".
    #[getter]
    fn code(&self) -> PyResult<&'static str> {
        Ok(self.get()?.code.as_str())
    }

    /// A sentence for people.
    #[getter]
    fn message(&self) -> PyResult<String> {
        Ok(self.get()?.message.to_string())
    }

    /// Where, in code points.
    #[getter]
    fn span(&self) -> PyResult<(u32, u32)> {
        self.parsed.chars(self.get()?.span)
    }

    /// Where, in bytes.
    #[getter]
    fn byte_span(&self) -> PyResult<(u32, u32)> {
        let s = self.get()?.span;
        Ok((s.start, s.end))
    }

    /// The text the span covers.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.parsed.slice(py, self.get()?.span)
    }

    fn __repr__(&self) -> PyResult<String> {
        let d = self.get()?;
        let (start, end) = self.parsed.chars(d.span)?;
        Ok(format!(
            "<diagnostic {} {start}..{end}: {}>",
            d.code, d.message
        ))
    }
}
