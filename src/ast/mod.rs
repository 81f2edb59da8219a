//! The syntax tree: the public types, the flat per-document storage, and the views over it.
//!
//! Every node keeps spans into the source, never copies of its text. The storage is flat and
//! per document ([`Document`]: one array per node kind, children as contiguous ranges); users
//! read it through typed `Copy` views ([`TurnRef`], [`SentenceRef`], ...), a uniform
//! [`NodeRef`] with a [`NodeKind`], typed ids to key side tables on, plain slices of links
//! ([`Document::links`]) and figures built on access ([`Document::figures`]: the document
//! stores them compactly). Leaf data ([`Figure`], [`Link`], [`LinkPlaceholder`],
//! [`SpeakerLabel`]) are plain public structs.
//!
//! In JSON every node is an object with a `"kind"` (the node's name in snake_case, as
//! [`NodeKind::as_str`]) and a `"span"` (`[start, end]` in bytes), children nested under
//! their parent, so tools in other languages can walk it without these types.

mod append;
mod blocks;
mod compact;
mod decimal;
mod document;
mod figure;
mod figures;
mod fraction;
mod ids;
mod inline;
mod kind;
mod link;
mod node;
mod serde;
mod turns;
mod views;
mod walk;

pub use blocks::BlockRef;
pub use decimal::{Decimal, ParseDecimalError};
pub use document::Document;
pub use figure::{Currency, Direction, Figure, FigureKind, IsoDate, Sense};
pub use figures::Figures;
pub use fraction::Fraction;
pub use ids::{
    DialogueId, HeadingId, InlineId, PageMarkerId, ParagraphId, SentenceId, SeparatorId, TurnId,
};
pub use inline::{Inline, InlineRef, InlineSiblings, MAX_QUOTE_DEPTH, QuoteRef};
pub use kind::NodeKind;
pub use link::{Link, LinkForm, LinkPlaceholder, PlaceholderKind};
pub use node::{Children as NodeChildren, Fields, NodeId, NodeRef};
pub use serde::FORMAT_VERSION;
pub use turns::{DialogueRef, TurnRef, UtteranceRef};
pub use views::{HeadingRef, PageMarkerRef, ParagraphRef, SentenceRef, SeparatorRef};
pub use walk::Nodes;

use crate::span::Span;
use ::serde::{Deserialize, Serialize};

/// How paragraphs are laid out in the text.
///
/// ```
/// use speechmark::{parse, Layout};
///
/// assert_eq!(parse("One paragraph.\nAnother one.\n").layout(), Layout::LinePerParagraph);
/// let wrapped = "A paragraph that was wrapped\nat a fixed width by the exporter\nand goes on.\n\nNext.\n";
/// assert_eq!(parse(wrapped).layout(), Layout::BlankLineSeparated);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    /// One paragraph per line (web copy): every non-blank line is a block.
    LinePerParagraph,
    /// Paragraphs separated by blank lines (or by a first-line indent), hard-wrapped over
    /// several lines (plain-text exports).
    BlankLineSeparated,
}

impl Layout {
    /// The layout's name, as in JSON.
    ///
    /// ```
    /// assert_eq!(speechmark::Layout::LinePerParagraph.as_str(), "line_per_paragraph");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Layout::LinePerParagraph => "line_per_paragraph",
            Layout::BlankLineSeparated => "blank_line_separated",
        }
    }
}

/// The label that opens a turn: `Putin:`, `Prime Minister Sharif:`, `Q:`, `MR. SMITH:`,
/// `Vladimir Putin (answering a question):`, or the Congressional Record's `Mr. SMITH.`.
///
/// ```
/// let text = "Vladimir Putin (answering a question): Yes.";
/// let doc = speechmark::parse(text);
/// let label = doc.turns().next().unwrap().label();
/// assert_eq!(label.name.slice(text), Some("Vladimir Putin"));
/// assert_eq!(label.aside.and_then(|s| s.slice(text)), Some("(answering a question)"));
/// assert_eq!(label.punct.slice(text), Some(":"));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "speaker_label")]
pub struct SpeakerLabel {
    /// From the label's start to the punctuation that ends it, inclusive: from the
    /// [`lead`](Self::lead) if there is one, else from the name; to the time after the
    /// punctuation when a transcription service prints one there (`Ana Reyes: (00:01)`).
    pub span: Span,
    /// What stands before the name: a broadcast transcript's `>>`, a timestamp
    /// (`[00:01:09]`, `(01:15)`, `01:09`), or both (`>> [00:02]`), the number of a
    /// question in Hansard (`1.`), a WebVTT voice tag's `<v`, or the `[` of a bracketed name
    /// (`[Kofi Mensah] 14:02:33`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<Span>,
    /// The name as printed, with any title: `President of Russia Vladimir Putin`.
    pub name: Span,
    /// A parenthetical after the name, such as `(answering a question)`, or the time a
    /// transcript gives the turn: `Ana Reyes (00:04):`, `Speaker 1  0:00` on a line of its
    /// own, or after the punctuation, `Ana Reyes: (00:01)`, `[Kofi Mensah] 14:02:33` (the
    /// only part that may follow [`punct`](Self::punct)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aside: Option<Span>,
    /// The `:` (or, in Congressional Record style and in a transcript's `Q.` / `A.`, the
    /// `.`; in a WebVTT voice tag, the `>`; after a bracketed name, the `]`) that ends the label; an empty span right after
    /// the name when a wide gap ends it (a briefing's `Q    What did he say?`).
    pub punct: Span,
    /// Which form of label this is.
    pub style: LabelStyle,
}

/// The form of a speaker label.
///
/// ```
/// use speechmark::LabelStyle;
///
/// let doc = speechmark::parse("Q: Ready?\n");
/// assert_eq!(doc.turns().next().unwrap().label().style, LabelStyle::Generic);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelStyle {
    /// A name, possibly with a title: `Putin:`, `Prime Minister Sharif:`.
    #[default]
    Name,
    /// A name in capitals: `PUTIN:`, `MS. SMITH:`.
    Upper,
    /// A role rather than a person: `Q:`, `A:`, `Question:`, `Remark:`.
    Generic,
    /// The Congressional Record's `Mr. SMITH.` at the start of an indented paragraph.
    Record,
}

impl LabelStyle {
    /// The style's name, as in JSON.
    ///
    /// ```
    /// assert_eq!(speechmark::LabelStyle::Upper.as_str(), "upper");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            LabelStyle::Name => "name",
            LabelStyle::Upper => "upper",
            LabelStyle::Generic => "generic",
            LabelStyle::Record => "record",
        }
    }
}
