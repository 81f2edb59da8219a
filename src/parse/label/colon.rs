//! Colon labels: `Putin:`, `Prime Minister Sharif:`, `Q:`, `MS. SMITH:`,
//! `Vladimir Putin (answering a question):`, `Question from the hall:`.
//!
//! Two steps. The syntax (a nom grammar) cuts the candidate into words and parentheticals up
//! to the colon; the shape (a single pass over those tokens) decides whether they make a
//! name, a title and a name, a name and a role, or a generic label, rather than the start of
//! a sentence that happens to have a colon in it.

use super::recent::Recent;
use super::words::{self, Lower};
use super::{
    LabelMatch, MAX_WORDS, WINDOW, clip, emphasis, first_char, gap, is_capitalised, offset_of,
};
use crate::ast::LabelStyle;
use crate::lexical::is_space;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_till, take_till1, take_while1};
use nom::character::complete::char as ch;
use nom::combinator::{opt, recognize};
use nom::multi::many0_count;
use nom::sequence::delimited;
use nom::{IResult, Parser};

/// Most lower-case words (other than connectors) a title may have: `election campaign`.
const MAX_LOWER_WORDS: usize = 3;

/// The longest parenthetical that may stand inside a name, in bytes: `(FISU)`,
/// `(Rosatom)`. A longer one is a remark, not part of a title.
const MAX_GLOSS: usize = 48;

/// One piece of a candidate: a word, or a parenthetical between words (`(FISU)` in
/// `International University Sports Federation (FISU) President Oleg Matytsin:`).
#[derive(Clone, Copy)]
enum Token<'a> {
    Word(&'a str),
    Gloss(&'a str),
}

impl<'a> Token<'a> {
    fn text(self) -> &'a str {
        match self {
            Token::Word(w) | Token::Gloss(w) => w,
        }
    }
}

/// The tokens of a candidate, kept on the stack as byte ranges into the window (which is at
/// most [`WINDOW`] bytes, so `u16` holds them): a label has at most [`MAX_WORDS`], and the
/// small array keeps setting it up cheap.
struct Tokens<'a> {
    window: &'a str,
    spans: [(u16, u16); MAX_WORDS],
    /// Bit `i` is set when token `i` is a parenthetical.
    glosses: u32,
    len: usize,
}

impl<'a> Tokens<'a> {
    fn get(&self, i: usize) -> Option<Token<'a>> {
        let &(a, b) = self.spans.get(..self.len)?.get(i)?;
        let text = self.window.get(usize::from(a)..usize::from(b))?;
        Some(if self.glosses & (1 << i) != 0 {
            Token::Gloss(text)
        } else {
            Token::Word(text)
        })
    }

    fn iter(&self) -> impl Iterator<Item = Token<'a>> + '_ {
        (0..self.len).filter_map(|i| self.get(i))
    }

    fn last(&self) -> Option<Token<'a>> {
        self.get(self.len.checked_sub(1)?)
    }

    fn push(&mut self, t: Token<'a>) -> bool {
        let text = t.text();
        let start = super::offset_of(self.window, text);
        let (Ok(a), Ok(b)) = (u16::try_from(start), u16::try_from(start + text.len())) else {
            return false;
        };
        let Some(slot) = self.spans.get_mut(self.len) else {
            return false;
        };
        *slot = (a, b);
        if matches!(t, Token::Gloss(_)) {
            self.glosses |= 1 << self.len;
        }
        self.len += 1;
        true
    }
}

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
/// token     ::= word | aside
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
    // The parentheticals that end the tokens are the aside, not part of the name:
    // `(Northbridge) (Lab)` in `Jane Whitfield (Northbridge) (Lab):`.
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
    let aside = aside.and_then(|(a, b)| i.get(a..b));
    Some((tokens, aside, rest))
}

/// `word (gap token)*` at the start of `i`: the tokens and what follows them.
fn tokens(i: &str) -> Option<(Tokens<'_>, &str)> {
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

/// What each word of a candidate may be.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Part of a name or title: capitalised, initials, a dash, a name-like parenthetical.
    Name,
    /// A lower-case connector inside a title or name: `of`, `the`, `von`.
    Connector,
    /// Another lower-case word of a title: `faction`, `plenary session`.
    Lower,
    /// Anything else: the candidate is not a label.
    Bad,
}

