//! Figures: a number in running text with its meaning, as the tree holds it.

use super::decimal::{Decimal, ParseDecimalError};
use super::fraction::Fraction;
use crate::span::Span;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;

/// A number in running text with its meaning.
///
/// `figure` says what kind of number it is; the other fields carry its normalised meaning and
/// are left out of JSON when they do not apply:
///
/// - `value`: the exact number, scale words applied (`US$1.3 billion` → `"1300000000"`,
///   `40%` → `"40"`, `sixth` → `"6"`, `in 2024` → `"2024"`, `the 1990s` → `"1990"`,
///   `2022-23` → `"2022"`). For a relative time it is the signed offset in `unit`s
///   (`a year ago` → `"-1"`, `next month` → `"1"`, `this year` → `"0"`, `last July` → `"-1"`).
/// - `to`: the second end of a range, as written (`$1.2 million to $23.5 million` is one
///   money figure with `value` `"1200000"` and `to` `"23500000"`, never one merged amount;
///   `2022-23` has `to` `"2023"`). `ends` then holds the spans of the two ends.
/// - `currency`: the ISO 4217 code of money; `currency_assumed` is true when the sign or word
///   is ambiguous and the code is the usual reading (bare `$` and `dollars` → USD, or the
///   dollar the text last named outright: after `A$2 billion`, `$5` is AUD; `¥` → JPY, `Rs`
///   and `rupees` → INR).
/// - `unit`: the canonical unit of a quantity (`km`, `t`, `bcm`, `member` for `64-member`),
///   or of a relative time (`year`).
/// - `date`: the calendar value of a year, date or month (`"2024"`, `"2025-09-02"`,
///   `"2025-09"`, `"--11"` for a month without a year, `"--09-02"` for a day without one).
/// - `fraction`: the exact value as a ratio when the number was written as a fraction
///   (`½`, `1/2`, `2⅓`, `two-thirds`, `one and a half`); `value` is then present only when
///   the ratio has a finite decimal expansion (`⅓` has `"fraction":"1/3"` and no `value`).
/// - `direction`: a word next to the figure that says which way something moved, and its span
///   (`a 3% decline`, `fell 5%`, `up 12%`). The value keeps the sign it was written with:
///   `a 3% decline` is `"3"`, while `-3%` and `minus three percent` are `"-3"`.
/// - Money written in a subunit (`197 pence`, `50 kopecks`) has its `value` in the main unit
///   (`"1.97"` GBP) and the subunit as `unit` (`"penny"`); an amount of units and subunits
///   (`3 dollars 50 cents`) is one money figure (`"3.5"`).
///
/// ```
/// use speechmark::{Currency, FigureKind};
///
/// let doc = speechmark::parse("Trade reached US$1.3 billion in 2024.\n");
/// let figures: Vec<_> = doc.figures().collect();
/// assert_eq!(figures[0].figure, FigureKind::Money);
/// assert_eq!(figures[0].value.unwrap().to_string(), "1300000000");
/// assert_eq!(figures[0].currency, Some(Currency::Usd));
/// assert_eq!(
///     serde_json::to_string(&figures[0]).unwrap(),
///     r#"{"kind":"figure","span":[14,28],"figure":"money","value":"1300000000","currency":"USD"}"#
/// );
/// assert_eq!(figures[1].figure, FigureKind::Year);
/// assert_eq!(figures[1].date.unwrap().to_string(), "2024");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "figure")]
pub struct Figure {
    /// The figure's text, number and unit or currency together.
    pub span: Span,
    /// What kind of number it is.
    pub figure: FigureKind,
    /// The exact value (the first end of a range).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Decimal>,
    /// The second end of a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Decimal>,
    /// The spans of the two ends of a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends: Option<[Span; 2]>,
    /// The currency of money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    /// The currency was inferred from an ambiguous sign or word (a bare `$` is USD).
    #[serde(default, skip_serializing_if = "is_false")]
    pub currency_assumed: bool,
    /// The unit of a quantity or relative time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Cow<'static, str>>,
    /// The calendar value of a year, date or month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<IsoDate>,
    /// The exact value as a ratio, when the number was written as a fraction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fraction: Option<Fraction>,
    /// The word next to the figure that says which way something moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
}

