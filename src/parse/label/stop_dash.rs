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
//! (`colon::head_label`), or make one before a comma and a role in lower case (`Lena Hofmann
//! (Verts/ALE), blue-card question. –`, `Piet Vos, au nom du groupe Renew. –`); a sentence
//! that ends and a dash that opens an aside (`It rose. – And fell.`) does not make one. A
//! news dateline has the shape too (`WASHINGTON. — The Senate voted …`): the first such label
//! of a text must show the Parliament's habits, a group in brackets, a role after a comma, or
//! the chair's office alone (`President. –`); after it, a name is enough.

use super::colon::head_label;
use super::{LabelMatch, clip, first_char, is_gap, skip_spaces};

/// How far into a paragraph the dash may stand, in bytes: the longest heads (a name, a
/// group and a role) are about a hundred.
const HEAD: usize = 128;

/// Recognises a stop-and-dash label at the start of `s` (the start of a paragraph); `seen`
/// says whether the text has had one.
///
/// ```text
/// stop_dash_label ::= head '.' gap dash gap   -- gap: a space or a no-break space
/// head            ::= words aside?            -- `colon::head_label`'s words
///                   | words aside? ',' gap role
/// dash            ::= '–' | '—' | '-'
/// ```
///
/// The punctuation is the stop and the dash, and the speech after them must not start in
/// lower case.
pub(crate) fn stop_dash_label(s: &str, seen: bool) -> Option<LabelMatch> {
    let window = clip(s, HEAD);
    let bytes = window.as_bytes();
    // Most paragraphs have no dash near their start, and a dash is rarer than a stop: the
    // search is for the dash (`-`, or the last byte of `–` or `—`), then the bytes before it.
    let (dot, end) = memchr::memchr3_iter(b'-', 0x93, 0x94, bytes).find_map(|at| {
        let dot = stop_before(bytes, at)?;
        Some((dot, at + 1))
    })?;
    let after = window.get(end..)?;
    if !after.starts_with(is_gap) {
        return None;
    }
    let speech = skip_spaces(after);
    if first_char(speech).is_none_or(char::is_lowercase) {
        return None;
    }
    let head = window.get(..dot)?;
    // A role after a comma, with a word in lower case (a dateline's `WASHINGTON, D.C.` has
    // none).
    let role = head
        .split_once(", ")
        .filter(|(_, role)| role.split(' ').any(|w| w.starts_with(char::is_lowercase)));
    if let Some(m) = head_label(head, (dot, end)) {
        let (a, b) = m.name();
        let office = head
            .get(a..b)
            .is_some_and(|n| ["President", "Vice-President", "PRESIDENT", "Chair"].contains(&n));
        return (seen || office || role.is_some() || m.aside().is_some()).then_some(m);
    }
    // The words before the comma make a name, the role's words alone would not: the name
    // is the whole head, as a colon label's would be.
    let m = head_label(role?.0, (dot, end))?;
    LabelMatch::new((0, head.len()), None, (dot, end), m.style)
}

/// Where the stop is when the dash that ends at byte `at` of `b` follows a stop and a space
/// or a no-break space (`. -`, `. –`, `. —`).
fn stop_before(b: &[u8], at: usize) -> Option<usize> {
    let dash = match b.get(at)? {
        b'-' => 1,
        // The last byte of U+2013 or U+2014.
        _ if b.get(at.checked_sub(2)?..at)? == [0xE2, 0x80] => 3,
        _ => return None,
    };
    let before = at.checked_sub(dash - 1)?;
    // A space, or a no-break space (two bytes), between the stop and the dash.
    match b.get(..before)? {
        [.., b'.', b' '] => Some(before - 2),
        [.., b'.', 0xC2, 0xA0] => Some(before - 3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::stop_dash_label;

    /// `(name, aside, punct)` of the label at the start of `s` in a text that has had none,
    /// as text.
    fn parts(s: &str) -> Option<(&str, Option<&str>, &str)> {
        let m = stop_dash_label(s, false)?;
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
        // A role whose words would not pass for a name's: the name is the whole head.
        assert_eq!(
            parts("Lena Hofmann (Verts/ALE), blue-card question. – Yes."),
            Some(("Lena Hofmann (Verts/ALE), blue-card question", None, ". –"))
        );
        assert_eq!(
            parts("Piet Vos, au nom du groupe Renew. – Madame la Présidente."),
            Some(("Piet Vos, au nom du groupe Renew", None, ". –"))
        );
        // Spans counted by hand: `Anna Lind (PPE)` is 15 bytes, the stop at 15, a space at
        // 16, the en dash (three bytes) at 17..20.
        let m = stop_dash_label("Anna Lind (PPE). – Yes.", false);
        assert_eq!(
            m.map(|m| (m.name(), m.aside(), m.punct())),
            Some(((0, 9), Some((10, 15)), (15, 20)))
        );
        // No-break spaces: the stop at 9, U+00A0 (two bytes) at 10..12, the dash at 12..15.
        let m = stop_dash_label("President.\u{a0}–\u{a0}The debate.", false);
        assert_eq!(m.map(|m| m.punct()), Some((9, 15)));
        assert!(stop_dash_label("Maria Costa (S&D), rapporteur. - Thank you.", false).is_some());
    }

    #[test]
    fn a_name_alone_once_the_text_has_had_one() {
        assert_eq!(stop_dash_label("Ana Ruiz. – Thank you.", false), None);
        assert!(stop_dash_label("Ana Ruiz. – Thank you.", true).is_some());
    }

    #[test]
    fn datelines_sentences_and_asides_are_not() {
        for s in [
            "WASHINGTON. — The Senate voted 52 to 48 on Tuesday.",
            "WASHINGTON, D.C. — The Senate voted.",
            "Reuters. - Oil prices rose.",
            "Bank of England. – The governor spoke.",
            "It rose. – And then it fell.",
            "The levy rose 3%. – Reuters",
            "Thank you. – Madam President.",
            "President. – the debate is closed.",
            "President.–The debate is closed.",
            "President. –",
            "We disagree, Madam President. – Yes.",
            "",
        ] {
            assert_eq!(stop_dash_label(s, false), None, "{s:?}");
        }
    }
}
