//! Lexical knowledge every pass shares: quotation marks (which characters open and close a
//! quotation, and which close which), white space (what counts as layout space, how to
//! trim and skip it), the dashes that stand between words, and the few word lists more than
//! one stage asks about.

/// The style of a quotation mark. A quotation opened in one style and closed in another is
/// [mixed](crate::DiagnosticCode::MixedQuoteStyles).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// `“ ”` (and the German low `„`).
    Curly,
    /// `‘ ’`.
    CurlySingle,
    /// `"`.
    Straight,
    /// `« »`.
    Guillemet,
}

/// Every character that may open or close a quotation.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '„' | '‘' | '’' | '"' | '«' | '»')
}

/// The style of an opening mark. A straight `"` opens and closes, so it is here and in
/// [`closing`].
pub(crate) fn opening(c: char) -> Option<Style> {
    match c {
        '“' | '„' => Some(Style::Curly),
        '‘' => Some(Style::CurlySingle),
        '"' => Some(Style::Straight),
        '«' => Some(Style::Guillemet),
        _ => None,
    }
}

/// The quotation mark whose UTF-8 encoding starts at byte `i` of `bytes`, if one does:
/// `"` (22), `“ ” „ ‘ ’` (E2 80 9C, 9D, 9E, 98, 99) and `« »` (C2 AB, BB), told apart by
/// their bytes alone, so that a scan that jumps to lead bytes with memchr decodes nothing.
pub(crate) fn mark_at(bytes: &[u8], i: usize) -> Option<char> {
    match bytes.get(i..)? {
        [b'"', ..] => Some('"'),
        [0xE2, 0x80, b, ..] => match b {
            0x9C => Some('“'),
            0x9D => Some('”'),
            0x9E => Some('„'),
            0x98 => Some('‘'),
            0x99 => Some('’'),
            _ => None,
        },
        [0xC2, 0xAB, ..] => Some('«'),
        [0xC2, 0xBB, ..] => Some('»'),
        _ => None,
    }
}

/// The style of a closing mark.
pub(crate) fn closing(c: char) -> Option<Style> {
    match c {
        '”' => Some(Style::Curly),
        '’' => Some(Style::CurlySingle),
        '"' => Some(Style::Straight),
        '»' => Some(Style::Guillemet),
        _ => None,
    }
}

/// Whitespace for layout purposes: Unicode white space (which includes the no-break space
/// U+00A0 that web copy is full of) and the byte-order mark U+FEFF.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// The offsets of `text[start..end]` with layout whitespace trimmed from both ends; an
/// all-space range gives an empty range at `end`.
pub(crate) fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let Some(s) = text.get(start..end) else {
        return (end, end);
    };
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trail = s.len() - s.trim_end_matches(is_space).len();
    if lead == s.len() {
        (end, end)
    } else {
        (start + lead, end - trail)
    }
}

/// Skips layout whitespace forward from `at` within `text[..end]`.
pub(crate) fn skip_space(text: &str, at: usize, end: usize) -> usize {
    text.get(at..end)
        .map_or(end, |s| end - s.trim_start_matches(is_space).len())
}

/// Whether `s` starts with `prefix`, ignoring ASCII case.
pub(crate) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

/// Opening brackets, which, like opening quotation marks, may stand before a sentence's first
/// word.
pub(crate) fn is_open_bracket(c: char) -> bool {
    matches!(c, '(' | '[' | '{')
}

/// Closing brackets, which, like closing quotation marks, belong to the sentence they end.
pub(crate) fn is_close_bracket(c: char) -> bool {
    matches!(c, ')' | ']' | '}')
}

/// Lower-case personal pronouns, their possessives and the finite auxiliaries (and `please`):
/// the words that make a line a clause rather than a name or a title. Case-sensitive: `US` and
/// `May` are not `us` and `may`. The heading and label recognisers each add their own words.
pub(crate) fn pronoun_or_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "me" | "my"
            | "we"
            | "us"
            | "our"
            | "you"
            | "your"
            | "he"
            | "him"
            | "she"
            | "her"
            | "it"
            | "they"
            | "them"
            | "their"
            | "am"
            | "is"
            | "are"
            | "was"
            | "were"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "please"
    )
}

/// A dash standing alone between words, as it separates a name from a role (`Laura Chen --
/// Chief Executive Officer`, `Sam Okafor - Birchwood Securities`): `--`, `–`, `—`, or a hyphen
/// with white space around it (the caller checks the space).
pub(crate) fn is_dash_word(w: &str) -> bool {
    matches!(w, "--" | "–" | "—" | "-")
}

/// The words a firm's name ends with (`Birchwood Securities`, `Kestrel Capital Partners`), any
/// case: an analyst's firm after a dash makes a name line a speaker's (the label grammar), and
/// an affiliation after a comma or a dash is a role (the speaker analysis).
pub(crate) fn firm_word(w: &str) -> bool {
    const FIRM: &[&str] = &[
        "securities",
        "capital",
        "partners",
        "advisors",
        "advisers",
        "investments",
        "investors",
        "management",
        "research",
        "equity",
        "equities",
        "markets",
        "asset",
        "associates",
        "holdings",
        "llc",
        "llp",
        "inc",
        "inc.",
        "ltd",
        "ltd.",
    ];
    FIRM.iter().any(|f| f.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trimming_knows_nbsp_and_bom() {
        let t = "\u{feff} \u{a0}ab \t";
        let (s, e) = trim(t, 0, t.len());
        assert_eq!(&t[s..e], "ab");
        assert_eq!(trim("   ", 0, 3), (3, 3));
    }
}
