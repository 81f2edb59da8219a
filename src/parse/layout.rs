//! Detecting the paragraph layout: one paragraph per line, or blank-line separated and
//! hard-wrapped.

use super::lines::{Kept, Lines, trim_line};
use crate::ast::Layout;

/// The most columns of indent that start a paragraph in text laid out like the
/// Congressional Record (`  Mr. SMITH. Mr. President, ...`); deeper is inserted material.
const MAX_PARAGRAPH_INDENT: usize = 4;

/// How many lines [`detect`] keeps for the next pass (16 bytes each): a document of up to
/// this many lines is searched for its line ends once. Bounded, so that the memory does not
/// grow with the text.
const KEEP_LINES: usize = 1 << 16;

/// What [`detect`] finds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Shape {
    pub layout: Layout,
    /// How many units the text makes, when the layout alone says so: one a non-blank line
    /// when there is one paragraph per line.
    pub units: Option<usize>,
    /// Most paragraphs stand alone between blank lines, and the few adjacent lines are a
    /// header (a title and a place): a blank line separates paragraphs, not parts, so a turn
    /// goes on over it.
    pub lone_paragraphs: bool,
    /// The text's first lines (at most [`KEEP_LINES`]) with their first colons, for the
    /// units pass ([`Lines::after_kept`]).
    pub lines: Vec<Kept>,
}

impl Shape {
    /// The shape of a text whose layout the caller gave: nothing else is known.
    pub(crate) fn given(layout: Layout) -> Self {
        Shape {
            layout,
            units: None,
            lone_paragraphs: false,
            lines: Vec::new(),
        }
    }
}

/// Looks at consecutive non-blank lines. In hard-wrapped text many of them break mid-sentence:
/// the first ends without closing punctuation and the next starts in lower case. Web copy
/// almost never does that. Text whose paragraphs are all separated by blank lines is also
/// read as blank-line separated, so that a turn may run over several of them, and so is text
/// whose paragraphs start with a small indent after a line with none (the Congressional
/// Record's layout: hard-wrapped, no blank line between paragraphs), and a subtitle file
/// (two timing lines or more), whose cues stand between blank lines.
pub(crate) fn detect(text: &str) -> Shape {
    let mut pairs = 0usize;
    // Blocks of exactly one line between blank lines (or the text's ends), and the length
    // of the current block.
    let mut singles = 0usize;
    let mut block = 0usize;
    let mut wrapped_pairs = 0usize;
    let mut indented_starts = 0usize;
    let mut blanks = 0usize;
    let mut lines = 0usize;
    let mut cues = 0usize;
    // The previous line's content and indent, if it was not blank.
    let mut prev: Option<(&str, usize)> = None;
    let mut kept = Vec::with_capacity((text.len() / 64).min(KEEP_LINES));
    let mut all = Lines::new(text);
    // The colons are looked for only while lines are kept: past that, the units pass looks
    // for them itself.
    while let Some(line) = if kept.len() < KEEP_LINES {
        all.next_with_colon()
    } else {
        all.next()
    } {
        // Offsets only grow: once a line's do not fit in 32 bits, no later line's do, and
        // the units pass searches from the last line kept.
        if let Some(k) = (kept.len() < KEEP_LINES).then(|| Kept::new(line)).flatten() {
            kept.push(k);
        }
        lines += 1;
        let (s, e) = trim_line(text, line.start, line.end);
        let content = text.get(s..e).unwrap_or("");
        if content.is_empty() {
            blanks += 1;
            singles += usize::from(block == 1);
            block = 0;
            prev = None;
            continue;
        }
        block += 1;
        // A subtitle file's timing lines (`00:00:01,000 --> 00:00:04,000`).
        cues += usize::from(super::units::cue::timing(content));
        let indent = s - line.start;
        if let Some((p, p_indent)) = prev {
            pairs += 1;
            if breaks_mid_sentence(p, content) {
                wrapped_pairs += 1;
            }
            if p_indent == 0 && (1..=MAX_PARAGRAPH_INDENT).contains(&indent) {
                indented_starts += 1;
            }
        }
        prev = Some((content, indent));
    }
    singles += usize::from(block == 1);
    let wrapped = wrapped_pairs > 0 && wrapped_pairs * 5 >= pairs;
    let indented = indented_starts >= 2 && indented_starts * 10 >= pairs;
    // Three lone paragraphs to each pair of adjacent lines at least: the pairs are a header
    // or an address, not the body's layout.
    let lone_paragraphs = singles >= 3 && singles >= 3 * pairs;
    // A subtitle file's cues stand between blank lines, and a cue's text may run over two
    // lines: one paragraph.
    let subtitles = cues >= 2;
    if wrapped || indented || subtitles || (pairs == 0 && blanks > 0) {
        Shape {
            layout: Layout::BlankLineSeparated,
            units: None,
            lone_paragraphs,
            lines: kept,
        }
    } else {
        Shape {
            layout: Layout::LinePerParagraph,
            units: Some(lines - blanks),
            lone_paragraphs,
            lines: kept,
        }
    }
}

