//! Converting byte offsets to what other tools count: code points (Python, the W3C Web
//! Annotation model), UTF-16 units (JavaScript, LSP), and lines and columns (editors).

/// Distance between checkpoints, in bytes. A lookup counts at most this many bytes.
const STRIDE: usize = 256;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Checkpoint {
    byte: usize,
    chars: usize,
    utf16: usize,
}

/// An index over a text that converts between byte offsets, code-point offsets, UTF-16
/// offsets and line/column positions. Built in one pass; each lookup is a binary search plus
/// a count of at most a few hundred bytes, never a rescan of the text.
///
/// ```
/// use speechmark::LineIndex;
///
/// let text = "Pakistan’s trade\n€1.3 billion";
/// let index = LineIndex::new(text);
/// let euro = text.find('€').unwrap(); // byte 19
/// assert_eq!(index.to_chars(euro), Some(17));
/// assert_eq!(index.to_utf16(euro), Some(17));
/// assert_eq!(index.from_chars(17), Some(euro));
/// let pos = index.line_col(euro + 3).unwrap();
/// assert_eq!((pos.line, pos.column, pos.column_utf16, pos.column_bytes), (1, 1, 1, 3));
/// ```
#[derive(Clone, Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    checkpoints: Vec<Checkpoint>,
    line_starts: Vec<usize>,
}

/// A position as editors count it. Lines and columns start at 0 (as in LSP); add one for
/// display.
///
/// ```
/// let index = speechmark::LineIndex::new("a\r\nb");
/// let pos = index.line_col(3).unwrap();
/// assert_eq!((pos.line, pos.column), (1, 0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LineCol {
    /// The line, from 0. Lines end at `\n`, `\r\n` or a lone `\r`.
    pub line: usize,
    /// The column in code points.
    pub column: usize,
    /// The column in UTF-16 code units.
    pub column_utf16: usize,
    /// The column in bytes.
    pub column_bytes: usize,
}

