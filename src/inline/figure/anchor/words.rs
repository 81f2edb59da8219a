//! The anchor words and the look-up that tells them, quickly, from every other word.

use super::classify::ONES;

/// The length of the anchor word starting at `at`, bit `p` of its block: `rest` is the
/// block's non-letter mask shifted down to the word, `next` the next block's letter mask.
#[inline]
pub(super) fn anchor_len(b: &[u8], at: usize, rest: u64, next: u64, p: u32) -> Option<usize> {
    let (&c0, &c1) = (b.get(at)?, b.get(at + 1)?);
    // To the first non-letter, in this block or the next.
    let len = if rest != 0 {
        rest.trailing_zeros()
    } else {
        (64 - p) + (!next).trailing_zeros()
    };
    // One test, which almost every word fails, rather than one for the letters and one for
    // the length: fewer branches to mispredict.
    let lengths = u32::from(FILTER.get(pair(c0, c1)).copied().unwrap_or(0));
    if lengths.checked_shr(len).unwrap_or(0) & 1 == 0 {
        return None;
    }
    anchor_word(b, at, len as usize).then_some(len as usize)
}

/// The anchor words, lower case; the flag says the word counts only when capitalised (months).
const WORDS: &[(&[u8], bool)] = &[
    (b"zero", false),
    (b"one", false),
    (b"two", false),
    (b"three", false),
    (b"four", false),
    (b"five", false),
    (b"six", false),
    (b"seven", false),
    (b"eight", false),
    (b"nine", false),
    (b"ten", false),
    (b"eleven", false),
    (b"twelve", false),
    (b"thirteen", false),
    (b"fourteen", false),
    (b"fifteen", false),
    (b"sixteen", false),
    (b"seventeen", false),
    (b"eighteen", false),
    (b"nineteen", false),
    (b"twenty", false),
    (b"thirty", false),
    (b"forty", false),
    (b"fifty", false),
    (b"sixty", false),
    (b"seventy", false),
    (b"eighty", false),
    (b"ninety", false),
    (b"hundred", false),
    (b"thousand", false),
    (b"million", false),
    (b"billion", false),
    (b"trillion", false),
    (b"lakh", false),
    (b"lakhs", false),
    (b"crore", false),
    (b"crores", false),
    (b"dozen", false),
    (b"half", false),
    (b"quarter", false),
    (b"first", false),
    (b"second", false),
    (b"third", false),
    (b"fourth", false),
    (b"fifth", false),
    (b"sixth", false),
    (b"seventh", false),
    (b"eighth", false),
    (b"ninth", false),
    (b"tenth", false),
    (b"eleventh", false),
    (b"twelfth", false),
    (b"thirteenth", false),
    (b"fourteenth", false),
    (b"fifteenth", false),
    (b"sixteenth", false),
    (b"seventeenth", false),
    (b"eighteenth", false),
    (b"nineteenth", false),
    (b"twentieth", false),
    (b"thirtieth", false),
    (b"fortieth", false),
    (b"fiftieth", false),
    (b"sixtieth", false),
    (b"seventieth", false),
    (b"eightieth", false),
    (b"ninetieth", false),
    (b"hundredth", false),
    (b"day", false),
    (b"days", false),
    (b"week", false),
    (b"weeks", false),
    (b"month", false),
    (b"months", false),
    (b"year", false),
    (b"years", false),
    (b"decade", false),
    (b"decades", false),
    (b"century", false),
    (b"centuries", false),
    (b"hour", false),
    (b"hours", false),
    (b"minute", false),
    (b"minutes", false),
    (b"january", true),
    (b"february", true),
    (b"march", true),
    (b"april", true),
    (b"may", true),
    (b"june", true),
    (b"july", true),
    (b"august", true),
    (b"september", true),
    (b"october", true),
    (b"november", true),
    (b"december", true),
    (b"jan", true),
    (b"feb", true),
    (b"mar", true),
    (b"apr", true),
    (b"jun", true),
    (b"jul", true),
    (b"aug", true),
    (b"sep", true),
    (b"sept", true),
    (b"oct", true),
    (b"nov", true),
    (b"dec", true),
];

/// For each pair of first and second letters (by their low five bits, the same for both
/// cases), a bit for each length some anchor word has.
static FILTER: [u16; 1024] = {
    let mut t = [0u16; 1024];
    let mut i = 0;
    while i < WORDS.len() {
        let w = WORDS[i].0;
        t[pair(w[0], w[1])] |= 1 << w.len();
        i += 1;
    }
    t
};

/// The [`FILTER`] index of two letters.
const fn pair(a: u8, b: u8) -> usize {
    (((a & 0x1F) as usize) << 5) | (b & 0x1F) as usize
}

/// A word's first eight letters, lower case, packed little-endian, and its length in the top
/// byte's place when shorter (so `may` and `mayor`'s first three letters differ).
const fn key(w: &[u8], len: usize) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < len && i < 8 {
        k |= ((w[i] | 0x20) as u64) << (8 * i);
        i += 1;
    }
    k ^ ((len as u64) << 59)
}

const SLOTS: usize = 256;

const fn slot(k: u64) -> usize {
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
}

/// [`WORDS`] in an open-addressing table by [`key`] (0 marks an empty slot), with the
/// capitalisation flag.
const TABLE: ([u64; SLOTS], [bool; SLOTS]) = {
    let mut keys = [0u64; SLOTS];
    let mut caps = [false; SLOTS];
    let mut i = 0;
    while i < WORDS.len() {
        let w = WORDS[i].0;
        let k = key(w, w.len());
        let mut s = slot(k);
        while keys[s] != 0 {
            s = (s + 1) % SLOTS;
        }
        keys[s] = k;
        caps[s] = WORDS[i].1;
        i += 1;
    }
    (keys, caps)
};
static KEYS: [u64; SLOTS] = TABLE.0;
static CAPS: [bool; SLOTS] = TABLE.1;

/// Whether the word of ASCII letters at `b[at..at + len]`, which passed [`FILTER`], is an
/// anchor: its first eight letters and its length match an anchor word's (a month must be
/// capitalised).
fn anchor_word(b: &[u8], at: usize, len: usize) -> bool {
    let Some(&c0) = b.get(at) else {
        return false;
    };
    let k = match b.get(at..at + len.max(8)) {
        // Eight bytes at hand: one load, the bytes past the word masked off.
        Some(w8) => {
            let Ok(a) = <[u8; 8]>::try_from(w8.get(..8).unwrap_or_default()) else {
                return false;
            };
            let keep = if len >= 8 {
                u64::MAX
            } else {
                (1u64 << (8 * len)) - 1
            };
            ((u64::from_le_bytes(a) | (0x20 * ONES)) & keep) ^ ((len as u64) << 59)
        }
        None => match b.get(at..at + len) {
            Some(w) => key_of(w),
            None => return false,
        },
    };
    let mut s = slot(k);
    loop {
        match (KEYS.get(s), CAPS.get(s)) {
            (Some(&key), Some(&caps)) if key == k => return !caps || c0.is_ascii_uppercase(),
            (Some(&key), Some(_)) if key != 0 => s = (s + 1) % SLOTS,
            _ => return false,
        }
    }
}

/// [`key`] of a word in the text.
fn key_of(w: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    for (d, s) in a.iter_mut().zip(w) {
        *d = s | 0x20;
    }
    u64::from_le_bytes(a) ^ ((w.len() as u64) << 59)
}
