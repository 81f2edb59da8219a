//! Congressional Record labels: `Mr. SMITH.`, `Ms. MILLENDER-McDONALD.`,
//! `Mr. SMITH of New Jersey.`, `Ms. LINDA T. SANCHEZ of California.`,
//! `The PRESIDING OFFICER (Mr. KYL).`, `The SPEAKER pro tempore (Mr. Foley).`,
//! `The Acting CHAIRMAN.`, `The CLERK.`.
//!
//! The Record names a member with a courtesy title and the surname in capitals, and an
//! officer with `The` and the office in capitals; a full stop ends the label. Neither a bill
//! section (`SEC. 101.`) nor a title in capitals (`JOHN ST. JAMES REMEMBERED`) has the
//! courtesy title or the office, so neither is a label. The transcripts of congressional
//! hearings print the same labels in mixed case (`Mr. Tolliver.`, `Senator Cantwell.`,
//! `Chairwoman Reyes.`, `The Chairman.`); there the speech must start with a capital or a
//! quotation mark after the full stop, since a sentence may end with a name (`Ask Dr. Lee.`).

use super::words;
use super::{LabelMatch, WINDOW, clip, first_char, gap};
use crate::ast::LabelStyle;
use crate::lexical::is_space;
use nom::bytes::complete::{tag, take_till1, take_while1};
use nom::character::complete::{char as ch, satisfy};
use nom::combinator::{opt, recognize, verify};
use nom::sequence::{delimited, preceded};
use nom::{IResult, Parser};

/// Most parts (surnames and initials) in a member's name: `LINDA T. SANCHEZ`.
const MAX_PARTS: usize = 5;
/// Most words in an office: `SERGEANT AT ARMS`, `ACTING PRESIDENT`.
const MAX_OFFICE_WORDS: usize = 4;
/// Most words in a place: `of New Jersey`, `of the Virgin Islands`.
const MAX_PLACE_WORDS: usize = 4;
/// The longest parenthetical after a label, in bytes: `(Mr. KYL)`, `(Mrs. CAPITO)`.
const MAX_ASIDE: usize = 64;

fn courtesy(i: &str) -> IResult<&str, &str> {
    verify(
        take_while1(|c: char| c.is_alphabetic() || c == '.'),
        words::courtesy,
    )
    .parse(i)
}

/// A surname in capitals, with the Record's mixed-case prefixes: `SMITH`, `McCAIN`,
/// `DeFAZIO`, `MILLENDER-McDONALD`, `O'NEILL`. A run of lower-case letters is at most two
/// long, follows the capital that starts a segment, and comes before another capital.
fn surname_ok(w: &str) -> bool {
    let mut capitals = 0;
    let mut lower_run = 0;
    // The capital before the current lower-case run started a segment.
    let mut segment_start = false;
    let mut prev = '-';
    for c in w.chars() {
        if c.is_uppercase() {
            capitals += 1;
            segment_start = matches!(prev, '-' | '\'' | '’');
            lower_run = 0;
        } else if c.is_lowercase() {
            lower_run += 1;
            if lower_run > 2 || !(segment_start || lower_run == 2) || !prev.is_alphabetic() {
                return false;
            }
        } else if !matches!(c, '-' | '\'' | '’') {
            return false;
        }
        prev = c;
    }
    capitals >= 2 && prev.is_uppercase()
}

fn surname(i: &str) -> IResult<&str, &str> {
    verify(
        take_while1(|c: char| c.is_alphabetic() || matches!(c, '-' | '\'' | '’')),
        surname_ok,
    )
    .parse(i)
}

/// `T.` in `LINDA T. SANCHEZ`.
fn initial(i: &str) -> IResult<&str, &str> {
    recognize((satisfy(char::is_uppercase), ch('.'))).parse(i)
}

