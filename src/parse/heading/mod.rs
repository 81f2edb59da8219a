//! Headings and separators: which standalone lines are titles or breaks rather than text.

mod words;

use crate::lexical::is_space;
use nom::bytes::complete::{take_while, take_while_m_n};
use nom::{IResult, Parser};
pub(crate) use words::section_name;
use words::{abbreviation, clause_opener, clause_word, small_word};

/// The longest bare title line, in characters, and the most words it may have. Longer
/// lines are text.
const TITLE: Limits = Limits {
    chars: 120,
    words: 16,
};
/// The same for a text's first line, where a news page's headline stands, and headlines of
/// twenty words or more are common (`Awarding of Presidential Prizes for … and Young People`).
const FIRST_TITLE: Limits = Limits {
    chars: 250,
    words: 40,
};

/// How long a bare title line may be.
#[derive(Clone, Copy)]
struct Limits {
    chars: usize,
    words: usize,
}

fn hashes(i: &str) -> IResult<&str, &str> {
    take_while_m_n(1, 6, |c| c == '#').parse(i)
}

/// An ATX heading `## Title`: returns the level and the offset where the title starts.
pub(crate) fn atx(line: &str) -> Option<(u8, usize)> {
    // One byte rules out almost every line before the grammar runs.
    if line.as_bytes().first() != Some(&b'#') {
        return None;
    }
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
#[inline]
pub(crate) fn separator(line: &str) -> bool {
    // A line that starts with a letter or a digit is not a break: one byte says so, inlined
    // into the caller (a call costs more than the test).
    !line
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
        && separator_marks(line)
}

/// [`separator`] for a line that does not start with a letter or a digit.
#[inline(never)]
fn separator_marks(line: &str) -> bool {
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

/// A title in Markdown's strong emphasis on a line of its own, as text copied from a web
/// page keeps it (`**Sudan**`, `__Further Reading__`): where the title starts and ends
/// within the line. The title inside must read as one by itself ([`bare`], or
/// [`bare_first`] on the text's first line).
///
/// ```text
/// emphasised ::= '**' title '**' | '__' title '__'     -- the whole line
/// ```
pub(crate) fn emphasised(line: &str, first: bool) -> Option<(usize, usize)> {
    let mark = line.get(..2).filter(|m| matches!(*m, "**" | "__"))?;
    let inner = line.get(2..)?.strip_suffix(mark)?;
    // No emphasis inside, and no white space just inside the marks (Markdown's rule).
    if inner.contains(mark)
        || inner.starts_with(is_space)
        || inner.ends_with(is_space)
        || inner.is_empty()
    {
        return None;
    }
    let title = if first {
        bare_first(inner)
    } else {
        bare(inner)
    };
    title.map(|_| (2, 2 + inner.len()))
}

/// How strongly a bare line reads as a title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bare {
    /// A title by its look alone: a known section name (`Summary`, `Further Reading`), all
    /// capitals, or title case (`Leaders Meet in the Capital`).
    Strong,
    /// A short line in sentence case with no sign of a clause (`Meeting with Government
    /// members`): a title where it stands among other text, not as a whole document.
    Weak,
}

/// The words of a title line, split at ASCII spaces and tabs and at the no-break spaces
/// that web copy puts after short words (`Meeting on\u{a0}the\u{a0}harbour`). The gaps are
/// found by their bytes, so that no character is decoded; other Unicode spaces stay inside
/// words.
struct TitleWords<'a> {
    line: &'a str,
    at: usize,
}

impl<'a> Iterator for TitleWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.line.as_bytes();
        loop {
            let rest = bytes.get(self.at..).filter(|r| !r.is_empty())?;
            let start = self.at;
            let mut end = bytes.len();
            let mut next = end;
            // Words are short: a plain loop finds their end sooner than a vector search
            // would start.
            let gaps = rest
                .iter()
                .enumerate()
                .filter(|&(_, &b)| matches!(b, b' ' | b'\t' | 0xC2))
                .map(|(i, _)| i);
            for i in gaps {
                match rest.get(i..i + 2) {
                    Some([0xC2, b]) if *b != 0xA0 => continue,
                    Some([0xC2, _]) => (end, next) = (start + i, start + i + 2),
                    _ => (end, next) = (start + i, start + i + 1),
                }
                break;
            }
            self.at = next;
            // Boundaries fall on ASCII bytes or before U+00A0: `get` cannot fail.
            if end > start {
                return self.line.get(start..end);
            }
        }
    }
}

