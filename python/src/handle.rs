//! [`Handle`]: a node named by plain numbers, so that a Python object can hold it without
//! borrowing the document, and find its view again on every call.

use speechmark::{Document, NodeRef};

/// Which node: its kind and its index among the nodes of that kind (the index of its typed
/// id in the crate). An inline node also names its sentence, which finds it in constant time.
///
/// A new kind of node in the crate (speakers, claims) becomes a new variant here and a new
/// class in `node.rs`; nothing else changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Handle {
    Document,
    Heading(usize),
    Separator(usize),
    PageMarker(usize),
    Paragraph(usize),
    Sentence(usize),
    Dialogue(usize),
    Turn(usize),
    SpeakerLabel(usize),
    Utterance(usize),
    Inline { sentence: usize, inline: usize },
}

impl Handle {
    /// The handle of a node, or `None` for a kind this version does not know.
    pub fn of(node: NodeRef<'_>) -> Option<Handle> {
        Some(match node {
            NodeRef::Document(_) => Handle::Document,
            NodeRef::Heading(h) => Handle::Heading(h.id().index()),
            NodeRef::Separator(s) => Handle::Separator(s.id().index()),
            NodeRef::PageMarker(m) => Handle::PageMarker(m.id().index()),
            NodeRef::Paragraph(p) => Handle::Paragraph(p.id().index()),
            NodeRef::Sentence(s) => Handle::Sentence(s.id().index()),
            NodeRef::Dialogue(d) => Handle::Dialogue(d.id().index()),
            NodeRef::Turn(t) => Handle::Turn(t.id().index()),
            NodeRef::SpeakerLabel(t) => Handle::SpeakerLabel(t.id().index()),
            NodeRef::Utterance(u) => Handle::Utterance(u.turn().id().index()),
            NodeRef::Inline(i) => Handle::Inline {
                sentence: i.sentence().id().index(),
                inline: i.id().index(),
            },
            _ => return None,
        })
    }

    /// The node's view in `doc`. The flat queries are ranges mapped to views, so `nth` only
    /// steps a counter.
    pub fn get(self, doc: &Document) -> Option<NodeRef<'_>> {
        Some(match self {
            Handle::Document => doc.root(),
            Handle::Heading(i) => NodeRef::Heading(doc.headings().nth(i)?),
            Handle::Separator(i) => NodeRef::Separator(doc.separators().nth(i)?),
            Handle::PageMarker(i) => NodeRef::PageMarker(doc.page_markers().nth(i)?),
            Handle::Paragraph(i) => NodeRef::Paragraph(doc.paragraphs().nth(i)?),
            Handle::Sentence(i) => NodeRef::Sentence(doc.sentences().nth(i)?),
            Handle::Dialogue(i) => NodeRef::Dialogue(doc.dialogues().nth(i)?),
            Handle::Turn(i) => NodeRef::Turn(doc.turns().nth(i)?),
            Handle::SpeakerLabel(i) => NodeRef::SpeakerLabel(doc.turns().nth(i)?),
            Handle::Utterance(i) => NodeRef::Utterance(doc.turns().nth(i)?.utterance()),
            Handle::Inline { sentence, inline } => {
                let s = doc.sentences().nth(sentence)?;
                let first = s.descendants().next()?.id().index();
                NodeRef::Inline(s.descendants().nth(inline.checked_sub(first)?)?)
            }
        })
    }

    /// The node's index among the nodes of its kind (0 for the document).
    pub fn index(self) -> usize {
        match self {
            Handle::Document => 0,
            Handle::Heading(i)
            | Handle::Separator(i)
            | Handle::PageMarker(i)
            | Handle::Paragraph(i)
            | Handle::Sentence(i)
            | Handle::Dialogue(i)
            | Handle::Turn(i)
            | Handle::SpeakerLabel(i)
            | Handle::Utterance(i) => i,
            Handle::Inline { inline, .. } => inline,
        }
    }
}
