//! The figure rules' tokens: words, numbers and single punctuation characters, each with a flag
//! saying whether white space came before it. Only the windows around the places a figure can
//! start are tokenised ([`super::anchor`]); a window starts after white space, so its tokens
//! are the ones the whole sentence would give there.

use super::grammar;
use crate::lexical::is_space;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum K {
    /// Letters (any alphabetic character).
    Word,
    /// A number in digits: digits with `.` or `,` between digits, groups of three digits after
    /// a space (`1 000 000`), or a decimal point and digits (`.5`). Whether it is a well-formed
    /// number is for [`grammar::number`] to say.
    Num,
    /// Any other single character.
    P(char),
}

/// A token: byte offsets into the sentence.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub s: u32,
    pub e: u32,
    pub k: K,
    /// White space separates this token from the previous one (or it starts the window).
    pub gap: bool,
}

/// The character starting at byte `i` (which must be a character boundary).
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The end of the digit run starting at `i`: digits, with `.` or `,` allowed between digits.
fn digits_end(bytes: &[u8], i: usize, to: usize) -> usize {
    let digit = |j: usize| j < to && bytes.get(j).is_some_and(u8::is_ascii_digit);
    let mut e = i + 1;
    loop {
        if digit(e) {
            e += 1;
        } else if matches!(bytes.get(e), Some(b'.' | b',')) && digit(e + 1) {
            e += 2;
        } else {
            return e.min(to);
        }
    }
}

/// The end of the number token starting with the digit at `i`.
fn number_end(text: &str, i: usize, to: usize) -> usize {
    let bytes = text.as_bytes();
    let e = digits_end(bytes, i, to);
    // 1 000 000: up to three digits, then groups of three after a space.
    let short = e - i <= 3
        && bytes
            .get(i..e)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    // (A plain space must be followed by a digit for a group to follow: most are not.)
    let group = match bytes.get(e) {
        Some(b' ') => bytes.get(e + 1).is_some_and(u8::is_ascii_digit),
        Some(&b) => b >= 0x80,
        None => false,
    };
    if short && group {
        if let Some(rest) = text.get(i..to) {
            if let Ok((r, _)) = grammar::spaced(rest) {
                let g = to - r.len();
                let point = matches!(bytes.get(g), Some(b'.'))
                    && g + 1 < to
                    && bytes.get(g + 1).is_some_and(u8::is_ascii_digit);
                return if point {
                    digits_end(bytes, g + 1, to)
                } else {
                    g
                };
            }
        }
    }
    e
}

/// Whether a `.` at `i` starts a number (`.5%`, `$.99`): a digit follows, and no letter,
/// digit or point comes before it.
fn leading_point(bytes: &[u8], i: usize, to: usize) -> bool {
    i + 1 < to
        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
        && !i
            .checked_sub(1)
            .and_then(|p| bytes.get(p))
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b','))
}

/// The end of the run of letters starting at `i` (ASCII letters fast, others decoded).
fn word_end(text: &str, bytes: &[u8], mut e: usize, to: usize) -> usize {
    while e < to {
        // A run of ASCII letters, the usual case, in one pass.
        e += bytes.get(e..to).map_or(0, |r| {
            r.iter()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(r.len())
        });
        match bytes.get(e) {
            Some(&b) if b >= 0x80 && e < to => match char_at(text, e) {
                Some(d) if d.is_alphabetic() => e += d.len_utf8(),
                _ => break,
            },
            _ => break,
        }
    }
    e.min(to)
}

/// Tokenises `text[from..to]` into `out`, linear in its length. `from` is 0 or follows white
/// space, `to` is the end of the text or precedes white space.
pub(super) fn lex(text: &str, from: usize, to: usize, out: &mut Vec<Tok>) {
    let bytes = text.as_bytes();
    let to = to.min(text.len());
    let mut gap = true;
    let mut i = from;
    while i < to {
        let Some(&b) = bytes.get(i) else { break };
        let (k, e) = if b < 0x80 {
            match b {
                b'0'..=b'9' => (K::Num, number_end(text, i, to)),
                b'.' if leading_point(bytes, i, to) => (K::Num, digits_end(bytes, i + 1, to)),
                b'a'..=b'z' | b'A'..=b'Z' => (K::Word, word_end(text, bytes, i + 1, to)),
                b' ' | b'\t'..=b'\r' => {
                    gap = true;
                    i += 1;
                    continue;
                }
                _ => (K::P(char::from(b)), i + 1),
            }
        } else {
            let Some(c) = char_at(text, i) else {
                // Not a character boundary: cannot happen for a `&str`; stop rather than loop.
                break;
            };
            if is_space(c) {
                gap = true;
                i += c.len_utf8();
                continue;
            }
            if c.is_alphabetic() {
                (K::Word, word_end(text, bytes, i + c.len_utf8(), to))
            } else {
                (K::P(c), i + c.len_utf8())
            }
        };
        out.push(Tok {
            s: off(i),
            e: off(e),
            k,
            gap,
        });
        gap = false;
        i = e.max(i + 1);
    }
}

fn off(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}
