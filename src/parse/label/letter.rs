//! Question-and-answer letters without a colon: a court or deposition transcript's
//! `Q. Where were you?` / `A. At home.`, and a press briefing's `Q    What did he say?`
//! (the letter, then a wide gap, as the White House prints it).
//!
//! A capital and a full stop are also an initial (`A. Lincoln wrote`), so `A.` is a label
//! only in a text that has already asked a question this way; the caller keeps that state.
//! A letter and one space is ordinary prose (`Q and A`), so the gap form needs two spaces
//! or a tab, except for a question in a text that already has speaker labels: briefings
//! copied from the web lose the wide gap (`Q Thank you. When is the trip?`), and the caller
//! says when that is allowed.

use super::words::{self, Lower};
use super::{LabelMatch, gap, is_gap};
use crate::ast::LabelStyle;
use crate::lexical::is_space;
use nom::bytes::complete::take_while1;
use nom::character::complete::{char as ch, one_of};
use nom::combinator::verify;
use nom::{IResult, Parser};

/// Which letter opened the paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Letter {
    Question,
    Answer,
}

/// A gap of two spaces or more, or one with a tab or a no-break space in it.
fn wide_gap(i: &str) -> IResult<&str, &str> {
    verify(take_while1(is_gap), |g: &str| g.len() >= 2 || g != " ").parse(i)
}

/// Recognises a question or answer letter at the start of `line`; `answers` says whether an
/// answer letter may be one (the text has asked with a letter before), `loose` whether a
/// question letter may be followed by one space (the text has speaker labels).
///
/// ```text
/// letter_label ::= ('Q' | 'A') '.' gap speech
///                | ('Q' | 'A') wide_gap speech
///                | 'Q' ' ' upper speech?          (when loose)
/// speech       ::= a character that is not lower case, not white space
/// ```
///
/// The match's punctuation is the full stop, or an empty span after the letter when a gap
/// ends the label.
#[inline]
pub(crate) fn letter_label(line: &str, answers: bool, loose: bool) -> Option<(Letter, LabelMatch)> {
    // Most lines start with another letter: one byte says so, inlined into the caller (a
    // call into the grammar costs more than the test).
    if !matches!(line.as_bytes().first(), Some(b'Q' | b'A')) {
        return None;
    }
    letter_grammar(line, answers, loose)
}

/// [`letter_label`] past its one-byte test.
#[inline(never)]
fn letter_grammar(line: &str, answers: bool, loose: bool) -> Option<(Letter, LabelMatch)> {
    let (rest, letter) = one_of::<_, _, nom::error::Error<&str>>("QA")
        .parse(line)
        .ok()?;
    let letter = if letter == 'Q' {
        Letter::Question
    } else {
        Letter::Answer
    };
    if letter == Letter::Answer && !answers {
        return None;
    }
    let stopped: IResult<&str, _> = (ch('.'), gap).parse(rest);
    let one_space = || {
        let speech = rest.strip_prefix(' ')?;
        let upper = speech.chars().next().is_some_and(char::is_uppercase);
        (loose && letter == Letter::Question && upper && opens_question(speech)).then_some(speech)
    };
    let (speech, stop) = match stopped {
        Ok((speech, _)) => (speech, true),
        Err(_) => (wide_gap(rest).ok().map(|r| r.0).or_else(one_space)?, false),
    };
    let first = speech.chars().next()?;
    if first.is_lowercase() || is_space(first) {
        return None;
    }
    let punct = if stop { (1, 2) } else { (1, 1) };
    let m = LabelMatch::new((0, 1), None, punct, LabelStyle::Generic)?;
    Some((letter, m))
}

