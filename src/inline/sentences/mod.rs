//! Sentence segmentation: the fourth pass.
//!
//! One forward pass over the paragraph's bytes. memchr finds the candidates (`.`, `?`, `!`,
//! `…`, line breaks, and the `)` and bullets of a list once one has begun); at each of them a
//! bounded amount of text before and after decides whether a sentence ends or starts there, so
//! the pass stays linear whatever the input. Each construct has its recogniser, with its
//! grammar in its doc comment:
//!
//! - a terminator ends a sentence only when white space or the end of the paragraph follows
//!   it, after any closing quotation marks and brackets (which belong to the sentence):
//!   `3.14`, `U.S.-based`, `example.com/a?b` and `e.g.,` never split. The exception is a full
//!   stop glued between two words (`Hello world.Today`, [`glued`]);
//! - a lower-case letter after the space never starts a sentence (`etc. and`, `“Stop!” she
//!   said`), unless it is the next item of a list (`b. pears`);
//! - `?` and `!` end the sentence; an ellipsis ends it when it is attached to the word before,
//!   and is an omission when it stands alone or in brackets ([`ellipsis`]);
//! - a single full stop looks at the word before it ([`abbreviations`]): titles (`Mr.`) never
//!   end a sentence, number signs (`No. 5`, `Rs. 3`, [`numero`]) and `Sept.` do not before a
//!   number, ambiguous abbreviations (`etc.`, `Inc.`, `U.S.`) and initials ([`initials`]) end
//!   one only before a word that typically starts a sentence, `a.m.`/`p.m.` follow their own
//!   rule ([`clock`]);
//! - list markers (`1.`, `a.`, `1)`, `(a)`, `•`, `-`, [`markers`]) start a sentence at the
//!   start of the paragraph or of a line ([`lines`]), after a colon, and where the list's next
//!   marker stands (`1) First 2) Second`, [`lists`]);
//! - short lower-case lines are items of a list without markers ([`lines`]);
//! - a citation after a quotation belongs to the quoting sentence ([`citation`]);
//! - a colon and dashes never end a sentence.

mod abbreviations;
mod citation;
mod clock;
mod ellipsis;
mod glued;
mod initials;
mod lines;
mod lists;
mod markers;
mod numero;
mod scan;
#[cfg(test)]
mod tests;
mod words;

use super::candidates::{Candidates, Class};
use crate::lexical::trim;
use crate::span::{Span, sp};
use abbreviations::Abbrev;
use markers::Marker;
use scan::{Finder, Hits};
use words::starts_sentence;

/// The longest word, in bytes, that the abbreviation lists are asked about: a longer word
/// before a full stop ends the sentence.
const MAX_WORD: usize = 12;

/// Appends to `out` the sentence spans of the paragraph at `span` of `src`, in order, each
/// trimmed of surrounding white space, together covering every non-white-space character of
/// the paragraph.
#[cfg(test)]
pub(crate) fn split(src: &str, span: Span, out: &mut Vec<Span>) {
    split_with(&mut Candidates::default(), src, span, out);
}

/// `split`, with the terminators and line breaks taken from `candidates`, which a caller
/// splitting many paragraphs of one text keeps between them (it searches the text a long
/// stretch at a time). Allocates nothing but what `out` and `candidates` need to grow.
pub(crate) fn split_with(candidates: &mut Candidates, src: &str, span: Span, out: &mut Vec<Span>) {
    let Some(text) = src.get(span.range()) else {
        return;
    };
    let bytes = text.as_bytes();
    let first = scan::skip_space(text, 0);
    let mut seg = Segmenter {
        text,
        bytes,
        base: span.start as usize,
        out,
        start: first,
        item: false,
        expect: None,
        line_start: 0,
        marks: None,
    };
    seg.begin(first);
    // Only the bytes that may start a terminator or a line break are visited (`…` is E2 80
    // A6: its last byte is rarer than its first); memchr jumps over the rest.
    let (start, end) = (span.start as usize, span.end as usize);
    let [stops, breaks] = candidates.get(src, start, end, [Class::Stops, Class::Breaks]);
    let mut stops = Hits::new(stops, start);
    let mut breaks = Hits::new(breaks, start);
    let mut i = first;
    loop {
        let mut p = stops.find(i).min(breaks.find(i));
        if let Some(marks) = seg.marks.as_mut() {
            p = p.min(marks.find(bytes, i));
        }
        let Some(&b) = bytes.get(p) else { break };
        let next = match b {
            b'.' => seg.full_stop(p),
            b'?' | b'!' => seg.terminator(p),
            b'\n' | b'\r' => seg.line_break(p),
            0xA6 if p >= 2 && bytes.get(p - 2..p) == Some(&[0xE2, 0x80]) => seg.terminator(p - 2),
            b')' | 0xA2 | 0x83 => {
                seg.marker_hit(p);
                p + 1
            }
            _ => p + 1,
        };
        // Every step moves forward.
        i = next.max(p + 1);
    }
    seg.push(text.len());
}

