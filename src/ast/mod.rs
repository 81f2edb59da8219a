//! The syntax tree: every node owns spans into the source, never copies of its text.
//!
//! In JSON every node is an object with a `"kind"` (the node's name in snake_case) and a
//! `"span"` (`[start, end]` in bytes), so tools in other languages can walk it without these
//! types.

mod decimal;
mod figure;
mod inline;
mod link;
pub(crate) mod walk;

pub use decimal::{Decimal, ParseDecimalError};
pub use figure::{Currency, Direction, Figure, FigureKind, Fraction, IsoDate, Sense};
pub use inline::{Inline, MAX_QUOTE_DEPTH, Quote};
pub use link::{Link, LinkForm, LinkPlaceholder, PlaceholderKind};

use crate::diagnostic::Diagnostic;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// A parsed document: its blocks in order, and what was odd about the input.
///
/// ```
/// let doc = speechmark::parse("Summary\nTrade grew.\n");
/// assert_eq!(doc.blocks.len(), 2);
/// assert_eq!(doc.span, speechmark::Span::new(0, 20));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "document")]
pub struct Document {
    /// The whole input: always `[0, len)`.
    pub span: Span,
    /// The paragraph layout the parser used (detected, or forced by the options).
    pub layout: Layout,
    /// Top-level blocks in document order. The text between them (blank lines, line breaks,
    /// indentation, a byte-order mark) is the gaps that [`Document::pieces`] yields.
    pub blocks: Vec<Block>,
    /// What was odd about the input, in order of position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// Every turn of every dialogue, in document order: the exchange without the blocks
    /// around it.
    ///
    /// ```
    /// let text = "Talks went on.\nQ: Why?\nA: Because.\n";
    /// let doc = speechmark::parse(text);
    /// let speakers: Vec<_> = doc.turns().filter_map(|t| t.label.name.slice(text)).collect();
    /// assert_eq!(speakers, ["Q", "A"]);
    /// ```
    pub fn turns(&self) -> impl Iterator<Item = &Turn> {
        self.blocks.iter().flat_map(|block| match block {
            Block::Dialogue(d) => d.turns.iter(),
            _ => [].iter(),
        })
    }

    /// The document [`parse`](crate::parse) gives for an input too long for spans: no blocks,
    /// one diagnostic.
    pub(crate) fn too_large(err: &crate::Error) -> Self {
        Document {
            span: Span::empty(0),
            layout: Layout::LinePerParagraph,
            blocks: Vec::new(),
            diagnostics: vec![Diagnostic::new(
                Span::empty(0),
                crate::DiagnosticCode::InputTooLarge,
                err.to_string(),
            )],
        }
    }
}

/// How paragraphs are laid out in the text.
///
/// ```
/// use speechmark::{parse, Layout};
///
/// assert_eq!(parse("One paragraph.\nAnother one.\n").layout, Layout::LinePerParagraph);
/// let wrapped = "A paragraph that was wrapped\nat a fixed width by the exporter\nand goes on.\n\nNext.\n";
/// assert_eq!(parse(wrapped).layout, Layout::BlankLineSeparated);
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

/// A top-level block.
///
/// ```
/// use speechmark::{parse, Block};
///
/// let doc = parse("Summary\nPutin: “Hello.”\n");
/// assert!(matches!(doc.blocks[0], Block::Heading(_)));
/// assert!(matches!(doc.blocks[1], Block::Dialogue(_)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Block {
    /// A standalone title line.
    Heading(Heading),
    /// Narrative text.
    Paragraph(Paragraph),
    /// Consecutive turns.
    Dialogue(Dialogue),
    /// A scene break such as `* * *`.
    Separator(Separator),
}

impl Block {
    /// The block's span.
    ///
    /// ```
    /// let doc = speechmark::parse("Summary\n");
    /// assert_eq!(doc.blocks[0].span(), speechmark::Span::new(0, 7));
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        match self {
            Block::Heading(h) => h.span,
            Block::Paragraph(p) => p.span,
            Block::Dialogue(d) => d.span,
            Block::Separator(s) => s.span,
        }
    }
}

/// A standalone title line: a bare line such as `Summary` or an ATX line such as `## Summary`.
///
/// ```
/// use speechmark::{parse, Block};
///
/// let doc = parse("## Further Reading\n");
/// let Block::Heading(h) = &doc.blocks[0] else { panic!() };
/// assert_eq!(h.level, Some(2));
/// assert_eq!(h.text.slice("## Further Reading\n"), Some("Further Reading"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "heading")]
pub struct Heading {
    /// The whole line, markers included, trailing whitespace excluded.
    pub span: Span,
    /// The title text without `#` markers.
    pub text: Span,
    /// The number of `#` markers, or `None` for a bare title line.
    pub level: Option<u8>,
    /// Set when the heading announces links (`Further Reading`, `See also`, ...) but nothing
    /// stands under it: the links were lost when the page became text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<PlaceholderKind>,
}

/// A scene or section break: `* * *`, `***`, `---`, `<…>` standing alone is a paragraph.
///
/// ```
/// use speechmark::{parse, Block};
/// assert!(matches!(parse("* * *\n").blocks[0], Block::Separator(_)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "separator")]
pub struct Separator {
    /// The separator line, trailing whitespace excluded.
    pub span: Span,
}

