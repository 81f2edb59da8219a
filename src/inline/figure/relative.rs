//! Times relative to the text's own time.
//!
//! ```text
//! relative ::= ('last' | 'past' | 'previous' | 'next' | 'coming' | 'following') (number ws)? time_unit
//!            | 'this' ws time_unit                                  -- this week
//!            | ('last' | 'next' | …) ws Month                       -- last July
//! ago      ::= ('a' | 'an' | number) ws time_unit ws ('ago' | 'earlier' | 'later')  -- two weeks ago
//! ```

use super::scan::{Scanner, Step};
use super::{grammar, words};
use crate::ast::{Decimal, FigureKind, IsoDate};
use std::borrow::Cow;

impl Scanner<'_> {
    /// `a year ago`, `two weeks earlier`, `three days later`.
    pub(super) fn ago(&self, i: usize) -> Option<Step> {
        let (n, j) = if matches!(self.lw(i).as_str(), "a" | "an") {
            (Decimal::from(1), i + 1)
        } else if let Some(n) = self.num(i) {
            (n.val, i + 1)
        } else {
            self.parse(i, grammar::spelled)?
        };
        let unit = words::time_unit(self.lw(j).as_str())?;
        let sign = match self.lw(j + 1).as_str() {
            "ago" | "earlier" => -1,
            "later" => 1,
            _ => return None,
        };
        let mut f = self.fig(i, j + 2, FigureKind::RelativeTime);
        f.value = if sign < 0 { n.checked_neg() } else { Some(n) };
        f.unit = Some(Cow::Borrowed(unit));
        Some(Step::Fig(f, j + 2))
    }

    /// last year, next month, this week, the past five years, last July.
    pub(super) fn relative(&self, i: usize, lw: &str) -> Option<Step> {
        let sign: i64 = match lw {
            "last" | "past" | "previous" => -1,
            "next" | "coming" | "following" => 1,
            "this" => 0,
            _ => return None,
        };
        let j = i + 1;
        if let Some((m, false)) = words::month(self.lw(j).as_str()) {
            if self.capitalised(j) && lw != "past" && lw != "coming" {
                let mut f = self.fig(i, j + 1, FigureKind::RelativeTime);
                f.value = Some(Decimal::from(sign));
                f.date = Some(IsoDate {
                    year: None,
                    month: Some(m),
                    day: None,
                });
                return Some(Step::Fig(f, j + 1));
            }
        }
        let (n, k) = match self.num(j) {
            Some(n) if sign != 0 && n.int.is_some() => (n.val, j + 1),
            _ => match self.parse(j, grammar::spelled) {
                Some((v, k)) if sign != 0 && self.word(j) => (v, k),
                _ => (Decimal::from(1), j),
            },
        };
        let unit = words::time_unit(self.lw(k).as_str())?;
        if matches!(unit, "hour" | "minute") {
            return None;
        }
        let mut f = self.fig(i, k + 1, FigureKind::RelativeTime);
        f.value = n.checked_mul(Decimal::from(sign));
        f.unit = Some(Cow::Borrowed(unit));
        Some(Step::Fig(f, k + 1))
    }
}