impl<'a> LineIndex<'a> {
    /// Indexes `text`.
    ///
    /// ```
    /// let index = speechmark::LineIndex::new("one\ntwo");
    /// assert_eq!(index.line_count(), 2);
    /// ```
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut line_starts = vec![0];
        let (mut chars, mut utf16) = (0usize, 0usize);
        let mut next_checkpoint = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let boundary = b & 0xC0 != 0x80;
            if boundary && i >= next_checkpoint {
                checkpoints.push(Checkpoint {
                    byte: i,
                    chars,
                    utf16,
                });
                next_checkpoint = i + STRIDE;
            }
            if boundary {
                chars += 1;
                utf16 += if b >= 0xF0 { 2 } else { 1 };
            }
            let line_break = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if line_break {
                line_starts.push(i + 1);
            }
        }
        checkpoints.push(Checkpoint {
            byte: bytes.len(),
            chars,
            utf16,
        });
        LineIndex {
            text,
            checkpoints,
            line_starts,
        }
    }

    /// The number of lines. A final line break starts a last, empty line, as editors show it.
    ///
    /// ```
    /// assert_eq!(speechmark::LineIndex::new("a\n").line_count(), 2);
    /// ```
    #[must_use]
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The checkpoint at or before `byte`, and the counts from it up to `byte`; `None` when
    /// `byte` is past the end or inside a character.
    fn counts(&self, byte: usize) -> Option<Checkpoint> {
        if !self.text.is_char_boundary(byte) {
            return None;
        }
        let at = self
            .checkpoints
            .partition_point(|c| c.byte <= byte)
            .checked_sub(1)?;
        let base = *self.checkpoints.get(at)?;
        let part = self.text.get(base.byte..byte)?;
        let utf16: usize = part.chars().map(char::len_utf16).sum();
        Some(Checkpoint {
            byte,
            chars: base.chars + part.chars().count(),
            utf16: base.utf16 + utf16,
        })
    }

    /// The code-point offset of a byte offset, or `None` if it is out of range or inside a
    /// character.
    ///
    /// ```
    /// let index = speechmark::LineIndex::new("€5");
    /// assert_eq!(index.to_chars(3), Some(1));
    /// assert_eq!(index.to_chars(1), None);
    /// ```
    #[must_use]
    pub fn to_chars(&self, byte: usize) -> Option<usize> {
        self.counts(byte).map(|c| c.chars)
    }

    /// The UTF-16 offset of a byte offset.
    ///
    /// ```
    /// let index = speechmark::LineIndex::new("😀a");
    /// assert_eq!(index.to_utf16(4), Some(2));
    /// ```
    #[must_use]
    pub fn to_utf16(&self, byte: usize) -> Option<usize> {
        self.counts(byte).map(|c| c.utf16)
    }

    /// The byte offset of a code-point offset, or `None` past the end.
    ///
    /// ```
    /// let index = speechmark::LineIndex::new("€5");
    /// assert_eq!(index.from_chars(1), Some(3));
    /// assert_eq!(index.from_chars(3), None);
    /// ```
    #[must_use]
    pub fn from_chars(&self, chars: usize) -> Option<usize> {
        self.seek(chars, |c| c.chars, |_| 1)
    }

    /// The byte offset of a UTF-16 offset, or `None` past the end or inside a surrogate pair.
    ///
    /// ```
    /// let index = speechmark::LineIndex::new("😀a");
    /// assert_eq!(index.from_utf16(2), Some(4));
    /// assert_eq!(index.from_utf16(1), None);
    /// ```
    #[must_use]
    pub fn from_utf16(&self, units: usize) -> Option<usize> {
        self.seek(units, |c| c.utf16, char::len_utf16)
    }

    fn seek(
        &self,
        target: usize,
        key: impl Fn(&Checkpoint) -> usize,
        width: impl Fn(char) -> usize,
    ) -> Option<usize> {
        let at = self
            .checkpoints
            .partition_point(|c| key(c) <= target)
            .checked_sub(1)?;
        let base = self.checkpoints.get(at)?;
        let mut count = key(base);
        let rest = self.text.get(base.byte..)?;
        for (i, c) in rest.char_indices() {
            if count == target {
                return Some(base.byte + i);
            }
            if count > target {
                return None;
            }
            count += width(c);
        }
        (count == target).then_some(self.text.len())
    }

    /// The line and column of a byte offset.
    ///
    /// ```
    /// let index = speechmark::LineIndex::new("ab\ncd");
    /// assert_eq!(index.line_col(4).map(|p| (p.line, p.column)), Some((1, 1)));
    /// ```
    #[must_use]
    pub fn line_col(&self, byte: usize) -> Option<LineCol> {
        let here = self.counts(byte)?;
        let line = self
            .line_starts
            .partition_point(|&s| s <= byte)
            .checked_sub(1)?;
        let start = self.counts(*self.line_starts.get(line)?)?;
        Some(LineCol {
            line,
            column: here.chars - start.chars,
            column_utf16: here.utf16 - start.utf16,
            column_bytes: byte - start.byte,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_a_naive_count_at_every_boundary() {
        let text = "Putin: “Hello” 😀\r\nSharif:\u{a0}€1.3bn\rend".repeat(40);
        let index = LineIndex::new(&text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let chars = text[..byte].chars().count();
            let utf16 = text[..byte].encode_utf16().count();
            assert_eq!(index.to_chars(byte), Some(chars));
            assert_eq!(index.to_utf16(byte), Some(utf16));
            assert_eq!(index.from_chars(chars), Some(byte));
            assert_eq!(index.from_utf16(utf16), Some(byte));
        }
        assert_eq!(index.to_chars(text.len() + 1), None);
    }

    #[test]
    fn lines_end_at_every_terminator() {
        let index = LineIndex::new("a\nb\r\nc\rd");
        let lines: Vec<_> = [0, 2, 5, 7]
            .iter()
            .map(|&b| index.line_col(b).unwrap().line)
            .collect();
        assert_eq!(lines, [0, 1, 2, 3]);
        assert_eq!(index.line_count(), 4);
    }
}
