//! The table of turns and claims (`speechmark.table`), built in Rust, column by column, in
//! Arrow's layout (`columns.rs`): a corpus job parses, analyses and lays out a whole batch of
//! documents with the GIL released and makes no Python object per row.
//!
//! Per document: one row per turn (in order), then one row per claim (in order).

use crate::columns::{Column, Ints, Strings};
use crate::document::Document as PyDocument;
use crate::node::Node;
use crate::parsed::Source;
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::{PyDict, PyString};
use speechmark::{Analysis, Document, InlineRef, LineIndex, SentenceRef, Span, Unit};

/// The figure records of the rows: the child columns of the `figures` list column.
#[derive(Default)]
struct Figures {
    figure: Strings,
    start: Ints<i64>,
    end: Ints<i64>,
    text: Strings,
    value: Strings,
    currency: Strings,
    unit: Strings,
    date: Strings,
}

/// The rows built so far.
pub struct Table {
    rows: usize,
    doc_id: Strings,
    kind: Strings,
    index: Ints<i32>,
    speaker: Strings,
    role: Strings,
    label: Strings,
    turn: Ints<i32>,
    start: Ints<i64>,
    end: Ints<i64>,
    text: Strings,
    cue: Strings,
    /// Offsets into `figure` per row.
    figures: Vec<i32>,
    figure: Figures,
}

impl Default for Table {
    fn default() -> Self {
        Table {
            rows: 0,
            doc_id: Strings::default(),
            kind: Strings::default(),
            index: Ints::default(),
            speaker: Strings::default(),
            role: Strings::default(),
            label: Strings::default(),
            turn: Ints::default(),
            start: Ints::default(),
            end: Ints::default(),
            text: Strings::default(),
            cue: Strings::default(),
            figures: vec![0],
            figure: Figures::default(),
        }
    }
}

/// One parsed document, as the table reads it.
struct Doc<'a> {
    id: &'a str,
    text: &'a str,
    doc: &'a Document,
    index: &'a LineIndex<'a>,
    analysis: &'a Analysis,
}

impl Doc<'_> {
    fn chars(&self, span: Span) -> Result<(i64, i64), String> {
        let [s, e] = self
            .index
            .span_in(span, Unit::Chars)
            .map_err(|e| format!("{}: {e}", self.id))?;
        Ok((i64::from(s), i64::from(e)))
    }

    fn slice(&self, span: Span) -> &str {
        span.slice(self.text).unwrap_or_default()
    }

    /// The speaker's name and role, by index into the analysis' speakers.
    fn speaker(&self, index: Option<usize>) -> (Option<&str>, Option<&str>) {
        let s = index.and_then(|i| self.analysis.speakers().get(i));
        let name = s.map(|s| s.name.text.as_str());
        let role = s.and_then(|s| s.role.as_ref()).map(|r| r.text.as_str());
        (name, role)
    }
}

/// Every figure among the inline nodes of `sentences`, in order.
fn figures<'d>(
    sentences: impl IntoIterator<Item = SentenceRef<'d>>,
) -> impl Iterator<Item = InlineRef<'d>> {
    sentences
        .into_iter()
        .flat_map(SentenceRef::descendants)
        .filter(|i| i.as_figure().is_some())
}

/// An index as an `i32` column value (a document has fewer nodes than bytes, and a batch's
/// text fits in `i32` offsets, so it always fits).
fn i32_of(i: usize) -> i32 {
    i32::try_from(i).unwrap_or(i32::MAX)
}

