//! The anchor pass: where in a sentence a figure can be, found by classifying its bytes eight
//! at a time, and the windows around those places that the rules will read.
//!
//! An anchor is a run of digits, a vulgar fraction (`½`), or one of the words that are numbers
//! or sit in every figure without digits: number words and ordinals (`two`, `sixth`), scale
//! words (`million`, `dozen`), units of time (`year`, `week`) and capitalised month names. Every
//! figure the rules find contains one (`last year`, `a million`, `US$1.3 billion`, `percent of
//! ten`), so a sentence without anchors has no figures.
//!
//! The text is read in blocks of 64 bytes. Each 8-byte word of a block is classified with
//! word-wide arithmetic (which bytes are letters, digits, or lead bytes of multi-byte
//! characters) and the classes gathered into one bit per byte; word starts, their lengths and
//! the starts of digit runs then come from shifts of those 64-bit masks. A word is looked at
//! only where it starts and only if it has three letters at least; only a word whose first two
//! letters and length match an anchor word's reaches the hash-table look-up.
//!
//! A window reaches [`BEFORE`] runs of non-space characters before its anchor and [`AFTER`]
//! runs after it: far enough for every rule's look-behind (`fell by about 5%`, `per cent of
//! ten`) and look-ahead (`20 billion U.S. dollars`). Windows that touch are merged. A window
//! starts after white space and ends before it, so its tokens are the sentence's own.

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

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;
const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// One bit per byte (bit `j` for byte `j`) from the top bit of each byte of `m`.
const fn gather(m: u64) -> u64 {
    (m >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// The top bit of each byte of the result is set where that byte of `x` (little-endian) is an
/// ASCII letter.
const fn letters(x: u64) -> u64 {
    // Fold case, and clear each byte's top bit so that the sums below carry into no neighbour;
    // bytes that had it set are not ASCII and are masked out at the end.
    let f = (x | (0x20 * ONES)) & LOW7;
    let ge_a = f.wrapping_add((0x80 - b'a' as u64) * ONES);
    let gt_z = f.wrapping_add((0x80 - b'z' as u64 - 1) * ONES);
    ge_a & !gt_z & !x & HIGH
}

/// The top bit of each byte of the result is set where that byte of `x` is an ASCII digit.
const fn digits(x: u64) -> u64 {
    let y = x & LOW7;
    let ge_0 = y.wrapping_add((0x80 - b'0' as u64) * ONES);
    let gt_9 = y.wrapping_add((0x80 - b'9' as u64 - 1) * ONES);
    ge_0 & !gt_9 & !x & HIGH
}

/// The top bit of each byte of the result is set where that byte of `x` is the lead byte of a
/// multi-byte character (which may start a vulgar fraction).
const fn leads(x: u64) -> u64 {
    x & (x << 1) & HIGH
}

/// Eight bytes as a little-endian word, zero past the end of `c`.
fn word(c: &[u8]) -> u64 {
    if let Ok(a) = <[u8; 8]>::try_from(c) {
        return u64::from_le_bytes(a);
    }
    let mut a = [0u8; 8];
    for (d, s) in a.iter_mut().zip(c) {
        *d = *s;
    }
    u64::from_le_bytes(a)
}

/// The 64 bytes at `o`, one bit per byte: which are letters, which digits, and which lead
/// bytes. Zero past the end of the text.
fn block(b: &[u8], o: usize) -> [u64; 3] {
    let (mut l, mut d, mut p) = (0u64, 0u64, 0u64);
    let mut add = |k: usize, x: u64| {
        l |= gather(letters(x)) << (8 * k);
        d |= gather(digits(x)) << (8 * k);
        p |= gather(leads(x)) << (8 * k);
    };
    match b.get(o..o + 64) {
        Some(full) => full
            .chunks_exact(8)
            .enumerate()
            .for_each(|(k, c)| add(k, word(c))),
        None => b
            .get(o..)
            .unwrap_or_default()
            .chunks(8)
            .enumerate()
            .for_each(|(k, c)| add(k, word(c))),
    }
    [l, d, p]
}

/// Appends the windows of `text` to `out`, in order, disjoint and not touching.
pub(super) fn windows(text: &str, out: &mut Vec<Window>) {
    let b = text.as_bytes();
    let n = b.len();
    let mut w = Windows::new(b, out);
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
        let mut all = starts | sp;
        while all != 0 {
            let p = all.trailing_zeros();
            all &= all - 1;
            let at = o + p as usize;
            if (sp >> p) & 1 != 0 {
                w.special(at);
                continue;
            }
            if let Some(len) = anchor_len(b, at, !l >> p, nl, p) {
                w.anchor(at, at + len);
            }
        }
        prev = l >> 63;
        prev_d = d >> 63;
        (l, d, lead) = (nl, nd, nlead);
        o += 64;
    }
    w.flush();
}

/// The length of the anchor word starting at `at`, bit `p` of its block: `rest` is the
/// block's non-letter mask shifted down to the word, `next` the next block's letter mask.
#[inline]
fn anchor_len(b: &[u8], at: usize, rest: u64, next: u64, p: u32) -> Option<usize> {
    // Its first two letters must start some anchor word …
    let (&c0, &c1) = (b.get(at)?, b.get(at + 1)?);
    let lengths = FILTER.get(pair(c0, c1)).copied().unwrap_or(0);
    if lengths == 0 {
        return None;
    }
    // … of its length: to the first non-letter, in this block or the next.
    let len = if rest != 0 {
        rest.trailing_zeros()
    } else {
        (64 - p) + (!next).trailing_zeros()
    };
    (len < 16 && lengths & (1 << len) != 0 && anchor_word(b, at, len as usize))
        .then_some(len as usize)
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

    /// A digit or a lead byte at `at`: an anchor when it starts a run of digits or a vulgar
    /// fraction.
    fn special(&mut self, at: usize) {
        match self.b.get(at) {
            Some(b'0'..=b'9') => {
                let e = at
                    + self
                        .b
                        .get(at..)
                        .map_or(1, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
                self.anchor(at, e);
            }
            // ¼ ½ ¾ (U+00BC–U+00BE) and ⅐ … ⅞ (U+2150–U+215E).
            Some(0xC2) if matches!(self.b.get(at + 1), Some(0xBC..=0xBE)) => {
                self.anchor(at, at + 2);
            }
            Some(0xE2)
                if self.b.get(at + 1) == Some(&0x85)
                    && matches!(self.b.get(at + 2), Some(0x90..=0x9E)) =>
            {
                self.anchor(at, at + 3);
            }
            _ => {}
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

// ----- the anchor words ---------------------------------------------------------------------

/// The anchor words, lower case; the flag says the word counts only when capitalised (months).
const WORDS: &[(&[u8], bool)] = &[
    (b"zero", false),
    (b"one", false),
    (b"two", false),
    (b"three", false),
    (b"four", false),
    (b"five", false),
    (b"six", false),
    (b"seven", false),
    (b"eight", false),
    (b"nine", false),
    (b"ten", false),
    (b"eleven", false),
    (b"twelve", false),
    (b"thirteen", false),
    (b"fourteen", false),
    (b"fifteen", false),
    (b"sixteen", false),
    (b"seventeen", false),
    (b"eighteen", false),
    (b"nineteen", false),
    (b"twenty", false),
    (b"thirty", false),
    (b"forty", false),
    (b"fifty", false),
    (b"sixty", false),
    (b"seventy", false),
    (b"eighty", false),
    (b"ninety", false),
    (b"hundred", false),
    (b"thousand", false),
    (b"million", false),
    (b"billion", false),
    (b"trillion", false),
    (b"lakh", false),
    (b"lakhs", false),
    (b"crore", false),
    (b"crores", false),
    (b"dozen", false),
    (b"first", false),
    (b"second", false),
    (b"third", false),
    (b"fourth", false),
    (b"fifth", false),
    (b"sixth", false),
    (b"seventh", false),
    (b"eighth", false),
    (b"ninth", false),
    (b"tenth", false),
    (b"eleventh", false),
    (b"twelfth", false),
    (b"thirteenth", false),
    (b"fourteenth", false),
    (b"fifteenth", false),
    (b"sixteenth", false),
    (b"seventeenth", false),
    (b"eighteenth", false),
    (b"nineteenth", false),
    (b"twentieth", false),
    (b"thirtieth", false),
    (b"fortieth", false),
    (b"fiftieth", false),
    (b"sixtieth", false),
    (b"seventieth", false),
    (b"eightieth", false),
    (b"ninetieth", false),
    (b"hundredth", false),
    (b"day", false),
    (b"days", false),
    (b"week", false),
    (b"weeks", false),
    (b"month", false),
    (b"months", false),
    (b"year", false),
    (b"years", false),
    (b"decade", false),
    (b"decades", false),
    (b"century", false),
    (b"centuries", false),
    (b"hour", false),
    (b"hours", false),
    (b"minute", false),
    (b"minutes", false),
    (b"january", true),
    (b"february", true),
    (b"march", true),
    (b"april", true),
    (b"may", true),
    (b"june", true),
    (b"july", true),
    (b"august", true),
    (b"september", true),
    (b"october", true),
    (b"november", true),
    (b"december", true),
    (b"jan", true),
    (b"feb", true),
    (b"mar", true),
    (b"apr", true),
    (b"jun", true),
    (b"jul", true),
    (b"aug", true),
    (b"sep", true),
    (b"sept", true),
    (b"oct", true),
    (b"nov", true),
    (b"dec", true),
];

/// For each pair of first and second letters (by their low five bits, the same for both
/// cases), a bit for each length some anchor word has.
static FILTER: [u16; 1024] = {
    let mut t = [0u16; 1024];
    let mut i = 0;
    while i < WORDS.len() {
        let w = WORDS[i].0;
        t[pair(w[0], w[1])] |= 1 << w.len();
        i += 1;
    }
    t
};

/// The [`FILTER`] index of two letters.
const fn pair(a: u8, b: u8) -> usize {
    (((a & 0x1F) as usize) << 5) | (b & 0x1F) as usize
}

/// A word's first eight letters, lower case, packed little-endian, and its length in the top
/// byte's place when shorter (so `may` and `mayor`'s first three letters differ).
const fn key(w: &[u8], len: usize) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < len && i < 8 {
        k |= ((w[i] | 0x20) as u64) << (8 * i);
        i += 1;
    }
    k ^ ((len as u64) << 59)
}

const SLOTS: usize = 256;

const fn slot(k: u64) -> usize {
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
}

/// [`WORDS`] in an open-addressing table by [`key`] (0 marks an empty slot), with the
/// capitalisation flag.
const TABLE: ([u64; SLOTS], [bool; SLOTS]) = {
    let mut keys = [0u64; SLOTS];
    let mut caps = [false; SLOTS];
    let mut i = 0;
    while i < WORDS.len() {
        let w = WORDS[i].0;
        let k = key(w, w.len());
        let mut s = slot(k);
        while keys[s] != 0 {
            s = (s + 1) % SLOTS;
        }
        keys[s] = k;
        caps[s] = WORDS[i].1;
        i += 1;
    }
    (keys, caps)
};
static KEYS: [u64; SLOTS] = TABLE.0;
static CAPS: [bool; SLOTS] = TABLE.1;

/// Whether the word of ASCII letters at `b[at..at + len]`, which passed [`FILTER`], is an
/// anchor: its first eight letters and its length match an anchor word's (a month must be
/// capitalised).
fn anchor_word(b: &[u8], at: usize, len: usize) -> bool {
    let Some(&c0) = b.get(at) else {
        return false;
    };
    let k = match b.get(at..at + len.max(8)) {
        // Eight bytes at hand: one load, the bytes past the word masked off.
        Some(w8) => {
            let Ok(a) = <[u8; 8]>::try_from(w8.get(..8).unwrap_or_default()) else {
                return false;
            };
            let keep = if len >= 8 {
                u64::MAX
            } else {
                (1u64 << (8 * len)) - 1
            };
            ((u64::from_le_bytes(a) | (0x20 * ONES)) & keep) ^ ((len as u64) << 59)
        }
        None => match b.get(at..at + len) {
            Some(w) => key_of(w),
            None => return false,
        },
    };
    let mut s = slot(k);
    loop {
        match (KEYS.get(s), CAPS.get(s)) {
            (Some(&key), Some(&caps)) if key == k => return !caps || c0.is_ascii_uppercase(),
            (Some(&key), Some(_)) if key != 0 => s = (s + 1) % SLOTS,
            _ => return false,
        }
    }
}

/// [`key`] of a word in the text.
fn key_of(w: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    for (d, s) in a.iter_mut().zip(w) {
        *d = s | 0x20;
    }
    u64::from_le_bytes(a) ^ ((w.len() as u64) << 59)
}
