//! Money: a currency written before or after an amount, subunits, and amounts of units and
//! subunits together. The tables are in [`super::words_currency`].
//!
//! ```text
//! prefix  ::= sign                                   -- $ € £ ¥ ₹ ₩ ₺ ₴ ₦ ₱ ₪ ₫ ₡ ₾ ₭ ฿ 元 ＄ …
//!           | letters '$'                            -- US$ HK$ A$ C$ R$ NZ$
//!           | code                                   -- USD EUR (upper case)
//!           | ('Rs' | 'Rp' | 'RM' | 'KSh' | 'kr') '.'?
//! suffix  ::= ws? sign                               -- 100 €, 100元, 10 $
//!           | ws? code                               -- 300 million RUB
//!           | ws adjective ws cword                  -- US dollars, Pakistani rupees, Hong Kong dollars
//!           | ws cword (ws 'sterling')?              -- euros, yuan, kuai, pounds sterling
//!           | ws? (subunit | '¢')                    -- 50 cents, 197 pence, 50p, 99¢
//!           | ws? crown                              -- 500 kr, 500 kroner
//! cents   ::= (ws 'and')? ws amount ws? subunit      -- 3 dollars 50 cents, $13 and 45 cents
//! ```

use super::grammar::{self, R, fail, ws};
use super::measure::Meas;
use super::scan::Scanner;
use super::words_currency::{self, Subunit};
use crate::ast::{Currency, Decimal, FigureKind};
use nom::Parser;
use nom::branch::alt;
use nom::character::complete::{anychar, char};
use nom::combinator::{not, opt};
use std::borrow::Cow;

/// What a currency word or sign names, before the sentence is asked about crowns.
#[derive(Clone, Copy)]
enum Named {
    /// A currency, and whether it is assumed.
    Cur(Currency, bool),
    /// A currency word that is also an ordinary word (`pounds`, `won`): money only after a
    /// scale word or before subunits.
    Loose(Currency, bool),
    /// A subunit (`cents`).
    Sub(Subunit),
    /// `kr`, `kroner`: the sentence says whose.
    Crown(Option<Currency>),
    /// A code that is also a word (`TOP`): money only with an amount that looks like money.
    WordCode(Currency),
}

/// ```text
/// prefix ::= sign | letters '$' | code | letter_prefix '.'? | crown '.'?
/// ```
fn prefix(i: &str) -> R<'_, Named> {
    if let Ok((r, c)) = anychar::<_, nom::error::Error<&str>>(i) {
        if let Some((cur, a)) = words_currency::sign(c) {
            // The country after the sign, as Australian papers write it: `$US4.5 billion`,
            // `$A2`, `$NZ300`.
            if c == '$' {
                if let Ok((r2, w)) = grammar::word(r) {
                    let digit = r2.starts_with(|d: char| d.is_ascii_digit());
                    if let Some(d) = words_currency::dollar_prefix(w).filter(|_| digit) {
                        return Ok((r2, Named::Cur(d, false)));
                    }
                }
            }
            return Ok((r, Named::Cur(cur, a)));
        }
    }
    let (r, w) = grammar::word(i)?;
    if let Ok((r2, _)) = char::<_, nom::error::Error<&str>>('$').parse(r) {
        return match words_currency::dollar_prefix(w) {
            Some(c) => Ok((r2, Named::Cur(c, false))),
            None => fail(i),
        };
    }
    if let Some(c) = words_currency::code(w) {
        let named = if words_currency::word_like_code(w) {
            Named::WordCode(c)
        } else {
            Named::Cur(c, false)
        };
        return Ok((r, named));
    }
    let named = match (words_currency::letter_prefix(w), words_currency::crown(w)) {
        (Some((c, a)), _) => Named::Cur(c, a),
        (None, Some(c)) => Named::Crown(c),
        _ => return fail(i),
    };
    let (r, _) = opt(char('.')).parse(r)?;
    Ok((r, named))
}

/// A currency word after an amount, alone or after its country adjective.
fn cword(i: &str) -> R<'_, Named> {
    alt((two_word_adjective, one_word_adjective, cents_of, alone)).parse(i)
}

/// `Hong Kong dollars`, `South Korean won`.
fn two_word_adjective(i: &str) -> R<'_, Named> {
    let (r, (a, _, b, _, w)) = (grammar::word, ws, grammar::word, ws, grammar::word).parse(i)?;
    let adj = format_pair(grammar::key(a).as_str(), grammar::key(b).as_str());
    match words_currency::adjective(adj.as_str(), grammar::key(w).as_str()) {
        Some(c) => Ok((r, Named::Cur(c, false))),
        None => fail(i),
    }
}