/// Whether `speech` is a reporter's question: it asks one (`Mr. President, on tariffs?`),
/// breaks off as an interrupted one does (`Dana —`), or starts as one does (`Thank you.`,
/// `So what`, `Can you`, `Sorry.`, `The Chamber says`). After `Q` and one space, a name
/// making a statement (`Q Street will reopen.`, `Q Magazine named it.`) is prose.
fn opens_question(speech: &str) -> bool {
    let word = speech
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '\'' || c == '’'))
        .next()
        .unwrap_or("");
    // An interrupted question is short: `Q Dana --`, `Q Senator, just one —`.
    let short = speech.split_whitespace().nth(5).is_none();
    let end = speech.trim_end_matches(is_space);
    let broken_off = short && (end.ends_with(['—', '–', '…']) || end.ends_with("--"));
    words::question_opener(Lower::new(word).as_bytes()) || speech.contains('?') || broken_off
}

#[cfg(test)]
mod tests {
    use super::{Letter, letter_label};

    /// The letter, the name's span and the punctuation's span.
    type Parts = (Letter, (usize, usize), (usize, usize));

    fn parts(line: &str, answers: bool) -> Option<Parts> {
        letter_label(line, answers, false).map(|(l, m)| (l, m.name(), m.punct()))
    }

    #[test]
    fn question_and_answer_letters() {
        assert_eq!(
            parts("Q. Where were you?", false),
            Some((Letter::Question, (0, 1), (1, 2)))
        );
        assert_eq!(
            parts("A. At home.", true),
            Some((Letter::Answer, (0, 1), (1, 2)))
        );
        // The gap form: the punctuation is empty, right after the letter.
        assert_eq!(
            parts("Q    What did he say?", false),
            Some((Letter::Question, (0, 1), (1, 1)))
        );
        assert_eq!(
            parts("Q\tAnd China?", false),
            Some((Letter::Question, (0, 1), (1, 1)))
        );
        assert_eq!(
            parts("A  \u{201c}Never,\u{201d} he said.", true),
            Some((Letter::Answer, (0, 1), (1, 1)))
        );
    }

    #[test]
    fn initials_and_prose_are_not_letters() {
        // `A.` before any question: an initial.
        assert_eq!(parts("A. Lincoln wrote it.", false), None);
        // One space: prose.
        assert_eq!(parts("Q and A followed.", false), None);
        assert_eq!(parts("A new law.", true), None);
        // Lower case after the letter: a wrapped sentence or a list.
        assert_eq!(parts("Q. where", false), None);
        // Glued or other letters.
        assert_eq!(parts("Q.E.D. as shown.", false), None);
        assert_eq!(parts("Qatar said no.", false), None);
        assert_eq!(parts("B. Second point.", true), None);
        // Nothing after the letter.
        assert_eq!(parts("Q.", false), None);
        assert_eq!(parts("Q    ", false), None);
    }

    #[test]
    fn a_question_letter_and_one_space_in_a_text_with_labels() {
        let loose = |line: &str| letter_label(line, false, true).map(|(l, m)| (l, m.punct()));
        assert_eq!(
            loose("Q Thank you. When is the trip?"),
            Some((Letter::Question, (1, 1)))
        );
        assert_eq!(
            loose("Q The Chamber says it costs more. Is it?"),
            Some((Letter::Question, (1, 1)))
        );
        // A question or a broken-off one, whatever its first word: a title, a name.
        for line in [
            "Q Mr. President, on tariffs?",
            "Q Dana, one more?",
            "Q Secretary Vale, is the deal done?",
            "Q Dana —",
            "Q Senator -- ",
            "Q Sorry.",
        ] {
            assert_eq!(loose(line), Some((Letter::Question, (1, 1))), "{line}");
        }
        // A name after the letter: a street, a magazine; a long sentence that breaks off.
        assert_eq!(loose("Q Street will reopen on Monday."), None);
        assert_eq!(
            loose("Q Street will reopen on Monday, officials said --"),
            None
        );
        assert_eq!(loose("Q Magazine named it."), None);
        // Only the question letter, only before a capital.
        assert_eq!(loose("Q and A followed."), None);
        assert_eq!(loose("A New law."), None);
        assert_eq!(loose("Q "), None);
        // Without labels in the text, one space is prose.
        assert_eq!(parts("Q Thank you.", false), None);
    }
}
