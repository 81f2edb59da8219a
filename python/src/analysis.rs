//! The analysis of a document from Python: `Analysis` (`doc.analyze()`), its `Speaker`s and
//! `Claim`s, and the `SpeechAct` of each sentence.
//!
//! The crate's `Analysis` is made once per document, with the GIL released, and kept beside
//! the tree (`Parsed::analysis`); these objects are that `Arc` and an index, made when asked
//! for, like the node objects.

use crate::kinds::figures_in;
use crate::node::{Node, Pair};
use crate::parsed::Parsed;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::PyString;
use speechmark::analysis::SpeechAct as Act;
use speechmark::{NodeId, NodeRef, SentenceId, SentenceRef};
use std::sync::Arc;

/// The error for an index that names nothing: never expected, since indices are only taken
/// from the document's own analysis.
fn missing(what: &str) -> PyErr {
    PyRuntimeError::new_err(format!("{what} not found in its document's analysis"))
}

/// The view of a sentence of `parsed`, by id.
fn sentence(parsed: &Parsed, id: SentenceId) -> PyResult<SentenceRef<'_>> {
    match parsed.doc.node(NodeId::Sentence(id)) {
        Some(NodeRef::Sentence(s)) => Ok(s),
        _ => Err(missing("sentence")),
    }
}

/// The sentence of a Python `Sentence` node (or of any node object that is one).
fn sentence_id(node: &Bound<'_, PyAny>) -> PyResult<SentenceId> {
    let node = node.cast::<Node>()?;
    match node.get().id {
        NodeId::Sentence(id) => Ok(id),
        _ => Err(pyo3::exceptions::PyTypeError::new_err(
            "expected a Sentence",
        )),
    }
}

/// What the document's sentences do, who speaks in it, and which sentences are claims:
/// `doc.analyze()`.
#[pyclass(module = "speechmark", frozen)]
pub struct Analysis {
    parsed: Arc<Parsed>,
}

impl Analysis {
    pub fn new(py: Python<'_>, parsed: &Arc<Parsed>) -> PyResult<Py<Analysis>> {
        // Analyse now, with the GIL released, so that reading it costs nothing.
        parsed.analysis(py);
        Py::new(
            py,
            Analysis {
                parsed: Arc::clone(parsed),
            },
        )
    }
}

#[pymethods]
impl Analysis {
    /// Every speaker, one per person (or anonymous role such as "Q"), in order of their
    /// first turn.
    #[getter]
    fn speakers(&self, py: Python<'_>) -> PyResult<Vec<Py<Speaker>>> {
        let n = self.parsed.analysis(py).speakers().len();
        (0..n).map(|i| Speaker::new(py, &self.parsed, i)).collect()
    }

    /// Every claim (a sentence that asserts something checkable), in document order.
    #[getter]
    fn claims(&self, py: Python<'_>) -> PyResult<Vec<Py<Claim>>> {
        let a = self.parsed.analysis(py);
        let ids: Vec<SentenceId> = a
            .claims(&self.parsed.doc)
            .map(|c| c.sentence().id())
            .collect();
        ids.into_iter()
            .enumerate()
            .map(|(i, s)| Claim::new(py, &self.parsed, i, s))
            .collect()
    }

    /// The claims of one speaker, in order.
    fn claims_by(&self, py: Python<'_>, speaker: PyRef<'_, Speaker>) -> PyResult<Vec<Py<Claim>>> {
        let mine = speaker.index;
        let claims = self.claims(py)?;
        Ok(claims
            .into_iter()
            .filter(|c| c.get().speaker_index(py) == Some(mine))
            .collect())
    }

    /// The act of a sentence (a `Sentence` node of this document), with the cue that decided
    /// it.
    fn act(&self, py: Python<'_>, sentence: &Bound<'_, PyAny>) -> PyResult<Py<SpeechAct>> {
        SpeechAct::new(py, &self.parsed, sentence_id(sentence)?)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let a = self.parsed.analysis(py);
        format!(
            "<analysis: {} speakers, {} claims>",
            a.speakers().len(),
            a.claims(&self.parsed.doc).count()
        )
    }
}

/// One person who speaks in the document, or one anonymous role ("Q", "Question"): the
/// fullest name the text gives and the role it states, each with the span of the mention it
/// came from, and their turns.
#[pyclass(module = "speechmark", frozen)]
pub struct Speaker {
    parsed: Arc<Parsed>,
    index: usize,
}

impl Speaker {
    pub fn new(py: Python<'_>, parsed: &Arc<Parsed>, index: usize) -> PyResult<Py<Speaker>> {
        Py::new(
            py,
            Speaker {
                parsed: Arc::clone(parsed),
                index,
            },
        )
    }

    fn get<'a>(&'a self, py: Python<'_>) -> PyResult<&'a speechmark::analysis::Speaker> {
        let a = self.parsed.analysis(py);
        a.speakers()
            .get(self.index)
            .ok_or_else(|| missing("speaker"))
    }
}

