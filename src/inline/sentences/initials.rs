//! One capital letter before a full stop: an initial, or the pronoun `I` ending a sentence.
//!
//! ```text
//! initial ::= upper '.'                     (`Albert I. Jones`, `World War I.`)
//! pronoun ::= word space+ 'I' '.'           (`you and I.`: `word` starts in lower case)
//! ```
//!
//! An initial ends its sentence only before a word that opens one (`World War I. The ...`);
//! the pronoun ends it like any word.

use super::scan::{char_before, space_before};

/// How far back the word before `I` is looked for, in bytes.
const REACH: usize = 32;

/// Whether the `I` at `t` follows a word that starts in lower case (`you and I.`), which makes
/// it the pronoun rather than an initial.
pub(super) fn pronoun(text: &str, lo: usize, t: usize) -> bool {
    let floor = t.saturating_sub(REACH).max(lo);
    let mut at = t;
    while at > floor && space_before(text, at) {
        at -= char_before(text, at).map_or(1, char::len_utf8);
    }
    if at == t {
        return false;
    }
    let mut first = None;
    while at > floor {
        match char_before(text, at) {
            Some(c) if c.is_alphabetic() => {
                first = Some(c);
                at -= c.len_utf8();
            }
            _ => break,
        }
    }
    first.is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::pronoun;

    #[test]
    fn pronoun_or_initial() {
        let t = "you and I.";
        assert!(pronoun(t, 0, 8));
        let t = "see Albert I.";
        assert!(!pronoun(t, 0, 11));
        let t = "I.";
        assert!(!pronoun(t, 0, 0));
    }
}
