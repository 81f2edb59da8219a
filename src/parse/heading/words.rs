//! The word lists that tell a title line from text: section names, the small words of title
//! case, the words that mark a clause, abbreviations.

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
#[inline]
pub(super) fn small_word(w: &str) -> bool {
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
#[inline]
pub(super) fn clause_word(w: &str) -> bool {
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
#[inline]
pub(super) fn clause_opener(w: &str) -> bool {
    matches!(
        w,
        "We" | "You" | "He" | "She" | "It" | "They" | "My" | "Our" | "Your" | "Their" | "Let"
    )
}

/// `Mr.`, `St.`, `U.S.`, `No.`: a word whose full stop does not end a sentence.
#[inline]
pub(super) fn abbreviation(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    // An initial: `LENA M. FARROW`.
    let initial = {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
    };
    initial
        || w.contains('.')
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
                | "v"
        )
}
