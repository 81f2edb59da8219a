//! `Figure`: a number in running text with its meaning, its value an exact `decimal.Decimal`.

use crate::node::{Node, Pair};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;
use speechmark::{Decimal, NodeRef};

/// A number with its meaning: `figure` says what kind ("money", "percent", "year", ...),
/// `value` is exact (US$1.3 billion is `Decimal('1300000000')`), `currency` an ISO 4217 code.
#[pyclass(module = "speechmark", extends = Node, frozen)]
pub struct Figure;

impl Figure {
    fn data(n: &Node) -> PyResult<speechmark::Figure> {
        n.inline()?
            .as_figure()
            .ok_or_else(|| PyRuntimeError::new_err("not a figure"))
    }
}

/// A crate decimal as a `decimal.Decimal`, through its exact decimal string.
fn decimal<'py>(py: Python<'py>, d: Decimal) -> PyResult<Bound<'py, PyAny>> {
    static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    DECIMAL
        .import(py, "decimal", "Decimal")?
        .call1((d.to_string(),))
}

#[pymethods]
impl Figure {
    /// What kind of number: "money", "percent", "percentage_points", "quantity", "count",
    /// "year", "fiscal_year", "decade", "date", "month", "ordinal" or "relative_time".
    #[getter]
    fn figure(slf: PyRef<'_, Self>) -> PyResult<&'static str> {
        Ok(Figure::data(slf.as_ref())?.figure.as_str())
    }

    /// The exact value (the first end of a range), scale words applied, or None.
    #[getter]
    fn value<'py>(slf: PyRef<'py, Self>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let v = Figure::data(slf.as_ref())?.value;
        v.map(|v| decimal(slf.py(), v)).transpose()
    }

    /// The second end of a range ("$1.2 million to $23.5 million"), or None.
    #[getter]
    fn to<'py>(slf: PyRef<'py, Self>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let v = Figure::data(slf.as_ref())?.to;
        v.map(|v| decimal(slf.py(), v)).transpose()
    }

    /// The spans of a range's two ends in code points, or None.
    #[getter]
    fn ends(slf: PyRef<'_, Self>) -> PyResult<Option<(Pair, Pair)>> {
        let n = slf.as_ref();
        match Figure::data(n)?.ends {
            Some([a, b]) => Ok(Some((n.chars(a)?, n.chars(b)?))),
            None => Ok(None),
        }
    }

    /// The ISO 4217 code of money ("USD"), or None.
    #[getter]
    fn currency(slf: PyRef<'_, Self>) -> PyResult<Option<&'static str>> {
        Ok(Figure::data(slf.as_ref())?.currency.map(|c| c.code()))
    }

    /// Whether the currency was inferred from an ambiguous sign or word (a bare "$" is USD).
    #[getter]
    fn currency_assumed(slf: PyRef<'_, Self>) -> PyResult<bool> {
        Ok(Figure::data(slf.as_ref())?.currency_assumed)
    }

    /// The unit of a quantity or relative time ("km", "year"), or None.
    #[getter]
    fn unit(slf: PyRef<'_, Self>) -> PyResult<Option<String>> {
        Ok(Figure::data(slf.as_ref())?
            .unit
            .as_deref()
            .map(str::to_owned))
    }

    /// The calendar value of a year, date or month in ISO 8601 ("2024", "2025-09-02",
    /// "--11" for a month of no stated year), or None.
    #[getter]
    fn date(slf: PyRef<'_, Self>) -> PyResult<Option<String>> {
        Ok(Figure::data(slf.as_ref())?.date.map(|d| d.to_string()))
    }

    /// The sentence the figure is in.
    #[getter]
    fn sentence(slf: PyRef<'_, Self>) -> PyResult<Py<PyAny>> {
        let n = slf.as_ref();
        n.wrap(slf.py(), NodeRef::Sentence(n.inline()?.sentence()))
    }
}
