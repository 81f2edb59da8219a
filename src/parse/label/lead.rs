//! Lead-ins: what may stand before a speaker's name at the start of a paragraph without being
//! part of it. Broadcast transcripts mark a change of speaker with `>>` (`>> REYES: And
//! then?`); podcast and interview transcripts put a timestamp first (`[00:01:09] Tom Becker:
//! It is.`, `00:12 Ana: Yes.`). The label is looked for after the lead-in, and its span
//! starts at the lead-in, so that the turn covers the whole line; the label's `lead` is the
//! lead-in's span. Text copied from a web page may also open a label with Markdown's strong
//! emphasis (`**Ana Reyes:**`); the `**` is then the lead-in and the closing one part of the
//! label's punctuation. Hansard numbers the questions put to a minister
//! (`1. Jane Whitfield (Northbridge) (Lab): What steps…`): the number is a lead-in of its own
//! ([`question_number`]), taken only before a label with an aside. A transcription service
//! may print the time after the label instead (`Ana Reyes: (00:01)`): [`time_after`].

use super::{emphasis, gap};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n, take_while1};
use nom::character::complete::char as ch;
use nom::combinator::{eof, opt, recognize};
use nom::sequence::{delimited, pair, preceded};
use nom::{IResult, Parser};

fn digits(min: usize, max: usize) -> impl Fn(&str) -> IResult<&str, &str> {
    move |i| take_while_m_n(min, max, |c: char| c.is_ascii_digit()).parse(i)
}

/// `1:05`, `00:01:09`, `01:15.250`.
pub(crate) fn clock(i: &str) -> IResult<&str, &str> {
    recognize((
        digits(1, 2),
        preceded(ch(':'), digits(2, 2)),
        opt(preceded(ch(':'), digits(2, 2))),
        opt(preceded(alt((ch('.'), ch(','))), digits(1, 3))),
    ))
    .parse(i)
}

/// `00:05` or a range, `00:05 --> 00:08` (a subtitle cue's, or a speech recogniser's).
fn clocks(i: &str) -> IResult<&str, &str> {
    let arrow = (
        opt(gap),
        alt((tag("-->"), tag("->"), tag("-"), tag("–"))),
        opt(gap),
    );
    recognize((clock, opt((arrow, clock)))).parse(i)
}

/// A chat export's date and time before the sender: `[3/14/25, 9:02:11 AM]`, or
/// `3/14/25, 9:02 AM -` (the date with slashes or dots, the time with or without `AM`/`PM`).
fn chat_stamp(i: &str) -> IResult<&str, &str> {
    alt((
        recognize(delimited(ch('['), chat_when, ch(']'))),
        recognize((chat_when, gap, alt((tag("-"), tag("–"))))),
    ))
    .parse(i)
}

/// [`chat_stamp`]'s date and time: `3/14/25, 9:02 AM`.
fn chat_when(i: &str) -> IResult<&str, &str> {
    let sep = |i| alt((ch('/'), ch('.'))).parse(i);
    let date = (digits(1, 4), sep, digits(1, 2), sep, digits(2, 4));
    let ampm = opt((gap, alt((tag("AM"), tag("PM"), tag("am"), tag("pm")))));
    recognize((date, ch(','), gap, clock, ampm)).parse(i)
}

/// Whether `line` is a time and nothing else (`00:03`, `[01:02:11]`, `(1:05)`): a
/// transcription export's mark of when the speech below it starts.
pub(crate) fn time_alone(line: &str) -> bool {
    let parsed: IResult<&str, _> = (timestamp, eof).parse(line);
    parsed.is_ok()
}

pub(super) fn timestamp(i: &str) -> IResult<&str, &str> {
    alt((
        recognize(delimited(ch('['), clocks, ch(']'))),
        recognize(delimited(ch('('), clocks, ch(')'))),
        clock,
    ))
    .parse(i)
}

