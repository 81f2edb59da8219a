//! The finder's word lists. Every function takes a word already lowercased (see [`Lower`])
//! unless it says it is case-sensitive. The longer lists are [`Table`]s, built at compile time.

use super::table::Table;
use crate::ast::Sense;

/// A short word in ASCII lower case: the word itself when it has no capitals, else a folded
/// copy on the stack. Words longer than the buffer or with non-ASCII letters lower to the
/// empty string, which no list contains.
pub(super) enum Lower<'a> {
    Same(&'a str),
    Folded { buf: [u8; 24], len: usize },
}

impl<'a> Lower<'a> {
    pub(super) fn new(word: &'a str) -> Self {
        let b = word.as_bytes();
        if b.len() > 24 || !word.is_ascii() {
            return Lower::Same("");
        }
        if !b.iter().any(u8::is_ascii_uppercase) {
            return Lower::Same(word);
        }
        let mut buf = [0u8; 24];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        Lower::Folded { buf, len: b.len() }
    }

    pub(super) fn as_str(&self) -> &str {
        match self {
            Lower::Same(w) => w,
            Lower::Folded { buf, len } => buf
                .get(..*len)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or(""),
        }
    }
}

static SMALL: Table<u32, 64> = Table::new(&[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
]);

/// `zero` … `nineteen`.
pub(super) fn small(w: &str) -> Option<u32> {
    SMALL.get(w)
}

static TENS: Table<u32, 16> = Table::new(&[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
]);

/// `twenty` … `ninety`.
pub(super) fn tens(w: &str) -> Option<u32> {
    TENS.get(w)
}

static SCALES: Table<u32, 16> = Table::new(&[
    ("thousand", 3),
    ("lakh", 5),
    ("lakhs", 5),
    ("million", 6),
    ("crore", 7),
    ("crores", 7),
    ("billion", 9),
    ("trillion", 12),
]);

/// Scale words and their power of ten (`hundred` is handled by the number grammar itself).
pub(super) fn scale_word(w: &str) -> Option<u32> {
    SCALES.get(w)
}

/// Scale abbreviations, case-sensitive. The one-letter ones only in a money context.
pub(super) fn scale_abbr(w: &str, money: bool) -> Option<u32> {
    Some(match w {
        "bn" | "bln" | "Bn" | "BN" => 9,
        "mn" | "mln" | "Mn" | "MN" => 6,
        "tn" | "trn" | "Tn" => 12,
        // Crore, ten million, as Indian papers abbreviate it (`Rs 500cr`).
        "cr" | "Cr" => 7,
        "b" | "B" if money => 9,
        "m" | "M" if money => 6,
        "k" | "K" if money => 3,
        _ => return None,
    })
}

static ORDINALS: Table<u32, 64> = Table::new(&[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("hundredth", 100),
]);

/// Ordinal words, `first` … `twentieth`, the tens and `hundredth`.
pub(super) fn ordinal(w: &str) -> Option<u32> {
    ORDINALS.get(w)
}

static MONTHS: Table<(u8, bool), 64> = Table::new(&[
    ("january", (1, false)),
    ("february", (2, false)),
    ("march", (3, false)),
    ("april", (4, false)),
    ("may", (5, false)),
    ("june", (6, false)),
    ("july", (7, false)),
    ("august", (8, false)),
    ("september", (9, false)),
    ("october", (10, false)),
    ("november", (11, false)),
    ("december", (12, false)),
    ("jan", (1, true)),
    ("feb", (2, true)),
    ("mar", (3, true)),
    ("apr", (4, true)),
    ("jun", (6, true)),
    ("jul", (7, true)),
    ("aug", (8, true)),
    ("sep", (9, true)),
    ("sept", (9, true)),
    ("oct", (10, true)),
    ("nov", (11, true)),
    ("dec", (12, true)),
]);

/// Month names and their abbreviations; the flag says it was an abbreviation.
pub(super) fn month(w: &str) -> Option<(u8, bool)> {
    MONTHS.get(w)
}

