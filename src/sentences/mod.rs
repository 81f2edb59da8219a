//! Sentence segmentation: the fourth pass.
//!
//! One forward pass over the paragraph's bytes. Only `.`, `?`, `!`, `…` and line breaks are
//! looked at; at each of them a bounded amount of text before and after decides whether a
//! sentence ends there, so the pass stays linear whatever the input:
//!
//! - a terminator ends a sentence only when whitespace (non-breaking spaces included) or the
//!   end of the paragraph follows it, after any closing quotation marks and brackets (which
//!   belong to the sentence): `3.14`, `U.S.-based`, `example.com/a?b` and `e.g.,` never split;
//! - a lower-case letter after the space never starts a sentence (`etc. and`, `… then`,
//!   `“Stop!” she said`);
//! - `?`, `!`, an ellipsis (`...`, `…`) end the sentence before anything else;
//! - a single full stop looks at the word before it (see [`abbreviations`]): titles such as
//!   `Mr.` never end a sentence, `No.` and `Sept.` do not before a number, ambiguous
//!   abbreviations (`etc.`, `Inc.`, `U.S.`, `p.m.`, initials) end one only when the next word is
//!   one that typically starts a sentence, and one to three digits that open the sentence or
//!   follow a colon are a list marker (`1. Plan.`);
//! - in a hard-wrapped paragraph, a line that starts with a list marker (`2.`, `3)`, `-`, `•`)
//!   starts a sentence;
//! - a colon and dashes never end a sentence.

mod abbreviations;

use crate::lines::trim;
use crate::span::{Span, sp};
use abbreviations::{Abbrev, classify, starts_sentence};

/// The longest word, in characters, that is looked at before a full stop.
const MAX_TOKEN: usize = 24;

/// Splits the paragraph text at `span` of `src` into sentence spans, in order, each trimmed of
/// surrounding whitespace, together covering every non-whitespace character of the paragraph.
pub(crate) fn split(src: &str, span: Span) -> Vec<Span> {
    let base = span.start as usize;
    let Some(text) = src.get(span.range()) else {
        return Vec::new();
    };
    let mut seg = Segmenter {
        text,
        start: skip_space(text, 0),
        out: Vec::new(),
    };
    let bytes = text.as_bytes();
    let mut i = seg.start;
    while let Some(&b) = bytes.get(i) {
        i = match b {
            b'.' | b'?' | b'!' => seg.terminator(i),
            0xE2 if text.get(i..).is_some_and(|s| s.starts_with('…')) => seg.terminator(i),
            b'\n' | b'\r' => seg.line_break(i),
            _ => i + 1,
        };
    }
    seg.push(text.len());
    seg.out
        .iter_mut()
        .for_each(|s| *s = sp(base + s.start as usize, base + s.end as usize));
    seg.out
}

struct Segmenter<'a> {
    text: &'a str,
    /// Where the current sentence starts: a non-whitespace character, or the end.
    start: usize,
    /// Sentence spans relative to `text`.
    out: Vec<Span>,
}

impl Segmenter<'_> {
    /// Ends the current sentence at `end` (trimmed); empty sentences are not kept.
    fn push(&mut self, end: usize) {
        let (s, e) = trim(self.text, self.start, end);
        if s < e {
            self.out.push(sp(s, e));
        }
    }

    /// Handles the run of terminators at `i`; returns where to continue.
    fn terminator(&mut self, i: usize) -> usize {
        let t = self.text;
        let mut j = i;
        let (mut dots, mut strong) = (0usize, false);
        for c in t.get(i..).unwrap_or("").chars() {
            match c {
                '.' => dots += 1,
                '?' | '!' | '…' => strong = true,
                _ => break,
            }
            j += c.len_utf8();
        }
        for c in t.get(j..).unwrap_or("").chars() {
            if !is_closer(c) {
                break;
            }
            j += c.len_utf8();
        }
        let after = t.get(j..).unwrap_or("");
        if !after.chars().next().is_some_and(char::is_whitespace) {
            return j.max(i + 1);
        }
        let k = skip_space(t, j);
        let rest = t.get(k..).unwrap_or("");
        if rest.is_empty() {
            return k;
        }
        let word = rest.trim_start_matches(is_opener);
        let opened = word.len() != rest.len();
        if word.chars().next().is_some_and(char::is_lowercase) {
            return j;
        }
        let ends = strong || dots > 1 || self.period_ends(i, word, opened);
        if ends {
            self.push(j);
            self.start = k;
        }
        j
    }

    /// Whether the single full stop at `i`, followed by a space and `word`, ends the sentence.
    fn period_ends(&self, i: usize, word: &str, opened: bool) -> bool {
        let before = self.text.get(self.start..i).unwrap_or("");
        let mut tok_len = 0;
        for (n, c) in before.chars().rev().enumerate() {
            if c.is_whitespace() || is_opener(c) {
                break;
            }
            if n >= MAX_TOKEN {
                return true;
            }
            tok_len += c.len_utf8();
        }
        let lead = before.get(..before.len() - tok_len).unwrap_or("");
        let token = before.get(before.len() - tok_len..).unwrap_or("");
        match classify(token) {
            Abbrev::Word => true,
            Abbrev::Number => {
                // Bounded: a long lead is not a run of opening marks.
                let first = lead.len() <= 8 && lead.trim_start_matches(is_opener).is_empty();
                !(first || lead.trim_end_matches(char::is_whitespace).ends_with(':'))
            }
            Abbrev::Title => false,
            Abbrev::BeforeNumber if word.starts_with(|c: char| c.is_ascii_digit()) => false,
            Abbrev::BeforeNumber | Abbrev::Ambiguous => opened || starts_sentence(word),
        }
    }

    /// In a hard-wrapped paragraph a line that starts with a list marker starts a sentence.
    fn line_break(&mut self, i: usize) -> usize {
        let next = i + 1;
        let line = self.text.get(next..).unwrap_or("");
        let body = line.trim_start_matches([' ', '\t', '\u{a0}']);
        if self.start < i && list_marker(body) {
            self.push(i);
            self.start = next + line.len() - body.len();
        }
        next
    }
}

/// `2. `, `10) `, `- `, `• `, `* ` at the start of `line`.
fn list_marker(line: &str) -> bool {
    let digits = line.bytes().take(4).take_while(u8::is_ascii_digit).count();
    let rest = line.get(digits..).unwrap_or("");
    let mut chars = rest.chars();
    let marker = matches!(
        (digits, chars.next()),
        (1..=3, Some('.' | ')')) | (0, Some('-' | '*' | '•' | '–' | '·'))
    );
    marker && chars.next().is_some_and(char::is_whitespace)
}

/// Closing quotation marks and brackets that belong to the sentence they follow.
fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | ')' | ']' | '}' | '»' | '›')
}

/// Opening quotation marks and brackets that may stand before a sentence's first word.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '“' | '‘' | '„' | '"' | '\'' | '(' | '[' | '{' | '«' | '‹' | '¿' | '¡'
    )
}

/// The first offset at or after `at` that is not whitespace.
fn skip_space(text: &str, at: usize) -> usize {
    text.get(at..).map_or(text.len(), |s| {
        text.len() - s.trim_start_matches(char::is_whitespace).len()
    })
}

#[cfg(test)]
mod tests;
