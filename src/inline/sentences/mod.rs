//! Sentence segmentation: the fourth pass.
//!
//! One forward pass over the paragraph's bytes. Only `.`, `?`, `!`, `…` and line breaks are
//! looked at; at each of them a bounded amount of text before and after decides whether a
//! sentence ends there, so the pass stays linear whatever the input:
//!
//! - a terminator ends a sentence only when whitespace (non-breaking spaces included) or the
//!   end of the paragraph follows it, after any closing quotation marks and brackets (which
//!   belong to the sentence): `3.14`, `U.S.-based`, `example.com/a?b` and `e.g.,` never split;
//! - a lower-case letter after the space never starts a sentence (`etc. and`, `… then`,
//!   `“Stop!” she said`);
//! - `?`, `!`, an ellipsis (`...`, `…`) end the sentence before anything else;
//! - a single full stop looks at the word before it (see [`abbreviations`]): titles such as
//!   `Mr.` never end a sentence, `No.` and `Sept.` do not before a number, ambiguous
//!   abbreviations (`etc.`, `Inc.`, `U.S.`, `p.m.`, initials) end one only when the next word is
//!   one that typically starts a sentence, and one to three digits that open the sentence or
//!   follow a colon are a list marker (`1. Plan.`);
//! - in a hard-wrapped paragraph, a line that starts with a list marker (`2.`, `3)`, `-`, `•`)
//!   starts a sentence;
//! - a colon and dashes never end a sentence.

mod abbreviations;

use crate::lexical::trim;
use crate::span::{Span, sp};
use abbreviations::{Abbrev, classify, starts_sentence};
use memchr::memchr3;

/// The longest word, in characters, that is looked at before a full stop.
const MAX_TOKEN: usize = 24;

/// Appends the sentence spans of the paragraph at `span` of `src` to `out`; see [`split`].
pub(crate) fn split_into(src: &str, span: Span, out: &mut Vec<Span>) {
    out.extend(split(src, span));
}

/// Splits the paragraph text at `span` of `src` into sentence spans, in order, each trimmed of
/// surrounding whitespace, together covering every non-whitespace character of the paragraph.
pub(crate) fn split(src: &str, span: Span) -> Vec<Span> {
    let base = span.start as usize;
    let Some(text) = src.get(span.range()) else {
        return Vec::new();
    };
    let mut seg = Segmenter {
        text,
        start: skip_space(text, 0),
        out: Vec::new(),
    };
    let bytes = text.as_bytes();
    let mut i = seg.start;
    // Only the bytes that may start a terminator or a line break are visited; `memchr3`
    // jumps over the rest. Every step moves `i` forward.
    let mut stops = Next3::new(b'.', b'?', b'!');
    let mut breaks = Next3::new(0xE2, b'\n', b'\r');
    loop {
        let p = stops.find(bytes, i).min(breaks.find(bytes, i));
        let Some(&b) = bytes.get(p) else { break };
        i = match b {
            b'.' | b'?' | b'!' => seg.terminator(p),
            // `…` is E2 80 A6.
            0xE2 if bytes.get(p + 1..p + 3) == Some(&[0x80, 0xA6]) => seg.terminator(p),
            b'\n' | b'\r' => seg.line_break(p),
            _ => p + 1,
        };
    }
    seg.push(text.len());
    seg.out
        .iter_mut()
        .for_each(|s| *s = sp(base + s.start as usize, base + s.end as usize));
    seg.out
}

/// The next offset at or after a given one that holds one of three bytes, remembered between
/// calls so that a byte is searched for once however often the question is asked.
struct Next3 {
    needles: [u8; 3],
    /// The offset of the next hit (`usize::MAX` for none) at or after `from`.
    hit: usize,
    from: usize,
}

impl Next3 {
    fn new(a: u8, b: u8, c: u8) -> Self {
        Next3 {
            needles: [a, b, c],
            hit: 0,
            from: usize::MAX,
        }
    }