/// A bare title line such as `Summary` or `Further Reading`, and how strongly it reads as
/// one; `None` for a line of text.
///
/// ```text
/// bare ::= word (gap word)*      -- at most 16 words and 120 characters
/// gap  ::= (' ' | tab | no-break space)+
/// word ::= (char - gap)+
/// ```
///
/// The words are found by their bytes ([`TitleWords`]) rather than with nom: title lines are
/// common in web copy, and decoding each character through a combinator cost three times
/// as much.
///
/// The line starts with a capital or a digit, does not end in punctuation that closes a
/// sentence or a clause, and has no sentence break inside. It is [`Bare::Strong`] as a known
/// section name, in capitals or in title case; otherwise [`Bare::Weak`] unless a word marks
/// a clause (a personal pronoun or a finite auxiliary: `The fee is $5 million`).
#[inline]
pub(crate) fn bare(line: &str) -> Option<Bare> {
    bare_within(line, TITLE)
}

/// [`bare`] for a text's first line, which may be longer: at most 40 words and 250
/// characters.
pub(crate) fn bare_first(line: &str) -> Option<Bare> {
    bare_within(line, FIRST_TITLE)
}

#[inline]
fn bare_within(line: &str, limits: Limits) -> Option<Bare> {
    // Most lines of text end with a full stop: one byte rules them out (the same test as
    // below, on the last character, for the ASCII marks), inlined into the caller (a call
    // costs more than the test).
    if matches!(
        line.as_bytes().last(),
        Some(b'.' | b',' | b';' | b':' | b'!' | b'?' | b'"' | b'-')
    ) {
        return None;
    }
    bare_words(line, limits)
}

/// [`bare`] for a line that does not end in ASCII closing punctuation.
#[inline(never)]
fn bare_words(line: &str, limits: Limits) -> Option<Bare> {
    let first = line.chars().next()?;
    let last = line.chars().next_back()?;
    // A closing parenthesis may end a title that opened one: `On trade (an interview)`.
    let closes = last == ')' && !line.contains('(');
    if !(first.is_uppercase() || first.is_ascii_digit())
        || closes
        || matches!(
            last,
            '.' | ',' | ';' | ':' | '!' | '?' | '…' | '”' | '"' | '’' | '»' | '-' | '–' | '—'
        )
        || (line.len() > limits.chars && line.chars().nth(limits.chars).is_some())
    {
        return None;
    }
    let mut count = 0;
    let mut title_case = true;
    let mut clause = false;
    let mut words = TitleWords { line, at: 0 }.peekable();
    while let Some(w) = words.next() {
        count += 1;
        if count > limits.words {
            return None;
        }
        clause = clause || clause_word(w) || (count == 1 && clause_opener(w));
        if title_case {
            let initial = match w.chars().next() {
                Some(c) if c.is_alphanumeric() => Some(c),
                _ => w.chars().find(|c| c.is_alphanumeric()),
            };
            title_case = !initial.is_some_and(char::is_lowercase) || small_word(w);
        }
        // A full stop, question or exclamation mark before another word ends a sentence.
        if words.peek().is_some() && w.ends_with(['.', '?', '!']) && !abbreviation(w) {
            return None;
        }
    }
    let (letters, lower) = if line.is_ascii() {
        let b = line.as_bytes();
        (
            b.iter().any(u8::is_ascii_alphabetic),
            b.iter().any(u8::is_ascii_lowercase),
        )
    } else {
        (
            line.chars().any(char::is_alphabetic),
            line.chars().any(char::is_lowercase),
        )
    };
    if !letters {
        None
    } else if !lower || title_case || section_name(line) {
        Some(Bare::Strong)
    } else if clause {
        None
    } else {
        Some(Bare::Weak)
    }
}

