//! The units of the Congressional Record's plain text that are not speech: page markers,
//! centred titles, and the narration of the proceedings.
//!
//! The Record is hard-wrapped at about 70 columns; a paragraph starts with a two-space
//! indent and no blank line; material inserted into the Record (letters, articles, bill
//! text) is indented five spaces or more; titles are centred and in capitals. The narration
//! (`The bill clerk proceeded to call the roll.`) is the reporters' voice, not a speaker's.

use crate::lexical::is_space;
use nom::bytes::complete::{tag, take_while1};
use nom::combinator::eof;
use nom::{IResult, Parser};

/// The least indent, in columns, of material inserted into the Record; also the least
/// indent of a centred title.
pub(crate) const INSERT_INDENT: usize = 5;

/// The longest narration paragraph, in bytes. Narration is one sentence of procedure; a
/// longer paragraph is speech that happens to start like one.
const MAX_NARRATION: usize = 400;

/// The most words a centred title may have.
const MAX_TITLE_WORDS: usize = 16;

/// A page marker, `[[Page S697]]`, `[[Page H1234]]`, `[[Page 257]]`, or the House's time
/// marker, `{time}  1415`: where the printed Record turned a page or the clock, inside
/// whatever was going on.
///
/// ```text
/// marker ::= "[[Page" gap (letter | digit | '-')+ "]]" | "{time}" gap digit+
/// ```
#[inline]
pub(crate) fn page_marker(line: &str) -> bool {
    // One byte rules out almost every line before the grammar runs, inlined into the caller
    // (a call into the grammar costs more than the test).
    matches!(line.as_bytes().first(), Some(b'[' | b'{')) && page_marker_grammar(line)
}

/// [`page_marker`] past its one-byte test.
#[inline(never)]
fn page_marker_grammar(line: &str) -> bool {
    let page = (
        tag("[[Page"),
        take_while1(is_space),
        take_while1(|c: char| c.is_ascii_alphanumeric() || c == '-'),
        tag("]]"),
        eof,
    )
        .map(|_| ());
    let time = (
        tag("{time}"),
        take_while1(is_space),
        take_while1(|c: char| c.is_ascii_digit()),
        eof,
    )
        .map(|_| ());
    let marker: IResult<&str, ()> = nom::branch::alt((page, time)).parse(line);
    marker.is_ok()
}

/// A centred title in capitals: `TRIBUTE TO ANTON HOLLIS`, indented [`INSERT_INDENT`]
/// columns or more, with no closing punctuation (`SEC. 2. FINDINGS.` is bill text).
///
/// ```text
/// centred-title ::= indent word (gap word)*  -- capitals: no lower-case letter, two
///                                            -- capitals or more; at most 16 words
/// ```
pub(crate) fn centred_title(line: &str, indent: usize) -> bool {
    if indent < INSERT_INDENT
        || line.ends_with(['.', ',', ';', ':'])
        || line.chars().any(char::is_lowercase)
        || line.chars().filter(|c| c.is_uppercase()).nth(1).is_none()
    {
        return false;
    }
    line.split(is_space)
        .filter(|w| !w.is_empty())
        .nth(MAX_TITLE_WORDS)
        .is_none()
}

/// Openers that mark narration whatever follows: `There being no objection, ...`,
/// `Thereupon, the Senate ... adjourned ...`.
fn opener(i: &str) -> IResult<&str, &str> {
    nom::branch::alt((
        tag("There being no objection,"),
        tag("Thereupon,"),
        tag("Thereupon "),
        tag("Whereupon,"),
        tag("Whereupon "),
    ))
    .parse(i)
}

/// What the narration speaks of: the chamber, its officers and its business.
fn proceedings_noun(w: &str) -> bool {
    matches!(
        w,
        "clerk"
            | "clerks"
            | "senate"
            | "house"
            | "chair"
            | "officer"
            | "speaker"
            | "president"
            | "chairman"
            | "chaplain"
            | "journal"
            | "motion"
            | "amendment"
            | "amendments"
            | "bill"
            | "bills"
            | "resolution"
            | "question"
            | "result"
            | "yeas"
            | "nays"
            | "vote"
            | "message"
            | "nomination"
            | "nominations"
            | "preamble"
            | "report"
            | "roll"
            | "quorum"
            | "pledge"
            | "prayer"
    )
}

/// Verbs of procedure in the past tense: `The legislative clerk read ...`, `The Senate
/// adjourned ...`.
fn procedure_verb(w: &str) -> bool {
    matches!(
        w,
        "read"
            | "proceeded"
            | "called"
            | "laid"
            | "offered"
            | "adjourned"
            | "recessed"
            | "reassembled"
            | "resumed"
            | "met"
            | "assembled"
            | "convened"
            | "announced"
            | "took"
            | "returned"
            | "transmitted"
            | "presented"
            | "submitted"
            | "appeared"
            | "led"
    )
}

/// A past participle after `was`/`were`: `was agreed to`, `were ordered`, `was read`.
fn participle(w: &str) -> bool {
    (w.len() > 3 && w.ends_with("ed"))
        || matches!(
            w,
            "read"
                | "taken"
                | "laid"
                | "held"
                | "made"
                | "given"
                | "sent"
                | "heard"
                | "put"
                | "withdrawn"
        )
}