/// `US dollars`, `U.S. dollars`, `Pakistani rupees` (`us` only in capitals).
fn one_word_adjective(i: &str) -> R<'_, Named> {
    let (r, (a, _, w)) = (adjective_word, ws, grammar::word).parse(i)?;
    let k = grammar::key(a);
    if k.as_str() == "us" && a != "US" {
        return fail(i);
    }
    match words_currency::adjective(k.as_str(), grammar::key(w).as_str()) {
        Some(c) => Ok((r, Named::Cur(c, false))),
        None => fail(i),
    }
}

/// `euro cents`, `US cents`.
fn cents_of(i: &str) -> R<'_, Named> {
    let (r, (a, _, w)) = (adjective_word, ws, grammar::word).parse(i)?;
    let cur = match grammar::key(a).as_str() {
        "euro" => Currency::Eur,
        "us" | "u.s." | "american" => Currency::Usd,
        _ => return fail(i),
    };
    match words_currency::subunit(grammar::key(w).as_str()) {
        Some(s) if s.name == "cent" => Ok((
            r,
            Named::Sub(Subunit {
                cur,
                assumed: false,
                ..s
            }),
        )),
        _ => fail(i),
    }
}

/// A currency word alone: `euros`, `kuai`, `pounds sterling`, `cents`, `kroner`.
fn alone(i: &str) -> R<'_, Named> {
    let (r, w) = grammar::word(i)?;
    let k = grammar::key(w);
    if let Some(s) = words_currency::subunit(k.as_str()) {
        return Ok((r, Named::Sub(s)));
    }
    if let Some(c) = words_currency::crown(w).or_else(|| words_currency::crown(k.as_str())) {
        // Not `kr.`: after an amount the point usually ends the sentence.
        return Ok((r, Named::Crown(c)));
    }
    let Some(cw) = words_currency::word(k.as_str()) else {
        return fail(i);
    };
    // pounds sterling
    if let Ok((r2, _)) = (ws, grammar::kw("sterling")).parse(r) {
        if matches!(k.as_str(), "pounds" | "pound") {
            return Ok((r2, Named::Cur(Currency::Gbp, false)));
        }
    }
    Ok((
        r,
        if cw.loose {
            Named::Loose(cw.cur, cw.assumed)
        } else {
            Named::Cur(cw.cur, cw.assumed)
        },
    ))
}

/// A one-word country adjective, `U.S.` included.
fn adjective_word(i: &str) -> R<'_, &str> {
    alt((
        |i| nom::bytes::complete::tag("U.S.").parse(i),
        grammar::word,
    ))
    .parse(i)
}

/// Two lowercased words joined by one space, on the stack.
fn format_pair(a: &str, b: &str) -> super::words::Lower<'static> {
    let mut buf = [0u8; 24];
    let n = a.len() + 1 + b.len();
    if n > buf.len() {
        return super::words::Lower::Same("");
    }
    for (d, s) in buf.iter_mut().zip(a.bytes().chain([b' ']).chain(b.bytes())) {
        *d = s.to_ascii_lowercase();
    }
    super::words::Lower::Folded { buf, len: n }
}

/// ```text
/// suffix ::= ws? sign !(ws? digit) | ws? code | ws cword | ws? subunit | ws? crown
/// ```
fn suffix(i: &str) -> R<'_, Named> {
    let (r, gap) = opt(ws).parse(i)?;
    if let Ok((r2, c)) = anychar::<_, nom::error::Error<&str>>(r) {
        if let Some((cur, a)) = words_currency::sign(c) {
            // A sign before another number belongs to it: `10 $20`.
            not((
                opt(ws),
                nom::character::complete::satisfy(|d| d.is_ascii_digit()),
            ))
            .parse(r2)?;
            return Ok((r2, Named::Cur(cur, a)));
        }
        if let Some(s) = words_currency::subunit_sign(c) {
            return Ok((r2, Named::Sub(s)));
        }
    }
    if let Ok((r2, w)) = grammar::word(r) {
        if let Some(c) = words_currency::code(w) {
            let named = if words_currency::word_like_code(w) {
                Named::WordCode(c)
            } else {
                Named::Cur(c, false)
            };
            return Ok((r2, named));
        }
        // 50p: a glued `p` is pence.
        if gap.is_none() && w == "p" {
            return match words_currency::subunit("pence") {
                Some(s) => Ok((r2, Named::Sub(s))),
                None => fail(i),
            };
        }
    }
    cword(r)
}