/// The state of one paragraph's pass.
struct Segmenter<'a, 'o> {
    text: &'a str,
    bytes: &'a [u8],
    /// The paragraph's offset in the whole input.
    base: usize,
    out: &'o mut Vec<Span>,
    /// Where the current sentence starts: a non-space character, or the end.
    start: usize,
    /// Whether the current sentence opens with a list marker.
    item: bool,
    /// The marker the next item of the current list opens with.
    expect: Option<Marker>,
    /// Where the current line's first character is.
    line_start: usize,
    /// Finds `)`, `•` and `⁃` (by their last byte) once a list that needs them has begun.
    marks: Option<Finder>,
}

/// What a single full stop does.
enum Decision {
    /// Ends the sentence.
    End,
    /// Is inside the sentence.
    Continue,
    /// Belongs to a list marker that starts a new sentence at the given offset.
    Before(usize),
}

impl Segmenter<'_, '_> {
    /// Ends the current sentence at `end` (trimmed); empty sentences are not kept.
    #[inline]
    fn push(&mut self, end: usize) {
        let bytes = self.bytes;
        // Printable ASCII at both ends is not white space: nothing to trim.
        let plain = self.start < end
            && bytes.get(self.start).is_some_and(u8::is_ascii_graphic)
            && end
                .checked_sub(1)
                .and_then(|l| bytes.get(l))
                .is_some_and(u8::is_ascii_graphic);
        let (s, e) = if plain {
            (self.start, end)
        } else {
            trim(self.text, self.start, end)
        };
        if s < e {
            self.out.push(sp(self.base + s, self.base + e));
        }
    }

    /// Starts the next sentence at `k`, reading the list marker it may open with.
    #[inline(always)]
    fn begin(&mut self, k: usize) {
        self.start = k;
        if markers::may_start(self.bytes, k) {
            self.begin_item(k);
        } else {
            self.item = false;
            self.expect = None;
        }
    }

    /// [`Segmenter::begin`] where a list marker may stand.
    #[cold]
    fn begin_item(&mut self, k: usize) {
        match self.marker_at(k) {
            Some(m) => {
                self.item = true;
                self.open_item(m);
            }
            None => {
                self.item = false;
                self.expect = None;
            }
        }
    }

    /// Ends the current sentence at `end` and starts the next at `k`.
    #[inline]
    fn cut(&mut self, end: usize, k: usize) {
        self.push(end);
        self.begin(k);
    }

