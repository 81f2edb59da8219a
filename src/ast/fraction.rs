//! [`Fraction`]: the exact value of a number written as a fraction.

use super::decimal::{Decimal, ParseDecimalError};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;
use std::num::NonZeroU64;

/// An exact fraction in lowest terms, `numerator/denominator`: the value of a number written
/// as a fraction, which a [`Decimal`] cannot always hold (`⅓`). In JSON a string, `"1/3"`.
///
/// ```
/// use speechmark::Fraction;
///
/// let f = Fraction::new(6, 4).unwrap();
/// assert_eq!((f.numerator(), f.denominator()), (3, 2));
/// assert_eq!(f.to_string(), "3/2");
/// assert_eq!("-1/3".parse::<Fraction>().unwrap(), Fraction::new(-1, 3).unwrap());
/// assert_eq!(serde_json::to_string(&f).unwrap(), "\"3/2\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Fraction {
    numerator: i64,
    denominator: NonZeroU64,
}

impl Fraction {
    /// `numerator/denominator` in lowest terms; `None` when `denominator` is not positive.
    ///
    /// ```
    /// assert!(speechmark::Fraction::new(1, 0).is_none());
    /// ```
    #[must_use]
    pub fn new(numerator: i64, denominator: i64) -> Option<Fraction> {
        let d = u64::try_from(denominator).ok().filter(|d| *d > 0)?;
        let g = gcd(numerator.unsigned_abs(), d).max(1);
        let n = numerator / i64::try_from(g).ok()?;
        Some(Fraction {
            numerator: n,
            denominator: NonZeroU64::new(d / g)?,
        })
    }

    /// The numerator (negative for a negative fraction).
    ///
    /// ```
    /// assert_eq!(speechmark::Fraction::new(2, 6).unwrap().numerator(), 1);
    /// ```
    #[must_use]
    pub const fn numerator(self) -> i64 {
        self.numerator
    }

    /// The denominator, always positive.
    ///
    /// ```
    /// assert_eq!(speechmark::Fraction::new(2, 6).unwrap().denominator(), 3);
    /// ```
    #[must_use]
    pub const fn denominator(self) -> u64 {
        self.denominator.get()
    }

    /// The fraction as a decimal when it has a finite decimal expansion (`3/4` is `0.75`;
    /// `1/3` has none).
    ///
    /// ```
    /// use speechmark::Fraction;
    /// assert_eq!(Fraction::new(3, 4).unwrap().to_decimal().unwrap().to_string(), "0.75");
    /// assert_eq!(Fraction::new(1, 3).unwrap().to_decimal(), None);
    /// ```
    #[must_use]
    pub fn to_decimal(self) -> Option<Decimal> {
        Decimal::new(i128::from(self.numerator), 0)
            .checked_div_exact(i128::from(self.denominator.get()))
    }
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.numerator, self.denominator)
    }
}

impl std::str::FromStr for Fraction {
    type Err = ParseDecimalError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (n, d) = s.split_once('/').ok_or(ParseDecimalError)?;
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        let body = n.strip_prefix('-').unwrap_or(n);
        if !digits(body) || !digits(d) {
            return Err(ParseDecimalError);
        }
        let n: i64 = n.parse().map_err(|_| ParseDecimalError)?;
        let d: i64 = d.parse().map_err(|_| ParseDecimalError)?;
        Fraction::new(n, d).ok_or(ParseDecimalError)
    }
}

impl Serialize for Fraction {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Fraction {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <Cow<'de, str>>::deserialize(d)?;
        s.parse()
            .map_err(|_| serde::de::Error::custom("not a fraction such as 1/3"))
    }
}
