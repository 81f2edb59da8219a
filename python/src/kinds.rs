//! The node classes, one per kind, each with what its Rust view offers. (Figures are in
//! `figure.rs`, the document in `document.rs`.)

use crate::node::Node;
use pyo3::prelude::*;
use pyo3::types::PyString;
use speechmark::{NodeKind, NodeRef, SentenceRef};

/// Every figure among the inline nodes of `sentences`, as views.
pub fn figures_in<'d>(
    sentences: impl IntoIterator<Item = SentenceRef<'d>>,
) -> impl Iterator<Item = NodeRef<'d>> {
    sentences
        .into_iter()
        .flat_map(SentenceRef::descendants)
        .filter(|i| i.kind() == NodeKind::Figure)
        .map(NodeRef::Inline)
}

/// A standalone title line ("Summary", "## Further Reading").
#[pyclass(module = "speechmark", extends = Node, frozen)]
pub struct Heading;

#[pymethods]
impl Heading {
    /// The title without `#` markers.
    #[getter]
    fn title<'py>(slf: PyRef<'py, Self>) -> PyResult<Bound<'py, PyString>> {
        let n = slf.as_ref();
        n.slice(slf.py(), n.heading()?.title())
    }

    /// The title's span in code points.
    #[getter]
    fn title_span(slf: PyRef<'_, Self>) -> PyResult<(u32, u32)> {
        let n = slf.as_ref();
        n.chars(n.heading()?.title())
    }

    /// The number of `#` markers, or None for a bare title line.
    #[getter]
    fn level(slf: PyRef<'_, Self>) -> PyResult<Option<u8>> {
        Ok(slf.as_ref().heading()?.level())
    }

    /// "empty_section" when the heading announces links with nothing under it, else None.
    #[getter]
    fn placeholder(slf: PyRef<'_, Self>) -> PyResult<Option<&'static str>> {
        Ok(slf.as_ref().heading()?.placeholder().map(|p| p.as_str()))
    }

    /// The title read as one sentence (none when inline parsing is off).
    fn sentences(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(slf.py(), n.heading()?.sentences().map(NodeRef::Sentence))
    }
}

/// A scene or section break: `* * *`, `---`.
#[pyclass(module = "speechmark", extends = Node, frozen)]
pub struct Separator;

/// A page marker of a printed record (`[[Page S697]]`): between blocks, or inside a turn
/// whose speech goes on after it (its `parent` is then the turn's utterance).
#[pyclass(module = "speechmark", extends = Node, frozen)]
pub struct PageMarker;

/// A paragraph: a narrative block, or one paragraph of an utterance.
#[pyclass(module = "speechmark", extends = Node, frozen)]
pub struct Paragraph;

#[pymethods]
impl Paragraph {
    /// The paragraph's sentences, in order.
    fn sentences(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(slf.py(), n.paragraph()?.sentences().map(NodeRef::Sentence))
    }

    /// The turn whose utterance holds this paragraph, or None for narrative text.
    #[getter]
    fn turn(slf: PyRef<'_, Self>) -> PyResult<Option<Py<PyAny>>> {
        let n = slf.as_ref();
        n.paragraph()?
            .turn()
            .map(|t| n.wrap(slf.py(), NodeRef::Turn(t)))
            .transpose()
    }
}

/// A sentence and its inline nodes.
#[pyclass(module = "speechmark", extends = Node, frozen)]
pub struct Sentence;

#[pymethods]
impl Sentence {
    /// The top-level inline nodes (figures, links, link placeholders, quotations), in order.
    fn inlines(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(slf.py(), n.sentence()?.inlines().map(NodeRef::Inline))
    }

    /// Every figure in the sentence, those inside quotations included, in order.
    fn figures(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(slf.py(), figures_in([n.sentence()?]))
    }

    /// The paragraph the sentence is in, or None for a heading's title.
    #[getter]
    fn paragraph(slf: PyRef<'_, Self>) -> PyResult<Option<Py<PyAny>>> {
        let n = slf.as_ref();
        let p = n.sentence()?.paragraph();
        p.map(|p| n.wrap(slf.py(), NodeRef::Paragraph(p)))
            .transpose()
    }

    /// The heading whose title this sentence is, or None.
    #[getter]
    fn heading(slf: PyRef<'_, Self>) -> PyResult<Option<Py<PyAny>>> {
        let n = slf.as_ref();
        let h = n.sentence()?.heading();
        h.map(|h| n.wrap(slf.py(), NodeRef::Heading(h))).transpose()
    }

    /// What the sentence does (its speech act) and the cue that decided it; runs the
    /// document's analysis if it has not run yet.
    #[getter]
    fn act(slf: PyRef<'_, Self>) -> PyResult<Py<crate::analysis::SpeechAct>> {
        let n = slf.as_ref();
        crate::analysis::SpeechAct::new(slf.py(), &n.parsed, n.sentence()?.id())
    }