impl Table {
    /// Adds the rows of one document: its turns, then its claims.
    fn document(&mut self, d: &Doc<'_>) -> Result<(), String> {
        for (i, turn) in d.doc.turns().enumerate() {
            let (speaker, role) = d.speaker(d.analysis.speaker_of(turn.id()));
            let label = Some(d.slice(turn.label().name));
            let sentences = turn.paragraphs().flat_map(|p| p.sentences());
            let row = Row {
                kind: "turn",
                index: i,
                speaker,
                role,
                label,
                turn: Some(i),
                span: turn.span(),
                cue: None,
            };
            self.row(d, &row, figures(sentences))?;
        }
        for (i, claim) in d.analysis.claims(d.doc).enumerate() {
            let sentence = claim.sentence();
            let turn = sentence.turn();
            let (speaker, role) = d.speaker(claim.speaker_index());
            let label = turn.map(|t| d.slice(t.label().name));
            let cue = Some(claim.cue().reason.as_str());
            let turn = turn.map(|t| t.id().index());
            let row = Row {
                kind: "claim",
                index: i,
                speaker,
                role,
                label,
                turn,
                span: claim.span(),
                cue,
            };
            self.row(d, &row, figures([sentence]))?;
        }
        Ok(())
    }

    fn row<'d>(
        &mut self,
        d: &Doc<'_>,
        row: &Row<'_>,
        figures: impl Iterator<Item = InlineRef<'d>>,
    ) -> Result<(), String> {
        let (start, end) = d.chars(row.span)?;
        self.doc_id.push(Some(d.id))?;
        self.kind.push(Some(row.kind))?;
        self.index.push(Some(i32_of(row.index)));
        self.speaker.push(row.speaker)?;
        self.role.push(row.role)?;
        self.label.push(row.label)?;
        self.turn.push(row.turn.map(i32_of));
        self.start.push(Some(start));
        self.end.push(Some(end));
        self.text.push(Some(d.slice(row.span)))?;
        self.cue.push(row.cue)?;
        let mut count = self.figures.last().copied().unwrap_or(0);
        for inline in figures {
            if let Some(f) = inline.as_figure() {
                self.figure(d, &f)?;
                count = count.checked_add(1).ok_or_else(crate::columns::too_large)?;
            }
        }
        self.figures.push(count);
        self.rows += 1;
        Ok(())
    }

    fn figure(&mut self, d: &Doc<'_>, f: &speechmark::Figure) -> Result<(), String> {
        let (start, end) = d.chars(f.span)?;
        let r = &mut self.figure;
        r.figure.push(Some(f.figure.as_str()))?;
        r.start.push(Some(start));
        r.end.push(Some(end));
        r.text.push(Some(d.slice(f.span)))?;
        r.value.push(f.value.map(|v| v.to_string()).as_deref())?;
        r.currency.push(f.currency.map(|c| c.code()))?;
        r.unit.push(f.unit.as_deref())?;
        r.date.push(f.date.map(|d| d.to_string()).as_deref())?;
        Ok(())
    }

    /// Parses, analyses and adds one document given as its text.
    fn add(&mut self, id: &str, text: &str) -> Result<(), String> {
        let doc = speechmark::try_parse(text, &speechmark::Options::new())
            .map_err(|e| format!("{id}: {e}"))?;
        let index = LineIndex::new(text);
        let analysis = speechmark::analyze(&doc, text);
        self.document(&Doc {
            id,
            text,
            doc: &doc,
            index: &index,
            analysis: &analysis,
        })
    }

    /// Adds a document given as bytes that should be UTF-8.
    fn add_bytes(&mut self, id: &str, bytes: &[u8]) -> Result<(), String> {
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let e = speechmark::Error::InvalidUtf8 {
                offset: e.valid_up_to(),
            };
            format!("{id}: {e}")
        })?;
        self.add(id, text)
    }

    /// The columns as a dict for `speechmark.table`: each column's buffers under its name,
    /// the figure records' under `figures.NAME`, and the counts under `rows` and
    /// `figure_rows`.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let out = PyDict::new(py);
        out.set_item("rows", self.rows)?;
        out.set_item("figure_rows", self.figures.last().copied().unwrap_or(0))?;
        let f = &self.figure;
        let columns = [
            ("doc_id", Column::Strings(&self.doc_id)),
            ("kind", Column::Strings(&self.kind)),
            ("index", Column::Int32(&self.index)),
            ("speaker", Column::Strings(&self.speaker)),
            ("role", Column::Strings(&self.role)),
            ("label", Column::Strings(&self.label)),
            ("turn", Column::Int32(&self.turn)),
            ("start", Column::Int64(&self.start)),
            ("end", Column::Int64(&self.end)),
            ("text", Column::Strings(&self.text)),
            ("cue", Column::Strings(&self.cue)),
            ("figures", Column::Offsets(&self.figures)),
            ("figures.figure", Column::Strings(&f.figure)),
            ("figures.start", Column::Int64(&f.start)),
            ("figures.end", Column::Int64(&f.end)),
            ("figures.text", Column::Strings(&f.text)),
            ("figures.value", Column::Strings(&f.value)),
            ("figures.currency", Column::Strings(&f.currency)),
            ("figures.unit", Column::Strings(&f.unit)),
            ("figures.date", Column::Strings(&f.date)),
        ];
        for (name, column) in columns {
            out.set_item(name, column.to_py(py)?)?;
        }
        Ok(out)
    }
}

