//! The word lists the recognisers share: words that typically open a sentence, calendar words
//! and time zones, words that open a phrase of time.

/// The ASCII letters that open `word`, lowered into a buffer (empty if there are more than
/// `N` or none).
fn lowered<const N: usize>(word: &str) -> ([u8; N], usize) {
    let mut buf = [0u8; N];
    let mut len = 0;
    for b in word.bytes() {
        if !b.is_ascii_alphabetic() {
            break;
        }
        let Some(slot) = buf.get_mut(len) else {
            return (buf, 0);
        };
        *slot = b.to_ascii_lowercase();
        len += 1;
    }
    (buf, len)
}

/// Whether `word` (the text after the space, opening marks skipped) begins with a word that
/// typically opens a sentence, so that an ambiguous abbreviation before it ends one.
pub(super) fn starts_sentence(word: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    if first.is_ascii_digit() {
        return false;
    }
    if !first.is_alphabetic() {
        return true;
    }
    let (buf, len) = lowered::<12>(word);
    matches!(
        buf.get(..len).unwrap_or_default(),
        b"the"
            | b"a"
            | b"an"
            | b"he"
            | b"she"
            | b"it"
            | b"they"
            | b"we"
            | b"i"
            | b"you"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"there"
            | b"here"
            | b"but"
            | b"and"
            | b"or"
            | b"so"
            | b"yet"
            | b"however"
            | b"in"
            | b"on"
            | b"at"
            | b"for"
            | b"from"
            | b"if"
            | b"when"
            | b"while"
            | b"after"
            | b"before"
            | b"since"
            | b"his"
            | b"her"
            | b"its"
            | b"their"
            | b"our"
            | b"my"
            | b"your"
            | b"what"
            | b"why"
            | b"how"
            | b"who"
            | b"where"
            | b"which"
            | b"as"
            | b"also"
            | b"then"
            | b"now"
            | b"meanwhile"
            | b"both"
            | b"all"
            | b"some"
            | b"many"
            | b"most"
            | b"each"
            | b"every"
            | b"no"
            | b"not"
            | b"during"
            | b"today"
            | b"yesterday"
            | b"tomorrow"
            | b"last"
            | b"next"
            | b"with"
            | b"by"
            | b"under"
            | b"over"
            | b"according"
            | b"still"
            | b"other"
            | b"such"
            | b"further"
            | b"moreover"
            | b"thus"
            | b"despite"
            | b"although"
            | b"though"
            // Questions open with an auxiliary verb.
            | b"do"
            | b"does"
            | b"did"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"can"
            | b"could"
            | b"will"
            | b"would"
            | b"should"
            | b"has"
            | b"have"
            | b"had"
    )
}

/// Whether `word` begins with a day, a month or a time zone: words that go on a time of day
/// (`5 p.m. Monday`, `9 a.m. GMT`) rather than start a new sentence.
pub(super) fn calendar_or_zone(word: &str) -> bool {
    let (buf, len) = lowered::<9>(word);
    matches!(
        buf.get(..len).unwrap_or_default(),
        b"monday"
            | b"tuesday"
            | b"wednesday"
            | b"thursday"
            | b"friday"
            | b"saturday"
            | b"sunday"
            | b"january"
            | b"february"
            | b"march"
            | b"april"
            | b"may"
            | b"june"
            | b"july"
            | b"august"
            | b"september"
            | b"october"
            | b"november"
            | b"december"
            | b"gmt"
            | b"utc"
            | b"bst"
            | b"cet"
            | b"cest"
            | b"eet"
            | b"msk"
            | b"et"
            | b"est"
            | b"edt"
            | b"ct"
            | b"cst"
            | b"cdt"
            | b"mt"
            | b"mst"
            | b"mdt"
            | b"pt"
            | b"pst"
            | b"pdt"
            | b"ist"
            | b"pkt"
            | b"jst"
            | b"hkt"
            | b"aest"
    )
}

/// Whether `word` (lower case) is one that opens a phrase of time at the start of a sentence
/// (`At 5 p.m. ...`, `Shortly after 9 a.m. ...`).
pub(super) fn opens_time_phrase(word: &str) -> bool {
    let (buf, len) = lowered::<9>(word);
    matches!(
        buf.get(..len).unwrap_or_default(),
        b"at"
            | b"by"
            | b"from"
            | b"until"
            | b"till"
            | b"after"
            | b"before"
            | b"around"
            | b"about"
            | b"since"
            | b"shortly"
            | b"just"
            | b"between"
            | b"on"
            | b"starting"
            | b"beginning"
            | b"today"
            | b"yesterday"
            | b"tomorrow"
            | b"tonight"
            | b"early"
            | b"late"
    )
}