impl Scanner<'_> {
    /// A currency written before the amount; its currency and whether it is assumed, and the
    /// token where the amount starts.
    pub(super) fn prefix(&self, i: usize) -> Option<(Option<Currency>, bool, usize)> {
        let (named, j) = self.parse(i, prefix)?;
        match named {
            Named::Cur(c, a) => Some((Some(c), a, j)),
            Named::WordCode(c) => Some((Some(c), false, j)),
            Named::Crown(c) => Some((c.or_else(|| words_currency::crown_of(self.text)), false, j)),
            Named::Loose(..) | Named::Sub(_) => None,
        }
    }

    /// Whether the amount after a prefix at `i` suits it: a code that is also a word (`TOP 10`)
    /// needs an amount that looks like money.
    pub(super) fn prefix_fits(&self, i: usize, j: usize, m: &Meas) -> bool {
        let w = self.s(i);
        !(words_currency::code(w).is_some() && words_currency::word_like_code(w))
            || self.moneyish(j, m)
    }

    /// An amount that looks like money: digit groups, cents, or a scale word.
    fn moneyish(&self, j: usize, m: &Meas) -> bool {
        m.exp.is_some()
            || self
                .s(j)
                .bytes()
                .any(|b| matches!(b, b',' | b'.' | b' ' | 0x80..))
    }

    /// A currency written after the amount `m`: makes it money (or money in a subunit) and
    /// moves its end. Whether it found one.
    pub(super) fn suffix_money(&self, m: &mut Meas) -> bool {
        let Some((named, next)) = self.parse_after(m.next, suffix) else {
            return false;
        };
        let (cur, assumed) = match named {
            Named::Cur(c, a) => (Some(c), a),
            Named::WordCode(c) if self.moneyish(m.s, m) => (Some(c), false),
            Named::WordCode(_) => return false,
            Named::Crown(c) => (c.or_else(|| words_currency::crown_of(self.text)), false),
            Named::Loose(c, a) => {
                // `5 pounds` is a weight, `5 million pounds` or `10 pounds 50 pence` money.
                let mut probe = m.clone();
                probe.next = next;
                probe.cur = Some((Some(c), a));
                if m.exp.is_none() && !self.cents(&mut probe) {
                    return false;
                }
                *m = probe;
                m.kind = FigureKind::Money;
                return true;
            }
            Named::Sub(s) => {
                m.kind = FigureKind::Money;
                m.cur = Some((Some(s.cur), s.assumed));
                m.sub = 100;
                m.unit = Some(Cow::Borrowed(s.name));
                m.next = next;
                return true;
            }
        };
        m.kind = FigureKind::Money;
        m.cur = Some((cur, assumed));
        m.next = next;
        self.cents(m);
        true
    }

    /// Adds the subunits written after a money amount (`3 dollars 50 cents`); whether there
    /// were some.
    pub(super) fn cents(&self, m: &mut Meas) -> bool {
        let Some((Some(main), _)) = m.cur else {
            return false;
        };
        if m.exp.is_some() || m.den != 1 || m.sub != 1 || !m.val.is_integer() {
            return false;
        }
        // (and)? amount subunit
        let j = if self.is_lw(m.next, "and") {
            m.next + 1
        } else {
            m.next
        };
        if !self.gap(j) {
            return false;
        }
        let Some(n) = self.amount(j, false) else {
            return false;
        };
        let small = n.exp.is_none()
            && n.den == 1
            && n.val.is_integer()
            && n.val >= Decimal::ZERO
            && n.val < Decimal::from(100);
        if !small {
            return false;
        }
        let Some((Named::Sub(s), next)) = self.parse_after(n.next, suffix) else {
            return false;
        };
        if !words_currency::subunit_of(main, s) {
            return false;
        }
        let Some(total) = m
            .val
            .checked_mul(Decimal::from(100))
            .and_then(|v| v.checked_add(n.val))
        else {
            return false;
        };
        m.val = total;
        m.sub = 100;
        m.next = next;
        true
    }
}

/// Whether a word glued to a number is a currency (`100yuan`, `50p`, `500kr`).
pub(super) fn glued_currency(w: &str) -> bool {
    let k = grammar::key(w);
    words_currency::code(w).is_some()
        || words_currency::word(k.as_str()).is_some()
        || words_currency::subunit(k.as_str()).is_some()
        || words_currency::crown(w).is_some()
        || w == "p"
        || w.starts_with(|c| words_currency::sign(c).is_some())
}
