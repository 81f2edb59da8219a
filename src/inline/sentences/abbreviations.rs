//! What the word before a full stop says about whether the sentence ends there.
//!
//! ```text
//! abbreviation ::= listed '.'              (a word of TABLE, any case: `Mr.`, `etc.`, `a.m.`)
//!                | initialism '.'          (`U.S.`, `Ph.D.`: see `initialism`)
//!                | digit{1,3} '.'          (a number: perhaps a list marker)
//!                | letter '.'              (one letter: an initial or a list marker)
//! ```

use super::scan;

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
    // A case's name: `Maren v. Ostby`.
    (b"v", Abbrev::Title),
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

/// The last three letters of every listed word of letters only, lowered, as a bit set indexed
/// by [`ending`]; a word of two letters has a boundary (0) before them. A word whose ending
/// is not in the set is not listed, which [`surely_word`] answers without reading the word.
const ENDINGS: [u64; 512] = {
    let mut set = [0u64; 512];
    let mut i = 0;
    while i < TABLE.len() {
        let w = TABLE[i].0;
        let n = w.len();
        let mut letters = true;
        let mut j = 0;
        while j < n {
            letters &= w[j].is_ascii_lowercase();
            j += 1;
        }
        if letters && n >= 2 {
            let third = if n >= 3 { w[n - 3] } else { 0 };
            let e = ending(third, w[n - 2], w[n - 1]);
            set[e / 64] |= 1 << (e % 64);
        }
        i += 1;
    }
    set
};

/// Three lower-case letters (or 0 for a boundary) as an index below 32768.
const fn ending(a: u8, b: u8, c: u8) -> usize {
    ((a & 31) as usize) << 10 | ((b & 31) as usize) << 5 | (c & 31) as usize
}

/// Whether the word that ends at `i` (after `lo`) is surely an ordinary word: its last two
/// bytes are ASCII letters, the one before them a letter or a boundary, and that ending is no
/// listed word's ([`ENDINGS`]). Most words before a full stop are decided here, in a few
/// instructions; `false` means only that [`word_before`] must look.
#[inline]
pub(super) fn surely_word(bytes: &[u8], lo: usize, i: usize) -> bool {
    let byte = |at: usize| {
        if at >= lo {
            bytes.get(at).copied()
        } else {
            None
        }
    };
    let (Some(c), Some(b)) = (
        i.checked_sub(1).and_then(byte),
        i.checked_sub(2).and_then(byte),
    ) else {
        return false;
    };
    if !(c.is_ascii_alphabetic() && b.is_ascii_alphabetic()) {
        return false;
    }
    let a = match i.checked_sub(3).and_then(byte) {
        Some(a) if a.is_ascii_alphabetic() => a,
        None => 0,
        Some(a) if class(a) == BOUNDARY => 0,
        Some(_) => return false,
    };
    let e = ending(a, b, c);
    ENDINGS
        .get(e / 64)
        .is_some_and(|bits| bits & (1 << (e % 64)) == 0)
}

/// What a byte may be in a word before a full stop, as bit flags: `shape`s are their union.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const DOT: u8 = 4;
/// Other ASCII punctuation inside a word (`$`, `%`, `,`, `)`): never an abbreviation.
const OTHER: u8 = 8;
/// White space and opening marks: where a word starts.
const BOUNDARY: u8 = 16;
/// A byte of a non-ASCII character: the word is read character by character.
const WIDE: u8 = 32;

/// [`LETTER`], [`DIGIT`] ... for every byte. [`BOUNDARY`] is the ASCII part of
/// [`crate::lexical::is_space`] and [`scan::is_opener`] (a test checks they agree).
const CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = match c {
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            b'0'..=b'9' => DIGIT,
            b'.' => DOT,
            b'\t'..=b'\r' | b' ' | b'"' | b'\'' | b'(' | b'[' | b'{' => BOUNDARY,
            0x80.. => WIDE,
            _ => OTHER,
        };
        b += 1;
    }
    t
};

fn class(b: u8) -> u8 {
    CLASS.get(usize::from(b)).copied().unwrap_or(OTHER)
}

/// The word that ends at byte `i` of `text` (back to white space, an opening mark, a bullet
/// or `lo`), with its class: where it starts, or `None` when it is longer than `max` bytes
/// (an ordinary word, which ends the sentence). One backward pass over ASCII words, the
/// splitter's most frequent question; a word with other characters goes through
/// [`scan::word_start`] and [`classify`].
#[inline]
pub(super) fn word_before(text: &str, lo: usize, i: usize, max: usize) -> Option<(usize, Abbrev)> {
    let bytes = text.as_bytes();
    let floor = i.saturating_sub(max + 1).max(lo);
    let window = bytes.get(floor..i).unwrap_or_default();
    let (mut len, mut shape, mut stop) = (0, 0u8, 0u8);
    for &b in window.iter().rev() {
        let c = class(b);
        if c & (BOUNDARY | WIDE) != 0 {
            stop = c;
            break;
        }
        shape |= c;
        len += 1;
    }
    let at = i - len;
    // The no-break space (C2 A0) bounds a word like a space.
    let nbsp = || at >= 2 && bytes.get(at - 2..at) == Some(&[0xC2, 0xA0]);
    if stop == WIDE && !nbsp() {
        let t = scan::word_start(text, lo, i, max)?;
        return Some((t, classify(bytes.get(t..i).unwrap_or_default())));
    }
    if stop == 0 && floor > lo {
        return None;
    }
    let token = bytes.get(at..i).unwrap_or_default();
    let key = match bytes.get(at..at + 8) {
        // A word of up to eight bytes with a letter, packed at once from an eight-byte load.
        Some(chunk) if len <= MAX_LEN && shape & LETTER != 0 => {
            let all = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            let mask = u64::MAX >> (64 - 8 * len);
            (all | 0x2020_2020_2020_2020) & mask
        }
        Some(_) => 0,
        None => pack_lowered(token),
    };
    Some((at, kind(token, shape, key)))
}

