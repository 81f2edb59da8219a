//! Link placeholders: text that stood for a link whose target was lost.
//!
//! Inline anchors are found from the letter `k` (`click`, `link`; [`super::candidates`]) and at the start of the
//! sentence (`Read more`); a heading that announces links (`Further Reading`) with nothing
//! under it is judged by [`announces_links`].

use crate::ast::{LinkPlaceholder, PlaceholderKind};
use crate::span::{Span, sp};

/// Whether a heading's title announces a list of links (`Further Reading`, `See also:`).
/// Case-insensitive; any run of whitespace (non-breaking spaces included) counts as one space;
/// a trailing colon, full stop or ellipsis and surrounding marks such as `»` are ignored.
pub(crate) fn announces_links(title: &str) -> bool {
    const TITLES: &[&[&str]] = &[
        &["further", "reading"],
        &["further", "information"],
        &["related"],
        &["related", "articles"],
        &["related", "stories"],
        &["related", "content"],
        &["related", "coverage"],
        &["related", "links"],
        &["related", "news"],
        &["related", "reading"],
        &["see", "also"],
        &["read", "more"],
        &["read", "also"],
        &["also", "read"],
        &["more", "reading"],
        &["recommended", "reading"],
        &["links"],
        &["useful", "links"],
        &["external", "links"],
        &["more", "on", "this", "story"],
        &["more", "on", "this", "topic"],
        &["you", "may", "also", "like"],
    ];
    let t = title.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ':' | '.' | '…' | '»' | '›' | '>' | '#' | '-' | '–' | '—' | '|'
            )
    });
    if t.len() > 40 {
        return false;
    }
    TITLES.iter().any(|words| {
        let mut got = t.split(char::is_whitespace).filter(|w| !w.is_empty());
        words
            .iter()
            .all(|w| got.next().is_some_and(|g| g.eq_ignore_ascii_case(w)))
            && got.next().is_none()
    })
}

/// Finds the link placeholders (`click here`, `this link`, `Read more`) in the sentence at
/// `span` of `src`, in order, looking only at the start and at `hits`: the offsets in `src` of
/// the sentence's letters `k` and `K`, in order.
pub(crate) fn find_placeholders(
    src: &str,
    span: Span,
    hits: &[u32],
    out: &mut Vec<LinkPlaceholder>,
) {
    let base = span.start as usize;
    let Some(text) = src.get(span.range()) else {
        return;
    };
    let bytes = text.as_bytes();
    let push = |out: &mut Vec<LinkPlaceholder>, s: usize, e: usize| {
        out.push(LinkPlaceholder {
            span: sp(base + s, base + e),
            placeholder: PlaceholderKind::Anchor,
        });
    };
    let mut pos = 0;
    if let Some(end) = read_more(text) {
        push(out, 0, end);
        pos = end;
    }
    let mut done = pos;
    let mut hits = hits.iter().map(|&h| (h as usize).wrapping_sub(base));
    while let Some(p) = hits.find(|&p| p >= pos && p < bytes.len()) {
        // `p` is the word's first `k` (the word starts at or after `done`): in `click` and
        // `clicking` it follows a `c`, in `link` an `n`. Other words need only their end.
        let candidate = p > done && matches!(bytes.get(p - 1), Some(b'c' | b'C' | b'n' | b'N'));
        if !candidate {
            let mut e = p;
            while bytes.get(e).is_some_and(u8::is_ascii_alphabetic) {
                e += 1;
            }
            pos = e.max(p + 1);
            done = pos;
            continue;
        }
        let (s, e) = word_around(bytes, p, done);
        pos = e.max(p + 1);
        done = pos;
        let Some(word) = text.get(s..e) else { continue };
        let found = if word.eq_ignore_ascii_case("click") || word.eq_ignore_ascii_case("clicking") {
            click_object(text, e).map(|end| (s, end))
        } else if word.eq_ignore_ascii_case("link") {
            this_link(text, s, e)
        } else {
            None
        };
        if let Some((ps, pe)) = found {
            push(out, ps, pe);
            pos = pe;
            done = pe;
        }
    }
}

