//! The cue patterns of [`super::cues`], compiled once and matched word by word.
//!
//! Compiling happens on first use (a few hundred small allocations, once per process);
//! matching allocates nothing. A match looks ahead at most a bounded number of tokens (the
//! pattern's length plus three fillers per `~`), so trying every pattern at every word keeps
//! the classifier linear in the sentence.

use super::cues::{self, Meaning};
use super::tokens::{Kind, Tok, Tokens, fold};
use std::collections::{HashMap, HashSet};
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

/// The word sets, as hash sets.
pub(super) struct Lexicon {
    pub filler: HashSet<&'static str>,
    pub chain: HashSet<&'static str>,
    pub first_person: HashSet<&'static str>,
    pub openers: HashSet<&'static str>,
    pub leading: HashSet<&'static str>,
    pub modals: HashSet<&'static str>,
    pub relatives: HashSet<&'static str>,
    pub conjunctions: HashSet<&'static str>,
    pub subordinators: HashSet<&'static str>,
    pub eval: HashSet<&'static str>,
    pub not_praise: HashSet<&'static str>,
    framing: HashSet<&'static str>,
    ritual: HashSet<&'static str>,
    floor: HashSet<&'static str>,
    scheduled: HashSet<&'static str>,
    event: HashSet<&'static str>,
    forecast: HashSet<&'static str>,
    pub reporting: HashSet<&'static str>,
    pub not_before_says: HashSet<&'static str>,
    pub report_chain: HashSet<&'static str>,
    pub past: HashSet<&'static str>,
    pub participles: HashSet<&'static str>,
    pub not_past: HashSet<&'static str>,
    pub not_before_past: HashSet<&'static str>,
    pub finite: HashSet<&'static str>,
    pub future: HashSet<&'static str>,
    pub hedges: HashSet<&'static str>,
    pub modal_hedges: HashSet<&'static str>,
    pub number_words: HashSet<&'static str>,
    pub responses: HashSet<&'static str>,
    pub vocative: HashSet<&'static str>,
    pub address_titles: HashSet<&'static str>,
}

/// Everything compiled: the patterns, the index from a first word to the patterns that may
/// start there (in table order), and the word sets.
pub(super) struct Compiled {
    pub patterns: Vec<Pattern>,
    index: HashMap<&'static str, Vec<usize>>,
    pub lex: Lexicon,
}

