//! The finder's word lists. Every function takes a word already lowercased (see [`Lower`])
//! unless it says it is case-sensitive.

use crate::ast::Currency;

/// An ASCII-lowercased copy of a short word, on the stack. Words longer than the buffer or
/// with non-ASCII letters lower to the empty string, which no list contains.
pub(super) struct Lower {
    buf: [u8; 24],
    len: usize,
}

impl Lower {
    pub(super) fn new(word: &str) -> Self {
        let mut buf = [0u8; 24];
        let b = word.as_bytes();
        if b.len() > buf.len() || !word.is_ascii() {
            return Lower { buf, len: 0 };
        }
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        Lower { buf, len: b.len() }
    }

    pub(super) fn as_str(&self) -> &str {
        self.buf
            .get(..self.len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}

/// `zero` … `nineteen`.
pub(super) fn small(w: &str) -> Option<u32> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

/// `twenty` … `ninety`.
pub(super) fn tens(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Scale words and their power of ten (`hundred` is handled by the number grammar itself).
pub(super) fn scale_word(w: &str) -> Option<u32> {
    Some(match w {
        "thousand" => 3,
        "lakh" | "lakhs" => 5,
        "million" => 6,
        "crore" | "crores" => 7,
        "billion" => 9,
        "trillion" => 12,
        _ => return None,
    })
}

/// Scale abbreviations, case-sensitive. The one-letter ones only in a money context.
pub(super) fn scale_abbr(w: &str, money: bool) -> Option<u32> {
    Some(match w {
        "bn" | "bln" | "Bn" | "BN" => 9,
        "mn" | "mln" | "Mn" | "MN" => 6,
        "tn" | "trn" | "Tn" => 12,
        "b" | "B" if money => 9,
        "m" | "M" if money => 6,
        "k" | "K" if money => 3,
        _ => return None,
    })
}

/// Ordinal words, `first` … `twentieth`, the tens and `hundredth`.
pub(super) fn ordinal(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "sixtieth" => 60,
        "seventieth" => 70,
        "eightieth" => 80,
        "ninetieth" => 90,
        "hundredth" => 100,
        _ => return None,
    })
}

/// Month names and their abbreviations; the flag says it was an abbreviation.
pub(super) fn month(w: &str) -> Option<(u8, bool)> {
    Some(match w {
        "january" => (1, false),
        "february" => (2, false),
        "march" => (3, false),
        "april" => (4, false),
        "may" => (5, false),
        "june" => (6, false),
        "july" => (7, false),
        "august" => (8, false),
        "september" => (9, false),
        "october" => (10, false),
        "november" => (11, false),
        "december" => (12, false),
        "jan" => (1, true),
        "feb" => (2, true),
        "mar" => (3, true),
        "apr" => (4, true),
        "jun" => (6, true),
        "jul" => (7, true),
        "aug" => (8, true),
        "sep" | "sept" => (9, true),
        "oct" => (10, true),
        "nov" => (11, true),
        "dec" => (12, true),
        _ => return None,
    })
}

/// ISO 4217 codes, case-sensitive (upper case only), and `Rs`.
pub(super) fn currency_code(w: &str) -> Option<(Currency, bool)> {
    use Currency::*;
    Some(match w {
        "USD" => (Usd, false),
        "EUR" => (Eur, false),
        "GBP" => (Gbp, false),
        "JPY" => (Jpy, false),
        "CNY" | "RMB" => (Cny, false),
        "RUB" => (Rub, false),
        "INR" => (Inr, false),
        "PKR" => (Pkr, false),
        "SGD" => (Sgd, false),
        "AUD" => (Aud, false),
        "CAD" => (Cad, false),
        "HKD" => (Hkd, false),
        "CHF" => (Chf, false),
        "Rs" | "RS" => (Inr, true),
        _ => return None,
    })
}

/// A currency word standing alone (`dollars`, `euros`); the flag says the currency is a guess.
pub(super) fn currency_word(w: &str) -> Option<(Currency, bool)> {
    use Currency::*;
    Some(match w {
        "dollars" | "dollar" => (Usd, true),
        "euros" | "euro" => (Eur, false),
        "roubles" | "rubles" | "rouble" | "ruble" => (Rub, false),
        "yuan" | "renminbi" => (Cny, false),
        "yen" => (Jpy, false),
        "rupees" | "rupee" => (Inr, true),
        _ => return None,
    })
}

/// A country adjective before a currency word: `US dollars`, `Pakistani rupees`.
pub(super) fn currency_adjective(adj: &str, word: &str) -> Option<Currency> {
    use Currency::*;
    let dollars = matches!(word, "dollars" | "dollar");
    let rupees = matches!(word, "rupees" | "rupee");
    Some(match adj {
        "us" | "american" if dollars => Usd,
        "singapore" if dollars => Sgd,
        "australian" if dollars => Aud,
        "canadian" if dollars => Cad,
        "russian" if matches!(word, "roubles" | "rubles" | "rouble" | "ruble") => Rub,
        "indian" if rupees => Inr,
        "pakistani" if rupees => Pkr,
        "chinese" if word == "yuan" => Cny,
        "japanese" if word == "yen" => Jpy,
        _ => return None,
    })
}

/// A currency sign and the currency it stands for; the flag says it is a guess.
pub(super) fn currency_sign(c: char) -> Option<(Currency, bool)> {
    use Currency::*;
    Some(match c {
        '$' => (Usd, true),
        '€' => (Eur, false),
        '£' => (Gbp, false),
        '¥' => (Jpy, true),
        '₽' => (Rub, false),
        '₹' => (Inr, false),
        _ => return None,
    })
}

/// A word written straight before `$`: `US$`, `S$`.
pub(super) fn dollar_prefix(w: &str) -> Option<Currency> {
    use Currency::*;
    Some(match w {
        "US" => Usd,
        "S" | "SG" => Sgd,
        "A" | "AU" => Aud,
        "C" | "CA" => Cad,
        "HK" => Hkd,
        _ => return None,
    })
}

/// Units of measure. `w` is the word as written (abbreviations are case-sensitive), `lw` the
/// lowercased word. Returns the canonical unit name.
pub(super) fn unit(w: &str, lw: &str) -> Option<&'static str> {
    if let Some(u) = match w {
        "km" => Some("km"),
        "kg" => Some("kg"),
        "bcm" => Some("bcm"),
        "tcm" => Some("tcm"),
        "MW" => Some("MW"),
        "GW" => Some("GW"),
        "kW" => Some("kW"),
        "kWh" => Some("kWh"),
        "MWh" => Some("MWh"),
        "GWh" => Some("GWh"),
        "TWh" => Some("TWh"),
        "ha" => Some("ha"),
        "bpd" => Some("bbl/d"),
        "TEU" => Some("TEU"),
        "mph" => Some("mph"),
        "cm" => Some("cm"),
        "mm" => Some("mm"),
        _ => None,
    } {
        return Some(u);
    }
    Some(match lw {
        "kilometres" | "kilometers" | "kilometre" | "kilometer" => "km",
        "metres" | "meters" | "metre" | "meter" => "m",
        "centimetres" | "centimeters" => "cm",
        "millimetres" | "millimeters" => "mm",
        "miles" | "mile" => "mile",
        "feet" | "foot" => "ft",
        "tonnes" | "tonne" | "tons" | "ton" => "t",
        "kilograms" | "kilogram" | "kilos" => "kg",
        "grams" | "gram" => "g",
        "litres" | "liters" | "litre" | "liter" => "l",
        "barrels" | "barrel" => "barrel",
        "hectares" | "hectare" => "ha",
        "acres" | "acre" => "acre",
        "megawatts" | "megawatt" => "MW",
        "gigawatts" | "gigawatt" => "GW",
        "kilowatts" | "kilowatt" => "kW",
        "degrees" | "degree" => "degree",
        "knots" => "knot",
        "seconds" | "second" => "second",
        "minutes" | "minute" => "minute",
        "hours" | "hour" => "hour",
        "days" | "day" => "day",
        "weeks" | "week" => "week",
        "months" | "month" => "month",
        "years" | "year" => "year",
        "decades" | "decade" => "decade",
        "centuries" | "century" => "century",
        _ => return None,
    })
}