/// What one row says besides its span's text and figures.
struct Row<'a> {
    kind: &'static str,
    index: usize,
    speaker: Option<&'a str>,
    role: Option<&'a str>,
    label: Option<&'a str>,
    turn: Option<usize>,
    span: Span,
    cue: Option<&'static str>,
}

/// A document's text as given from Python: `str` or UTF-8 `bytes`.
fn source(text: &Bound<'_, PyAny>) -> PyResult<Source> {
    if text.is_instance_of::<PyString>() {
        Ok(Source::Str(text.extract::<PyBackedStr>()?))
    } else {
        Ok(Source::Bytes(text.extract::<PyBackedBytes>()?))
    }
}

/// The table's columns for a batch of documents, each `(doc_id, text)` with the text a `str`
/// or UTF-8 `bytes`: parsed, analysed and laid out with the GIL released.
#[pyfunction]
pub fn table_columns<'py>(
    py: Python<'py>,
    documents: Vec<(PyBackedStr, Bound<'py, PyAny>)>,
) -> PyResult<Bound<'py, PyDict>> {
    let docs = documents
        .into_iter()
        .map(|(id, text)| Ok((id, source(&text)?)))
        .collect::<PyResult<Vec<_>>>()?;
    let table = py.detach(|| -> Result<Table, String> {
        let mut table = Table::default();
        for (id, text) in &docs {
            match text {
                Source::Str(s) => table.add(id, s)?,
                Source::Bytes(b) => table.add_bytes(id, b)?,
            }
        }
        Ok(table)
    });
    table.map_err(crate::error)?.to_py(py)
}

/// The table's columns for files read here (with the GIL released): `paths[i]` gets the id
/// `ids[i]`.
#[pyfunction]
pub fn table_files<'py>(
    py: Python<'py>,
    paths: Vec<String>,
    ids: Vec<String>,
) -> PyResult<Bound<'py, PyDict>> {
    if paths.len() != ids.len() {
        return Err(pyo3::exceptions::PyValueError::new_err("one id per path"));
    }
    let table = py.detach(|| -> Result<Table, String> {
        let mut table = Table::default();
        for (path, id) in paths.iter().zip(&ids) {
            let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
            table.add_bytes(id, &bytes)?;
        }
        Ok(table)
    });
    table.map_err(crate::error)?.to_py(py)
}

/// The table's columns for one parsed `Document` (its analysis made if not yet).
#[pyfunction]
pub fn document_columns<'py>(
    doc: PyRef<'py, PyDocument>,
    doc_id: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let py = doc.py();
    let n: &Node = doc.as_ref();
    let parsed = &n.parsed;
    let analysis = parsed.analysis(py);
    let mut table = Table::default();
    let d = Doc {
        id: doc_id,
        text: parsed.text(),
        doc: &parsed.doc,
        index: parsed.index(),
        analysis,
    };
    table.document(&d).map_err(crate::error)?;
    table.to_py(py)
}
