//! Quotations nested inside sentences.
//!
//! One pass over the sentence's marks (only `"`, `'` and the first bytes of `“ ” „ ‘ ’ « »`,
//! found by [`super::candidates`], are looked at) with a stack of open marks no deeper than [`MAX_QUOTE_DEPTH`]. A closing mark pairs with
//! the nearest open mark of its family and discards any unmatched marks opened after it, so
//! unmatched marks cost nothing more than their own step and the pass stays linear. Marks that
//! lie inside another inline node (a link, a figure such as `5'10"`) are not quotation marks.
//!
//! Apostrophes are told from closing single quotes by their neighbours: a `’` or `'` between
//! two letters (`don’t`, `Pakistan’s`) or before a digit after a space (`the ’90s`) is an
//! apostrophe, and a `’` after a word (`the leaders’ summit`) closes a quotation only when a
//! `‘` is open.

use crate::ast::MAX_QUOTE_DEPTH;
use crate::span::{Span, sp};

/// Which marks close which.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    /// `“ … ”`
    Curly,
    /// `„ … “` or `„ … ”`
    Low,
    /// `‘ … ’`
    CurlySingle,
    /// `" … "`
    Straight,
    /// `' … '`
    StraightSingle,
    /// `« … »`
    Guillemet,
}

#[derive(Clone, Copy, Debug)]
struct Open {
    mark: Span,
    family: Family,
}

/// The stack of open marks, kept by the scanner so that a sentence with quotation marks
/// allocates nothing once it has grown.
#[derive(Debug, Default)]
pub(crate) struct Stack(Vec<Open>);

/// Finds the quotations in the sentence at `span` of `src` as (opening mark, closing mark)
/// pairs, ordered by their opening marks; pairs nest or are disjoint. Only the marks at
/// `hits` are looked at: the offsets in `src` of the first bytes of the sentence's `"`, `'`,
/// `“ ” „ ‘ ’ « »`, in order. Marks inside `skip` (sorted, non-overlapping spans) are ignored.
pub(crate) fn find(
    src: &str,
    span: Span,
    hits: &[u32],
    skip: impl Iterator<Item = Span>,
    stack: &mut Stack,
    out: &mut Vec<(Span, Span)>,
) {
    let base = span.start as usize;
    let Some(text) = src.get(span.range()) else {
        return;
    };
    let stack = &mut stack.0;
    stack.clear();
    let mut overflow = 0usize;
    let mut skip = skip.peekable();
    let mut hits = hits.iter().map(|&h| (h as usize).wrapping_sub(base));
    let mut i = 0;
    while let Some(p) = hits.find(|&p| p >= i) {
        i = p;
        let abs = base + i;
        while skip.next_if(|s| (s.end as usize) <= abs).is_some() {}
        if let Some(s) = skip.peek().filter(|s| (s.start as usize) <= abs) {
            i = (s.end as usize).saturating_sub(base).max(i + 1);
            continue;
        }
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            i += 1;
            continue;
        };
        let len = c.len_utf8();
        let mark = sp(abs, abs + len);
        let prev = text.get(..i).and_then(|r| r.chars().next_back());
        let next = text.get(i + len..).and_then(|r| r.chars().next());
        match classify(c, prev, next, stack.last().map(|o| o.family)) {
            Role::Open(family) if stack.len() < MAX_QUOTE_DEPTH => {
                stack.push(Open { mark, family })
            }
            Role::Open(_) => overflow += 1,
            // The first closing marks after too deep a nesting close the ignored opening ones.
            Role::Close(_) if overflow > 0 => overflow -= 1,
            Role::Close(families) => {
                if let Some(d) = stack.iter().rposition(|o| families.contains(&o.family)) {
                    if let Some(open) = stack.get(d) {
                        out.push((open.mark, mark));
                    }
                    stack.truncate(d);
                }
            }
            Role::CloseOrOpen(family) => {
                if let Some(d) = stack.iter().rposition(|o| o.family == family) {
                    if let Some(open) = stack.get(d) {
                        out.push((open.mark, mark));
                    }
                    stack.truncate(d);
                } else if stack.len() < MAX_QUOTE_DEPTH && opens_before(next) && can_open(prev) {
                    stack.push(Open { mark, family });
                }
            }
            Role::None => {}
        }
        i += len;
    }
    // Pairs were found in the order of their closing marks; inner ones close first.
    out.sort_unstable_by_key(|(open, _)| open.start);
}

enum Role {
    Open(Family),
    Close(&'static [Family]),
    /// A mark that closes an open quotation of its family and otherwise may open one.
    CloseOrOpen(Family),
    None,
}

fn classify(c: char, prev: Option<char>, next: Option<char>, top: Option<Family>) -> Role {
    let letter_before = prev.is_some_and(char::is_alphanumeric);
    let letter_after = next.is_some_and(char::is_alphabetic);
    let elision = can_open(prev) && next.is_some_and(|n| n.is_ascii_digit());
    match c {
        '“' if top == Some(Family::Low) => Role::Close(&[Family::Low]),
        '“' => Role::Open(Family::Curly),
        '„' => Role::Open(Family::Low),
        '”' => Role::Close(&[Family::Curly, Family::Low]),
        '«' => Role::Open(Family::Guillemet),
        '»' => Role::Close(&[Family::Guillemet]),
        '‘' if elision => Role::None,
        '‘' => Role::Open(Family::CurlySingle),
        '’' | '\'' if (letter_before && letter_after) || elision => Role::None,
        '’' => Role::Close(&[Family::CurlySingle]),
        '\'' if !can_open(prev) => Role::Close(&[Family::StraightSingle]),
        '\'' => Role::CloseOrOpen(Family::StraightSingle),
        '"' if !can_open(prev) => Role::Close(&[Family::Straight]),
        '"' => Role::CloseOrOpen(Family::Straight),
        _ => Role::None,
    }
}

/// Whether a straight mark after `prev` may open a quotation: at the start, after a space, an
/// opening bracket, a dash or another opening mark.
fn can_open(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(
                p,
                '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '«' | '„'
            )
    })
}

/// Whether a straight mark before `next` may open a quotation: something other than a space.
fn opens_before(next: Option<char>) -> bool {
    next.is_some_and(|n| !n.is_whitespace())
}
