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
use super::{LabelMatch, WINDOW, clip, first_char, skip_spaces};

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
    let window = clip(s, WINDOW);
    let bytes = window.as_bytes();
    // Most paragraphs have no stop followed by a dash: the bytes after each stop say so.
    let (dot, end) = memchr::memchr_iter(b'.', bytes).find_map(|at| {
        let len = dash_after(bytes.get(at + 1..)?)?;
        Some((at, at + 1 + len))
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

/// The length of ` –`, ` —` or ` -` at the start of `b`: a space and a dash.
fn dash_after(b: &[u8]) -> Option<usize> {
    match b {
        [b' ', b'-', ..] => Some(2),
        // U+2013 and U+2014.
        [b' ', 0xE2, 0x80, 0x93 | 0x94, ..] => Some(4),
        _ => None,
    }
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
