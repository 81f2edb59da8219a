//! Lead-ins: what may stand before a speaker's name at the start of a paragraph without being
//! part of it. Broadcast transcripts mark a change of speaker with `>>` (`>> REYES: And
//! then?`); podcast and interview transcripts put a timestamp first (`[00:01:09] Tom Becker:
//! It is.`, `00:12 Ana: Yes.`). The label is looked for after the lead-in, and its span
//! starts at the lead-in, so that the turn covers the whole line and a consumer finds the
//! timestamp between the label's start and its name.

use crate::lexical::is_space;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n, take_while1};
use nom::character::complete::char as ch;
use nom::combinator::{opt, recognize};
use nom::sequence::{delimited, pair, preceded};
use nom::{IResult, Parser};

fn digits(min: usize, max: usize) -> impl Fn(&str) -> IResult<&str, &str> {
    move |i| take_while_m_n(min, max, |c: char| c.is_ascii_digit()).parse(i)
}

/// `1:05`, `00:01:09`, `01:15.250`.
fn clock(i: &str) -> IResult<&str, &str> {
    recognize((
        digits(1, 2),
        preceded(ch(':'), digits(2, 2)),
        opt(preceded(ch(':'), digits(2, 2))),
        opt(preceded(alt((ch('.'), ch(','))), digits(1, 3))),
    ))
    .parse(i)
}

fn timestamp(i: &str) -> IResult<&str, &str> {
    alt((
        recognize(delimited(ch('['), clock, ch(']'))),
        recognize(delimited(ch('('), clock, ch(')'))),
        clock,
    ))
    .parse(i)
}

fn gap(i: &str) -> IResult<&str, &str> {
    take_while1(|c: char| is_space(c) && c != '\n' && c != '\r').parse(i)
}

/// The lead-in at the start of `line`: where its text ends and where the white space after
/// it ends, in bytes; `(0, 0)` when there is none.
///
/// ```text
/// lead_in   ::= (turn_mark gap)? (timestamp gap)?      -- at least one of the two
/// turn_mark ::= '>>'
/// timestamp ::= '[' clock ']' | '(' clock ')' | clock
/// clock     ::= digit{1,2} ':' digit{2} (':' digit{2})? (('.' | ',') digit{1,3})?
/// gap       ::= (white space but a line break)+
/// ```
pub(crate) fn lead_in(line: &str) -> (usize, usize) {
    let parsed: IResult<&str, _> =
        pair(opt(pair(tag(">>"), gap)), opt(pair(timestamp, gap))).parse(line);
    let Ok((rest, (mark, time))) = parsed else {
        return (0, 0);
    };
    // The text ends where the last gap starts.
    let last_gap = time.or(mark).map(|(_, g)| g.len()).unwrap_or(0);
    let end = line.len() - rest.len();
    (end - last_gap, end)
}

#[cfg(test)]
mod tests {
    use super::lead_in;

    #[test]
    fn lead_ins_are_measured_with_their_gap() {
        // (end of the lead-in's text, end of the gap after it): `>>` is 2 bytes,
        // `[00:01:09]` 10, `(01:15)` 7, `1:05` 4, `[01:15.250]` 11.
        assert_eq!(lead_in(">> REYES: Yes."), (2, 3));
        assert_eq!(lead_in("[00:01:09] Tom Becker: It is."), (10, 11));
        assert_eq!(lead_in("(01:15) Ana: Yes."), (7, 8));
        assert_eq!(lead_in("1:05 Ana: Yes."), (4, 5));
        assert_eq!(lead_in("[01:15.250]\tAna: Yes."), (11, 12));
        // Both: `>> [00:02]` is 10 bytes, then one space.
        assert_eq!(lead_in(">> [00:02] Ana: Yes."), (10, 11));
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
}