static UNITS: Table<&str, 128> = Table::new(&[
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometer", "km"),
    ("metres", "m"),
    ("meters", "m"),
    ("metre", "m"),
    ("meter", "m"),
    ("centimetres", "cm"),
    ("centimeters", "cm"),
    ("millimetres", "mm"),
    ("millimeters", "mm"),
    ("miles", "mile"),
    ("mile", "mile"),
    ("feet", "ft"),
    ("foot", "ft"),
    ("tonnes", "t"),
    ("tonne", "t"),
    ("tons", "t"),
    ("ton", "t"),
    ("pounds", "lb"),
    ("pound", "lb"),
    ("lbs", "lb"),
    ("lb", "lb"),
    ("kilograms", "kg"),
    ("kilogram", "kg"),
    ("kilos", "kg"),
    ("grams", "g"),
    ("gram", "g"),
    ("litres", "l"),
    ("liters", "l"),
    ("litre", "l"),
    ("liter", "l"),
    ("barrels", "barrel"),
    ("barrel", "barrel"),
    ("hectares", "ha"),
    ("hectare", "ha"),
    ("acres", "acre"),
    ("acre", "acre"),
    ("megawatts", "MW"),
    ("megawatt", "MW"),
    ("gigawatts", "GW"),
    ("gigawatt", "GW"),
    ("kilowatts", "kW"),
    ("kilowatt", "kW"),
    ("degrees", "degree"),
    ("degree", "degree"),
    ("points", "point"),
    ("knots", "knot"),
    ("seconds", "second"),
    ("second", "second"),
    ("minutes", "minute"),
    ("minute", "minute"),
    ("hours", "hour"),
    ("hour", "hour"),
    ("days", "day"),
    ("day", "day"),
    ("weeks", "week"),
    ("week", "week"),
    ("months", "month"),
    ("month", "month"),
    ("years", "year"),
    ("year", "year"),
    ("yrs", "year"),
    ("yr", "year"),
    ("decades", "decade"),
    ("decade", "decade"),
    ("centuries", "century"),
    ("century", "century"),
]);

/// Units of measure. `w` is the word as written (abbreviations are case-sensitive), `lw` the
/// lowercased word. Returns the canonical unit name.
pub(super) fn unit(w: &str, lw: &str) -> Option<&'static str> {
    let abbr = match w {
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
        "kph" => Some("km/h"),
        "cm" => Some("cm"),
        "mm" => Some("mm"),
        _ => None,
    };
    abbr.or_else(|| UNITS.get(lw))
}

static TIME_UNITS: Table<&str, 32> = Table::new(&[
    ("days", "day"),
    ("day", "day"),
    ("weeks", "week"),
    ("week", "week"),
    ("months", "month"),
    ("month", "month"),
    ("years", "year"),
    ("year", "year"),
    ("decades", "decade"),
    ("decade", "decade"),
    ("centuries", "century"),
    ("century", "century"),
    ("hours", "hour"),
    ("hour", "hour"),
    ("minutes", "minute"),
    ("minute", "minute"),
]);

/// Units of time for relative expressions (`a year ago`, `last week`).
pub(super) fn time_unit(lw: &str) -> Option<&'static str> {
    TIME_UNITS.get(lw)
}

static YEAR_CUES: Table<(), 64> = Table::new(&[
    ("in", ()),
    ("since", ()),
    ("by", ()),
    ("until", ()),
    ("till", ()),
    ("from", ()),
    ("during", ()),
    ("before", ()),
    ("after", ()),
    ("through", ()),
    ("throughout", ()),
    ("of", ()),
    ("around", ()),
    ("circa", ()),
    ("year", ()),
    ("early", ()),
    ("late", ()),
    ("mid", ()),
    ("spring", ()),
    ("summer", ()),
    ("autumn", ()),
    ("fall", ()),
    ("winter", ()),
    ("and", ()),
    ("to", ()),
    ("between", ()),
    ("for", ()),
]);

/// Words before a bare four-digit number that make it a year.
pub(super) fn year_cue(lw: &str) -> bool {
    YEAR_CUES.has(lw)
}

static MONTH_CUES: Table<(), 32> = Table::new(&[
    ("in", ()),
    ("since", ()),
    ("by", ()),
    ("until", ()),
    ("till", ()),
    ("from", ()),
    ("during", ()),
    ("before", ()),
    ("after", ()),
    ("through", ()),
    ("of", ()),
    ("early", ()),
    ("late", ()),
    ("mid", ()),
    ("end", ()),
    ("on", ()),
    ("to", ()),
]);

/// Words before a month name that make it a date (`in November`).
pub(super) fn month_cue(lw: &str) -> bool {
    MONTH_CUES.has(lw)
}

