//! Sentences with no space between them (`Hello world.Today is Tuesday.`), as text copied
//! from some pages comes.
//!
//! ```text
//! glued  ::= before '.' closer* after
//! before ::= (letter* lower) | (digit (digit | ',')*)     a word, or a number such as `1,000`
//! after  ::= upper lower letter* (end | ' ' | '.' ' ' | [,;:?!])
//! ```
//!
//! `U.S.`, `1.5`, `e.g.` and `Ph.D.` never match (a capital or a digit stands before or after
//! the full stop, or the word is an abbreviation); neither do URLs, e-mail addresses and names
//! written as domains: a word holding `/ @ : _` or a dot, or starting with `www`, on either
//! side rules a split out, and so do a dotted name after the stop (`report.Final.docx`) and a
//! top-level domain (`Mail.Ru`, `Shop.Com`).

use super::abbreviations::{Abbrev, classify};
use super::scan::{lower_at, space_at, upper_at};

/// How far the words on both sides are looked at, in bytes: longer ones are not split.
const REACH: usize = 48;

/// Whether the full stop at `i`, followed by closing marks up to `j` and then no space, ends a
/// sentence that starts at `lo`.
pub(super) fn boundary(text: &str, lo: usize, i: usize, j: usize) -> bool {
    upper_at(text, j) && after_is_word(text, j) && before_is_word(text, lo, i)
}

/// `after` at `j`: a capitalised word that is not part of a dotted name or an address.
fn after_is_word(text: &str, j: usize) -> bool {
    let rest = text.get(j..).unwrap_or_default();
    let mut chars = rest.char_indices();
    chars.next();
    if !chars.next().is_some_and(|(at, _)| lower_at(rest, at)) {
        return false;
    }
    let end = rest
        .char_indices()
        .take(REACH + 1)
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(at, _)| at);
    if end > REACH || domain(rest.get(..end).unwrap_or_default()) {
        return false;
    }
    match rest.get(end..).and_then(|r| r.chars().next()) {
        Some('.') => end + 1 >= rest.len() || space_at(rest, end + 1),
        Some('@' | '/' | '_' | '\\') => false,
        _ => true,
    }
}

/// Top-level domains that are not also English words (`in`, `it`, `us` are left out).
fn domain(word: &str) -> bool {
    const TLDS: [&str; 14] = [
        "com", "net", "org", "ru", "uk", "de", "fr", "io", "cn", "jp", "eu", "info", "gov", "edu",
    ];
    TLDS.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// `before`: the word that ends at `i` is an ordinary word or a number, not an address.
fn before_is_word(text: &str, lo: usize, i: usize) -> bool {
    let bytes = text.as_bytes();
    let mut at = i;
    while at > lo {
        let Some(&b) = bytes.get(at - 1) else { break };
        if b.is_ascii_whitespace() || matches!(b, b'(' | b'"' | b'\'') {
            break;
        }
        if b.is_ascii() && !(b.is_ascii_alphanumeric() || b == b',') {
            // `. / @ : _` and other punctuation: an abbreviation, an address or a path.
            return false;
        }
        at -= 1;
        if i - at > REACH {
            return false;
        }
    }
    let Some(word) = bytes.get(at..i) else {
        return false;
    };
    let last = word.last().copied().unwrap_or(b' ');
    let fits = match word.first() {
        Some(d) if d.is_ascii_digit() => last.is_ascii_digit(),
        Some(_) => !last.is_ascii() || last.is_ascii_lowercase(),
        None => false,
    };
    fits && word.len() >= 2
        && !word.eq_ignore_ascii_case(b"www")
        && matches!(classify(word), Abbrev::Word | Abbrev::Number)
}

#[cfg(test)]
mod tests {
    use super::boundary;

    fn at(text: &str) -> bool {
        let i = text.find('.').unwrap_or(0);
        boundary(text, 0, i, i + 1)
    }

    #[test]
    fn words_on_both_sides() {
        assert!(at("world.Today is"));
        assert!(at("Tuesday.Mr. Smith"));
        assert!(at("1,000.That"));
        assert!(!at("U.S.Army"));
        assert!(!at("1.5"));
        assert!(!at("e.g.The"));
        assert!(!at("Mr.Smith"));
        assert!(!at("jane.Doe@example.com"));
        assert!(!at("www.Example.com"));
        assert!(!at("report.Final.docx"));
        assert!(!at("ASP.NET"));
        assert!(!at("world.today"));
        assert!(!at("Mail.Ru, and"));
        assert!(at("world.In 2020"));
    }
}
