//! The anchor pass: where in a sentence a figure can be, found by classifying its bytes eight
//! at a time, and the windows around those places that the rules will read.
//!
//! An anchor is a run of digits, a vulgar fraction (`½`), or one of the words that are numbers
//! or sit in every figure without digits: number words and ordinals (`two`, `sixth`), scale
//! words (`million`, `dozen`), units of time (`year`, `week`) and capitalised month names. Every
//! figure the rules find contains one (`last year`, `a million`, `US$1.3 billion`, `percent of
//! ten`), so a sentence without anchors has no figures.
//!
//! The text is read in blocks of 64 bytes ([`classify`]): which bytes are letters, digits, or
//! lead bytes of multi-byte characters, one bit per byte; word starts, their lengths and the
//! starts of digit runs then come from shifts of those 64-bit masks. A word is looked at only
//! where it starts and only if it has three letters at least; only a word whose first two
//! letters and length match an anchor word's reaches the hash-table look-up ([`words`]). The
//! anchors are found once for a stretch of text and handed to its sentences in turn
//! ([`stretch`]).
//!
//! A window reaches [`BEFORE`] runs of non-space characters before its anchor and [`AFTER`]
//! runs after it: far enough for every rule's look-behind (`fell by about 5%`, `per cent of
//! ten`) and look-ahead (`20 billion U.S. dollars`). Windows that touch are merged. A window
//! starts after white space and ends before it, so its tokens are the sentence's own.

mod classify;
mod stretch;
mod words;

pub(super) use stretch::Stretch;

use classify::block;
use words::anchor_len;

/// A part of a sentence to tokenise: `start` is 0 or follows white space, `end` is the end
/// of the sentence or precedes white space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Window {
    pub start: usize,
    pub end: usize,
}

/// Runs of non-space characters a window reaches before its first anchor.
const BEFORE: usize = 3;
/// Runs of non-space characters a window reaches after its last anchor.
const AFTER: usize = 3;

/// Appends the windows of `text` to `out`, in order, disjoint and not touching.
pub(super) fn windows(text: &str, out: &mut Vec<Window>) {
    let b = text.as_bytes();
    let mut w = Windows::new(b, out);
    each(b, |s, e| w.anchor(s, e));
    w.flush();
}

/// Appends to `out` the windows of `text` around `anchors`: the anchors of `text`, in order,
/// as [`each`] finds them, offset by `base` (they come from a longer stretch of text).
pub(super) fn windows_around(
    text: &str,
    anchors: impl Iterator<Item = (u32, u32)>,
    base: usize,
    out: &mut Vec<Window>,
) {
    let b = text.as_bytes();
    let mut w = Windows::new(b, out);
    for (s, e) in anchors {
        w.anchor(
            (s as usize).saturating_sub(base),
            (e as usize).saturating_sub(base),
        );
    }
    w.flush();
}

/// Calls `found(start, end)` for each anchor of `b`, in order. The bytes before and after
/// `b` count as neither letters nor digits.
fn each(b: &[u8], mut found: impl FnMut(usize, usize)) {
    let n = b.len();
    let [mut l, mut d, mut lead] = block(b, 0);
    // Bit 0: whether the last byte of the previous block is a letter, a digit.
    let (mut prev, mut prev_d) = (0u64, 0u64);
    let mut o = 0;
    while o < n {
        // The next block, for words that run into it (nothing past the end of the text).
        let [nl, nd, nlead] = if o + 64 < n { block(b, o + 64) } else { [0; 3] };
        // Runs of digits start an anchor, and lead bytes may start a vulgar fraction.
        let sp = (d & !((d << 1) | prev_d)) | lead;
        // Word starts (a letter after a non-letter) followed by two more letters (anchor words
        // have three at least), digits and lead bytes, in byte order: anchors must arrive in
        // order.
        let starts = l & !((l << 1) | prev) & ((l >> 1) | (nl << 63)) & ((l >> 2) | (nl << 62));
        // The anchor words first, in a loop of their own whose one test almost always
        // fails (a branch the processor predicts), then the anchors in byte order.
        let (mut words, mut lens) = (0u64, [0u8; 64]);
        let mut ws = starts;
        while ws != 0 {
            let p = ws.trailing_zeros();
            ws &= ws - 1;
            if let Some(len) = anchor_len(b, o + p as usize, !l >> p, nl, p) {
                words |= 1 << p;
                if let Some(slot) = lens.get_mut(p as usize) {
                    *slot = len as u8;
                }
            }
        }
        let mut all = words | sp;
        while all != 0 {
            let p = all.trailing_zeros();
            all &= all - 1;
            let at = o + p as usize;
            let len = if (sp >> p) & 1 != 0 {
                special_len(b, at)
            } else {
                lens.get(p as usize).map(|&n| usize::from(n))
            };
            if let Some(len) = len {
                found(at, at + len);
            }
        }
        prev = l >> 63;
        prev_d = d >> 63;
        (l, d, lead) = (nl, nd, nlead);
        o += 64;
    }
}