#[pymethods]
impl Speaker {
    /// Always "speaker", as in the crate's JSON.
    #[getter]
    fn kind(&self) -> &'static str {
        "speaker"
    }

    /// The speaker's position in `Analysis.speakers`.
    #[getter]
    fn index(&self) -> usize {
        self.index
    }

    /// The fullest name the text gives ("Vladimir Putin"), or the label of an anonymous
    /// speaker ("Q").
    #[getter]
    fn name(&self, py: Python<'_>) -> PyResult<String> {
        Ok(self.get(py)?.name.text.clone())
    }

    /// Where that name stands, in code points.
    #[getter]
    fn name_span(&self, py: Python<'_>) -> PyResult<Pair> {
        self.parsed.chars(self.get(py)?.name.span)
    }

    /// Where that name stands, in bytes.
    #[getter]
    fn name_byte_span(&self, py: Python<'_>) -> PyResult<Pair> {
        let s = self.get(py)?.name.span;
        Ok((s.start, s.end))
    }

    /// The role or title the text states ("Russian President"), or None.
    #[getter]
    fn role(&self, py: Python<'_>) -> PyResult<Option<String>> {
        Ok(self.get(py)?.role.as_ref().map(|r| r.text.clone()))
    }

    /// Where the role stands, in code points, or None.
    #[getter]
    fn role_span(&self, py: Python<'_>) -> PyResult<Option<Pair>> {
        let role = self.get(py)?.role.as_ref();
        role.map(|r| self.parsed.chars(r.span)).transpose()
    }

    /// Where the role stands, in bytes, or None.
    #[getter]
    fn role_byte_span(&self, py: Python<'_>) -> PyResult<Option<Pair>> {
        Ok(self
            .get(py)?
            .role
            .as_ref()
            .map(|r| (r.span.start, r.span.end)))
    }

    /// Whether this is a generic label ("Q", "Question", "A reporter") rather than a person.
    #[getter]
    fn anonymous(&self, py: Python<'_>) -> PyResult<bool> {
        Ok(self.get(py)?.anonymous)
    }

    /// The speaker's turns, in order.
    fn turns(&self, py: Python<'_>) -> PyResult<Vec<Py<PyAny>>> {
        let labels = &self.get(py)?.labels;
        let doc = &self.parsed.doc;
        let turns = labels
            .iter()
            .filter_map(|&i| doc.turns().nth(i))
            .map(NodeRef::Turn);
        crate::node::wrap_all(py, &self.parsed, turns)
    }

    /// The speaker's claims, in order.
    fn claims(slf: PyRef<'_, Self>, py: Python<'_>) -> PyResult<Vec<Py<Claim>>> {
        let analysis = Analysis {
            parsed: Arc::clone(&slf.parsed),
        };
        analysis.claims_by(py, slf)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<Speaker>().is_ok_and(|o| {
            let o = o.get();
            Arc::ptr_eq(&self.parsed, &o.parsed) && self.index == o.index
        })
    }

    fn __hash__(&self) -> u64 {
        (Arc::as_ptr(&self.parsed) as u64)
            .wrapping_mul(31)
            .wrapping_add(self.index as u64)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let s = self.get(py)?;
        Ok(match &s.role {
            Some(role) => format!("<speaker {:?} ({:?})>", s.name.text, role.text),
            None => format!("<speaker {:?}>", s.name.text),
        })
    }
}

/// A claim: a sentence that asserts something checkable, with its speaker (None for the
/// narrator), its figures and the cue that made it an assertion.
#[pyclass(module = "speechmark", frozen)]
pub struct Claim {
    parsed: Arc<Parsed>,
    index: usize,
    sentence: SentenceId,
}

impl Claim {
    fn new(
        py: Python<'_>,
        parsed: &Arc<Parsed>,
        index: usize,
        sentence: SentenceId,
    ) -> PyResult<Py<Claim>> {
        Py::new(
            py,
            Claim {
                parsed: Arc::clone(parsed),
                index,
                sentence,
            },
        )
    }

    fn view(&self) -> PyResult<SentenceRef<'_>> {
        sentence(&self.parsed, self.sentence)
    }

    fn speaker_index(&self, py: Python<'_>) -> Option<usize> {
        let turn = self.view().ok()?.turn()?;
        self.parsed.analysis(py).speaker_of(turn.id())
    }

    fn act(&self, py: Python<'_>) -> PyResult<Act> {
        let a = self.parsed.analysis(py);
        a.act(self.sentence).ok_or_else(|| missing("sentence"))
    }
}

