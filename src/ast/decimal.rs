//! An exact decimal number: an `i128` mantissa (stored as two halves) and a power-of-ten scale.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// The largest scale (digits after the point) a [`Decimal`] keeps.
const MAX_SCALE: u32 = 30;

/// An exact decimal number, `mantissa × 10^-scale`, always kept normalised (no trailing zeros
/// after the point), so that equal numbers are equal values.
///
/// No floating point is involved anywhere: `1.3 billion` is exactly `1300000000`. In JSON a
/// decimal is a string, so that no consumer reads it through a float either; [`Display`] and
/// [`FromStr`] use the same form.
///
/// [`Display`]: fmt::Display
///
/// ```
/// use speechmark::Decimal;
///
/// let d: Decimal = "1.30".parse().unwrap();
/// assert_eq!(d, Decimal::new(13, 1));
/// assert_eq!(d.to_string(), "1.3");
/// assert_eq!(d.checked_mul(Decimal::from(1_000_000_000)).unwrap().to_string(), "1300000000");
/// assert_eq!(serde_json::to_string(&d).unwrap(), "\"1.3\"");
/// assert_eq!(serde_json::from_str::<Decimal>("\"-0.25\"").unwrap(), Decimal::new(-25, 2));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    // The `i128` mantissa is kept as two 64-bit halves: an `i128` field would give the struct
    // 16-byte alignment and pad it to 32 bytes, and a figure holds two of them.
    lo: u64,
    hi: i64,
    // An enum of the 31 allowed scales rather than a `u8`: the values it cannot take give
    // `Option<Decimal>` a niche, so an optional decimal costs 24 bytes, not 32.
    scale: Scale,
}

/// The scales a [`Decimal`] can have, 0 to [`MAX_SCALE`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
#[repr(u8)]
enum Scale {
    #[default]
    S0,
    S1,
    S2,
    S3,
    S4,
    S5,
    S6,
    S7,
    S8,
    S9,
    S10,
    S11,
    S12,
    S13,
    S14,
    S15,
    S16,
    S17,
    S18,
    S19,
    S20,
    S21,
    S22,
    S23,
    S24,
    S25,
    S26,
    S27,
    S28,
    S29,
    S30,
}

/// Every [`Scale`], indexed by its value.
const SCALES: [Scale; MAX_SCALE as usize + 1] = {
    use Scale::*;
    [
        S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13, S14, S15, S16, S17, S18, S19,
        S20, S21, S22, S23, S24, S25, S26, S27, S28, S29, S30,
    ]
};

/// Why a string is not a [`Decimal`].
///
/// ```
/// assert!("1e5".parse::<speechmark::Decimal>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseDecimalError;

impl fmt::Display for ParseDecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a decimal number (expected digits with an optional sign and point)")
    }
}

