//! How the document stores a [`Figure`]: a 20-byte record, and side tables for what is rare.
//!
//! A figure is a public struct of 144 bytes (two exact decimals, a unit, a date, a fraction, a
//! direction), and dense text has one every 70 bytes or so: stored as it is, the figures alone
//! would weigh twice the input. Most of it is empty or small, so the document keeps a
//! [`FigureRec`] per figure (span, a 64-bit mantissa and its scale, kind, currency, an index
//! into a table of canonical units, flags; a date is the value's year, or packed where the
//! mantissa would be when there is no value) and two side tables sorted by figure
//! index: the direction words (common in news about changes), and a [`FigureExtra`] for the
//! rest (ranges, fractions, units outside the table, values beyond 64 bits, dates that do not
//! pack). [`FigureRec::encode`] and [`FigureRec::decode`] are exact inverses.

use super::decimal::Decimal;
use super::figure::{Currency, Direction, Figure, FigureKind, IsoDate};
use super::fraction::Fraction;
use crate::span::Span;
use std::borrow::Cow;

/// One figure in 20 bytes: everything a common figure needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FigureRec {
    pub(crate) span: Span,
    /// The value's mantissa (low half, high half: two `u32` keep the record 4-byte aligned)
    /// when [`FigureRec::bits`] has a scale; otherwise a [`PackedDate`] in the low half when
    /// the date is [`DATE_PACKED`].
    mantissa: [u32; 2],
    currency: Option<Currency>,
    /// 0 for no unit, `i + 1` for `UNITS[i]`, [`UNIT_EXTRA`] when the unit is in the extra.
    unit: u8,
    /// The kind ([`KINDS`] index) in the low four bits, where the date is in bits 4 and 5.
    kind: u8,
    /// The value's scale in the low five bits ([`NO_VALUE`] when the record holds no value),
    /// and the flags [`ASSUMED`], [`EXTRA`] and [`DIRECTION`].
    bits: u8,
}

/// The scale bits when the record holds no value: one past the largest scale (30), which
/// `Decimal::from_normalised` refuses.
const NO_VALUE: u8 = 31;
const SCALE_MASK: u8 = 0b1_1111;
/// `currency_assumed`.
const ASSUMED: u8 = 1 << 5;
/// The figure has a [`FigureExtra`].
const EXTRA: u8 = 1 << 6;
/// The figure has an entry in the directions table.
const DIRECTION: u8 = 1 << 7;
/// The unit is in the figure's [`FigureExtra`].
const UNIT_EXTRA: u8 = u8::MAX;

const KIND_MASK: u8 = 0b1111;
/// Where the date is: none (or in the extra), ...
const DATE_MASK: u8 = 0b11 << 4;
/// ... the year of the value (`in 2024`: value 2024, date 2024), ...
const DATE_YEAR: u8 = 1 << 4;
/// ... or packed in the mantissa's place (the record holds no value).
const DATE_PACKED: u8 = 2 << 4;

/// Every [`FigureKind`], at the index [`kind_code`] gives it.
const KINDS: [FigureKind; 13] = [
    FigureKind::Money,
    FigureKind::Percent,
    FigureKind::PercentagePoints,
    FigureKind::Quantity,
    FigureKind::Count,
    FigureKind::Year,
    FigureKind::FiscalYear,
    FigureKind::Decade,
    FigureKind::Date,
    FigureKind::Month,
    FigureKind::Ordinal,
    FigureKind::Fraction,
    FigureKind::RelativeTime,
];

/// The index of `kind` in [`KINDS`] (a match, so that a new kind cannot be forgotten).
const fn kind_code(kind: FigureKind) -> u8 {
    match kind {
        FigureKind::Money => 0,
        FigureKind::Percent => 1,
        FigureKind::PercentagePoints => 2,
        FigureKind::Quantity => 3,
        FigureKind::Count => 4,
        FigureKind::Year => 5,
        FigureKind::FiscalYear => 6,
        FigureKind::Decade => 7,
        FigureKind::Date => 8,
        FigureKind::Month => 9,
        FigureKind::Ordinal => 10,
        FigureKind::Fraction => 11,
        FigureKind::RelativeTime => 12,
    }
}

