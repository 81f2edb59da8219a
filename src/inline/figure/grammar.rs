//! The grammars of a figure's parts, in nom over `&str` (complete input, no allocation): white
//! space and words, numbers in digits, scale words, fractions and numbers in words. The rules
//! (in the other files) run these at a token's offset and map where a grammar stopped back to
//! a token; each grammar ends on a whole word or number, never inside one.

use super::words::{self, Lower};
use crate::ast::{Decimal, Fraction};
use crate::lexical::is_space;
use nom::branch::alt;
use nom::bytes::complete::{take_while_m_n, take_while1};
use nom::character::complete::{char, digit1, satisfy};
use nom::combinator::{not, opt, recognize};
use nom::error::{Error, ErrorKind};
use nom::multi::{many0_count, many1_count};
use nom::{IResult, Parser};

/// What every grammar here returns.
pub(super) type R<'a, T> = IResult<&'a str, T>;

/// A failure at `i`, for grammars written as plain functions.
pub(super) fn fail<T>(i: &str) -> R<'_, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

/// ```text
/// ws ::= space+          -- layout white space, as `lexical::is_space` says
/// ```
pub(super) fn ws(i: &str) -> R<'_, &str> {
    take_while1(is_space).parse(i)
}

/// ```text
/// word ::= letter+       -- a whole word: every letter up to the next non-letter
/// ```
pub(super) fn word(i: &str) -> R<'_, &str> {
    take_while1(char::is_alphabetic).parse(i)
}

/// The key a word is looked up by: ASCII words lowercased, others as written (the tables list
/// `zł`, `kč` in lower case).
pub(super) enum Key<'a> {
    Ascii(Lower<'a>),
    Other(&'a str),
}

impl Key<'_> {
    pub(super) fn as_str(&self) -> &str {
        match self {
            Key::Ascii(l) => l.as_str(),
            Key::Other(w) => w,
        }
    }
}

pub(super) fn key(w: &str) -> Key<'_> {
    if w.is_ascii() {
        Key::Ascii(Lower::new(w))
    } else {
        Key::Other(w)
    }
}

/// ```text
/// kw(k) ::= word         -- the word `k`, any case
/// ```
pub(super) fn kw<'a>(k: &'static str) -> impl Fn(&'a str) -> R<'a, &'a str> {
    move |i| match word(i) {
        Ok((r, w)) if w.eq_ignore_ascii_case(k) => Ok((r, w)),
        _ => fail(i),
    }
}

/// ```text
/// looked_up(f) ::= word  -- a word that the table `f` knows (looked up by its key)
/// ```
pub(super) fn looked_up<'a, T>(f: impl Fn(&str) -> Option<T>) -> impl Fn(&'a str) -> R<'a, T> {
    move |i| {
        let (r, w) = word(i)?;
        match f(key(w).as_str()) {
            Some(x) => Ok((r, x)),
            None => fail(i),
        }
    }
}

// ----- numbers in digits ----------------------------------------------------------------------

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}

/// Exactly `n` digits, not followed by another.
fn digits_n<'a>(n: usize) -> impl FnMut(&'a str) -> R<'a, &'a str> {
    move |i| {
        let (r, d) = take_while_m_n(n, n, is_digit).parse(i)?;
        not(satisfy(is_digit)).parse(r)?;
        Ok((r, d))
    }
}

/// The space that may separate groups of three digits: a space, a no-break space, a thin
/// space or a narrow no-break space.
fn group_space(i: &str) -> R<'_, char> {
    satisfy(|c| matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')).parse(i)
}

/// ```text
/// western ::= d{1,3} (',' ddd)+                   -- 1,300,000
/// ```
fn western(i: &str) -> R<'_, &str> {
    recognize((
        take_while_m_n(1, 3, is_digit),
        many1_count((char(','), digits_n(3))),
    ))
    .parse(i)
}

/// ```text
/// indian ::= d{1,2} (',' dd)* ',' ddd             -- 1,00,000 (a lakh), 10,00,00,000
/// ```
fn indian(i: &str) -> R<'_, &str> {
    recognize((
        take_while_m_n(1, 2, is_digit),
        many0_count((char(','), digits_n(2))),
        char(','),
        digits_n(3),
    ))
    .parse(i)
}

/// ```text
/// spaced ::= d{1,3} (space ddd)+ !(space digit)   -- 1 000 000; not the groups of a phone number
/// ```
pub(super) fn spaced(i: &str) -> R<'_, &str> {
    let (r, s) = recognize((
        take_while_m_n(1, 3, is_digit),
        many1_count((group_space, digits_n(3))),
    ))
    .parse(i)?;
    not((group_space, satisfy(is_digit))).parse(r)?;
    Ok((r, s))
}