    /// The turn the sentence is spoken in, or None in narrative text and headings.
    #[getter]
    fn turn(slf: PyRef<'_, Self>) -> PyResult<Option<Py<PyAny>>> {
        let n = slf.as_ref();
        let t = n.sentence()?.turn();
        t.map(|t| n.wrap(slf.py(), NodeRef::Turn(t))).transpose()
    }
}

/// Consecutive turns of speech.
#[pyclass(module = "speechmark", extends = Node, frozen)]
pub struct Dialogue;

#[pymethods]
impl Dialogue {
    /// The turns, in order.
    fn turns(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(slf.py(), n.dialogue()?.turns().map(NodeRef::Turn))
    }
}

/// One speaker's turn: a label and what they said.
#[pyclass(module = "speechmark", extends = Node, frozen)]
pub struct Turn;

#[pymethods]
impl Turn {
    /// The speaker label ("Putin:").
    #[getter]
    fn label(slf: PyRef<'_, Self>) -> PyResult<Py<PyAny>> {
        let n = slf.as_ref();
        n.wrap(slf.py(), NodeRef::SpeakerLabel(n.turn()?))
    }

    /// The speaker's name as printed in the label ("Prime Minister Sharif").
    #[getter]
    fn speaker_text<'py>(slf: PyRef<'py, Self>) -> PyResult<Bound<'py, PyString>> {
        let n = slf.as_ref();
        n.slice(slf.py(), n.turn()?.label().name)
    }

    /// Who speaks: the document's `Speaker` for this turn (the fullest name and the role the
    /// text gives); runs the document's analysis if it has not run yet.
    #[getter]
    fn speaker(slf: PyRef<'_, Self>) -> PyResult<Option<Py<crate::analysis::Speaker>>> {
        let n = slf.as_ref();
        let turn = n.turn()?.id();
        let index = n.parsed.analysis(slf.py()).speaker_of(turn);
        index
            .map(|i| crate::analysis::Speaker::new(slf.py(), &n.parsed, i))
            .transpose()
    }

    /// What the speaker said.
    #[getter]
    fn utterance(slf: PyRef<'_, Self>) -> PyResult<Py<PyAny>> {
        let n = slf.as_ref();
        n.wrap(slf.py(), NodeRef::Utterance(n.turn()?.utterance()))
    }

    /// The paragraphs of the utterance, in order.
    fn paragraphs(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(slf.py(), n.turn()?.paragraphs().map(NodeRef::Paragraph))
    }

    /// Every sentence of the utterance, in order.
    fn sentences(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        let sentences = n.turn()?.paragraphs().flat_map(|p| p.sentences());
        n.wrap_all(slf.py(), sentences.map(NodeRef::Sentence))
    }

    /// Every figure of the utterance, in order.
    fn figures(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        let sentences = n.turn()?.paragraphs().flat_map(|p| p.sentences());
        n.wrap_all(slf.py(), figures_in(sentences))
    }

    /// The dialogue the turn belongs to.
    #[getter]
    fn dialogue(slf: PyRef<'_, Self>) -> PyResult<Py<PyAny>> {
        let n = slf.as_ref();
        n.wrap(slf.py(), NodeRef::Dialogue(n.turn()?.dialogue()))
    }
}

/// The label that opens a turn: `Putin:`, `Prime Minister Sharif:`, `Q:`, `MS. SMITH:`.
#[pyclass(module = "speechmark", extends = Node, frozen)]
pub struct SpeakerLabel;

#[pymethods]
impl SpeakerLabel {
    /// The name as printed, with any title.
    #[getter]
    fn name<'py>(slf: PyRef<'py, Self>) -> PyResult<Bound<'py, PyString>> {
        let n = slf.as_ref();
        n.slice(slf.py(), n.turn()?.label().name)
    }

    /// The name's span in code points.
    #[getter]
    fn name_span(slf: PyRef<'_, Self>) -> PyResult<(u32, u32)> {
        let n = slf.as_ref();
        n.chars(n.turn()?.label().name)
    }

    /// What stands before the name, or None: a broadcast transcript's ">>", a timestamp
    /// ("[00:01:09]", "(01:15)") or both (">> [00:02]").
    #[getter]
    fn lead<'py>(slf: PyRef<'py, Self>) -> PyResult<Option<Bound<'py, PyString>>> {
        let n = slf.as_ref();
        let lead = n.turn()?.label().lead;
        lead.map(|l| n.slice(slf.py(), l)).transpose()
    }

    /// A parenthetical after the name, such as "(answering a question)", or None.
    #[getter]
    fn aside<'py>(slf: PyRef<'py, Self>) -> PyResult<Option<Bound<'py, PyString>>> {
        let n = slf.as_ref();
        let aside = n.turn()?.label().aside;
        aside.map(|a| n.slice(slf.py(), a)).transpose()
    }

    /// The form of the label: "name", "upper", "generic" or "record".
    #[getter]
    fn style(slf: PyRef<'_, Self>) -> PyResult<&'static str> {
        Ok(slf.as_ref().turn()?.label().style.as_str())
    }

    /// The turn the label opens.
    #[getter]
    fn turn(slf: PyRef<'_, Self>) -> PyResult<Py<PyAny>> {
        let n = slf.as_ref();
        n.wrap(slf.py(), NodeRef::Turn(n.turn()?))
    }
}