/// The lead-in at the start of `line`: where its text ends and where the white space after
/// it ends, in bytes; `(0, 0)` when there is none.
///
/// ```text
/// lead_in   ::= (question gap)? (turn_mark gap)? ((chat | timestamp) gap)? emphasis?
///                                                -- at least one of them
/// question  ::= 'Q' digit{1,4}                   -- a select committee's `Q12 Chair:`
/// chat      ::= '[' when ']' | when gap ('-' | '–')  -- a chat export's `[3/14/25, 9:02 AM]`
/// when      ::= digit{1,4} sep digit{1,2} sep digit{2,4} ',' gap clock (gap ('AM' | 'PM'))?
/// sep       ::= '/' | '.'
/// turn_mark ::= '>>'
/// timestamp ::= '[' clocks ']' | '(' clocks ')' | clock
/// clocks    ::= clock (gap? ('-->' | '->' | '-' | '–') gap? clock)?
/// clock     ::= digit{1,2} ':' digit{2} (':' digit{2})? (('.' | ',') digit{1,3})?
/// emphasis  ::= '**'                             -- Markdown's, from a web page: `**Ana:**`
/// gap       ::= (space | tab | U+00A0 | U+202F)+      -- `label::gap`
/// ```
#[inline]
pub(crate) fn lead_in(line: &str) -> (usize, usize) {
    // Every lead-in starts with one of these bytes; most lines start with a letter. The test
    // is inlined into the caller and the grammar kept out of line: a call that sets up the
    // grammar's frame costs more than the test itself.
    let b = line.as_bytes();
    let question = b.first() == Some(&b'Q') && b.get(1).is_some_and(u8::is_ascii_digit);
    if !(question || matches!(b.first(), Some(b'>' | b'[' | b'(' | b'*' | b'0'..=b'9'))) {
        return (0, 0);
    }
    lead_in_grammar(line)
}

/// [`lead_in`] past its one-byte test.
#[inline(never)]
fn lead_in_grammar(line: &str) -> (usize, usize) {
    let question = recognize((ch('Q'), digits(1, 4)));
    let parsed: IResult<&str, _> = (
        opt(pair(question, gap)),
        opt(pair(tag(">>"), gap)),
        opt(pair(alt((chat_stamp, timestamp)), gap)),
        opt(emphasis),
    )
        .parse(line);
    let Ok((rest, (number, mark, time, strong))) = parsed else {
        return (0, 0);
    };
    let end = line.len() - rest.len();
    // The text ends where the last gap starts (no gap follows the emphasis).
    let last_gap = match strong {
        Some(_) => 0,
        None => time.or(mark).or(number).map_or(0, |(_, g)| g.len()),
    };
    (end - last_gap, end)
}

/// A court transcript's line number in the margin at the start of `line` (trimmed), and the
/// gap after it: where the number ends, where the gap ends, and the line's number (its last
/// part: `12:4` is page 12, line 4). Whether the text numbers its lines is for the caller to
/// say (a run of lines numbered one after another): alone, `12 people came` has this shape.
///
/// ```text
/// margin ::= digit{1,2} (':' digit{1,2})? gap   -- ` 4        Q.   Where …`, `12:4   A.  Yes.`,
///                                               -- `4 Q. Where …`
/// gap    ::= (' ' | tab)+
/// ```
#[inline]
pub(crate) fn margin(line: &str) -> Option<(usize, usize, u8)> {
    if !line.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    margin_grammar(line)
}

/// [`margin`] past its one-byte test.
#[inline(never)]
fn margin_grammar(line: &str) -> Option<(usize, usize, u8)> {
    let gap = take_while1(|c| c == ' ' || c == '\t');
    let parsed: IResult<&str, _> =
        (recognize((digits(1, 2), opt((ch(':'), digits(1, 2))))), gap).parse(line);
    let (rest, (number, _)) = parsed.ok()?;
    let n = number.rsplit(':').next()?.parse().ok()?;
    Some((number.len(), line.len() - rest.len(), n))
}

/// A time in brackets right after a label's punctuation, as transcription services print it
/// (`Ana Reyes: (00:01)` with the speech on the next line, `Ana: [01:02:03] Yes.`): where it
/// starts and ends in `after`, the text after the punctuation. `None` unless white space, or
/// nothing, follows it. A bare clock is not taken: after a colon it is speech (`Ana: 10:30
/// suits me.`).
///
/// ```text
/// time_after ::= gap? ('(' clocks ')' | '[' clocks ']') (space | end)
/// ```
pub(crate) fn time_after(after: &str) -> Option<(usize, usize)> {
    let start = after.len() - super::skip_spaces(after).len();
    let rest = after.get(start..)?;
    // Most speech starts with a letter or a quotation mark.
    if !matches!(rest.as_bytes().first(), Some(b'(' | b'[')) {
        return None;
    }
    let parsed: IResult<&str, &str> = alt((
        recognize(delimited(ch('['), clocks, ch(']'))),
        recognize(delimited(ch('('), clocks, ch(')'))),
    ))
    .parse(rest);
    let (tail, time) = parsed.ok()?;
    if tail
        .chars()
        .next()
        .is_some_and(|c| !crate::lexical::is_space(c))
    {
        return None;
    }
    Some((start, start + time.len()))
}