#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(b: &bool) -> bool {
    !*b
}

impl Figure {
    /// A figure of `kind` at `span` with no value yet.
    pub(crate) fn new(span: Span, figure: FigureKind) -> Self {
        Figure {
            span,
            figure,
            value: None,
            to: None,
            ends: None,
            currency: None,
            currency_assumed: false,
            unit: None,
            date: None,
            fraction: None,
            direction: None,
        }
    }
}

/// A word next to a [`Figure`] that says which way something moved: `decline` in
/// `a 3% decline`, `fell` in `fell by 5%`. The figure's value keeps its written sign; the
/// direction is a separate fact. In JSON: `{"span":[s,e],"sense":"down"}`.
///
/// ```
/// use speechmark::{Direction, Sense, Span};
///
/// let d = Direction { span: Span::new(9, 16), sense: Sense::Down };
/// assert_eq!(serde_json::to_string(&d).unwrap(), r#"{"span":[9,16],"sense":"down"}"#);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Direction {
    /// The direction word.
    pub span: Span,
    /// Which way it points.
    pub sense: Sense,
}

/// Which way a [`Direction`] points.
///
/// ```
/// assert_eq!(serde_json::to_string(&speechmark::Sense::Up).unwrap(), "\"up\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sense {
    /// A rise: `increase`, `rose`, `up`, `higher`.
    Up,
    /// A fall: `decline`, `fell`, `down`, `lower`.
    Down,
}

impl Sense {
    /// The sense's name, as in JSON.
    ///
    /// ```
    /// assert_eq!(speechmark::Sense::Down.as_str(), "down");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Sense::Up => "up",
            Sense::Down => "down",
        }
    }
}

/// The kinds of [`Figure`].
///
/// ```
/// use speechmark::FigureKind;
/// assert_eq!(serde_json::to_string(&FigureKind::PercentagePoints).unwrap(), "\"percentage_points\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FigureKind {
    /// An amount of money (`US$1.3 billion`, `500 roubles`).
    Money,
    /// A percentage (`40%`, `12.5 per cent`).
    Percent,
    /// A difference of percentages (`2 percentage points`).
    PercentagePoints,
    /// A measure with a unit (`1,100 kilometres`, `a 64-member delegation`).
    Quantity,
    /// A plain number (`two`, `1,300`, `1.3`).
    Count,
    /// A year (`in 2024`); a year range has `to`.
    Year,
    /// A fiscal year (`2022-23`, `FY2024`): `value` the first year, `to` the second.
    FiscalYear,
    /// A decade (`the 1990s`): `value` its first year.
    Decade,
    /// A calendar date (`September 2, 2025`, `2025-09-02`, `March 2024`).
    Date,
    /// A month used as a date (`in November`).
    Month,
    /// An ordinal (`9th`, `sixth`).
    Ordinal,
    /// A number written as a fraction and standing alone (`½`, `two-thirds`); see
    /// [`Figure::fraction`].
    Fraction,
    /// A time relative to the text's own time (`a year ago`, `last July`, `last year`).
    RelativeTime,
}

impl FigureKind {
    /// The kind's name, as in JSON.
    ///
    /// ```
    /// assert_eq!(speechmark::FigureKind::RelativeTime.as_str(), "relative_time");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::PercentagePoints => "percentage_points",
            FigureKind::Quantity => "quantity",
            FigureKind::Count => "count",
            FigureKind::Year => "year",
            FigureKind::FiscalYear => "fiscal_year",
            FigureKind::Decade => "decade",
            FigureKind::Date => "date",
            FigureKind::Month => "month",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Fraction => "fraction",
            FigureKind::RelativeTime => "relative_time",
        }
    }
}

