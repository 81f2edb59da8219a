//! Lines: the first layer. Splits the text at `\n`, `\r\n` and lone `\r` with memchr, and
//! knows what counts as blank.

use crate::lexical::{is_space, trim};
use memchr::{memchr, memchr2, memchr3};

/// One line of the input: `start..end` is its content, `next` is where the following line
/// starts (after the line terminator, if any).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
    pub next: usize,
    /// Where the line's first `:` is, when it was looked for ([`Lines::next_with_colon`])
    /// and the line has one.
    pub colon: Option<usize>,
}

/// A line found by a first pass over the text ([`Lines::next_with_colon`]) and kept for the
/// next pass, in 16 bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Kept {
    start: u32,
    end: u32,
    next: u32,
    /// `u32::MAX` when the line has no colon.
    colon: u32,
}

impl Kept {
    /// `line` as kept, if its offsets fit.
    pub(crate) fn new(line: Line) -> Option<Self> {
        let at = |o: usize| u32::try_from(o).ok().filter(|&o| o != u32::MAX);
        Some(Kept {
            start: at(line.start)?,
            end: at(line.end)?,
            next: at(line.next)?,
            colon: match line.colon {
                Some(c) => at(c)?,
                None => u32::MAX,
            },
        })
    }

    fn line(self) -> Line {
        Line {
            start: self.start as usize,
            end: self.end as usize,
            next: self.next as usize,
            colon: (self.colon != u32::MAX).then_some(self.colon as usize),
        }
    }
}

/// Iterates over the lines of `text`. A final line without terminator is yielded; an empty
/// text yields nothing. A clone looks ahead.
#[derive(Clone)]
pub(crate) struct Lines<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// Whether the text holds a `\r` at all. Most texts do not, and a search for one byte
    /// per line costs less than a search for two.
    cr: bool,
    /// The first lines of the text as an earlier pass found them, each with its colon; the
    /// next of them is `kept[0]`. They are handed out without a second search.
    kept: &'a [Kept],
}

impl<'a> Lines<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Self::after_kept(text, &[])
    }

    /// The lines of `text`, of which `kept` are the first ones as [`Self::next_with_colon`]
    /// found them (the layout detection's): those are not searched for again.
    pub(crate) fn after_kept(text: &'a str, kept: &'a [Kept]) -> Self {
        let bytes = text.as_bytes();
        Lines {
            bytes,
            pos: 0,
            cr: memchr(b'\r', bytes).is_some(),
            kept,
        }
    }

    /// The next kept line, if any is left.
    #[inline]
    fn next_kept(&mut self) -> Option<Line> {
        let (first, rest) = self.kept.split_first()?;
        self.kept = rest;
        let line = first.line();
        self.pos = line.next;
        Some(line)
    }

    /// Where the first line terminator in `rest` is.
    fn terminator(&self, rest: &[u8]) -> Option<usize> {
        if self.cr {
            memchr2(b'\n', b'\r', rest)
        } else {
            memchr(b'\n', rest)
        }
    }

    /// The next line with its first colon ([`Line::colon`]), found in the same search as its
    /// end: a colon label's test needs it, and one search that stops at the colon and goes
    /// on to the line's end costs less than a second search from the line's start.
    pub(crate) fn next_with_colon(&mut self) -> Option<Line> {
        if let Some(line) = self.next_kept() {
            return Some(line);
        }
        let start = self.pos;
        let rest = self.bytes.get(start..).filter(|r| !r.is_empty())?;
        let hit = if self.cr {
            memchr3(b'\n', b'\r', b':', rest)
        } else {
            memchr2(b'\n', b':', rest)
        };
        let (found, colon) = match hit {
            Some(i) if rest.get(i) == Some(&b':') => {
                let after = rest.get(i + 1..).unwrap_or(&[]);
                (self.terminator(after).map(|j| i + 1 + j), Some(start + i))
            }
            other => (other, None),
        };
        Some(self.advance(start, rest, found, colon))
    }

    /// The line from `start` whose terminator is at `found` in `rest` (the text from
    /// `start`), if it has one; moves past it.
    fn advance(
        &mut self,
        start: usize,
        rest: &[u8],
        found: Option<usize>,
        colon: Option<usize>,
    ) -> Line {
        let line = match found {
            None => Line {
                start,
                end: self.bytes.len(),
                next: self.bytes.len(),
                colon,
            },
            Some(i) => {
                let end = start + i;
                let crlf = rest.get(i) == Some(&b'\r') && rest.get(i + 1) == Some(&b'\n');
                Line {
                    start,
                    end,
                    next: end + if crlf { 2 } else { 1 },
                    colon,
                }
            }
        };
        self.pos = line.next;
        line
    }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    /// The next line; its colon is not looked for ([`Lines::next_with_colon`] does).
    fn next(&mut self) -> Option<Line> {
        if let Some(line) = self.next_kept() {
            return Some(Line {
                colon: None,
                ..line
            });
        }
        let start = self.pos;
        let rest = self.bytes.get(start..).filter(|r| !r.is_empty())?;
        let found = self.terminator(rest);
        Some(self.advance(start, rest, found, None))
    }
}