/// Units of time for relative expressions (`a year ago`, `last week`).
pub(super) fn time_unit(lw: &str) -> Option<&'static str> {
    Some(match lw {
        "days" | "day" => "day",
        "weeks" | "week" => "week",
        "months" | "month" => "month",
        "years" | "year" => "year",
        "decades" | "decade" => "decade",
        "centuries" | "century" => "century",
        "hours" | "hour" => "hour",
        "minutes" | "minute" => "minute",
        _ => return None,
    })
}

/// Words before a bare four-digit number that make it a year.
pub(super) fn year_cue(lw: &str) -> bool {
    matches!(
        lw,
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "from"
            | "during"
            | "before"
            | "after"
            | "through"
            | "throughout"
            | "of"
            | "around"
            | "circa"
            | "year"
            | "early"
            | "late"
            | "mid"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
            | "and"
            | "to"
            | "between"
            | "for"
    )
}

/// Words before a month name that make it a date (`in November`).
pub(super) fn month_cue(lw: &str) -> bool {
    matches!(
        lw,
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "from"
            | "during"
            | "before"
            | "after"
            | "through"
            | "of"
            | "early"
            | "late"
            | "mid"
            | "end"
            | "on"
            | "to"
    )
}

/// Words before a number that make it a label, not a quantity (`Article 5`, `Room 12`).
pub(super) fn label_word(lw: &str) -> bool {
    matches!(
        lw,
        "no" | "article"
            | "articles"
            | "section"
            | "chapter"
            | "paragraph"
            | "resolution"
            | "room"
            | "suite"
            | "apartment"
            | "apt"
            | "flat"
            | "floor"
            | "gate"
            | "platform"
            | "route"
            | "highway"
            | "flight"
            | "building"
            | "block"
            | "item"
            | "page"
            | "pages"
            | "p"
            | "pp"
            | "vol"
            | "volume"
            | "version"
            | "v"
            | "episode"
            | "season"
            | "phase"
            | "stage"
            | "level"
            | "ext"
            | "tel"
            | "fax"
            | "box"
    )
}