    /// The first offset at or after `at` holding one of the bytes, or `usize::MAX`.
    fn find(&mut self, bytes: &[u8], at: usize) -> usize {
        if self.from > at || self.hit < at {
            let [a, b, c] = self.needles;
            self.hit = bytes
                .get(at..)
                .and_then(|rest| memchr3(a, b, c, rest))
                .map_or(usize::MAX, |off| at + off);
            self.from = at;
        }
        self.hit
    }
}

struct Segmenter<'a> {
    text: &'a str,
    /// Where the current sentence starts: a non-whitespace character, or the end.
    start: usize,
    /// Sentence spans relative to `text`.
    out: Vec<Span>,
}

impl Segmenter<'_> {
    /// Ends the current sentence at `end` (trimmed); empty sentences are not kept.
    fn push(&mut self, end: usize) {
        let bytes = self.text.as_bytes();
        // Printable ASCII at both ends is not whitespace: nothing to trim.
        let plain = self.start < end
            && bytes.get(self.start).is_some_and(u8::is_ascii_graphic)
            && end
                .checked_sub(1)
                .and_then(|l| bytes.get(l))
                .is_some_and(u8::is_ascii_graphic);
        let (s, e) = if plain && self.text.is_char_boundary(end) {
            (self.start, end)
        } else {
            trim(self.text, self.start, end)
        };
        if s < e {
            self.out.push(sp(s, e));
        }
    }

    /// Handles the run of terminators at `i`; returns where to continue.
    fn terminator(&mut self, i: usize) -> usize {
        let t = self.text;
        let bytes = t.as_bytes();
        let mut j = i;
        let (mut dots, mut strong) = (0usize, false);
        loop {
            match bytes.get(j) {
                Some(b'.') => dots += 1,
                Some(b'?' | b'!') => strong = true,
                Some(0xE2) if bytes.get(j + 1..j + 3) == Some(&[0x80, 0xA6]) => {
                    strong = true;
                    j += 2;
                }
                _ => break,
            }
            j += 1;
        }
        while let Some(len) = closer_len(bytes, j) {
            j += len;
        }
        if !space_at(t, j) {
            return j.max(i + 1);
        }
        let k = skip_space(t, j);
        let rest = t.get(k..).unwrap_or("");
        if rest.is_empty() {
            return k;
        }
        // An ASCII letter or digit is no opening mark: nothing to skip.
        let word = if rest
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_alphanumeric)
        {
            rest
        } else {
            rest.trim_start_matches(is_opener)
        };
        let opened = word.len() != rest.len();
        let lower = match word.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
            _ => word.chars().next().is_some_and(char::is_lowercase),
        };
        if lower {
            return j;
        }
        let ends = strong || dots > 1 || self.period_ends(i, word, opened);
        if ends {
            self.push(j);
            self.start = k;
        }
        j
    }

    /// Whether the single full stop at `i`, followed by a space and `word`, ends the sentence.
    fn period_ends(&self, i: usize, word: &str, opened: bool) -> bool {
        let before = self.text.get(self.start..i).unwrap_or("");
        let Some(tok_len) = token_len(before) else {
            return true;
        };
        let lead = before.get(..before.len() - tok_len).unwrap_or("");
        let token = before.get(before.len() - tok_len..).unwrap_or("");
        match classify(token) {
            Abbrev::Word => true,
            Abbrev::Number => {
                // Bounded: a long lead is not a run of opening marks.
                let first = lead.len() <= 8 && lead.trim_start_matches(is_opener).is_empty();
                !(first || lead.trim_end_matches(char::is_whitespace).ends_with(':'))
            }
            Abbrev::Title => false,
            Abbrev::BeforeNumber if word.starts_with(|c: char| c.is_ascii_digit()) => false,
            Abbrev::BeforeNumber | Abbrev::Ambiguous => opened || starts_sentence(word),
        }
    }

    /// In a hard-wrapped paragraph a line that starts with a list marker starts a sentence.
    fn line_break(&mut self, i: usize) -> usize {
        let next = i + 1;
        let line = self.text.get(next..).unwrap_or("");
        let body = line.trim_start_matches([' ', '\t', '\u{a0}']);
        if self.start < i && list_marker(body) {
            self.push(i);
            self.start = next + line.len() - body.len();
        }
        next
    }
}

