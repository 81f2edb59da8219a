//! A small tokenizer for the figure finder: words, digit runs and single punctuation characters,
//! each with a flag saying whether whitespace came before it.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum K {
    /// Letters (any alphabetic character).
    Word,
    /// Digits, with `.` or `,` allowed between digits.
    Num,
    /// Any other single character.
    P(char),
}

/// A token: byte offsets relative to the sentence text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub s: u32,
    pub e: u32,
    pub k: K,
    /// Whitespace separates this token from the previous one (or it starts the sentence).
    pub gap: bool,
}

/// The character starting at byte `i` (which must be a character boundary).
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The end of the digit run starting at `i`: digits, with `.` or `,` allowed between digits.
pub(super) fn digits_end(bytes: &[u8], i: usize) -> usize {
    let mut e = i + 1;
    loop {
        match bytes.get(e) {
            Some(b) if b.is_ascii_digit() => e += 1,
            Some(b'.' | b',') if bytes.get(e + 1).is_some_and(u8::is_ascii_digit) => e += 2,
            _ => return e,
        }
    }
}

/// The end of the run of letters starting at `i` (ASCII letters fast, others decoded).
fn word_end(text: &str, bytes: &[u8], mut e: usize) -> usize {
    loop {
        match bytes.get(e) {
            Some(b) if b.is_ascii_alphabetic() => e += 1,
            Some(&b) if b >= 0x80 => match char_at(text, e) {
                Some(d) if d.is_alphabetic() => e += d.len_utf8(),
                _ => return e,
            },
            _ => return e,
        }
    }
}

/// Tokenizes `text` into `out`, linear in its length.
pub(super) fn lex(text: &str, out: &mut Vec<Tok>) {
    let bytes = text.as_bytes();
    let mut gap = true;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (k, e) = if b < 0x80 {
            match b {
                b'0'..=b'9' => (K::Num, digits_end(bytes, i)),
                b'a'..=b'z' | b'A'..=b'Z' => (K::Word, word_end(text, bytes, i + 1)),
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
            if c.is_whitespace() {
                gap = true;
                i += c.len_utf8();
                continue;
            }
            if c.is_alphabetic() {
                (K::Word, word_end(text, bytes, i + c.len_utf8()))
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
        i = e;
    }
}

fn off(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

/// Whether a figure can start anywhere in `text`: a digit, a currency sign, a number word or
/// ordinal, a capitalised month, or `a`, `this`, `last` … before a word that can follow them in
/// a figure (`a million`, `this year`, `last July`). A cheap scan over the bytes that never
/// says no where the grammars would find a figure; most sentences fail it.
pub(super) fn may_have_figure(text: &str) -> Option<usize> {
    use super::words::{Role, role_of_letters};
    let b = text.as_bytes();
    let mut i = 0;
    // The previous word needs a cue word straight after it (only whitespace between).
    let mut pending = false;
    // The starts of the last few runs of non-whitespace that follow whitespace: each holds a
    // token at least, and lexing from one gives the same tokens as lexing the whole text.
    let mut starts = [0usize; 8];
    let mut n = 0usize;
    // Where to start: enough tokens before the anchor that the grammars see no difference.
    let from = |starts: &[usize; 8], n: usize| {
        if n < starts.len() {
            Some(0)
        } else {
            starts.get(n % starts.len()).copied()
        }
    };
    while let Some(&c) = b.get(i) {
        match c {
            b'0'..=b'9' | b'$' => return from(&starts, n),
            b'a'..=b'z' | b'A'..=b'Z' => {
                let mut e = i + 1;
                while b.get(e).is_some_and(u8::is_ascii_alphabetic) {
                    e += 1;
                }
                let r = role_of_letters(b, i, e);
                match r {
                    Role::Number => return from(&starts, n),
                    Role::Month if pending || c.is_ascii_uppercase() => return from(&starts, n),
                    Role::Cue if pending => return from(&starts, n),
                    Role::Relative | Role::This | Role::Article => pending = true,
                    _ => pending = false,
                }
                i = e;
            }
            b' ' | b'\t'..=b'\r' => {
                i += 1;
                if b.get(i)
                    .is_some_and(|&d| !matches!(d, b' ' | b'\t'..=b'\r'))
                {
                    if let Some(s) = starts.get_mut(n % 8) {
                        *s = i;
                    }
                    n += 1;
                }
            }
            0x80.. => {
                if pending
                    || matches!(
                        (c, b.get(i + 1), b.get(i + 2)),
                        (0xC2, Some(0xA3 | 0xA5), _) | (0xE2, Some(0x82), Some(0xAC | 0xB9 | 0xBD))
                    )
                {
                    // A currency sign; or, after a word waiting for its cue, a character that
                    // may be a letter or a space (decided by the full scan).
                    return from(&starts, n);
                }
                i += 1;
            }
            _ => {
                pending = false;
                i += 1;
            }
        }
    }
    None
}
