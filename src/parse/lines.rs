//! Lines: the first layer. Splits the text at `\n`, `\r\n` and lone `\r` with memchr, and
//! knows what counts as blank.

use memchr::memchr2;

/// One line of the input: `start..end` is its content, `next` is where the following line
/// starts (after the line terminator, if any).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
    pub next: usize,
}

/// Iterates over the lines of `text`. A final line without terminator is yielded; an empty
/// text yields nothing.
pub(crate) struct Lines<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Lines {
            bytes: text.as_bytes(),
            pos: 0,
        }
    }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        let start = self.pos;
        let rest = self.bytes.get(start..).filter(|r| !r.is_empty())?;
        let line = match memchr2(b'\n', b'\r', rest) {
            None => Line {
                start,
                end: self.bytes.len(),
                next: self.bytes.len(),
            },
            Some(i) => {
                let end = start + i;
                let crlf = rest.get(i) == Some(&b'\r') && rest.get(i + 1) == Some(&b'\n');
                Line {
                    start,
                    end,
                    next: end + if crlf { 2 } else { 1 },
                }
            }
        };
        self.pos = line.next;
        Some(line)
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
    }
}