/// `2. `, `10) `, `- `, `• `, `* ` at the start of `line`.
fn list_marker(line: &str) -> bool {
    let digits = line.bytes().take(4).take_while(u8::is_ascii_digit).count();
    let rest = line.get(digits..).unwrap_or("");
    let mut chars = rest.chars();
    let marker = matches!(
        (digits, chars.next()),
        (1..=3, Some('.' | ')')) | (0, Some('-' | '*' | '•' | '–' | '·'))
    );
    marker && chars.next().is_some_and(char::is_whitespace)
}

/// The length in bytes of the word that ends `before` (back to whitespace or an opening mark),
/// or `None` if it is longer than [`MAX_TOKEN`] characters.
fn token_len(before: &str) -> Option<usize> {
    let bytes = before.as_bytes();
    // Fast path over ASCII (and the no-break space, C2 A0); anything else is left to the
    // character loop below.
    let mut n = 0;
    let mut at = bytes.len();
    while let Some(&b) = at.checked_sub(1).and_then(|l| bytes.get(l)) {
        let stop = match b {
            b'\t'..=b'\r' | b' ' | b'"' | b'\'' | b'(' | b'[' | b'{' => true,
            0xA0 if at >= 2 && bytes.get(at - 2) == Some(&0xC2) => true,
            0x80.. => return token_len_chars(before),
            _ => false,
        };
        if stop {
            break;
        }
        if n >= MAX_TOKEN {
            return None;
        }
        n += 1;
        at -= 1;
    }
    Some(n)
}

/// [`token_len`] character by character.
fn token_len_chars(before: &str) -> Option<usize> {
    let mut tok_len = 0;
    for (n, c) in before.chars().rev().enumerate() {
        if c.is_whitespace() || is_opener(c) {
            break;
        }
        if n >= MAX_TOKEN {
            return None;
        }
        tok_len += c.len_utf8();
    }
    Some(tok_len)
}

/// The length of the closing mark or bracket at `j`, if there is one: the marks and brackets
/// `” ’ " ' ) ] } » ›` that belong to the sentence they follow.
fn closer_len(bytes: &[u8], j: usize) -> Option<usize> {
    match bytes.get(j)? {
        b'"' | b'\'' | b')' | b']' | b'}' => Some(1),
        // `»`
        0xC2 if bytes.get(j + 1) == Some(&0xBB) => Some(2),
        // `”`, `’`, `›`
        0xE2 if bytes.get(j + 1) == Some(&0x80)
            && matches!(bytes.get(j + 2), Some(0x9D | 0x99 | 0xBA)) =>
        {
            Some(3)
        }
        _ => None,
    }
}

/// Whether the character at `j` of `text` is whitespace.
fn space_at(text: &str, j: usize) -> bool {
    match text.as_bytes().get(j) {
        Some(&b) if b.is_ascii() => matches!(b, b'\t'..=b'\r' | b' '),
        Some(0xC2) if text.as_bytes().get(j + 1) == Some(&0xA0) => true,
        _ => text
            .get(j..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_whitespace),
    }
}

/// Opening quotation marks and brackets that may stand before a sentence's first word.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '“' | '‘' | '„' | '"' | '\'' | '(' | '[' | '{' | '«' | '‹' | '¿' | '¡'
    )
}

/// The first offset at or after `at` that is not whitespace.
fn skip_space(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut k = at;
    loop {
        match bytes.get(k) {
            Some(b'\t'..=b'\r' | b' ') => k += 1,
            Some(0xC2) if bytes.get(k + 1) == Some(&0xA0) => k += 2,
            Some(&b) if b.is_ascii() => return k,
            _ => break,
        }
    }
    text.get(k..).map_or(text.len(), |s| {
        text.len() - s.trim_start_matches(char::is_whitespace).len()
    })
}
