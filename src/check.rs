//! The span contract, checked: what every test (ours and our users') can assert about a tree.

use crate::ast::{BlockRef, Document, NodeRef};
use crate::lexical::is_space;
use crate::span::Span;
use std::fmt;

/// A broken promise of the span contract, found by [`Document::check`].
///
/// ```
/// use speechmark::{parse, Span};
///
/// let doc = parse("Summary\n");
/// // Checked against another text than the one it was parsed from:
/// let err = doc.check("Summ").unwrap_err();
/// assert_eq!(err.kind, "document");
/// assert_eq!(err.span, Span::new(0, 8));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContractError {
    /// The kind of the node (or `"document"`) where the contract breaks.
    pub kind: &'static str,
    /// The span of that node.
    pub span: Span,
    /// What is wrong.
    pub problem: String,
}

impl fmt::Display for ContractError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at {}: {}", self.kind, self.span, self.problem)
    }
}

impl std::error::Error for ContractError {}

/// A piece of the document's top level: a block, or the text between blocks.
///
/// ```
/// use speechmark::{parse, Piece};
///
/// let text = "Summary\n\nTrade grew.\n";
/// let doc = parse(text);
/// let rebuilt: String = doc.pieces().map(|p| p.span().slice(text).unwrap()).collect();
/// assert_eq!(rebuilt, text);
/// assert!(matches!(doc.pieces().nth(1), Some(Piece::Gap(_))));
/// ```
#[derive(Clone, Copy, Debug)]
pub enum Piece<'a> {
    /// A block.
    Block(BlockRef<'a>),
    /// Text between blocks (or before the first, or after the last): blank lines, line
    /// breaks, indentation, a byte-order mark.
    Gap(Span),
}

impl Piece<'_> {
    /// How many blank lines a gap holds (a block has none): the runs of blank lines that
    /// separate paragraphs in hard-wrapped text, or sections in web copy.
    ///
    /// ```
    /// let text = "Summary\n\n\nTrade grew.";
    /// let doc = speechmark::parse(text);
    /// let gaps: Vec<_> = doc.pieces().map(|p| p.blank_lines(text)).collect();
    /// assert_eq!(gaps, [0, 2, 0]);
    /// ```
    #[must_use]
    pub fn blank_lines(&self, source: &str) -> usize {
        match self {
            Piece::Block(_) => 0,
            Piece::Gap(span) => {
                let text = span.slice(source).unwrap_or("");
                let breaks = crate::parse::lines::Lines::new(text)
                    .filter(|l| l.next > l.end)
                    .count();
                breaks.saturating_sub(1)
            }
        }
    }

    /// The piece's span.
    ///
    /// ```
    /// let doc = speechmark::parse("A.\n");
    /// assert_eq!(doc.pieces().last().unwrap().span(), speechmark::Span::new(2, 3));
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        match self {
            Piece::Block(b) => b.span(),
            Piece::Gap(s) => *s,
        }
    }
}

/// Iterator over a document's top-level pieces; see [`Document::pieces`].
#[derive(Debug)]
pub struct Pieces<'a> {
    doc: &'a Document,
    next_block: usize,
    pending: Option<BlockRef<'a>>,
    pos: u32,
    end: u32,
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Piece<'a>;

    fn next(&mut self) -> Option<Piece<'a>> {
        let next = self.pending.take().or_else(|| {
            let b = *self.doc.blocks.get(self.next_block)?;
            self.next_block += 1;
            Some(BlockRef::new(self.doc, b))
        });
        match next {
            Some(b) if b.span().start > self.pos => {
                let gap = Span::new(self.pos, b.span().start);
                self.pending = Some(b);
                self.pos = b.span().start;
                Some(Piece::Gap(gap))
            }
            Some(b) => {
                self.pos = self.pos.max(b.span().end);
                Some(Piece::Block(b))
            }
            None if self.pos < self.end => {
                let gap = Span::new(self.pos, self.end);
                self.pos = self.end;
                Some(Piece::Gap(gap))
            }
            None => None,
        }
    }
}

