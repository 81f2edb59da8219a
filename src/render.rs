//! A compact, deterministic text rendering of the tree: one node a line, for snapshots and
//! for reading.

use crate::analysis::Analysis;
use crate::ast::{Document, Inline, NodeId, NodeRef};
use crate::span::Span;
use std::fmt::Write;

/// How many characters of a node's text the rendering shows.
const EXCERPT_CHARS: usize = 40;

impl Document {
    /// Renders the tree as text, one node a line: indentation for depth, the kind, the span,
    /// the node's facts as `key=value`, and a short excerpt of its text. Diagnostics follow,
    /// one a line. The output depends only on the tree and the source, so it is stable across
    /// platforms and suits snapshot tests.
    ///
    /// ```
    /// let text = "Putin: “Yes.”";
    /// let doc = speechmark::parse(text);
    /// assert_eq!(
    ///     doc.render(text),
    ///     "document 0..17 layout=line_per_paragraph
    ///   dialogue 0..17 \"Putin: “Yes.”\"
    ///     turn 0..17 \"Putin: “Yes.”\"
    ///       speaker_label 0..6 name=0..5 punct=5..6 style=name \"Putin:\"
    ///       utterance 7..17 open=7..10 close=14..17 \"“Yes.”\"
    ///         paragraph 10..14 \"Yes.\"
    ///           sentence 10..14 \"Yes.\"
    /// "
    /// );
    /// ```
    #[must_use]
    pub fn render(&self, source: &str) -> String {
        self.render_inner(source, None)
    }

    /// [`Document::render`] with the document's [`Analysis`]: every sentence line gains its
    /// act and cue (`act=assertion cue=past_event@14..20`), every turn its speaker, and after
    /// the tree come the speakers and the claims, one a line.
    ///
    /// ```
    /// let text = "Kral: Exports grew by 4%.";
    /// let doc = speechmark::parse(text);
    /// let analysis = speechmark::analyze(&doc, text);
    /// let out = doc.render_with(text, &analysis);
    /// assert!(out.contains("    turn 0..25 speaker=0 "));
    /// assert!(out.contains("sentence 6..25 act=assertion cue=figure@22..23 "));
    /// assert!(out.contains("speaker 0 name=0..4 \"Kral\" turns=0"));
    /// assert!(out.contains("claim 6..25 sentence=0 speaker=0 figures=22..24 cue=figure@22..23"));
    /// ```
    #[must_use]
    pub fn render_with(&self, source: &str, analysis: &Analysis) -> String {
        self.render_inner(source, Some(analysis))
    }

    fn render_inner(&self, source: &str, analysis: Option<&Analysis>) -> String {
        let mut out = String::new();
        for (depth, node) in self.nodes() {
            let _ = write!(
                out,
                "{:indent$}{} {}",
                "",
                node.kind().as_str(),
                node.span(),
                indent = depth * 2
            );
            for (key, span) in node.fields() {
                let _ = write!(out, " {key}={span}");
            }
            for (key, value) in attributes(node) {
                let _ = write!(out, " {key}={value}");
            }
            if let Some(a) = analysis {
                analysis_attributes(&mut out, node, a);
            }
            if !matches!(node, NodeRef::Document(_)) {
                out.push(' ');
                excerpt(&mut out, source, node.span());
            }
            out.push('\n');
        }
        if let Some(a) = analysis {
            analysis_lines(&mut out, self, source, a);
        }
        for d in self.diagnostics() {
            let _ = writeln!(out, "diagnostic {} {} {:?}", d.span, d.code, d.message);
        }
        out
    }
}

/// A sentence's act and cue, a turn's speaker.
fn analysis_attributes(out: &mut String, node: NodeRef<'_>, analysis: &Analysis) {
    match node.id() {
        NodeId::Sentence(s) => {
            if let Some(a) = analysis.act(s) {
                let _ = write!(out, " act={} cue={}@{}", a.act, a.cue.reason, a.cue.span);
            }
        }
        NodeId::Turn(t) => {
            if let Some(i) = analysis.speaker_of(t) {
                let _ = write!(out, " speaker={i}");
            }
        }
        _ => {}
    }
}