/// A number in digits.
#[derive(Clone, Copy, Debug)]
pub(super) struct Num {
    pub val: Decimal,
    /// The value when the number is a plain integer (digits only).
    pub int: Option<u32>,
    /// Its length in bytes.
    pub len: usize,
}

/// ```text
/// number ::= '.' digit+                           -- .5, $.99
///          | (western | indian | spaced | digit+) ('.' digit+)?
/// ```
pub(super) fn number(i: &str) -> R<'_, Num> {
    // The grouped forms need a comma or a space after their first one to three digits: when
    // the character after the leading digits can start neither, only `digit+` can match, and
    // the grouped forms are not tried.
    let lead = i.bytes().take_while(u8::is_ascii_digit).count();
    let grouped = matches!(i.as_bytes().get(lead), Some(b',' | b' ' | 0xC2 | 0xE2));
    let (r, text) = if grouped {
        recognize(alt((
            recognize((char('.'), digit1)),
            recognize((
                alt((western, indian, spaced, digit1)),
                opt((char('.'), digit1)),
            )),
        )))
        .parse(i)?
    } else {
        recognize(alt((
            recognize((char('.'), digit1)),
            recognize((digit1, opt((char('.'), digit1)))),
        )))
        .parse(i)?
    };
    let Some(val) = digits_value(text) else {
        return fail(i);
    };
    let int = if text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    };
    Ok((
        r,
        Num {
            val,
            int,
            len: text.len(),
        },
    ))
}

/// The exact value of digits with group separators and at most one decimal point.
fn digits_value(text: &str) -> Option<Decimal> {
    let mut m: i128 = 0;
    let mut scale = 0u32;
    let mut frac = false;
    for b in text.bytes() {
        match b {
            b'0'..=b'9' => {
                m = m.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
                if frac {
                    scale += 1;
                }
            }
            b'.' => frac = true,
            _ => {}
        }
    }
    (scale <= 30).then(|| Decimal::new(m, scale))
}

// ----- scale words ----------------------------------------------------------------------------

/// A scale word's power of ten, `hundred` included (after digits: `5 hundred`).
fn scale_word(lw: &str) -> Option<u32> {
    if lw == "hundred" {
        Some(2)
    } else {
        words::scale_word(lw)
    }
}

/// ```text
/// scale ::= abbr                                  -- glued: 5bn, 5m people, $5M (one letter: m, k; b, M, B, K in money)
///         | ws? sword (ws sword)*                 -- 1.3 billion, 1.3 thousand million: each larger than the last
///         | hyphen sword (ws sword)*              -- $1.5-billion, C$900‑million (as North American papers write it)
///         | ws abbr2                              -- 12 mn (abbreviations of two letters or more)
/// sword ::= 'hundred' | 'thousand' | 'lakh' 's'? | 'million' | 'crore' 's'? | 'billion' | 'trillion'
/// hyphen ::= '-' | U+2010 | U+2011
/// ```
/// The power of ten it stands for.
pub(super) fn scale(i: &str, money: bool) -> R<'_, u32> {
    let (r, gap) = opt(ws).parse(i)?;
    let (r, hyphen) = match gap {
        Some(_) => (r, None),
        None => opt(satisfy(|c| matches!(c, '-' | '\u{2010}' | '\u{2011}'))).parse(r)?,
    };
    let (r, w) = word(r)?;
    let lw = Lower::new(w);
    let lw = lw.as_str();
    let first = if hyphen.is_some() {
        scale_word(lw).map(|e| (e, true))
    } else if gap.is_some() {
        scale_word(lw).map(|e| (e, true)).or_else(|| {
            words::scale_abbr(w, false)
                .filter(|_| w.len() > 1)
                .map(|e| (e, false))
        })
    } else {
        words::scale_abbr(w, money || matches!(w, "m" | "k"))
            .map(|e| (e, false))
            .or_else(|| scale_word(lw).map(|e| (e, true)))
    };
    let Some((mut exp, chain)) = first else {
        return fail(i);
    };
    let mut rest = r;
    let mut last = exp;
    if !chain {
        return Ok((rest, exp));
    }
    // Only scale words chain (`thousand million`), not abbreviations.
    // Each word is read once: the loop ends at the first that does not rise.
    while let Ok((r2, (_, w2))) = (ws, word).parse(rest) {
        match scale_word(Lower::new(w2).as_str()) {
            Some(e) if e > last => {
                exp += e;
                last = e;
                rest = r2;
            }
            _ => break,
        }
    }
    Ok((rest, exp))
}

// ----- fractions ------------------------------------------------------------------------------

