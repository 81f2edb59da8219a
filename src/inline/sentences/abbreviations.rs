//! What the word before a full stop says about whether the sentence ends there.

/// How a word followed by a full stop bears on the sentence boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Abbrev {
    /// An ordinary word: the full stop ends the sentence.
    Word,
    /// One to three digits: a list marker when it opens the sentence or follows a colon.
    Number,
    /// A title or a Latin abbreviation that always has more after it (`Mr.`, `Dr.`, `e.g.`).
    Title,
    /// An abbreviation that usually stands before a number (`No. 5`, `Sept. 2`).
    BeforeNumber,
    /// An abbreviation that may end a sentence (`etc.`, `Inc.`, `U.S.`, `p.m.`, an initial):
    /// it does when the next word is one that typically starts a sentence.
    Ambiguous,
}

/// The longest abbreviation compared against the word lists, in bytes.
const MAX_LEN: usize = 12;

/// Classifies the word (without its final full stop) that stands before a full stop.
pub(super) fn classify(token: &str) -> Abbrev {
    let bytes = token.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_LEN || !token.is_ascii() {
        return Abbrev::Word;
    }
    if bytes.len() <= 3 && bytes.iter().all(u8::is_ascii_digit) {
        return Abbrev::Number;
    }
    let mut buf = [0u8; MAX_LEN];
    for (b, t) in buf.iter_mut().zip(bytes) {
        *b = t.to_ascii_lowercase();
    }
    let lower = buf.get(..bytes.len()).unwrap_or(&[]);
    let capital = bytes.first().is_some_and(u8::is_ascii_uppercase);
    match lower {
        b"mr" | b"mrs" | b"ms" | b"messrs" | b"mmes" | b"dr" | b"prof" | b"gen" | b"sen"
        | b"rep" | b"gov" | b"lt" | b"col" | b"capt" | b"cpt" | b"sgt" | b"maj" | b"adm"
        | b"cmdr" | b"rev" | b"hon" | b"pres" | b"supt" | b"insp" | b"fr" | b"mt" | b"ft"
        | b"e.g" | b"i.e" | b"cf" | b"vs" | b"viz" | b"approx" | b"ca" => Abbrev::Title,
        // `no.` and `art.` in lower case are the words "no" and "art".
        b"no" | b"nos" | b"nr" | b"art" if capital => Abbrev::BeforeNumber,
        b"vol" | b"vols" | b"p" | b"pp" | b"fig" | b"figs" | b"ch" | b"chap" | b"sec" | b"para"
        | b"tel" | b"jan" | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug" | b"sep"
        | b"sept" | b"oct" | b"nov" | b"dec" | b"ref" | b"op" => Abbrev::BeforeNumber,
        b"etc" | b"inc" | b"ltd" | b"co" | b"corp" | b"plc" | b"llc" | b"jr" | b"sr" | b"bros"
        | b"dept" | b"univ" | b"ave" | b"rd" | b"blvd" | b"st" | b"est" | b"al" | b"esq"
        | b"govt" | b"assn" => Abbrev::Ambiguous,
        _ if bytes.len() == 1 && capital => Abbrev::Ambiguous,
        // An initialism has at least two groups, so a full stop.
        _ if bytes.contains(&b'.') && initialism(token) => Abbrev::Ambiguous,
        _ => Abbrev::Word,
    }
}

/// `U.S`, `a.m`, `Ph.D`: two or more groups of one or two letters joined by full stops.
fn initialism(token: &str) -> bool {
    let mut groups = 0;
    for group in token.split('.') {
        if group.is_empty() || group.len() > 2 || !group.bytes().all(|b| b.is_ascii_alphabetic()) {
            return false;
        }
        groups += 1;
    }
    groups >= 2
}

/// Whether `word` (the text after the space, opening marks skipped) begins with a word that
/// typically opens a sentence, so that an ambiguous abbreviation before it ends one.
pub(super) fn starts_sentence(word: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    if first.is_ascii_digit() {
        return false;
    }
    if !first.is_alphabetic() {
        return true;
    }
    let len = word
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .take(MAX_LEN + 1)
        .count();
    if len == 0 || len > MAX_LEN {
        return false;
    }
    let mut buf = [0u8; MAX_LEN];
    for (b, t) in buf.iter_mut().zip(word.bytes().take(len)) {
        *b = t.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(buf.get(..len).unwrap_or(&[])).unwrap_or("");
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "you"
            | "this"
            | "that"
            | "these"
            | "those"
            | "there"
            | "here"
            | "but"
            | "and"
            | "or"
            | "so"
            | "yet"
            | "however"
            | "in"
            | "on"
            | "at"
            | "for"
            | "from"
            | "if"
            | "when"
            | "while"
            | "after"
            | "before"
            | "since"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "what"
            | "why"
            | "how"
            | "who"
            | "where"
            | "which"
            | "as"
            | "also"
            | "then"
            | "now"
            | "meanwhile"
            | "both"
            | "all"
            | "some"
            | "many"
            | "most"
            | "each"
            | "every"
            | "no"
            | "not"
            | "during"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "last"
            | "next"
            | "with"
            | "by"
            | "under"
            | "over"
            | "according"
            | "still"
            | "other"
            | "such"
            | "further"
            | "moreover"
            | "thus"
            | "despite"
            | "although"
            | "though"
    )
}
