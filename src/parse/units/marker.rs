//! Marks of the source's pages and times that stand on a line of their own inside the text,
//! outside the Congressional Record's own (`record::page_marker`): a page header or number
//! left by a PDF's conversion, and the time a transcription export prints above the speech.
//! Like the Record's, each is a page marker: a unit of its own, which a turn goes on after.
//!
//! ```text
//! mark   ::= page | dashed | time
//! page   ::= ('Page' | 'PAGE') gap digit+ (gap ('of' | 'OF') gap digit+)?   -- `Page 2 of 3`
//! dashed ::= dash gap? digit{1,4} gap? dash                                -- `- 2 -`
//! time   ::= `label::time_alone`                                           -- `00:03`
//! dash   ::= '-' | '–' | '—'
//! ```

use crate::parse::label;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n, take_while1};
use nom::combinator::{eof, opt};
use nom::{IResult, Parser};

/// The longest line that can be such a mark, in bytes.
const MAX_LINE: usize = 24;

/// Whether `line` (trimmed) is a page's or a time's mark.
#[inline]
pub(super) fn mark(line: &str) -> bool {
    // The first byte rules out most lines: a letter other than `P`, a quotation mark.
    line.len() <= MAX_LINE
        && matches!(
            line.as_bytes().first(),
            Some(b'P' | b'-' | 0xE2 | b'0'..=b'9' | b'[' | b'(')
        )
        && mark_grammar(line)
}

/// [`mark`] past its one-byte test.
#[inline(never)]
fn mark_grammar(line: &str) -> bool {
    let digits = |i| take_while1(|c: char| c.is_ascii_digit()).parse(i);
    let gap = |i| take_while1(|c: char| c == ' ' || c == '\u{a0}').parse(i);
    let dash = |i| alt((tag("-"), tag("–"), tag("—"))).parse(i);
    let page = (
        alt((tag("Page"), tag("PAGE"))),
        gap,
        digits,
        opt((gap, alt((tag("of"), tag("OF"))), gap, digits)),
        eof,
    )
        .map(|_| ());
    let dashed = (
        dash,
        opt(gap),
        take_while_m_n(1, 4, |c: char| c.is_ascii_digit()),
        opt(gap),
        dash,
        eof,
    )
        .map(|_| ());
    let parsed: IResult<&str, ()> = alt((page, dashed)).parse(line);
    parsed.is_ok() || label::time_alone(line)
}

/// Whether `line` is a number of one to three digits alone: in a text that numbers its lines
/// in the margin (see `margin`), a page's number or an empty line's. Elsewhere it may be an
/// answer (`A:` / `12`) or a recipe's `4`.
pub(super) fn number_alone(line: &str) -> bool {
    (1..=3).contains(&line.len()) && line.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::mark;

    #[test]
    fn pages_and_times() {
        for line in [
            "Page 2",
            "Page 2 of 3",
            "PAGE 14",
            "- 2 -",
            "— 12 —",
            "-3-",
            "00:03",
            "1:02:11",
            "[00:00:05]",
            "(1:05)",
        ] {
            assert!(mark(line), "{line:?}");
        }
    }

    #[test]
    fn text_is_not() {
        for line in [
            "Page two",
            "Pages 2 and 3",
            "2024",
            "- 2",
            "12 people",
            "Page 2 says",
            "Peace",
            "10:30 a.m.",
            "2.",
            "12",
            "",
        ] {
            assert!(!mark(line), "{line:?}");
        }
    }
}