impl std::error::Error for ParseDecimalError {}

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal {
        lo: 0,
        hi: 0,
        scale: Scale::S0,
    };

    /// `mantissa × 10^-scale`, normalised. A scale above 30 is reduced by dropping the digits
    /// beyond it (truncating toward zero).
    ///
    /// ```
    /// # use speechmark::Decimal;
    /// assert_eq!(Decimal::new(1250, 3).to_string(), "1.25");
    /// ```
    #[must_use]
    pub const fn new(mantissa: i128, scale: u32) -> Self {
        let mut m = mantissa;
        let mut s = scale;
        while s > MAX_SCALE {
            m /= 10;
            s -= 1;
        }
        while s > 0 && m % 10 == 0 {
            m /= 10;
            s -= 1;
        }
        if m == 0 {
            s = 0;
        }
        // `s` is at most MAX_SCALE here, so it is in the table; the halves rebuild `m` exactly.
        let scale = if (s as usize) < SCALES.len() {
            SCALES[s as usize]
        } else {
            Scale::S0
        };
        Decimal {
            lo: m as u64,
            hi: (m >> 64) as i64,
            scale,
        }
    }

    /// The mantissa: the number's digits as an integer.
    ///
    /// ```
    /// # use speechmark::Decimal;
    /// assert_eq!(Decimal::new(125, 1).mantissa(), 125);
    /// ```
    #[must_use]
    pub const fn mantissa(self) -> i128 {
        ((self.hi as i128) << 64) | self.lo as i128
    }

    /// The number of digits after the decimal point.
    ///
    /// ```
    /// # use speechmark::Decimal;
    /// assert_eq!(Decimal::new(125, 1).scale(), 1);
    /// ```
    #[must_use]
    pub const fn scale(self) -> u32 {
        self.scale as u32
    }

    /// Whether the number has no fractional part.
    ///
    /// ```
    /// # use speechmark::Decimal;
    /// assert!(Decimal::from(7).is_integer());
    /// ```
    #[must_use]
    pub const fn is_integer(self) -> bool {
        self.scale() == 0
    }

    /// The number as an `i128` when it is an integer.
    ///
    /// ```
    /// # use speechmark::Decimal;
    /// assert_eq!(Decimal::new(20240, 1).to_integer(), Some(2024));
    /// assert_eq!(Decimal::new(15, 1).to_integer(), None);
    /// ```
    #[must_use]
    pub const fn to_integer(self) -> Option<i128> {
        if self.scale() == 0 {
            Some(self.mantissa())
        } else {
            None
        }
    }

    /// The exact product, or `None` on overflow.
    ///
    /// ```
    /// # use speechmark::Decimal;
    /// let x = Decimal::new(125, 1).checked_mul(Decimal::new(2, 0)).unwrap();
    /// assert_eq!(x.to_string(), "25");
    /// ```
    #[must_use]
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        let m = self.mantissa().checked_mul(other.mantissa())?;
        let s = self.scale().checked_add(other.scale())?;
        Some(Decimal::new(m, s))
    }

    /// The exact sum, or `None` on overflow.
    ///
    /// ```
    /// # use speechmark::Decimal;
    /// let x = Decimal::new(5, 1).checked_add(Decimal::new(25, 2)).unwrap();
    /// assert_eq!(x.to_string(), "0.75");
    /// ```
    #[must_use]
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let s = self.scale().max(other.scale());
        let a = self.mantissa().checked_mul(pow10(s - self.scale())?)?;
        let b = other.mantissa().checked_mul(pow10(s - other.scale())?)?;
        Some(Decimal::new(a.checked_add(b)?, s))
    }

    /// The decimal of a mantissa and scale taken from a decimal (so already normalised), without
    /// normalising again: how the document's compact figures are read back, often. `None` for
    /// a scale above 30.
    pub(crate) fn from_normalised(mantissa: i64, scale: u8) -> Option<Decimal> {
        let scale = *SCALES.get(usize::from(scale))?;
        let m = i128::from(mantissa);
        Some(Decimal {
            lo: m as u64,
            hi: (m >> 64) as i64,
            scale,
        })
    }

    /// `10^exp` as a decimal, or `None` when it does not fit.
    pub(crate) fn pow10(exp: u32) -> Option<Decimal> {
        Some(Decimal::new(pow10(exp)?, 0))
    }

    /// The negated number, or `None` on overflow.
    pub(crate) fn checked_neg(self) -> Option<Decimal> {
        Some(Decimal::new(self.mantissa().checked_neg()?, self.scale()))
    }

    /// Whether the number is below zero.
    ///
    /// ```
    /// # use speechmark::Decimal;
    /// assert!("-0.5".parse::<Decimal>().unwrap().is_negative());
    /// assert!(!Decimal::ZERO.is_negative());
    /// ```
    #[must_use]
    pub const fn is_negative(self) -> bool {
        self.hi < 0
    }

    /// `self / divisor` when the quotient has a finite decimal expansion of at most 30 digits
    /// after the point (`1/4` is `0.25`); `None` when it has not (`1/3`), when `divisor` is
    /// zero, or on overflow. Exact, like every operation here.
    pub(crate) fn checked_div_exact(self, divisor: i128) -> Option<Decimal> {
        if divisor == 0 {
            return None;
        }
        let mut k = 0;
        while k <= MAX_SCALE {
            let p = pow10(k)?;
            if p % divisor == 0 {
                let m = self.mantissa().checked_mul(p / divisor)?;
                return Some(Decimal::new(m, self.scale().checked_add(k)?));
            }
            k += 1;
        }
        None
    }
}

fn pow10(exp: u32) -> Option<i128> {
    10i128.checked_pow(exp)
}

