//! Speaker labels: the small grammar that decides whether a paragraph opens a turn.
//!
//! A label is looked for only at the start of a paragraph, and only in its first
//! [`WINDOW`] bytes, so the cost per paragraph is bounded whatever the paragraph holds.

use crate::ast::LabelStyle;
use crate::lexical::is_space;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_till, take_while1};
use nom::character::complete::char as ch;
use nom::combinator::{opt, recognize};
use nom::sequence::delimited;
use nom::{IResult, Parser};

/// How far into a paragraph a label may reach. The longest real labels (a full title and a
/// name) are around 200 bytes.
pub(crate) const WINDOW: usize = 256;

/// Most lower-case words (other than connectors) a title may have: `election campaign`.
const MAX_LOWER_WORDS: usize = 3;

/// Most words a label may have, title included.
const MAX_WORDS: usize = 24;

/// A label found at the start of a paragraph; offsets are relative to that start. They lie
/// inside the [`WINDOW`], so `u16` holds them: every line of the text keeps one of these
/// until the dialogue pass, and the small size keeps that temporary memory small.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LabelMatch {
    name: (u16, u16),
    aside: Option<(u16, u16)>,
    punct: (u16, u16),
    pub style: LabelStyle,
}

impl LabelMatch {
    fn new(
        name: (usize, usize),
        aside: Option<(usize, usize)>,
        punct: (usize, usize),
        style: LabelStyle,
    ) -> Option<Self> {
        let pair = |(a, b): (usize, usize)| Some((u16::try_from(a).ok()?, u16::try_from(b).ok()?));
        let aside = match aside {
            Some(a) => Some(pair(a)?),
            None => None,
        };
        Some(LabelMatch {
            name: pair(name)?,
            aside,
            punct: pair(punct)?,
            style,
        })
    }

    /// The name, without the aside and the punctuation.
    pub(crate) fn name(&self) -> (usize, usize) {
        (self.name.0.into(), self.name.1.into())
    }

    /// The parenthetical after the name, if any.
    pub(crate) fn aside(&self) -> Option<(usize, usize)> {
        self.aside.map(|(a, b)| (a.into(), b.into()))
    }

    /// The `:` or `.` that ends the label.
    pub(crate) fn punct(&self) -> (usize, usize) {
        (self.punct.0.into(), self.punct.1.into())
    }
}

/// Lower-case words that may stand inside a title or name: `President of the Republic`,
/// `Ursula von der Leyen`.
const CONNECTORS: &[&str] = &[
    "of", "the", "and", "for", "in", "at", "on", "to", "de", "da", "del", "der", "van", "von",
    "bin", "al", "la", "le", "y", "du", "des", "di", "dos", "do", "du", "ibn", "el", "pro",
    "tempore",
];

/// Labels that name a role rather than a person.
const GENERIC: &[&str] = &[
    "q",
    "a",
    "question",
    "answer",
    "remark",
    "reply",
    "response",
    "comment",
    "interviewer",
    "interviewee",
    "audience",
    "voice",
    "voices",
    "speaker",
    "participant",
    "moderator",
    "reporter",
    "journalist",
    "host",
    "follow-up",
    "unidentified speaker",
];

/// Capitalised words that introduce a field or a section, not a speaker (`Note: ...`).
const NOT_SPEAKERS: &[&str] = &[
    "note",
    "notes",
    "editor's note",
    "editor’s note",
    "update",
    "updated",
    "source",
    "sources",
    "photo",
    "photos",
    "image",
    "summary",
    "related",
    "see also",
    "read more",
    "tags",
    "topics",
    "date",
    "time",
    "location",
    "venue",
    "agenda",
    "subject",
    "re",
    "fwd",
    "from",
    "to",
    "cc",
    "warning",
    "disclaimer",
    "background",
    "context",
    "conclusion",
    "keywords",
    "abstract",
    "example",
    "examples",
    "caption",
    "credit",
    "credits",
    "transcript",
    "attendees",
    "present",
    "also present",
    "contact",
    "email",
    "e-mail",
    "phone",
    "tel",
    "fax",
    "address",
    "website",
    "web",
    "url",
    "link",
    "links",
    "p.s",
    "ps",
    "nb",
    "n.b",
    "tl;dr",
    "step",
    "part",
    "chapter",
    "section",
    "figure",
    "table",
    "total",
    "price",
    "cost",
];

