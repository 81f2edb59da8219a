//! Timed name lines: a transcription service's export names each speaker on a line of their
//! own with the time the turn starts, and the speech follows on the next lines:
//!
//! ```text
//! Speaker 1  0:00
//! Hello and welcome to the show.
//!
//! Dana Reyes  1:02:11
//! Let us start with the budget.
//! ```
//!
//! The line holds the name and the time and nothing else. A schedule has the same shape
//! (`Opening Remarks 9:00`), so a bare clock must stand apart from the name by a wide gap
//! (two spaces or more, or a tab), as the exports print it, unless it is bracketed
//! (`Dana Reyes (00:04)`) or the name is a generic one (`Speaker 1 0:00`).
//!
//! Other services put the time first, in brackets (`[00:00:05] Aiko Tanabe`:
//! [`time_first_label`]), or the name in brackets and the time after it, with the speech on
//! the same line or the next (`[Kofi Mensah] 14:02:33 All right.`: [`bracketed_name_label`]).

use super::colon::bare_name;
use super::lead::{clock, timestamp};
use super::{LabelMatch, gap, is_gap};
use crate::ast::LabelStyle;
use crate::parse::heading::section_name;
use nom::combinator::eof;
use nom::{IResult, Parser};

/// The longest line that can be such a label, in bytes.
const MAX_LINE: usize = 160;

/// Recognises a timed name line: `line` must be the whole line.
///
/// ```text
/// timed_label ::= name gap timestamp
/// name        ::= the words of a colon label, without the colon (`colon::bare_name`)
/// timestamp   ::= clock | '(' clocks ')' | '[' clocks ']'     -- `lead::timestamp`
/// gap         ::= (' ' | tab | U+00A0 | U+202F)+ -- wide (two or more, or a tab) before a bare
///                                          -- clock, unless the name is generic
/// ```
///
/// The time is the label's aside; the punctuation is an empty span at the line's end.
pub(crate) fn timed_label(line: &str) -> Option<LabelMatch> {
    // The line ends with a digit or a closing bracket, and holds at least one more word.
    if line.len() > MAX_LINE || !matches!(line.as_bytes().last(), Some(b'0'..=b'9' | b')' | b']')) {
        return None;
    }
    let (at, c) = line.char_indices().rev().find(|&(_, c)| is_gap(c))?;
    let time_start = at + c.len_utf8();
    let time = line.get(time_start..)?;
    let parsed: IResult<&str, _> = (timestamp, eof).parse(time);
    parsed.ok()?;
    let head = line.get(..time_start)?.trim_end_matches(is_gap);
    let gap = line.get(head.len()..time_start)?;
    let style = bare_name(head)?;
    let bracketed = !time.starts_with(|c: char| c.is_ascii_digit());
    let wide = gap.chars().nth(1).is_some() || gap.contains('\t');
    if !(wide || bracketed || style == LabelStyle::Generic) {
        return None;
    }
    LabelMatch::new(
        (0, head.len()),
        Some((time_start, line.len())),
        (line.len(), line.len()),
        style,
    )
}

/// Recognises a line that holds a bracketed time and a name, and nothing else: `line` must be
/// the whole line.
///
/// ```text
/// time_first_label ::= ('[' clocks ']' | '(' clocks ')') gap name
/// ```
///
/// The time is the label's lead; the punctuation is an empty span at the line's end.
#[inline]
pub(crate) fn time_first_label(line: &str) -> Option<LabelMatch> {
    // Most lines start with a letter: one byte says so, inlined into the caller.
    if line.len() > MAX_LINE || !matches!(line.as_bytes().first(), Some(b'[' | b'(')) {
        return None;
    }
    time_first_grammar(line)
}

/// [`time_first_label`] past its one-byte test.
#[inline(never)]
fn time_first_grammar(line: &str) -> Option<LabelMatch> {
    let parsed: IResult<&str, _> = (timestamp, gap).parse(line);
    let (name, (time, _)) = parsed.ok()?;
    // A programme's or a podcast's chapters have this shape too (`[00:00] Introduction`,
    // `[09:00] Opening Remarks`): a section's name is none, and the caller turns away a line
    // whose next line has the same shape.
    if section_name(name) {
        return None;
    }
    let style = bare_name(name)?;
    let m = LabelMatch::new((0, name.len()), None, (name.len(), name.len()), style)?;
    m.after((time.len(), line.len() - name.len()))
}

/// Recognises a name in brackets and the time after it at the start of `line`, the speech
/// after them or on the next line.
///
/// ```text
/// bracketed_name_label ::= '[' name ']' gap clock (gap speech)?
/// ```
///
/// The `[` is the label's lead and the `]` its punctuation (as a voice tag's `<v` and `>`
/// are); the time is its aside, after the punctuation.
#[inline]
pub(crate) fn bracketed_name_label(line: &str) -> Option<LabelMatch> {
    if line.as_bytes().first() != Some(&b'[') {
        return None;
    }
    bracketed_name_grammar(line)
}

/// [`bracketed_name_label`] past its one-byte test.
#[inline(never)]
fn bracketed_name_grammar(line: &str) -> Option<LabelMatch> {
    let close = memchr::memchr(b']', line.as_bytes().get(..MAX_LINE.min(line.len()))?)?;
    let name = line.get(1..close)?;
    // A full name: a one-word bracket is a place or a sound (`[Kyiv] 09:12`, `[Applause]
    // 00:01:10`).
    if !name.contains(' ') || section_name(name) {
        return None;
    }
    let style = bare_name(name)?;
    let after = line.get(close + 1..)?;
    let parsed: IResult<&str, _> = (gap, clock).parse(after);
    let (rest, (g, time)) = parsed.ok()?;
    if rest.chars().next().is_some_and(|c| !is_gap(c)) {
        return None;
    }
    let time_start = close + 1 + g.len();
    let time_end = time_start + time.len();
    let m = LabelMatch::new(
        (1, close),
        Some((time_start, time_end)),
        (close, close + 1),
        style,
    )?;
    Some(LabelMatch { lead: 1, ..m })
}

