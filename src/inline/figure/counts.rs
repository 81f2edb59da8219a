//! Ordinals and numbers written as fractions in words.
//!
//! ```text
//! ordinal       ::= digit+ ('st' | 'nd' | 'rd' | 'th')     -- 9th, 21st, 1,000th
//!                 | tens '-' ordinal_word                  -- twenty-first
//!                 | ordinal_word                           -- sixth (not `at first`, `first of all`)
//! word_fraction ::= small '-' fraction_word                -- two-thirds, one-half
//! fraction_of   ::= 'a' fraction_word 'of'                 -- a third of
//!                 | small fraction_word 'of'               -- one fifth of, three quarters of
//!                 | 'half' 'of'                            -- (more than) half of
//! ratio         ::= whole ws 'in' ws whole                 -- one in five, 1 in 3, nine in 10
//!                                                          -- the first below the second,
//!                                                          -- the second no year, no scale
//! ```
//!
//! In `fraction_of` the figure is the fraction word (`third`, `half`), with the number
//! before it but not `a`: its value is the fraction, 1/3 or 3/4.

use super::grammar::{self, Num};
use super::scan::{Scanner, Step};
use super::words;
use crate::ast::{Decimal, FigureKind};

impl Scanner<'_> {
    /// 9th, or 2nd September 2025.
    pub(super) fn ordinal_num(&self, i: usize, n: Num) -> Step {
        if let Some(s) = self.day_first_date(i) {
            return s;
        }
        let mut f = self.fig(i, i + 2, FigureKind::Ordinal);
        f.value = Some(n.val);
        Step::Fig(f, i + 2)
    }

    /// twenty-first, sixth; `Some(Step::No)` for an ordinal word that is not a figure here
    /// (`at first`).
    pub(super) fn ordinal_word(&self, i: usize, lw: &str) -> Option<Step> {
        if let Some(t) = words::tens(lw) {
            if self.is_p(i + 1, '-') && self.tight(i + 1) && self.tight(i + 2) {
                if let Some(o) = words::ordinal(self.lw(i + 2).as_str()).filter(|o| *o < 10) {
                    let mut f = self.fig(i, i + 3, FigureKind::Ordinal);
                    f.value = Some(Decimal::from(i64::from(t + o)));
                    return Some(Step::Fig(f, i + 3));
                }
            }
        }
        let o = words::ordinal(lw)?;
        if !self.ordinal_ok(i, lw) {
            return Some(Step::No);
        }
        let mut f = self.fig(i, i + 1, FigureKind::Ordinal);
        f.value = Some(Decimal::from(i64::from(o)));
        Some(Step::Fig(f, i + 1))
    }

    fn ordinal_ok(&self, i: usize, lw: &str) -> bool {
        let prev = self.prev_lw(i);
        let prev = prev.as_str();
        match lw {
            "second" => {
                matches!(
                    prev,
                    "the" | "a" | "its" | "his" | "her" | "their" | "our" | "my" | "your" | "every"
                ) || (self.sentence_start(i) && self.is_p(i + 1, ','))
            }
            "first" => !(prev == "at" || self.is_lw(i + 1, "of") && self.is_lw(i + 2, "all")),
            _ => true,
        }
    }

    /// `a third of`, `one fifth of`, `half of`: the fraction word is a fraction of one.
    pub(super) fn fraction_of(&self, i: usize, lw: &str) -> Option<Step> {
        // `the first half of 2025`, `the first three quarters of 2017` are parts of a year,
        // not fractions of something.
        let part = matches!(
            self.prev_lw(i).as_str(),
            "the" | "first" | "second" | "last" | "other" | "latter" | "former" | "back" | "front"
        );
        // `one fifth of`, `three quarters of`: the figure is both words.
        if let Some(n) = words::small(lw).filter(|_| !part) {
            let next = self.lw(i + 1);
            let next = next.as_str();
            let d = words::fraction_word(next)?;
            // One fifth, two fifths; a numerator below the denominator.
            if n == 0 || (n == 1) == next.ends_with('s') || n >= d || !self.is_lw(i + 2, "of") {
                return None;
            }
            let fr = crate::ast::Fraction::new(i64::from(n), i64::from(d))?;
            let mut f = self.fig(i, i + 2, FigureKind::Fraction);
            f.value = fr.to_decimal();
            f.fraction = Some(fr);
            return Some(Step::Fig(f, i + 2));
        }
        let d = words::fraction_word(lw).filter(|_| !lw.ends_with('s'))?;
        let one = matches!(self.prev_lw(i).as_str(), "a" | "one");
        if !(self.is_lw(i + 1, "of") && (one || (lw == "half" && !part))) {
            return None;
        }
        let fr = crate::ast::Fraction::new(1, i64::from(d))?;
        let mut f = self.fig(i, i + 1, FigureKind::Fraction);
        f.value = fr.to_decimal();
        f.fraction = Some(fr);
        Some(Step::Fig(f, i + 1))
    }

    /// `one in five`, `1 in 3`, `nine in 10`: so many out of so many, the fraction they make.
    pub(super) fn ratio(&self, i: usize) -> Option<Step> {
        if !(self.is_lw(i + 1, "in") && self.gap(i + 1) && self.gap(i + 2)) {
            return None;
        }
        let whole = |k: usize| {
            if self.num_tok(k) {
                return self.int(k, 0);
            }
            let lw = self.lw(k);
            words::small(lw.as_str()).or_else(|| words::tens(lw.as_str()))
        };
        let (n, d) = (whole(i)?, whole(i + 2)?);
        // `3 in 2023` is a count and a year; `one in 5 million` a larger denominator than the
        // number token says.
        let scaled = self.word(i + 3)
            && (words::scale_word(self.lw(i + 3).as_str()).is_some()
                || self.is_lw(i + 3, "hundred"));
        if n == 0 || n >= d || self.year_num(i + 2).is_some() || scaled {
            return None;
        }
        let fr = crate::ast::Fraction::new(i64::from(n), i64::from(d))?;
        let mut f = self.fig(i, i + 3, FigureKind::Fraction);
        f.value = fr.to_decimal();
        f.fraction = Some(fr);
        Some(Step::Fig(f, i + 3))
    }

    /// two-thirds, three-quarters, one-half: a fraction (or the measure it starts).
    pub(super) fn word_fraction(&self, i: usize) -> Option<Step> {
        let (fr, next) = self.parse(i, grammar::word_fraction)?;
        let mut f = self.fig(i, next, FigureKind::Fraction);
        f.value = fr.to_decimal();
        f.fraction = Some(fr);
        Some(Step::Fig(f, next))
    }
}
