//! Colon labels: `Putin:`, `Prime Minister Sharif:`, `Q:`, `MS. SMITH:`,
//! `Vladimir Putin (answering a question):`, `Question from the hall:`.
//!
//! Two steps. The syntax (a nom grammar) cuts the candidate into words and parentheticals up
//! to the colon; the shape (a single pass over those tokens) decides whether they make a
//! name, a title and a name, a name and a role, or a generic label, rather than the start of
//! a sentence that happens to have a colon in it.

use super::recent::Recent;
use super::shape::{Token, Tokens, shape};
use super::words::{self, Lower};
use super::{LabelMatch, MAX_WORDS, WINDOW, clip, emphasis, first_char, gap, offset_of};
use crate::ast::LabelStyle;
use crate::lexical::is_space;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_till, take_till1, take_while1};
use nom::character::complete::char as ch;
use nom::combinator::{opt, recognize};
use nom::multi::many0_count;
use nom::sequence::delimited;
use nom::{IResult, Parser};

fn word(i: &str) -> IResult<&str, &str> {
    take_while1(word_char).parse(i)
}

/// The ASCII characters that may stand in a [`word`], by their code: not white space, not
/// `:`, `(`, `)`, `[`, `]` or `*`.
const ASCII_WORD: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = !matches!(
            b as u8,
            b' ' | b'\t'..=b'\r' | b':' | b'(' | b')' | b'[' | b']' | b'*'
        );
        b += 1;
    }
    table
};

/// `char - space - ':' - '(' - ')' - '[' - ']' - '*'`: a label's words are read a character
/// at a time, and most of their characters are ASCII, told by one lookup rather than a
/// chain of tests.
fn word_char(c: char) -> bool {
    match ASCII_WORD.get(c as usize) {
        Some(&ok) => ok,
        None => !is_space(c),
    }
}

fn paren_text(i: &str) -> IResult<&str, &str> {
    take_till1(|c| matches!(c, '(' | ')' | '\n' | '\r')).parse(i)
}

/// `(answering a question)`, `(Richmond (Yorks))`: one level of nesting and no more, so a
/// run of parentheses cannot make it deep.
fn aside(i: &str) -> IResult<&str, &str> {
    let inner = recognize(delimited(ch('('), opt(paren_text), ch(')')));
    let square = recognize(delimited(
        ch('['),
        take_till(|c| matches!(c, '[' | ']' | '\n' | '\r')),
        ch(']'),
    ));
    alt((
        recognize(delimited(
            ch('('),
            many0_count(alt((paren_text, inner))),
            ch(')'),
        )),
        square,
    ))
    .parse(i)
}

fn token(i: &str) -> IResult<&str, Token<'_>> {
    if let Ok((rest, w)) = word(i) {
        return Ok((rest, Token::Word(w)));
    }
    let (rest, g) = aside(i)?;
    Ok((rest, Token::Gloss(g)))
}

/// The syntax of a colon label; whether the words make a name is [`shape`]'s to say.
///
/// ```text
/// candidate ::= word (gap token)* (gap? aside)? gap? emphasis? ':' emphasis?
///                                         -- `gap ':'`: French, `M. Dupont : Merci.`
/// token     ::= word | aside ','?
/// word      ::= (char - space - ':' - '(' - ')' - '[' - ']' - '*')+
/// emphasis  ::= '**'
/// aside     ::= '(' (text | '(' text? ')')* ')' | '[' (char - '[' - ']' - line break)* ']'
/// text      ::= (char - '(' - ')' - line break)+
/// ```
///
/// A parenthetical after the last word is the label's aside; one between words belongs to
/// the name. More than [`MAX_WORDS`] tokens fail. Returns the tokens, the aside and what
/// follows the colon.
fn candidate(i: &str) -> Option<(Tokens<'_>, Option<&str>, &str)> {
    let (mut tokens, rest) = tokens(i)?;
    let (rest, glued) = opt(aside).parse(rest).ok()?;
    let (rest, _) = (opt(gap), opt(emphasis), tag(":"), opt(emphasis))
        .parse(rest)
        .ok()?;
    let aside = peel_asides(i, &mut tokens, glued);
    Some((tokens, aside, rest))
}