/// The canonical units the figure rules give, so that a figure's unit is one byte. A unit that
/// is not here (a word used as a unit, `a 12-vessel convoy`) goes to the extra, as it was.
const UNITS: &[&str] = &[
    "km", "m", "cm", "mm", "mile", "ft", "t", "lb", "kg", "g", "l", "barrel", "ha", "acre", "MW",
    "GW", "kW", "kWh", "MWh", "GWh", "TWh", "bcm", "tcm", "bbl/d", "TEU", "mph", "m3", "ft3",
    "km2", "m2", "mile2", "ft2", "degree", "knot", "second", "minute", "hour", "day", "week",
    "month", "year", "decade", "century", "bp", "cent", "penny", "kopeck", "paisa", "grosz",
    "member", "strong", "nation", "point",
];

/// The rare parts of a figure, keyed by its index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FigureExtra {
    pub(crate) figure: u32,
    /// A value whose mantissa does not fit 64 bits.
    value: Option<Decimal>,
    to: Option<Decimal>,
    ends: Option<[Span; 2]>,
    /// A unit that is not in [`UNITS`].
    pub(crate) unit: Option<Cow<'static, str>>,
    /// A date that does not pack (a month or day above 126), or one beside a value that is
    /// not its year (the record's mantissa then holds the value).
    date: Option<IsoDate>,
    fraction: Option<Fraction>,
}

/// A figure's direction word, keyed by the figure's index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FigureDirection {
    pub(crate) figure: u32,
    pub(crate) direction: Direction,
}

/// An [`IsoDate`] in 32 bits: the year in bits 0–15 and its presence in bit 16, the month + 1
/// in bits 17–23 and the day + 1 in bits 24–30 (0 when absent), bit 31 set. 0 is no date.
struct PackedDate;

impl PackedDate {
    const PRESENT: u32 = 1 << 31;
    const YEAR: u32 = 1 << 16;

    fn pack(date: Option<IsoDate>) -> Option<u32> {
        let Some(d) = date else { return Some(0) };
        // A month or day of 127 or more does not fit seven bits with room for "none".
        let small = |v: Option<u8>| match v {
            None => Some(0),
            Some(v) if v < 127 => Some(u32::from(v) + 1),
            Some(_) => None,
        };
        let year = d.year.map_or(0, |y| u32::from(y) | Self::YEAR);
        Some(Self::PRESENT | year | small(d.month)? << 17 | small(d.day)? << 24)
    }

    fn unpack(bits: u32) -> Option<IsoDate> {
        if bits & Self::PRESENT == 0 {
            return None;
        }
        let small = |v: u32| {
            let v = v & 0x7f;
            // At most 127, so the conversion cannot fail.
            (v > 0).then(|| u8::try_from(v - 1).unwrap_or(u8::MAX))
        };
        Some(IsoDate {
            year: (bits & Self::YEAR != 0).then_some((bits & 0xffff) as u16),
            month: small(bits >> 17),
            day: small(bits >> 24),
        })
    }
}

fn unit_index(unit: &str) -> Option<u8> {
    let i = UNITS.iter().position(|u| *u == unit)?;
    u8::try_from(i + 1).ok()
}