fn gap(i: &str) -> IResult<&str, &str> {
    take_while1(|c: char| c == ' ' || c == '\u{a0}' || c == '\t').parse(i)
}

fn word(i: &str) -> IResult<&str, &str> {
    take_while1(|c: char| !is_space(c) && !matches!(c, ':' | '(' | ')')).parse(i)
}

/// `(answering a question)`: no nesting, so a run of parentheses cannot make it deep.
fn aside(i: &str) -> IResult<&str, &str> {
    recognize(delimited(
        ch('('),
        take_till(|c| c == ')' || c == '\n' || c == '\r'),
        ch(')'),
    ))
    .parse(i)
}

/// The words of a label candidate, kept on the stack: a label has at most [`MAX_WORDS`].
struct Words<'a> {
    buf: [&'a str; MAX_WORDS],
    len: usize,
}

impl<'a> Words<'a> {
    fn as_slice(&self) -> &[&'a str] {
        self.buf.get(..self.len).unwrap_or_default()
    }
}

/// `Name words [gap aside] :`, syntactically; whether the words make a name is checked after.
/// More than [`MAX_WORDS`] words fail.
fn colon_syntax(i: &str) -> IResult<&str, (Words<'_>, Option<&str>, &str)> {
    let (mut rest, first) = word(i)?;
    let mut buf = [""; MAX_WORDS];
    buf[0] = first;
    let mut words = Words { buf, len: 1 };
    while let Ok((r, (_, w))) = (gap, word).parse(rest) {
        let Some(slot) = words.buf.get_mut(words.len) else {
            let too_many = nom::error::Error::new(i, nom::error::ErrorKind::TooLarge);
            return Err(nom::Err::Error(too_many));
        };
        *slot = w;
        words.len += 1;
        rest = r;
    }
    let (rest, aside) = opt((opt(gap), aside)).parse(rest)?;
    let (rest, colon) = tag(":").parse(rest)?;
    Ok((rest, (words, aside.map(|(_, a)| a), colon)))
}

fn is_connector(w: &str) -> bool {
    CONNECTORS.contains(&w)
}

fn first_char(w: &str) -> Option<char> {
    w.chars().next()
}

fn is_capitalised(w: &str) -> bool {
    first_char(w).is_some_and(|c| c.is_uppercase())
}

/// A word with full stops is an abbreviation or initials (`Mr.`, `MS.`, `J.`, `U.S.`): every
/// piece between the stops is short.
fn stops_are_abbreviations(w: &str) -> bool {
    !w.contains('.') || w.split('.').all(|piece| piece.chars().count() <= 3)
}

fn name_word_ok(w: &str) -> bool {
    let w = w.strip_suffix(',').unwrap_or(w);
    if w.is_empty() {
        return false;
    }
    if matches!(w, "–" | "—" | "-" | "&") {
        return true;
    }
    if is_connector(w) {
        return true;
    }
    // A bracketed gloss inside a title: `Delovaya Rossiya [Business Russia]`.
    let w = w.trim_start_matches('[').trim_end_matches(']');
    let letters_ok = w
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '‐' | '.' | '&'));
    (is_capitalised(w) || w.is_empty()) && letters_ok && stops_are_abbreviations(w)
}

/// A lower-case word that may stand inside a long title: `Leader of the KPRF State Duma
/// faction Gennady Zyuganov`, `Moderator of the plenary session Sergei Brilyov`.
fn title_word_ok(w: &str) -> bool {
    let w = w.strip_suffix(',').unwrap_or(w);
    !w.is_empty()
        && w.chars()
            .all(|c| c.is_lowercase() || matches!(c, '-' | '’' | '\''))
}

/// What each word of a label candidate may be.
#[derive(Clone, Copy, PartialEq, Eq)]
enum WordClass {
    /// Part of a name or title: capitalised, a connector, initials, a dash.
    Name,
    /// A lower-case word of a title: `faction`, `plenary session`.
    Lower,
    /// Anything else: the candidate is not a label.
    Bad,
}