/// Whether `speech`, the rest of a line after a colon label, is a headline in title case
/// (`Analysis: Why the Fed Will Wait`, `Q&A: The Mayor on Transit`): then the line is a title
/// with a kicker, not a speaker's first words. Speech in title case is rare, so the test asks
/// for three words at least, lower-case letters (speech in capitals is a caption's), no comma
/// (`Yes, Mr President`) and what [`bare`] asks of any title line.
pub(crate) fn headline(speech: &str) -> bool {
    let words = TitleWords {
        line: speech,
        at: 0,
    };
    if speech.contains(',') || words.take(3).count() < 3 {
        return false;
    }
    let mut title_case = true;
    for w in (TitleWords {
        line: speech,
        at: 0,
    }) {
        let initial = w.chars().find(|c| c.is_alphanumeric());
        title_case &= !initial.is_some_and(char::is_lowercase) || small_word(w);
    }
    title_case && speech.chars().any(char::is_lowercase) && bare(speech) == Some(Bare::Strong)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_names_in_any_case() {
        for name in [
            "Summary",
            "NOTES",
            "Prepared Remarks",
            "Questions & Answers",
            "what happens next",
            "Key Figures",
            "Glossary",
        ] {
            assert!(section_name(name), "{name}");
        }
        assert!(!section_name("Vladimir Putin"));
        assert!(!section_name("Summary of talks"));
        assert!(!section_name(""));
    }

    #[test]
    fn headlines_after_a_kicker() {
        assert!(headline("Why the Fed Will Wait"));
        assert!(headline("The Mayor on the Budget"));
        // Speech: sentence case, punctuation, a comma, capitals, or too short.
        assert!(!headline("Good afternoon, colleagues."));
        assert!(!headline("Thank you very much"));
        assert!(!headline("Yes, Mr President"));
        assert!(!headline("WE WILL NOT GO BACK"));
        assert!(!headline("Thank You"));
        assert!(!headline("Why the Fed Will Wait."));
        assert!(!headline(""));
    }

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
    fn titles_in_strong_emphasis() {
        assert_eq!(emphasised("**Sudan**", false), Some((2, 7)));
        assert_eq!(emphasised("__Further Reading__", false), Some((2, 17)));
        assert_eq!(emphasised("**Security Council**", true), Some((2, 18)));
        // Not titles: a sentence, unbalanced or mixed marks, spaces inside the marks,
        // emphasis inside, a label.
        for line in [
            "**The fee is $5 million.**",
            "**Sudan*",
            "**Sudan__",
            "** Sudan **",
            "**Sudan** and **Chad**",
            "****",
            "**Ana:**",
        ] {
            assert_eq!(emphasised(line, false), None, "{line}");
        }
    }

    #[test]
    fn a_first_line_may_be_a_longer_title() {
        // 24 words and 135 characters: too long for a title further down, not for a headline.
        let headline = "Opening of the New Harbour Ferry Terminal and the Restored Pier Museum for Visitors from the Islands and the Coastal Towns of the North";
        assert_eq!(bare(headline), None);
        assert_eq!(bare_first(headline), Some(Bare::Strong));
        assert_eq!(
            bare_first(
                "Meeting with harbour pilots and members of the working group on ferry timetables for the winter months"
            ),
            Some(Bare::Weak)
        );
        // What is no title anywhere is none on the first line either.
        for s in [
            "The council said the ferry fares that were set last year would stay where they are for the winter months",
            "Ferries run again.",
        ] {
            assert_eq!(bare_first(s), None, "{s}");
        }
        // 41 words: too long even for a headline.
        let long = ["Word"; 41].join(" ");
        assert_eq!(bare_first(&long), None);
        assert_eq!(bare_first(&["Word"; 40].join(" ")), Some(Bare::Strong));
    }

    #[test]
    fn bare_titles() {
        for (s, strength) in [
            ("Summary", Bare::Strong),
            ("Further Reading", Bare::Strong),
            ("See also", Bare::Strong),
            ("Leaders Meet in the Capital", Bare::Strong),
            ("HARBOUR TALKS RESUME", Bare::Strong),
            ("Trade Hits US$1.3 Billion in 2024", Bare::Strong),
            ("Meeting with Constitutional Court judges", Bare::Weak),
            ("Trade hits US$1.3 billion in 2024", Bare::Weak),
            ("2024 in review", Bare::Weak),
            ("Talks with Mr. Holm on the harbour", Bare::Weak),
            (
                "Governor Tusk had a meeting with harbour pilots",
                Bare::Weak,
            ),
            ("On fisheries and ferries (an interview)", Bare::Weak),
            ("Meeting on\u{a0}the\u{a0}harbour works", Bare::Weak),
            ("Ferry Fares Rise to £5", Bare::Strong),
            ("Ferry fares rise to £5 for the winter", Bare::Weak),
            ("Trade with US partners", Bare::Weak),
            ("Parade in the city on May 9", Bare::Weak),
            // An initial inside a name is no sentence's end.
            (
                "ORAL ARGUMENT OF LENA M. FARROW ON BEHALF OF THE RESPONDENT",
                Bare::Strong,
            ),
        ] {
            assert_eq!(bare(s), Some(strength), "{s}");
        }
        for s in [
            // Sentences and clauses, even without a full stop.
            "The fee is $5 million",
            "I paid 100 percent",
            "I\u{a0}paid 100\u{a0}percent",
            "The fare is\u{a0}£5",
            "Give me 5 dollars",
            "We agreed on the price",
            "It went well",
            "The talks will resume in May",
            // Closing punctuation, a sentence break, a lower-case or non-letter start.
            "Trade grew.",
            "Colleagues,",
            "Here is what both had to say:",
            "and then it stopped",
            "Is it over?",
            "He left. Then she came back",
            "<…>",
            "“Quoted”",
            "Ferries run late)",
            "2024",
        ] {
            assert_eq!(bare(s), None, "{s}");
        }
        assert_eq!(bare(&"Word ".repeat(20)), None);
        assert_eq!(bare(&format!("A{}", "b".repeat(130))), None);
    }
}
