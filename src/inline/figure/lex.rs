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

/// Tokenizes `text` into `out`, linear in its length.
pub(super) fn lex(text: &str, out: &mut Vec<Tok>) {
    let bytes = text.as_bytes();
    let mut gap = true;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            gap = true;
            continue;
        }
        let (k, e) = if c.is_ascii_digit() {
            let mut e = i + 1;
            loop {
                match bytes.get(e) {
                    Some(b) if b.is_ascii_digit() => e += 1,
                    Some(b'.' | b',') if bytes.get(e + 1).is_some_and(u8::is_ascii_digit) => e += 2,
                    _ => break,
                }
            }
            (K::Num, e)
        } else if c.is_alphabetic() {
            let mut e = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphabetic() && !d.is_ascii_digit() {
                    e = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            (K::Word, e)
        } else {
            (K::P(c), i + c.len_utf8())
        };
        if k == K::Num {
            // Skip the characters the digit run covered (all ASCII).
            while it.peek().is_some_and(|&(j, _)| j < e) {
                it.next();
            }
        }
        out.push(Tok {
            s: off(i),
            e: off(e),
            k,
            gap,
        });
        gap = false;
    }
}

fn off(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}
