//! Converting byte offsets to what other tools count: code points (Python, spaCy, brat, the W3C
//! Web Annotation model), UTF-16 code units (JavaScript, LSP, INCEpTION, Label Studio,
//! Hypothesis), and lines and columns (editors), and back.
//!
//! Every unit counts the text exactly as it was given: a byte-order mark is one character (one
//! code point, one UTF-16 unit, three bytes) at the start of line 0; `\r\n` is two characters
//! and one line break; a lone `\r` is a line break too; a combining mark is a code point of its
//! own; a flag such as 🇵🇰 is two code points, four UTF-16 units and eight bytes.

use crate::span::Span;
use std::fmt;

/// Distance between checkpoints, in bytes. A lookup counts at most this many bytes (plus the
/// rest of one character) after a binary search.
const STRIDE: usize = 256;

/// The counts of everything before `byte`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Checkpoint {
    byte: u32,
    chars: u32,
    utf16: u32,
}

/// A unit in which an offset into a text is counted.
///
/// ```
/// use speechmark::{LineIndex, Unit};
///
/// let index = LineIndex::new("🇵🇰");
/// assert_eq!(index.len_in(Unit::Bytes), 8);
/// assert_eq!(index.len_in(Unit::Chars), 2);
/// assert_eq!(index.len_in(Unit::Utf16), 4);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    /// UTF-8 bytes: the unit of [`Span`].
    Bytes,
    /// Unicode code points (Python's `str` indices, the W3C `TextPositionSelector`).
    Chars,
    /// UTF-16 code units (JavaScript string indices, LSP's default position encoding).
    Utf16,
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Unit::Bytes => "bytes",
            Unit::Chars => "code points",
            Unit::Utf16 => "UTF-16 units",
        })
    }
}

/// Why an offset could not be converted. Conversions never panic: every offset that does not
/// name a place in the text gets one of these.
///
/// ```
/// use speechmark::{LineIndex, OffsetError};
///
/// let index = LineIndex::new("€5");
/// assert_eq!(
///     index.to_chars(1).unwrap_err().to_string(),
///     "byte offset 1 is inside a character (bytes 0..3)"
/// );
/// assert!(matches!(index.to_chars(9), Err(OffsetError::PastEnd { .. })));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum OffsetError {
    /// The offset is past the end of the text.
    #[error("offset {offset} is past the end of the text ({len} {unit} long)")]
    PastEnd {
        /// The offset asked for.
        offset: u32,
        /// The text's length in that unit.
        len: u32,
        /// The unit of both.
        unit: Unit,
    },
    /// A byte offset inside a multi-byte character.
    #[error("byte offset {offset} is inside a character (bytes {start}..{end})")]
    NotCharBoundary {
        /// The offset asked for.
        offset: u32,
        /// The first byte of the character it falls in.
        start: u32,
        /// One past the character's last byte.
        end: u32,
    },
    /// A UTF-16 offset between the two halves of a surrogate pair (inside an emoji, say).
    #[error("UTF-16 offset {offset} is inside a surrogate pair")]
    InsideSurrogatePair {
        /// The offset asked for.
        offset: u32,
    },
    /// A line past the last one.
    #[error("line {line} does not exist (the text has {lines} lines, counted from 0)")]
    NoSuchLine {
        /// The line asked for, from 0.
        line: u32,
        /// How many lines the text has.
        lines: u32,
    },
    /// A column past the end of its line (beyond the line break).
    #[error("column {column} ({unit}) is past the end of line {line}")]
    PastLineEnd {
        /// The line, from 0.
        line: u32,
        /// The column asked for, from 0.
        column: u32,
        /// The column's unit.
        unit: Unit,
    },
}

/// An index over a text that converts offsets between bytes, code points, UTF-16 units and
/// (line, column) positions in any of these units, both ways.
///
/// Built once in one linear pass; it keeps a checkpoint every 256 bytes and the start of every
/// line, so each lookup is a binary search plus a count of at most 256 bytes: logarithmic in
/// the text's length, never a rescan. Offsets are `u32`, the integer type of [`Span`]; a text
/// longer than `u32::MAX` bytes is indexed up to that length (the parser refuses such texts).
///
/// An offset that does not name a place in the text (past the end, inside a character, inside
/// a surrogate pair, past the end of its line) gives an [`OffsetError`], never a panic.
///
/// ```
/// use speechmark::{LineIndex, Unit};
///
/// let text = "Pakistan’s trade\n🇵🇰 €1.3 billion";
/// let index = LineIndex::new(text);
/// let euro = text.find('€').unwrap() as u32; // the apostrophe is 3 bytes, the flag 8
/// assert_eq!(euro, 28);
/// assert_eq!(index.to_chars(euro), Ok(20));
/// assert_eq!(index.to_utf16(euro), Ok(22)); // the flag is two surrogate pairs
/// assert_eq!(index.from_chars(20), Ok(euro));
/// assert_eq!(index.from_utf16(22), Ok(euro));
/// let pos = index.line_col(euro).unwrap();
/// assert_eq!((pos.line, pos.column, pos.column_utf16, pos.column_bytes), (1, 3, 5, 9));
/// assert_eq!(index.from_line_col(1, 5, Unit::Utf16), Ok(euro));
/// ```
#[derive(Clone, Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    /// At byte 0, then at the first character boundary at or after each multiple of the stride,
    /// and at the end.
    checkpoints: Vec<Checkpoint>,
    /// The byte at which each line starts; the first is 0.
    line_starts: Vec<u32>,
}