fn word_class(w: &str) -> WordClass {
    if name_word_ok(w) {
        WordClass::Name
    } else if title_word_ok(w) {
        WordClass::Lower
    } else {
        WordClass::Bad
    }
}

/// Whether the words can make a label, in one pass that stops at the first bad word.
/// Lower-case words (other than connectors) are a title's, so a full name of at least two
/// capitalised words must follow the last of them: `... faction Gennady Zyuganov:` is a
/// label, `The meeting with Putin:` and `Here is another problem:` are not.
fn words_fit(words: &[&str]) -> bool {
    let mut lower = 0;
    let mut last_lower = None;
    for (i, w) in words.iter().enumerate() {
        match word_class(w) {
            WordClass::Name => {}
            WordClass::Lower => {
                lower += 1;
                if lower > MAX_LOWER_WORDS {
                    return false;
                }
                last_lower = Some(i);
            }
            WordClass::Bad => return false,
        }
    }
    last_lower.is_none_or(|l| words.len() - l > 2)
}

/// Whether `name` in lower case is one of `list` (whose entries are in lower case). An ASCII
/// name is compared without allocating; any other is lower-cased first, unless it has more
/// characters than the longest entry (`max_chars`): lower-casing never removes characters.
fn in_list(list: &[&str], max_chars: usize, name: &str) -> bool {
    if name.is_ascii() {
        list.iter().any(|w| name.eq_ignore_ascii_case(w))
    } else {
        name.chars().nth(max_chars).is_none() && list.contains(&name.to_lowercase().as_str())
    }
}

/// The most characters in an entry of `list`, for [`in_list`].
const fn max_chars(list: &[&str]) -> usize {
    let mut max = 0;
    let mut rest = list;
    while let [first, more @ ..] = rest {
        let mut chars = 0;
        let mut bytes = first.as_bytes();
        while let [b, tail @ ..] = bytes {
            // Every byte that is not a UTF-8 continuation byte starts a character.
            if *b & 0xC0 != 0x80 {
                chars += 1;
            }
            bytes = tail;
        }
        if chars > max {
            max = chars;
        }
        rest = more;
    }
    max
}

const GENERIC_MAX_CHARS: usize = max_chars(GENERIC);
const NOT_SPEAKERS_MAX_CHARS: usize = max_chars(NOT_SPEAKERS);

fn style_of(name: &str) -> LabelStyle {
    if in_list(GENERIC, GENERIC_MAX_CHARS, name) {
        LabelStyle::Generic
    } else if name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !name.chars().any(char::is_lowercase)
    {
        LabelStyle::Upper
    } else {
        LabelStyle::Name
    }
}

/// Recognises `Name:` labels at the start of `s` (the start of a paragraph).
pub(crate) fn colon_label(s: &str) -> Option<LabelMatch> {
    let window = clip(s, WINDOW);
    // Most paragraphs have no colon near their start: a byte search rules them out before
    // any word is read.
    let colon = memchr::memchr(b':', window.as_bytes())?;
    // A label starts with a capital, and its words fit before the colon.
    let head = window.get(..colon)?;
    if !first_char(head).is_some_and(char::is_uppercase)
        || memchr::memchr_iter(b' ', head.as_bytes()).count() > MAX_WORDS
    {
        return None;
    }
    let (rest, (words, aside, _)) = colon_syntax(window).ok()?;
    let words = words.as_slice();
    // The speech starts after the colon: a space, the end, or a quotation mark.
    if let Some(c) = first_char(rest) {
        if !(is_space(c) || crate::lexical::is_mark(c)) {
            return None;
        }
    }
    let last = words.last()?;
    if !is_capitalised(last)
        || !words_fit(words)
        || last.ends_with(',')
        || is_connector(last)
        || words.first().is_some_and(|w| !is_capitalised(w))
    {
        return None;
    }
    let name_end = offset_after(window, last);
    let name = window.get(..name_end)?;
    if in_list(NOT_SPEAKERS, NOT_SPEAKERS_MAX_CHARS, name) {
        return None;
    }
    let colon_at = window.len() - rest.len() - 1;
    let aside = aside.map(|a| {
        let start = offset_of(window, a);
        (start, start + a.len())
    });
    LabelMatch::new(
        (0, name_end),
        aside,
        (colon_at, colon_at + 1),
        style_of(name),
    )
}

