//! The first two steps: the quoted text itself, then its prefix and suffix.

use super::Candidate;
use crate::export::TextQuote;
use crate::span::sp;
use memchr::memmem;

/// How many bytes of a quote's prefix and suffix are compared with a candidate's
/// surroundings: enough to tell passages apart, and a bound on the work per candidate.
const CONTEXT_BYTES: usize = 256;

/// Slack, in bytes, on how much longer than the quote an edited passage may be.
const SLACK: usize = 64;

/// The occurrences of the quote whose surroundings match its prefix and suffix best, or `None`
/// when it does not occur.
pub(super) fn by_quote(text: &str, quote: &TextQuote) -> Option<Vec<Candidate>> {
    if quote.exact.is_empty() {
        return None;
    }
    let mut best: Vec<Candidate> = Vec::new();
    for start in memmem::find_iter(text.as_bytes(), quote.exact.as_bytes()) {
        let end = start + quote.exact.len();
        let score = context_score(text, start, end, quote);
        let candidate = Candidate {
            span: sp(start, end),
            score,
        };
        match best.first() {
            Some(b) if b.score > score => {}
            Some(b) if b.score == score => best.push(candidate),
            _ => best = vec![candidate],
        }
    }
    (!best.is_empty()).then_some(best)
}

/// How many bytes before `start` match the end of the prefix, plus how many after `end` match
/// the start of the suffix (each at most [`CONTEXT_BYTES`]).
fn context_score(text: &str, start: usize, end: usize, quote: &TextQuote) -> usize {
    let bytes = text.as_bytes();
    let before = bytes.get(..start).unwrap_or_default();
    let after = bytes.get(end..).unwrap_or_default();
    let left = before
        .iter()
        .rev()
        .zip(quote.prefix.as_bytes().iter().rev())
        .take(CONTEXT_BYTES)
        .take_while(|(a, b)| a == b)
        .count();
    let right = after
        .iter()
        .zip(quote.suffix.as_bytes())
        .take(CONTEXT_BYTES)
        .take_while(|(a, b)| a == b)
        .count();
    left + right
}

/// The stretches between an occurrence of the prefix and the first occurrence of the suffix
/// after it, when no longer than about twice the quote, or `None`. An empty prefix stands for
/// the start of the text and an empty suffix for its end (the quote was there).
pub(super) fn by_context(text: &str, quote: &TextQuote) -> Option<Vec<Candidate>> {
    if quote.prefix.is_empty() && quote.suffix.is_empty() {
        return None;
    }
    let bytes = text.as_bytes();
    let lefts: Vec<usize> = if quote.prefix.is_empty() {
        vec![0]
    } else {
        memmem::find_iter(bytes, quote.prefix.as_bytes())
            .map(|i| i + quote.prefix.len())
            .collect()
    };
    let rights: Vec<usize> = if quote.suffix.is_empty() {
        vec![bytes.len()]
    } else {
        memmem::find_iter(bytes, quote.suffix.as_bytes()).collect()
    };
    let longest = 2 * quote.exact.len() + SLACK;
    let mut found = Vec::new();
    for left in lefts {
        let at = rights.partition_point(|&r| r < left);
        if let Some(&right) = rights.get(at) {
            if right - left <= longest {
                found.push(Candidate {
                    span: sp(left, right),
                    score: 0,
                });
            }
        }
    }
    (!found.is_empty()).then_some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(prefix: &str, exact: &str, suffix: &str) -> TextQuote {
        TextQuote {
            exact: exact.into(),
            prefix: prefix.into(),
            suffix: suffix.into(),
        }
    }

    #[test]
    fn the_occurrence_in_its_context_wins() {
        // "yes" at 6..9 is preceded by "A: “" as in the quote; the one at 16..19 by "B: ".
        let text = "A: “yes” B: yes";
        let best = by_quote(text, &quote("A: “", "yes", "”")).unwrap();
        assert_eq!(best.len(), 1);
        assert_eq!(best[0].span, sp(6, 9));
    }

    #[test]
    fn context_finds_edited_text() {
        let text = "He said trade fell sharply this year.";
        let found = by_context(text, &quote("He said ", "trade rose", " this year")).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span.slice(text), Some("trade fell sharply"));
        // Too far apart: 100 bytes between prefix and suffix, more than 2 × 10 + 64.
        let far = format!("He said {} this year.", "x".repeat(100));
        assert!(by_context(&far, &quote("He said ", "trade rose", " this year")).is_none());
    }
}
