//! What the word before a full stop says about whether the sentence ends there, and the word
//! lists the other recognisers share (words that open a sentence, calendar words, time zones).
//!
//! ```text
//! abbreviation ::= listed '.'              (a word of TABLE, any case: `Mr.`, `etc.`, `a.m.`)
//!                | initialism '.'          (`U.S.`, `Ph.D.`: see `initialism`)
//!                | digit{1,3} '.'          (a number: perhaps a list marker)
//!                | letter '.'              (one letter: an initial or a list marker)
//! ```

/// How a word followed by a full stop bears on the sentence boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Abbrev {
    /// An ordinary word: the full stop ends the sentence.
    Word,
    /// One to three digits: a list marker at the start of an item, else the end of a sentence.
    Number,
    /// One ASCII letter: a list marker, an initial, or the pronoun `I`.
    Letter,
    /// A title or a Latin abbreviation that always has more after it (`Mr.`, `Dr.`, `e.g.`).
    Title,
    /// An abbreviation that usually stands before a number (`Sept. 2`, `pp. 12`): never ends a
    /// sentence before a digit, else like [`Abbrev::Ambiguous`].
    BeforeNumber,
    /// `a.m.` and `p.m.` (see [`super::clock`]).
    Time,
    /// An abbreviation that may end a sentence (`etc.`, `Inc.`, `U.S.`): it does when the next
    /// word is one that typically starts a sentence.
    Ambiguous,
}

/// The longest word of [`TABLE`], in bytes.
const MAX_LEN: usize = 8;

/// The listed abbreviations, lower case, without their final full stop.
const TABLE: &[(&[u8], Abbrev)] = &[
    (b"mr", Abbrev::Title),
    (b"mrs", Abbrev::Title),
    (b"ms", Abbrev::Title),
    (b"messrs", Abbrev::Title),
    (b"mmes", Abbrev::Title),
    (b"dr", Abbrev::Title),
    (b"prof", Abbrev::Title),
    (b"gen", Abbrev::Title),
    (b"sen", Abbrev::Title),
    (b"rep", Abbrev::Title),
    (b"gov", Abbrev::Title),
    (b"lt", Abbrev::Title),
    (b"col", Abbrev::Title),
    (b"capt", Abbrev::Title),
    (b"cpt", Abbrev::Title),
    (b"sgt", Abbrev::Title),
    (b"maj", Abbrev::Title),
    (b"adm", Abbrev::Title),
    (b"cmdr", Abbrev::Title),
    (b"rev", Abbrev::Title),
    (b"hon", Abbrev::Title),
    (b"pres", Abbrev::Title),
    (b"supt", Abbrev::Title),
    (b"insp", Abbrev::Title),
    (b"fr", Abbrev::Title),
    (b"mt", Abbrev::Title),
    (b"ft", Abbrev::Title),
    (b"e.g", Abbrev::Title),
    (b"i.e", Abbrev::Title),
    (b"cf", Abbrev::Title),
    (b"vs", Abbrev::Title),
    (b"viz", Abbrev::Title),
    (b"approx", Abbrev::Title),
    (b"ca", Abbrev::Title),
    (b"vol", Abbrev::BeforeNumber),
    (b"vols", Abbrev::BeforeNumber),
    (b"p", Abbrev::BeforeNumber),
    (b"pp", Abbrev::BeforeNumber),
    (b"fig", Abbrev::BeforeNumber),
    (b"figs", Abbrev::BeforeNumber),
    (b"ch", Abbrev::BeforeNumber),
    (b"chap", Abbrev::BeforeNumber),
    (b"sec", Abbrev::BeforeNumber),
    (b"para", Abbrev::BeforeNumber),
    (b"tel", Abbrev::BeforeNumber),
    (b"jan", Abbrev::BeforeNumber),
    (b"feb", Abbrev::BeforeNumber),
    (b"mar", Abbrev::BeforeNumber),
    (b"apr", Abbrev::BeforeNumber),
    (b"jun", Abbrev::BeforeNumber),
    (b"jul", Abbrev::BeforeNumber),
    (b"aug", Abbrev::BeforeNumber),
    (b"sep", Abbrev::BeforeNumber),
    (b"sept", Abbrev::BeforeNumber),
    (b"oct", Abbrev::BeforeNumber),
    (b"nov", Abbrev::BeforeNumber),
    (b"dec", Abbrev::BeforeNumber),
    (b"ref", Abbrev::BeforeNumber),
    (b"op", Abbrev::BeforeNumber),
    (b"etc", Abbrev::Ambiguous),
    (b"inc", Abbrev::Ambiguous),
    (b"ltd", Abbrev::Ambiguous),
    (b"co", Abbrev::Ambiguous),
    (b"corp", Abbrev::Ambiguous),
    (b"plc", Abbrev::Ambiguous),
    (b"llc", Abbrev::Ambiguous),
    (b"jr", Abbrev::Ambiguous),
    (b"sr", Abbrev::Ambiguous),
    (b"bros", Abbrev::Ambiguous),
    (b"dept", Abbrev::Ambiguous),
    (b"univ", Abbrev::Ambiguous),
    (b"ave", Abbrev::Ambiguous),
    (b"rd", Abbrev::Ambiguous),
    (b"blvd", Abbrev::Ambiguous),
    (b"st", Abbrev::Ambiguous),
    (b"est", Abbrev::Ambiguous),
    (b"al", Abbrev::Ambiguous),
    (b"esq", Abbrev::Ambiguous),
    (b"govt", Abbrev::Ambiguous),
    (b"assn", Abbrev::Ambiguous),
    (b"a.m", Abbrev::Time),
    (b"p.m", Abbrev::Time),
];

