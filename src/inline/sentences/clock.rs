//! Times of day: whether `a.m.` or `p.m.` ends its sentence.
//!
//! ```text
//! time     ::= digit+ ((':' | '.') digit digit)? gap? meridiem '.'
//! meridiem ::= 'a.m' | 'p.m'                                   (any case)
//! ```
//!
//! A time ends its sentence when the next word opens one (`The`, `It`, `Did`). It does not
//! when that word belongs to the time (a day, a month or a zone: `5 p.m. Monday`, `9 a.m.
//! GMT`, `9 a.m. Moscow time`), nor when the time opens its sentence as a phrase of time (`At
//! 5 p.m. Mr. Smith left`). Otherwise a capitalised word after it starts a new sentence (`The
//! office closes at 5 p.m. Mr. Smith locks up.`).

use super::scan::skip_openers;
use super::words::{calendar_or_zone, opens_time_phrase, starts_sentence};

/// The longest sentence start, in bytes, still read as a phrase of time.
const PHRASE: usize = 40;

/// Whether the time whose word `a.m`/`p.m` starts at `t` ends the sentence that starts at
/// `lo`, given the next word at `w`.
pub(super) fn ends(text: &str, lo: usize, t: usize, w: usize) -> bool {
    let word = text.get(w..).unwrap_or_default();
    if starts_sentence(word) {
        return true;
    }
    if calendar_or_zone(word) || then_time(word) {
        return false;
    }
    !opens_phrase(text, lo, t)
}

/// `Moscow time`: the word after `word`'s first is `time`.
fn then_time(word: &str) -> bool {
    // Bounded: a word longer than any place name is not one.
    let first = word
        .char_indices()
        .take(32)
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(word.len(), |(at, _)| at);
    let rest = word.get(first..).unwrap_or_default();
    rest.strip_prefix(' ')
        .and_then(|r| r.get(..4))
        .is_some_and(|t| t == "time")
        && !rest
            .get(5..)
            .is_some_and(|r| r.starts_with(char::is_alphabetic))
}

/// Whether the sentence from `lo` to the time's word at `t` is a short phrase of time.
fn opens_phrase(text: &str, lo: usize, t: usize) -> bool {
    if t.saturating_sub(lo) > PHRASE {
        return false;
    }
    let (w, _) = skip_openers(text, lo);
    w < t && opens_time_phrase(text.get(w..t).unwrap_or_default())
}
