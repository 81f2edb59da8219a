//! Byte-level helpers: finding candidates with memchr, and the questions every recogniser asks
//! about the characters around a candidate (white space, opening and closing marks, the word
//! before). Quotation marks and white space are [`crate::lexical`]'s; this module only adds the
//! ASCII fast paths and the few marks that matter to sentences alone.

use crate::inline::candidates::Three;
use crate::lexical;
use std::sync::OnceLock;

/// `)` and the last bytes of `•` (E2 80 A2) and `⁃` (E2 81 83): where a list's next item may
/// start.
pub(super) fn marks() -> &'static Three {
    static N: OnceLock<Three> = OnceLock::new();
    N.get_or_init(|| Three::new([b')', 0xA2, 0x83]))
}

/// The next offset at or after a given one that holds one of three bytes, remembered between
/// calls so that each byte of the paragraph is searched once however often the question is
/// asked (offsets only grow).
pub(super) struct Finder {
    needles: &'static Three,
    /// The offset of the next hit, `usize::MAX` for none.
    hit: usize,
}

impl Finder {
    /// A finder whose first answer is the first hit at or after `at`.
    pub(super) fn new(needles: &'static Three, bytes: &[u8], at: usize) -> Self {
        let mut f = Finder { needles, hit: 0 };
        f.hit = f.search(bytes, at);
        f
    }

    /// The first offset at or after `at` holding one of the bytes, or `usize::MAX`.
    #[inline]
    pub(super) fn find(&mut self, bytes: &[u8], at: usize) -> usize {
        if self.hit < at {
            self.hit = self.search(bytes, at);
        }
        self.hit
    }

    #[inline]
    fn search(&self, bytes: &[u8], at: usize) -> usize {
        bytes
            .get(at..)
            .and_then(|rest| self.needles.find(rest))
            .map_or(usize::MAX, |off| at + off)
    }
}

/// The next offset at or after a given one among a paragraph's candidate bytes of one class
/// (offsets into the whole text, in order, from [`crate::inline::candidates::Candidates`]).
pub(super) struct Hits<'h> {
    hits: &'h [u32],
    /// The paragraph's offset in the whole text.
    base: usize,
    /// The first hit not yet passed.
    k: usize,
}

impl<'h> Hits<'h> {
    pub(super) fn new(hits: &'h [u32], base: usize) -> Self {
        Hits { hits, base, k: 0 }
    }

    /// The first offset, relative to the paragraph, at or after `at`, or `usize::MAX`.
    #[inline]
    pub(super) fn find(&mut self, at: usize) -> usize {
        let at = at.saturating_add(self.base);
        while let Some(&h) = self.hits.get(self.k) {
            let h = h as usize;
            if h >= at {
                return h - self.base;
            }
            self.k += 1;
        }
        usize::MAX
    }
}

/// The character at byte `j` of `text`, if `j` is on a character boundary.
pub(super) fn char_at(text: &str, j: usize) -> Option<char> {
    text.get(j..)?.chars().next()
}

/// The character that ends at byte `j` of `text`.
pub(super) fn char_before(text: &str, j: usize) -> Option<char> {
    text.get(..j)?.chars().next_back()
}

/// Whether the character at `j` is white space ([`lexical::is_space`]).
pub(super) fn space_at(text: &str, j: usize) -> bool {
    match text.as_bytes().get(j) {
        Some(&b) if b.is_ascii() => matches!(b, b'\t'..=b'\r' | b' '),
        Some(_) => char_at(text, j).is_some_and(lexical::is_space),
        None => false,
    }
}

/// Whether the character that ends at `j` is white space.
pub(super) fn space_before(text: &str, j: usize) -> bool {
    match j.checked_sub(1).and_then(|l| text.as_bytes().get(l)) {
        Some(&b) if b.is_ascii() => matches!(b, b'\t'..=b'\r' | b' '),
        Some(_) => char_before(text, j).is_some_and(lexical::is_space),
        None => false,
    }
}

