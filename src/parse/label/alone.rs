//! A name alone on its line: a script's, or a podcast transcript's, way of labelling a turn,
//! with the speech on the lines below:
//!
//! ```text
//! MAYOR OKONJO
//! We open the session.
//!
//! Ira Glass
//! It's the show.
//! ```
//!
//! By itself such a line is a title as often as a name (`COUNCIL SESSION`, `Background`):
//! this file only says whether a line has the shape of one; the units pass takes it for a
//! label when the text shows the habit, names that come back with speech below them (see
//! `units::alone`).

use super::LabelMatch;
use super::colon::bare_name;
use super::shape::Token;
use crate::ast::LabelStyle;

/// The longest line that can be a name alone, in bytes: a title and two or three names.
pub(crate) const MAX_LINE: usize = 48;

/// Most words such a name may have.
const MAX_NAME_WORDS: usize = 4;

/// Recognises a line that may be a name alone: `line` must be the whole line, trimmed.
///
/// ```text
/// name_alone ::= word (gap word){0,3}   -- the words of a colon label (`colon::bare_name`),
///                                       -- each capitalised, the last ending in a letter or
///                                       -- a digit (`SPEAKER 2`); one word in capitals
///                                       -- unless generic
/// ```
///
/// The name is the whole line; the punctuation is an empty span at its end.
#[inline]
pub(crate) fn name_alone(line: &str) -> Option<LabelMatch> {
    // One byte at each end tells most lines apart: a sentence ends with a stop, a long line
    // is no name.
    let (Some(first), Some(last)) = (line.as_bytes().first(), line.as_bytes().last()) else {
        return None;
    };
    if line.len() > MAX_LINE
        || !(first.is_ascii_uppercase() || *first >= 0x80)
        || !(last.is_ascii_alphanumeric() || *last >= 0x80)
    {
        return None;
    }
    name_alone_grammar(line)
}

/// [`name_alone`] past its tests of single bytes.
#[inline(never)]
fn name_alone_grammar(line: &str) -> Option<LabelMatch> {
    let (tokens, rest) = super::colon::tokens(line)?;
    if !rest.is_empty() || tokens.len > MAX_NAME_WORDS {
        return None;
    }
    // Every word capitalised: a line with a word in lower case is a sentence or a title
    // (`Mayor of London` is a title as often as a person).
    let capitalised = tokens.iter().all(|t| match t {
        Token::Word(w) => super::is_capitalised(w) || w.starts_with(|c: char| c.is_ascii_digit()),
        Token::Gloss(_) => false,
    });
    if !capitalised {
        return None;
    }
    let style = bare_name(line)?;
    // One word in title case is a section as often as a name (`World`, `Verse`, `Kyiv`): a
    // single name must be in capitals (`OKONJO`, `CLERK`) or generic.
    if tokens.len == 1 && style != LabelStyle::Generic && line.chars().any(char::is_lowercase) {
        return None;
    }
    // A number stands only after a generic word (`SPEAKER 2`); `STEP 1`, `CHAPTER 11` are
    // titles.
    if style != LabelStyle::Generic && line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    LabelMatch::new((0, line.len()), None, (line.len(), line.len()), style)
}

/// The parties the House of Commons' record prints after a member's seat, in brackets.
const PARTIES: &[&str] = &[
    "Con",
    "Lab",
    "LD",
    "SNP",
    "Lab/Co-op",
    "Lab Co-op",
    "DUP",
    "PC",
    "Ind",
    "Green",
    "Alba",
    "SDLP",
    "UUP",
    "Reform",
    "Alliance",
    "SF",
    "TUV",
    "CB",
];