/// Words that cannot stand in the subject of narration: a modal or a present tense makes
/// it speech (`The clerk will call the roll.` is the Chair's).
fn not_in_subject(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "shall"
            | "may"
            | "must"
            | "can"
            | "should"
            | "would"
            | "is"
            | "are"
            | "has"
            | "have"
    )
}

/// The most words before the verb of narration: `The assistant legislative clerk`,
/// `The bill (S. 123)`.
const MAX_SUBJECT_WORDS: usize = 8;

/// The first line of a narration paragraph: the reporters' account of the proceedings.
///
/// ```text
/// narration ::= opener
///             | '(' ...                            -- `(Mr. HOLLIS asked and was given ...)`
///             | ("The" | "A" | "An") gap subject gap verb
/// subject   ::= word (gap word){0,7}               -- holds a proceedings noun: clerk,
///                                                  -- Senate, motion, amendment, yeas ...
/// verb      ::= procedure-verb | ("was" | "were") gap ("not" gap)? participle
///             | ("is" | "are") gap "as" gap "follows"
/// ```
///
/// Whether the whole paragraph is narration is [`narration_body`]'s to say.
pub(crate) fn narration(line: &str) -> bool {
    if line.starts_with('(') || opener(line).is_ok() {
        return true;
    }
    let article: IResult<&str, _> = (
        nom::branch::alt((tag("The"), tag("An"), tag("A"))),
        take_while1(is_space),
    )
        .parse(line);
    let Ok((rest, _)) = article else {
        return false;
    };
    // Words without the punctuation around them: `(S.`, `announced--yeas`, `Chaplain,`.
    let mut words = rest.split(is_space).filter_map(|w| {
        w.split(|c: char| !c.is_alphabetic())
            .find(|p| !p.is_empty())
    });
    let mut subject = false;
    for _ in 0..MAX_SUBJECT_WORDS {
        let Some(w) = words.next() else {
            return false;
        };
        if subject && procedure_verb(w) {
            return true;
        }
        if subject && matches!(w, "was" | "were") {
            let next = match words.next() {
                Some("not") => words.next(),
                next => next,
            };
            return next.is_some_and(participle);
        }
        // `The text of the bill is as follows:`.
        if subject && matches!(w, "is" | "are") {
            return words.next() == Some("as") && words.next() == Some("follows");
        }
        if not_in_subject(w) {
            return false;
        }
        let mut buf = [0u8; 16];
        subject |= lower_ascii(w, &mut buf).is_some_and(proceedings_noun);
    }
    false
}

/// `w` in ASCII lower case, in `buf`; `None` if it does not fit.
fn lower_ascii<'a>(w: &str, buf: &'a mut [u8; 16]) -> Option<&'a str> {
    let bytes = w.as_bytes();
    let dst = buf.get_mut(..bytes.len())?;
    for (d, s) in dst.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(dst).ok()
}

/// A court reporter's note between the turns: who examines the witness now (`BY MS.
/// CHEN:`, `BY MR. HOLT:`), or that the witness was sworn (`ROSA LIND, having been duly
/// sworn, testified as follows:`).
///
/// ```text
/// court_note ::= 'BY' gap ('MR.' | 'MS.' | 'MRS.' | 'DR.') gap upper-word+ ':'   -- the line
///              | … 'duly sworn' … 'as follows:'                 -- 200 bytes at most
/// ```
pub(crate) fn court_note(line: &str) -> bool {
    if let Some(rest) = line.strip_prefix("BY ") {
        let Some(name) = ["MR. ", "MS. ", "MRS. ", "DR. "]
            .iter()
            .find_map(|t| rest.strip_prefix(t))
            .and_then(|n| n.strip_suffix(':'))
        else {
            return false;
        };
        return !name.is_empty()
            && name.len() <= 40
            && name
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '’' | '.'));
    }
    line.len() <= 200 && line.ends_with("as follows:") && line.contains("duly sworn")
}

/// Hansard's note that members rise to speak, on a line of its own: `Mr Keld rose—`,
/// `Several hon. Members rose—`, `The Prime Minister rose—`. A member is named with a title
/// or as members; a sentence broken off (`Prices rose—`, `The sun rose—`) is speech.
///
/// ```text
/// rises  ::= member 'rose' ' '? ('—' | '–' | '--')     -- eight words at most
/// member ::= title gap …  | 'The' gap upper …  | … 'Member' 's'? gap
/// title  ::= 'Mr' | 'Mrs' | 'Ms' | 'Miss' | 'Dr' | 'Sir' | 'Dame' | 'Lord' | 'Lady' | …
/// ```
pub(crate) fn rises(line: &str) -> bool {
    let Some(head) = ["—", "–", "--"].iter().find_map(|d| line.strip_suffix(d)) else {
        return false;
    };
    let head = head.strip_suffix(' ').unwrap_or(head);
    let Some(who) = head.strip_suffix("rose").filter(|w| w.ends_with(' ')) else {
        return false;
    };
    let mut words = who.split_whitespace();
    let (Some(first), second) = (words.next(), words.next()) else {
        return false;
    };
    if who.split_whitespace().nth(7).is_some() {
        return false;
    }
    let titled = matches!(
        first.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Sir" | "Dame" | "Lord" | "Lady" | "Baroness"
    );
    let office = first == "The" && second.is_some_and(|w| w.starts_with(char::is_uppercase));
    let members = who.contains("Member");
    titled || office || members
}