/// The first offset at or after `at` that is not white space ([`lexical::skip_space`], with a
/// fast path for the single ASCII space that usually follows a full stop).
pub(super) fn skip_space(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    match bytes.get(at) {
        Some(b) if b.is_ascii_graphic() => return at,
        Some(b' ') if bytes.get(at + 1).is_some_and(u8::is_ascii_graphic) => return at + 1,
        _ => {}
    }
    lexical::skip_space(text, at, text.len())
}

/// Opening quotation marks ([`lexical::opening`]), opening brackets
/// ([`lexical::is_open_bracket`]) and the marks that open a sentence without opening a
/// quotation the quote pass pairs: the straight apostrophe used as a single quotation mark,
/// `‹`, and the Spanish `¿ ¡`.
pub(super) fn is_opener(c: char) -> bool {
    lexical::opening(c).is_some()
        || lexical::is_open_bracket(c)
        || matches!(c, '\'' | '‹' | '¿' | '¡')
}

/// The length of the closing mark or bracket at `j`, if there is one, and whether it closes a
/// quotation: the marks of [`lexical::closing`] and `' ›` (which do), the brackets of
/// [`lexical::is_close_bracket`] (which do not). Both belong to the sentence they follow.
pub(super) fn closer_at(text: &str, j: usize) -> Option<(usize, bool)> {
    // Most full stops are followed by a space or a letter: no mark.
    let b = *text.as_bytes().get(j)?;
    if b.is_ascii_alphanumeric() || b.is_ascii_whitespace() {
        return None;
    }
    let c = char_at(text, j)?;
    if lexical::is_close_bracket(c) {
        Some((1, false))
    } else if lexical::closing(c).is_some() || matches!(c, '\'' | '›') {
        Some((c.len_utf8(), true))
    } else {
        None
    }
}

/// Bullets that may stand right before a word, so they bound it like white space.
pub(super) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '◦' | '▪' | '‣')
}

/// Where the word that ends at `i` starts: back to white space, an opening mark, a bullet or
/// `lo`; `None` if it is longer than `max` bytes.
pub(super) fn word_start(text: &str, lo: usize, i: usize, max: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let floor = i.saturating_sub(max + 1).max(lo);
    let mut at = i;
    while at > floor {
        let Some(&b) = bytes.get(at - 1) else { break };
        match b {
            b'\t'..=b'\r' | b' ' | b'"' | b'\'' | b'(' | b'[' | b'{' => return Some(at),
            0x80.. => return word_start_chars(text, lo, i, max),
            _ => at -= 1,
        }
    }
    (at == lo).then_some(at)
}

/// [`word_start`] character by character.
fn word_start_chars(text: &str, lo: usize, i: usize, max: usize) -> Option<usize> {
    let before = text.get(lo..i)?;
    let mut at = i;
    for c in before.chars().rev() {
        if lexical::is_space(c) || is_opener(c) || is_bullet(c) {
            return Some(at);
        }
        at -= c.len_utf8();
        if i - at > max {
            return None;
        }
    }
    Some(at)
}

/// Skips the opening marks at `k`; returns where the word starts and whether there were any.
pub(super) fn skip_openers(text: &str, k: usize) -> (usize, bool) {
    match text.as_bytes().get(k) {
        Some(b) if b.is_ascii_alphanumeric() => (k, false),
        _ => {
            let rest = text.get(k..).unwrap_or_default();
            let word = rest.trim_start_matches(is_opener);
            (k + rest.len() - word.len(), word.len() != rest.len())
        }
    }
}

/// Whether the character at `j` is a lower-case letter.
pub(super) fn lower_at(text: &str, j: usize) -> bool {
    match text.as_bytes().get(j) {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        Some(_) => char_at(text, j).is_some_and(char::is_lowercase),
        None => false,
    }
}

/// Whether the character at `j` is an upper-case letter.
pub(super) fn upper_at(text: &str, j: usize) -> bool {
    match text.as_bytes().get(j) {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => char_at(text, j).is_some_and(char::is_uppercase),
        None => false,
    }
}
