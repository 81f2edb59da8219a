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

#[cfg(test)]
mod tests {
    use super::name_alone;
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
}
