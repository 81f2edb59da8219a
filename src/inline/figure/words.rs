//! The finder's word lists. Every function takes a word already lowercased (see [`Lower`])
//! unless it says it is case-sensitive.

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
        "pounds" | "pound" | "lbs" | "lb" => "lb",
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

/// The denominator a fraction word names (`half` 2, `thirds` 3, `quarter` 4), for
/// `two-thirds`, `three-quarters`, `one-half`.
pub(super) fn fraction_word(lw: &str) -> Option<u32> {
    Some(match lw {
        "half" | "halves" => 2,
        "third" | "thirds" => 3,
        "quarter" | "quarters" => 4,
        "fifth" | "fifths" => 5,
        "sixth" | "sixths" => 6,
        "eighth" | "eighths" => 8,
        "tenth" | "tenths" => 10,
        _ => return None,
    })
}

use crate::ast::Sense;

/// A word before a figure that says which way something moved (`fell 5%`, `up 12%`,
/// `an increase of 3%`).
pub(super) fn direction_before(lw: &str) -> Option<Sense> {
    Some(match lw {
        "up" | "rose" | "rise" | "rises" | "rising" | "risen" | "grew" | "grow" | "grows"
        | "growing" | "grown" | "growth" | "increased" | "increase" | "increases"
        | "increasing" | "gained" | "gain" | "gains" | "climbed" | "climb" | "climbs"
        | "jumped" | "jump" | "jumps" | "surged" | "surge" | "soared" | "rallied" | "boosted"
        | "expanded" | "advanced" | "hiked" | "hike" => Sense::Up,
        "down" | "fell" | "fall" | "falls" | "falling" | "fallen" | "dropped" | "drop"
        | "drops" | "declined" | "decline" | "declines" | "declining" | "decreased"
        | "decrease" | "decreases" | "decreasing" | "shrank" | "shrunk" | "shrink"
        | "contracted" | "slipped" | "slid" | "slumped" | "plunged" | "plummeted" | "tumbled"
        | "sank" | "dipped" | "eased" | "reduced" | "reduction" | "cut" => Sense::Down,
        _ => return None,
    })
}

/// A word after a figure that says which way something moved (`a 3% decline`, `5% higher`).
pub(super) fn direction_after(lw: &str) -> Option<Sense> {
    Some(match lw {
        "increase" | "rise" | "growth" | "gain" | "jump" | "surge" | "hike" | "boost" | "climb"
        | "upturn" | "higher" => Sense::Up,
        "decline" | "decrease" | "drop" | "fall" | "cut" | "reduction" | "contraction"
        | "slump" | "dip" | "loss" | "plunge" | "slide" | "downturn" | "lower" => Sense::Down,
        _ => return None,
    })
}

/// Words allowed between a direction word and its figure: `fell by 5%`, `a rise of 3%`,
/// `rose by about 2%`.
pub(super) fn direction_link(lw: &str) -> bool {
    matches!(
        lw,
        "by" | "of"
            | "about"
            | "around"
            | "nearly"
            | "almost"
            | "roughly"
            | "some"
            | "approximately"
            | "just"
            | "over"
            | "only"
    )
}

/// How a word can start a figure, for the scanner's quick check of where to try the rules (a
/// superset of what the rules accept).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// Starts nothing.
    No,
    /// A number word, ordinal, `a`/`an` or `half`: tried when a number may follow.
    Number,
    /// A month name, which starts a figure only when capitalised.
    Month,
    /// `last`, `next`, `this`, `past` …: a relative time.
    Relative,
    /// A currency word written before an amount (`USD`, `Rs`, `US` of `US$`), or `minus`,
    /// `percent` (of `percent of 10`), `fiscal`, `FY`: tried when a number follows.
    Lead,
}

/// The [`Role`] of a word as written (codes and `FY` are case-sensitive).
pub(super) fn role(w: &str) -> Role {
    if super::currency::prefix_word(w) {
        return Role::Lead;
    }
    let lw = Lower::new(w);
    let lw = lw.as_str();
    if small(lw).is_some() || tens(lw).is_some() || ordinal(lw).is_some() {
        return Role::Number;
    }
    match lw {
        "a" | "an" | "half" => Role::Number,
        "last" | "past" | "previous" | "next" | "coming" | "following" | "this" => Role::Relative,
        "minus" | "percent" | "per" | "fiscal" | "fy" => Role::Lead,
        _ if month(lw).is_some() => Role::Month,
        _ => Role::No,
    }
}