/// A numbered question's number at the start of `line`: where it ends and where the white
/// space after it ends; `(0, 0)` when there is none.
///
/// ```text
/// question_number ::= digit{1,3} '.' gap
/// ```
pub(crate) fn question_number(line: &str) -> (usize, usize) {
    if !line.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return (0, 0);
    }
    // Its own digit parser, not `digits`: sharing that one's code with the clocks' kept the
    // compiler from inlining it into them.
    let number = take_while_m_n(1, 3, |c: char| c.is_ascii_digit());
    let parsed: IResult<&str, _> = (recognize((number, ch('.'))), gap).parse(line);
    match parsed {
        Ok((rest, (number, _))) => (number.len(), line.len() - rest.len()),
        Err(_) => (0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::{lead_in, time_after};

    #[test]
    fn a_time_after_the_punctuation_is_bracketed_and_stands_alone() {
        // ` (00:01)`: the time is bytes 1..8 of what follows the colon.
        assert_eq!(time_after(" (00:01)"), Some((1, 8)));
        assert_eq!(time_after(" [01:02:03] Yes."), Some((1, 11)));
        assert_eq!(time_after("\t(1:05)\n"), Some((1, 7)));
        // A bare clock, words in brackets, a time glued to what follows: speech.
        assert_eq!(time_after(" 10:30 suits me."), None);
        assert_eq!(time_after(" (laughs) Yes."), None);
        assert_eq!(time_after(" (00:01)Yes."), None);
        assert_eq!(time_after(" (00:01"), None);
        assert_eq!(time_after(""), None);
    }

    #[test]
    fn lead_ins_are_measured_with_their_gap() {
        // (end of the lead-in's text, end of the gap after it): `>>` is 2 bytes,
        // `[00:01:09]` 10, `(01:15)` 7, `1:05` 4, `[01:15.250]` 11.
        assert_eq!(lead_in(">> REYES: Yes."), (2, 3));
        assert_eq!(lead_in("[00:01:09] Tom Becker: It is."), (10, 11));
        assert_eq!(lead_in("(01:15) Ana: Yes."), (7, 8));
        assert_eq!(lead_in("1:05 Ana: Yes."), (4, 5));
        assert_eq!(lead_in("[01:15.250]\tAna: Yes."), (11, 12));
        // A select committee's question number: `Q12` is 3 bytes. (A lead-in counts only
        // before a label: `Q3 2025 results` has none after it.)
        assert_eq!(lead_in("Q12 Chair: And debt?"), (3, 4));
        assert_eq!(lead_in("Q: Why?"), (0, 0));
        assert_eq!(lead_in("Quarterly results"), (0, 0));
        assert_eq!(lead_in("Q12345 Chair:"), (0, 0));
        // A chat export's date and time: `[3/14/25, 9:02:11 AM]` is 21 bytes; `3/14/25, 9:02
        // AM -` 18, `14.03.2025, 21:02 -` 19.
        assert_eq!(lead_in("[3/14/25, 9:02:11 AM] Priya Nair: Hi"), (21, 22));
        assert_eq!(lead_in("3/14/25, 9:02 AM - Priya Nair: Hi"), (18, 19));
        assert_eq!(lead_in("14.03.2025, 21:02 - Priya: Hi"), (19, 20));
        // Both: `>> [00:02]` is 10 bytes, then one space.
        assert_eq!(lead_in(">> [00:02] Ana: Yes."), (10, 11));
        // Emphasis: `**` with no gap after it; `[00:02] **` is 10 bytes.
        assert_eq!(lead_in("**Ana:** Yes."), (2, 2));
        assert_eq!(lead_in("[00:02] **Ana**: Yes."), (10, 10));
        // A range, as a speech recogniser prints it: `[00:00.000 --> 00:05.120]` is 25 bytes.
        assert_eq!(
            lead_in("[00:00.000 --> 00:05.120] SPEAKER_00: Yes."),
            (25, 26)
        );
        assert_eq!(lead_in("(01:15-01:20) Ana: Yes."), (13, 14));
    }

    #[test]
    fn other_openings_are_not_lead_ins() {
        assert_eq!(lead_in("Ana: Yes."), (0, 0));
        // A clock with no gap after it, a quotation mark, a lone `>`, a year, a ratio.
        assert_eq!(lead_in("10:30am Ana: Yes."), (0, 0));
        assert_eq!(lead_in("> Ana: Yes."), (0, 0));
        assert_eq!(lead_in("2024: a good year."), (0, 0));
        assert_eq!(lead_in("3:1 was the score."), (0, 0));
        assert_eq!(lead_in("[1] Ana: Yes."), (0, 0));
        assert_eq!(lead_in(">>REYES: Yes."), (0, 0));
    }

    #[test]
    fn question_numbers() {
        use super::question_number;
        assert_eq!(question_number("1. Jane Whitfield (Lab): Why?"), (2, 3));
        assert_eq!(question_number("12.\u{a0}Tom Okoro"), (3, 5));
        assert_eq!(question_number("1.5 million"), (0, 0));
        assert_eq!(question_number("1234. Too long"), (0, 0));
        assert_eq!(question_number("Jane"), (0, 0));
    }
}