/// Titles that may stand before a Congressional Record name: `Mr. SMITH.`.
fn record_title(i: &str) -> IResult<&str, &str> {
    alt((
        tag("Mr. "),
        tag("Mrs. "),
        tag("Ms. "),
        tag("Miss "),
        tag("Dr. "),
        tag("The "),
    ))
    .parse(i)
}

fn caps_word(i: &str) -> IResult<&str, &str> {
    let (rest, w) =
        take_while1(|c: char| c.is_uppercase() || matches!(c, '\'' | '’' | '-')).parse(i)?;
    if w.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
        Ok((rest, w))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

type NomError<'a> = nom::error::Error<&'a str>;

/// `of Texas` after a Congressional Record name.
fn of_place(i: &str) -> IResult<&str, &str> {
    recognize((tag(" of "), take_while1(|c: char| c.is_alphabetic()))).parse(i)
}

/// Recognises the Congressional Record's `Mr. SMITH.`, `The PRESIDING OFFICER.`,
/// `Mr. SMITH of Texas.`, `The SPEAKER pro tempore.` at the start of `s`.
pub(crate) fn record_label(s: &str) -> Option<LabelMatch> {
    let window = clip(s, WINDOW);
    let (mut rest, _) = opt(record_title).parse(window).ok()?;
    let (r, _) = caps_word(rest).ok()?;
    rest = r;
    for _ in 0..4 {
        match (tag(" "), caps_word).parse(rest) {
            Ok((r, _)) => rest = r,
            Err(_) => break,
        }
    }
    // `of Texas`, `pro tempore`
    if let Ok((r, _)) = of_place(rest) {
        rest = r;
    } else if let Ok((r, _)) = tag::<_, _, NomError<'_>>(" pro tempore").parse(rest) {
        rest = r;
    }
    let (after, _) = tag::<_, _, NomError<'_>>(".").parse(rest).ok()?;
    if !first_char(after).is_none_or(is_space) {
        return None;
    }
    let dot = window.len() - rest.len();
    LabelMatch::new((0, dot), None, (dot, dot + 1), LabelStyle::Record)
}

