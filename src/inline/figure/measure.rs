//! Amounts and what follows them, and ranges of two.
//!
//! ```text
//! range    ::= measure (('to' | dash | 'and' after 'between') measure)?
//! measure  ::= sign? (prefix ws? amount cents? | amount suffix?)
//! sign     ::= ('-' | '−')            -- glued to the amount, after white space or a bracket
//!            | 'minus' ws
//! amount   ::= (fraction | number) scale?                 -- in digits (grammar.rs)
//!            | 'half' ws 'a' ws spelled | spelled and_part? scale?   -- in words
//! suffix   ::= currency | percent | unit                  -- money.rs, percent.rs, quantity.rs
//! ```

use super::grammar::{self, Num, R};
use super::lex::K;
use super::scan::Scanner;
use crate::ast::{Currency, Decimal, Figure, FigureKind, Fraction, IsoDate};
use nom::Parser;
use nom::branch::alt;
use nom::combinator::opt;
use std::borrow::Cow;

/// A number, money, percentage or quantity before ranges are considered.
#[derive(Clone)]
pub(super) struct Meas {
    /// First and one-past-last token.
    pub s: usize,
    pub next: usize,
    pub kind: FigureKind,
    /// The value, or the numerator of a fraction over `den`.
    pub val: Decimal,
    /// The denominator of a number written as a fraction (1 otherwise).
    pub den: i64,
    /// How many of the amount make one of the currency's main unit: 100 for cents (1
    /// otherwise).
    pub sub: i64,
    /// The number before its scale word (`1.2` of `1.2 million`).
    pub base: Decimal,
    pub exp: Option<u32>,
    /// The currency, and whether it is assumed; `(None, _)` for money whose currency the text
    /// leaves open (`500 kr` in a sentence that names no country).
    pub cur: Option<(Option<Currency>, bool)>,
    pub unit: Option<Cow<'static, str>>,
    /// Whether the number stands alone (no currency, percent or unit).
    pub bare: bool,
    /// Whether it is a plain four-digit integer that could be a year.
    pub year: Option<u16>,
    /// Whether it was written as a fraction.
    pub frac: bool,
}

impl Meas {
    fn new(s: usize, next: usize, val: Decimal) -> Self {
        Meas {
            s,
            next,
            kind: FigureKind::Count,
            val,
            den: 1,
            sub: 1,
            base: val,
            exp: None,
            cur: None,
            unit: None,
            bare: true,
            year: None,
            frac: false,
        }
    }

    /// Multiplies the value by `10^exp` (a scale word).
    fn scaled(mut self, exp: Option<u32>) -> Option<Self> {
        if let Some(e) = exp {
            self.val = self.val.checked_mul(Decimal::pow10(e)?)?;
            self.exp = Some(e);
        }
        Some(self)
    }

    /// The exact value when it has a finite decimal expansion, and the fraction when the
    /// number was written as one and is not whole.
    pub(super) fn value(&self) -> (Option<Decimal>, Option<Fraction>) {
        let Some(div) = self.den.checked_mul(self.sub) else {
            return (None, None);
        };
        if div == 1 {
            return (Some(self.val), None);
        }
        let exact = self.val.checked_div_exact(i128::from(div));
        let frac = if self.frac && !exact.is_some_and(Decimal::is_integer) {
            // n × 10^-s / d = n / (d × 10^s)
            let s = self.val.scale();
            let n = i64::try_from(self.val.mantissa()).ok();
            let d = 10i64.checked_pow(s).and_then(|p| p.checked_mul(div));
            n.zip(d).and_then(|(n, d)| Fraction::new(n, d))
        } else {
            None
        };
        (exact, frac)
    }
}

/// How an amount in digits was written.
enum Written {
    Num(Num),
    Frac(Fraction),
}

/// ```text
/// digits_amount ::= (fraction | number) scale?
/// ```
fn digits_amount(i: &str, money: bool) -> R<'_, (Written, Option<u32>)> {
    let (r, w) = alt((
        |i| grammar::fraction(i).map(|(r, f)| (r, Written::Frac(f))),
        |i| grammar::number(i).map(|(r, n)| (r, Written::Num(n))),
    ))
    .parse(i)?;
    let (r, exp) = opt(|i| grammar::scale(i, money)).parse(r)?;
    Ok((r, (w, exp)))
}

