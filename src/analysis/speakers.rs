//! Speakers: one entry per person, merged from the labels that name them, with the fullest
//! name and the role the text gives.

use super::names::{
    Split, Word, is_connector, is_honorific, is_title_head, is_title_word, name_like, split,
    title_start, words,
};
use crate::ast::LabelStyle;
use crate::span::{Span, sp};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A speaker label, as [`resolve_speakers`] reads it.
///
/// ```
/// use speechmark::{analysis::LabelInput, LabelStyle, Span};
/// let label = LabelInput { name: Span::new(0, 5), aside: None, style: LabelStyle::Name };
/// assert_eq!(label.name.slice("Putin: Yes."), Some("Putin"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelInput {
    /// The name as printed, with any title: `President of Russia Vladimir Putin`.
    pub name: Span,
    /// A parenthetical after the name, such as `(retranslated)`.
    pub aside: Option<Span>,
    /// The label's form; [`LabelStyle::Generic`] labels (`Q`, `Question`, `Remark`) are
    /// anonymous speakers.
    pub style: LabelStyle,
}

/// A piece of text that names someone or gives their role, with where it stands.
///
/// ```
/// use speechmark::{analysis::Mention, Span};
/// let m = Mention { text: "Vladimir Putin".into(), span: Span::new(23, 37) };
/// assert_eq!(serde_json::to_string(&m).unwrap(), r#"{"text":"Vladimir Putin","span":[23,37]}"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Mention {
    /// The text, exactly as in the input.
    pub text: String,
    /// Where it stands in the input.
    pub span: Span,
}

/// One person who speaks in the document (or one anonymous role, such as `Question`).
///
/// ```
/// use speechmark::{analysis::{resolve_speakers, LabelInput}, LabelStyle, Span};
///
/// let text = "Putin: Hello.\nVladimir Putin: Yes.";
/// let labels = [
///     LabelInput { name: Span::new(0, 5), aside: None, style: LabelStyle::Name },
///     LabelInput { name: Span::new(14, 28), aside: None, style: LabelStyle::Name },
/// ];
/// let r = resolve_speakers(text, &labels, &[]);
/// assert_eq!(r.speakers.len(), 1);
/// assert_eq!(r.speakers[0].name.text, "Vladimir Putin");
/// assert_eq!(r.speakers[0].labels, [0, 1]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The fullest name the text gives, and the mention it came from.
    pub name: Mention,
    /// The role or title, when the text states one, and the mention it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Mention>,
    /// A generic label (`Q`, `Question`, `Remark`, `A reporter`) rather than a named person.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub anonymous: bool,
    /// The indices of the labels (so of the turns) that are this speaker's, in order.
    pub labels: Vec<usize>,
}

/// What [`resolve_speakers`] found: the speakers in order of first appearance, and for each
/// label the index of its speaker.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Speakers {
    /// One entry per person, in order of their first label.
    pub speakers: Vec<Speaker>,
    /// For each label given, the index of its speaker in `speakers`.
    pub of_label: Vec<usize>,
}

/// What is known about one person while resolving.
struct Person {
    surname: String,
    given: Vec<String>,
    anonymous: bool,
    /// The name mentions found: span, number of words, and whether a title stood before it
    /// (where the boundary between title and name is a guess).
    names: Vec<(Span, usize, bool)>,
    /// The role mentions found.
    roles: Vec<Span>,
    labels: Vec<usize>,
    /// The last label or mention that named this person, to prefer them when a short label
    /// could name two people.
    last_seen: usize,
}

