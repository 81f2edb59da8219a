//! Runs of final punctuation, and the ellipses among them.
//!
//! ```text
//! run      ::= ('.' | '?' | '!' | '…' | spaced)+
//! spaced   ::= '.' (gap '.'){2,}                gap ::= ' ' | U+00A0
//! ellipsis ::= '.' '.'+ | '…' | spaced           (four dots: a full stop and an ellipsis)
//! omission ::= '[' ellipsis ']' | '(' ellipsis ')'
//!            | space ellipsis (space | end)      (three dots at most)
//! ```
//!
//! An ellipsis attached to the word before it (`paused... Then`, `complex. . . .`) ends the
//! sentence when a capitalised word follows; an omission stands for words left out inside a
//! sentence (`the thing is . . . I meant it`, `"Bohr [...] used"`) and never ends one.

use super::scan::{char_at, char_before, space_at, space_before};

/// A run of final punctuation.
#[derive(Clone, Copy, Debug)]
pub(super) struct Run {
    /// Where the run ends.
    pub end: usize,
    /// Full stops, spaced or not.
    pub dots: usize,
    /// `…` characters.
    pub marks: usize,
    /// Whether the run holds `?` or `!`.
    pub strong: bool,
}

impl Run {
    /// A lone full stop, whose meaning the word before it decides.
    pub(super) fn single_period(&self) -> bool {
        self.dots == 1 && self.marks == 0 && !self.strong
    }

    /// Two full stops or more, or a `…`.
    pub(super) fn is_ellipsis(&self) -> bool {
        self.dots >= 2 || self.marks > 0
    }

    /// The number of dots, a `…` counting three.
    fn length(&self) -> usize {
        self.dots + 3 * self.marks
    }
}

/// The run of final punctuation that starts at `i`.
#[inline]
pub(super) fn run(bytes: &[u8], i: usize) -> Run {
    // Most runs are one full stop before a space and a letter, or inside a number.
    if bytes.get(i) == Some(&b'.') {
        let single = match bytes.get(i + 1) {
            Some(b'.' | b'?' | b'!' | 0xC2 | 0xE2) => false,
            Some(b' ') => bytes.get(i + 2) != Some(&b'.'),
            _ => true,
        };
        if single {
            return Run {
                end: i + 1,
                dots: 1,
                marks: 0,
                strong: false,
            };
        }
    }
    let mut r = Run {
        end: i,
        dots: 0,
        marks: 0,
        strong: false,
    };
    loop {
        match bytes.get(r.end) {
            Some(b'.') => {
                let (end, n) = spaced(bytes, r.end);
                r.dots += n;
                r.end = end;
            }
            Some(b'?' | b'!') => {
                r.strong = true;
                r.end += 1;
            }
            Some(0xE2) if bytes.get(r.end + 1..r.end + 3) == Some(&[0x80, 0xA6]) => {
                r.marks += 1;
                r.end += 3;
            }
            _ => return r,
        }
    }
}

/// At the full stop at `i`: the end and dot count of the spaced ellipsis that starts there, or
/// of the full stop alone when fewer than three dots are spaced (`end. .NET`).
fn spaced(bytes: &[u8], i: usize) -> (usize, usize) {
    let (mut end, mut n) = (i + 1, 1);
    loop {
        let gap = match bytes.get(end) {
            Some(b' ') => 1,
            Some(0xC2) if bytes.get(end + 1) == Some(&0xA0) => 2,
            _ => break,
        };
        if bytes.get(end + gap) != Some(&b'.') {
            break;
        }
        end += gap + 1;
        n += 1;
    }
    if n >= 3 { (end, n) } else { (i + 1, 1) }
}

/// Whether the run at `i` of `text` is an omission inside a sentence rather than its end;
/// `opens` says whether the run opens the sentence.
#[inline]
pub(super) fn omission(text: &str, r: &Run, i: usize, opens: bool) -> bool {
    r.is_ellipsis() && omission_at(text, r, i, opens)
}

fn omission_at(text: &str, r: &Run, i: usize, opens: bool) -> bool {
    match (char_before(text, i), char_at(text, r.end)) {
        (Some('['), Some(']')) | (Some('('), Some(')')) => true,
        (_, after) => {
            r.length() <= 3
                && (opens || space_before(text, i))
                && (after.is_none() || space_at(text, r.end))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs() {
        let r = run(b"end. . . . Next", 3);
        assert_eq!((r.end, r.dots, r.marks, r.strong), (10, 4, 0, false));
        let r = run(b"end. .NET", 3);
        assert_eq!((r.end, r.dots), (4, 1));
        let r = run("so?!… yes".as_bytes(), 2);
        assert_eq!((r.end, r.dots, r.marks, r.strong), (7, 0, 1, true));
        let r = run(b"is . . . I", 3);
        assert_eq!((r.end, r.dots), (8, 3));
        let text = "is . . . I";
        assert!(omission(text, &r, 3, false));
        let text = "[...] x";
        assert!(omission(text, &run(text.as_bytes(), 1), 1, false));
        let text = "x... Y";
        assert!(!omission(text, &run(text.as_bytes(), 1), 1, false));
        let text = "x . . . . Y";
        assert!(!omission(text, &run(text.as_bytes(), 2), 2, false));
    }
}