    /// Handles the full stop at `i`; returns where to continue. The two most frequent cases
    /// are decided here, without the general [`Segmenter::terminator`]: a full stop inside a
    /// word or a number (`3.14`, `example.com`: a glued sentence needs a capital after it),
    /// and a full stop, one space and a capital letter.
    #[inline]
    fn full_stop(&mut self, i: usize) -> usize {
        match self.bytes.get(i + 1) {
            Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit() => i + 1,
            Some(b' ') if self.bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase) => {
                if abbreviations::surely_word(self.bytes, self.start, i) {
                    self.cut(i + 1, i + 2);
                    return i + 1;
                }
                match self.period(i, i + 2, i + 2, false) {
                    Decision::End => self.cut(i + 1, i + 2),
                    Decision::Before(t) => self.cut(t, t),
                    Decision::Continue => {}
                }
                i + 1
            }
            _ => self.terminator(i),
        }
    }

    /// Handles the run of terminators at `i`; returns where to continue.
    fn terminator(&mut self, i: usize) -> usize {
        let text = self.text;
        let run = ellipsis::run(self.bytes, i);
        if ellipsis::omission(text, &run, i, i == self.start) {
            return run.end;
        }
        let mut j = run.end;
        let mut quoted = false;
        while let Some((len, quote)) = scan::closer_at(text, j) {
            j += len;
            quoted |= quote;
        }
        if !scan::space_at(text, j) {
            if run.single_period() && j < text.len() && glued::boundary(text, self.start, i, j) {
                self.cut(j, j);
            }
            return j;
        }
        let k = scan::skip_space(text, j);
        if k >= text.len() {
            return k;
        }
        if self.expects_at(k) {
            self.cut(j, k);
            return j;
        }
        let (w, opened) = scan::skip_openers(text, k);
        // A lower-case word continues the sentence (`etc. and`, `“Stop!” she said`), unless
        // it follows a list marker (`Next. a. wait`).
        let lower = scan::lower_at(text, w) && self.marker_at(k).is_none();
        let decision = if run.strong || run.is_ellipsis() {
            Decision::End
        } else {
            self.period(i, k, w, opened)
        };
        match decision {
            Decision::End if lower => {}
            Decision::End if quoted && citation::at_start(text.get(k..).unwrap_or_default()) => {}
            Decision::End => self.cut(j, k),
            Decision::Continue => {}
            Decision::Before(t) => self.cut(t, t),
        }
        j
    }

    /// Whether the single full stop at `i`, followed by white space, the next word at `k` and
    /// its first letter at `w` (after `opened` opening marks), ends the sentence.
    fn period(&mut self, i: usize, k: usize, w: usize, opened: bool) -> Decision {
        let text = self.text;
        let Some((t, kind)) = abbreviations::word_before(text, self.start, i, MAX_WORD) else {
            return Decision::End;
        };
        let before_digit = self.bytes.get(k).is_some_and(u8::is_ascii_digit);
        if before_digit && numero::before_number(text.get(t..).unwrap_or_default()) {
            return Decision::Continue;
        }
        // A bracket after a firm's `Inc.` or `Corp.` opens an aside in the same sentence (`Acme
        // Inc. (NYSE: ACM) fell`: a ticker); after another abbreviation, and a quotation mark
        // after any, a new sentence.
        let bracket = matches!(self.bytes.get(k), Some(b'(' | b'['))
            && text
                .get(t..i)
                .is_some_and(|w| crate::lexical::firm_word(w) || firm_suffix(w));
        let ambiguous = || {
            if (opened && !bracket) || starts_sentence(text.get(w..).unwrap_or_default()) {
                Decision::End
            } else {
                Decision::Continue
            }
        };
        match kind {
            Abbrev::Word => Decision::End,
            Abbrev::Title => Decision::Continue,
            Abbrev::BeforeNumber if before_digit => Decision::Continue,
            Abbrev::BeforeNumber | Abbrev::Ambiguous => ambiguous(),
            Abbrev::Time if clock::ends(text, self.start, t, w) => Decision::End,
            Abbrev::Time => Decision::Continue,
            Abbrev::Number | Abbrev::Letter => match self.label(t) {
                Some(decision) => decision,
                None if self.bytes.get(t..i) == Some(b"I") => {
                    if initials::pronoun(text, self.start, t) {
                        Decision::End
                    } else {
                        ambiguous()
                    }
                }
                None if self.bytes.get(t).is_some_and(u8::is_ascii_uppercase) => ambiguous(),
                // A number or a lower-case letter (`The score was 3.`, `plan b.`).
                None => Decision::End,
            },
        }
    }
}

/// The abbreviations that end a firm's name, besides [`crate::lexical::firm_word`]'s: `Corp.`,
/// `Co.`, `plc`, `AG`.
fn firm_suffix(w: &str) -> bool {
    ["corp", "co", "plc", "ag", "nv", "sa", "bhd", "pty"]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(w))
}