/// Resolves the speakers of a document.
///
/// Labels that name the same person are merged: `President of Russia Vladimir Putin`,
/// `Vladimir Putin` and `Putin` share a surname and do not disagree on given names. Generic
/// labels are anonymous speakers, one per distinct label text. Each person's name is the
/// fullest the labels and the `narrative` paragraphs give (`Vladimir Putin` in "The Russian
/// President, Vladimir Putin, has ..."), and the role the first that the text states: a title
/// in a label (`President of Russia`), a title before the name in the narrative (`Prime
/// Minister Sharif`), an appositive before or after it ("Pakistan’s Prime Minister, Shehbaz
/// Sharif"; "Shehbaz Sharif, Pakistan’s Prime Minister,") or a parenthetical after it.
///
/// ```
/// use speechmark::{analysis::{resolve_speakers, LabelInput}, LabelStyle, Span};
///
/// let text = "The Russian President, Vladimir Putin, met Pakistan’s Prime Minister, \
///             Shehbaz Sharif.\nPutin: Hello.\nSharif: Thank you.\nQ: Why?";
/// let at = |s: &str| text.find(s).unwrap() as u32;
/// let label = |s: &str, style| LabelInput { name: Span::new(at(s), at(s) + s.len() as u32), aside: None, style };
/// let labels = [
///     label("Putin:", LabelStyle::Name),
///     label("Sharif:", LabelStyle::Name),
///     label("Q:", LabelStyle::Generic),
/// ];
/// let labels = labels.map(|mut l| { l.name.end -= 1; l }); // the names, without colons
/// let lead = Span::new(0, at("\nPutin"));
/// let r = resolve_speakers(text, &labels, &[lead]);
/// let putin = &r.speakers[0];
/// assert_eq!(putin.name.text, "Vladimir Putin");
/// assert_eq!(putin.role.as_ref().unwrap().text, "Russian President");
/// let sharif = &r.speakers[1];
/// assert_eq!(sharif.name.text, "Shehbaz Sharif");
/// assert_eq!(sharif.role.as_ref().unwrap().text, "Pakistan’s Prime Minister");
/// assert!(r.speakers[2].anonymous);
/// assert_eq!(r.of_label, [0, 1, 2]);
/// ```
#[must_use]
pub fn resolve_speakers(text: &str, labels: &[LabelInput], narrative: &[Span]) -> Speakers {
    resolve_with_titles(text, labels, narrative, &[])
}

/// [`resolve_speakers`], and then `titles` (the document's headings) for the people the
/// narrative does not name: `Press Briefing by Press Secretary Lena Hart` names `MS. HART:`
/// in a briefing without a lead, while a lead's fuller mention wins where there is one.
pub(crate) fn resolve_with_titles(
    text: &str,
    labels: &[LabelInput],
    narrative: &[Span],
    titles: &[Span],
) -> Speakers {
    let mut people: Vec<Person> = Vec::new();
    let mut of_label = Vec::with_capacity(labels.len());
    let mut ws = Vec::new();
    let mut aside_ws = Vec::new();
    // The offices whose holder a label named in its aside (`The Prime Minister (Rhona
    // Vale):`), lowercased, and that person: Hansard names the holder once, then prints `The
    // Prime Minister:` alone.
    let mut offices: HashMap<String, usize> = HashMap::new();
    for (i, label) in labels.iter().enumerate() {
        let at = label.name.start as usize;
        if label.style == LabelStyle::Generic {
            let key = label.name.slice(text).unwrap_or("").to_lowercase();
            let found = people.iter().position(|p| p.anonymous && p.surname == key);
            let idx = found.unwrap_or_else(|| {
                people.push(Person::new(key, Vec::new(), true, at));
                people.len() - 1
            });
            if let Some(p) = people.get_mut(idx) {
                if p.names.is_empty() {
                    p.names.push((label.name, 1, false));
                }
                p.labels.push(i);
            }
            of_label.push(idx);
            continue;
        }
        ws.clear();
        words(
            text,
            label.name.start as usize,
            label.name.end as usize,
            &mut ws,
        );
        let parts = split(text, &ws);
        let own = name_of(text, &ws, parts);
        let held = own
            .is_none()
            .then(|| holder(text, label.aside, &mut aside_ws))
            .flatten();
        let office = (own.is_none()).then(|| label.name.slice(text).unwrap_or("").to_lowercase());
        // An office alone, whose holder an earlier label named: that person.
        if let (None, Some(o)) = (&held, &office) {
            if let Some(&idx) = offices.get(o) {
                if let Some(p) = people.get_mut(idx) {
                    p.labels.push(i);
                }
                of_label.push(idx);
                continue;
            }
        }
        let holder_found = held.is_some();
        // A role in the aside is looked for only beside the label's own name (a holder's
        // aside is the name).
        let own_name = own.is_some();
        let named = own.or(held);
        let (surname, given, name_span, n) = match named {
            Some(x) => x,
            // No name-like words ("Meeting points"): the whole label is the name.
            None => (
                label.name.slice(text).unwrap_or("").to_lowercase(),
                Vec::new(),
                label.name,
                ws.len().max(1),
            ),
        };
        let idx = match find(&people, &surname, &given) {
            Some(idx) => idx,
            None => {
                people.push(Person::new(surname, given.clone(), false, at));
                people.len() - 1
            }
        };
        if let Some(p) = people.get_mut(idx) {
            p.learn(given, at);
            p.names.push((name_span, n, parts.title.is_some()));
            let aside_role = || aside_role(text, label.aside).filter(|_| own_name);
            if let Some(role) = range_span(&ws, parts.title).or_else(aside_role) {
                p.roles.push(role);
            }
            p.labels.push(i);
        }
        if let (true, Some(o)) = (holder_found, office) {
            offices.entry(o).or_insert(idx);
        }
        of_label.push(idx);
    }
    let from_labels: Vec<usize> = people.iter().map(|p| p.names.len()).collect();
    narrative_mentions(text, narrative, &mut people);
    if !titles.is_empty() {
        let from_narrative: Vec<(usize, usize)> = people
            .iter()
            .map(|p| (p.names.len(), p.roles.len()))
            .collect();
        narrative_mentions(text, titles, &mut people);
        for ((p, &(n, r)), &l) in people.iter_mut().zip(&from_narrative).zip(&from_labels) {
            if n > l {
                p.names.truncate(n);
                p.roles.truncate(r);
            }
        }
    }
    let speakers = people.into_iter().map(|p| p.finish(text)).collect();
    Speakers { speakers, of_label }
}

