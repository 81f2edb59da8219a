//! The last step: the stretch of text closest to the quote, near where it was.

use super::Candidate;
use crate::export::TextQuote;
use crate::span::sp;

/// Quotes shorter than this (in code points) are not looked for fuzzily: a few edits would
/// make them match almost anything.
const SHORTEST: usize = 8;

/// Quotes up to this many code points are compared whole; longer ones by their head and tail.
const LONGEST: usize = 256;

/// The length of the head and tail of a long quote, in code points.
const ENDS: usize = 64;

/// How far from the old position the search looks, in bytes, at least (and at least the
/// quote's length).
const REACH: usize = 256;

/// The stretches of text near `expected` with the fewest edits from the quote, when that is at
/// most three edits in ten code points: one, or several equally close (ambiguous).
pub(super) fn near(text: &str, quote: &TextQuote, expected: u32) -> Option<Vec<Candidate>> {
    let pattern: Vec<char> = quote.exact.chars().collect();
    if pattern.len() < SHORTEST {
        return None;
    }
    let reach = REACH.max(quote.exact.len());
    let mut lo = (expected as usize).saturating_sub(reach).min(text.len());
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (expected as usize + quote.exact.len() + reach).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    let window = text.get(lo..hi).unwrap_or_default();
    if pattern.len() <= LONGEST {
        return closest(window, lo, &pattern);
    }
    // A long quote: its head and tail, each found once, bound the passage.
    let head = closest(window, lo, pattern.get(..ENDS)?)?;
    let tail = closest(window, lo, pattern.get(pattern.len() - ENDS..)?)?;
    match (head.as_slice(), tail.as_slice()) {
        ([h], [t]) if h.span.start < t.span.end => {
            let len = (t.span.end - h.span.start) as usize;
            let plausible = len >= quote.exact.len() / 2 && len <= quote.exact.len() * 2;
            plausible.then(|| {
                vec![Candidate {
                    span: sp(h.span.start as usize, t.span.end as usize),
                    score: 0,
                }]
            })
        }
        _ => None,
    }
}

/// Approximate matching (Sellers' algorithm): the substrings of `window` with the fewest
/// edits (insertions, deletions, substitutions of code points) from `pattern`, if few enough.
/// Overlapping ones are the same place (an edge character that can be dropped or substituted
/// at equal cost): the place is their union. `base` is the window's offset in the text.
fn closest(window: &str, base: usize, pattern: &[char]) -> Option<Vec<Candidate>> {
    let m = pattern.len();
    let chars: Vec<(usize, char)> = window.char_indices().collect();
    let byte_at = |j: usize| base + chars.get(j).map_or(window.len(), |&(b, _)| b);
    // cost[i]: the fewest edits turning pattern[..i] into a substring ending at the current
    // position; start[i]: where that substring starts (a char index).
    let mut cost: Vec<usize> = (0..=m).collect();
    let mut start = vec![0usize; m + 1];
    let mut ends: Vec<(usize, usize, usize)> = Vec::new(); // (cost, start, end) per position
    for (j, &(_, c)) in chars.iter().enumerate() {
        let (mut diag, mut diag_start) = (0, j); // cost[0] before this column, its start
        cost[0] = 0;
        start[0] = j + 1;
        for i in 1..=m {
            let (up, up_start) = (cost[i - 1], start[i - 1]);
            let (left, left_start) = (cost[i], start[i]);
            let same = pattern.get(i - 1) == Some(&c);
            let mut best = (diag + usize::from(!same), diag_start);
            if left + 1 < best.0 {
                best = (left + 1, left_start);
            }
            if up + 1 < best.0 {
                best = (up + 1, up_start);
            }
            (diag, diag_start) = (left, left_start);
            (cost[i], start[i]) = best;
        }
        ends.push((cost[m], start[m], j + 1));
    }
    let fewest = ends.iter().map(|e| e.0).min()?;
    if fewest * 10 > m * 3 {
        return None;
    }
    let mut places: Vec<(usize, usize)> = ends
        .iter()
        .filter(|e| e.0 == fewest)
        .map(|&(_, s, e)| (s, e))
        .collect();
    places.sort_unstable();
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for (s, e) in places {
        match groups.last_mut() {
            Some((_, end)) if s < *end => *end = (*end).max(e),
            _ => groups.push((s, e)),
        }
    }
    Some(
        groups
            .into_iter()
            .map(|(s, e)| Candidate {
                span: sp(byte_at(s), byte_at(e)),
                score: 0,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_typo_is_found() {
        let window = "The minister said the agreement was historic.";
        let found = closest(window, 100, &chars("agreemnet was historc")).unwrap();
        assert_eq!(found.len(), 1);
        // "agreement was historic" is bytes 22..44 of the window.
        assert_eq!(found[0].span, sp(122, 144));
    }

    #[test]
    fn too_many_edits_is_nothing() {
        assert!(
            closest(
                "Completely different words here.",
                0,
                &chars("agreement was historic")
            )
            .is_none()
        );
    }

    #[test]
    fn two_equally_close_places_are_both_given() {
        let window = "the talks went well; then the talks went well";
        let found = closest(window, 0, &chars("the talkz went well")).unwrap();
        assert_eq!(found.len(), 2);
    }
}
