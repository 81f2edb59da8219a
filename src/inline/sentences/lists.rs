//! Lists inside a paragraph: each item is its own sentence, with or without final punctuation.
//!
//! ```text
//! item  ::= marker text                       (marker: see `markers`)
//! list  ::= item (space item)*                each marker the successor of the one before
//! start ::= paragraph start | line start      (see `lines`)
//!         | after a sentence's end | after ':' (first markers only: `1.`, `a.`, `i.`)
//!         | where the expected successor stands, after white space
//! ```
//!
//! A marker that opens a sentence sets what the next item's marker would be; that marker is
//! looked for at the full stops (`2.`, `b.`), the `)`s (`2)`, `(b)`) and the bullets (`•`,
//! `⁃`) that follow, so `1) First 2) Second` is two sentences. A sentence that is not an item
//! ends the list.

use super::markers::{self, Marker};
use super::scan::{self, Finder, space_before};
use super::{Decision, Segmenter};

/// How far back from a list marker a colon is looked for, in bytes.
const COLON_REACH: usize = 16;

impl Segmenter<'_, '_> {
    /// The list marker at `k`, if there is one.
    pub(super) fn marker_at(&self, k: usize) -> Option<Marker> {
        if !markers::may_start(self.bytes, k) {
            return None;
        }
        self.text.get(k..).and_then(markers::marker).map(|(m, _)| m)
    }

    /// A sentence opens with the marker `m`: the list now expects `m`'s successor.
    pub(super) fn open_item(&mut self, m: Marker) {
        let met = self.expect.filter(|&e| m.continues(e));
        self.expect = m.successor(met);
        if m.needs_finder() && self.marks.is_none() {
            self.marks = Some(Finder::new(scan::marks(), self.bytes, self.start));
        }
    }

    /// Whether the next item of the current list starts at `k`.
    pub(super) fn expects_at(&self, k: usize) -> bool {
        self.expect
            .is_some_and(|e| self.marker_at(k).is_some_and(|m| m.continues(e)))
    }

    /// At a `)` or a bullet's last byte `p`: starts a sentence there if the marker it ends is the
    /// list's next (`1) First 2) Second`, `• One • Two`).
    pub(super) fn marker_hit(&mut self, p: usize) {
        let Some(expected) = self.expect else { return };
        let bytes = self.bytes;
        let at = match bytes.get(p) {
            Some(b')') => {
                // Back over the label (four bytes at most) and an opening parenthesis.
                let mut s = p;
                while s + 4 > p && s > 0 && bytes.get(s - 1).is_some_and(u8::is_ascii_alphanumeric)
                {
                    s -= 1;
                }
                if s > 0 && bytes.get(s - 1) == Some(&b'(') {
                    s -= 1;
                }
                s
            }
            // `•` and `⁃` are three bytes long.
            Some(0xA2 | 0x83) => p.saturating_sub(2),
            _ => return,
        };
        if at > self.start
            && space_before(self.text, at)
            && self.marker_at(at).is_some_and(|m| m.continues(expected))
        {
            self.cut(at, at);
        }
    }

    /// The full stop after the number or letter at `t` as part of a list marker: `None` if it
    /// is not one.
    pub(super) fn label(&mut self, t: usize) -> Option<Decision> {
        let text = self.text;
        let lead = text.get(self.start..t).unwrap_or_default();
        // The marker that opens the sentence (`1. `, `• 9. `, `(a. `): `begin` has read it.
        if lead.len() <= 8 && (lead.chars().all(scan::is_opener) || markers::is_marker(lead)) {
            return Some(Decision::Continue);
        }
        let m = self.marker_at(t).filter(|_| space_before(text, t))?;
        let next = self.expect.is_some_and(|e| m.continues(e));
        (next || (m.opens_list() && after_colon(lead))).then_some(Decision::Before(t))
    }
}

/// Whether `lead` ends with a colon and white space (`Steps: `).
fn after_colon(lead: &str) -> bool {
    let bytes = lead.as_bytes();
    let mut n = bytes.len();
    while n > 0 && bytes.len() - n < COLON_REACH {
        match bytes.get(n - 1) {
            Some(b) if b.is_ascii_whitespace() => n -= 1,
            Some(b':') => return n < bytes.len(),
            _ => return false,
        }
    }
    false
}
