//! brat standoff: the `.ann` file that goes beside the unchanged text.

use super::Kinds;
use super::walk::items;
use crate::ast::Document;
use crate::position::{LineIndex, OffsetError};
use crate::span::Span;
use std::fmt::Write;

/// The brat standoff export of a document: one text-bound annotation (`T` line) per node of
/// the kinds asked for, in document order, for the text exactly as given (save it unchanged as
/// the `.txt` beside the `.ann`).
///
/// Each line is `T<n>`, a tab, the node's kind and its offsets in code points (as brat counts
/// them: a `\r\n` is two, a byte-order mark one), a tab, and the text covered. brat's
/// annotations cannot cross a line break, so a node over several lines is a discontinuous
/// annotation with one fragment per line (`T3<TAB>turn 0 12;13 40<TAB>...`), its text the
/// fragments joined by a space. Nodes with no text but line breaks (an empty utterance, say)
/// get no line.
///
/// An error means that `text` is not the text the document was parsed from.
///
/// ```
/// use speechmark::export::{brat, Kinds};
///
/// let text = "“Hello” 😀\nPutin: Yes.\n";
/// let doc = speechmark::parse(text);
/// let ann = brat(&doc, text, &Kinds::only(["speaker_label", "dialogue"]).unwrap()).unwrap();
/// // “Hello” is 7 code points, then a space, the emoji and the line break.
/// assert_eq!(ann, "T1\tdialogue 10 21\tPutin: Yes.\nT2\tspeaker_label 10 16\tPutin:\n");
/// ```
pub fn brat(doc: &Document, text: &str, kinds: &Kinds) -> Result<String, OffsetError> {
    let index = LineIndex::new(text);
    let mut out = String::new();
    let mut n = 0;
    for item in items(doc).filter(|i| kinds.contains(i.kind)) {
        let covered = super::selector::slice(text, item.span.start, item.span.end)?;
        let fragments = fragments(covered, item.span.start);
        if fragments.is_empty() {
            continue;
        }
        n += 1;
        let _ = write!(out, "T{n}\t{}", item.kind);
        for (i, f) in fragments.iter().enumerate() {
            let sep = if i == 0 { ' ' } else { ';' };
            let [start, end] = index.span_in(*f, crate::Unit::Chars)?;
            let _ = write!(out, "{sep}{start} {end}");
        }
        out.push('\t');
        for (i, f) in fragments.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(f.slice(text).unwrap_or_default());
        }
        out.push('\n');
    }
    Ok(out)
}

/// The non-empty runs of `covered` between line breaks, as spans of the whole text.
fn fragments(covered: &str, start: u32) -> Vec<Span> {
    let mut out = Vec::new();
    let mut from = 0;
    let bytes = covered.as_bytes();
    let breaks = memchr::memchr2_iter(b'\n', b'\r', bytes).chain([bytes.len()]);
    for at in breaks {
        if at > from {
            out.push(crate::span::sp(start as usize + from, start as usize + at));
        }
        from = at + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_node_over_two_lines_has_two_fragments() {
        // Bytes: "Q: “Yes" is 0..9, then \r\n, then "no”" is 11..16.
        let text = "Q: “Yes\r\nno”";
        assert_eq!(fragments(text, 0), [Span::new(0, 9), Span::new(11, 16)]);
        assert_eq!(fragments("\n\r\n", 4), []);
    }

    #[test]
    fn a_multi_line_turn_in_code_points() {
        let text = "A: “Yes\r\nno”";
        let doc = crate::parse_with(
            text,
            &crate::Options::new().layout(crate::Layout::BlankLineSeparated),
        );
        let ann = brat(&doc, text, &Kinds::only(["turn"]).unwrap()).unwrap();
        // “ is one code point: "A: “Yes" is 0..7, "no”" is 9..12.
        assert_eq!(ann, "T1\tturn 0 7;9 12\tA: “Yes no”\n");
    }
}
