//! The rows of the table of turns (`speechmark.table`), built in Rust: a corpus job makes
//! one row per turn and one record per figure, and building them here rather than through
//! the node objects' properties keeps the Python side within reach of the command line's
//! speed.

use crate::document::Document;
use crate::node::Node;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use speechmark::TurnRef;

/// One row per turn of `doc`, as `speechmark.table` describes them: `doc_id`, `kind`,
/// `index`, `speaker`, `start`, `end` (code points), `text` and `figures` (records of
/// `figure`, `start`, `end`, `text`, `value` as an exact decimal string, `currency`, `unit`,
/// `date`).
#[pyfunction]
pub fn turn_records<'py>(doc: PyRef<'py, Document>, doc_id: &str) -> PyResult<Bound<'py, PyList>> {
    let py = doc.py();
    let n: &Node = doc.as_ref();
    let rows = PyList::empty(py);
    for (index, turn) in n.parsed.doc.turns().enumerate() {
        rows.append(turn_record(py, n, doc_id, index, turn)?)?;
    }
    Ok(rows)
}

fn turn_record<'py>(
    py: Python<'py>,
    n: &Node,
    doc_id: &str,
    index: usize,
    turn: TurnRef<'_>,
) -> PyResult<Bound<'py, PyDict>> {
    let (start, end) = n.chars(turn.span())?;
    let row = PyDict::new(py);
    row.set_item(intern!(py, "doc_id"), doc_id)?;
    row.set_item(intern!(py, "kind"), intern!(py, "turn"))?;
    row.set_item(intern!(py, "index"), index)?;
    row.set_item(intern!(py, "speaker"), n.slice(py, turn.label().name)?)?;
    row.set_item(intern!(py, "start"), start)?;
    row.set_item(intern!(py, "end"), end)?;
    row.set_item(intern!(py, "text"), n.slice(py, turn.span())?)?;
    let figures = PyList::empty(py);
    let inlines = turn
        .paragraphs()
        .flat_map(|p| p.sentences())
        .flat_map(|s| s.descendants());
    for f in inlines.filter_map(|i| i.as_figure()) {
        figures.append(figure_record(py, n, &f)?)?;
    }
    row.set_item(intern!(py, "figures"), figures)?;
    Ok(row)
}

fn figure_record<'py>(
    py: Python<'py>,
    n: &Node,
    f: &speechmark::Figure,
) -> PyResult<Bound<'py, PyDict>> {
    let (start, end) = n.chars(f.span)?;
    let rec = PyDict::new(py);
    rec.set_item(intern!(py, "figure"), f.figure.as_str())?;
    rec.set_item(intern!(py, "start"), start)?;
    rec.set_item(intern!(py, "end"), end)?;
    rec.set_item(intern!(py, "text"), n.slice(py, f.span)?)?;
    rec.set_item(intern!(py, "value"), f.value.map(|v| v.to_string()))?;
    rec.set_item(intern!(py, "currency"), f.currency.map(|c| c.code()))?;
    rec.set_item(intern!(py, "unit"), f.unit.as_deref())?;
    rec.set_item(intern!(py, "date"), f.date.map(|d| d.to_string()))?;
    Ok(rec)
}
