//! The words and punctuation of one sentence, for the speech-act rules.
//!
//! A forward scanner that allocates nothing: each token is a byte range of the sentence and a
//! kind. Words keep their internal apostrophes and hyphens (`Pakistan’s`, `don't`,
//! `medium-sized`); numbers keep their decimal points and thousands separators (`1.3`,
//! `12,000`). Quotation marks are tracked so that words inside a quotation can be told apart
//! from the words around it.

use crate::lexical::{closing, is_space, opening};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Letters (with internal apostrophes, hyphens and full stops).
    Word,
    /// A word with a digit in it: `2024`, `1.3`, `12,000`, `25th`.
    Number,
    /// `,`
    Comma,
    /// `;`, `:`, a dash (`–`, `—`, or `-` standing alone): a strong clause boundary.
    Strong,
    /// `(` or `[`.
    Open,
    /// `)` or `]`.
    Close,
    /// A quotation mark.
    Quote,
    /// `.`, `!`, `…`
    Stop,
    /// `?`
    Question,
    /// Anything else (`$`, `%`, `&`, `/`, ...).
    Other,
}

/// One token: its kind, its byte range in the sentence, and whether it stands inside a
/// quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Tok {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub quoted: bool,
    /// For [`Kind::Strong`]: whether the token is a colon.
    pub colon: bool,
}

/// The tokens of a sentence, in order. Cloning it is how the rules look ahead.
#[derive(Clone, Debug)]
pub(super) struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    /// Open curly or angle quotations, and whether a straight `"` is open.
    depth: u16,
    straight: bool,
}

impl<'a> Tokens<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Tokens {
            text,
            pos: 0,
            depth: 0,
            straight: false,
        }
    }

    fn quoted(&self) -> bool {
        self.depth > 0 || self.straight
    }
}

/// The character at byte `i` of `s`, quickly for ASCII.
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(i..)?.chars().next(),
        None => None,
    }
}

/// Whether `c` may stand inside a word between two letters or digits.
fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑' | '.' | ',')
}

impl Iterator for Tokens<'_> {
    type Item = Tok;

    fn next(&mut self) -> Option<Tok> {
        let rest = self.text.get(self.pos..)?;
        let skipped = rest.len() - rest.trim_start_matches(is_space).len();
        let start = self.pos + skipped;
        let rest = self.text.get(start..)?;
        let mut chars = rest.char_indices();
        let (_, c) = chars.next()?;
        let mut end = start + c.len_utf8();
        let mut colon = false;
        let kind = if c.is_alphanumeric() {
            let mut digit = c.is_ascii_digit();
            let mut prev = c;
            let mut i = c.len_utf8();
            // Byte steps over ASCII, character steps over the rest.
            while let Some(d) = char_at(rest, i) {
                let len = d.len_utf8();
                if d.is_alphanumeric() {
                    digit |= d.is_ascii_digit();
                    i += len;
                    end = start + i;
                    prev = d;
                    continue;
                }
                // A joiner stays inside the word only between two word characters; a `,` or
                // `.` only between two digits (`12,000`, `1.3`) or, for `.`, in an
                // abbreviation (`U.S`), so that sentence punctuation is not swallowed.
                let next = char_at(rest, i + len);
                let inner = match (d, next) {
                    (',', Some(n)) => prev.is_ascii_digit() && n.is_ascii_digit(),
                    ('.', Some(n)) => {
                        (prev.is_ascii_digit() && n.is_ascii_digit())
                            || (prev.is_uppercase() && n.is_uppercase())
                    }
                    (_, Some(n)) => joins(d) && n.is_alphanumeric(),
                    (_, None) => false,
                };
                if !inner {
                    break;
                }
                i += len;
                prev = d;
            }
            if digit { Kind::Number } else { Kind::Word }
        } else {
            match c {
                ',' => Kind::Comma,
                ';' | '–' | '—' => Kind::Strong,
                ':' => {
                    colon = true;
                    Kind::Strong
                }
                '-' if rest.get(1..).is_some_and(|r| r.starts_with(is_space)) => Kind::Strong,
                '(' | '[' => Kind::Open,
                ')' | ']' => Kind::Close,
                '.' | '!' | '…' => Kind::Stop,
                '?' => Kind::Question,
                // An apostrophe-like mark is left alone: it is far more often an apostrophe
                // (`countries’`) than a quotation mark.
                '’' | '‘' | '\'' => Kind::Other,
                _ if opening(c).is_some() || closing(c).is_some() => Kind::Quote,
                _ => Kind::Other,
            }
        };
        // A quotation mark is itself outside the quotation it opens or closes.
        let quoted = self.quoted();
        if kind == Kind::Quote {
            if c == '"' {
                self.straight = !self.straight;
            } else if opening(c).is_some() {
                self.depth = self.depth.saturating_add(1);
            } else {
                self.depth = self.depth.saturating_sub(1);
            }
        }
        self.pos = end;
        Some(Tok {
            kind,
            start,
            end,
            quoted: quoted && kind != Kind::Quote,
            colon,
        })
    }
}