/// What a speaker said in one turn: its quotation marks, if quoted, and its paragraphs.
#[pyclass(module = "speechmark", extends = Node, frozen)]
pub struct Utterance;

#[pymethods]
impl Utterance {
    /// The span of the opening quotation mark, or None when the utterance is not quoted.
    #[getter]
    fn open_span(slf: PyRef<'_, Self>) -> PyResult<Option<(u32, u32)>> {
        let n = slf.as_ref();
        n.chars_opt(n.utterance()?.open())
    }

    /// The span of the closing quotation mark, or None.
    #[getter]
    fn close_span(slf: PyRef<'_, Self>) -> PyResult<Option<(u32, u32)>> {
        let n = slf.as_ref();
        n.chars_opt(n.utterance()?.close())
    }

    /// The paragraphs of speech, quotation marks excluded.
    fn paragraphs(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        n.wrap_all(
            slf.py(),
            n.utterance()?.paragraphs().map(NodeRef::Paragraph),
        )
    }

    /// The turn the utterance belongs to.
    #[getter]
    fn turn(slf: PyRef<'_, Self>) -> PyResult<Py<PyAny>> {
        let n = slf.as_ref();
        n.wrap(slf.py(), NodeRef::Turn(n.utterance()?.turn()))
    }
}

/// A URL or e-mail address in the text.
#[pyclass(module = "speechmark", extends = Node, frozen)]
pub struct Link;

impl Link {
    fn link(n: &Node) -> PyResult<&speechmark::Link> {
        n.inline()?
            .as_link()
            .ok_or_else(|| pyo3::exceptions::PyRuntimeError::new_err("not a link"))
    }
}

#[pymethods]
impl Link {
    /// The address as printed, without angle brackets or trailing punctuation.
    #[getter]
    fn target<'py>(slf: PyRef<'py, Self>) -> PyResult<Bound<'py, PyString>> {
        let n = slf.as_ref();
        n.slice(slf.py(), Link::link(n)?.target)
    }

    /// The address's span in code points.
    #[getter]
    fn target_span(slf: PyRef<'_, Self>) -> PyResult<(u32, u32)> {
        let n = slf.as_ref();
        n.chars(Link::link(n)?.target)
    }

    /// How the address is written: "url", "web" or "email".
    #[getter]
    fn form(slf: PyRef<'_, Self>) -> PyResult<&'static str> {
        Ok(Link::link(slf.as_ref())?.form.as_str())
    }

    /// The address as a URL (`https://` before a bare web address, `mailto:` before an e-mail).
    #[getter]
    fn href(slf: PyRef<'_, Self>) -> PyResult<Option<String>> {
        let n = slf.as_ref();
        Ok(Link::link(n)?.href(n.parsed.text()))
    }
}

/// Text that stood for a link whose target was lost ("click here").
#[pyclass(module = "speechmark", extends = Node, frozen)]
pub struct LinkPlaceholder;

#[pymethods]
impl LinkPlaceholder {
    /// "anchor" for inline text such as "click here"; "empty_section" for the title of a
    /// "Further Reading" section with nothing under it.
    #[getter]
    fn placeholder(slf: PyRef<'_, Self>) -> PyResult<&'static str> {
        let p = slf
            .as_ref()
            .inline()?
            .as_link_placeholder()
            .map(|p| p.placeholder);
        p.map(|p| p.as_str())
            .ok_or_else(|| pyo3::exceptions::PyRuntimeError::new_err("not a link placeholder"))
    }
}

/// A quotation inside a sentence.
#[pyclass(module = "speechmark", extends = Node, frozen)]
pub struct Quote;

impl Quote {
    fn marks(n: &Node) -> PyResult<[speechmark::Span; 2]> {
        let q = n
            .inline()?
            .as_quote()
            .ok_or_else(|| pyo3::exceptions::PyRuntimeError::new_err("not a quotation"))?;
        Ok([q.open(), q.close()])
    }
}

#[pymethods]
impl Quote {
    /// The opening mark's span in code points.
    #[getter]
    fn open_span(slf: PyRef<'_, Self>) -> PyResult<(u32, u32)> {
        let n = slf.as_ref();
        n.chars(Quote::marks(n)?[0])
    }

    /// The closing mark's span in code points.
    #[getter]
    fn close_span(slf: PyRef<'_, Self>) -> PyResult<(u32, u32)> {
        let n = slf.as_ref();
        n.chars(Quote::marks(n)?[1])
    }

    /// The inline nodes directly inside the quotation.
    fn inlines(slf: PyRef<'_, Self>) -> PyResult<Vec<Py<PyAny>>> {
        let n = slf.as_ref();
        let inner = n.inline()?.children().map(NodeRef::Inline);
        n.wrap_all(slf.py(), inner)
    }
}
