//! Headings and separators: which standalone lines are titles or breaks rather than text.

use crate::lexical::is_space;
use nom::bytes::complete::{take_while, take_while_m_n};
use nom::{IResult, Parser};

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

/// Section names that stand alone as titles whatever their case, lowercased. None of them
/// names a speaker, even before a colon (`Prepared Remarks:`, `Highlights: …`).
pub(crate) fn section_name(line: &str) -> bool {
    // The letters the names start with, as bits: most speakers' names start otherwise.
    const FIRST: u32 = {
        let mut bits = 0u32;
        let letters = b"abcefghiklmnopqrstw";
        let mut i = 0;
        while i < letters.len() {
            bits |= 1 << (letters[i] - b'a');
            i += 1;
        }
        bits
    };
    let first = line.as_bytes().first().map_or(0, |b| b | 0x20);
    if !first.is_ascii_lowercase() || FIRST & (1 << (first - b'a')) == 0 {
        return false;
    }
    let mut buf = [0u8; 32];
    let bytes = line.as_bytes();
    let Some(lower) = buf.get_mut(..bytes.len()) else {
        return false;
    };
    for (d, s) in lower.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    matches!(
        &*lower,
        b"summary"
            | b"background"
            | b"further reading"
            | b"see also"
            | b"related"
            | b"related articles"
            | b"related links"
            | b"related stories"
            | b"read more"
            | b"references"
            | b"notes"
            | b"sources"
            | b"introduction"
            | b"conclusion"
            | b"conclusions"
            | b"overview"
            | b"key points"
            | b"key facts"
            | b"key figures"
            | b"highlights"
            | b"timeline"
            | b"contents"
            | b"table of contents"
            | b"abstract"
            | b"appendix"
            | b"acknowledgements"
            | b"acknowledgments"
            | b"methodology"
            | b"transcript"
            | b"full transcript"
            | b"q&a"
            | b"questions and answers"
            | b"questions & answers"
            | b"question and answer session"
            | b"question-and-answer session"
            | b"prepared remarks"
            | b"opening remarks"
            | b"presentation"
            | b"participants"
            | b"call participants"
            | b"corporate participants"
            | b"links"
            | b"external links"
            | b"bibliography"
            | b"footnotes"
            | b"glossary"
            | b"resources"
            | b"analysis"
            | b"reactions"
            | b"what happens next"
    )
}

/// Small words that title case leaves in lower case: `Leaders Meet in the Capital`.
fn small_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "but"
            | "or"
            | "nor"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "with"
            | "from"
            | "as"
            | "via"
            | "per"
            | "vs"
            | "vs."
            | "into"
            | "over"
            | "upon"
            | "off"
            | "up"
    )
}

/// Words that make a line a clause rather than a title: personal pronouns and finite
/// auxiliaries (`The fee is $5 million`, `I paid 100 percent`, `Give me 5 dollars`).
/// Case-sensitive: `US` and `May` are not `us` and `may`. `has` and `had` are missing on
/// purpose: headlines use them as verbs (`Putin had a meeting with ...`).
fn clause_word(w: &str) -> bool {
    crate::lexical::pronoun_or_auxiliary(w)
        || matches!(
            w,
            "I" | "I'm"
                | "I’m"
                | "don't"
                | "don’t"
                | "won't"
                | "won’t"
                | "can't"
                | "can’t"
                | "isn't"
                | "isn’t"
                | "it's"
                | "it’s"
                | "that's"
                | "that’s"
                | "let's"
                | "let’s"
        )
}

/// A pronoun that opens a clause: `We agreed on the price`, `It was late`.
fn clause_opener(w: &str) -> bool {
    matches!(
        w,
        "We" | "You" | "He" | "She" | "It" | "They" | "My" | "Our" | "Your" | "Their" | "Let"
    )
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

/// `Mr.`, `St.`, `U.S.`, `No.`: a word whose full stop does not end a sentence.
fn abbreviation(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    w.contains('.')
        || matches!(
            w,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "St"
                | "Jr"
                | "Sr"
                | "Gen"
                | "Gov"
                | "Sen"
                | "Rep"
                | "No"
                | "vs"
        )
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
    fn a_first_line_may_be_a_longer_title() {
        // 24 words and 135 characters: too long for a title further down, not for a headline.
        let headline = "Opening of the New Harbour Ferry Terminal and the Restored Pier Museum for Visitors from the Islands and the Coastal Towns of the North";
        assert_eq!(bare(headline), None);
        assert_eq!(bare_first(headline), Some(Bare::Strong));
        assert_eq!(
            bare_first("Meeting with harbour pilots and members of the working group on ferry timetables for the winter months"),
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