#[cfg(test)]
mod tests {
    use super::{bracketed_name_label, time_first_label, timed_label};

    #[test]
    fn a_bracketed_time_then_a_name() {
        // `[00:00:05]` is the lead (10 bytes), the name after one space.
        let m = time_first_label("[00:00:05] Aiko Tanabe");
        assert_eq!(
            m.map(|m| (m.lead(), m.name(), m.punct())),
            Some((Some((0, 10)), (11, 22), (22, 22)))
        );
        assert!(time_first_label("(01:02) Speaker 2").is_some());
        // Speech after the time, a bare clock, nothing after the time.
        assert!(time_first_label("[00:00:05] Thank you all for coming.").is_none());
        assert!(time_first_label("00:00:05 Aiko Tanabe").is_none());
        assert!(time_first_label("[00:00:05]").is_none());
        assert!(time_first_label("[00:00] Introduction").is_none());
        assert!(time_first_label("[09:00] Opening Remarks").is_none());
    }

    #[test]
    fn a_bracketed_name_then_a_time() {
        // `[Kofi Mensah] 14:02:33`: the `[` 0..1, the name 1..12, the `]` 12..13, the time
        // 14..22.
        for line in [
            "[Kofi Mensah] 14:02:33",
            "[Kofi Mensah] 14:02:33 All right, recording.",
        ] {
            let m = bracketed_name_label(line);
            assert_eq!(
                m.map(|m| (m.lead(), m.name(), m.punct(), m.aside(), m.end())),
                Some((Some((0, 1)), (1, 12), (12, 13), Some((14, 22)), 22)),
                "{line}"
            );
        }
        // No time, a time glued to more, a sentence in brackets.
        assert!(bracketed_name_label("[Kofi Mensah] said yes").is_none());
        assert!(bracketed_name_label("[Kofi Mensah] 14:02pm").is_none());
        assert!(bracketed_name_label("[inaudible] 14:02 and then").is_none());
        assert!(bracketed_name_label("[Applause] 00:01:10").is_none());
        assert!(bracketed_name_label("[Kyiv] 09:12 Sirens sounded.").is_none());
        // A multi-byte character where the search stops does not matter.
        let long = format!("[Kofi Mensah] 14:02:33 {}é done.", "W".repeat(136));
        assert!(bracketed_name_label(&long).is_some());
    }
    use crate::ast::LabelStyle;

    /// `(name, aside, punct, style)` of the label `s` is, as text.
    fn parts(s: &str) -> Option<(&str, &str, (usize, usize), LabelStyle)> {
        let m = timed_label(s)?;
        let (n, a) = (m.name(), m.aside()?);
        Some((s.get(n.0..n.1)?, s.get(a.0..a.1)?, m.punct(), m.style))
    }

    #[test]
    fn names_with_the_time_their_turn_starts() {
        // `Speaker 1  0:00` is 15 bytes: the punctuation is the empty span at its end.
        assert_eq!(
            parts("Speaker 1  0:00"),
            Some(("Speaker 1", "0:00", (15, 15), LabelStyle::Generic))
        );
        assert_eq!(
            parts("Dana Reyes  1:02:11"),
            Some(("Dana Reyes", "1:02:11", (19, 19), LabelStyle::Name))
        );
        // A no-break space is one gap character, not two bytes of gap: `Dana Reyes` and
        // U+00A0 are 12 bytes.
        assert!(timed_label("Dana Reyes\u{a0}1:02").is_none());
        assert_eq!(
            parts("Dana Reyes\u{a0}\u{a0}1:02"),
            Some(("Dana Reyes", "1:02", (18, 18), LabelStyle::Name))
        );
        assert_eq!(
            parts("Dana Reyes\t00:04"),
            Some(("Dana Reyes", "00:04", (16, 16), LabelStyle::Name))
        );
        // Bracketed times and generic names need no wide gap.
        assert_eq!(
            parts("Dana Reyes (00:04)"),
            Some(("Dana Reyes", "(00:04)", (18, 18), LabelStyle::Name))
        );
        assert_eq!(
            parts("Speaker 2 0:05"),
            Some(("Speaker 2", "0:05", (14, 14), LabelStyle::Generic))
        );
        assert_eq!(
            parts("MARK DIAZ  [00:12:40]"),
            Some(("MARK DIAZ", "[00:12:40]", (21, 21), LabelStyle::Upper))
        );
    }

    #[test]
    fn other_lines_with_a_time_are_not() {
        // A schedule's line: one space before a bare clock.
        assert!(timed_label("Opening Remarks 9:00").is_none());
        // A sentence, a time alone, a time with more after it, not a clock.
        assert!(timed_label("The meeting starts at  9:00").is_none());
        assert!(timed_label("  10:30").is_none());
        assert!(timed_label("10:30").is_none());
        assert!(timed_label("Dana Reyes  1:02 pm").is_none());
        assert!(timed_label("Dana Reyes  2025").is_none());
        assert!(timed_label("Dana Reyes  1:2").is_none());
        // The aside of a colon label is not a name line's.
        assert!(timed_label("Dana Reyes (host)").is_none());
    }
}