/// A word with full stops is an abbreviation or initials (`Mr.`, `MS.`, `J.`, `U.S.`: every
/// piece between the stops is short), or initials glued to a surname (`V.Putin`,
/// `V.V.Putin`: every piece but the last is one capital).
fn stops_ok(w: &str) -> bool {
    if !w.contains('.') || w.split('.').all(|piece| piece.chars().count() <= 3) {
        return true;
    }
    let mut pieces = w.split('.');
    let last = pieces.next_back().unwrap_or("");
    is_capitalised(last)
        && pieces.all(|p| {
            let mut cs = p.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
        })
}

/// A lower-case particle joined to a capitalised name: `al-Assad`, `el-Sisi`, `d’Estaing`.
fn particle_name(w: &str) -> bool {
    let joint = w.find(['-', '’', '\'']);
    joint.is_some_and(|j| {
        (1..=3).contains(&j)
            && w.get(..j)
                .is_some_and(|p| p.chars().all(char::is_lowercase))
            && w.get(j..)
                .and_then(|r| r.chars().nth(1))
                .is_some_and(char::is_uppercase)
    })
}

fn name_word(w: &str) -> bool {
    // `–`, `—`, `-`, `&`, matched on their bytes.
    if matches!(
        w.as_bytes(),
        [b'-' | b'&'] | [0xE2, 0x80, 0x93] | [0xE2, 0x80, 0x94]
    ) {
        return true;
    }
    // A bracketed gloss inside a title: `Delovaya Rossiya [Business Russia]`. (Most words
    // have no bracket, and two bytes say so.)
    let w = match w.as_bytes() {
        [b'[', ..] | [.., b']'] => w.trim_start_matches('[').trim_end_matches(']'),
        _ => w,
    };
    // One pass over the bytes of an ASCII word; other words are decoded.
    let mut stops = false;
    let mut ascii = true;
    for &b in w.as_bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'\'' | b'-' | b'&' => {}
            b'.' => stops = true,
            0x80.. => {
                ascii = false;
                break;
            }
            _ => return false,
        }
    }
    if !ascii {
        let letters_ok = w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '‐' | '.' | '&'));
        if !letters_ok {
            return false;
        }
        stops = w.contains('.');
    }
    (is_capitalised(w) || w.is_empty() || particle_name(w)) && (!stops || stops_ok(w))
}

fn lower_word(w: &str) -> bool {
    w.chars()
        .all(|c| c.is_lowercase() || matches!(c, '-' | '’' | '\''))
}

/// A parenthetical inside a name holds a few name words: `(FISU)`, `(Business Russia)`.
fn gloss_ok(g: &str) -> bool {
    let inner = g.get(1..g.len().saturating_sub(1)).unwrap_or("");
    g.len() <= MAX_GLOSS
        && !inner.is_empty()
        && inner
            .split(is_space)
            .filter(|w| !w.is_empty())
            .all(|w| name_word(w) || words::connector(w))
}

fn class(t: Token<'_>) -> Class {
    let w = match t {
        Token::Gloss(g) => return if gloss_ok(g) { Class::Name } else { Class::Bad },
        Token::Word(w) => w.strip_suffix(',').unwrap_or(w),
    };
    // Every connector is in lower case: a capital first letter skips the list.
    let capital = w.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    if w.is_empty() {
        Class::Bad
    } else if !capital && words::connector(w) {
        Class::Connector
    } else if name_word(w) {
        Class::Name
    } else if lower_word(w) && !words::never_inside(w) {
        Class::Lower
    } else {
        Class::Bad
    }
}