/// A paragraph of text, split into sentences.
///
/// ```
/// use speechmark::{parse, Block};
///
/// let doc = parse("Trade grew. It was a good year.\n");
/// let Block::Paragraph(p) = &doc.blocks[0] else { panic!() };
/// assert_eq!(p.span, speechmark::Span::new(0, 31));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "paragraph")]
pub struct Paragraph {
    /// From the first to the last non-whitespace character. Inside a quoted utterance the
    /// quotation marks that open or close it are outside the paragraph.
    pub span: Span,
    /// The paragraph's sentences, in order.
    pub sentences: Vec<Sentence>,
}

/// A sentence and its inline nodes.
///
/// ```
/// use speechmark::{parse, Block};
///
/// let text = "Trade grew. It was a good year.";
/// let doc = parse(text);
/// let Block::Paragraph(p) = &doc.blocks[0] else { panic!() };
/// let sentences: Vec<_> = p.sentences.iter().map(|s| s.span.slice(text).unwrap()).collect();
/// assert_eq!(sentences, ["Trade grew.", "It was a good year."]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "sentence")]
pub struct Sentence {
    /// From the first to the last non-whitespace character, closing quotes and brackets that
    /// end the sentence included.
    pub span: Span,
    /// Figures, links, link placeholders and quotations, in order; they do not overlap.
    pub inlines: Vec<Inline>,
}

/// Consecutive turns of speech.
///
/// ```
/// use speechmark::{parse, Block};
///
/// let doc = parse("Q: Is it true?\nA: It is.\n");
/// let Block::Dialogue(d) = &doc.blocks[0] else { panic!() };
/// assert_eq!(d.turns.len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "dialogue")]
pub struct Dialogue {
    /// From the first turn's label to the end of the last turn.
    pub span: Span,
    /// The turns, in order.
    pub turns: Vec<Turn>,
}

/// One speaker's turn: a label and what they said.
///
/// ```
/// use speechmark::{parse, Block};
///
/// let text = "Putin: “Good afternoon.”";
/// let doc = parse(text);
/// let Block::Dialogue(d) = &doc.blocks[0] else { panic!() };
/// let turn = &d.turns[0];
/// assert_eq!(turn.label.name.slice(text), Some("Putin"));
/// assert_eq!(turn.utterance.paragraphs[0].span.slice(text), Some("Good afternoon."));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "turn")]
pub struct Turn {
    /// From the label to the end of the utterance (its closing mark, if any).
    pub span: Span,
    /// Who speaks.
    pub label: SpeakerLabel,
    /// What they say.
    pub utterance: Utterance,
}

/// The label that opens a turn: `Putin:`, `Prime Minister Sharif:`, `Q:`, `MR. SMITH:`,
/// `Vladimir Putin (answering a question):`, or the Congressional Record's `Mr. SMITH.`.
///
/// ```
/// use speechmark::{parse, Block};
///
/// let text = "Vladimir Putin (answering a question): Yes.";
/// let doc = parse(text);
/// let Block::Dialogue(d) = &doc.blocks[0] else { panic!() };
/// let label = &d.turns[0].label;
/// assert_eq!(label.name.slice(text), Some("Vladimir Putin"));
/// assert_eq!(label.aside.and_then(|s| s.slice(text)), Some("(answering a question)"));
/// assert_eq!(label.punct.slice(text), Some(":"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "speaker_label")]
pub struct SpeakerLabel {
    /// From the name to the punctuation that ends the label, inclusive.
    pub span: Span,
    /// The name as printed, with any title: `President of Russia Vladimir Putin`.
    pub name: Span,
    /// A parenthetical after the name, such as `(answering a question)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aside: Option<Span>,
    /// The `:` (or, in Congressional Record style, the `.`) that ends the label.
    pub punct: Span,
    /// Which form of label this is.
    pub style: LabelStyle,
}

/// The form of a speaker label.
///
/// ```
/// use speechmark::{parse, Block, LabelStyle};
///
/// let doc = parse("Q: Ready?\n");
/// let Block::Dialogue(d) = &doc.blocks[0] else { panic!() };
/// assert_eq!(d.turns[0].label.style, LabelStyle::Generic);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelStyle {
    /// A name, possibly with a title: `Putin:`, `Prime Minister Sharif:`.
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

/// What a speaker said in one turn.
///
/// ```
/// use speechmark::{parse, Block};
///
/// let text = "Putin: “First.\nSecond.”\n";
/// let doc = parse(text);
/// let Block::Dialogue(d) = &doc.blocks[0] else { panic!() };
/// let u = &d.turns[0].utterance;
/// assert_eq!(u.open.and_then(|s| s.slice(text)), Some("“"));
/// assert_eq!(u.close.and_then(|s| s.slice(text)), Some("”"));
/// assert_eq!(u.paragraphs.len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "utterance")]
pub struct Utterance {
    /// From the opening mark (or the first paragraph) to the closing mark (or the end of the
    /// last paragraph). Empty, at the end of the label, when the label has nothing after it.
    pub span: Span,
    /// The quotation mark that opens the utterance, if it is quoted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open: Option<Span>,
    /// Opening marks that re-open the quotation at the start of later paragraphs (the usual
    /// English convention for a quotation over several paragraphs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reopen: Vec<Span>,
    /// The quotation mark that closes the utterance, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close: Option<Span>,
    /// The paragraphs of speech, quotation marks excluded.
    pub paragraphs: Vec<Paragraph>,
}

crate::serde_tag::deserialize_by_kind!(Block, BlockRepr {
    "heading" => Heading(Heading),
    "paragraph" => Paragraph(Paragraph),
    "dialogue" => Dialogue(Dialogue),
    "separator" => Separator(Separator),
});