/// Street words ending an address (`10 Downing Street`).
pub(super) fn street_word(lw: &str) -> bool {
    matches!(
        lw,
        "street"
            | "st"
            | "avenue"
            | "ave"
            | "road"
            | "rd"
            | "boulevard"
            | "blvd"
            | "lane"
            | "square"
            | "place"
            | "drive"
            | "embankment"
            | "prospekt"
            | "highway"
            | "terrace"
            | "court"
            | "way"
            | "plaza"
    )
}

/// Words written before a hyphen and a year that do not make a name of it (`mid-2024`).
pub(super) fn year_prefix(lw: &str) -> bool {
    matches!(lw, "mid" | "pre" | "post" | "early" | "late" | "end")
}

// ----- fast pre-checks on bytes -------------------------------------------------------------

/// How a word can start a figure, for the finder's fast pre-checks (a superset of what the
/// grammars accept).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// Starts nothing.
    No,
    /// A number word or ordinal (`two`, `twenty`, `sixth`).
    Number,
    /// A month name, which starts a figure only when capitalised.
    Month,
    /// `last`, `next`, `past` …: a relative time.
    Relative,
    /// `this`, which starts a figure only before a month or a unit of time.
    This,
    /// `a`, `an`, which start a figure only before a scale word, `dozen` or a unit of time.
    Article,
    /// `half`, `fiscal`: start a figure only with a number nearby.
    Other,
    /// A word that may follow `a`, `this` or `last` in a figure (`million`, `year`, `July`).
    Cue,
}

