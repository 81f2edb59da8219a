//! Subtitle cues (SubRip, WebVTT): each cue is a number, a timing line and the words spoken,
//! with or without a speaker label:
//!
//! ```text
//! 1
//! 00:00:01,000 --> 00:00:04,000
//! ANA: Hello, everyone.
//!
//! 2
//! 00:00:04,500 --> 00:00:07,000
//! Welcome back.
//! ```
//!
//! The number and the timing line are positions in the source, as a printed record's page
//! markers are: they are page markers, and speech goes on past them, so a cue without a label
//! continues the turn of the cue before it. A line of digits is a cue's number once a timing
//! line has been seen, or when a timing line follows it (the first cue's).

use crate::parse::label::clock;
use nom::bytes::complete::{tag, take_while, take_while_m_n};
use nom::combinator::eof;
use nom::{IResult, Parser};

/// Whether `line` is a cue's timing line.
///
/// ```text
/// timing   ::= clock gap? '-->' gap? clock (gap settings)?
/// clock    ::= digit{1,2} ':' digit{2} (':' digit{2})? (('.' | ',') digit{1,3})?
/// settings ::= setting (gap setting)*     -- WebVTT's `align:start position:10%`
/// setting  ::= (char - space)* ':' (char - space)*
/// ```
#[inline]
pub(crate) fn timing(line: &str) -> bool {
    // Most lines start with a letter: the test is inlined into the caller, the grammar kept
    // out of line (a call into it costs more than the test).
    line.as_bytes().first().is_some_and(u8::is_ascii_digit) && timing_grammar(line)
}

/// [`timing`] past its one-byte test.
#[inline(never)]
fn timing_grammar(line: &str) -> bool {
    let gap = |i| take_while(|c: char| c == ' ' || c == '\t').parse(i);
    let parsed: IResult<&str, _> = (clock, gap, tag("-->"), gap, clock).parse(line);
    let Ok((rest, _)) = parsed else {
        return false;
    };
    rest.is_empty()
        || (rest.starts_with([' ', '\t'])
            && rest.split_whitespace().all(|setting| setting.contains(':')))
}

/// Whether `line` is a WebVTT file's signature line: `WEBVTT` alone or before white space and
/// a header.
///
/// ```text
/// webvtt ::= '\u{FEFF}'? 'WEBVTT' ((' ' | tab) …)?
/// ```
pub(crate) fn webvtt(line: &str) -> bool {
    let line = line.strip_prefix('\u{FEFF}').unwrap_or(line);
    line.strip_prefix("WEBVTT")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
}

/// Whether `line` is a cue's number: one to six digits and nothing else.
///
/// ```text
/// number ::= digit{1,6}
/// ```
pub(crate) fn number(line: &str) -> bool {
    let digits = take_while_m_n(1, 6, |c: char| c.is_ascii_digit());
    let parsed: IResult<&str, _> = (digits, eof).parse(line);
    parsed.is_ok()
}

#[cfg(test)]
mod tests {
    use super::{number, timing, webvtt};

    #[test]
    fn webvtt_signature() {
        assert!(webvtt("WEBVTT"));
        assert!(webvtt("WEBVTT - Harbor Radio"));
        assert!(webvtt("\u{feff}WEBVTT"));
        assert!(!webvtt("WEBVTTX"));
        assert!(!webvtt("WebVTT"));
    }

    #[test]
    fn timing_lines() {
        assert!(timing("00:00:01,000 --> 00:00:04,000"));
        assert!(timing("00:01.000 --> 00:04.250"));
        assert!(timing(
            "00:00:01.000 --> 00:00:04.000 align:start position:10%"
        ));
        assert!(timing("0:01-->0:04"));
        // A range in prose, a range with a dash, a time alone, settings glued on.
        assert!(!timing("00:01 --> 00:04 is when it starts"));
        assert!(!timing("The talk ran 10:00 --> 11:00"));
        assert!(!timing("00:01 - 00:04"));
        assert!(!timing("00:01"));
        assert!(!timing("00:01 --> 00:04x"));
    }

    #[test]
    fn numbers() {
        assert!(number("1"));
        assert!(number("204"));
        assert!(!number("1234567"));
        assert!(!number("12a"));
        assert!(!number(""));
    }
}