static LABEL_WORDS: Table<bool, 128> = Table::new(&[
    ("no", true),
    ("article", false),
    ("articles", false),
    ("section", false),
    ("chapter", false),
    ("paragraph", false),
    ("resolution", false),
    ("room", false),
    ("suite", false),
    ("apartment", false),
    ("apt", false),
    ("flat", false),
    ("floor", false),
    ("gate", false),
    ("platform", false),
    ("route", false),
    ("highway", false),
    ("flight", false),
    ("building", false),
    ("block", false),
    ("item", false),
    ("page", false),
    ("pages", false),
    ("p", false),
    ("pp", false),
    ("vol", false),
    ("volume", false),
    ("version", false),
    ("v", false),
    ("episode", false),
    ("season", false),
    ("phase", false),
    ("stage", false),
    ("level", false),
    ("ext", false),
    ("tel", false),
    ("fax", false),
    ("box", false),
    ("case", true),
    ("docket", false),
    ("exhibit", false),
    ("form", false),
    ("slide", false),
    ("ep", false),
    ("terminal", true),
    ("ward", true),
    ("district", true),
    ("precinct", true),
    ("pier", true),
    ("studio", true),
    ("channel", true),
    ("interstate", true),
    ("line", true),
    ("iphone", false),
    ("nasdaq", true),
    ("dow", true),
    // Names of indices, aircraft, products and programmes: only capitalised (`FTSE 100`,
    // `Boeing 737`, `Windows 11`, `Apollo 11`; not `the windows 11 of them broke`).
    ("ftse", true),
    ("nikkei", true),
    ("cac", true),
    ("dax", true),
    ("stoxx", true),
    ("russell", true),
    ("fortune", true),
    ("boeing", true),
    ("airbus", true),
    ("windows", true),
    ("apollo", true),
    ("artemis", true),
    ("soyuz", true),
    ("formula", true),
    ("galaxy", true),
    ("pixel", true),
]);

/// Words before a number that make it a label or a name, not a quantity (`Article 5`, `Room
/// 12`, `FTSE 100`): `Some(true)` when the word does so only capitalised (`No. 10`, `Case
/// 24-311`, `Boeing 737`; not `in case 5 fail`).
pub(super) fn label_word(lw: &str) -> Option<bool> {
    LABEL_WORDS.get(lw)
}

static STREET_WORDS: Table<(), 32> = Table::new(&[
    ("street", ()),
    ("st", ()),
    ("avenue", ()),
    ("ave", ()),
    ("road", ()),
    ("rd", ()),
    ("boulevard", ()),
    ("blvd", ()),
    ("lane", ()),
    ("square", ()),
    ("place", ()),
    ("drive", ()),
    ("embankment", ()),
    ("prospekt", ()),
    ("highway", ()),
    ("terrace", ()),
    ("court", ()),
    ("way", ()),
    ("plaza", ()),
]);

/// Street words ending an address (`10 Downing Street`).
pub(super) fn street_word(lw: &str) -> bool {
    STREET_WORDS.has(lw)
}

/// Words written before a hyphen and a year that do not make a name of it (`mid-2024`).
pub(super) fn year_prefix(lw: &str) -> bool {
    matches!(lw, "mid" | "pre" | "post" | "early" | "late" | "end")
}

static FRACTION_WORDS: Table<u32, 32> = Table::new(&[
    ("half", 2),
    ("halves", 2),
    ("third", 3),
    ("thirds", 3),
    ("quarter", 4),
    ("quarters", 4),
    ("fifth", 5),
    ("fifths", 5),
    ("sixth", 6),
    ("sixths", 6),
    ("eighth", 8),
    ("eighths", 8),
    ("tenth", 10),
    ("tenths", 10),
]);

/// The denominator a fraction word names (`half` 2, `thirds` 3, `quarter` 4), for
/// `two-thirds`, `three-quarters`, `one-half`.
pub(super) fn fraction_word(lw: &str) -> Option<u32> {
    FRACTION_WORDS.get(lw)
}