const STARTERS: &[(&[u8], Role)] = &[
    (b"zero", Role::Number),
    (b"one", Role::Number),
    (b"two", Role::Number),
    (b"three", Role::Number),
    (b"four", Role::Number),
    (b"five", Role::Number),
    (b"six", Role::Number),
    (b"seven", Role::Number),
    (b"eight", Role::Number),
    (b"nine", Role::Number),
    (b"ten", Role::Number),
    (b"eleven", Role::Number),
    (b"twelve", Role::Number),
    (b"thirteen", Role::Number),
    (b"fourteen", Role::Number),
    (b"fifteen", Role::Number),
    (b"sixteen", Role::Number),
    (b"seventeen", Role::Number),
    (b"eighteen", Role::Number),
    (b"nineteen", Role::Number),
    (b"twenty", Role::Number),
    (b"thirty", Role::Number),
    (b"forty", Role::Number),
    (b"fifty", Role::Number),
    (b"sixty", Role::Number),
    (b"seventy", Role::Number),
    (b"eighty", Role::Number),
    (b"ninety", Role::Number),
    (b"first", Role::Number),
    (b"second", Role::Number),
    (b"third", Role::Number),
    (b"fourth", Role::Number),
    (b"fifth", Role::Number),
    (b"sixth", Role::Number),
    (b"seventh", Role::Number),
    (b"eighth", Role::Number),
    (b"ninth", Role::Number),
    (b"tenth", Role::Number),
    (b"eleventh", Role::Number),
    (b"twelfth", Role::Number),
    (b"thirteenth", Role::Number),
    (b"fourteenth", Role::Number),
    (b"fifteenth", Role::Number),
    (b"sixteenth", Role::Number),
    (b"seventeenth", Role::Number),
    (b"eighteenth", Role::Number),
    (b"nineteenth", Role::Number),
    (b"twentieth", Role::Number),
    (b"thirtieth", Role::Number),
    (b"fortieth", Role::Number),
    (b"fiftieth", Role::Number),
    (b"sixtieth", Role::Number),
    (b"seventieth", Role::Number),
    (b"eightieth", Role::Number),
    (b"ninetieth", Role::Number),
    (b"hundredth", Role::Number),
    (b"jan", Role::Month),
    (b"feb", Role::Month),
    (b"mar", Role::Month),
    (b"apr", Role::Month),
    (b"jun", Role::Month),
    (b"jul", Role::Month),
    (b"aug", Role::Month),
    (b"sep", Role::Month),
    (b"sept", Role::Month),
    (b"oct", Role::Month),
    (b"nov", Role::Month),
    (b"dec", Role::Month),
    (b"january", Role::Month),
    (b"february", Role::Month),
    (b"march", Role::Month),
    (b"april", Role::Month),
    (b"may", Role::Month),
    (b"june", Role::Month),
    (b"july", Role::Month),
    (b"august", Role::Month),
    (b"september", Role::Month),
    (b"october", Role::Month),
    (b"november", Role::Month),
    (b"december", Role::Month),
    (b"last", Role::Relative),
    (b"past", Role::Relative),
    (b"previous", Role::Relative),
    (b"next", Role::Relative),
    (b"coming", Role::Relative),
    (b"following", Role::Relative),
    (b"this", Role::This),
    (b"a", Role::Article),
    (b"an", Role::Article),
    (b"half", Role::Other),
    (b"fy", Role::Other),
    (b"fiscal", Role::Other),
    (b"hundred", Role::Cue),
    (b"thousand", Role::Cue),
    (b"lakh", Role::Cue),
    (b"lakhs", Role::Cue),
    (b"million", Role::Cue),
    (b"crore", Role::Cue),
    (b"crores", Role::Cue),
    (b"billion", Role::Cue),
    (b"trillion", Role::Cue),
    (b"dozen", Role::Cue),
    (b"day", Role::Cue),
    (b"days", Role::Cue),
    (b"week", Role::Cue),
    (b"weeks", Role::Cue),
    (b"month", Role::Cue),
    (b"months", Role::Cue),
    (b"year", Role::Cue),
    (b"years", Role::Cue),
    (b"decade", Role::Cue),
    (b"decades", Role::Cue),
    (b"century", Role::Cue),
    (b"centuries", Role::Cue),
    (b"hour", Role::Cue),
    (b"hours", Role::Cue),
    (b"minute", Role::Cue),
    (b"minutes", Role::Cue),
];

/// The longest word in [`STARTERS`].
const MAX_LEN: usize = 11;

/// For each pair of lowercase first and second letters (26 for none), a bit for each length
/// some word of [`STARTERS`] has.
const FILTER: [u16; 26 * 27] = {
    let mut t = [0u16; 26 * 27];
    let mut i = 0;
    while i < STARTERS.len() {
        let w = STARTERS[i].0;
        let second = if w.len() > 1 {
            (w[1] - b'a') as usize
        } else {
            26
        };
        t[(w[0] - b'a') as usize * 27 + second] |= 1 << w.len();
        i += 1;
    }
    t
};