impl FigureRec {
    /// The record of `f` (the figure at index `index`), and what does not fit in it.
    pub(crate) fn encode(
        f: Figure,
        index: u32,
    ) -> (FigureRec, Option<FigureExtra>, Option<FigureDirection>) {
        let mut extra = FigureExtra {
            figure: index,
            value: None,
            to: f.to,
            ends: f.ends,
            unit: None,
            date: None,
            fraction: f.fraction,
        };
        let (mut mantissa, scale) = match f.value {
            None => (0, NO_VALUE),
            Some(v) => match (i64::try_from(v.mantissa()), u8::try_from(v.scale())) {
                (Ok(m), Ok(s)) if s < NO_VALUE => (m, s),
                _ => {
                    extra.value = Some(v);
                    (0, NO_VALUE)
                }
            },
        };
        let unit = match f.unit {
            None => 0,
            Some(u) => unit_index(&u).unwrap_or_else(|| {
                extra.unit = Some(u);
                UNIT_EXTRA
            }),
        };
        let year_of_value =
            scale == 0 && u16::try_from(mantissa).is_ok_and(|y| f.date == Some(IsoDate::year(y)));
        let date = match (f.date, PackedDate::pack(f.date)) {
            (None, _) => 0,
            _ if year_of_value => DATE_YEAR,
            (_, Some(packed)) if scale == NO_VALUE => {
                mantissa = i64::from(packed);
                DATE_PACKED
            }
            (date, _) => {
                extra.date = date;
                0
            }
        };
        let has_extra = extra.value.is_some()
            || extra.to.is_some()
            || extra.ends.is_some()
            || extra.unit.is_some()
            || extra.date.is_some()
            || extra.fraction.is_some();
        let mut bits = scale;
        if f.currency_assumed {
            bits |= ASSUMED;
        }
        if has_extra {
            bits |= EXTRA;
        }
        if f.direction.is_some() {
            bits |= DIRECTION;
        }
        // The mantissa's two halves, bit for bit.
        let m = u64::from_ne_bytes(mantissa.to_ne_bytes());
        let rec = FigureRec {
            span: f.span,
            mantissa: [m as u32, (m >> 32) as u32],
            currency: f.currency,
            unit,
            kind: kind_code(f.figure) | date,
            bits,
        };
        let direction = f.direction.map(|direction| FigureDirection {
            figure: index,
            direction,
        });
        (rec, has_extra.then_some(extra), direction)
    }
}

impl FigureRec {
    /// The span, without rebuilding the figure.
    pub(crate) fn span(self) -> Span {
        self.span
    }

    /// Whether the figure has an entry in the extras.
    pub(crate) fn has_extra(self) -> bool {
        self.bits & EXTRA != 0
    }

    /// Whether the figure has an entry in the directions.
    pub(crate) fn has_direction(self) -> bool {
        self.bits & DIRECTION != 0
    }

    /// The figure again, given its entries in the side tables (if it has any).
    pub(crate) fn decode(
        self,
        extra: Option<&FigureExtra>,
        direction: Option<Direction>,
    ) -> Figure {
        let scale = self.bits & SCALE_MASK;
        let [lo, hi] = self.mantissa;
        let mantissa = i64::from_ne_bytes((u64::from(hi) << 32 | u64::from(lo)).to_ne_bytes());
        let value = Decimal::from_normalised(mantissa, scale);
        let date = match self.kind & DATE_MASK {
            DATE_YEAR => u16::try_from(mantissa).ok().map(IsoDate::year),
            DATE_PACKED => PackedDate::unpack(lo),
            _ => None,
        };
        let mut f = Figure {
            span: self.span,
            figure: KINDS
                .get(usize::from(self.kind & KIND_MASK))
                .copied()
                .unwrap_or(FigureKind::Count),
            value,
            to: None,
            ends: None,
            currency: self.currency,
            currency_assumed: self.bits & ASSUMED != 0,
            unit: match self.unit {
                0 | UNIT_EXTRA => None,
                i => UNITS.get(usize::from(i) - 1).map(|u| Cow::Borrowed(*u)),
            },
            date,
            fraction: None,
            direction,
        };
        if let Some(x) = extra {
            f.value = f.value.or(x.value);
            f.to = x.to;
            f.ends = x.ends;
            if x.unit.is_some() {
                f.unit.clone_from(&x.unit);
            }
            f.date = f.date.or(x.date);
            f.fraction = x.fraction;
        }
        f
    }
}

#[cfg(test)]
mod tests;