/// Declares [`Currency`] from one line per currency: variant, code, English name.
macro_rules! currencies {
    ($($variant:ident $code:literal $name:literal,)*) => {
        /// An ISO 4217 currency code: every currency in current use, and the IMF's special
        /// drawing right (`XDR`). In JSON it is the three-letter code.
        ///
        /// ```
        /// use speechmark::Currency;
        /// assert_eq!(Currency::Usd.code(), "USD");
        /// assert_eq!(Currency::Krw.name(), "South Korean won");
        /// assert_eq!(Currency::from_code("THB"), Some(Currency::Thb));
        /// assert_eq!(serde_json::to_string(&Currency::Rub).unwrap(), "\"RUB\"");
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "UPPERCASE")]
        #[non_exhaustive]
        pub enum Currency {
            $(#[doc = $name] $variant,)*
        }

        impl Currency {
            /// Every currency, in the order of their codes.
            ///
            /// ```
            /// assert!(speechmark::Currency::ALL.len() > 150);
            /// ```
            pub const ALL: &'static [Currency] = &[$(Currency::$variant,)*];

            /// The three-letter code.
            ///
            /// ```
            /// assert_eq!(speechmark::Currency::Sgd.code(), "SGD");
            /// ```
            #[must_use]
            pub const fn code(self) -> &'static str {
                match self {
                    $(Currency::$variant => $code,)*
                }
            }

            /// The currency's English name.
            ///
            /// ```
            /// assert_eq!(speechmark::Currency::Uah.name(), "Ukrainian hryvnia");
            /// ```
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Currency::$variant => $name,)*
                }
            }

            /// The currency of a three-letter code, in upper case.
            ///
            /// ```
            /// use speechmark::Currency;
            /// assert_eq!(Currency::from_code("PLN"), Some(Currency::Pln));
            /// assert_eq!(Currency::from_code("pln"), None);
            /// ```
            #[must_use]
            pub fn from_code(code: &str) -> Option<Currency> {
                match code {
                    $($code => Some(Currency::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

currencies! {
    Aed "AED" "United Arab Emirates dirham",
    Afn "AFN" "Afghan afghani",
    All "ALL" "Albanian lek",
    Amd "AMD" "Armenian dram",
    Ang "ANG" "Netherlands Antillean guilder",
    Aoa "AOA" "Angolan kwanza",
    Ars "ARS" "Argentine peso",
    Aud "AUD" "Australian dollar",
    Awg "AWG" "Aruban florin",
    Azn "AZN" "Azerbaijani manat",
    Bam "BAM" "Bosnia and Herzegovina convertible mark",
    Bbd "BBD" "Barbados dollar",
    Bdt "BDT" "Bangladeshi taka",
    Bgn "BGN" "Bulgarian lev",
    Bhd "BHD" "Bahraini dinar",
    Bif "BIF" "Burundian franc",
    Bmd "BMD" "Bermudian dollar",
    Bnd "BND" "Brunei dollar",
    Bob "BOB" "Bolivian boliviano",
    Brl "BRL" "Brazilian real",
    Bsd "BSD" "Bahamian dollar",
    Btn "BTN" "Bhutanese ngultrum",
    Bwp "BWP" "Botswana pula",
    Byn "BYN" "Belarusian ruble",
    Bzd "BZD" "Belize dollar",
    Cad "CAD" "Canadian dollar",
    Cdf "CDF" "Congolese franc",
    Chf "CHF" "Swiss franc",
    Clp "CLP" "Chilean peso",
    Cny "CNY" "Chinese yuan (renminbi)",
    Cop "COP" "Colombian peso",
    Crc "CRC" "Costa Rican colón",
    Cup "CUP" "Cuban peso",
    Cve "CVE" "Cape Verdean escudo",
    Czk "CZK" "Czech koruna",
    Djf "DJF" "Djiboutian franc",
    Dkk "DKK" "Danish krone",
    Dop "DOP" "Dominican peso",
    Dzd "DZD" "Algerian dinar",
    Egp "EGP" "Egyptian pound",
    Ern "ERN" "Eritrean nakfa",
    Etb "ETB" "Ethiopian birr",
    Eur "EUR" "Euro",
    Fjd "FJD" "Fiji dollar",
    Fkp "FKP" "Falkland Islands pound",
    Gbp "GBP" "Pound sterling",
    Gel "GEL" "Georgian lari",
    Ghs "GHS" "Ghanaian cedi",
    Gip "GIP" "Gibraltar pound",
    Gmd "GMD" "Gambian dalasi",
    Gnf "GNF" "Guinean franc",
    Gtq "GTQ" "Guatemalan quetzal",
    Gyd "GYD" "Guyanese dollar",
    Hkd "HKD" "Hong Kong dollar",
    Hnl "HNL" "Honduran lempira",
    Htg "HTG" "Haitian gourde",
    Huf "HUF" "Hungarian forint",
    Idr "IDR" "Indonesian rupiah",
    Ils "ILS" "Israeli new shekel",
    Inr "INR" "Indian rupee",
    Iqd "IQD" "Iraqi dinar",
    Irr "IRR" "Iranian rial",
    Isk "ISK" "Icelandic króna",
    Jmd "JMD" "Jamaican dollar",
    Jod "JOD" "Jordanian dinar",
    Jpy "JPY" "Japanese yen",
    Kes "KES" "Kenyan shilling",
    Kgs "KGS" "Kyrgyzstani som",
    Khr "KHR" "Cambodian riel",
    Kmf "KMF" "Comoro franc",
    Kpw "KPW" "North Korean won",
    Krw "KRW" "South Korean won",
    Kwd "KWD" "Kuwaiti dinar",
    Kyd "KYD" "Cayman Islands dollar",
    Kzt "KZT" "Kazakhstani tenge",
    Lak "LAK" "Lao kip",
    Lbp "LBP" "Lebanese pound",
    Lkr "LKR" "Sri Lankan rupee",
    Lrd "LRD" "Liberian dollar",
    Lsl "LSL" "Lesotho loti",
    Lyd "LYD" "Libyan dinar",
    Mad "MAD" "Moroccan dirham",
    Mdl "MDL" "Moldovan leu",
    Mga "MGA" "Malagasy ariary",
    Mkd "MKD" "Macedonian denar",
    Mmk "MMK" "Myanmar kyat",
    Mnt "MNT" "Mongolian tögrög",
    Mop "MOP" "Macanese pataca",
    Mru "MRU" "Mauritanian ouguiya",
    Mur "MUR" "Mauritian rupee",
    Mvr "MVR" "Maldivian rufiyaa",
    Mwk "MWK" "Malawian kwacha",
    Mxn "MXN" "Mexican peso",
    Myr "MYR" "Malaysian ringgit",
    Mzn "MZN" "Mozambican metical",
    Nad "NAD" "Namibian dollar",
    Ngn "NGN" "Nigerian naira",
    Nio "NIO" "Nicaraguan córdoba",
    Nok "NOK" "Norwegian krone",
    Npr "NPR" "Nepalese rupee",
    Nzd "NZD" "New Zealand dollar",
    Omr "OMR" "Omani rial",
    Pab "PAB" "Panamanian balboa",
    Pen "PEN" "Peruvian sol",
    Pgk "PGK" "Papua New Guinean kina",
    Php "PHP" "Philippine peso",
    Pkr "PKR" "Pakistani rupee",
    Pln "PLN" "Polish złoty",
    Pyg "PYG" "Paraguayan guaraní",
    Qar "QAR" "Qatari riyal",
    Ron "RON" "Romanian leu",
    Rsd "RSD" "Serbian dinar",
    Rub "RUB" "Russian rouble",
    Rwf "RWF" "Rwandan franc",
    Sar "SAR" "Saudi riyal",
    Sbd "SBD" "Solomon Islands dollar",
    Scr "SCR" "Seychelles rupee",
    Sdg "SDG" "Sudanese pound",
    Sek "SEK" "Swedish krona",
    Sgd "SGD" "Singapore dollar",
    Shp "SHP" "Saint Helena pound",
    Sle "SLE" "Sierra Leonean leone",
    Sos "SOS" "Somali shilling",
    Srd "SRD" "Surinamese dollar",
    Ssp "SSP" "South Sudanese pound",
    Stn "STN" "São Tomé and Príncipe dobra",
    Svc "SVC" "Salvadoran colón",
    Syp "SYP" "Syrian pound",
    Szl "SZL" "Swazi lilangeni",
    Thb "THB" "Thai baht",
    Tjs "TJS" "Tajikistani somoni",
    Tmt "TMT" "Turkmenistan manat",
    Tnd "TND" "Tunisian dinar",
    Top "TOP" "Tongan paʻanga",
    Try "TRY" "Turkish lira",
    Ttd "TTD" "Trinidad and Tobago dollar",
    Twd "TWD" "New Taiwan dollar",
    Tzs "TZS" "Tanzanian shilling",
    Uah "UAH" "Ukrainian hryvnia",
    Ugx "UGX" "Ugandan shilling",
    Usd "USD" "United States dollar",
    Uyu "UYU" "Uruguayan peso",
    Uzs "UZS" "Uzbekistani sum",
    Ved "VED" "Venezuelan digital bolívar",
    Ves "VES" "Venezuelan sovereign bolívar",
    Vnd "VND" "Vietnamese đồng",
    Vuv "VUV" "Vanuatu vatu",
    Wst "WST" "Samoan tālā",
    Xaf "XAF" "Central African CFA franc",
    Xcd "XCD" "East Caribbean dollar",
    Xcg "XCG" "Caribbean guilder",
    Xdr "XDR" "Special drawing right",
    Xof "XOF" "West African CFA franc",
    Xpf "XPF" "CFP franc",
    Yer "YER" "Yemeni rial",
    Zar "ZAR" "South African rand",
    Zmw "ZMW" "Zambian kwacha",
    Zwg "ZWG" "Zimbabwe gold",
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A calendar value in ISO 8601 form, any part of which may be missing: `2025-09-02`,
/// `2025-09`, `2024`, `--11` (a month of no stated year), `--09-02` (a day of no stated year).
/// In JSON it is that string.
///
/// ```
/// use speechmark::IsoDate;
///
/// let d = IsoDate { year: Some(2025), month: Some(9), day: Some(2) };
/// assert_eq!(d.to_string(), "2025-09-02");
/// assert_eq!("--11".parse::<IsoDate>().unwrap(), IsoDate { year: None, month: Some(11), day: None });
/// assert_eq!(serde_json::to_string(&d).unwrap(), "\"2025-09-02\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct IsoDate {
    /// The year, 0 to 9999.
    pub year: Option<u16>,
    /// The month, 1 to 12.
    pub month: Option<u8>,
    /// The day of the month, 1 to 31 (only with a month).
    pub day: Option<u8>,
}

impl IsoDate {
    pub(crate) const fn year(y: u16) -> Self {
        IsoDate {
            year: Some(y),
            month: None,
            day: None,
        }
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}")?,
            None => f.write_str("-")?,
        }
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl std::str::FromStr for IsoDate {
    type Err = ParseDecimalError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        fn num<T: std::str::FromStr>(p: &str, len: usize) -> Result<T, ParseDecimalError> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| ParseDecimalError)
            } else {
                Err(ParseDecimalError)
            }
        }
        let (year, rest) = match s.strip_prefix("--") {
            Some(rest) => (None, rest),
            None => {
                let (y, rest) = s.split_once('-').unwrap_or((s, ""));
                (Some(num::<u16>(y, 4)?), rest)
            }
        };
        let mut parts = rest.split('-').filter(|p| !p.is_empty() || year.is_none());
        let month = match parts.next() {
            Some(m) => Some(num::<u8>(m, 2)?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(num::<u8>(d, 2)?),
            None => None,
        };
        let ok = parts.next().is_none()
            && month.is_none_or(|m| (1..=12).contains(&m))
            && day.is_none_or(|d| (1..=31).contains(&d))
            && (year.is_some() || month.is_some());
        if ok {
            Ok(IsoDate { year, month, day })
        } else {
            Err(ParseDecimalError)
        }
    }
}

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <Cow<'de, str>>::deserialize(d)?;
        s.parse()
            .map_err(|_| serde::de::Error::custom("not an ISO 8601 date such as 2025-09-02"))
    }
}