/// Whether the tokens make a label, and of which style. One pass over the tokens.
///
/// ```text
/// shape     ::= generic | generic numbering | generic '_' numbering
///             | generic qualifier tail | person
/// qualifier ::= "from" | "to" | "for" | "by" | "of" | "in" | "at" | "on"
/// person    ::= title* name                  -- a lower-case title word needs a full name
///                                            -- (two words or more) after it
///             | name ',' role                -- name: two capitalised words or more
///             | word? word? role-noun        -- `Female voice`, `Audience member`
/// ```
///
/// No word may be a pronoun, an auxiliary or a common verb, and the first may not be a
/// conjunction, a preposition, a salutation or a vocative; a single word may not be an
/// enumeration (`First:`, `Finally:`).
fn shape(tokens: &Tokens<'_>, name: &str) -> Option<LabelStyle> {
    let n = tokens.len;
    let first = tokens.get(0)?;
    let first_text = first.text();
    let first_lower = Lower::new(first_text);
    let first_lower = first_lower.as_bytes();
    if n == 1 {
        if words::generic(first_lower) {
            return Some(LabelStyle::Generic);
        }
        // A speech recogniser's diarised speaker: `SPEAKER_00`, `Speaker_1`.
        if let Some((head, number)) = first_text.split_once('_') {
            if words::generic(Lower::new(head).as_bytes()) && numbering(number) {
                return Some(LabelStyle::Generic);
            }
        }
        if words::enumeration(first_lower) || words::never_first(first_lower) {
            return None;
        }
    } else if words::generic(first_lower)
        && n == 2
        && matches!(tokens.get(1), Some(Token::Word(w)) if numbering(w))
    {
        // `Speaker 2:`, `Participant B:`.
        return Some(LabelStyle::Generic);
    } else if words::generic(first_lower)
        && (3..=6).contains(&n)
        && matches!(tokens.get(1), Some(Token::Word(w)) if words::qualifier(w))
        && tokens.iter().skip(1).all(|t| class(t) != Class::Bad)
    {
        // `Question from Izhevsk`, `Response from the hall`.
        return Some(LabelStyle::Generic);
    }
    if words::never_first(first_lower) || (first_lower == b"a" && n > 1) {
        return None;
    }

    let mut lower = 0;
    let mut last_lower = None;
    let mut capitals = 0;
    // Where the first comma stands, and how many capitalised words come before it.
    let mut comma: Option<(usize, usize)> = None;
    for (i, t) in tokens.iter().enumerate() {
        match class(t) {
            Class::Name => capitals += 1,
            Class::Connector => {}
            Class::Lower => {
                lower += 1;
                if lower > MAX_LOWER_WORDS {
                    return None;
                }
                last_lower = Some(i);
            }
            Class::Bad => return None,
        }
        if comma.is_none() && t.text().ends_with(',') {
            comma = Some((i, if last_lower.is_some() { 0 } else { capitals }));
        }
    }
    let last = tokens.last()?.text();
    if last.ends_with(',') || words::connector(last) {
        return None;
    }
    if is_capitalised(last) || particle_name(last) {
        // A lower-case title word needs a full name after it: `... faction Gennady
        // Zyuganov`, not `The meeting with Putin`.
        return last_lower.is_none_or(|l| n - l > 2).then(|| style_of(name));
    }
    // A name and a role: `Dmitry Guberniyev, ceremony moderator`.
    if comma.is_some_and(|(at, caps)| at + 1 < n && caps >= 2) {
        return Some(LabelStyle::Name);
    }
    // A short role: `Female voice`, `Audience member`.
    let role =
        n <= 3 && first_lower != b"the" && is_capitalised(first_text) && words::role_noun(last);
    role.then_some(LabelStyle::Generic)
}

/// The number or letter after a generic label: `2` in `Speaker 2`, `B` in `Participant B`.
fn numbering(w: &str) -> bool {
    let b = w.as_bytes();
    (1..=3).contains(&b.len()) && b.iter().all(u8::is_ascii_digit)
        || matches!(b, [c] if c.is_ascii_uppercase())
}

fn style_of(name: &str) -> LabelStyle {
    if words::generic(Lower::new(name).as_bytes()) {
        LabelStyle::Generic
    } else if name.bytes().any(|b| b.is_ascii_lowercase()) {
        // Most names: no need to decode them to know they are not in capitals.
        LabelStyle::Name
    } else if name.is_ascii() {
        // No lower-case letter: in capitals if it has two letters or more.
        if name
            .bytes()
            .filter(u8::is_ascii_alphabetic)
            .nth(1)
            .is_some()
        {
            LabelStyle::Upper
        } else {
            LabelStyle::Name
        }
    } else if name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !name.chars().any(char::is_lowercase)
    {
        LabelStyle::Upper
    } else {
        LabelStyle::Name
    }
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
    recent.label(key, || label_words(window, punct_start, punct_end))
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
    let last = tokens.last()?.text();
    let name_end = offset_of(window, last) + last.len();
    let name = window.get(..name_end)?;
    if words::not_speaker(Lower::new(name).as_bytes()) {
        return None;
    }
    let style = shape(&tokens, name)?;
    let aside = aside.map(|a| {
        let start = offset_of(window, a);
        (start, start + a.len())
    });
    LabelMatch::new((0, name_end), aside, (punct_start, punct_end), style)
}

#[cfg(test)]
#[path = "colon_tests.rs"]
mod tests;