/// The first `max` bytes of `s`, cut back to a character boundary.
fn clip(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// Offset of `part` (a subslice of `whole`) within `whole`.
fn offset_of(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

fn offset_after(whole: &str, part: &str) -> usize {
    offset_of(whole, part) + part.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> Option<&str> {
        colon_label(s).map(|m| &s[m.name().0..m.name().1])
    }

    #[test]
    fn plain_names() {
        assert_eq!(name("Putin: “Last time"), Some("Putin"));
        assert_eq!(
            name("Vladimir Putin: Good afternoon."),
            Some("Vladimir Putin")
        );
        assert_eq!(name("Putin:“Hi”"), Some("Putin"));
        assert_eq!(name("Putin:"), Some("Putin"));
    }

    #[test]
    fn titled_names() {
        assert_eq!(
            name("Prime Minister Sharif: Thank you."),
            Some("Prime Minister Sharif")
        );
        let t = "President of\u{a0}Russia Vladimir Putin: Colleagues,";
        assert_eq!(name(t), Some("President of\u{a0}Russia Vladimir Putin"));
        let t = "President of Russia, Supreme Commander-in-Chief of Russia Vladimir Putin: Yes.";
        assert_eq!(name(t), Some(&t[..t.find(':').unwrap()]));
        let t = "Director of the All-Russia Organisation Delovaya Rossiya [Business Russia] Alexei Repik: We";
        assert!(name(t).is_some());
        let t =
            "Russian Railways Chief Executive Officer – Chairman of the Board Oleg Belozerov: Mr";
        assert!(name(t).is_some());
        assert_eq!(
            name("Patriarch of Moscow and All Russia Kirill: Your"),
            Some("Patriarch of Moscow and All Russia Kirill")
        );
    }

    #[test]
    fn asides() {
        let t = "Vladimir Putin (answering a question): Yes.";
        let m = colon_label(t).unwrap();
        assert_eq!(&t[m.name().0..m.name().1], "Vladimir Putin");
        assert_eq!(
            m.aside().map(|(a, b)| &t[a..b]),
            Some("(answering a question)")
        );
        assert_eq!(&t[m.punct().0..m.punct().1], ":");
        let t = "Andrei Okhlopkov, General Director of the Centre (TsENKI): Mr President";
        assert_eq!(
            colon_label(t)
                .and_then(|m| m.aside())
                .map(|(a, b)| &t[a..b]),
            Some("(TsENKI)")
        );
    }

    #[test]
    fn generic_and_upper() {
        assert_eq!(
            colon_label("Q: Why?").map(|m| m.style),
            Some(LabelStyle::Generic)
        );
        assert_eq!(
            colon_label("A: Because.").map(|m| m.style),
            Some(LabelStyle::Generic)
        );
        assert_eq!(
            colon_label("Question: Why?").map(|m| m.style),
            Some(LabelStyle::Generic)
        );
        assert_eq!(
            colon_label("Remark: Indeed.").map(|m| m.style),
            Some(LabelStyle::Generic)
        );
        assert_eq!(
            colon_label("MS. SMITH: Good.").map(|m| m.style),
            Some(LabelStyle::Upper)
        );
        assert_eq!(
            colon_label("MR. SMITH: Good.").map(|m| m.style),
            Some(LabelStyle::Upper)
        );
        assert_eq!(
            colon_label("PUTIN: Good.").map(|m| m.style),
            Some(LabelStyle::Upper)
        );
        assert_eq!(
            colon_label("Putin: Good.").map(|m| m.style),
            Some(LabelStyle::Name)
        );
    }

    #[test]
    fn ordinary_text_is_not_a_label() {
        assert_eq!(name("Here is another problem: the roads."), None);
        assert_eq!(name("The agenda: three items"), None);
        assert_eq!(name("Note: the figures are provisional."), None);
        assert_eq!(name("At 10:30 the talks began."), None);
        assert_eq!(name("Putin:x"), None);
        assert_eq!(name("putin: hello"), None);
        assert_eq!(name("Mr. President of: no"), None);
        assert_eq!(name("This is what they had to say:"), None);
        assert_eq!(name("In 2024: growth"), None);
        assert_eq!(
            name(&format!("{}: hi", "Word ".repeat(30).trim_end())),
            None
        );
    }

    #[test]
    fn record_style() {
        fn r(s: &str) -> Option<(&str, &str)> {
            record_label(s).map(|m| (&s[m.name().0..m.name().1], &s[m.punct().0..m.punct().1]))
        }
        assert_eq!(
            r("Mr. SMITH. Mr. President, I rise"),
            Some(("Mr. SMITH", "."))
        );
        assert_eq!(
            r("The PRESIDING OFFICER. Without objection"),
            Some(("The PRESIDING OFFICER", "."))
        );
        assert_eq!(
            r("Mrs. JONES of Ohio. I yield"),
            Some(("Mrs. JONES of Ohio", "."))
        );
        assert_eq!(
            r("The SPEAKER pro tempore. The gentleman"),
            Some(("The SPEAKER pro tempore", "."))
        );
        assert_eq!(r("Mr. Smith went to Washington."), None);
        assert_eq!(r("The U.S. is"), None);
        assert_eq!(r("NATO.Then"), None);
    }

    #[test]
    fn list_lengths_count_characters() {
        assert_eq!(max_chars(&["ab", "editor’s", "c"]), 8);
        assert_eq!(GENERIC_MAX_CHARS, "unidentified speaker".len());
        assert!(in_list(
            NOT_SPEAKERS,
            NOT_SPEAKERS_MAX_CHARS,
            "Editor’s Note"
        ));
        assert!(!in_list(
            NOT_SPEAKERS,
            NOT_SPEAKERS_MAX_CHARS,
            "Editor’s Notes here"
        ));
    }

    #[test]
    fn deep_parentheses_stay_cheap() {
        let t = format!("Putin {}x{}: hi", "(".repeat(10_000), ")".repeat(10_000));
        assert_eq!(colon_label(&t), None);
    }
}
