//! Line breaks inside a paragraph: where a line starts a new sentence.
//!
//! ```text
//! line_start ::= break space* (marker | lower)
//! break      ::= '\n' | '\r\n' | '\r'
//! ```
//!
//! A hard-wrapped sentence runs on over its line breaks. A line starts a new sentence when it
//! opens with a list marker: always for bullets and parentheses (`- `, `• `, `(a) `, `2) `),
//! and for a number or a letter with a full stop (`2. `, `b. `) when it opens a list (`1.`,
//! `a.`, `i.`), when a list is under way (the current sentence is an item, or the marker is the
//! one expected) or when the line before ends a clause (`:`, `;`, `.`, `?`, `!`) — so that
//! `rose to` / `12. Then` stays one sentence. A short line that starts in lower case, after a
//! short one-line sentence that does too (`features` / `contact manager`), is an item of a
//! list without markers: wrapped prose fills its lines.

use super::Segmenter;
use super::scan::{self, lower_at};

/// The longest line, in bytes, still read as a lower-case list item: wrapped prose fills its
/// lines to about 70 columns.
const SHORT_LINE: usize = 32;

/// How far back from a line break its line's last character is looked for, in bytes.
const END_REACH: usize = 16;

impl Segmenter<'_, '_> {
    /// Handles the line break at `p`; returns where to go on: the next line's first
    /// character, past any further white space (and line breaks) before it, so that a run of
    /// white space is skipped once.
    pub(super) fn line_break(&mut self, p: usize) -> usize {
        let bytes = self.bytes;
        let line = self.line_start;
        let b = scan::skip_space(self.text, p);
        // The line's first character (its indentation does not matter: a sentence starts at
        // a character that is not white space).
        self.line_start = b;
        if self.start >= p || b >= self.text.len() {
            return b;
        }
        let starts = match self.marker_at(b) {
            Some(m) => {
                m.always_at_line_start()
                    || m.opens_list()
                    || self.item
                    || self.expect.is_some_and(|e| m.continues(e))
                    || ends_clause(bytes, self.start, p)
            }
            None => {
                self.start >= line
                    && p - self.start <= SHORT_LINE
                    && lower_at(self.text, self.start)
                    && lower_at(self.text, b)
                    && short_line(bytes, b)
            }
        };
        if starts {
            self.cut(p, b);
        }
        b
    }
}

/// Whether the line that starts at `b` is at most [`SHORT_LINE`] bytes long.
fn short_line(bytes: &[u8], b: usize) -> bool {
    let window = bytes.get(b..).unwrap_or_default();
    let window = window.get(..=SHORT_LINE).unwrap_or(window);
    window.len() <= SHORT_LINE || memchr::memchr2(b'\n', b'\r', window).is_some()
}

/// Whether the text from `lo` to the line break at `p` ends with `:`, `;`, `.`, `?` or `!`.
fn ends_clause(bytes: &[u8], lo: usize, p: usize) -> bool {
    let floor = p.saturating_sub(END_REACH).max(lo);
    let mut at = p;
    while at > floor {
        match bytes.get(at - 1) {
            Some(b' ' | b'\t') => at -= 1,
            Some(b':' | b';' | b'.' | b'?' | b'!') => return true,
            _ => return false,
        }
    }
    false
}