/// A vulgar fraction character and its value.
fn vulgar(c: char) -> Option<(i64, i64)> {
    Some(match c {
        '½' => (1, 2),
        '⅓' => (1, 3),
        '⅔' => (2, 3),
        '¼' => (1, 4),
        '¾' => (3, 4),
        '⅕' => (1, 5),
        '⅖' => (2, 5),
        '⅗' => (3, 5),
        '⅘' => (4, 5),
        '⅙' => (1, 6),
        '⅚' => (5, 6),
        '⅐' => (1, 7),
        '⅛' => (1, 8),
        '⅜' => (3, 8),
        '⅝' => (5, 8),
        '⅞' => (7, 8),
        '⅑' => (1, 9),
        '⅒' => (1, 10),
        _ => return None,
    })
}

/// Whether a character is a vulgar fraction (`½`, `⅓`).
pub(super) fn is_vulgar(c: char) -> bool {
    vulgar(c).is_some()
}

fn small_int(i: &str) -> R<'_, i64> {
    let (r, d) = take_while_m_n(1, 6, is_digit).parse(i)?;
    not(satisfy(is_digit)).parse(r)?;
    match d.parse() {
        Ok(n) => Ok((r, n)),
        Err(_) => fail(i),
    }
}

/// ```text
/// slashed ::= digit+ '/' digit+ !('/' | digit)    -- 1/2, 3/4; a denominator of 2 to 10, 16, 32,
///                                                  -- 64 or 100 above the numerator (not 9/11, 24/7)
/// ```
fn slashed(i: &str) -> R<'_, (i64, i64)> {
    let (r, (n, _, d)) = (small_int, char('/'), small_int).parse(i)?;
    not(alt((char('/'), satisfy(is_digit)))).parse(r)?;
    let d_ok = matches!(d, 2..=10 | 16 | 32 | 64 | 100);
    if n >= 1 && n < d && d_ok {
        Ok((r, (n, d)))
    } else {
        fail(i)
    }
}

/// ```text
/// fraction ::= digit* vulgar                      -- ½, 2½, 1⅓
///            | digit+ space slashed               -- 1 1/2
///            | slashed                            -- 1/2
/// ```
/// The fraction's value, in lowest terms.
pub(super) fn fraction(i: &str) -> R<'_, Fraction> {
    let (r, (whole, (n, d))) = alt((mixed, spaced_mixed, |i| {
        slashed(i).map(|(r, f)| (r, (0, f)))
    }))
    .parse(i)?;
    match whole
        .checked_mul(d)
        .and_then(|w| w.checked_add(n))
        .and_then(|n| Fraction::new(n, d))
    {
        Some(f) => Ok((r, f)),
        None => fail(i),
    }
}

/// `2½`, `½`.
fn mixed(i: &str) -> R<'_, (i64, (i64, i64))> {
    let (r, (whole, c)) = (opt(small_int), satisfy(is_vulgar)).parse(i)?;
    match vulgar(c) {
        Some(v) => Ok((r, (whole.unwrap_or(0), v))),
        None => fail(i),
    }
}

/// `1 1/2`.
fn spaced_mixed(i: &str) -> R<'_, (i64, (i64, i64))> {
    let (r, (whole, _, f)) = (small_int, group_space, slashed).parse(i)?;
    Ok((r, (whole, f)))
}

// ----- numbers in words -----------------------------------------------------------------------

/// ```text
/// word_fraction ::= small '-' fword               -- two-thirds, one-half, three-quarters
/// fword         ::= 'half' | 'thirds' | 'quarters' | 'fifths' | … (singular after 'one')
/// ```
pub(super) fn word_fraction(i: &str) -> R<'_, Fraction> {
    let (r, (n, _, d)) = (
        looked_up(words::small),
        char('-'),
        looked_up(words::fraction_word),
    )
        .parse(i)?;
    match Fraction::new(i64::from(n), i64::from(d)) {
        Some(f) if (1..i64::from(d)).contains(&i64::from(n)) => Ok((r, f)),
        _ => fail(i),
    }
}

/// ```text
/// and_part ::= ws 'and' ws ('a' ws 'half' | 'a' ws 'quarter' | 'three' ws 'quarters')
/// ```
/// The part it adds, as (numerator, denominator): `one and a half` is one and 1/2.
pub(super) fn and_part(i: &str) -> R<'_, (i64, i64)> {
    let (r, _) = (ws, kw("and"), ws).parse(i)?;
    alt((
        |i| (kw("a"), ws, kw("half")).parse(i).map(|(r, _)| (r, (1, 2))),
        |i| {
            (kw("a"), ws, kw("quarter"))
                .parse(i)
                .map(|(r, _)| (r, (1, 4)))
        },
        |i| {
            (kw("three"), ws, kw("quarters"))
                .parse(i)
                .map(|(r, _)| (r, (3, 4)))
        },
    ))
    .parse(r)
}