/// A position as editors count it. Lines and columns start at 0 (as in LSP); add one for
/// display.
///
/// ```
/// let index = speechmark::LineIndex::new("a\r\n😀b");
/// let pos = index.line_col(7).unwrap();
/// assert_eq!((pos.line, pos.column, pos.column_utf16, pos.column_bytes), (1, 1, 2, 4));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LineCol {
    /// The line, from 0. Lines end at `\n`, `\r\n` or a lone `\r`.
    pub line: u32,
    /// The column in code points.
    pub column: u32,
    /// The column in UTF-16 code units.
    pub column_utf16: u32,
    /// The column in bytes.
    pub column_bytes: u32,
}

impl LineCol {
    /// The column in the given unit.
    ///
    /// ```
    /// use speechmark::{LineIndex, Unit};
    /// let pos = LineIndex::new("é!").line_col(2).unwrap();
    /// assert_eq!((pos.column_in(Unit::Chars), pos.column_in(Unit::Bytes)), (1, 2));
    /// ```
    #[must_use]
    pub const fn column_in(&self, unit: Unit) -> u32 {
        match unit {
            Unit::Bytes => self.column_bytes,
            Unit::Chars => self.column,
            Unit::Utf16 => self.column_utf16,
        }
    }
}

/// Whether a byte starts a character (is not a UTF-8 continuation byte).
const fn starts_char(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// Code points and UTF-16 units in a run of whole characters.
fn count(bytes: &[u8]) -> (u32, u32) {
    let (mut chars, mut astral) = (0u32, 0u32);
    for &b in bytes {
        chars += u32::from(starts_char(b));
        // A four-byte sequence is a character outside the Basic Multilingual Plane: two
        // UTF-16 units.
        astral += u32::from(b >= 0xF0);
    }
    (chars, chars + astral)
}

impl<'a> LineIndex<'a> {
    /// Indexes `text`, in one pass.
    ///
    /// ```
    /// let index = speechmark::LineIndex::new("one\ntwo");
    /// assert_eq!(index.line_count(), 2);
    /// ```
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        let text = truncate(text);
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 2);
        let mut here = Checkpoint {
            byte: 0,
            chars: 0,
            utf16: 0,
        };
        checkpoints.push(here);
        let mut pos = 0;
        while pos < bytes.len() {
            let mut next = (pos + STRIDE).min(bytes.len());
            while !text.is_char_boundary(next) {
                next += 1;
            }
            let (chars, utf16) = count(bytes.get(pos..next).unwrap_or_default());
            here = Checkpoint {
                byte: crate::span::off(next),
                chars: here.chars + chars,
                utf16: here.utf16 + utf16,
            };
            checkpoints.push(here);
            pos = next;
        }
        let mut line_starts = vec![0];
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            // `\r\n` is one break: the line starts after the `\n`.
            let crlf = bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n');
            if !crlf {
                line_starts.push(crate::span::off(i + 1));
            }
        }
        LineIndex {
            text,
            checkpoints,
            line_starts,
        }
    }

    /// The text's length in bytes.
    ///
    /// ```
    /// assert_eq!(speechmark::LineIndex::new("€").len(), 3);
    /// ```
    #[must_use]
    pub fn len(&self) -> u32 {
        crate::span::off(self.text.len())
    }

    /// Whether the text is empty.
    ///
    /// ```
    /// assert!(speechmark::LineIndex::new("").is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The text's length in the given unit.
    ///
    /// ```
    /// use speechmark::{LineIndex, Unit};
    /// assert_eq!(LineIndex::new("a😀").len_in(Unit::Utf16), 3);
    /// ```
    #[must_use]
    pub fn len_in(&self, unit: Unit) -> u32 {
        self.checkpoints.last().map_or(0, |c| key(c, unit))
    }

    /// The number of lines. A final line break starts a last, empty line, as editors show it.
    ///
    /// ```
    /// assert_eq!(speechmark::LineIndex::new("a\n").line_count(), 2);
    /// assert_eq!(speechmark::LineIndex::new("a\r\nb\rc").line_count(), 3);
    /// ```
    #[must_use]
    pub fn line_count(&self) -> u32 {
        crate::span::off(self.line_starts.len())
    }

    /// The byte at which a line (from 0) starts.
    ///
    /// ```
    /// let index = speechmark::LineIndex::new("a\r\nb");
    /// assert_eq!(index.line_start(1), Ok(3));
    /// assert!(index.line_start(2).is_err());
    /// ```
    pub fn line_start(&self, line: u32) -> Result<u32, OffsetError> {
        self.line_starts
            .get(line as usize)
            .copied()
            .ok_or(OffsetError::NoSuchLine {
                line,
                lines: self.line_count(),
            })
    }

    /// Checks that `byte` names a place in the text: at most its length, on a character
    /// boundary.
    ///
    /// ```
    /// let index = speechmark::LineIndex::new("€");
    /// assert!(index.check(3).is_ok());
    /// assert!(index.check(2).is_err());
    /// ```
    pub fn check(&self, byte: u32) -> Result<(), OffsetError> {
        check_offset(self.text, byte)
    }

    /// The counts of everything before `byte`.
    fn counts(&self, byte: u32) -> Result<Checkpoint, OffsetError> {
        self.check(byte)?;
        let at = self
            .checkpoints
            .partition_point(|c| c.byte <= byte)
            .saturating_sub(1);
        let base = self.checkpoints.get(at).copied().unwrap_or(Checkpoint {
            byte: 0,
            chars: 0,
            utf16: 0,
        });
        let part = self
            .text
            .as_bytes()
            .get(base.byte as usize..byte as usize)
            .unwrap_or_default();
        let (chars, utf16) = count(part);
        Ok(Checkpoint {
            byte,
            chars: base.chars + chars,
            utf16: base.utf16 + utf16,
        })
    }

    /// A byte offset in another unit.
    ///
    /// ```
    /// use speechmark::{LineIndex, Unit};
    /// let index = LineIndex::new("e\u{301}!"); // e + combining acute accent
    /// assert_eq!(index.to_unit(3, Unit::Chars), Ok(2));
    /// assert_eq!(index.to_unit(3, Unit::Utf16), Ok(2));
    /// ```
    pub fn to_unit(&self, byte: u32, unit: Unit) -> Result<u32, OffsetError> {
        self.counts(byte).map(|c| key(&c, unit))
    }

    /// An offset in another unit, as a byte offset.
    ///
    /// ```
    /// use speechmark::{LineIndex, Unit};
    /// let index = LineIndex::new("😀a");
    /// assert_eq!(index.from_unit(2, Unit::Utf16), Ok(4));
    /// assert!(index.from_unit(1, Unit::Utf16).is_err()); // inside the surrogate pair
    /// ```
    pub fn from_unit(&self, offset: u32, unit: Unit) -> Result<u32, OffsetError> {
        if unit == Unit::Bytes {
            return self.check(offset).map(|()| offset);
        }
        let len = self.len_in(unit);
        if offset > len {
            return Err(OffsetError::PastEnd { offset, len, unit });
        }
        let at = self
            .checkpoints
            .partition_point(|c| key(c, unit) <= offset)
            .saturating_sub(1);
        let base = self.checkpoints.get(at).map_or(0, |c| c.byte);
        let mut counted = self.checkpoints.get(at).map_or(0, |c| key(c, unit));
        // The next checkpoint counts past `offset`, so this loop stops within one stride.
        let rest = self.text.get(base as usize..).unwrap_or_default();
        for (i, c) in rest.char_indices() {
            if counted >= offset {
                return self.reached(counted, offset, base as usize + i);
            }
            counted += match unit {
                Unit::Utf16 => crate::span::off(c.len_utf16()),
                _ => 1,
            };
        }
        self.reached(counted, offset, self.text.len())
    }

    fn reached(&self, counted: u32, offset: u32, byte: usize) -> Result<u32, OffsetError> {
        if counted == offset {
            Ok(crate::span::off(byte))
        } else {
            Err(OffsetError::InsideSurrogatePair { offset })
        }
    }

    /// The code-point offset of a byte offset.
    ///
    /// ```
    /// let index = speechmark::LineIndex::new("€5");
    /// assert_eq!(index.to_chars(3), Ok(1));
    /// assert!(index.to_chars(1).is_err());
    /// ```
    pub fn to_chars(&self, byte: u32) -> Result<u32, OffsetError> {
        self.to_unit(byte, Unit::Chars)
    }

    /// The UTF-16 offset of a byte offset.
    ///
    /// ```
    /// let index = speechmark::LineIndex::new("😀a");
    /// assert_eq!(index.to_utf16(4), Ok(2));
    /// ```
    pub fn to_utf16(&self, byte: u32) -> Result<u32, OffsetError> {
        self.to_unit(byte, Unit::Utf16)
    }

    /// The byte offset of a code-point offset.
    ///
    /// ```
    /// let index = speechmark::LineIndex::new("€5");
    /// assert_eq!(index.from_chars(1), Ok(3));
    /// assert!(index.from_chars(3).is_err());
    /// ```
    pub fn from_chars(&self, chars: u32) -> Result<u32, OffsetError> {
        self.from_unit(chars, Unit::Chars)
    }

    /// The byte offset of a UTF-16 offset.
    ///
    /// ```
    /// let index = speechmark::LineIndex::new("😀a");
    /// assert_eq!(index.from_utf16(2), Ok(4));
    /// assert!(index.from_utf16(1).is_err());
    /// ```
    pub fn from_utf16(&self, units: u32) -> Result<u32, OffsetError> {
        self.from_unit(units, Unit::Utf16)
    }

    /// A span's ends in another unit.
    ///
    /// ```
    /// use speechmark::{LineIndex, Span, Unit};
    /// let index = LineIndex::new("“Hi”");
    /// assert_eq!(index.span_in(Span::new(3, 5), Unit::Chars), Ok([1, 3]));
    /// ```
    pub fn span_in(&self, span: Span, unit: Unit) -> Result<[u32; 2], OffsetError> {
        Ok([
            self.to_unit(span.start, unit)?,
            self.to_unit(span.end, unit)?,
        ])
    }

    /// The line and column of a byte offset.
    ///
    /// ```
    /// let index = speechmark::LineIndex::new("ab\ncd");
    /// assert_eq!(index.line_col(4).map(|p| (p.line, p.column)), Ok((1, 1)));
    /// ```
    pub fn line_col(&self, byte: u32) -> Result<LineCol, OffsetError> {
        let here = self.counts(byte)?;
        let line = self
            .line_starts
            .partition_point(|&s| s <= byte)
            .saturating_sub(1);
        let start = self.counts(self.line_starts.get(line).copied().unwrap_or(0))?;
        Ok(LineCol {
            line: crate::span::off(line),
            column: here.chars - start.chars,
            column_utf16: here.utf16 - start.utf16,
            column_bytes: byte - start.byte,
        })
    }

    /// The byte offset of a (line, column) position, the column counted in `unit`; both from
    /// 0. A column may name any place up to the line's break, and the place between `\r` and
    /// `\n`.
    ///
    /// ```
    /// use speechmark::{LineIndex, Unit};
    /// let index = LineIndex::new("a\n🇵🇰b");
    /// assert_eq!(index.from_line_col(1, 2, Unit::Chars), Ok(10));
    /// assert_eq!(index.from_line_col(1, 4, Unit::Utf16), Ok(10));
    /// assert!(index.from_line_col(0, 2, Unit::Chars).is_err()); // past "a\n"
    /// ```
    pub fn from_line_col(&self, line: u32, column: u32, unit: Unit) -> Result<u32, OffsetError> {
        let start = self.line_start(line)?;
        let past_end = OffsetError::PastLineEnd { line, column, unit };
        let target = self
            .to_unit(start, unit)?
            .checked_add(column)
            .ok_or(past_end)?;
        let byte = self.from_unit(target, unit).map_err(|e| match e {
            OffsetError::PastEnd { .. } => past_end,
            other => other,
        })?;
        match self.line_starts.get(line as usize + 1) {
            Some(&next) if byte >= next => Err(past_end),
            _ => Ok(byte),
        }
    }
}

/// Checks that `byte` is at most `text`'s length and on a character boundary.
pub(crate) fn check_offset(text: &str, byte: u32) -> Result<(), OffsetError> {
    let at = byte as usize;
    if at > text.len() {
        return Err(OffsetError::PastEnd {
            offset: byte,
            len: crate::span::off(text.len()),
            unit: Unit::Bytes,
        });
    }
    if text.is_char_boundary(at) {
        return Ok(());
    }
    // Inside a character: name the character, which is at most four bytes long.
    let bytes = text.as_bytes();
    let start = (at.saturating_sub(3)..at)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let end = (at..=bytes.len().min(at + 3))
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(bytes.len());
    Err(OffsetError::NotCharBoundary {
        offset: byte,
        start: crate::span::off(start),
        end: crate::span::off(end),
    })
}

/// A checkpoint's count in a unit.
const fn key(c: &Checkpoint, unit: Unit) -> u32 {
    match unit {
        Unit::Bytes => c.byte,
        Unit::Chars => c.chars,
        Unit::Utf16 => c.utf16,
    }
}

/// The longest prefix of `text`, on a character boundary, that `u32` offsets can address.
fn truncate(text: &str) -> &str {
    let mut end = text.len().min(u32::MAX as usize);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or_default()
}
