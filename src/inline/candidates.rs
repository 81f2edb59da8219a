//! The candidate bytes of the sentence and inline passes, found once for a stretch of text.
//!
//! Each pass looks only at a few bytes (the splitter at `. ? !` and line breaks, the links at
//! `. : @`, the placeholders at `k`, the quotations at the marks) and decides what they are
//! with its own grammar. Searching for them sentence by sentence made every pass call memchr
//! several times on every sentence, mostly on short haystacks where its set-up and byte-by-byte
//! tail cost more than the search. Here five memchr searchers run over a stretch of at least
//! [`CHUNK`] bytes at once and record the offsets of their hits, class by class, in order; each
//! pass then walks its own class through a cursor that only moves forward while the sentences
//! come in document order. What a pass sees is exactly what its own memchr search from the
//! same offset would have found.

use std::sync::OnceLock;

/// The least number of bytes searched at once: enough to make memchr's set-up per search
/// negligible, small enough that the offsets stay in the cache.
const CHUNK: usize = 16 * 1024;

/// How many hits of a class a list keeps room for between searches.
const KEEP_HITS: usize = CHUNK;

/// The classes of candidate bytes, each a list of offsets into the whole text.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Class {
    /// `.`, `?`, `!`: the splitter's terminators.
    Stops,
    /// `\n`, `\r` and the last byte of `…` (E2 80 A6): the splitter's line breaks.
    Breaks,
    /// `.`, `:`, `@`: where a link may be.
    Links,
    /// `k`, `K`: the placeholders' `click` and `link`.
    Anchors,
    /// The first byte of each quotation mark `" ' “ ” „ ‘ ’ « »`.
    Quotes,
}

const CLASSES: usize = 5;

/// The candidates of `text[lo..hi]`, with a cursor per class.
#[derive(Debug, Default)]
pub(crate) struct Candidates {
    /// The address and length of the text searched, to know it again.
    text: (usize, usize),
    lo: usize,
    hi: usize,
    hits: [Vec<u32>; CLASSES],
    cursor: [usize; CLASSES],
    /// The hits of a class that come from a second searcher, before they are merged in.
    second: Vec<u32>,
}

impl Candidates {
    /// The offsets of `classes` in `start..end` of `text`, each in order. Searches the text
    /// from `start` first if the stretch already searched does not cover the range.
    #[inline]
    pub(crate) fn get<const N: usize>(
        &mut self,
        text: &str,
        start: usize,
        end: usize,
        classes: [Class; N],
    ) -> [&[u32]; N] {
        let id = (text.as_ptr() as usize, text.len());
        if self.text != id || start < self.lo || end > self.hi {
            self.search(text, id, start, end);
        }
        let start = u32::try_from(start).unwrap_or(u32::MAX);
        let end = u32::try_from(end).unwrap_or(u32::MAX);
        let mut out: [&[u32]; N] = [&[]; N];
        for (o, class) in out.iter_mut().zip(classes) {
            let c = class as usize;
            if let (Some(hits), Some(cursor)) = (self.hits.get(c), self.cursor.get_mut(c)) {
                *o = advance(hits, cursor, start, end);
            }
        }
        out
    }

    /// Searches `text` from `start` to at least `end` (and [`CHUNK`] bytes on if the text is
    /// that long), ending on a character boundary so that every mark lies whole on one side.
    #[cold]
    fn search(&mut self, text: &str, id: (usize, usize), start: usize, end: usize) {
        let mut hi = end.max(start.saturating_add(CHUNK)).min(text.len());
        while !text.is_char_boundary(hi) {
            hi += 1;
        }
        let lo = start.min(hi);
        self.text = id;
        self.lo = lo;
        self.hi = hi;
        self.cursor = [0; CLASSES];
        for v in &mut self.hits {
            v.clear();
            // A stretch as long as a huge sentence (a multi-megabyte line of full stops) may
            // have left a long list behind: it is given back rather than kept to the end.
            v.shrink_to(KEEP_HITS);
        }
        let bytes = text.as_bytes();
        let Some(hay) = bytes.get(lo..hi) else { return };
        let [stops, breaks, links, anchors, quotes] = &mut self.hits;
        let second = &mut self.second;
        second.clear();
        let at = |off: usize| (lo + off) as u32;
        searcher(&STOPS, [b'.', b'?', b'!']).each(hay, |off| {
            if hay.get(off) == Some(&b'.') {
                links.push(at(off));
            }
            stops.push(at(off));
        });
        searcher(&BREAKS, [b'\n', b'\r', 0xA6]).each(hay, |off| breaks.push(at(off)));
        // `click` and `link` have their `k` after a `c` or an `n`: the placeholders look at no
        // other (a word with another `k` before is none of theirs).
        let anchor = |off: usize| {
            matches!(
                (lo + off).checked_sub(1).and_then(|b| bytes.get(b)),
                Some(b'c' | b'C' | b'n' | b'N')
            )
        };
        searcher(&COLON, [b':', b'@', b'k']).each(hay, |off| {
            if hay.get(off) != Some(&b'k') {
                second.push(at(off));
            } else if anchor(off) {
                anchors.push(at(off));
            }
        });
        // `.` came from one searcher and `:` `@` from another.
        merge(links, second);
        let mut guillemets = false;
        searcher(&UPPER, [b'K', 0xAB, 0xBB]).each(hay, |off| {
            if hay.get(off) == Some(&b'K') {
                if anchor(off) {
                    second.push(at(off));
                }
            } else if off > 0 && hay.get(off - 1) == Some(&0xC2) {
                // `«` and `»` (C2 AB, C2 BB) are found from their second byte: C2 starts the
                // frequent no-break space too.
                quotes.push(at(off - 1));
                guillemets = true;
            }
        });
        merge(anchors, second);
        searcher(&MARKS, [b'"', b'\'', 0xE2]).each(hay, |off| {
            if hay.get(off) == Some(&b'\'') || crate::lexical::mark_at(hay, off).is_some() {
                quotes.push(at(off));
            }
        });
        if guillemets {
            quotes.sort_unstable();
        }
    }
}