static DIRECTIONS_BEFORE: Table<Sense, 128> = Table::new(&[
    ("up", Sense::Up),
    ("rose", Sense::Up),
    ("rise", Sense::Up),
    ("rises", Sense::Up),
    ("rising", Sense::Up),
    ("risen", Sense::Up),
    ("grew", Sense::Up),
    ("grow", Sense::Up),
    ("grows", Sense::Up),
    ("growing", Sense::Up),
    ("grown", Sense::Up),
    ("growth", Sense::Up),
    ("increased", Sense::Up),
    ("increase", Sense::Up),
    ("increases", Sense::Up),
    ("increasing", Sense::Up),
    ("gained", Sense::Up),
    ("gain", Sense::Up),
    ("gains", Sense::Up),
    ("climbed", Sense::Up),
    ("climb", Sense::Up),
    ("climbs", Sense::Up),
    ("jumped", Sense::Up),
    ("jump", Sense::Up),
    ("jumps", Sense::Up),
    ("surged", Sense::Up),
    ("surge", Sense::Up),
    ("soared", Sense::Up),
    ("rallied", Sense::Up),
    ("boosted", Sense::Up),
    ("expanded", Sense::Up),
    ("advanced", Sense::Up),
    ("hiked", Sense::Up),
    ("hike", Sense::Up),
    ("down", Sense::Down),
    ("fell", Sense::Down),
    ("fall", Sense::Down),
    ("falls", Sense::Down),
    ("falling", Sense::Down),
    ("fallen", Sense::Down),
    ("dropped", Sense::Down),
    ("drop", Sense::Down),
    ("drops", Sense::Down),
    ("declined", Sense::Down),
    ("decline", Sense::Down),
    ("declines", Sense::Down),
    ("declining", Sense::Down),
    ("decreased", Sense::Down),
    ("decrease", Sense::Down),
    ("decreases", Sense::Down),
    ("decreasing", Sense::Down),
    ("shrank", Sense::Down),
    ("shrunk", Sense::Down),
    ("shrink", Sense::Down),
    ("contracted", Sense::Down),
    ("slipped", Sense::Down),
    ("slid", Sense::Down),
    ("slumped", Sense::Down),
    ("plunged", Sense::Down),
    ("plummeted", Sense::Down),
    ("tumbled", Sense::Down),
    ("sank", Sense::Down),
    ("dipped", Sense::Down),
    ("eased", Sense::Down),
    ("reduced", Sense::Down),
    ("reduction", Sense::Down),
    ("cut", Sense::Down),
]);

/// A word before a figure that says which way something moved (`fell 5%`, `up 12%`,
/// `an increase of 3%`).
pub(super) fn direction_before(lw: &str) -> Option<Sense> {
    DIRECTIONS_BEFORE.get(lw)
}

static DIRECTIONS_AFTER: Table<Sense, 64> = Table::new(&[
    ("increase", Sense::Up),
    ("rise", Sense::Up),
    ("growth", Sense::Up),
    ("gain", Sense::Up),
    ("jump", Sense::Up),
    ("surge", Sense::Up),
    ("hike", Sense::Up),
    ("boost", Sense::Up),
    ("climb", Sense::Up),
    ("upturn", Sense::Up),
    ("higher", Sense::Up),
    ("decline", Sense::Down),
    ("decrease", Sense::Down),
    ("drop", Sense::Down),
    ("fall", Sense::Down),
    ("cut", Sense::Down),
    ("reduction", Sense::Down),
    ("contraction", Sense::Down),
    ("slump", Sense::Down),
    ("dip", Sense::Down),
    ("loss", Sense::Down),
    ("plunge", Sense::Down),
    ("slide", Sense::Down),
    ("downturn", Sense::Down),
    ("lower", Sense::Down),
]);

