//! Headings and separators: which standalone lines are titles or breaks rather than text.

use crate::lexical::is_space;
use nom::bytes::complete::{take_while, take_while_m_n};
use nom::{IResult, Parser};

/// The longest bare title line, in characters. Longer lines are text.
const MAX_TITLE_CHARS: usize = 120;
/// The most words in a bare title line.
const MAX_TITLE_WORDS: usize = 16;

fn hashes(i: &str) -> IResult<&str, &str> {
    take_while_m_n(1, 6, |c| c == '#').parse(i)
}

/// An ATX heading `## Title`: returns the level and the offset where the title starts.
pub(crate) fn atx(line: &str) -> Option<(u8, usize)> {
    let (rest, marks) = hashes(line).ok()?;
    let (title, spaces) = take_while::<_, _, nom::error::Error<&str>>(|c| c == ' ' || c == '\t')
        .parse(rest)
        .ok()?;
    let title = title.trim_end_matches(|c: char| c == '#' || is_space(c));
    if spaces.is_empty() || title.is_empty() {
        return None;
    }
    Some((
        u8::try_from(marks.len()).ok()?,
        line.len() - rest.len() + spaces.len(),
    ))
}

/// A separator line: three or more of the same break character, optionally spaced
/// (`* * *`, `***`, `---`, `___`, `~~~`, `• • •`).
pub(crate) fn separator(line: &str) -> bool {
    let mut marks = line.chars().filter(|&c| !is_space(c));
    let Some(first) = marks.next() else {
        return false;
    };
    if !matches!(first, '*' | '-' | '_' | '~' | '=' | '•' | '·' | '⁂') {
        return false;
    }
    let mut count = 1;
    for c in marks {
        if c != first {
            return false;
        }
        count += 1;
    }
    count >= 3 || first == '⁂'
}

/// A bare title line such as `Summary` or `Further Reading`: short, starting with a capital
/// or a digit, and not a sentence (no closing punctuation, no sentence break inside).
pub(crate) fn bare(line: &str) -> bool {
    let Some(first) = line.chars().next() else {
        return false;
    };
    let Some(last) = line.chars().next_back() else {
        return false;
    };
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    if matches!(
        last,
        '.' | ',' | ';' | ':' | '!' | '?' | '…' | '”' | '"' | '’' | '»' | ')' | '-' | '–' | '—'
    ) {
        return false;
    }
    let mut chars = 0;
    let mut words = 1;
    let mut prev = ' ';
    for c in line.chars() {
        chars += 1;
        if chars > MAX_TITLE_CHARS {
            return false;
        }
        if is_space(c) && !is_space(prev) {
            words += 1;
            // A full stop, question or exclamation mark followed by a space ends a sentence.
            if matches!(prev, '.' | '?' | '!') {
                return false;
            }
        }
        prev = c;
    }
    words <= MAX_TITLE_WORDS && line.chars().any(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atx_headings() {
        assert_eq!(atx("# Summary"), Some((1, 2)));
        assert_eq!(atx("###   Further Reading ##"), Some((3, 6)));
        assert_eq!(atx("#hashtag"), None);
        assert_eq!(atx("####### seven"), None);
        assert_eq!(atx("## "), None);
    }

    #[test]
    fn separators() {
        for s in ["* * *", "***", "---", "* * *\u{a0}", "• • •", "⁂", "_____"] {
            assert!(separator(s), "{s}");
        }
        for s in ["**", "*-*", "* * * text", "", "<…>"] {
            assert!(!separator(s), "{s}");
        }
    }

    #[test]
    fn bare_titles() {
        for s in [
            "Summary",
            "Further Reading",
            "Meeting with Constitutional Court judges",
            "2024 in review",
        ] {
            assert!(bare(s), "{s}");
        }
        for s in [
            "Trade grew.",
            "Colleagues,",
            "This is what they had to say:",
            "and then it stopped",
            "Is it over?",
            "He left. Then she came back",
            "<…>",
            "“Quoted”",
        ] {
            assert!(!bare(s), "{s}");
        }
        assert!(!bare(&"Word ".repeat(20)));
    }
}