fn breaks_mid_sentence(first: &str, next: &str) -> bool {
    // The first byte of `next` decides most pairs: an ASCII byte is its own character.
    let continues = match next.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => next.chars().next().is_some_and(char::is_lowercase),
    };
    continues
        && first
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | '-' | '–' | '—'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(text: &str) -> Layout {
        detect(text).layout
    }

    #[test]
    fn one_paragraph_per_line_counts_its_units() {
        // Five lines, one of them blank: four units.
        let t = "Title\n\nLead text here.\nPutin: Hello there.\nSharif: Hello.\n";
        assert_eq!(detect(t).units, Some(4));
        assert_eq!(detect("").units, Some(0));
        assert_eq!(detect("Q: Why?\n\nA: Because.\n").units, None);
    }

    #[test]
    fn web_copy_is_one_paragraph_per_line() {
        let t = "Title\n\nLead text here.\nPutin: Hello there.\nSharif: Hello.\n";
        assert_eq!(layout(t), Layout::LinePerParagraph);
        assert_eq!(layout(""), Layout::LinePerParagraph);
        assert_eq!(layout("One line"), Layout::LinePerParagraph);
    }

    #[test]
    fn wrapped_text_is_blank_line_separated() {
        let t =
            "The minister said that the\ntalks would go on for\nanother week.\n\nQ: And then?\n";
        assert_eq!(layout(t), Layout::BlankLineSeparated);
        assert_eq!(
            layout("Q: Why?\n\nA: Because.\n"),
            Layout::BlankLineSeparated
        );
    }

    #[test]
    fn indent_started_paragraphs_are_blank_line_separated() {
        // No line here breaks before a lower-case word; the indents alone tell.
        let t = "  Mr. HOLLIS. Mr. President, I rise to speak about the Harbour\nBill. It matters.\n  The PRESIDING OFFICER. The Senator from New\nHampshire.\n  Mrs. VANCE. Mr. President, I thank the Senator from New\nHampshire.\n";
        assert_eq!(layout(t), Layout::BlankLineSeparated);
        // Every line indented alike is not a paragraph indent.
        assert_eq!(
            layout("  One line.\n  Another line.\n  A third.\n"),
            Layout::LinePerParagraph
        );
    }

    #[test]
    fn subtitle_files_are_blank_line_separated() {
        // A cue's text runs over two lines: one paragraph.
        let t = "1\n00:00:01,000 --> 00:00:04,000\nRents rose\n11% in a year.\n\n2\n00:00:05,000 --> 00:00:06,000\nYes.\n";
        assert_eq!(layout(t), Layout::BlankLineSeparated);
        // One timing line is not a subtitle file.
        let t = "Schedule\n00:00:01,000 --> 00:00:04,000\nOpening.\nTalks.\n";
        assert_eq!(layout(t), Layout::LinePerParagraph);
    }

    #[test]
    fn paragraphs_alone_between_blank_lines_after_a_header() {
        let lone = |t: &str| detect(t).lone_paragraphs;
        // A two-line header, then paragraphs between blank lines: the header's lines stay
        // one paragraph each, and a turn may run over the blank lines.
        let t = "Press Briefing\nCapital City\n\nMS. LEE: Good afternoon.\n\nFirst, the trip.\n\nQ: When?\n";
        assert_eq!(layout(t), Layout::LinePerParagraph);
        assert!(lone(t));
        // A title and a lead alone, then the body one paragraph a line.
        let t = "Title\n\nLead text here.\n\nPutin: Hello there.\nSharif: Hello.\nPutin: Good.\n";
        assert!(!lone(t));
        // Three lone paragraphs to two pairs: the blank lines are parts' ends.
        let t = "Title\n\nLead.\n\nA: One.\nB: Two.\nA: Three.\n\nThe end.\n";
        assert!(!lone(t));
    }
}