/// The speakers and the claims, one a line.
fn analysis_lines(out: &mut String, doc: &Document, source: &str, analysis: &Analysis) {
    for (i, s) in analysis.speakers().iter().enumerate() {
        let _ = write!(out, "speaker {i} name={} ", s.name.span);
        excerpt(out, source, s.name.span);
        if let Some(role) = &s.role {
            let _ = write!(out, " role={} ", role.span);
            excerpt(out, source, role.span);
        }
        if s.anonymous {
            out.push_str(" anonymous");
        }
        let _ = writeln!(
            out,
            " turns={}",
            joined(s.labels.iter().map(ToString::to_string))
        );
    }
    for c in analysis.claims(doc) {
        let speaker = c
            .speaker_index()
            .map_or_else(|| "narrator".to_owned(), |i| i.to_string());
        let figures = joined(c.figures().map(|f| f.span.to_string()));
        let cue = c.cue();
        let _ = write!(
            out,
            "claim {} sentence={} speaker={speaker}",
            c.span(),
            c.sentence().id().index()
        );
        if !figures.is_empty() {
            let _ = write!(out, " figures={figures}");
        }
        let _ = write!(out, " cue={}@{} ", cue.reason, cue.span);
        excerpt(out, source, c.span());
        out.push('\n');
    }
}

/// Items separated by commas.
fn joined(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(",")
}

/// The node's facts as `key=value` pairs, in a fixed order.
fn attributes(node: NodeRef<'_>) -> Vec<(&'static str, String)> {
    match node {
        NodeRef::Document(d) => vec![("layout", d.layout().as_str().to_owned())],
        NodeRef::Heading(h) => {
            let mut a: Vec<_> = h
                .level()
                .map(|l| ("level", l.to_string()))
                .into_iter()
                .collect();
            a.extend(
                h.placeholder()
                    .map(|p| ("placeholder", p.as_str().to_owned())),
            );
            a
        }
        NodeRef::SpeakerLabel(t) => vec![("style", t.label().style.as_str().to_owned())],
        NodeRef::Inline(i) => match i.get() {
            Inline::Link(l) => vec![("form", l.form.as_str().to_owned())],
            Inline::LinkPlaceholder(p) => {
                vec![("placeholder", p.placeholder.as_str().to_owned())]
            }
            Inline::Figure(f) => {
                let mut a = vec![("figure", f.figure.as_str().to_owned())];
                a.extend(f.value.map(|v| ("value", v.to_string())));
                a.extend(f.to.map(|v| ("to", v.to_string())));
                a.extend(f.currency.map(|c| ("currency", c.code().to_owned())));
                if f.currency_assumed {
                    a.push(("currency_assumed", "true".to_owned()));
                }
                a.extend(f.unit.as_ref().map(|u| ("unit", u.to_string())));
                a.extend(f.date.map(|d| ("date", d.to_string())));
                a.extend(f.fraction.map(|q| ("fraction", q.to_string())));
                a.extend(
                    f.direction
                        .map(|d| ("direction", d.sense.as_str().to_owned())),
                );
                a
            }
            Inline::Quote(_) => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Writes up to [`EXCERPT_CHARS`] characters of the span's text, escaped, in quotes.
fn excerpt(out: &mut String, source: &str, span: Span) {
    let text = span.slice(source).unwrap_or("");
    out.push('"');
    let mut chars = text.chars();
    for c in chars.by_ref().take(EXCERPT_CHARS) {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() || c == '\u{feff}' || c == '\u{a0}' => {
                out.extend(c.escape_default());
            }
            c => out.push(c),
        }
    }
    if chars.next().is_some() {
        out.push('…');
    }
    out.push('"');
}