/// Whether a word of ASCII letters of length `len` starting with `first` and `second` (any
/// case) may be in [`STARTERS`].
fn may_start(first: u8, second: Option<u8>, len: usize) -> bool {
    let f = usize::from((first | 0x20).wrapping_sub(b'a'));
    let s = second.map_or(26, |s| usize::from((s | 0x20).wrapping_sub(b'a')));
    len <= MAX_LEN
        && f < 26
        && s <= 26
        && FILTER.get(f * 27 + s).is_some_and(|m| m & (1 << len) != 0)
}

/// A word of at most [`MAX_LEN`] bytes packed into an integer, little-endian.
const fn pack(w: &[u8]) -> u128 {
    let mut k = 0u128;
    let mut i = 0;
    while i < w.len() {
        k |= (w[i] as u128) << (8 * i);
        i += 1;
    }
    k
}

const SLOTS: usize = 256;

const fn slot(k: u128) -> usize {
    let h = ((k as u64) ^ ((k >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 56) as usize
}

/// [`STARTERS`] in an open-addressing hash table keyed by [`pack`] (0 marks an empty slot).
const TABLE: ([u128; SLOTS], [Role; SLOTS]) = {
    let mut keys = [0u128; SLOTS];
    let mut roles = [Role::No; SLOTS];
    let mut i = 0;
    while i < STARTERS.len() {
        let k = pack(STARTERS[i].0);
        let mut s = slot(k);
        while keys[s] != 0 {
            s = (s + 1) % SLOTS;
        }
        keys[s] = k;
        roles[s] = STARTERS[i].1;
        i += 1;
    }
    (keys, roles)
};
static KEYS: [u128; SLOTS] = TABLE.0;
static ROLES: [Role; SLOTS] = TABLE.1;

/// The role of an ASCII word (any case). Non-ASCII and long words have none.
pub(super) fn role(w: &[u8]) -> Role {
    let [first, rest @ ..] = w else {
        return Role::No;
    };
    if !may_start(*first, rest.first().copied(), w.len()) {
        return Role::No;
    }
    let mut k = 0u128;
    for (i, &b) in w.iter().enumerate() {
        if !b.is_ascii_alphabetic() {
            return Role::No;
        }
        k |= u128::from(b | 0x20) << (8 * i);
    }
    lookup(k)
}

/// The role of the word `text[s..e]`, known to be ASCII letters only.
pub(super) fn role_of_letters(text: &[u8], s: usize, e: usize) -> Role {
    let len = e.wrapping_sub(s);
    let (Some(&first), second) = (text.get(s), text.get(s + 1).filter(|_| len > 1)) else {
        return Role::No;
    };
    if !may_start(first, second.copied(), len) {
        return Role::No;
    }
    match text
        .get(s..s + 16)
        .and_then(|c| <[u8; 16]>::try_from(c).ok())
    {
        Some(chunk) => {
            let mask = (1u128 << (8 * len)) - 1;
            lookup((u128::from_le_bytes(chunk) | 0x2020_2020_2020_2020_2020_2020_2020_2020) & mask)
        }
        None => role(text.get(s..e).unwrap_or_default()),
    }
}

fn lookup(k: u128) -> Role {
    let mut s = slot(k);
    loop {
        match (KEYS.get(s), ROLES.get(s)) {
            (Some(&key), Some(&r)) if key == k => return r,
            (Some(&key), Some(_)) if key != 0 => s = (s + 1) % SLOTS,
            _ => return Role::No,
        }
    }
}

/// Whether a word is a month name or a [`Role::Cue`] word.
pub(super) fn cue(w: &[u8]) -> bool {
    matches!(role(w), Role::Cue | Role::Month)
}

/// ISO 4217 codes and `Rs`, case-sensitive, as bytes (see [`currency_code`]).
pub(super) fn is_currency_code(w: &[u8]) -> bool {
    matches!(
        w,
        b"USD"
            | b"EUR"
            | b"GBP"
            | b"JPY"
            | b"CNY"
            | b"RMB"
            | b"RUB"
            | b"INR"
            | b"PKR"
            | b"SGD"
            | b"AUD"
            | b"CAD"
            | b"HKD"
            | b"CHF"
            | b"Rs"
            | b"RS"
    )
}
