//! The cue patterns of [`super::cues`], compiled once and matched word by word.
//!
//! Compiling happens on first use (a few hundred small allocations, once per process);
//! matching allocates nothing. A match looks ahead at most a bounded number of tokens (the
//! pattern's length plus three fillers per `~`), so trying every pattern at every word keeps
//! the classifier linear in the sentence.

use super::cues::{self, Meaning};
use super::tokens::{Folded, Item, Kind, Tokens};
use std::collections::HashMap;
use std::sync::OnceLock;

/// How many filler words one `~` may skip.
const MAX_FILLERS: usize = 3;

/// A named word set a pattern can refer to with `@name`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SetName {
    Eval,
    Framing,
    Floor,
    /// Framing, ritual and floor verbs: what a `would like to` or `let me` frames.
    Neutral,
    Scheduled,
    Event,
    Forecast,
}

#[derive(Debug)]
enum Atom {
    Words(Vec<(&'static str, bool)>),
    Set(SetName),
    Any,
    Number,
    Comma,
    End,
    Fillers,
}

#[derive(Debug)]
struct Elem {
    atom: Atom,
    optional: bool,
    /// Part of the lookahead: checked, not consumed.
    look: bool,
}

/// A compiled pattern.
#[derive(Debug)]
pub(super) struct Pattern {
    elems: Vec<Elem>,
    pub meaning: Meaning,
    pub flags: u8,
}

/// The word classes: one bit per table of [`super::cues`].
pub(super) mod class {
    pub const FILLER: u64 = 1 << 0;
    pub const CHAIN: u64 = 1 << 1;
    pub const FIRST_PERSON: u64 = 1 << 2;
    pub const OPENERS: u64 = 1 << 3;
    pub const LEADING: u64 = 1 << 4;
    pub const MODALS: u64 = 1 << 5;
    pub const RELATIVES: u64 = 1 << 6;
    pub const CONJUNCTIONS: u64 = 1 << 7;
    pub const SUBORDINATORS: u64 = 1 << 8;
    pub const EVAL: u64 = 1 << 9;
    pub const NOT_PRAISE: u64 = 1 << 10;
    pub const FRAMING: u64 = 1 << 11;
    pub const RITUAL: u64 = 1 << 12;
    pub const FLOOR: u64 = 1 << 13;
    pub const SCHEDULED: u64 = 1 << 14;
    pub const EVENT: u64 = 1 << 15;
    pub const FORECAST: u64 = 1 << 16;
    pub const REPORTING: u64 = 1 << 17;
    pub const NOT_BEFORE_SAYS: u64 = 1 << 18;
    pub const REPORT_CHAIN: u64 = 1 << 19;
    pub const PAST: u64 = 1 << 20;
    pub const PARTICIPLES: u64 = 1 << 21;
    pub const NOT_PAST: u64 = 1 << 22;
    pub const NOT_BEFORE_PAST: u64 = 1 << 23;
    pub const FINITE: u64 = 1 << 24;
    pub const FUTURE: u64 = 1 << 25;
    pub const HEDGES: u64 = 1 << 26;
    pub const MODAL_HEDGES: u64 = 1 << 27;
    pub const NUMBER_WORDS: u64 = 1 << 28;
    pub const RESPONSES: u64 = 1 << 29;
    pub const VOCATIVE: u64 = 1 << 30;
    pub const ADDRESS_TITLES: u64 = 1 << 31;
}

/// A small, fast hash for short words (the tables are ours, so collision attacks do not
/// matter; a SipHash per word would dominate the classifier's time).
#[derive(Default, Clone, Copy)]
pub(super) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Fast = std::hash::BuildHasherDefault<WordHasher>;

/// The word tables, as one map from a folded word to its classes.
pub(super) struct Lexicon {
    classes: HashMap<&'static [u8], u64, Fast>,
}

impl Lexicon {
    /// The classes of a folded word (see [`class`]).
    pub(super) fn flags(&self, word: &[u8]) -> u64 {
        self.classes.get(word).copied().unwrap_or(0)
    }

    /// Whether a folded word belongs to all of `class`.
    pub(super) fn is(&self, word: &[u8], class: u64) -> bool {
        self.flags(word) & class != 0
    }
}

/// Everything compiled: the patterns, the index from a first word to the patterns that may
/// start there (in table order), and the word sets.
pub(super) struct Compiled {
    pub patterns: Vec<Pattern>,
    index: HashMap<&'static [u8], Vec<usize>, Fast>,
    pub lex: Lexicon,
}

/// The compiled tables, built on first use.
pub(super) fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(build)
}

fn build() -> Compiled {
    let mut patterns = Vec::new();
    let mut index: HashMap<&'static [u8], Vec<usize>, Fast> = HashMap::default();
    for &(src, meaning, flags) in cues::PATTERNS {
        let Some(pattern) = compile(src, meaning, flags) else {
            continue;
        };
        let Some(Atom::Words(first)) = pattern.elems.first().map(|e| &e.atom) else {
            continue;
        };
        let id = patterns.len();
        for &(word, _) in first {
            index.entry(word.as_bytes()).or_default().push(id);
        }
        patterns.push(pattern);
    }
    let mut classes: HashMap<&'static [u8], u64, Fast> = HashMap::default();
    let tables: &[(&[&'static str], u64)] = &[
        (cues::FILLER, class::FILLER),
        (cues::CHAIN, class::CHAIN),
        (cues::FIRST_PERSON, class::FIRST_PERSON),
        (cues::OPENERS, class::OPENERS),
        (cues::LEADING, class::LEADING),
        (cues::MODALS, class::MODALS),
        (cues::RELATIVES, class::RELATIVES),
        (cues::CONJUNCTIONS, class::CONJUNCTIONS),
        (cues::SUBORDINATORS, class::SUBORDINATORS),
        (cues::EVAL, class::EVAL),
        (cues::NOT_PRAISE, class::NOT_PRAISE),
        (cues::FRAMING, class::FRAMING),
        (cues::RITUAL, class::RITUAL),
        (cues::FLOOR, class::FLOOR),
        (cues::SCHEDULED, class::SCHEDULED),
        (cues::EVENT, class::EVENT),
        (cues::FORECAST, class::FORECAST),
        (cues::REPORTING, class::REPORTING),
        (cues::NOT_BEFORE_SAYS, class::NOT_BEFORE_SAYS),
        (cues::REPORT_CHAIN, class::REPORT_CHAIN),
        (cues::PAST, class::PAST),
        (cues::PARTICIPLES, class::PARTICIPLES),
        (cues::NOT_PAST, class::NOT_PAST),
        (cues::NOT_BEFORE_PAST, class::NOT_BEFORE_PAST),
        (cues::FINITE, class::FINITE),
        (cues::FUTURE, class::FUTURE),
        (cues::HEDGES, class::HEDGES),
        (cues::MODAL_HEDGES, class::MODAL_HEDGES),
        (cues::NUMBER_WORDS, class::NUMBER_WORDS),
        (cues::RESPONSES, class::RESPONSES),
        (cues::VOCATIVE, class::VOCATIVE),
        (cues::ADDRESS_TITLES, class::ADDRESS_TITLES),
    ];
    for &(words, bit) in tables {
        for &w in words {
            *classes.entry(w.as_bytes()).or_default() |= bit;
        }
    }
    let lex = Lexicon { classes };
    Compiled {
        patterns,
        index,
        lex,
    }
}

/// Compiles one pattern line; `None` for a line that does not follow the grammar (the table
/// test rejects such lines, so this never drops a pattern silently in practice).
fn compile(src: &'static str, meaning: Meaning, flags: u8) -> Option<Pattern> {
    let mut elems = Vec::new();
    let mut look = false;
    for raw in src.split(' ') {
        let mut part = raw;
        if let Some(rest) = part.strip_prefix('>') {
            look = true;
            part = rest;
        }
        let optional = part.len() > 1 && part.ends_with('?');
        if optional {
            part = part.get(..part.len() - 1)?;
        }
        let atom = match part {
            "" => return None,
            "~" => Atom::Fillers,
            "_" => Atom::Any,
            "#" => Atom::Number,
            "," => Atom::Comma,
            "$" => Atom::End,
            _ if part.starts_with('@') => Atom::Set(match part {
                "@eval" => SetName::Eval,
                "@framing" => SetName::Framing,
                "@floor" => SetName::Floor,
                "@neutral" => SetName::Neutral,
                "@scheduled" => SetName::Scheduled,
                "@event" => SetName::Event,
                "@forecast" => SetName::Forecast,
                _ => return None,
            }),
            _ => Atom::Words(
                part.split('|')
                    .map(|w| match w.strip_suffix('*') {
                        Some(p) => (p, true),
                        None => (w, false),
                    })
                    .collect(),
            ),
        };
        elems.push(Elem {
            atom,
            optional,
            look,
        });
    }
    // The first element indexes the pattern: it must be a plain, required word list.
    match elems.first() {
        Some(Elem {
            atom: Atom::Words(words),
            optional: false,
            look: false,
        }) if words.iter().all(|&(_, prefix)| !prefix) => {}
        _ => return None,
    }
    Some(Pattern {
        elems,
        meaning,
        flags,
    })
}

impl Compiled {
    /// The patterns that may start at the folded word `word`, in table order.
    pub(super) fn starting_with(&self, word: &[u8]) -> &[usize] {
        self.index.get(word).map_or(&[], Vec::as_slice)
    }

    /// Matches `pattern` at `items[at]` (whose word indexes the pattern). Returns the end
    /// of the consumed part (before any lookahead), in bytes.
    pub(super) fn matches(&self, items: &[Item], pattern: &Pattern, at: usize) -> Option<usize> {
        let tail = pattern.elems.get(1..)?;
        let first = items.get(at)?;
        self.go(items, tail, at + 1, first.tok.end)
    }

    /// Matches `elems` against `items[i..]`; `consumed` is the end of the consumed part so
    /// far. Recursion is bounded by the pattern's length, not by the input.
    fn go(&self, items: &[Item], elems: &[Elem], i: usize, consumed: usize) -> Option<usize> {
        let Some((elem, rest)) = elems.split_first() else {
            return Some(consumed);
        };
        if elem.optional {
            let required = self.step(items, elem, rest, i, consumed);
            return required.or_else(|| self.go(items, rest, i, consumed));
        }
        self.step(items, elem, rest, i, consumed)
    }

    fn step(
        &self,
        items: &[Item],
        elem: &Elem,
        rest: &[Elem],
        i: usize,
        consumed: usize,
    ) -> Option<usize> {
        match &elem.atom {
            Atom::Fillers => {
                let mut end = consumed;
                for j in i..=i + MAX_FILLERS {
                    if let Some(found) = self.go(items, rest, j, end) {
                        return Some(found);
                    }
                    let item = items.get(j)?;
                    if !item.is_word() || item.flags & class::FILLER == 0 {
                        return None;
                    }
                    if !elem.look {
                        end = item.tok.end;
                    }
                }
                None
            }
            Atom::End => match items.get(i) {
                None => self.go(items, rest, i, consumed),
                Some(t) if matches!(t.tok.kind, Kind::Stop | Kind::Question) => {
                    self.go(items, rest, i, consumed)
                }
                Some(_) => None,
            },
            atom => {
                let item = items.get(i)?;
                let word = item.is_word();
                let ok = match atom {
                    Atom::Comma => item.tok.kind == Kind::Comma,
                    Atom::Number => item.tok.kind == Kind::Number,
                    Atom::Any => word,
                    Atom::Words(words) => {
                        let w = item.bytes();
                        word && words.iter().any(|&(x, prefix)| {
                            if prefix {
                                w.starts_with(x.as_bytes())
                            } else {
                                w == x.as_bytes()
                            }
                        })
                    }
                    Atom::Set(name) => word && item.flags & set_bits(*name) != 0,
                    Atom::Fillers | Atom::End => false,
                };
                if !ok {
                    return None;
                }
                let end = if elem.look { consumed } else { item.tok.end };
                self.go(items, rest, i + 1, end)
            }
        }
    }
}

/// The class bits of a named set.
fn set_bits(name: SetName) -> u64 {
    use class::*;
    match name {
        SetName::Eval => EVAL,
        SetName::Framing => FRAMING,
        SetName::Floor => FLOOR,
        SetName::Neutral => FRAMING | RITUAL | FLOOR,
        SetName::Scheduled => SCHEDULED,
        SetName::Event => EVENT,
        SetName::Forecast => FORECAST,
    }
}

/// Tokenizes `text` into `out`, each token with its folded word and classes.
pub(super) fn items(text: &str, out: &mut Vec<Item>) {
    let lex = &compiled().lex;
    out.clear();
    for tok in Tokens::new(text) {
        let word = if tok.kind == Kind::Word {
            text.get(tok.start..tok.end)
                .and_then(Folded::new)
                .unwrap_or(Folded::EMPTY)
        } else {
            Folded::EMPTY
        };
        let flags = lex.flags(word.bytes());
        out.push(Item { tok, word, flags });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        for &(src, meaning, flags) in cues::PATTERNS {
            assert!(compile(src, meaning, flags).is_some(), "bad pattern: {src}");
        }
        assert_eq!(compiled().patterns.len(), cues::PATTERNS.len());
    }

    #[test]
    fn tables_are_folded() {
        // Every table word must be in the folded form the matcher compares with.
        let lists: &[&[&str]] = &[
            cues::FILLER,
            cues::CHAIN,
            cues::FIRST_PERSON,
            cues::EVAL,
            cues::FRAMING,
            cues::RITUAL,
            cues::FLOOR,
            cues::REPORTING,
            cues::PAST,
            cues::PARTICIPLES,
            cues::NOT_PAST,
            cues::FINITE,
            cues::FUTURE,
            cues::HEDGES,
            cues::RESPONSES,
        ];
        for word in lists.iter().flat_map(|l| l.iter()) {
            let mut buf = [0u8; 32];
            assert_eq!(super::super::tokens::fold(word, &mut buf), Some(*word));
        }
    }

    fn first_match(text: &str) -> Option<(Meaning, &str)> {
        let c = compiled();
        let mut all = Vec::new();
        items(text, &mut all);
        for (at, item) in all.iter().enumerate() {
            for &id in c.starting_with(item.bytes()) {
                let p = c.patterns.get(id)?;
                if let Some(end) = c.matches(&all, p, at) {
                    return Some((p.meaning, text.get(item.tok.start..end)?));
                }
            }
        }
        None
    }

    #[test]
    fn fillers_optional_elements_and_lookahead() {
        use super::super::speech_act::{Act, Reason};
        assert_eq!(
            first_match("We very much hope so"),
            Some((Meaning::Act(Act::Wish, Reason::Hope), "hope"))
        );
        assert_eq!(
            first_match("we will be delighted to see you"),
            Some((
                Meaning::Act(Act::Invitation, Reason::Invitation),
                "we will be delighted to see you"
            ))
        );
        // The lookahead word is checked but not consumed.
        assert_eq!(
            first_match("I would like to thank"),
            Some((Meaning::Neutral, "I would like to"))
        );
        assert_eq!(first_match("please $"), None);
        assert_eq!(
            first_match("Wolfgang, please."),
            Some((Meaning::Act(Act::Meta, Reason::Floor), "please"))
        );
    }
}