/// Takes the parentheticals that end `tokens` off them: they are the aside, not part of the
/// name (`(Northbridge) (Lab)` in `Jane Whitfield (Northbridge) (Lab):`), with `glued`, one
/// read after the words, if any. Returns the aside, a slice of `i`.
fn peel_asides<'a>(i: &'a str, tokens: &mut Tokens<'a>, glued: Option<&'a str>) -> Option<&'a str> {
    let mut aside = glued.map(|g| {
        let start = offset_of(i, g);
        (start, start + g.len())
    });
    while let Some(Token::Gloss(g)) = tokens.last() {
        let start = offset_of(i, g);
        aside = Some((start, aside.map_or(start + g.len(), |(_, end)| end)));
        tokens.len -= 1;
        tokens.glosses &= !(1 << tokens.len);
    }
    aside.and_then(|(a, b)| i.get(a..b))
}

/// The label whose words are the whole of `head` (a parenthetical at its end the aside),
/// with its punctuation at `punct`, for labels that end otherwise than with a colon
/// (`Anna Lind (PPE). –`): the colon label's words and shape.
pub(super) fn head_label(head: &str, punct: (usize, usize)) -> Option<LabelMatch> {
    let (mut tokens, rest) = tokens(head)?;
    let (rest, glued) = opt(aside).parse(rest).ok()?;
    if !rest.trim_end_matches(super::is_gap).is_empty() {
        return None;
    }
    let aside = peel_asides(head, &mut tokens, glued);
    label_of(head, &tokens, aside, punct)
}

/// The label that `tokens` (the name's words) and `aside`, slices of `whole`, make with
/// their punctuation at `punct`: the name runs from the start to its last word's end, must
/// not be a field's (`Note`) and must have a speaker's [`shape`].
#[inline]
fn label_of(
    whole: &str,
    tokens: &Tokens<'_>,
    aside: Option<&str>,
    punct: (usize, usize),
) -> Option<LabelMatch> {
    let last = tokens.last()?.text();
    let name_end = offset_of(whole, last) + last.len();
    let name = whole.get(..name_end)?;
    if words::not_speaker(Lower::new(name).as_bytes()) {
        return None;
    }
    let style = shape(tokens, name)?;
    let aside = aside.map(|a| {
        let start = offset_of(whole, a);
        (start, start + a.len())
    });
    LabelMatch::new((0, name_end), aside, punct, style)
}

/// `word (gap token)*` at the start of `i`: the tokens and what follows them.
pub(super) fn tokens(i: &str) -> Option<(Tokens<'_>, &str)> {
    let (mut rest, first) = word(i).ok()?;
    let mut tokens = Tokens {
        window: i,
        spans: [(0, 0); MAX_WORDS],
        glosses: 0,
        len: 0,
    };
    tokens.push(Token::Word(first));
    while let Ok((r, (_, t))) = (gap, token).parse(rest) {
        if !tokens.push(t) {
            return None;
        }
        rest = r;
        // A comma glued to a parenthetical is a token of its own: `LEE (D), MAINE`.
        if let (Token::Gloss(_), Some(comma)) = (t, rest.get(..1).filter(|c| *c == ",")) {
            if !tokens.push(Token::Word(comma)) {
                return None;
            }
            rest = rest.get(1..).unwrap_or_default();
        }
    }
    Some((tokens, rest))
}

/// Whether the whole of `head` names a speaker as a colon label's words would (`Dana
/// Reyes`, `Speaker 2`, `MS. SMITH`), for labels that end otherwise than with a colon; the
/// label's style if so. A parenthetical at the end is not taken: it would be an aside.
pub(super) fn bare_name(head: &str) -> Option<LabelStyle> {
    if head.len() > WINDOW {
        return None;
    }
    let (tokens, rest) = tokens(head)?;
    if !rest.is_empty()
        || matches!(tokens.last(), Some(Token::Gloss(_)))
        || words::not_speaker(Lower::new(head).as_bytes())
    {
        return None;
    }
    shape(&tokens, head)
}