impl Document {
    /// The top-level pieces in order: blocks and the gaps between them. Their spans tile the
    /// document: concatenating their text gives back the input byte for byte.
    ///
    /// ```
    /// let text = "\u{feff}Summary\r\n\r\nPutin: “Yes.”\r\n";
    /// let doc = speechmark::parse(text);
    /// let rebuilt: String = doc.pieces().filter_map(|p| p.span().slice(text)).collect();
    /// assert_eq!(rebuilt, text);
    /// ```
    #[must_use]
    pub fn pieces(&self) -> Pieces<'_> {
        Pieces {
            doc: self,
            next_block: 0,
            pending: None,
            pos: self.span().start,
            end: self.span().end,
        }
    }

    /// Checks the span contract against the text the document was parsed from:
    ///
    /// - the document spans the whole source;
    /// - every span lies on UTF-8 character boundaries, within its parent's span;
    /// - children, and named sub-spans such as quotation marks, are in document order and do
    ///   not overlap;
    /// - nothing is dropped: the top-level pieces tile the input, and inside a dialogue, turn,
    ///   utterance, label or split paragraph every non-whitespace character belongs to a
    ///   child or a named sub-span;
    /// - every node's parent is the node it was reached from;
    /// - diagnostics lie within the document, in order.
    ///
    /// ```
    /// let text = "Q: Is it true?\nA: It is.";
    /// assert!(speechmark::parse(text).check(text).is_ok());
    /// ```
    ///
    /// # Errors
    ///
    /// The first broken promise found, with the node where it breaks.
    pub fn check(&self, source: &str) -> Result<(), ContractError> {
        let fail = |kind, span, problem: String| {
            Err(ContractError {
                kind,
                span,
                problem,
            })
        };
        if self.span().range() != (0..source.len()) {
            return fail(
                "document",
                self.span(),
                format!("does not span the {} bytes of the source", source.len()),
            );
        }
        // One buffer for every node's parts; the walk itself keeps a stack of child iterators.
        let mut parts: Vec<(&'static str, Span)> = Vec::new();
        for (_, node) in self.nodes() {
            let span = node.span();
            let kind = node.kind().as_str();
            if span.slice(source).is_none() {
                return fail(
                    kind,
                    span,
                    "out of bounds or not on character boundaries".into(),
                );
            }
            parts.clear();
            let mut prev: Option<Span> = None;
            for (i, child) in node.children().enumerate() {
                let s = child.span();
                if prev.is_some_and(|p| p.end > s.start) {
                    return fail(
                        kind,
                        span,
                        format!("children {} and {i} overlap or are out of order", i - 1),
                    );
                }
                if child.parent().map(NodeRef::id) != Some(node.id()) {
                    return fail(
                        kind,
                        span,
                        format!("child {i} does not name this node as its parent"),
                    );
                }
                prev = Some(s);
                parts.push((child.kind().as_str(), s));
            }
            // A heading's title is the span its sentence lies in, not a part beside it.
            if let NodeRef::Heading(h) = node {
                let title = h.title();
                if !span.contains(title) {
                    return fail(kind, span, format!("its title at {title} is outside it"));
                }
                if let Some((_, s)) = parts.iter().find(|(_, s)| !title.contains(*s)) {
                    return fail(kind, span, format!("a child at {s} is outside its title"));
                }
            }
            let mut prev: Option<(&'static str, Span)> = None;
            for (name, s) in node.fields() {
                if let Some((a, x)) = prev {
                    if x.end > s.start {
                        return fail(
                            kind,
                            span,
                            format!("{a} and {name} overlap or are out of order"),
                        );
                    }
                }
                prev = Some((name, s));
                if !matches!(node, NodeRef::Heading(_)) {
                    parts.push((name, s));
                }
            }
            parts.sort_by_key(|(_, s)| (s.start, s.end));
            let mut covered = span.start;
            let covers = covers_all(node);
            for (part, s) in &parts {
                if !span.contains(*s) {
                    return fail(kind, span, format!("{part} at {s} is outside its parent"));
                }
                if s.slice(source).is_none() {
                    return fail(
                        kind,
                        span,
                        format!("{part} at {s} is not on character boundaries"),
                    );
                }
                if s.start < covered && !s.is_empty() {
                    return fail(kind, span, format!("{part} at {s} overlaps its neighbour"));
                }
                if covers && !blank(source, covered, s.start) {
                    return fail(
                        kind,
                        span,
                        format!("text before {part} at {s} belongs to no child"),
                    );
                }
                covered = covered.max(s.end);
            }
            if covers && !parts.is_empty() && !blank(source, covered, span.end) {
                return fail(kind, span, "text at its end belongs to no child".into());
            }
        }
        let mut last = 0;
        for d in self.diagnostics() {
            if d.span.slice(source).is_none() || d.span.start < last {
                return fail(
                    "diagnostic",
                    d.span,
                    "out of bounds, off a boundary, or out of order".into(),
                );
            }
            last = d.span.start;
        }
        Ok(())
    }
}

/// Nodes whose children and sub-spans must account for every non-whitespace character.
fn covers_all(node: NodeRef<'_>) -> bool {
    match node {
        NodeRef::Document(_)
        | NodeRef::Dialogue(_)
        | NodeRef::Turn(_)
        | NodeRef::Utterance(_)
        | NodeRef::SpeakerLabel(_) => true,
        NodeRef::Paragraph(p) => p.sentences().len() > 0,
        _ => false,
    }
}

fn blank(source: &str, start: u32, end: u32) -> bool {
    start >= end
        || Span::new(start, end)
            .slice(source)
            .is_some_and(|s| s.chars().all(is_space))
}
