//! The shape of a colon label's words: whether the tokens the syntax cut (see `colon`) make
//! a name, a title and a name, a name and a role, or a generic label, rather than the start
//! of a sentence that happens to have a colon in it. One pass over the tokens, each word told
//! by its class.

use super::words::{self, Lower};
use super::{MAX_WORDS, is_capitalised};
use crate::ast::LabelStyle;
use crate::lexical::is_space;

/// One piece of a candidate: a word, or a parenthetical between words (`(FISU)` in
/// `International University Sports Federation (FISU) President Oleg Matytsin:`).
#[derive(Clone, Copy)]
pub(super) enum Token<'a> {
    Word(&'a str),
    Gloss(&'a str),
}

impl<'a> Token<'a> {
    pub(super) fn text(self) -> &'a str {
        match self {
            Token::Word(w) | Token::Gloss(w) => w,
        }
    }
}

/// The tokens of a candidate, kept on the stack as byte ranges into the window (which is at
/// most [`WINDOW`](super::WINDOW) bytes, so `u16` holds them): a label has at most [`MAX_WORDS`], and the
/// small array keeps setting it up cheap.
pub(super) struct Tokens<'a> {
    pub(super) window: &'a str,
    pub(super) spans: [(u16, u16); MAX_WORDS],
    /// Bit `i` is set when token `i` is a parenthetical.
    pub(super) glosses: u32,
    pub(super) len: usize,
}

impl<'a> Tokens<'a> {
    pub(super) fn get(&self, i: usize) -> Option<Token<'a>> {
        let &(a, b) = self.spans.get(..self.len)?.get(i)?;
        let text = self.window.get(usize::from(a)..usize::from(b))?;
        Some(if self.glosses & (1 << i) != 0 {
            Token::Gloss(text)
        } else {
            Token::Word(text)
        })
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = Token<'a>> + '_ {
        (0..self.len).filter_map(|i| self.get(i))
    }

    pub(super) fn last(&self) -> Option<Token<'a>> {
        self.get(self.len.checked_sub(1)?)
    }

    pub(super) fn push(&mut self, t: Token<'a>) -> bool {
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

/// Most lower-case words (other than connectors) a title may have: `election campaign`.
const MAX_LOWER_WORDS: usize = 3;

/// The longest parenthetical that may stand inside a name, in bytes: `(FISU)`,
/// `(Rosatom)`. A longer one is a remark, not part of a title.
const MAX_GLOSS: usize = 48;

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
/// piece between the stops is short; `Prof.`, `Capt.`: a title's abbreviation), or initials
/// glued to a surname (`V.Putin`, `V.V.Putin`: every piece but the last is one capital).
fn stops_ok(w: &str) -> bool {
    if !w.contains('.') || w.split('.').all(|piece| piece.chars().count() <= 3) {
        return true;
    }
    if w.strip_suffix('.').is_some_and(words::title_abbreviation) {
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
        // A comma after a parenthetical: `GOV. ANN LEE (D), MAINE`.
        Token::Word(",") => return Class::Connector,
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
pub(super) fn shape(tokens: &Tokens<'_>, name: &str) -> Option<LabelStyle> {
    let n = tokens.len;
    if (2..=3).contains(&n) && words::benches(Lower::new(name).as_bytes()) {
        return Some(LabelStyle::Generic);
    }
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
    // `A` starts a sentence (`A question:`), except as a given name of one letter in a label
    // in capitals with a role after a comma: NPR's `A MARTÍNEZ, HOST:`, `A MARTÍNEZ, BYLINE:`.
    let given_a = first_text == "A"
        && n >= 3
        && matches!(tokens.get(1), Some(Token::Word(w))
            if w.len() > 2 && w.ends_with(',') && !w.chars().any(char::is_lowercase))
        && matches!(tokens.get(2), Some(Token::Word(w)) if words::office(w) || {
            let lower = Lower::new(w);
            std::str::from_utf8(lower.as_bytes())
                .is_ok_and(|w| w == "byline" || words::role_noun(w))
        });
    if words::never_first(first_lower) || (first_lower == b"a" && n > 1 && !given_a) {
        return None;
    }

    let mut lower = 0;
    let mut last_lower = None;
    let mut capitals = 0;
    // Numbers in a label in capitals (`UNIDENTIFIED PERSON #1`, `PRESIDENT, LOCAL 88`); whether
    // the label is in capitals is asked only when one comes.
    let mut numbers = 0;
    let mut upper = None;
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
            // A number counts a person (`PERSON #1`) or stands in a role after a comma
            // (`PRESIDENT, LOCAL 88`); a heading's number does not (`STEP 1`, `CHAPTER 11`).
            Class::Bad
                if capitals > 0
                    && caps_number(t.text())
                    && (t.text().starts_with('#') || comma.is_some())
                    && *upper.get_or_insert_with(|| style_of(name) == LabelStyle::Upper) =>
            {
                numbers += 1;
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
    if numbers > 0 && caps_number(last) {
        return Some(LabelStyle::Upper);
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

/// A number in a label in capitals: `#1`, `88`, `11TH`, with a comma after it or not.
fn caps_number(w: &str) -> bool {
    let w = w.strip_suffix(',').unwrap_or(w);
    let w = w.strip_prefix('#').unwrap_or(w);
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = w.get(digits..).unwrap_or("x");
    (1..=4).contains(&digits) && matches!(suffix, "" | "ST" | "ND" | "RD" | "TH")
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