/// The ASCII letters around `p`, not reaching back before `floor`.
fn word_around(b: &[u8], p: usize, floor: usize) -> (usize, usize) {
    let mut s = p;
    while s > floor && b.get(s - 1).is_some_and(u8::is_ascii_alphabetic) {
        s -= 1;
    }
    let mut e = p;
    while b.get(e).is_some_and(u8::is_ascii_alphabetic) {
        e += 1;
    }
    (s, e)
}

/// The word of ASCII letters that starts after whitespace at `at` (at most a few spaces), and
/// its end; `None` if no whitespace or no letter follows.
fn next_word(text: &str, at: usize) -> Option<(&str, usize)> {
    let rest = text.get(at..)?;
    let body = rest.trim_start_matches(char::is_whitespace);
    let gap = rest.len() - body.len();
    if gap == 0 || gap > 8 {
        return None;
    }
    let len = body
        .bytes()
        .take(16)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let word = body.get(..len).filter(|w| !w.is_empty())?;
    // The word must end there: `here` but not `heretofore`.
    if body
        .get(len..)
        .is_some_and(|r| r.starts_with(char::is_alphanumeric))
    {
        return None;
    }
    Some((word, at + gap + len))
}

/// After `click` ending at `at`: `here`, `on here`, `this link`, `on the link`; the end of the
/// anchor.
fn click_object(text: &str, at: usize) -> Option<usize> {
    let (mut word, mut end) = next_word(text, at)?;
    if word.eq_ignore_ascii_case("on") {
        (word, end) = next_word(text, end)?;
    }
    if word.eq_ignore_ascii_case("here") {
        return Some(end);
    }
    if ["this", "the", "that"]
        .iter()
        .any(|d| word.eq_ignore_ascii_case(d))
    {
        let (link, end) = next_word(text, end)?;
        return link.eq_ignore_ascii_case("link").then_some(end);
    }
    None
}

/// `this link` around the word `link` at `s..e`, when it stands for an anchor: after a verb
/// or preposition of following (`via this link`, `open this link`) or at the end of a clause
/// (`… is at this link.`). Not `this link between trade and security`.
fn this_link(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let (this, this_start) = prev_word(text, s)?;
    if !this.eq_ignore_ascii_case("this") {
        return None;
    }
    let clause_ends = text.get(e..).is_some_and(|r| {
        r.chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '”' | '"' | '…'))
    });
    let after_verb = prev_word(text, this_start).is_some_and(|(w, _)| {
        [
            "via", "at", "on", "follow", "use", "using", "through", "visit", "open", "see", "from",
            "in",
        ]
        .iter()
        .any(|v| w.eq_ignore_ascii_case(v))
    });
    (clause_ends || after_verb).then_some((this_start, e))
}

/// The word of ASCII letters that ends before whitespace before `at`, and its start.
fn prev_word(text: &str, at: usize) -> Option<(&str, usize)> {
    let before = text.get(..at)?;
    let body = before.trim_end_matches(char::is_whitespace);
    let gap = before.len() - body.len();
    if gap == 0 || gap > 8 {
        return None;
    }
    let len = body
        .bytes()
        .rev()
        .take(16)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let start = body.len() - len;
    let word = body.get(start..).filter(|w| !w.is_empty())?;
    Some((word, start))
}

/// `Read more`, `Learn more` (and `… here`) standing at the start of the sentence alone or
/// before a colon: the end of the anchor.
fn read_more(text: &str) -> Option<usize> {
    if !matches!(text.as_bytes().first(), Some(b'r' | b'R' | b'l' | b'L')) {
        return None;
    }
    let len = text
        .bytes()
        .take(6)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let first = text.get(..len)?;
    if !first.eq_ignore_ascii_case("read") && !first.eq_ignore_ascii_case("learn") {
        return None;
    }
    let (more, end) = next_word(text, len)?;
    if !more.eq_ignore_ascii_case("more") {
        return None;
    }
    if let Some((here, here_end)) = next_word(text, end) {
        return here.eq_ignore_ascii_case("here").then_some(here_end);
    }
    let rest = text.get(end..)?.trim_start_matches(char::is_whitespace);
    let alone = rest
        .chars()
        .next()
        .is_none_or(|c| matches!(c, ':' | '.' | '…' | '»' | '›' | '>' | '!'));
    alone.then_some(end)
}