/// The colon that may end a label: the first one outside parentheses and brackets, so that
/// a timestamp in an aside (`Speaker 2 (00:04):`, `Ana [00:01:02]:`) does not end the name
/// early. `None` when the window has none, or when a bracket is left open before one. The
/// same brackets as [`aside`]'s, so the colon found here is the one [`candidate`] reaches
/// (and [`colon_label_at`] checks that it is). `first` is the offset of the first colon in
/// the text the window starts, when the caller knows it (`Some(None)`: it has none).
///
/// ```text
/// head ::= ((char - ':' - bracket) | '(' ... ')' | '[' ... ']')* ':'
/// ```
#[inline]
fn label_colon(window: &[u8], first: Option<Option<usize>>) -> Option<usize> {
    // Most paragraphs have no colon, and most labels no bracket before theirs.
    let first = match first {
        Some(known) => known.filter(|&c| c < window.len())?,
        None => memchr::memchr(b':', window)?,
    };
    if memchr::memchr2(b'(', b'[', window.get(..first)?).is_none() {
        return Some(first);
    }
    let mut depth = 0usize;
    for (i, &b) in window.iter().enumerate() {
        match b {
            b':' if depth == 0 => return Some(i),
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// [`colon_label_at`] for a caller that does not know where the colon is.
#[cfg(test)]
pub(crate) fn colon_label(s: &str) -> Option<LabelMatch> {
    colon_label_at(s, None, &mut Recent::default())
}

/// Recognises a colon label at the start of `s` (the start of a paragraph). See
/// [`candidate`] for the syntax and [`shape`] for what the words must make. `first_colon`
/// is where the first colon in `s` is when the caller knows it (`Some(None)`: `s` has
/// none): the line scan finds it with the line's end. What the words make is kept in
/// `recent` and reused when the same label comes back.
#[inline]
pub(crate) fn colon_label_at<'t>(
    s: &'t str,
    first_colon: Option<Option<usize>>,
    recent: &mut Recent<'t>,
) -> Option<LabelMatch> {
    let window = clip(s, WINDOW);
    // Most paragraphs have no colon near their start: a byte search rules them out before
    // any word is read. The label's colon is the first one (words hold no colon).
    let colon = label_colon(window.as_bytes(), first_colon)?;
    // Emphasis markup may close the label on either side of its colon; it is part of the
    // label's punctuation.
    let marked = |at: usize| window.get(at..at + 2) == Some("**");
    let punct_start = if colon >= 2 && marked(colon - 2) {
        colon - 2
    } else {
        colon
    };
    let punct_end = if marked(colon + 1) {
        colon + 3
    } else {
        colon + 1
    };
    let head = window.get(..punct_start)?;
    // More than MAX_WORDS spaces need more than MAX_WORDS bytes: most heads are too short
    // to need counting.
    if !first_char(head).is_some_and(char::is_alphabetic)
        || (head.len() > MAX_WORDS
            && memchr::memchr_iter(b' ', head.as_bytes()).count() > MAX_WORDS)
    {
        return None;
    }
    // The speech starts after the colon: a space, the end, or a quotation mark; and it does
    // not start in lower case (`... Mr Mutko: first, ...` is a lead-in, not a label).
    let after = window.get(punct_end..)?;
    if let Some(c) = first_char(after) {
        if !(is_space(c) || crate::lexical::is_mark(c)) {
            return None;
        }
    }
    let speech = super::skip_spaces(after);
    if first_char(speech).is_some_and(char::is_lowercase) {
        return None;
    }
    // What follows depends on the label's bytes alone, up to its punctuation's end: a parse
    // that reads past them (a bracket opened before the colon and closed after it) ends
    // elsewhere and fails whatever it read.
    let key = window.get(..punct_end)?;
    let m = recent.label(key, || label_words(window, punct_start, punct_end))?;
    // A time after the colon (`Ana Reyes: (00:01)`) differs from line to line: it is read
    // after the memory of labels, not kept in it.
    Some(m.with_time_after(after))
}

/// The words of the colon label in `window` whose punctuation is at `punct_start..punct_end`:
/// the grammar ([`candidate`]) and the shape ([`shape`]).
fn label_words(window: &str, punct_start: usize, punct_end: usize) -> Option<LabelMatch> {
    let (tokens, aside, rest) = candidate(window)?;
    // The grammar stops at the same colon (its parentheses are `label_colon`'s); a label
    // whose pieces disagree is no label.
    if offset_of(window, rest) != punct_end {
        return None;
    }
    label_of(window, &tokens, aside, (punct_start, punct_end))
}

#[cfg(test)]
#[path = "colon_tests.rs"]
mod tests;
