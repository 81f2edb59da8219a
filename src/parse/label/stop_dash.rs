//! Labels that end with a full stop and a dash, as the European Parliament's verbatim reports
//! print them, the speech on the same line:
//!
//! ```text
//! President. – The next item is the debate on the port levy.
//! Anna Lind (PPE). – Madam President, the levy rose.
//! Piet Vos, on behalf of the Renew Group. – Madam President, I disagree.
//! ```
//!
//! The words before the stop are a colon label's words and must make a name as those must
//! (`colon::head_label`); a sentence that ends and a dash that opens an aside (`It rose. –
//! And fell.`) does not make one.

use super::colon::head_label;
use super::{LabelMatch, clip, first_char, skip_spaces};

/// How far into a paragraph the dash may stand, in bytes: the longest heads (a name and a
/// political group's full name) are about a hundred.
const HEAD: usize = 160;

/// Recognises a stop-and-dash label at the start of `s` (the start of a paragraph).
///
/// ```text
/// stop_dash_label ::= words aside? '.' ' ' dash ' '   -- `colon::head_label`'s words
/// dash            ::= '–' | '—' | '-'
/// ```
///
/// The punctuation is the stop and the dash, and the speech after them must not start in
/// lower case.
pub(crate) fn stop_dash_label(s: &str) -> Option<LabelMatch> {
    let window = clip(s, HEAD);
    let bytes = window.as_bytes();
    // Most paragraphs have no dash near their start, and a dash is rarer than a stop: the
    // search is for the dash (`-`, or the last byte of `–` or `—`), then the bytes before it.
    let (dot, end) = memchr::memchr3_iter(b'-', 0x93, 0x94, bytes).find_map(|at| {
        let dot = stop_before(bytes, at)?;
        Some((dot, at + 1))
    })?;
    let after = window.get(end..)?;
    if !after.starts_with(' ') {
        return None;
    }
    let speech = skip_spaces(after);
    if first_char(speech).is_none_or(char::is_lowercase) {
        return None;
    }
    head_label(window.get(..dot)?, (dot, end))
}

/// Where the stop is when the dash that ends at byte `at` of `b` follows a stop and a space
/// (`. -`, `. –`, `. —`).
fn stop_before(b: &[u8], at: usize) -> Option<usize> {
    let dash = match b.get(at)? {
        b'-' => 1,
        // The last byte of U+2013 or U+2014.
        _ if b.get(at.checked_sub(2)?..at)? == [0xE2, 0x80] => 3,
        _ => return None,
    };
    let dot = at.checked_sub(dash + 1)?;
    (b.get(dot..dot + 2)? == b". ").then_some(dot)
}

#[cfg(test)]
mod tests {
    use super::stop_dash_label;

    /// `(name, aside, punct)` of the label at the start of `s`, as text.
    fn parts(s: &str) -> Option<(&str, Option<&str>, &str)> {
        let m = stop_dash_label(s)?;
        let ((n0, n1), (p0, p1)) = (m.name(), m.punct());
        Some((
            s.get(n0..n1)?,
            m.aside().and_then(|(a, b)| s.get(a..b)),
            s.get(p0..p1)?,
        ))
    }

    #[test]
    fn members_and_the_chair() {
        assert_eq!(
            parts("President. – The next item is the debate."),
            Some(("President", None, ". –"))
        );
        assert_eq!(
            parts("Anna Lind (PPE). – Madam President, the levy rose."),
            Some(("Anna Lind", Some("(PPE)"), ". –"))
        );
        assert_eq!(
            parts("Piet Vos, on behalf of the Renew Group. — Madam President."),
            Some(("Piet Vos, on behalf of the Renew Group", None, ". —"))
        );
        // Spans counted by hand: `Anna Lind (PPE)` is 15 bytes, the stop at 15, a space at
        // 16, the en dash (three bytes) at 17..20.
        let m = stop_dash_label("Anna Lind (PPE). – Yes.");
        assert_eq!(
            m.map(|m| (m.name(), m.aside(), m.punct())),
            Some(((0, 9), Some((10, 15)), (15, 20)))
        );
        assert!(stop_dash_label("Maria Costa (S&D), rapporteur. - Thank you.").is_some());
    }

    #[test]
    fn sentences_and_asides_are_not() {
        for s in [
            "It rose. – And then it fell.",
            "The levy rose 3%. – Reuters",
            "Thank you. – Madam President.",
            "President. – the debate is closed.",
            "President.–The debate is closed.",
            "President. –",
            "We disagree, Madam President. – Yes.",
            "",
        ] {
            assert_eq!(stop_dash_label(s), None, "{s:?}");
        }
    }
}