/// Recognises a member of Parliament named alone on a line, as Hansard's web pages print a
/// speaker, the speech below: `line` must be the whole line, trimmed. Unlike a bare name,
/// such a line is a label by itself: a seat and a party in brackets, or an office and its
/// holder's name, are no title's.
///
/// ```text
/// member_alone ::= words aside        -- a colon label's words and aside (`colon::head_label`)
///                                     -- the last parenthetical a party: `Sir Geoffrey
///                                     -- Clandon (North Dorset) (Con)`; or `The` and an office,
///                                     -- the holder's name in it: `The Minister for Energy
///                                     -- Security (Rebecca Fanshawe)`
/// ```
///
/// The aside is the brackets; the punctuation is an empty span at the line's end.
#[inline]
pub(crate) fn member_alone(line: &str) -> Option<LabelMatch> {
    if line.len() > super::WINDOW || line.as_bytes().last() != Some(&b')') {
        return None;
    }
    member_grammar(line)
}

/// [`member_alone`] past its one-byte test.
#[inline(never)]
fn member_grammar(line: &str) -> Option<LabelMatch> {
    let m = super::colon::head_label(line, (line.len(), line.len()))?;
    let (a, b) = m.aside()?;
    let aside = line.get(a..b)?;
    let last = aside
        .rsplit('(')
        .next()?
        .trim_end_matches(')')
        .trim_matches(super::is_gap);
    let party = PARTIES.contains(&last);
    // An office (`The Minister for …`, `The Secretary of State for …`), not any title with a
    // name in brackets (`The Beatles (Abbey Road)`).
    let office = line.get(..a).is_some_and(|head| {
        head.split(' ').any(|w| {
            matches!(
                w,
                "Minister"
                    | "Secretary"
                    | "Speaker"
                    | "Chancellor"
                    | "Leader"
                    | "Chair"
                    | "Chairman"
                    | "President"
                    | "Paymaster"
                    | "Solicitor"
                    | "Attorney"
            )
        })
    });
    let holder = line.starts_with("The ")
        && office
        && !aside.contains(") (")
        && (2..=4).contains(&last.split(' ').count())
        && last.split(' ').all(super::is_capitalised);
    (party || holder).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::{member_alone, name_alone};
    use crate::ast::LabelStyle;

    #[test]
    fn names_in_capitals_title_case_and_generic() {
        // `MAYOR OKONJO` is 12 bytes: the name is the whole line, the punctuation empty at
        // its end.
        let m = name_alone("MAYOR OKONJO");
        assert_eq!(m.map(|m| (m.name(), m.punct())), Some(((0, 12), (12, 12))));
        assert!(name_alone("Ira Glass").is_some());
        assert!(name_alone("DR. LENA HART").is_some());
        assert_eq!(
            name_alone("SPEAKER 2").map(|m| m.style),
            Some(LabelStyle::Generic)
        );
    }

    #[test]
    fn sentences_titles_and_long_lines_are_not() {
        for line in [
            "Noted.",
            "I object.",
            "Thank you",
            "Mayor of London",
            "STEP 1",
            "Chapter 11",
            "What now?",
            "Budget hearing, part two",
            "The Five Things We Learned From The Long Hearing",
            "MAYOR (laughing)",
            "mayor okonjo",
            "World",
            "Verse",
            "",
        ] {
            assert!(name_alone(line).is_none(), "{line:?}");
        }
    }

    #[test]
    fn members_with_a_party_or_an_office() {
        // `Sir Geoffrey Clandon` is 20 bytes; the aside runs from its brackets to the end.
        let line = "Sir Geoffrey Clandon (North Dorset) (Con)";
        let m = member_alone(line);
        assert_eq!(
            m.map(|m| (m.name(), m.aside(), m.punct())),
            Some(((0, 20), Some((21, 41)), (41, 41)))
        );
        assert!(member_alone("The Minister for Energy Security (Rebecca Fanshawe)").is_some());
        assert!(member_alone("The Secretary of State for Wales (Ana Ruiz)").is_some());
        assert!(member_alone("Dame Ada Holt (Bath) (LD)").is_some());
    }

    #[test]
    fn titles_with_brackets_are_not() {
        for line in [
            "Port levy (debate)",
            "The Budget (2025)",
            "Energy Security (Con)tinued",
            "Ana Ruiz (Spain)",
            "The Year in Review (Part Two of the Series)",
            "The Beatles (Abbey Road)",
            "The Queen (Elizabeth Windsor)",
        ] {
            assert!(member_alone(line).is_none(), "{line:?}");
        }
    }
}