#[pymethods]
impl Claim {
    /// Always "claim", as in the crate's JSON.
    #[getter]
    fn kind(&self) -> &'static str {
        "claim"
    }

    /// The claim's position among the document's claims.
    #[getter]
    fn index(&self) -> usize {
        self.index
    }

    /// `(start, end)` in code points (its sentence's): `doc.text[start:end] == claim.text`.
    #[getter]
    fn span(&self) -> PyResult<Pair> {
        self.parsed.chars(self.view()?.span())
    }

    /// `(start, end)` in bytes of the UTF-8 text.
    #[getter]
    fn byte_span(&self) -> PyResult<Pair> {
        let s = self.view()?.span();
        Ok((s.start, s.end))
    }

    /// The sentence's text.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.parsed.slice(py, self.view()?.span())
    }

    /// The sentence that makes the claim.
    #[getter]
    fn sentence(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        crate::node::wrap(py, &self.parsed, NodeRef::Sentence(self.view()?))
    }

    /// The turn the claim is made in, or None for the narrator.
    #[getter]
    fn turn(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        let turn = self.view()?.turn();
        turn.map(|t| crate::node::wrap(py, &self.parsed, NodeRef::Turn(t)))
            .transpose()
    }

    /// Who makes the claim, or None when the narrator does (outside any turn).
    #[getter]
    fn speaker(&self, py: Python<'_>) -> PyResult<Option<Py<Speaker>>> {
        self.speaker_index(py)
            .map(|i| Speaker::new(py, &self.parsed, i))
            .transpose()
    }

    /// The figures inside the claim, in order.
    fn figures(&self, py: Python<'_>) -> PyResult<Vec<Py<PyAny>>> {
        crate::node::wrap_all(py, &self.parsed, figures_in([self.view()?]))
    }

    /// What made the sentence an assertion: "statement", "figure", "past_tense", ...
    #[getter]
    fn cue(&self, py: Python<'_>) -> PyResult<&'static str> {
        Ok(self.act(py)?.cue.reason.as_str())
    }

    /// The words the cue rests on, in code points.
    #[getter]
    fn cue_span(&self, py: Python<'_>) -> PyResult<Pair> {
        self.parsed.chars(self.act(py)?.cue.span)
    }

    /// The words the cue rests on, in bytes.
    #[getter]
    fn cue_byte_span(&self, py: Python<'_>) -> PyResult<Pair> {
        let s = self.act(py)?.cue.span;
        Ok((s.start, s.end))
    }

    /// The words the cue rests on.
    #[getter]
    fn cue_text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.parsed.slice(py, self.act(py)?.cue.span)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<Claim>().is_ok_and(|o| {
            let o = o.get();
            Arc::ptr_eq(&self.parsed, &o.parsed) && self.sentence == o.sentence
        })
    }

    fn __hash__(&self) -> u64 {
        (Arc::as_ptr(&self.parsed) as u64)
            .wrapping_mul(31)
            .wrapping_add(self.index as u64)
    }

    fn __repr__(&self) -> PyResult<String> {
        let span = self.view()?.span();
        let (start, end) = self.parsed.chars(span)?;
        let text = span.slice(self.parsed.text()).unwrap_or_default();
        Ok(format!("<claim {start}..{end} {text:?}>"))
    }
}

/// What a sentence does (its speech act: "assertion", "opinion", "question", "thanks", ...)
/// and the cue that decided it.
#[pyclass(module = "speechmark", frozen)]
pub struct SpeechAct {
    parsed: Arc<Parsed>,
    act: Act,
}

impl SpeechAct {
    pub fn new(
        py: Python<'_>,
        parsed: &Arc<Parsed>,
        sentence: SentenceId,
    ) -> PyResult<Py<SpeechAct>> {
        let act = parsed
            .analysis(py)
            .act(sentence)
            .ok_or_else(|| missing("sentence"))?;
        Py::new(
            py,
            SpeechAct {
                parsed: Arc::clone(parsed),
                act,
            },
        )
    }
}

#[pymethods]
impl SpeechAct {
    /// The act: "assertion", "opinion", "question", "thanks", "greeting", "wish",
    /// "condolence", "invitation", "promise", "compliment" or "meta".
    #[getter]
    fn act(&self) -> &'static str {
        self.act.act.as_str()
    }

    /// Whether the act makes the sentence a claim (assertions do).
    #[getter]
    fn is_claim(&self) -> bool {
        self.act.act.is_claim()
    }

    /// The kind of cue that decided it ("thanks", "figure", "navigation", ...).
    #[getter]
    fn cue(&self) -> &'static str {
        self.act.cue.reason.as_str()
    }

    /// The words the cue rests on, in code points.
    #[getter]
    fn cue_span(&self) -> PyResult<Pair> {
        self.parsed.chars(self.act.cue.span)
    }

    /// The words the cue rests on, in bytes.
    #[getter]
    fn cue_byte_span(&self) -> Pair {
        (self.act.cue.span.start, self.act.cue.span.end)
    }

    /// The words the cue rests on.
    #[getter]
    fn cue_text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.parsed.slice(py, self.act.cue.span)
    }

    fn __repr__(&self) -> String {
        format!(
            "<speech act {} ({})>",
            self.act.act.as_str(),
            self.act.cue.reason.as_str()
        )
    }
}