impl From<i64> for Decimal {
    fn from(n: i64) -> Self {
        Decimal::new(i128::from(n), 0)
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        if self.scale() == other.scale() {
            return self.mantissa().cmp(&other.mantissa());
        }
        let s = self.scale().max(other.scale());
        let a = pow10(s - self.scale()).and_then(|p| self.mantissa().checked_mul(p));
        let b = pow10(s - other.scale()).and_then(|p| other.mantissa().checked_mul(p));
        match (a, b) {
            (Some(a), Some(b)) => a.cmp(&b),
            // Scaling overflowed: the one with the smaller scale has the larger magnitude.
            (None, _) => {
                if self.mantissa() < 0 {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            }
            (_, None) => {
                if other.mantissa() < 0 {
                    Ordering::Greater
                } else {
                    Ordering::Less
                }
            }
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mantissa() < 0 {
            f.write_str("-")?;
        }
        let digits = self.mantissa().unsigned_abs();
        if self.scale() == 0 {
            return write!(f, "{digits}");
        }
        let p = 10u128.pow(self.scale());
        let int = digits / p;
        let frac = digits % p;
        write!(f, "{int}.{frac:0width$}", width = self.scale() as usize)
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl FromStr for Decimal {
    type Err = ParseDecimalError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s.strip_prefix('+').unwrap_or(s)),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        let digits_ok = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
        if int.is_empty()
            || !digits_ok(int)
            || !digits_ok(frac)
            || (body.contains('.') && frac.is_empty())
        {
            return Err(ParseDecimalError);
        }
        let mut m: i128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            m = m
                .checked_mul(10)
                .and_then(|m| m.checked_add(i128::from(b - b'0')))
                .ok_or(ParseDecimalError)?;
        }
        let scale = u32::try_from(frac.len()).map_err(|_| ParseDecimalError)?;
        if scale > MAX_SCALE + 8 {
            return Err(ParseDecimalError);
        }
        Ok(Decimal::new(if neg { -m } else { m }, scale))
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a decimal number as a string, such as \"1300000000\" or \"12.5\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Decimal, E> {
                v.parse().map_err(E::custom)
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Decimal, E> {
                Ok(Decimal::from(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Decimal, E> {
                Ok(Decimal::new(i128::from(v), 0))
            }
        }
        d.deserialize_str(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_decimal_roundtrip() {
        for s in ["0", "1", "-1", "12.5", "0.05", "1300000000", "-0.001"] {
            let d: Decimal = s.parse().unwrap();
            assert_eq!(d.to_string(), s);
            let j = serde_json::to_string(&d).unwrap();
            assert_eq!(serde_json::from_str::<Decimal>(&j).unwrap(), d);
        }
        assert_eq!("1.500".parse::<Decimal>().unwrap().to_string(), "1.5");
        assert_eq!("-0.0".parse::<Decimal>().unwrap().to_string(), "0");
        for bad in ["", "-", ".5", "5.", "1.2.3", "1e5", "abc", "1,000"] {
            assert!(bad.parse::<Decimal>().is_err(), "{bad}");
        }
        assert!("9".repeat(60).parse::<Decimal>().is_err());
    }

    #[test]
    fn figure_decimal_order_and_ops() {
        let a = Decimal::new(13, 1);
        let b = Decimal::new(2, 0);
        assert!(a < b);
        assert_eq!(a.checked_add(b).unwrap().to_string(), "3.3");
        assert_eq!(Decimal::new(i128::MAX, 0).checked_mul(b), None);
        assert!(Decimal::new(i128::MAX, 0) > Decimal::new(1, 30));
    }

    #[test]
    fn figure_decimal_negative_and_exact_division() {
        let minus_five = Decimal::from(-5);
        assert_eq!(minus_five.to_string(), "-5");
        assert_eq!(serde_json::to_string(&minus_five).unwrap(), "\"-5\"");
        assert!(minus_five.is_negative());
        assert_eq!(Decimal::new(-25, 1).to_string(), "-2.5");
        assert_eq!(
            Decimal::from(3).checked_div_exact(4).map(|d| d.to_string()),
            Some("0.75".to_owned())
        );
        assert_eq!(
            Decimal::new(197, 0).checked_div_exact(100),
            Some(Decimal::new(197, 2))
        );
        assert_eq!(Decimal::from(1).checked_div_exact(3), None);
        assert_eq!(Decimal::from(1).checked_div_exact(0), None);
        assert_eq!(
            Decimal::from(-1).checked_div_exact(8),
            Some(Decimal::new(-125, 3))
        );
        // Every scale keeps its value through the niche-carrying representation.
        for s in 0..=30 {
            assert_eq!(Decimal::new(7, s).scale(), if s == 0 { 0 } else { s });
        }
    }
}
