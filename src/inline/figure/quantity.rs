//! Quantities: a number with a unit of measure, and a number glued to a noun by a hyphen.
//!
//! ```text
//! unit     ::= ws? abbr speed?                           -- 40km, 1,200 MW, 120 km/h (abbreviations may be glued)
//!            | ws? '°' temperature?                       -- 41°C, 104 °F, 30°
//!            | ws ('cubic' | 'square' | 'sq') ws unit_word -- 20 billion cubic metres
//!            | ws unit_word (' ' temperature | speed)?    -- 1,100 kilometres, three hours,
//!                                                         -- 40 degrees Celsius, 70 miles per hour
//! speed    ::= '/h' | '/hr' | ' per hour' | ' an hour'    -- after a distance: a speed
//! temperature ::= 'Celsius' | 'Fahrenheit' | 'C' | 'F'    -- not glued to a letter
//! compound ::= number '-' noun                            -- 64-member, 10-day, three-year, 1,000-seat
//!            -- not a qualifier or a connector (`60-plus`, `40,000-odd`, `2-to-1`,
//!            -- `1-in-10`), not an identifier (`23-cv-4471`)
//! ```

use super::grammar::{self, R, fail, ws};
use super::scan::{Scanner, Step};
use super::words::{self, Lower};
use crate::ast::{Decimal, FigureKind};
use nom::Parser;
use nom::combinator::opt;
use std::borrow::Cow;

/// Unit abbreviations that may be glued to the number (`40km`); unit words may not (`5years`).
fn glued_unit(w: &str) -> bool {
    matches!(
        w,
        "km" | "kg"
            | "bcm"
            | "tcm"
            | "MW"
            | "GW"
            | "kW"
            | "kWh"
            | "MWh"
            | "GWh"
            | "TWh"
            | "ha"
            | "cm"
            | "mm"
            | "mph"
            | "kph"
            | "bpd"
    )
}

/// ```text
/// unit ::= …  (see the module)
/// ```
fn unit(i: &str) -> R<'_, &'static str> {
    let (r, gap) = opt(ws).parse(i)?;
    if let Some(after) = r.strip_prefix('°') {
        return Ok(degrees(after, "degree"));
    }
    let (r, w) = grammar::word(r)?;
    let lw = Lower::new(w);
    let lw = lw.as_str();
    if matches!(lw, "cubic" | "square" | "sq") {
        let (r2, (_, n)) = (ws, grammar::word).parse(r)?;
        let u = words::unit(n, Lower::new(n).as_str());
        let u = match (lw, u) {
            ("cubic", Some("m")) => "m3",
            ("cubic", Some("ft")) => "ft3",
            ("square" | "sq", Some("km")) => "km2",
            ("square" | "sq", Some("m")) => "m2",
            ("square" | "sq", Some("mile")) => "mile2",
            ("square" | "sq", Some("ft")) => "ft2",
            _ => return fail(i),
        };
        return Ok((r2, u));
    }
    match words::unit(w, lw) {
        Some("degree") if gap.is_some() => {
            // `40 degrees Celsius`: the scale after one space.
            Ok(match r.strip_prefix(' ').map(|s| degrees(s, "")) {
                Some((rest, unit)) if !unit.is_empty() => (rest, unit),
                _ => (r, "degree"),
            })
        }
        Some(u) if gap.is_some() || glued_unit(w) => Ok(speed(r, u)),
        _ => fail(i),
    }
}

/// A distance an hour is a speed: the unit `u` read, `r` after it; `120 km/h`, `70 miles per
/// hour`, `60 kilometres an hour`.
///
/// ```text
/// speed ::= ('/h' | '/hr' | ' per hour' | ' an hour') -- not glued to a letter or digit
/// ```
fn speed<'a>(r: &'a str, u: &'static str) -> (&'a str, &'static str) {
    let per_hour = match u {
        "km" => "km/h",
        "mile" => "mph",
        "m" => "m/h",
        _ => return (r, u),
    };
    for tail in ["/h", "/hr", " per hour", " an hour"] {
        if let Some(rest) = r.strip_prefix(tail) {
            // `walked 3 miles an hour before dawn`: an hour of the time, not of the speed.
            let time = tail == " an hour"
                && [
                    "before", "after", "later", "earlier", "ago", "early", "late",
                ]
                .iter()
                .any(|w| rest.trim_start().starts_with(w));
            if !rest.starts_with(char::is_alphanumeric) && !time {
                return (rest, per_hour);
            }
        }
    }
    (r, u)
}

/// The scale of a temperature right at `i`, after a degree sign or the word `degrees`:
/// `C`, `F`, `Celsius`, `Fahrenheit` (not glued to another letter); `bare` without one.
fn degrees<'a>(i: &'a str, bare: &'static str) -> (&'a str, &'static str) {
    let scale = [
        ("Celsius", "°C"),
        ("Fahrenheit", "°F"),
        ("C", "°C"),
        ("F", "°F"),
    ];
    for (w, unit) in scale {
        if let Some(rest) = i.strip_prefix(w) {
            if !rest.starts_with(char::is_alphanumeric) {
                return (rest, unit);
            }
        }
    }
    (i, bare)
}

impl Scanner<'_> {
    /// A unit after the number that ends before token `k`: the canonical unit and the token
    /// after it.
    pub(super) fn suffix_unit(&self, k: usize) -> Option<(&'static str, usize)> {
        self.parse_after(k, unit)
    }

    /// A number glued to a noun by a hyphen: `64-member`, `10-day`, `three-year`.
    pub(super) fn compound(&self, i: usize, val: Decimal) -> Option<Step> {
        if !(self.is_dash(i + 1) && self.tight(i + 1) && self.word(i + 2) && self.tight(i + 2)) {
            return None;
        }
        let w = self.s(i + 2);
        let lw = self.lw(i + 2);
        let lw = lw.as_str();
        if words::small(lw).is_some()
            || words::tens(lw).is_some()
            || words::scale_word(lw).is_some()
            || words::fraction_word(lw).is_some()
            || lw == "hundred"
        {
            return None;
        }
        if words::month(lw).is_some() && self.capitalised(i + 2) {
            return None;
        }
        // Words that qualify the number rather than name what it counts: `60-plus`,
        // `40,000-odd`, `2-to-1`.
        if matches!(
            lw,
            "plus" | "odd" | "to" | "and" | "or" | "some" | "ish" | "in" | "for" | "of" | "by"
        ) {
            return None;
        }
        // An identifier: a number, a word and a number, hyphenated (`23-cv-4471`).
        if self.is_dash(i + 3) && self.tight(i + 3) && self.num_tok(i + 4) && self.tight(i + 4) {
            return Some(Step::Skip(self.cluster_end(i + 4)));
        }
        let unit: Cow<'static, str> = match words::unit(w, lw) {
            Some(u) => Cow::Borrowed(u),
            None if self.num_tok(i) && w.chars().all(char::is_lowercase) && w.len() > 1 => {
                Cow::Owned(w.to_owned())
            }
            None if matches!(lw, "member" | "strong" | "nation" | "point") => {
                Cow::Owned(lw.to_owned())
            }
            None => return None,
        };
        let mut f = self.fig(i, i + 3, FigureKind::Quantity);
        f.value = Some(val);
        f.unit = Some(unit);
        Some(Step::Fig(f, i + 3))
    }
}