/// Where [`spelled`] is in a number.
#[derive(Default)]
struct Spell {
    total: i128,
    /// The group below the last scale word (`five hundred` of `two thousand five hundred`).
    cur: i128,
    /// A number below twenty or a tens word may come next.
    small_ok: bool,
    /// A unit may come next (after a tens word: `ninety nine`).
    ones_ok: bool,
    hundred: bool,
    last_scale: Option<u32>,
}

/// ```text
/// spelled ::= ('a' | 'an') ws ('dozen' | 'hundred' | sword) … -- a dozen, a million, a hundred thousand
///           | group (ws sword (ws 'and')? ws group)* (ws sword)?
/// group   ::= below100 (ws 'hundred' ((ws 'and')? ws below100)?)?
/// below100 ::= tens (('-' | ws) unit)? | teen | unit
/// ```
/// Scale words fall from left to right (`two million five thousand`), and a plural scale word
/// (`millions`) ends the number, so at most a few dozen words are read.
pub(super) fn spelled(i: &str) -> R<'_, Decimal> {
    let mut st = Spell {
        small_ok: true,
        ..Spell::default()
    };
    let mut any = false;
    let mut rest = i;
    let mut end = None;
    // `a million`, `a hundred`, `a dozen`.
    let (r0, first) = word(i)?;
    if matches!(Lower::new(first).as_str(), "a" | "an") {
        let (r1, _) = ws(r0)?;
        let (r2, n) = word(r1)?;
        let n = Lower::new(n);
        let n = n.as_str();
        if n == "dozen" {
            return Ok((r2, Decimal::from(12)));
        }
        if !(n == "hundred" || words::scale_word(n).is_some()) || n.ends_with('s') {
            return fail(i);
        }
        st.cur = 1;
        st.small_ok = false;
        any = true;
        rest = r0;
    }
    for _ in 0..48 {
        // Every word but the first follows white space; `twenty-five` joins with a hyphen.
        let at = if end.is_none() && !any {
            rest
        } else {
            match ws(rest) {
                Ok((r, _)) => r,
                Err(_) => break,
            }
        };
        let Ok((after, w)) = word(at) else { break };
        let w = Lower::new(w);
        let w = w.as_str();
        if let Some(v) = words::small(w) {
            if st.ones_ok && (1..=9).contains(&v) {
                st.ones_ok = false;
            } else if !st.small_ok {
                break;
            }
            st.cur += i128::from(v);
            st.small_ok = false;
        } else if let Some(v) = words::tens(w) {
            if !st.small_ok {
                break;
            }
            st.cur += i128::from(v);
            st.small_ok = false;
            st.ones_ok = true;
            // twenty-five
            if let Ok((r, (_, u))) = (char('-'), looked_up(words::small)).parse(after) {
                if (1..=9).contains(&u) {
                    st.cur += i128::from(u);
                    st.ones_ok = false;
                    any = true;
                    rest = r;
                    end = Some(r);
                    continue;
                }
            }
        } else if w == "hundred" {
            if st.hundred || !(1..100).contains(&st.cur) {
                break;
            }
            st.cur *= 100;
            st.hundred = true;
            st.small_ok = true;
            st.ones_ok = false;
        } else if let Some(exp) = words::scale_word(w) {
            if st.cur <= 0 || st.last_scale.is_some_and(|l| exp >= l) || w.ends_with('s') {
                break;
            }
            let Some(add) = 10i128
                .checked_pow(exp)
                .and_then(|p| st.cur.checked_mul(p))
                .and_then(|x| st.total.checked_add(x))
            else {
                return fail(i);
            };
            st.total = add;
            st.cur = 0;
            st.last_scale = Some(exp);
            st.small_ok = true;
            st.ones_ok = false;
            st.hundred = false;
        } else if w == "and" && (st.hundred || st.last_scale.is_some()) && st.small_ok {
            // `one hundred and twelve`: only when a number follows.
            let next = (ws, word)
                .parse(after)
                .ok()
                .map(|(_, (_, n))| Lower::new(n));
            let ok = next.as_ref().is_some_and(|n| {
                words::small(n.as_str()).is_some() || words::tens(n.as_str()).is_some()
            });
            if !ok {
                break;
            }
            rest = after;
            continue;
        } else {
            break;
        }
        any = true;
        rest = after;
        end = Some(after);
    }
    match (end, st.total.checked_add(st.cur)) {
        (Some(e), Some(v)) if any => Ok((e, Decimal::new(v, 0))),
        _ => fail(i),
    }
}
