//! Calendar dates and months.
//!
//! ```text
//! iso_date   ::= year '-' dd '-' dd                          -- 2025-09-02
//! slash_date ::= day_or_month '/' day_or_month '/' year      -- 3/14/2025, 14/3/2025: only
//!                                                            -- when day and month tell apart
//! month_date ::= Month '.'? ws year                          -- March 2024
//!              | Month '.'? ws? day ord? (','? ws year)?     -- September 2, 2025; Sept. 30
//! day_first  ::= day ord? ws ('of' ws)? Month '.'? (','? ws year)?  -- 2 September 2025, 4th of July
//! month      ::= Month                                       -- in November (after a cue word)
//! Month      ::= a month name or abbreviation, capitalised ('.' only after an abbreviation)
//! year       ::= dddd                                        -- 1000 to 2199
//! day        ::= d | dd                                      -- 1 to 31, checked against the month
//! ord        ::= 'st' | 'nd' | 'rd' | 'th'                   -- glued to the day
//! ```

use super::grammar::{self, R, fail, ws};
use super::scan::{Scanner, Step};
use super::words::{self, Lower};
use crate::ast::{FigureKind, IsoDate};
use nom::Parser;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char, satisfy};
use nom::combinator::{not, opt};

/// A number that ends here: not followed by a digit, nor by a point or comma and a digit.
fn number_ends(i: &str) -> R<'_, ()> {
    not(satisfy(|c| c.is_ascii_digit())).parse(i)?;
    not((
        satisfy(|c| c == '.' || c == ','),
        satisfy(|c| c.is_ascii_digit()),
    ))
    .parse(i)?;
    Ok((i, ()))
}

/// ```text
/// year ::= dddd        -- 1000 to 2199, a whole number
/// ```
pub(super) fn year(i: &str) -> R<'_, u16> {
    let (r, d) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    number_ends(r)?;
    match d.parse::<u16>() {
        Ok(y) if (1000..=2199).contains(&y) => Ok((r, y)),
        _ => fail(i),
    }
}

/// ```text
/// day ::= d | dd       -- 1 to 31, a whole number
/// ```
fn day(i: &str) -> R<'_, u32> {
    let (r, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    number_ends(r)?;
    match d.parse::<u32>() {
        Ok(v) if (1..=31).contains(&v) => Ok((r, v)),
        _ => fail(i),
    }
}

/// ```text
/// ord ::= 'st' | 'nd' | 'rd' | 'th'
/// ```
fn ord(i: &str) -> R<'_, ()> {
    let (r, w) = grammar::word(i)?;
    if matches!(Lower::new(w).as_str(), "st" | "nd" | "rd" | "th") {
        Ok((r, ()))
    } else {
        fail(i)
    }
}

/// ```text
/// Month ::= month name, capitalised, with '.' after an abbreviation
/// ```
fn month_name(i: &str) -> R<'_, u8> {
    let (r, w) = grammar::word(i)?;
    let Some((m, abbr)) = words::month(Lower::new(w).as_str()) else {
        return fail(i);
    };
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return fail(i);
    }
    let (r, _) = if abbr {
        opt(char('.')).parse(r)?
    } else {
        (r, None)
    };
    Ok((r, m))
}

/// `, 2025` or ` 2025` after a day.
fn year_after(i: &str) -> R<'_, u16> {
    let (r, _) = (opt(char(',')), ws).parse(i)?;
    year(r)
}

/// ```text
/// iso_date ::= year '-' dd '-' dd
/// ```
/// The numbers, unchecked.
fn iso_date(i: &str) -> R<'_, (u16, u32, u32)> {
    let (r, (y, _, m, _, d)) = (year_digits, char('-'), two, char('-'), two).parse(i)?;
    Ok((r, (y, m, d)))
}

/// Exactly two digits, a whole number.
fn two(i: &str) -> R<'_, u32> {
    let (r, d) = take_while_m_n(2, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    number_ends(r)?;
    d.parse().map_or_else(|_| fail(i), |v| Ok((r, v)))
}

/// Four digits with the value of a year (for `iso_date`, which checks the rest itself).
fn year_digits(i: &str) -> R<'_, u16> {
    let (r, d) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    match d.parse::<u16>() {
        Ok(y) if (1000..=2199).contains(&y) => Ok((r, y)),
        _ => fail(i),
    }
}

/// ```text
/// month_date ::= Month ws year | Month ws? day ord? (','? ws year)?
/// ```
/// The month, the day and the year, as written.
fn month_date(i: &str) -> R<'_, (u8, Option<u32>, Option<u16>)> {
    let (r, m) = month_name(i)?;
    if let Ok((r2, (_, y))) = (ws, year).parse(r) {
        return Ok((r2, (m, None, Some(y))));
    }
    let (r, (_, d, _)) = (opt(ws), day, opt(ord)).parse(r)?;
    // 10:30 after a month is a time, not a day.
    not(char(':')).parse(r)?;
    let (r, y) = opt(year_after).parse(r)?;
    Ok((r, (m, Some(d), y)))
}