impl Person {
    fn new(surname: String, given: Vec<String>, anonymous: bool, at: usize) -> Self {
        Person {
            surname,
            given,
            anonymous,
            names: Vec::new(),
            roles: Vec::new(),
            labels: Vec::new(),
            last_seen: at,
        }
    }

    /// Keeps the longest list of given names seen.
    fn learn(&mut self, given: Vec<String>, at: usize) {
        if given.len() > self.given.len() {
            self.given = given;
        }
        self.last_seen = at;
    }

    fn finish(self, text: &str) -> Speaker {
        let mention = |span: Span| Mention {
            text: span.slice(text).unwrap_or("").to_owned(),
            span,
        };
        // The fullest name; among equals, the first in the text. A long name cut from a
        // title gives way to a shorter one given without a title that ends it
        // (`Platinum Musa Bazhayev` and `Musa Bazhayev`).
        let words = |s: Span| {
            s.slice(text)
                .unwrap_or("")
                .split(crate::lexical::is_space)
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
        };
        let doubtful = |&(s, n, titled): &(Span, usize, bool)| {
            titled
                && n >= 3
                && self
                    .names
                    .iter()
                    .any(|&(o, m, t)| !t && m < n && words(s).ends_with(&words(o)))
        };
        let name = self
            .names
            .iter()
            .filter(|c| !doubtful(c))
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.start.cmp(&a.0.start)))
            .map_or(Span::empty(0), |&(s, _, _)| s);
        let role = self.roles.iter().min_by_key(|s| s.start).copied();
        Speaker {
            name: mention(name),
            role: role.map(mention),
            anonymous: self.anonymous,
            labels: self.labels,
        }
    }
}

/// A role in a label's aside, after the name (`Hon. Chrystia Vale (Deputy Prime Minister,
/// Lib.)`, `Mr ALBANO (Grayndler—Prime Minister)`): the first part of the brackets, cut at
/// commas and dashes, that holds a title word. `None` for a seat or a party alone.
fn aside_role(text: &str, aside: Option<Span>) -> Option<Span> {
    let aside = aside?;
    let start = aside.start as usize + 1;
    let inner = text.get(start..(aside.end as usize).checked_sub(1)?)?;
    let mut at = 0;
    for part in inner.split([',', '—', '–', '(', ')']) {
        let trimmed = part.trim();
        let lead = part.len() - part.trim_start().len();
        if trimmed.split(' ').any(is_title_head) {
            let a = start + at + lead;
            return Some(sp(a, a + trimmed.len()));
        }
        // Past the part and the separator after it (one character, one to three bytes).
        at += part.len();
        at += inner
            .get(at..)
            .and_then(|r| r.chars().next())
            .map_or(0, char::len_utf8);
    }
    None
}

/// The holder of an office that a label names with no name of its own, from the label's
/// aside: `The Prime Minister (Rhona Vale)`, the Record's `The PRESIDING OFFICER (Mr. KYL)`.
/// The aside must be a name and nothing else (`(answering a question)` is none), a rank or
/// title of two words at most before it allowed (`CHAIR (Senator Brennan)`).
fn holder(
    text: &str,
    aside: Option<Span>,
    ws: &mut Vec<Word>,
) -> Option<(String, Vec<String>, Span, usize)> {
    let aside = aside?;
    // Inside the brackets, which are one byte each.
    let (start, end) = (
        aside.start as usize + 1,
        (aside.end as usize).checked_sub(1)?,
    );
    ws.clear();
    words(text, start, end, ws);
    let parts = split(text, ws);
    let (a, b) = parts.name?;
    // Every word but honorifics, or a short title, before it is the name.
    let lead = ws.iter().take_while(|w| is_honorific(w.text(text))).count();
    let titled = match parts.title {
        None => a == lead,
        Some((t0, t1)) => t0 <= lead && t1 == a && a - t0 <= 2,
    };
    (titled && b == ws.len())
        .then(|| name_of(text, ws, parts))
        .flatten()
}