/// A word of at most [`MAX_LEN`] bytes packed into an integer, little-endian (0 is no word).
const fn pack(w: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < w.len() {
        k |= (w[i] as u64) << (8 * i);
        i += 1;
    }
    k
}

const SLOTS: usize = 256;

const fn slot(k: u64) -> usize {
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
}

/// [`TABLE`] in an open-addressing hash table keyed by [`pack`] (0 marks an empty slot): one
/// multiplication and usually one comparison per look-up, the splitter's most frequent question.
const HASHED: ([u64; SLOTS], [Abbrev; SLOTS]) = {
    let mut keys = [0u64; SLOTS];
    let mut kinds = [Abbrev::Word; SLOTS];
    let mut i = 0;
    while i < TABLE.len() {
        let k = pack(TABLE[i].0);
        let mut s = slot(k);
        while keys[s] != 0 {
            s = (s + 1) % SLOTS;
        }
        keys[s] = k;
        kinds[s] = TABLE[i].1;
        i += 1;
    }
    (keys, kinds)
};
static KEYS: [u64; SLOTS] = HASHED.0;
static KINDS: [Abbrev; SLOTS] = HASHED.1;

fn lookup(k: u64) -> Abbrev {
    let mut s = slot(k);
    loop {
        match (KEYS.get(s), KINDS.get(s)) {
            (Some(&key), Some(&kind)) if key == k => return kind,
            (Some(&key), Some(_)) if key != 0 => s = (s + 1) % SLOTS,
            _ => return Abbrev::Word,
        }
    }
}

/// Classifies the word (without its final full stop) that stands before a full stop.
pub(super) fn classify(token: &[u8]) -> Abbrev {
    match token {
        [] => return Abbrev::Word,
        [d, ..] if d.is_ascii_digit() => {
            return if token.len() <= 3 && token.iter().all(u8::is_ascii_digit) {
                Abbrev::Number
            } else {
                Abbrev::Word
            };
        }
        _ => {}
    }
    if token.len() > 12 {
        return Abbrev::Word;
    }
    let mut key = 0u64;
    let mut dotted = false;
    for (i, &b) in token.iter().enumerate() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' => {}
            b'.' => dotted = true,
            _ => return Abbrev::Word,
        }
        if i < MAX_LEN {
            // Setting bit 5 lowers an ASCII letter and leaves `.` as it is.
            key |= u64::from(b | 0x20) << (8 * i);
        }
    }
    let kind = if token.len() <= MAX_LEN {
        lookup(key)
    } else {
        Abbrev::Word
    };
    match kind {
        Abbrev::Word if token.len() == 1 => Abbrev::Letter,
        Abbrev::Word if dotted && initialism(token) => Abbrev::Ambiguous,
        kind => kind,
    }
}

/// An initialism: two or more groups of one or two letters joined by full stops.
///
/// ```text
/// initialism ::= group ('.' group)+      group ::= letter letter?     (`U.S`, `Ph.D`)
/// ```
fn initialism(token: &[u8]) -> bool {
    let mut groups = 0;
    for group in token.split(|&b| b == b'.') {
        if group.is_empty() || group.len() > 2 {
            return false;
        }
        groups += 1;
    }
    groups >= 2
}

