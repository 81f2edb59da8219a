//! Years, fiscal years and decades, and the context that makes a four-digit number a year.
//!
//! ```text
//! fiscal  ::= year ('-' | '–' | '/') (yy | yyyy)       -- 2022-23, 2023/24, 2025-2030 (a range of years)
//! fy      ::= ('FY' | 'fiscal' ('year')?) ws? (year | yy) fiscal-tail?   -- FY2024, FY 2021-22, fiscal year 2020
//! decade  ::= year0 ('s' | '’s' | "'s")                  -- 1990s, 2010's
//!           | ('’' | "'") dd0 's'                        -- ’80s
//! year    ::= dddd                                       -- after a cue word (`in 2024`) or a
//!                                                        -- quarter (`Q3 2026`), or before a verb
//! ```

use super::lex::K;
use super::scan::{Scanner, Step};
use super::words;
use crate::ast::{Decimal, FigureKind, IsoDate};

impl Scanner<'_> {
    /// 2022-23, 2022/23, 2022–2023: a fiscal year, or a range of years.
    pub(super) fn fiscal(&self, i: usize) -> Option<Step> {
        let y = self.year_num(i)?;
        if !(matches!(self.p(i + 1), Some('-' | '–' | '/'))
            && self.tight(i + 1)
            && self.tight(i + 2))
        {
            return None;
        }
        let n = self.num(i + 2)?;
        let v = n.int?;
        let fy_cue = self.fy_before(i);
        let (kind, to) = match n.len {
            2 if v == (u32::from(y) + 1) % 100 => (FigureKind::FiscalYear, u32::from(y) + 1),
            4 if v > u32::from(y) && v <= 2199 => {
                if fy_cue && v == u32::from(y) + 1 {
                    (FigureKind::FiscalYear, v)
                } else {
                    (FigureKind::Year, v)
                }
            }
            _ => return None,
        };
        let mut f = self.fig(i, i + 3, kind);
        f.value = Some(Decimal::from(i64::from(y)));
        f.to = Some(Decimal::from(i64::from(to)));
        f.ends = Some([self.span(i, i + 1), self.span(i + 2, i + 3)]);
        if kind == FigureKind::Year {
            f.date = Some(IsoDate::year(y));
        }
        Some(Step::Fig(f, i + 3))
    }

    fn fy_before(&self, i: usize) -> bool {
        i.checked_sub(1)
            .is_some_and(|p| matches!(self.s(p), "FY" | "fiscal" | "Fiscal"))
            || i.checked_sub(2)
                .is_some_and(|p| self.is_lw(p, "fiscal") && self.is_lw(p + 1, "year"))
    }

    /// FY2024, FY 2022-23, fiscal 2024, fiscal year 2024.
    pub(super) fn fiscal_word(&self, i: usize) -> Option<Step> {
        let w = self.s(i);
        let fiscal = self.is_lw(i, "fiscal");
        if !(w == "FY" || fiscal) {
            return None;
        }
        let j = if fiscal && self.is_lw(i + 1, "year") {
            i + 2
        } else {
            i + 1
        };
        let short = self
            .int(j, 2)
            .filter(|_| w == "FY" && self.tight(j))
            .and_then(|y| u16::try_from(2000 + y).ok());
        let y = self.year_num(j).or(short)?;
        let (to, end) = match self.fiscal(j) {
            Some(Step::Fig(f, end)) => (f.to, end),
            _ => (None, j + 1),
        };
        let mut f = self.fig(i, end, FigureKind::FiscalYear);
        f.value = Some(Decimal::from(i64::from(y)));
        f.to = to;
        if to.is_some() {
            f.ends = Some([self.span(j, j + 1), self.span(j + 2, end)]);
        }
        Some(Step::Fig(f, end))
    }

    /// The 1990s, 1990's.
    pub(super) fn decade(&self, i: usize) -> Option<Step> {
        let y = self.year_num(i).filter(|y| y % 10 == 0)?;
        let end = if self.is_lw(i + 1, "s") && self.tight(i + 1) {
            i + 2
        } else if matches!(self.p(i + 1), Some('\'' | '’'))
            && self.tight(i + 1)
            && self.is_lw(i + 2, "s")
            && self.tight(i + 2)
        {
            i + 3
        } else {
            return None;
        };
        let mut f = self.fig(i, end, FigureKind::Decade);
        f.value = Some(Decimal::from(i64::from(y)));
        Some(Step::Fig(f, end))
    }

    /// ’90s, '80s.
    pub(super) fn short_decade(&self, i: usize, c: char) -> Option<Step> {
        if !(matches!(c, '\'' | '’') && self.tight(i + 1) && self.is_lw(i + 2, "s")) {
            return None;
        }
        if !self.tight(i + 2) {
            return None;
        }
        let d = self.int(i + 1, 2).filter(|d| d % 10 == 0)?;
        let mut f = self.fig(i, i + 3, FigureKind::Decade);
        f.value = Some(Decimal::from(1900 + i64::from(d)));
        Some(Step::Fig(f, i + 3))
    }

    /// A word before token `i` that makes a four-digit number a year.
    pub(super) fn year_cue_before(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if self.word(p) {
            return words::year_cue(self.lw(p).as_str());
        }
        // mid-2024
        self.is_dash(p)
            && self.tight(i)
            && p.checked_sub(1)
                .is_some_and(|q| words::year_prefix(self.lw(q).as_str()))
    }

    /// Whether the four-digit number at `i` reads as a year.
    pub(super) fn year_context(&self, i: usize) -> bool {
        if self.year_cue_before(i) {
            return true;
        }
        let y = self.int(i, 4).unwrap_or(0);
        let modern = (1900..=2100).contains(&y);
        let prev = self.prev_lw(i);
        if modern
            && matches!(
                prev.as_str(),
                "the" | "this" | "that" | "last" | "next" | "its" | "their" | "our" | "fy"
            )
        {
            return true;
        }
        // A quarter or a half of the year: `Q3 2026`, `H1 2025` (read as `Q` and `3`).
        let quarter = |q: usize| {
            matches!(self.lw(q).as_str(), "q" | "h")
                && self.tight(q + 1)
                && self.int(q + 1, 1).is_some_and(|d| (1..=4).contains(&d))
        };
        if modern && i.checked_sub(2).is_some_and(quarter) {
            return true;
        }
        let n = i + 1;
        // A clause that the year sets in time, after a copula: `It was 2016 when we met` (not
        // `They sold 2000 before the deadline`).
        if modern
            && matches!(prev.as_str(), "was" | "is" | "were" | "be" | "been")
            && matches!(self.lw(n).as_str(), "when" | "before" | "after" | "until")
        {
            return true;
        }
        match self.tok(n) {
            None => modern || self.line_start(i),
            Some(t) => match t.k {
                K::P(c) => {
                    modern
                        && matches!(
                            c,
                            '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '”' | '’' | '\''
                        )
                }
                K::Word => {
                    modern
                        && matches!(
                            self.lw(n).as_str(),
                            "was"
                                | "is"
                                | "will"
                                | "saw"
                                | "marked"
                                | "has"
                                | "had"
                                | "and"
                                | "to"
                                | "or"
                                | "budget"
                                | "elections"
                                | "election"
                                // A year's accounts and plans: `2025 revenue`, `2026
                                // guidance` (not the nouns that are also counted, such
                                // as `sales` or `targets`: `2000 targets`).
                                | "revenue"
                                | "revenues"
                                | "earnings"
                                | "guidance"
                                | "forecast"
                                | "outlook"
                                | "deficit"
                                | "census"
                                | "season"
                                | "campaign"
                        )
                }
                K::Num => false,
            },
        }
    }
}
