//! List markers: numbered, lettered, bulleted and parenthesised items.
//!
//! ```text
//! marker ::= bullet | '(' label ')' gap | label ('.)' | '.' | ')') gap
//! bullet ::= ('•' | '⁃' | '◦' | '▪' | '‣') gap?  |  ('-' | '*' | '–' | '·') gap
//! label  ::= digit{1,3} | roman | letter
//! roman  ::= [ivx]{2,4}                       (`ii` … `xii`; a lone `i`, `v`, `x` is a letter)
//! gap    ::= ' ' | '\t' | U+00A0
//! ```
//!
//! A marker opens a sentence; the marker that would open the next item of the same list (its
//! [successor](Marker::successor)) is looked for so that items split even when they carry no
//! final punctuation (`1) First 2) Second`).

use super::scan::is_bullet;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char as ch, satisfy};
use nom::combinator::{map_opt, opt, value};
use nom::sequence::delimited;
use nom::{IResult, Parser};

/// What a marker counts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Label {
    Number(u16),
    /// A lower-case letter (ASCII).
    Lower(u8),
    /// An upper-case letter (ASCII).
    Upper(u8),
    /// A lower-case roman numeral of two letters or more, by value.
    Roman(u8),
    Bullet(char),
}

/// The punctuation around a marker's label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Style {
    /// `1.`
    Dot,
    /// `1.)`
    DotParen,
    /// `1)`
    Paren,
    /// `(1)`
    Parens,
    /// `•`
    Bullet,
}

/// A list marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Marker {
    pub label: Label,
    pub style: Style,
}

/// Whether a marker may start at byte `k` (a cheap test before the grammar runs; it runs
/// at every sentence's start).
#[inline(always)]
pub(super) fn may_start(bytes: &[u8], k: usize) -> bool {
    let Some(&b) = bytes.get(k) else {
        return false;
    };
    // Most sentences open with a letter followed by another: no marker. `A.`, `b)` and the
    // roman `ii.`, `iv)`, `vi.`, `xi)` may be.
    if b.is_ascii_alphabetic() {
        return match bytes.get(k + 1) {
            Some(b'.' | b')') => true,
            Some(b'i' | b'v' | b'x') => matches!(b, b'i' | b'v' | b'x'),
            _ => false,
        };
    }
    match b {
        b'0'..=b'9' | b'(' | b'-' | b'*' => true,
        // `·` is C2 B7.
        0xC2 => bytes.get(k + 1) == Some(&0xB7),
        // `•` `‣` `–` (E2 80 xx), `⁃` (E2 81 83), `▪` (E2 96 AA), `◦` (E2 97 A6); not the
        // quotation marks and dashes that open many sentences.
        0xE2 => matches!(
            (bytes.get(k + 1), bytes.get(k + 2)),
            (Some(0x80), Some(0xA2 | 0xA3 | 0x93))
                | (Some(0x81), Some(0x83))
                | (Some(0x96), Some(0xAA))
                | (Some(0x97), Some(0xA6))
        ),
        _ => false,
    }
}

/// The marker at the start of `s` and its length in bytes (its gap included).
pub(super) fn marker(s: &str) -> Option<(Marker, usize)> {
    let (rest, m) = alt((enumerated, bullet)).parse(s).ok()?;
    Some((m, s.len() - rest.len()))
}

/// Whether `lead` is a marker and nothing else but white space (`• `, `⁃`, `(a) `).
pub(super) fn is_marker(lead: &str) -> bool {
    marker(lead).is_some_and(|(_, len)| lead.get(len..).is_some_and(|r| r.trim().is_empty()))
}

fn gap(i: &str) -> IResult<&str, char> {
    satisfy(|c| matches!(c, ' ' | '\t' | '\u{a0}')).parse(i)
}

fn bullet(i: &str) -> IResult<&str, Marker> {
    let mark = |c| Marker {
        label: Label::Bullet(c),
        style: Style::Bullet,
    };
    alt((
        (satisfy(is_bullet), opt(gap)).map(move |(c, _)| mark(c)),
        (satisfy(|c| matches!(c, '-' | '*' | '–' | '·')), gap).map(move |(c, _)| mark(c)),
    ))
    .parse(i)
}

fn enumerated(i: &str) -> IResult<&str, Marker> {
    let punct = alt((
        value(Style::DotParen, tag(".)")),
        value(Style::Dot, tag(".")),
        value(Style::Paren, tag(")")),
    ));
    alt((
        (delimited(ch('('), label, ch(')')), gap).map(|(label, _)| Marker {
            label,
            style: Style::Parens,
        }),
        (label, punct, gap).map(|(label, style, _)| Marker { label, style }),
    ))
    .parse(i)
}

fn label(i: &str) -> IResult<&str, Label> {
    alt((
        map_opt(
            take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
            |d: &str| d.parse().ok().map(Label::Number),
        ),
        map_opt(
            take_while_m_n(2, 4, |c| matches!(c, 'i' | 'v' | 'x')),
            |r: &str| roman(r).map(Label::Roman),
        ),
        satisfy(|c: char| c.is_ascii_alphabetic()).map(|c| {
            // ASCII, so the cast keeps the whole character.
            let b = c as u8;
            if b.is_ascii_lowercase() {
                Label::Lower(b)
            } else {
                Label::Upper(b)
            }
        }),
    ))
    .parse(i)
}