/// The surname (folded), the given names (folded), the name's span and its length in words.
fn name_of(text: &str, ws: &[Word], parts: Split) -> Option<(String, Vec<String>, Span, usize)> {
    let (a, b) = parts.name?;
    let name = ws.get(a..b)?;
    let (last, given) = name.split_last()?;
    let first = name.first()?;
    let surname = last.base(text).to_lowercase();
    let given = given.iter().map(|w| w.base(text).to_lowercase()).collect();
    Some((surname, given, sp(first.start, last.base_end), b - a))
}

/// The span from the first to the last word of a range.
fn range_span(ws: &[Word], range: Option<(usize, usize)>) -> Option<Span> {
    let (a, b) = range?;
    let first = ws.get(a)?;
    let last = ws.get(b.checked_sub(1)?)?;
    (a < b).then(|| sp(first.start, last.end))
}

/// Given names agree when either list is empty, or their first names (or the names next to
/// the surname) are equal or one is the initial of the other. The second test forgives a
/// title word taken for a given name (`Platinum Musa Bazhayev` and `Musa Bazhayev`).
fn compatible(a: &[String], b: &[String]) -> bool {
    let same = |x: &String, y: &String| {
        x == y
            || (x.chars().count() == 1 && y.starts_with(x.as_str()))
            || (y.chars().count() == 1 && x.starts_with(y.as_str()))
    };
    match (a.first(), b.first(), a.last(), b.last()) {
        (Some(x), Some(y), Some(xl), Some(yl)) => same(x, y) || same(xl, yl),
        _ => true,
    }
}

/// The person a name belongs to: same surname, compatible given names; the most recently
/// seen when several fit.
fn find(people: &[Person], surname: &str, given: &[String]) -> Option<usize> {
    people
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.anonymous && p.surname == surname && compatible(&p.given, given))
        .max_by_key(|(_, p)| p.last_seen)
        .map(|(i, _)| i)
}

/// The longest phrase that may hold a title and a name.
const MAX_PHRASE: usize = 12;
/// The longest appositive or parenthetical role.
const MAX_ROLE: usize = 10;

/// Finds the people's names in the narrative paragraphs: fuller names and roles.
fn narrative_mentions(text: &str, narrative: &[Span], people: &mut [Person]) {
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        if !p.anonymous {
            by_surname.entry(p.surname.clone()).or_default().push(i);
        }
    }
    if by_surname.is_empty() {
        return;
    }
    let mut ws = Vec::new();
    for para in narrative {
        ws.clear();
        words(text, para.start as usize, para.end as usize, &mut ws);
        for k in 0..ws.len() {
            let Some(w) = ws.get(k) else { continue };
            if !name_like(w.base(text)) {
                continue;
            }
            let Some(ids) = by_surname.get(&w.base(text).to_lowercase()) else {
                continue;
            };
            mention_at(text, &ws, k, ids, people, &by_surname);
        }
    }
}

/// Whether a word may stand in a phrase of title and name.
fn phrase_word(text: &str, w: &Word) -> bool {
    let t = w.text(text);
    name_like(t)
        || is_title_word(t)
        || is_connector(t)
        || is_honorific(t)
        || (w.possessive() && t.starts_with(char::is_uppercase))
        || t.starts_with(char::is_uppercase)
}