/// Whether a unit whose first line is [`narration`] is narration as a whole: short, and
/// in the third person (a first or second person pronoun makes it speech). A parenthesised
/// paragraph must close its parenthesis at its end.
pub(crate) fn narration_body(body: &str) -> bool {
    if body.len() > MAX_NARRATION {
        return false;
    }
    if body.starts_with('(') && !body.ends_with(')') {
        return false;
    }
    !body
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .any(|w| {
            matches!(
                w,
                "I" | "me"
                    | "my"
                    | "we"
                    | "We"
                    | "us"
                    | "our"
                    | "Our"
                    | "you"
                    | "You"
                    | "your"
                    | "Your"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn court_notes() {
        for s in [
            "BY MS. CHEN:",
            "BY MR. O'HARA:",
            "ROSA LIND, having been duly sworn, testified as follows:",
            "MARK HOLT, having been first duly sworn, was examined and testified as follows:",
        ] {
            assert!(court_note(s), "{s}");
        }
        for s in [
            "BY MS. CHEN: Objection.",
            "By Ms. Chen:",
            "BY THE WAY:",
            "She said the witness, having been sworn, lied.",
        ] {
            assert!(!court_note(s), "{s}");
        }
    }

    #[test]
    fn members_rising() {
        for s in [
            "Mr Keld rose—",
            "Several hon. Members rose—",
            "Ms Ada Holt rose --",
        ] {
            assert!(rises(s), "{s}");
        }
        for s in [
            "The sun rose—",
            "rose—",
            "Prices rose—",
            "Mr Keld rose to speak.",
            "Mr Keld arose—",
            "Mr Holt and the Members of the committee from the north rose—",
        ] {
            assert!(!rises(s), "{s}");
        }
        assert!(rises("The Prime Minister rose—"));
    }

    #[test]
    fn page_markers() {
        for s in [
            "[[Page S697]]",
            "[[Page H1234]]",
            "[[Page 257]]",
            "[[Page E12-E13]]",
            "{time}  1415",
        ] {
            assert!(page_marker(s), "{s}");
        }
        for s in [
            "[[Page S697]] and more",
            "[Page S697]",
            "[[Page ]]",
            "[[Pages S1]]",
            "{time} noon",
            "{time}",
        ] {
            assert!(!page_marker(s), "{s}");
        }
    }

    #[test]
    fn centred_titles() {
        assert!(centred_title("TRIBUTE TO ANTON HOLLIS", 20));
        assert!(centred_title("HARBOUR ACT OF 2005", 5));
        assert!(!centred_title("TRIBUTE TO ANTON HOLLIS", 2));
        assert!(!centred_title("SEC. 2. FINDINGS.", 5));
        assert!(!centred_title("Washington, DC, March 3, 2005", 30));
        assert!(!centred_title("A", 30));
        assert!(!centred_title(&"WORD ".repeat(20), 6));
    }

    #[test]
    fn narration_lines() {
        for s in [
            "The bill clerk proceeded to call the roll.",
            "The legislative clerk read as follows:",
            "The assistant legislative clerk read the following letter:",
            "There being no objection, the material was ordered to be printed in",
            "Thereupon, the Senate, at 6:12 p.m., adjourned until Monday,",
            "The yeas and nays were ordered.",
            "The amendment was not agreed to.",
            "The motion to reconsider was laid upon the table.",
            "The PRESIDING OFFICER laid before the Senate the following message",
            "The result was announced--yeas 51, nays 47, as follows:",
            "The bill (S. 123) was read the third time and passed.",
            "A message from the House of Representatives was received.",
            "The text of the bill is as follows:",
            "(Mr. HOLLIS asked and was given permission to revise and extend",
        ] {
            assert!(narration(s), "{s}");
        }
        for s in [
            "The clerk will call the roll.",
            "The result was a disaster for the harbour towns.",
            "The harbour towns were flooded.",
            "The question is on agreeing to the amendment.",
            "The bill is as good as any we have seen.",
            "There is no objection.",
            "Mr. President, the clerk read it.",
            "Then the vote was taken.",
            "The",
        ] {
            assert!(!narration(s), "{s}");
        }
    }

    #[test]
    fn narration_bodies() {
        assert!(narration_body("The bill clerk proceeded to call the roll."));
        assert!(narration_body(
            "(Mr. HOLLIS asked and was given permission to revise and\nextend his remarks.)"
        ));
        assert!(!narration_body("(Mr. HOLLIS asked and was given"));
        assert!(!narration_body(
            "The bill was passed last year, and I voted for it."
        ));
        assert!(!narration_body(&format!(
            "The bill was read {}",
            "again ".repeat(80)
        )));
    }
}