/// ```text
/// words_amount ::= 'half' ws 'a' ws spelled           -- half a million
///                | spelled and_part? scale?           -- one and a half million
/// ```
fn words_amount(i: &str) -> R<'_, (Decimal, i64, bool)> {
    if let Ok((r, _)) = (grammar::kw("half"), grammar::ws).parse(i) {
        // `half a million` is half of `a million`.
        (grammar::kw("a"), grammar::ws).parse(r)?;
        let (r, v) = grammar::spelled(r)?;
        return Ok((r, (v, 2, false)));
    }
    let (r, v) = grammar::spelled(i)?;
    if let Ok((r2, (n, d))) = grammar::and_part(r) {
        let whole = v
            .checked_mul(Decimal::from(d))
            .and_then(|w| w.checked_add(Decimal::from(n)));
        if let Some(w) = whole {
            let (r3, exp) = opt(|i| grammar::scale(i, false)).parse(r2)?;
            let w = match exp {
                Some(e) => Decimal::pow10(e).and_then(|p| w.checked_mul(p)),
                None => Some(w),
            };
            if let Some(w) = w {
                return Ok((r3, (w, d, true)));
            }
        }
    }
    Ok((r, (v, 1, false)))
}

impl Scanner<'_> {
    /// A number in digits or words with its scale word: `1.3 billion`, `5bn`, `$5m` (the
    /// one-letter abbreviations only when `money`), `three million`, `½`, `one and a half`.
    pub(super) fn amount(&self, i: usize, money: bool) -> Option<Meas> {
        if self.num_tok(i) || self.p(i).is_some_and(grammar::is_vulgar) {
            let ((w, exp), next) = match self.plain(i, money) {
                Some(x) => x,
                None => self.parse(i, |s| digits_amount(s, money))?,
            };
            let m = match w {
                Written::Frac(f) => Meas {
                    den: i64::try_from(f.denominator()).ok()?,
                    frac: true,
                    ..Meas::new(i, next, Decimal::from(f.numerator()))
                },
                Written::Num(n) => {
                    // A time (10:30) or a date with slashes is no amount.
                    if next == i + 1
                        && (self.is_p(i + 1, ':') || self.is_p(i + 1, '/'))
                        && self.tight(i + 1)
                        && self.num_tok(i + 2)
                        && self.tight(i + 2)
                    {
                        return None;
                    }
                    let year = match (exp, n.int) {
                        (None, Some(y)) if n.len == 4 => u16::try_from(y).ok(),
                        _ => None,
                    };
                    Meas {
                        year: year.filter(|y| (1000..=2199).contains(y)),
                        ..Meas::new(i, next, n.val)
                    }
                }
            };
            return m.scaled(exp);
        }
        let ((val, den, frac), next) = self.parse(i, words_amount)?;
        // `one` as a pronoun: `one of the`, `no one`, `the one`.
        if val == Decimal::from(1) && next == i + 1 && self.pronoun_one(i, next) {
            return None;
        }
        Some(Meas {
            den,
            frac,
            ..Meas::new(i, next, val)
        })
    }

    /// The amount at `i` when it is a number token read whole that no fraction continues: the
    /// usual case, read without the fraction and number grammars (with the same result: the
    /// number grammar run from the token reads the token, as the tokeniser stops where it
    /// does).
    fn plain(&self, i: usize, money: bool) -> Option<((Written, Option<u32>), usize)> {
        let n = self.num(i)?;
        let fraction = (self.is_p(i + 1, '/') && self.tight(i + 1))
            || self.p(i + 1).is_some_and(grammar::is_vulgar)
            || (self.num_tok(i + 1) && self.is_p(i + 2, '/'));
        if fraction {
            return None;
        }
        // A scale word or abbreviation may follow (checked on the token before the grammar).
        // `1.5-billion`: a hyphen and a scale word (not a unit: `64-member`).
        let hyphenated = self.is_dash(i + 1)
            && self.tight(i + 1)
            && self.tight(i + 2)
            && super::words::scale_word(self.lw(i + 2).as_str()).is_some();
        let scale = if (self.word(i + 1) && self.scale_may_follow(i + 1)) || hyphenated {
            let letter = money || self.capital_scale(i);
            self.parse_after(i + 1, |s| grammar::scale(s, letter))
        } else {
            None
        };
        Some(match scale {
            Some((e, next)) => ((Written::Num(n), Some(e)), next),
            None => ((Written::Num(n), None), i + 1),
        })
    }

    /// Whether the word at `k` may be a scale word or abbreviation.
    fn scale_may_follow(&self, k: usize) -> bool {
        let w = self.s(k);
        let lw = self.lw(k);
        let lw = lw.as_str();
        lw == "hundred"
            || super::words::scale_word(lw).is_some()
            || super::words::scale_abbr(w, true).is_some()
    }

    fn pronoun_one(&self, i: usize, next: usize) -> bool {
        let n = self.lw(next);
        let p = self.prev_lw(i);
        matches!(
            n.as_str(),
            "of" | "another" | "by" | "such" | "who" | "that" | "which"
        ) || matches!(
            p.as_str(),
            "no" | "the"
                | "this"
                | "that"
                | "every"
                | "any"
                | "each"
                | "which"
                | "only"
                | "someone"
        ) || self.s(i) == "One" && !self.word(next)
    }

    /// A sign before an amount: `-` or `−` glued to it after white space or a bracket
    /// (`-5%`, `to -3%`, `(-$5 million)`; not `Su-57` or `2022-23`), or `minus` and a space.
    /// The token where the amount starts.
    fn sign(&self, i: usize) -> Option<usize> {
        if matches!(self.p(i), Some('-' | '−')) {
            let after_space = self.gap(i)
                || i.checked_sub(1)
                    .and_then(|p| self.p(p))
                    .is_some_and(|c| matches!(c, '(' | '[' | '"' | '“' | '‘' | '\''));
            let amount = self.num_tok(i + 1)
                || self.p(i + 1).is_some_and(|c| {
                    super::words_currency::sign(c).is_some() || grammar::is_vulgar(c)
                });
            return (after_space && amount && self.tight(i + 1)).then_some(i + 1);
        }
        (self.is_lw(i, "minus") && self.gap(i + 1)).then_some(i + 1)
    }

    /// A measure, signed: `-5%`, `minus five percent`, `-$5 million`.
    pub(super) fn measure(&self, i: usize) -> Option<Meas> {
        let Some(j) = self.sign(i) else {
            return self.unsigned(i);
        };
        let mut m = self.unsigned(j)?;
        m.s = i;
        m.val = m.val.checked_neg()?;
        m.base = m.base.checked_neg()?;
        m.year = None;
        Some(m)
    }

    /// A number with what follows it: currency, percent, unit, or nothing.
    fn unsigned(&self, i: usize) -> Option<Meas> {
        let prefix = if self.num_tok(i) {
            None
        } else {
            self.prefix(i)
        };
        if let Some((cur, assumed, j)) = prefix {
            let mut m = self.amount(j, true)?;
            if !self.prefix_fits(i, j, &m) {
                return None;
            }
            m.s = i;
            m.kind = FigureKind::Money;
            m.cur = Some((cur, assumed));
            m.bare = false;
            m.year = None;
            self.cents(&mut m);
            return Some(m);
        }
        let mut m = self.amount(i, false)?;
        // Most numbers have no suffix: look at the next token before running the grammars.
        let (money, percent, unit) = self.may_suffix(m.next);
        if money && self.suffix_money(&mut m) {
            // done
        } else if let Some((kind, next, unit)) =
            percent.then(|| self.suffix_percent(m.next)).flatten()
        {
            m.kind = kind;
            m.unit = unit.map(Cow::Borrowed);
            m.next = next;
        } else if let Some((unit, next)) = unit.then(|| self.suffix_unit(m.next)).flatten() {
            m.kind = FigureKind::Quantity;
            m.unit = Some(Cow::Borrowed(unit));
            m.next = next;
        } else {
            return Some(m);
        }
        m.bare = false;
        m.year = None;
        Some(m)
    }

    /// Whether the token at `k` may start a currency, a percent or a unit (a quick look, so
    /// that the grammars run only where they can succeed).
    pub(super) fn may_suffix(&self, k: usize) -> (bool, bool, bool) {
        let Some(t) = self.tok(k) else {
            return (false, false, false);
        };
        match t.k {
            K::P(c) => (
                super::words_currency::sign(c).is_some()
                    || super::words_currency::subunit_sign(c).is_some(),
                c == '%',
                c == '°',
            ),
            K::Num => (false, false, false),
            K::Word => {
                let w = self.s(k);
                let key = grammar::key(w);
                let lw = key.as_str();
                (
                    super::words_currency::may_start(w, lw),
                    matches!(
                        lw,
                        "percent"
                            | "percents"
                            | "pct"
                            | "pc"
                            | "per"
                            | "percentage"
                            | "pp"
                            | "ppt"
                            | "ppts"
                            | "basis"
                            | "bp"
                            | "bps"
                    ),
                    super::words::unit(w, lw).is_some() || matches!(lw, "cubic" | "square" | "sq"),
                )
            }
        }
    }

    /// A measure and, when a second one follows after `to`, a dash, `between … and`, or `or`
    /// after a bare number with the unit on the second (`3 or 4 per cent`), the range of the
    /// two.
    pub(super) fn measure_range(&self, i: usize) -> Option<Figure> {
        let m1 = self.measure(i)?;
        let mut second = None;
        let c = m1.next;
        let between = self.prev_lw(i).as_str() == "between";
        // `3 or 4 per cent`: a bare number, `or`, and the second with the unit for both.
        let or = m1.bare && self.is_lw(c, "or");
        let connector =
            self.is_lw(c, "to") || self.is_dash(c) || (between && self.is_lw(c, "and")) || or;
        if connector && !(m1.year.is_some() && self.year_cue_before(i)) {
            // `12 or 15 years ago` stays a count and a time ago.
            let ago = |m2: &Meas| {
                ["ago", "later", "earlier", "hence"]
                    .iter()
                    .any(|w| self.is_lw(m2.next, w))
            };
            if let Some(m2) = self
                .measure(c + 1)
                .filter(|m2| !(or && ((m2.bare && m2.exp.is_none()) || ago(m2))))
            {
                if !self.change_and_level(i, c, &m1, &m2) {
                    second = join(&m1, m2);
                }
            }
        }
        Some(match second {
            Some((a, b)) => {
                let mut f = self.meas_figure(&a, b.next);
                f.to = b.value().0;
                f.ends = Some([self.span(a.s, a.next), self.span(b.s, b.next)]);
                f
            }
            None => {
                if let (Some(y), true) = (m1.year, m1.bare && self.year_context(i)) {
                    let mut f = self.fig(i, i + 1, FigureKind::Year);
                    f.value = Some(Decimal::from(i64::from(y)));
                    f.date = Some(IsoDate::year(y));
                    return Some(f);
                }
                self.meas_figure(&m1, m1.next)
            }
        })
    }

    /// A tally or a score, `7 to 2` (`voted 7 to 2`, `won 3 to 1`): two plain whole numbers
    /// joined by `to`, the second the smaller, with nothing after either, and neither `from`
    /// nor a word of direction before (`from 7 to 2`, `fell 120 to 90` are changes). A range
    /// runs upwards; this is two counts set against each other, neither a figure of its own.
    /// The token after it.
    ///
    /// ```text
    /// tally ::= integer ws 'to' ws integer      -- the first greater, both bare
    /// ```
    pub(super) fn tally(&self, i: usize) -> Option<usize> {
        if !(self.is_lw(i + 1, "to") && self.num_tok(i + 2)) {
            return None;
        }
        let prev = self.prev_lw(i);
        if prev.as_str() == "from" || super::words::direction_before(prev.as_str()).is_some() {
            return None;
        }
        let whole = |m: &Meas| m.bare && m.den == 1 && m.exp.is_none() && m.val.is_integer();
        let a = self.unsigned(i).filter(|m| whole(m) && m.next == i + 1)?;
        let b = self.unsigned(i + 2).filter(whole)?;
        (b.val < a.val).then_some(b.next)
    }

    /// Whether `m1 to m2` (`to` at token `c`) is two figures rather than a range: a change and
    /// the level it reached, the move's direction against the numbers' order (`fell 4.2p to
    /// 56p`, `rose 40 to 12`); or a result set against another, each with its own unit and
    /// running down with no `from` (`passed 50.4% to 49.6%`). A range runs upwards, or down
    /// from where something was (`from 12 to 9`, `fell 120 to 90`).
    fn change_and_level(&self, i: usize, c: usize, m1: &Meas, m2: &Meas) -> bool {
        if !self.is_lw(c, "to") {
            return false;
        }
        let prev = self.prev_lw(i);
        match super::words::direction_before(prev.as_str()) {
            Some(crate::ast::Sense::Down) => m1.val < m2.val,
            Some(crate::ast::Sense::Up) => m1.val > m2.val,
            None => prev.as_str() != "from" && !m1.bare && !m2.bare && m1.val > m2.val,
        }
    }

    fn meas_figure(&self, m: &Meas, end: usize) -> Figure {
        let kind = if m.bare && m.frac && m.exp.is_none() {
            FigureKind::Fraction
        } else {
            m.kind
        };
        let mut f = self.fig(m.s, end, kind);
        (f.value, f.fraction) = m.value();
        if let Some((c, a)) = m.cur {
            f.currency = c;
            f.currency_assumed = a && c.is_some();
        }
        f.unit.clone_from(&m.unit);
        f
    }
}

/// Two measures joined into a range, when they agree.
fn join(a: &Meas, b: Meas) -> Option<(Meas, Meas)> {
    let mut a = a.clone();
    let mut b = b;
    if a.year.is_some() && b.year.is_some() {
        return None;
    }
    if a.bare && !b.bare {
        a.kind = b.kind;
        a.cur = b.cur;
        a.sub = b.sub;
        a.unit.clone_from(&b.unit);
    } else if b.bare && !a.bare {
        b.kind = a.kind;
        b.cur = a.cur;
        b.sub = a.sub;
        b.unit.clone_from(&a.unit);
    } else if a.kind != b.kind
        || a.cur.map(|c| c.0) != b.cur.map(|c| c.0)
        || a.unit != b.unit
        || a.sub != b.sub
    {
        return None;
    }
    if let (None, Some(e)) = (a.exp, b.exp) {
        if a.base < b.base && a.den == 1 {
            a.val = a.base.checked_mul(Decimal::pow10(e)?)?;
        }
    }
    Some((a, b))
}