/// The ASCII letters that open `word`, lowered into a buffer (empty if there are more than
/// `N` or none).
fn lowered<const N: usize>(word: &str) -> ([u8; N], usize) {
    let mut buf = [0u8; N];
    let mut len = 0;
    for b in word.bytes() {
        if !b.is_ascii_alphabetic() {
            break;
        }
        let Some(slot) = buf.get_mut(len) else {
            return (buf, 0);
        };
        *slot = b.to_ascii_lowercase();
        len += 1;
    }
    (buf, len)
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
    let (buf, len) = lowered::<12>(word);
    matches!(
        buf.get(..len).unwrap_or_default(),
        b"the"
            | b"a"
            | b"an"
            | b"he"
            | b"she"
            | b"it"
            | b"they"
            | b"we"
            | b"i"
            | b"you"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"there"
            | b"here"
            | b"but"
            | b"and"
            | b"or"
            | b"so"
            | b"yet"
            | b"however"
            | b"in"
            | b"on"
            | b"at"
            | b"for"
            | b"from"
            | b"if"
            | b"when"
            | b"while"
            | b"after"
            | b"before"
            | b"since"
            | b"his"
            | b"her"
            | b"its"
            | b"their"
            | b"our"
            | b"my"
            | b"your"
            | b"what"
            | b"why"
            | b"how"
            | b"who"
            | b"where"
            | b"which"
            | b"as"
            | b"also"
            | b"then"
            | b"now"
            | b"meanwhile"
            | b"both"
            | b"all"
            | b"some"
            | b"many"
            | b"most"
            | b"each"
            | b"every"
            | b"no"
            | b"not"
            | b"during"
            | b"today"
            | b"yesterday"
            | b"tomorrow"
            | b"last"
            | b"next"
            | b"with"
            | b"by"
            | b"under"
            | b"over"
            | b"according"
            | b"still"
            | b"other"
            | b"such"
            | b"further"
            | b"moreover"
            | b"thus"
            | b"despite"
            | b"although"
            | b"though"
            // Questions open with an auxiliary verb.
            | b"do"
            | b"does"
            | b"did"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"can"
            | b"could"
            | b"will"
            | b"would"
            | b"should"
            | b"has"
            | b"have"
            | b"had"
    )
}

/// Whether `word` begins with a day, a month or a time zone: words that go on a time of day
/// (`5 p.m. Monday`, `9 a.m. GMT`) rather than start a new sentence.
pub(super) fn calendar_or_zone(word: &str) -> bool {
    let (buf, len) = lowered::<9>(word);
    matches!(
        buf.get(..len).unwrap_or_default(),
        b"monday"
            | b"tuesday"
            | b"wednesday"
            | b"thursday"
            | b"friday"
            | b"saturday"
            | b"sunday"
            | b"january"
            | b"february"
            | b"march"
            | b"april"
            | b"may"
            | b"june"
            | b"july"
            | b"august"
            | b"september"
            | b"october"
            | b"november"
            | b"december"
            | b"gmt"
            | b"utc"
            | b"bst"
            | b"cet"
            | b"cest"
            | b"eet"
            | b"msk"
            | b"et"
            | b"est"
            | b"edt"
            | b"ct"
            | b"cst"
            | b"cdt"
            | b"mt"
            | b"mst"
            | b"mdt"
            | b"pt"
            | b"pst"
            | b"pdt"
            | b"ist"
            | b"pkt"
            | b"jst"
            | b"hkt"
            | b"aest"
    )
}

/// Whether `word` (lower case) is one that opens a phrase of time at the start of a sentence
/// (`At 5 p.m. ...`, `Shortly after 9 a.m. ...`).
pub(super) fn opens_time_phrase(word: &str) -> bool {
    let (buf, len) = lowered::<9>(word);
    matches!(
        buf.get(..len).unwrap_or_default(),
        b"at"
            | b"by"
            | b"from"
            | b"until"
            | b"till"
            | b"after"
            | b"before"
            | b"around"
            | b"about"
            | b"since"
            | b"shortly"
            | b"just"
            | b"between"
            | b"on"
            | b"starting"
            | b"beginning"
            | b"today"
            | b"yesterday"
            | b"tomorrow"
            | b"tonight"
            | b"early"
            | b"late"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_is_found_with_its_kind() {
        for &(w, kind) in TABLE {
            assert_eq!(classify(w), kind, "{}", String::from_utf8_lossy(w));
            let upper: Vec<u8> = w.iter().map(u8::to_ascii_uppercase).collect();
            assert_eq!(classify(&upper), kind, "{}", String::from_utf8_lossy(&upper));
        }
    }

    #[test]
    fn other_words() {
        assert_eq!(classify(b"Putin"), Abbrev::Word);
        assert_eq!(classify(b"mrs."), Abbrev::Word);
        assert_eq!(classify(b"12"), Abbrev::Number);
        assert_eq!(classify(b"2024"), Abbrev::Word);
        assert_eq!(classify(b"E"), Abbrev::Letter);
        assert_eq!(classify(b"b"), Abbrev::Letter);
        assert_eq!(classify(b"U.S"), Abbrev::Ambiguous);
        assert_eq!(classify(b"Ph.D"), Abbrev::Ambiguous);
        assert_eq!(classify(b"U.S.A"), Abbrev::Ambiguous);
        assert_eq!(classify(b"example.com"), Abbrev::Word);
        assert_eq!(classify(b"$100.00"), Abbrev::Word);
        assert_eq!(classify(b"approxim"), Abbrev::Word);
        assert_eq!(classify(b"Messrs"), Abbrev::Title);
    }
}