/// The length of the anchor at `at`, a digit or a lead byte: a run of digits or a vulgar
/// fraction.
fn special_len(b: &[u8], at: usize) -> Option<usize> {
    match b.get(at)? {
        b'0'..=b'9' => Some(
            b.get(at..)
                .map_or(1, |r| r.iter().take_while(|c| c.is_ascii_digit()).count()),
        ),
        // ¼ ½ ¾ (U+00BC–U+00BE) and ⅐ … ⅞ (U+2150–U+215E).
        0xC2 if matches!(b.get(at + 1), Some(0xBC..=0xBE)) => Some(2),
        0xE2 if b.get(at + 1) == Some(&0x85) && matches!(b.get(at + 2), Some(0x90..=0x9E)) => {
            Some(3)
        }
        _ => None,
    }
}

/// Builds the windows as anchors arrive, in order.
struct Windows<'a, 'o> {
    b: &'a [u8],
    out: &'o mut Vec<Window>,
    /// The window being built.
    open: Option<Window>,
    /// The end of the run of non-space characters that holds the last anchor: an anchor
    /// before it reaches no further than the last one did.
    run_end: usize,
}

impl<'a, 'o> Windows<'a, 'o> {
    fn new(b: &'a [u8], out: &'o mut Vec<Window>) -> Self {
        Windows {
            b,
            out,
            open: None,
            run_end: 0,
        }
    }

    /// An anchor at `s..e`. Each byte is looked at a bounded number of times whatever the
    /// anchors: the look back stops at the open window, and an anchor in the same run as the
    /// last one reaches no further.
    fn anchor(&mut self, s: usize, e: usize) {
        if let Some(w) = &mut self.open {
            if e <= self.run_end {
                return;
            }
            if s < w.end {
                let (run_end, end) = forward(self.b, e, AFTER);
                self.run_end = run_end;
                w.end = w.end.max(end);
                return;
            }
        }
        let floor = self.open.map_or(0, |w| w.end);
        let start = back(self.b, s, BEFORE, floor);
        let (run_end, end) = forward(self.b, e, AFTER);
        self.run_end = run_end;
        match &mut self.open {
            Some(w) if start <= w.end => w.end = w.end.max(end),
            _ => {
                if let Some(w) = self.open.take() {
                    self.out.push(w);
                }
                self.open = Some(Window { start, end });
            }
        }
    }

    fn flush(&mut self) {
        if let Some(w) = self.open.take() {
            self.out.push(w);
        }
    }
}

/// The length of the white space character ending at `i` (0 when none): ASCII white space or
/// a no-break space.
fn space_before(b: &[u8], i: usize) -> usize {
    match i.checked_sub(1).and_then(|p| b.get(p)) {
        Some(b' ' | b'\t'..=b'\r') => 1,
        Some(0xA0) if i >= 2 && b.get(i - 2) == Some(&0xC2) => 2,
        _ => 0,
    }
}

/// The length of the white space character starting at `i` (0 when none).
fn space_at(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b' ' | b'\t'..=b'\r') => 1,
        Some(0xC2) if b.get(i + 1) == Some(&0xA0) => 2,
        _ => 0,
    }
}

/// The start of the `runs`-th run of non-space characters before the one holding `i`, or
/// `floor` if that comes first.
fn back(b: &[u8], mut i: usize, runs: usize, floor: usize) -> usize {
    for k in 0..=runs {
        if i <= floor {
            return floor.min(i);
        }
        if k > 0 {
            // White space, then the run before it.
            let mut gap = false;
            loop {
                let l = space_before(b, i);
                if l == 0 {
                    break;
                }
                i -= l;
                gap = true;
            }
            if !gap {
                return i;
            }
        }
        while i > floor && space_before(b, i) == 0 {
            i -= 1;
        }
    }
    i
}

/// The end of the run of non-space characters holding `i - 1`, and the end of the
/// `runs`-th run after it.
fn forward(b: &[u8], mut i: usize, runs: usize) -> (usize, usize) {
    let n = b.len();
    let mut first = n;
    for k in 0..=runs {
        if k > 0 {
            let mut gap = false;
            loop {
                let l = space_at(b, i);
                if l == 0 {
                    break;
                }
                i += l;
                gap = true;
            }
            if !gap {
                return (first.min(n), i.min(n));
            }
        }
        while i < n && space_at(b, i) == 0 {
            i += 1;
        }
        if k == 0 {
            first = i;
        }
    }
    (first.min(n), i.min(n))
}