/// A surname at word `k`: the name around it, the title before it, and an appositive or
/// parenthetical role.
fn mention_at(
    text: &str,
    ws: &[Word],
    k: usize,
    ids: &[usize],
    people: &mut [Person],
    surnames: &HashMap<String, Vec<usize>>,
) {
    let Some(surname) = ws.get(k) else { return };
    // The phrase that ends at the surname, back to punctuation, a word that cannot be in a
    // title, or another speaker's surname ("Foreign Minister Ilse Varga and Defence Minister
    // Oleg Marten").
    let mut j = k;
    while j > 0 && k - j < MAX_PHRASE {
        let Some(prev) = ws.get(j - 1) else { break };
        let other = surnames.contains_key(&prev.base(text).to_lowercase());
        if prev.comma || prev.stop || prev.close || other || !phrase_word(text, prev) {
            break;
        }
        j -= 1;
    }
    let phrase = ws.get(j..=k).unwrap_or(&[]);
    let parts = split(text, phrase);
    let Some((a, b)) = parts.name else { return };
    if a >= b || b != phrase.len() {
        return;
    }
    let given: Vec<String> = phrase
        .get(a..b - 1)
        .unwrap_or(&[])
        .iter()
        .map(|w| w.base(text).to_lowercase())
        .collect();
    let Some(&idx) = ids
        .iter()
        .filter(|&&i| people.get(i).is_some_and(|p| compatible(&p.given, &given)))
        .max_by_key(|&&i| people.get(i).map_or(0, |p| p.last_seen))
    else {
        return;
    };
    // Capitalised words before a name are often not given names ("on International
    // Children’s Day Vladimir Putin"): when the labels know the given names, the narrative
    // may confirm them but not add to them.
    let known = people.get(idx).map_or(0, |p| p.given.len());
    let a = if known > 0 && given.len() > known {
        let keep = b - 1 - known;
        let agree = phrase
            .get(keep..b - 1)
            .unwrap_or(&[])
            .iter()
            .zip(people.get(idx).map_or(&[][..], |p| p.given.as_slice()))
            .all(|(w, g)| w.base(text).to_lowercase() == *g);
        if !agree {
            return;
        }
        keep
    } else {
        a
    };
    let Some(first) = phrase.get(a) else { return };
    let name_span = sp(first.start, surname.base_end);
    let mut roles: Vec<Span> = Vec::new();
    roles.extend(range_span(phrase, parts.title));
    let name_start = j + a;
    // An appositive before: "The Russian President, Vladimir Putin".
    if let Some(prev) = name_start.checked_sub(1).and_then(|i| ws.get(i)) {
        if prev.comma && parts.title.is_none() {
            roles.extend(role_before(text, ws, name_start - 1));
        }
    }
    // An appositive after ("Shehbaz Sharif, Pakistan’s Prime Minister,") or a parenthetical
    // ("Shehbaz Sharif (Prime Minister)").
    if surname.comma || ws.get(k + 1).is_some_and(|w| w.open) {
        roles.extend(role_after(text, ws, k + 1, surname.comma));
    }
    if let Some(p) = people.get_mut(idx) {
        p.names.push((name_span, b - a, parts.title.is_some()));
        p.roles.extend(roles);
    }
}

/// The role phrase that ends at word `end` (which carries the comma before the name).
fn role_before(text: &str, ws: &[Word], end: usize) -> Option<Span> {
    let mut start = end;
    while start > 0 && end - start < MAX_ROLE {
        let Some(prev) = ws.get(start - 1) else { break };
        if prev.comma || prev.stop || prev.close || !phrase_word(text, prev) {
            break;
        }
        start -= 1;
    }
    role_span(text, ws.get(start..=end)?)
}

/// The role phrase that starts at word `start`: up to the next comma or sentence end (an
/// appositive) or the closing bracket (a parenthetical).
fn role_after(text: &str, ws: &[Word], start: usize, appositive: bool) -> Option<Span> {
    let mut end = start;
    loop {
        let w = ws.get(end)?;
        if end - start >= MAX_ROLE {
            return None;
        }
        let done = if appositive {
            w.comma || w.stop || w.close
        } else {
            w.close
        };
        if done {
            break;
        }
        end += 1;
    }
    role_span(text, ws.get(start..=end)?)
}

/// A phrase as a role: without leading articles, connectors and honorifics, and only if it
/// contains a title word.
fn role_span(text: &str, phrase: &[Word]) -> Option<Span> {
    let skip = |w: &&Word| {
        let t = w.text(text);
        is_connector(t)
            || is_honorific(t)
            || t.eq_ignore_ascii_case("a")
            || t.eq_ignore_ascii_case("an")
    };
    let start = phrase.iter().position(|w| !skip(&w))?;
    let end = phrase.iter().rposition(|w| !skip(&w))?;
    let start = title_start(text, phrase, start, end + 1);
    let kept = phrase.get(start..=end)?;
    kept.iter().any(|w| is_title_head(w.text(text))).then(|| {
        sp(
            kept.first().map_or(0, |w| w.start),
            kept.last().map_or(0, |w| w.end),
        )
    })
}