/// A word after a figure that says which way something moved (`a 3% decline`, `5% higher`).
pub(super) fn direction_after(lw: &str) -> Option<Sense> {
    DIRECTIONS_AFTER.get(lw)
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

/// The words that can start a figure, with their [`Role`].
const ROLE_WORDS: &[(&str, Role)] = &[
    ("a", Role::Number),
    ("an", Role::Number),
    ("half", Role::Number),
    ("quarter", Role::Number),
    ("last", Role::Relative),
    ("past", Role::Relative),
    ("previous", Role::Relative),
    ("next", Role::Relative),
    ("coming", Role::Relative),
    ("following", Role::Relative),
    ("this", Role::Relative),
    ("minus", Role::Lead),
    ("percent", Role::Lead),
    ("per", Role::Lead),
    ("fiscal", Role::Lead),
    ("fy", Role::Lead),
    ("zero", Role::Number),
    ("one", Role::Number),
    ("two", Role::Number),
    ("three", Role::Number),
    ("four", Role::Number),
    ("five", Role::Number),
    ("six", Role::Number),
    ("seven", Role::Number),
    ("eight", Role::Number),
    ("nine", Role::Number),
    ("ten", Role::Number),
    ("eleven", Role::Number),
    ("twelve", Role::Number),
    ("thirteen", Role::Number),
    ("fourteen", Role::Number),
    ("fifteen", Role::Number),
    ("sixteen", Role::Number),
    ("seventeen", Role::Number),
    ("eighteen", Role::Number),
    ("nineteen", Role::Number),
    ("twenty", Role::Number),
    ("thirty", Role::Number),
    ("forty", Role::Number),
    ("fifty", Role::Number),
    ("sixty", Role::Number),
    ("seventy", Role::Number),
    ("eighty", Role::Number),
    ("ninety", Role::Number),
    ("first", Role::Number),
    ("second", Role::Number),
    ("third", Role::Number),
    ("fourth", Role::Number),
    ("fifth", Role::Number),
    ("sixth", Role::Number),
    ("seventh", Role::Number),
    ("eighth", Role::Number),
    ("ninth", Role::Number),
    ("tenth", Role::Number),
    ("eleventh", Role::Number),
    ("twelfth", Role::Number),
    ("thirteenth", Role::Number),
    ("fourteenth", Role::Number),
    ("fifteenth", Role::Number),
    ("sixteenth", Role::Number),
    ("seventeenth", Role::Number),
    ("eighteenth", Role::Number),
    ("nineteenth", Role::Number),
    ("twentieth", Role::Number),
    ("thirtieth", Role::Number),
    ("fortieth", Role::Number),
    ("fiftieth", Role::Number),
    ("sixtieth", Role::Number),
    ("seventieth", Role::Number),
    ("eightieth", Role::Number),
    ("ninetieth", Role::Number),
    ("hundredth", Role::Number),
    ("january", Role::Month),
    ("february", Role::Month),
    ("march", Role::Month),
    ("april", Role::Month),
    ("may", Role::Month),
    ("june", Role::Month),
    ("july", Role::Month),
    ("august", Role::Month),
    ("september", Role::Month),
    ("october", Role::Month),
    ("november", Role::Month),
    ("december", Role::Month),
    ("jan", Role::Month),
    ("feb", Role::Month),
    ("mar", Role::Month),
    ("apr", Role::Month),
    ("jun", Role::Month),
    ("jul", Role::Month),
    ("aug", Role::Month),
    ("sep", Role::Month),
    ("sept", Role::Month),
    ("oct", Role::Month),
    ("nov", Role::Month),
    ("dec", Role::Month),
];

static ROLES: Table<Role, 256> = Table::new(ROLE_WORDS);

/// For each pair of first and second letters (by their low five bits, the same for both
/// cases), a bit for each length some word of [`ROLE_WORDS`] has; one-letter words (`a`)
/// use the pair of their letter and 0.
static ROLE_FILTER: [u16; 1024] = {
    let mut t = [0u16; 1024];
    let mut i = 0;
    while i < ROLE_WORDS.len() {
        let w = ROLE_WORDS[i].0.as_bytes();
        let second = if w.len() > 1 { w[1] } else { 0 };
        t[(((w[0] & 0x1F) as usize) << 5) | (second & 0x1F) as usize] |= 1 << w.len();
        i += 1;
    }
    t
};

/// The [`Role`] of a word as written (codes and `FY` are case-sensitive).
pub(super) fn role(w: &str) -> Role {
    let b = w.as_bytes();
    let Some(&first) = b.first() else {
        return Role::No;
    };
    // Currency prefixes are short: `US`, `USD`, `Rs`, `kr`.
    if b.len() <= 3
        && (first.is_ascii_uppercase() || first == b'k')
        && super::words_currency::prefix_word(w)
    {
        return Role::Lead;
    }
    let second = b.get(1).copied().unwrap_or(0);
    let index = (usize::from(first & 0x1F) << 5) | usize::from(second & 0x1F);
    let lengths = ROLE_FILTER.get(index).copied().unwrap_or(0);
    if b.len() > 11 || lengths & (1 << b.len()) == 0 || !first.is_ascii_alphabetic() {
        return Role::No;
    }
    ROLES.get(Lower::new(w).as_str()).unwrap_or(Role::No)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_roles_cover_the_number_and_month_words() {
        for (w, _) in SMALL
            .entries()
            .iter()
            .chain(TENS.entries())
            .chain(ORDINALS.entries())
        {
            assert!(role(w) == Role::Number, "{w}");
        }
        for (w, _) in MONTHS.entries() {
            assert!(role(w) == Role::Month, "{w}");
        }
    }
}
