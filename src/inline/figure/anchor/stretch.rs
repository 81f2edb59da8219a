//! The anchors of a stretch of text, found once for all the sentences in it.
//!
//! Looking for anchors sentence by sentence started the block classification afresh for every
//! sentence (a hundred bytes on average), whose last block was almost always a partial one,
//! copied byte by byte. Here [`each`] runs over a stretch of at least [`CHUNK`]
//! bytes at once and records the anchors' offsets; the sentences, which come in document order,
//! take theirs through a cursor that only moves forward.
//!
//! The anchors of a stretch are those of each sentence in it as long as no word or number runs
//! across the sentence's edges: a sentence whose first byte follows a letter or a digit, or
//! whose last byte precedes one, is told to look for its own ([`Stretch::get`] gives `None`).
//! Sentence breaks come after terminators and line breaks, so this is rare.

use super::each;

/// The least number of bytes searched at once (as for the other inline candidates).
const CHUNK: usize = 16 * 1024;

/// How many anchors the lists keep room for between stretches.
const KEEP: usize = CHUNK / 4;

/// The anchors of `text[lo..hi]`, as offsets into the text, with a cursor.
#[derive(Debug, Default)]
pub(in crate::inline::figure) struct Stretch {
    /// The address and length of the text searched, to know it again.
    text: (usize, usize),
    lo: usize,
    hi: usize,
    starts: Vec<u32>,
    ends: Vec<u32>,
    cursor: usize,
}

impl Stretch {
    /// The anchors of `text[start..end]` (which lies on character boundaries), in order, as
    /// offsets into `text`: exactly what [`each`] finds in the sentence alone. `None` when a
    /// word or number runs across the sentence's edges, where the two could differ.
    pub(in crate::inline::figure) fn get(
        &mut self,
        text: &str,
        start: usize,
        end: usize,
    ) -> Option<impl Iterator<Item = (u32, u32)> + '_> {
        let b = text.as_bytes();
        let joined = |i: Option<usize>| {
            i.and_then(|i| b.get(i))
                .is_some_and(u8::is_ascii_alphanumeric)
        };
        if joined(start.checked_sub(1)) || joined(Some(end)) || u32::try_from(end).is_err() {
            return None;
        }
        let id = (text.as_ptr() as usize, text.len());
        if self.text != id || start < self.lo || end > self.hi {
            self.search(b, id, start, end);
        }
        // Anchors before the cursor belong to earlier sentences: a sentence asked out of order
        // is looked up from the start.
        let (s, e) = (start as u32, end as u32);
        if self
            .cursor
            .checked_sub(1)
            .and_then(|k| self.starts.get(k))
            .is_some_and(|&h| h >= s)
        {
            self.cursor = self.starts.partition_point(|&h| h < s);
        }
        let from = self.cursor
            + self
                .starts
                .get(self.cursor..)
                .unwrap_or_default()
                .iter()
                .take_while(|&&h| h < s)
                .count();
        let n = self
            .starts
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&h| h < e)
            .count();
        self.cursor = from + n;
        let starts = self.starts.get(from..from + n).unwrap_or_default();
        let ends = self.ends.get(from..from + n).unwrap_or_default();
        Some(starts.iter().copied().zip(ends.iter().copied()))
    }

    /// Finds the anchors of `b` from `start` to at least `end` (and [`CHUNK`] bytes on if the
    /// text is that long), ending where no word or number runs across the end.
    #[cold]
    fn search(&mut self, b: &[u8], id: (usize, usize), start: usize, end: usize) {
        let mut hi = end.max(start.saturating_add(CHUNK)).min(b.len());
        while b
            .get(hi)
            .is_some_and(|c| c.is_ascii_alphanumeric() || (*c as i8) < -0x40)
        {
            hi += 1;
        }
        self.text = id;
        self.lo = start;
        self.hi = hi;
        self.cursor = 0;
        self.starts.clear();
        self.ends.clear();
        // A stretch as long as a huge sentence may have left long lists behind.
        self.starts.shrink_to(KEEP);
        self.ends.shrink_to(KEEP);
        let Some(t) = b.get(start..hi) else { return };
        let (starts, ends) = (&mut self.starts, &mut self.ends);
        each(t, |s, e| {
            starts.push((start + s) as u32);
            ends.push((start + e) as u32);
        });
    }
}