/// The first [`MAX_LEN`] bytes of `token` packed as [`pack`] does, lowered (setting bit 5
/// lowers an ASCII letter and leaves `.` and digits as they are).
fn pack_lowered(token: &[u8]) -> u64 {
    let mut key = 0u64;
    for (i, &b) in token.iter().take(MAX_LEN).enumerate() {
        key |= u64::from(b | 0x20) << (8 * i);
    }
    key
}

/// Classifies the word (without its final full stop) that stands before a full stop.
pub(super) fn classify(token: &[u8]) -> Abbrev {
    let shape = token.iter().fold(0, |shape, &b| shape | class(b));
    kind(token, shape, pack_lowered(token))
}

/// The class of `token`, given the union of its bytes' classes and its first [`MAX_LEN`]
/// bytes packed and lowered ([`pack_lowered`]).
#[inline]
fn kind(token: &[u8], shape: u8, key: u64) -> Abbrev {
    let len = token.len();
    match shape {
        DIGIT if len <= 3 => Abbrev::Number,
        LETTER if len <= MAX_LEN => match lookup(key) {
            Abbrev::Word if len == 1 => Abbrev::Letter,
            kind => kind,
        },
        s if s == LETTER | DOT && len <= 12 => {
            // Lengths past `MAX_LEN` were not all packed.
            let listed = if len <= MAX_LEN {
                lookup(key)
            } else {
                Abbrev::Word
            };
            match listed {
                Abbrev::Word if initialism(token) => Abbrev::Ambiguous,
                kind => kind,
            }
        }
        _ => Abbrev::Word,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_is_found_with_its_kind() {
        for &(w, kind) in TABLE {
            assert_eq!(classify(w), kind, "{}", String::from_utf8_lossy(w));
            let upper: Vec<u8> = w.iter().map(u8::to_ascii_uppercase).collect();
            assert_eq!(
                classify(&upper),
                kind,
                "{}",
                String::from_utf8_lossy(&upper)
            );
        }
    }

    #[test]
    fn boundaries_are_white_space_and_openers() {
        for b in 0..0x80u8 {
            let c = char::from(b);
            let boundary = crate::lexical::is_space(c) || scan::is_opener(c);
            assert_eq!(class(b) == BOUNDARY, boundary, "{c:?}");
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

    #[test]
    fn the_backward_pass_agrees_with_classify() {
        for text in [
            "Mr.",
            "The U.S.",
            "tea etc.",
            "in 2024.",
            "(3.",
            "He said “no.",
            "Sept.",
            "Room N°.",
            "a café.",
            "approx.",
            "a\u{a0}b.",
            "Ph.D.",
            "x $4.5bn.",
            "abcdefghijkl.",
            "abcdefghijklm.",
            "x p.",
            "9 A.M.",
        ] {
            let i = text.len() - 1;
            let got = word_before(text, 0, i, 12);
            let start = scan::word_start(text, 0, i, 12);
            assert_eq!(got.map(|(t, _)| t), start, "{text}");
            if let Some(t) = start {
                let want = classify(text.as_bytes().get(t..i).unwrap_or_default());
                assert_eq!(got.map(|(_, k)| k), Some(want), "{text}");
            }
        }
        assert_eq!(word_before("x Mr.", 0, 4, 12), Some((2, Abbrev::Title)));
        for (text, sure) in [
            ("the nation.", true),
            ("at work.", true),
            ("to us.", true),
            ("x Mr.", false),
            ("x Mrs.", false),
            ("Messrs.", false),
            ("the West.", false),
            ("x I.", false),
            ("x U.S.", false),
            ("in 2024.", false),
            ("a café.", false),
            ("(ok.", true),
        ] {
            let i = text.len() - 1;
            assert_eq!(surely_word(text.as_bytes(), 0, i), sure, "{text}");
            if sure {
                assert_eq!(
                    word_before(text, 0, i, 12).map(|(_, k)| k),
                    Some(Abbrev::Word)
                );
            }
        }
        assert_eq!(word_before("9 a.m.", 0, 5, 12), Some((2, Abbrev::Time)));
        assert_eq!(word_before("x abcdefghijklm.", 0, 15, 12), None);
        assert_eq!(
            word_before("x abcdefghijkl.", 0, 14, 12),
            Some((2, Abbrev::Word))
        );
    }
}