/// ```text
/// day_first ::= day ord? ws ('of' ws)? Month (','? ws year)?
/// ```
fn day_first(i: &str) -> R<'_, (u8, u32, Option<u16>)> {
    let (r, (d, _, _, _, m)) =
        (day, opt(ord), ws, opt((grammar::kw("of"), ws)), month_name).parse(i)?;
    let (r, y) = opt(year_after).parse(r)?;
    Ok((r, (m, d, y)))
}

impl Scanner<'_> {
    /// 2025-09-02; an impossible date such as 2025-13-40 is skipped.
    pub(super) fn iso_date(&self, i: usize) -> Option<Step> {
        let ((y, m, d), next) = self.parse(i, iso_date)?;
        Some(match make_date(Some(y), m, d) {
            Some(date) => {
                let mut f = self.fig(i, next, FigureKind::Date);
                f.date = Some(date);
                Step::Fig(f, next)
            }
            None => Step::Skip(next),
        })
    }

    /// 3/14/2025 or 14/3/2025: a date when only one of the two can be the month (or both
    /// are the same); `3/4/2024` is March 4th in one country and 3 April in another.
    pub(super) fn slash_date(&self, i: usize) -> Option<Step> {
        let glued = |k: usize| self.tight(k) && self.is_p(k, '/') && self.tight(k + 1);
        if !(glued(i + 1) && glued(i + 3)) {
            return None;
        }
        let (a, b, y) = (self.int(i, 0)?, self.int(i + 2, 0)?, self.year_num(i + 4)?);
        let (month, day) = match (a <= 12, b <= 12) {
            (true, false) => (a, b),
            (false, true) => (b, a),
            (true, true) if a == b => (a, b),
            _ => return None,
        };
        let date = make_date(Some(y), month, day)?;
        let mut f = self.fig(i, i + 5, FigureKind::Date);
        f.date = Some(date);
        Some(Step::Fig(f, i + 5))
    }

    /// 2 September 2025, 2nd of September, 2 Sept.
    pub(super) fn day_first_date(&self, i: usize) -> Option<Step> {
        let ((m, d, y), next) = self.parse(i, day_first)?;
        let date = make_date(y, m.into(), d)?;
        let mut f = self.fig(i, next, FigureKind::Date);
        f.date = Some(date);
        Some(Step::Fig(f, next))
    }

    /// Whether the month name at `i` has a cue before it (`in November`, `mid-May`), or
    /// follows a cued month in a list (`in April or June`, `in June, July and August`). A
    /// month after a comma must have the list go on after it (`In March, May said …` is a
    /// person).
    fn month_cued(&self, i: usize) -> bool {
        let month_at = |k: usize| {
            self.capitalised(k) && words::month(self.lw(k).as_str()).is_some_and(|(_, abbr)| !abbr)
        };
        if i.checked_sub(1).is_some_and(|p| self.is_p(p, ',')) {
            let goes_on =
                (self.is_lw(i + 1, "and") || self.is_lw(i + 1, "or") || self.is_p(i + 1, ','))
                    && month_at(i + 2);
            if !goes_on {
                return false;
            }
        }
        let mut at = i;
        // A list of a few months at most: each step goes back over a month and its joint.
        for _ in 0..4 {
            let Some(p) = at.checked_sub(1) else {
                return false;
            };
            let cue = words::month_cue(self.lw(p).as_str())
                || (self.is_dash(p)
                    && self.tight(at)
                    && p.checked_sub(1).is_some_and(|q| self.is_lw(q, "mid")));
            if cue {
                return true;
            }
            let joint = self.is_lw(p, "and") || self.is_lw(p, "or") || self.is_p(p, ',');
            let Some(q) = p.checked_sub(1).filter(|_| joint) else {
                return false;
            };
            if !month_at(q) {
                return false;
            }
            at = q;
        }
        false
    }

    /// September 2, 2025; Sept. 2; September 2025; in November.
    pub(super) fn month_date(&self, i: usize, lw: &str) -> Option<Step> {
        let (m, abbr) = words::month(lw)?;
        if !self.capitalised(i) {
            return None;
        }
        if let Some(((m, d, y), next)) = self.parse(i, month_date) {
            let date = match d {
                Some(d) => make_date(y, m.into(), d)?,
                None => IsoDate {
                    year: y,
                    month: Some(m),
                    day: None,
                },
            };
            let mut f = self.fig(i, next, FigureKind::Date);
            f.date = Some(date);
            return Some(Step::Fig(f, next));
        }
        if abbr {
            return None;
        }
        if !self.month_cued(i) {
            return None;
        }
        let mut f = self.fig(i, i + 1, FigureKind::Month);
        f.date = Some(IsoDate {
            year: None,
            month: Some(m),
            day: None,
        });
        Some(Step::Fig(f, i + 1))
    }
}

/// A valid calendar date (the day checked against the month, and February 29 against the
/// year when one is given).
pub(super) fn make_date(year: Option<u16>, month: u32, day: u32) -> Option<IsoDate> {
    let max = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => return None,
    };
    if !(1..=max).contains(&day) {
        return None;
    }
    Some(IsoDate {
        year,
        month: Some(u8::try_from(month).ok()?),
        day: Some(u8::try_from(day).ok()?),
    })
}