/// [`trim`] for a line: most lines start and end with an ASCII character that is not white
/// space, and two bytes tell so without decoding anything.
#[inline]
pub(crate) fn trim_line(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let plain = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && !is_space(char::from(b)));
    if start < end && plain(bytes.get(start)) && plain(bytes.get(end - 1)) {
        (start, end)
    } else {
        trim(text, start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(usize, usize, usize)> {
        Lines::new(text).map(|l| (l.start, l.end, l.next)).collect()
    }

    #[test]
    fn every_terminator() {
        assert_eq!(
            spans("a\nb\r\nc\rd"),
            vec![(0, 1, 2), (2, 3, 5), (5, 6, 7), (7, 8, 8)]
        );
        assert_eq!(spans(""), vec![]);
        assert_eq!(spans("\n\n"), vec![(0, 0, 1), (1, 1, 2)]);
        assert_eq!(spans("x\r"), vec![(0, 1, 2)]);
        assert_eq!(spans("a\nb\n"), vec![(0, 1, 2), (2, 3, 4)]);
    }

    #[test]
    fn colons_are_found_with_the_line_ends() {
        let colons = |text: &str| -> Vec<_> {
            let plain: Vec<_> = Lines::new(text).map(|l| (l.start, l.end, l.next)).collect();
            let mut lines = Lines::new(text);
            let with: Vec<_> = std::iter::from_fn(|| lines.next_with_colon()).collect();
            let ends: Vec<_> = with.iter().map(|l| (l.start, l.end, l.next)).collect();
            assert_eq!(plain, ends);
            with.iter().map(|l| l.colon).collect()
        };
        assert_eq!(
            colons("a: b: c\nno colon\r\n:x\r\nq:"),
            vec![Some(1), None, Some(18), Some(23)]
        );
        assert_eq!(colons("x\n\n:"), vec![None, None, Some(3)]);
        assert_eq!(colons("one\ntwo"), vec![None, None]);
    }

    #[test]
    fn kept_lines_are_the_lines_found_again() {
        let text = "a: b\r\nno colon\n\nq:\rlast";
        let mut first = Lines::new(text);
        let all: Vec<_> = std::iter::from_fn(|| first.next_with_colon()).collect();
        let kept: Vec<_> = all.iter().filter_map(|&l| Kept::new(l)).collect();
        assert_eq!(kept.len(), all.len());
        // However many were kept, the lines after them are searched for as before.
        for n in 0..=kept.len() {
            let mut lines = Lines::after_kept(text, kept.get(..n).unwrap_or_default());
            let again: Vec<_> = std::iter::from_fn(|| lines.next_with_colon()).collect();
            assert_eq!(again, all, "{n} kept");
            let plain: Vec<_> = Lines::after_kept(text, kept.get(..n).unwrap_or_default())
                .map(|l| (l.start, l.end, l.next, l.colon))
                .collect();
            let expected: Vec<_> = all.iter().map(|l| (l.start, l.end, l.next, None)).collect();
            assert_eq!(plain, expected, "{n} kept");
        }
    }

    #[test]
    fn trimming_a_line_is_trimming() {
        let t = "ab \u{a0}\tcd\u{feff}";
        for (s, e) in [
            (0, 2),
            (0, 3),
            (2, 8),
            (3, 8),
            (6, 11),
            (0, 11),
            (2, 6),
            (11, 11),
        ] {
            assert_eq!(trim_line(t, s, e), trim(t, s, e), "{s}..{e}");
        }
    }
}