/// Copies `word` into `buf` in ASCII lower case, with the typographic apostrophe `’` written
/// as `'`, so that one table entry covers `We’re`, `we're` and `WE'RE`. `None` when the word
/// does not fit.
pub(super) fn fold<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let n = fold_into(word, buf)?;
    std::str::from_utf8(buf.get(..n)?).ok()
}

/// [`fold`] without the final UTF-8 check: the number of bytes written.
fn fold_into(word: &str, buf: &mut [u8; 32]) -> Option<usize> {
    let bytes = word.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // `’` is E2 80 99; every other byte is copied, ASCII letters lowered, so the result
        // is valid UTF-8 whenever the input is.
        let (out, step) = if b == 0xE2 && bytes.get(i + 1..i + 3) == Some(&[0x80, 0x99]) {
            (b'\'', 3)
        } else {
            (b.to_ascii_lowercase(), 1)
        };
        *buf.get_mut(n)? = out;
        n += 1;
        i += step;
    }
    Some(n)
}

/// A token with its folded word (empty for other tokens and for words over 32 bytes) and the
/// word's classes (see [`super::pattern::class`]): computed once per token, so that the rules
/// can look back and ahead without tokenizing or folding again.
#[derive(Clone, Copy)]
pub(super) struct Item {
    pub tok: Tok,
    pub word: Folded,
    pub flags: u64,
}

impl Item {
    /// The folded word, or `""`.
    pub(super) fn w(&self) -> &str {
        self.word.as_str()
    }

    /// The folded word's bytes, without checking them again as UTF-8.
    pub(super) fn bytes(&self) -> &[u8] {
        self.word.bytes()
    }

    pub(super) fn is_word(&self) -> bool {
        self.tok.kind == Kind::Word
    }
}

/// A folded word kept by value, for looking one word back or ahead without allocating.
#[derive(Clone, Copy)]
pub(super) struct Folded {
    buf: [u8; 32],
    len: usize,
}

impl Folded {
    pub(super) const EMPTY: Folded = Folded {
        buf: [0; 32],
        len: 0,
    };

    pub(super) fn new(word: &str) -> Option<Self> {
        let mut buf = [0u8; 32];
        let len = fold_into(word, &mut buf)?;
        Some(Folded { buf, len })
    }

    pub(super) fn bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }

    pub(super) fn as_str(&self) -> &str {
        self.buf
            .get(..self.len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<(&str, Kind)> {
        Tokens::new(s)
            .map(|t| (s.get(t.start..t.end).unwrap_or(""), t.kind))
            .collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        assert_eq!(
            words("Trade rose 1.3%, to 12,000 – Pakistan’s."),
            [
                ("Trade", Kind::Word),
                ("rose", Kind::Word),
                ("1.3", Kind::Number),
                ("%", Kind::Other),
                (",", Kind::Comma),
                ("to", Kind::Word),
                ("12,000", Kind::Number),
                ("–", Kind::Strong),
                ("Pakistan’s", Kind::Word),
                (".", Kind::Stop),
            ]
        );
        assert_eq!(
            words("U.S. medium-sized, don't?"),
            [
                ("U.S", Kind::Word),
                (".", Kind::Stop),
                ("medium-sized", Kind::Word),
                (",", Kind::Comma),
                ("don't", Kind::Word),
                ("?", Kind::Question),
            ]
        );
    }

    #[test]
    fn quotation_marks_are_tracked() {
        let s = "“We will,” he said.";
        let quoted: Vec<_> = Tokens::new(s).map(|t| t.quoted).collect();
        // “ We will , ” he said .
        assert_eq!(
            quoted,
            [false, true, true, true, false, false, false, false]
        );
    }

    #[test]
    fn folding() {
        let mut buf = [0u8; 32];
        assert_eq!(fold("We’RE", &mut buf), Some("we're"));
        assert_eq!(fold(&"x".repeat(40), &mut buf), None);
    }
}