/// The hits in `start..end`, from the cursor on; the cursor is left after them, where the
/// next range (which starts at or after `end`) begins. A range before the cursor (asked out
/// of order) is looked up from the start.
#[inline]
fn advance<'h>(hits: &'h [u32], cursor: &mut usize, start: u32, end: u32) -> &'h [u32] {
    let mut k = *cursor;
    if k > 0 && hits.get(k - 1).is_none_or(|&h| h >= start) {
        k = hits.partition_point(|&h| h < start);
    }
    let rest = hits.get(k..).unwrap_or_default();
    let first = rest.iter().take_while(|&&h| h < start).count();
    let rest = rest.get(first..).unwrap_or_default();
    let n = rest.iter().take_while(|&&h| h < end).count();
    *cursor = k + first + n;
    rest.get(..n).unwrap_or_default()
}

/// Merges the ordered offsets of `second` into the ordered `into`, and empties `second`.
fn merge(into: &mut Vec<u32>, second: &mut Vec<u32>) {
    if second.is_empty() {
        return;
    }
    let n = into.len();
    into.extend_from_slice(second);
    second.clear();
    // Both runs are sorted: the standard stable sort finds and merges the two runs in
    // linear time.
    if into
        .get(..n)
        .zip(into.get(n..))
        .is_some_and(|(a, b)| a.last().zip(b.first()).is_some_and(|(x, y)| x > y))
    {
        into.sort();
    }
}

static STOPS: OnceLock<Three> = OnceLock::new();
static BREAKS: OnceLock<Three> = OnceLock::new();
static COLON: OnceLock<Three> = OnceLock::new();
static UPPER: OnceLock<Three> = OnceLock::new();
static MARKS: OnceLock<Three> = OnceLock::new();

fn searcher(cell: &'static OnceLock<Three>, bytes: [u8; 3]) -> &'static Three {
    cell.get_or_init(|| Three::new(bytes))
}

/// A search for any of three bytes, built once: on x86-64 with AVX2 memchr's vector searcher
/// itself (no run-time dispatch per hit), elsewhere [`memchr::Memchr3`].
pub(crate) struct Three {
    bytes: [u8; 3],
    #[cfg(target_arch = "x86_64")]
    avx2: Option<memchr::arch::x86_64::avx2::memchr::Three>,
}

impl Three {
    pub(crate) fn new(bytes: [u8; 3]) -> Self {
        let [_a, _b, _c] = bytes;
        Three {
            bytes,
            #[cfg(target_arch = "x86_64")]
            avx2: memchr::arch::x86_64::avx2::memchr::Three::new(_a, _b, _c),
        }
    }

    /// Calls `f` with the offset in `hay` of each of the three bytes, in order.
    pub(crate) fn each(&self, hay: &[u8], f: impl FnMut(usize)) {
        #[cfg(target_arch = "x86_64")]
        if let Some(three) = &self.avx2 {
            three.iter(hay).for_each(f);
            return;
        }
        let [a, b, c] = self.bytes;
        memchr::Memchr3::new(a, b, c, hay).for_each(f);
    }

    /// The first offset in `hay` of the three bytes.
    #[inline]
    pub(crate) fn find(&self, hay: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(three) = &self.avx2 {
            return three.find(hay);
        }
        let [a, b, c] = self.bytes;
        memchr::memchr3(a, b, c, hay)
    }
}
