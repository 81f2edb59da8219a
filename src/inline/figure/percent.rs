//! Percentages and percentage points.
//!
//! ```text
//! percent    ::= ws? '%' (ws ('points' | 'point'))?            -- 40%, 3.25 %, 2% points
//!              | ws? ('percent' | 'percents' | 'pct' | 'per' ws 'cent')
//!              | ws? 'percentage' ws ('points' | 'point')       -- percentage points
//!              | ws? 'percentage'                               -- 5 percentage (a percentage)
//!              | ws ('pp' | 'ppt' | 'ppts') | 'pp'              -- 4 pp, 4pp
//!              | 'pc'                                          -- 6.4pc (glued)
//!              | ws? 'basis' ws ('points' | 'point')            -- basis points: a quantity in bp
//!              | ws? ('bp' | 'bps')                             -- 50bp, 25 bps
//! percent_of ::= ('percent' | 'per' ws 'cent') ws 'of' ws amount  -- percent of 10 (a percentage)
//! ```

use super::grammar::{R, fail, kw, ws};
use super::scan::{Scanner, Step};
use crate::ast::FigureKind;
use nom::Parser;
use nom::branch::alt;
use nom::character::complete::char;
use nom::combinator::opt;

/// What a percent suffix makes of the number: its kind, and a unit for basis points.
type Pct = (FigureKind, Option<&'static str>);

fn points(i: &str) -> R<'_, &str> {
    alt((kw("points"), kw("point"))).parse(i)
}

fn per_cent(i: &str) -> R<'_, &str> {
    alt((kw("percent"), |i| {
        (kw("per"), ws, kw("cent")).parse(i).map(|(r, _)| (r, ""))
    }))
    .parse(i)
}

fn plain(i: &str) -> R<'_, Pct> {
    let (r, _) = alt((per_cent, kw("percents"), kw("pct"))).parse(i)?;
    Ok((r, (FigureKind::Percent, None)))
}

fn percentage(i: &str) -> R<'_, Pct> {
    let (r, _) = kw("percentage").parse(i)?;
    match (ws, points).parse(r) {
        Ok((r2, _)) => Ok((r2, (FigureKind::PercentagePoints, None))),
        Err(_) => Ok((r, (FigureKind::Percent, None))),
    }
}

fn basis(i: &str) -> R<'_, Pct> {
    let (r, _) = (kw("basis"), ws, points).parse(i)?;
    Ok((r, (FigureKind::Quantity, Some("bp"))))
}

/// ```text
/// percent_of_lead ::= ('percent' | 'per' ws 'cent') ws 'of'
/// ```
fn percent_of_lead(i: &str) -> R<'_, ()> {
    let (r, _) = (per_cent, ws, kw("of")).parse(i)?;
    Ok((r, ()))
}

/// ```text
/// percent ::= …  (see the module)
/// ```
fn percent(i: &str) -> R<'_, Pct> {
    let (r, gap) = opt(ws).parse(i)?;
    if let Ok((r, _)) = char::<_, nom::error::Error<&str>>('%').parse(r) {
        if let Ok((r2, _)) = (ws, points).parse(r) {
            return Ok((r2, (FigureKind::PercentagePoints, None)));
        }
        return Ok((r, (FigureKind::Percent, None)));
    }
    if let Ok(x) = alt((plain, percentage, basis)).parse(r) {
        return Ok(x);
    }
    // 4 pp, 4 ppt; glued only `pp`.
    let (r2, w) = super::grammar::word(r)?;
    let spaced = gap.is_some() && matches!(w.to_ascii_lowercase().as_str(), "pp" | "ppt" | "ppts");
    if spaced || w == "pp" {
        return Ok((r2, (FigureKind::PercentagePoints, None)));
    }
    // Glued only, as British and Australian papers write it: `6.4pc`.
    if gap.is_none() && w == "pc" {
        return Ok((r2, (FigureKind::Percent, None)));
    }
    // Lower case only: `BP` is also a company.
    if matches!(w, "bp" | "bps") {
        return Ok((r2, (FigureKind::Quantity, Some("bp"))));
    }
    fail(i)
}

impl Scanner<'_> {
    /// A percent suffix after the number that ends before token `k`: the figure's kind, the
    /// token after it, and the unit of basis points.
    pub(super) fn suffix_percent(
        &self,
        k: usize,
    ) -> Option<(FigureKind, usize, Option<&'static str>)> {
        let ((kind, unit), next) = self.parse_after(k, percent)?;
        Some((kind, next, unit))
    }

    /// `percent of 10`, `per cent of twenty-two`: a percentage written before its number.
    pub(super) fn percent_of(&self, i: usize) -> Option<Step> {
        let ((), j) = self.parse(i, percent_of_lead)?;
        if !self.gap(j) {
            return None;
        }
        let m = self.measure(j)?;
        if !m.bare || (self.tight(m.next) && self.word(m.next)) {
            return None;
        }
        let mut f = self.fig(i, m.next, FigureKind::Percent);
        (f.value, f.fraction) = m.value();
        Some(Step::Fig(f, m.next))
    }
}