fn set(words: &[&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

/// The compiled tables, built on first use.
pub(super) fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(build)
}

fn build() -> Compiled {
    let mut patterns = Vec::new();
    let mut index: HashMap<&'static str, Vec<usize>> = HashMap::new();
    for &(src, meaning, flags) in cues::PATTERNS {
        let Some(pattern) = compile(src, meaning, flags) else {
            continue;
        };
        let Some(Atom::Words(first)) = pattern.elems.first().map(|e| &e.atom) else {
            continue;
        };
        let id = patterns.len();
        for &(word, _) in first {
            index.entry(word).or_default().push(id);
        }
        patterns.push(pattern);
    }
    let lex = Lexicon {
        filler: set(cues::FILLER),
        chain: set(cues::CHAIN),
        first_person: set(cues::FIRST_PERSON),
        openers: set(cues::OPENERS),
        leading: set(cues::LEADING),
        modals: set(cues::MODALS),
        relatives: set(cues::RELATIVES),
        conjunctions: set(cues::CONJUNCTIONS),
        subordinators: set(cues::SUBORDINATORS),
        eval: set(cues::EVAL),
        not_praise: set(cues::NOT_PRAISE),
        framing: set(cues::FRAMING),
        ritual: set(cues::RITUAL),
        floor: set(cues::FLOOR),
        scheduled: set(cues::SCHEDULED),
        event: set(cues::EVENT),
        forecast: set(cues::FORECAST),
        reporting: set(cues::REPORTING),
        not_before_says: set(cues::NOT_BEFORE_SAYS),
        report_chain: set(cues::REPORT_CHAIN),
        past: set(cues::PAST),
        participles: set(cues::PARTICIPLES),
        not_past: set(cues::NOT_PAST),
        not_before_past: set(cues::NOT_BEFORE_PAST),
        finite: set(cues::FINITE),
        future: set(cues::FUTURE),
        hedges: set(cues::HEDGES),
        modal_hedges: set(cues::MODAL_HEDGES),
        number_words: set(cues::NUMBER_WORDS),
        responses: set(cues::RESPONSES),
        vocative: set(cues::VOCATIVE),
        address_titles: set(cues::ADDRESS_TITLES),
    };
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
    pub(super) fn starting_with(&self, word: &str) -> &[usize] {
        self.index.get(word).map_or(&[], Vec::as_slice)
    }

    fn in_set(&self, name: SetName, word: &str) -> bool {
        let lex = &self.lex;
        match name {
            SetName::Eval => lex.eval.contains(word),
            SetName::Framing => lex.framing.contains(word),
            SetName::Floor => lex.floor.contains(word),
            SetName::Neutral => {
                lex.framing.contains(word) || lex.ritual.contains(word) || lex.floor.contains(word)
            }
            SetName::Scheduled => lex.scheduled.contains(word),
            SetName::Event => lex.event.contains(word),
            SetName::Forecast => lex.forecast.contains(word),
        }
    }

    /// Matches `pattern` whose first word is `first`; `rest` yields the tokens after it.
    /// Returns the end of the consumed part (before any lookahead).
    pub(super) fn matches(
        &self,
        text: &str,
        pattern: &Pattern,
        first: Tok,
        rest: &Tokens<'_>,
    ) -> Option<usize> {
        let tail = pattern.elems.get(1..)?;
        self.go(text, tail, rest.clone(), first.end)
    }

    /// Matches `elems` against the tokens of `it`; `consumed` is the end of the consumed part
    /// so far. Recursion is bounded by the pattern's length, not by the input.
    fn go(&self, text: &str, elems: &[Elem], it: Tokens<'_>, consumed: usize) -> Option<usize> {
        let Some((elem, rest)) = elems.split_first() else {
            return Some(consumed);
        };
        if elem.optional {
            let required = self.step(text, elem, rest, it.clone(), consumed);
            return required.or_else(|| self.go(text, rest, it, consumed));
        }
        self.step(text, elem, rest, it, consumed)
    }

    fn step(
        &self,
        text: &str,
        elem: &Elem,
        rest: &[Elem],
        it: Tokens<'_>,
        consumed: usize,
    ) -> Option<usize> {
        let mut buf = [0u8; 32];
        match &elem.atom {
            Atom::Fillers => {
                let mut cur = it;
                let mut end = consumed;
                for _ in 0..=MAX_FILLERS {
                    if let Some(found) = self.go(text, rest, cur.clone(), end) {
                        return Some(found);
                    }
                    let tok = cur.next()?;
                    let word = word_of(text, tok, &mut buf)?;
                    if !self.lex.filler.contains(word) {
                        return None;
                    }
                    if !elem.look {
                        end = tok.end;
                    }
                }
                None
            }
            Atom::End => {
                let mut peek = it.clone();
                match peek.next() {
                    None => self.go(text, rest, it, consumed),
                    Some(t) if matches!(t.kind, Kind::Stop | Kind::Question) => {
                        self.go(text, rest, it, consumed)
                    }
                    Some(_) => None,
                }
            }
            atom => {
                let mut it = it;
                let tok = it.next()?;
                let ok = match atom {
                    Atom::Comma => tok.kind == Kind::Comma,
                    Atom::Number => tok.kind == Kind::Number,
                    Atom::Any => tok.kind == Kind::Word,
                    Atom::Words(words) => word_of(text, tok, &mut buf).is_some_and(|w| {
                        words
                            .iter()
                            .any(|&(x, prefix)| if prefix { w.starts_with(x) } else { w == x })
                    }),
                    Atom::Set(name) => {
                        word_of(text, tok, &mut buf).is_some_and(|w| self.in_set(*name, w))
                    }
                    Atom::Fillers | Atom::End => false,
                };
                if !ok {
                    return None;
                }
                let end = if elem.look { consumed } else { tok.end };
                self.go(text, rest, it, end)
            }
        }
    }
}

/// The folded text of a word token; `None` for any other token.
pub(super) fn word_of<'b>(text: &str, tok: Tok, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    if tok.kind != Kind::Word {
        return None;
    }
    fold(text.get(tok.start..tok.end)?, buf)
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
            assert_eq!(fold(word, &mut buf), Some(*word));
        }
    }

    fn first_match(text: &str) -> Option<(Meaning, &str)> {
        let c = compiled();
        let mut toks = Tokens::new(text);
        while let Some(tok) = toks.next() {
            let mut buf = [0u8; 32];
            let Some(word) = word_of(text, tok, &mut buf) else {
                continue;
            };
            for &id in c.starting_with(word) {
                let p = c.patterns.get(id)?;
                if let Some(end) = c.matches(text, p, tok, &toks) {
                    return Some((p.meaning, text.get(tok.start..end)?));
                }
            }
        }
        None
    }

    #[test]
    fn fillers_optional_elements_and_lookahead() {
        use super::super::acts::{Act, Reason};
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