/// Lower-case roman numerals from one to twelve, by value.
const ROMAN: [&str; 12] = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
];

fn roman(r: &str) -> Option<u8> {
    let n = ROMAN.iter().position(|&x| x == r)?;
    u8::try_from(n + 1).ok()
}

impl Marker {
    /// The marker the next item of the same list opens with. `met` is the expectation this
    /// marker met, which tells the letter `i` (after `h`) from the roman one (opening a list).
    /// Capital letters have none: `A. B. Mensah` is a name, not two items.
    pub(super) fn successor(self, met: Option<Marker>) -> Option<Marker> {
        let label = match (self.label, met.map(|m| m.label)) {
            (Label::Lower(c), Some(Label::Roman(n))) if roman_letter(c) == Some(n) => {
                Label::Roman(n + 1)
            }
            (Label::Lower(b'i'), Some(Label::Lower(b'i'))) => Label::Lower(b'j'),
            (Label::Lower(b'i'), _) => Label::Roman(2),
            (Label::Number(n), _) => Label::Number(n.checked_add(1)?),
            (Label::Lower(c), _) if c < b'z' => Label::Lower(c + 1),
            (Label::Roman(n), _) if n < 12 => Label::Roman(n + 1),
            (Label::Bullet(c), _) if matches!(c, '•' | '⁃') => Label::Bullet(c),
            _ => return None,
        };
        Some(Marker {
            label,
            style: self.style,
        })
    }

    /// Whether this marker is `expected`.
    pub(super) fn continues(self, expected: Marker) -> bool {
        self.style == expected.style
            && match (self.label, expected.label) {
                (Label::Lower(c), Label::Roman(n)) => roman_letter(c) == Some(n),
                (a, b) => a == b,
            }
    }

    /// Whether this marker opens a list after a colon (`Steps: 1. ...`, `a. ...`, `i. ...`).
    pub(super) fn opens_list(self) -> bool {
        matches!(self.label, Label::Number(1) | Label::Lower(b'a' | b'i'))
    }

    /// Whether this marker opens an item wherever it starts a line: bullets and parentheses
    /// (`- `, `• `, `(a) `, `2) `). A number or a letter with a full stop may also end a
    /// sentence that was wrapped (`rose to` / `12. Then`), so it needs a list around it.
    pub(super) fn always_at_line_start(self) -> bool {
        !matches!(self.style, Style::Dot | Style::DotParen)
    }

    /// Whether the next item is found by its `)` or its bullet rather than by a full stop.
    pub(super) fn needs_finder(self) -> bool {
        !matches!(self.style, Style::Dot | Style::DotParen)
    }
}

/// The value of a one-letter roman numeral.
fn roman_letter(c: u8) -> Option<u8> {
    match c {
        b'i' => Some(1),
        b'v' => Some(5),
        b'x' => Some(10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Option<Marker> {
        marker(s).map(|(m, _)| m)
    }

    #[test]
    fn grammar() {
        let num = |n, style| {
            Some(Marker {
                label: Label::Number(n),
                style,
            })
        };
        assert_eq!(m("1. Plan"), num(1, Style::Dot));
        assert_eq!(m("12) Plan"), num(12, Style::Paren));
        assert_eq!(m("3.) Plan"), num(3, Style::DotParen));
        assert_eq!(m("(4) Plan"), num(4, Style::Parens));
        assert_eq!(m("1234. Plan"), None);
        assert_eq!(m("1.5 Plan"), None);
        assert_eq!(m("1."), None);
        let low = m("b) plan").map(|x| x.label);
        assert_eq!(low, Some(Label::Lower(b'b')));
        assert_eq!(m("(iv) plan").map(|x| x.label), Some(Label::Roman(4)));
        assert_eq!(m("ivy. plan"), None);
        assert_eq!(m("•plan").map(|x| x.label), Some(Label::Bullet('•')));
        assert_eq!(m("⁃9. plan").map(|x| x.label), Some(Label::Bullet('⁃')));
        assert_eq!(m("- plan").map(|x| x.label), Some(Label::Bullet('-')));
        assert_eq!(m("-5%"), None);
        assert_eq!(m("The plan"), None);
        assert_eq!(marker("(a)\u{a0}x").map(|(_, n)| n), Some(5));
        assert!(is_marker("• "));
        assert!(!is_marker("• x"));
    }

    #[test]
    fn successors() {
        let dot = |label| Marker {
            label,
            style: Style::Dot,
        };
        let next = |label, met| dot(label).successor(met).map(|x| x.label);
        assert_eq!(next(Label::Number(1), None), Some(Label::Number(2)));
        assert_eq!(next(Label::Lower(b'a'), None), Some(Label::Lower(b'b')));
        assert_eq!(next(Label::Lower(b'i'), None), Some(Label::Roman(2)));
        let after_h = Some(dot(Label::Lower(b'i')));
        assert_eq!(next(Label::Lower(b'i'), after_h), Some(Label::Lower(b'j')));
        let fifth = Some(dot(Label::Roman(5)));
        assert_eq!(next(Label::Lower(b'v'), fifth), Some(Label::Roman(6)));
        assert_eq!(next(Label::Upper(b'A'), None), None);
        assert!(dot(Label::Lower(b'v')).continues(dot(Label::Roman(5))));
        assert!(!dot(Label::Number(2)).continues(Marker {
            label: Label::Number(2),
            style: Style::Paren
        }));
    }
}