/// `of New Jersey`, `of the Virgin Islands`.
fn place(i: &str) -> IResult<&str, &str> {
    let place_word = |i| {
        verify(take_while1(char::is_alphabetic), |w: &str| {
            w == "the" || first_char(w).is_some_and(char::is_uppercase)
        })
        .parse(i)
    };
    let (mut rest, _) = (gap, tag("of"), gap, place_word).parse(i)?;
    for _ in 1..MAX_PLACE_WORDS {
        match preceded(gap, place_word).parse(rest) {
            Ok((r, _)) => rest = r,
            Err(_) => break,
        }
    }
    Ok((rest, i.get(..i.len() - rest.len()).unwrap_or("")))
}

/// `(Mr. KYL)`.
fn aside(i: &str) -> IResult<&str, &str> {
    verify(
        recognize(delimited(
            ch('('),
            take_till1(|c| c == ')' || c == '\n' || c == '\r'),
            ch(')'),
        )),
        |a: &str| a.len() <= MAX_ASIDE,
    )
    .parse(i)
}

/// A member: the courtesy title, then names and initials that end with a surname.
fn member(i: &str) -> IResult<&str, ()> {
    let (mut rest, _) = (courtesy, gap).parse(i)?;
    let mut last_is_surname = false;
    for n in 0..MAX_PARTS {
        let part = if n == 0 {
            surname(rest).map(|(r, _)| (r, true))
        } else {
            preceded(gap, surname)
                .parse(rest)
                .map(|(r, _)| (r, true))
                .or_else(|_: nom::Err<_>| {
                    preceded(gap, initial).parse(rest).map(|(r, _)| (r, false))
                })
        };
        match part {
            Ok((r, is_surname)) => {
                rest = r;
                last_is_surname = is_surname;
            }
            Err(e) if n == 0 => return Err(e),
            Err(_) => break,
        }
    }
    if !last_is_surname {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    let (rest, _) = opt(place).parse(rest)?;
    Ok((rest, ()))
}

/// A word of a name in mixed case: a capital, then letters, hyphens and apostrophes, at least
/// one of them in lower case (`Tolliver`, `McCain`, `Blunt`); names in capitals are
/// [`surname`]'s.
fn titled(i: &str) -> IResult<&str, &str> {
    verify(
        take_while1(|c: char| c.is_alphabetic() || matches!(c, '-' | '\'' | '’')),
        |w: &str| {
            first_char(w).is_some_and(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                // A courtesy title's abbreviation is no name: `Mr. Mr.`.
                && !matches!(w, "Mr" | "Mrs" | "Ms" | "Mx" | "Dr" | "Miss" | "St" | "Sr" | "Jr")
        },
    )
    .parse(i)
}

/// A member in a hearing's mixed case: the courtesy title and one or two words of a name
/// (`Mr. Tolliver`, `Ms. Blunt Rochester`), perhaps a place.
fn hearing_member(i: &str) -> IResult<&str, ()> {
    let (rest, _) = (courtesy, gap, titled, opt((gap, titled)), opt(place)).parse(i)?;
    Ok((rest, ()))
}

/// A hearing's presiding officer: `The Chairman`, `The Chairwoman`, `The Chair`, `The Clerk`.
fn hearing_officer(i: &str) -> IResult<&str, ()> {
    let office = nom::branch::alt((
        tag("Chairman"),
        tag("Chairwoman"),
        tag("Chair"),
        tag("Clerk"),
    ));
    let (rest, _) = (tag("The"), gap, office).parse(i)?;
    Ok((rest, ()))
}

/// An officer: `The`, perhaps `Acting`, then the office in capitals, perhaps `pro tempore`.
fn officer(i: &str) -> IResult<&str, ()> {
    let caps = |i| take_while1(char::is_uppercase).parse(i);
    let (mut rest, (_, _, _, first)) =
        (tag("The"), gap, opt((tag("Acting"), gap)), caps).parse(i)?;
    let mut last = first;
    for _ in 1..MAX_OFFICE_WORDS {
        match preceded(gap, caps).parse(rest) {
            Ok((r, w)) => {
                rest = r;
                last = w;
            }
            Err(_) => break,
        }
    }
    if !words::office(last) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    let (rest, _) = opt((gap, tag("pro"), gap, tag("tempore"))).parse(rest)?;
    Ok((rest, ()))
}

/// Recognises a Congressional Record label at the start of `s` (the start of a paragraph).
///
/// ```text
/// record-label ::= (member | officer) (gap? aside)? '.' (space | end)
/// member       ::= courtesy gap surname (gap (surname | initial)){0,4} place?
///                                         -- the last part a surname
/// courtesy     ::= "Mr." | "Mrs." | "Ms." | "Miss" | "Dr." | "Senator" | "Chairman" | ...
///                                         -- a hearing's titles too: `words::courtesy`
/// surname      ::= (letter | '-' | "'")+  -- capitals, save a prefix: `Mc`, `De`, `La`
/// initial      ::= upper '.'
/// place        ::= gap "of" gap word (gap word){0,3}    -- capitalised words, or "the"
/// officer      ::= "The" gap ("Acting" gap)? caps (gap caps){0,3} (gap "pro" gap "tempore")?
///                                         -- the last caps word an office: OFFICER, CLERK, ...
/// aside        ::= '(' (char - ')' - line break){1,62} ')'
///
/// hearing-label ::= (hearing-member | hearing-officer) (gap? aside)? '.' gap (upper | mark)
/// hearing-member  ::= courtesy gap titled (gap titled)? place?   -- `Mr. Tolliver`
/// hearing-officer ::= "The" gap ("Chairman" | "Chairwoman" | "Chair" | "Clerk")
/// titled          ::= upper (letter | '-' | "'")*               -- with a lower-case letter
/// ```
pub(crate) fn record_label(s: &str) -> Option<LabelMatch> {
    // Every label starts with a courtesy title or `The`: one byte rules out most paragraphs.
    if !s
        .as_bytes()
        .first()
        .is_some_and(|&b| words::record_initial(b))
    {
        return None;
    }
    let window = clip(s, WINDOW);
    let (rest, mixed) = nom::branch::alt((
        member.map(|_| false),
        officer.map(|_| false),
        hearing_member.map(|_| true),
        hearing_officer.map(|_| true),
    ))
    .parse(window)
    .ok()?;
    let name_end = window.len() - rest.len();
    let (rest, aside) = opt(preceded(opt(gap), aside)).parse(rest).ok()?;
    let (after, _) = ch::<_, nom::error::Error<&str>>('.').parse(rest).ok()?;
    if !first_char(after).is_none_or(is_space) {
        return None;
    }
    // In mixed case the speech follows, and opens as a sentence does.
    if mixed {
        let speech = super::skip_spaces(after);
        let opens =
            first_char(speech).is_some_and(|c| c.is_uppercase() || crate::lexical::is_mark(c));
        if speech.len() == after.len() || !opens {
            return None;
        }
    }
    let dot = window.len() - rest.len();
    let aside = aside.map(|a| {
        let start = super::offset_of(window, a);
        (start, start + a.len())
    });
    LabelMatch::new((0, name_end), aside, (dot, dot + 1), LabelStyle::Record)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text, name span, aside span, full stop's offset; spans counted by hand.
    type Case = (&'static str, (usize, usize), Option<(usize, usize)>, usize);

    const LABELS: &[Case] = &[
        ("Mr. HOLLIS. Mr. President, I rise", (0, 10), None, 10),
        ("Mrs. VANCE. I yield", (0, 10), None, 10),
        // `Ms. ARBERRY-McTAVISH` is 20 bytes.
        ("Ms. ARBERRY-McTAVISH. Madam Speaker", (0, 20), None, 20),
        ("Mr. McGILL. Thank you.", (0, 10), None, 10),
        ("Mr. DeLANCEY. Yes.", (0, 12), None, 12),
        ("Mr. O'HARLAN. Yes.", (0, 12), None, 12),
        // `Mr. HOLLIS of New Hampshire` is 27 bytes.
        ("Mr. HOLLIS of New Hampshire. I rise", (0, 27), None, 27),
        // `Ms. MAREN J. OSTROW of Vermont` is 30 bytes.
        ("Ms. MAREN J. OSTROW of Vermont. I thank", (0, 30), None, 30),
        (
            "The PRESIDING OFFICER. Without objection",
            (0, 21),
            None,
            21,
        ),
        // `(Mr. TULL)` is 10 bytes, after `The PRESIDING OFFICER ` (22 bytes).
        (
            "The PRESIDING OFFICER (Mr. TULL). The clerk",
            (0, 21),
            Some((22, 32)),
            32,
        ),
        // `The SPEAKER pro tempore` is 23 bytes; `(Mr. Brand)` 11.
        (
            "The SPEAKER pro tempore (Mr. Brand). The gentleman",
            (0, 23),
            Some((24, 35)),
            35,
        ),
        ("The Acting CHAIRMAN. The question", (0, 19), None, 19),
        // `The ACTING PRESIDENT pro tempore` is 32 bytes.
        (
            "The ACTING PRESIDENT pro tempore. The Senator",
            (0, 32),
            None,
            32,
        ),
        ("The CHAIR. The gentlewoman", (0, 9), None, 9),
        ("The CLERK. Ms. Abbot.", (0, 9), None, 9),
        ("Mr. HOLLIS.", (0, 10), None, 10),
    ];

    #[test]
    fn labels() {
        for &(text, name, aside, dot) in LABELS {
            let m = record_label(text).unwrap_or_else(|| panic!("no label in {text:?}"));
            assert_eq!(m.name(), name, "{text}");
            assert_eq!(m.aside(), aside, "{text}");
            assert_eq!(m.punct(), (dot, dot + 1), "{text}");
            assert_eq!(m.style, LabelStyle::Record, "{text}");
        }
    }

    #[test]
    fn not_labels() {
        for t in [
            "Mr. Hollis went to the harbour.",
            "Mr. HOLLIS asked and was given permission to revise his remarks.",
            "Mr. HOLLIS.Then",
            "The U.S. is",
            "NATO. Then",
            "SEC. 101. SHORT TITLE.",
            "ANTON ST. JAMES KNEW THE HARBOUR",
            "The FBI. Then",
            "The PRESIDING OFFICER laid before the Senate a message.",
            "The clerk will call the roll.",
            "Mr. T. The end",
            "Mr. HOLLIS T. I rise",
            "Mr. HOLLIS of new things. Yes",
            // Mixed case: the speech must follow and open as a sentence does.
            "Mr. Smithson.",
            "Mr. Smithson. yes, he said",
            "Mr. Smithson.Yes",
            "Dr. Lee went home. Then",
            "The Chairman said so. Then",
            "Mr. Mr. Mr. ",
        ] {
            assert_eq!(record_label(t), None, "{t}");
        }
    }

    #[test]
    fn hearing_labels_in_mixed_case() {
        // (text, name's end, full stop's offset): `Mr. Smithson` is 12 bytes.
        for (text, name_end) in [
            ("Mr. Smithson. Yes", 12),
            ("Chairwoman Reyes. The subcommittee will come to order.", 16),
            ("Senator Cantwell. Thank you, Mr. Chairman.", 16),
            ("Ms. Blunt Rochester. Thank you.", 19),
            ("Mr. McGill. \u{201c}Fine,\u{201d} I said.", 10),
            ("The Chairman. The gentleman yields back.", 12),
            ("Mr. Holt of Maine. I thank the chair.", 17),
        ] {
            let m = record_label(text).unwrap_or_else(|| panic!("no label in {text:?}"));
            assert_eq!(m.name(), (0, name_end), "{text}");
            assert_eq!(m.punct(), (name_end, name_end + 1), "{text}");
        }
    }

    #[test]
    fn surnames() {
        for w in [
            "SMITH",
            "McCAIN",
            "DeFAZIO",
            "MacARTHUR",
            "MILLENDER-McDONALD",
            "O'NEILL",
        ] {
            assert!(surname_ok(w), "{w}");
        }
        for w in [
            "Smith", "S", "McCain", "SMITh", "MaccCAIN", "SM1TH", "cSMITH",
        ] {
            assert!(!surname_ok(w), "{w}");
        }
    }
}
