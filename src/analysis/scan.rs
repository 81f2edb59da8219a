//! The first pass of the speech-act rules: one walk over a sentence's tokens that records the
//! cues found (hits), what each clause contains (a finite verb, a past tense, a figure, a
//! future, a hedge) and the shape of the sentence's end. [`classify`](mod@super::classify) decides from this.
//!
//! Everything lives in fixed-size arrays: at most [`MAX_HITS`] hits (the first ones; the
//! decision only needs the earliest) and [`MAX_CLAUSES`] clauses (later clauses are merged
//! into the last), so a sentence costs no allocation and time linear in its length.

use super::cues::{Meaning, NOUN, PERF, SENT, START};
use super::pattern::class::*;
use super::pattern::{Compiled, Lexicon, compiled};
use super::tokens::{Item, Kind, Tok};
use crate::analysis::speech_act::{Act, Reason};

pub(super) const MAX_HITS: usize = 16;
pub(super) const MAX_CLAUSES: usize = 32;
/// How many tokens back the performative and reporting checks may look.
const RING: usize = 16;

/// What one clause contains. Offsets are bytes of the sentence.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Clause {
    /// How many strong boundaries (`;`, `:`, a dash, `, and`) stand before the clause.
    pub strong: u16,
    pub words: u16,
    pub finite: Option<(usize, usize)>,
    /// A finite verb that states a fact: not a modal, not inside a relative clause.
    pub factual: bool,
    /// A relative pronoun has been seen: later verbs belong to the relative clause.
    pub relative: bool,
    pub past: Option<(usize, usize)>,
    /// Start of the last past-tense word.
    pub past_last: Option<usize>,
    pub figure: Option<(usize, usize)>,
    /// Start of the last future marker.
    pub future_last: Option<usize>,
    pub hedge: Option<(usize, usize)>,
    pub subordinate: bool,
    /// Whether the hedge has been turned into a hit.
    pub hedged: bool,
    /// Hits of acts other than assertion.
    pub acts: u8,
    /// `you` or `your` seen so far.
    pub you: bool,
}

/// A cue found in the sentence.
#[derive(Clone, Copy, Debug)]
pub(super) struct Hit {
    pub meaning: Meaning,
    pub start: usize,
    pub end: usize,
    pub clause: usize,
    pub quoted: bool,
}

impl Hit {
    /// The act the hit stands for before any override; a belief counts as an opinion.
    pub(super) fn act(&self) -> Act {
        match self.meaning {
            Meaning::Act(act, _) => act,
            Meaning::Belief | Meaning::Neutral => Act::Opinion,
        }
    }
}

/// The result of the first pass.
#[derive(Debug)]
pub(super) struct Scan {
    pub hits: [Option<Hit>; MAX_HITS],
    pub clauses: [Clause; MAX_CLAUSES],
    pub n_clauses: usize,
    /// The `?` that ends the sentence (closing quotes and brackets aside), and whether it
    /// stands inside a quotation.
    pub question: Option<(usize, usize, bool)>,
    /// The `:` that ends the sentence.
    pub colon: Option<(usize, usize)>,
    pub words: usize,
    /// Every word is a reply word (`Of course.`).
    pub responses: bool,
    /// Every word is a name, a title or a word of address (`Mr President,`).
    pub address: bool,
    pub address_title: bool,
    pub ends_with_comma: bool,
    /// A reporting verb outside any quotation (`“...,” the minister said`).
    pub reported_outside: bool,
    /// The first evaluative word, wherever it stands.
    pub eval_word: Option<(usize, usize)>,
}

struct Scanner<'a> {
    text: &'a str,
    items: &'a [Item],
    /// The index of the current token.
    at: usize,
    c: &'static Compiled,
    scan: Scan,
    ci: usize,
    strong: u16,
    n_hits: usize,
    /// Words so far that were all clause openers (`And`, `So`): the sentence has not started.
    leading: bool,
    /// Countdown after `has`/`have`/`had`, in words, within which a participle is a perfect.
    perfect: u8,
    /// A hedge standing alone before a comma (`Probably, ...`) carried to the next clause.
    carried_hedge: Option<(usize, usize)>,
    /// Patterns do not start before this offset (inside an earlier match).
    skip_until: usize,
    prev_comma: bool,
    spare: Clause,
}

/// Runs the first pass over the tokens of `text`.
pub(super) fn scan(text: &str, items: &[Item]) -> Scan {
    let mut s = Scanner {
        text,
        items,
        at: 0,
        c: compiled(),
        scan: Scan {
            hits: [None; MAX_HITS],
            clauses: [Clause::default(); MAX_CLAUSES],
            n_clauses: 1,
            question: None,
            colon: None,
            words: 0,
            responses: true,
            address: true,
            address_title: false,
            ends_with_comma: false,
            reported_outside: false,
            eval_word: None,
        },
        ci: 0,
        strong: 0,
        n_hits: 0,
        leading: true,
        perfect: 0,
        carried_hedge: None,
        skip_until: 0,
        prev_comma: false,
        spare: Clause::default(),
    };
    let mut last: Option<Tok> = None;
    for (at, item) in items.iter().enumerate() {
        s.at = at;
        let tok = item.tok;
        match tok.kind {
            Kind::Word | Kind::Number => s.word(item),
            Kind::Comma | Kind::Strong | Kind::Open | Kind::Close | Kind::Quote => {
                if tok.kind == Kind::Strong {
                    s.strong = s.strong.saturating_add(1);
                }
                s.new_clause();
            }
            Kind::Stop | Kind::Question | Kind::Other => {}
        }
        s.prev_comma = tok.kind == Kind::Comma;
        if !matches!(tok.kind, Kind::Quote | Kind::Close) {
            last = Some(tok);
        }
    }
    s.close_clause();
    if let Some(t) = last {
        match t.kind {
            Kind::Question => s.scan.question = Some((t.start, t.end, t.quoted)),
            Kind::Strong if t.colon => s.scan.colon = Some((t.start, t.end)),
            Kind::Comma => s.scan.ends_with_comma = true,
            _ => {}
        }
    }
    s.scan
}

impl<'a> Scanner<'a> {
    fn lex(&self) -> &'static Lexicon {
        &self.c.lex
    }

    fn clause(&mut self) -> &mut Clause {
        // `ci` stays below MAX_CLAUSES, so the spare is never used.
        match self.scan.clauses.get_mut(self.ci) {
            Some(c) => c,
            None => &mut self.spare,
        }
    }

    fn new_clause(&mut self) {
        let carried = {
            let c = self.clause();
            (c.words == 1 && c.hedge.is_some())
                .then(|| c.hedge.take())
                .flatten()
        };
        self.close_clause();
        if self.ci + 1 < MAX_CLAUSES {
            self.ci += 1;
            self.scan.n_clauses = self.ci + 1;
        }
        let strong = self.strong;
        let c = self.clause();
        if c.words == 0 {
            c.strong = strong;
        }
        self.carried_hedge = carried;
    }

    /// Turns the clause's hedge into a hit: a hedged forecast with a future, a hedged fact
    /// without.
    fn close_clause(&mut self) {
        let c = *self.clause();
        // A hedge inside a subordinate clause (`As you may know`) hedges only that clause.
        if c.subordinate {
            return;
        }
        if let (Some((s, e)), false) = (c.hedge, c.hedged) {
            let meaning = if c.future_last.is_some() {
                Meaning::Act(Act::Opinion, Reason::HedgedForecast)
            } else {
                Meaning::Act(Act::Assertion, Reason::HedgedFact)
            };
            self.push_hit(meaning, s, e, false);
            self.clause().hedged = true;
        }
    }

    fn push_hit(&mut self, meaning: Meaning, start: usize, end: usize, quoted: bool) {
        let hit = Hit {
            meaning,
            start,
            end,
            clause: self.ci,
            quoted,
        };
        if hit.act() != Act::Assertion {
            let c = self.clause();
            c.acts = c.acts.saturating_add(1);
        }
        if let Some(slot) = self.scan.hits.get_mut(self.n_hits) {
            *slot = Some(hit);
            self.n_hits += 1;
        }
    }

    fn word(&mut self, item: &Item) {
        let text = self.text;
        let tok = item.tok;
        let raw = text.get(tok.start..tok.end).unwrap_or("");
        let w = item.w();
        let f = item.flags;
        let lower_initial = raw.chars().next().is_some_and(char::is_lowercase);

        // A conjunction opens a new clause (after a comma it opens a strong one).
        if f & CONJUNCTIONS != 0 && self.clause().words > 0 {
            self.new_clause();
        }
        if self.prev_comma && matches!(w, "and" | "but" | "so" | "yet" | "while" | "whereas") {
            self.strong = self.strong.saturating_add(1);
            let strong = self.strong;
            self.clause().strong = strong;
        }
        if let Some(h) = self.carried_hedge.take() {
            self.clause().hedge.get_or_insert(h);
        }
        let first_of_clause = self.clause().words == 0;
        let sentence_start = self.leading;
        if f & SUBORDINATORS != 0 && first_of_clause {
            self.clause().subordinate = true;
        }

        // What the word says about its clause.
        let span = (tok.start, tok.end);
        let prev = self.prev_word();
        let past =
            tok.kind == Kind::Word && self.is_past(w, f, prev, lower_initial || sentence_start);
        let figure = tok.kind == Kind::Number || f & NUMBER_WORDS != 0;
        let modal = f & MODAL_HEDGES != 0 && lower_initial;
        // Only `going` and the hedging modals look at the next word.
        let next_word = self.items.get(self.at + 1).map_or(&b""[..], Item::bytes);
        let future = f & FUTURE != 0
            || w.ends_with("'ll")
            || (w == "going" && next_word == b"to")
            || (modal && next_word != b"have");
        // A capitalised `May` is the month (or a wish); a sentence-initial `Could` asks.
        let hedge = f & HEDGES != 0
            && (lower_initial || f & MODAL_HEDGES == 0)
            && !(w == "could" && sentence_start);
        {
            let c = self.clause();
            c.words = c.words.saturating_add(1);
            if past {
                c.past.get_or_insert(span);
                c.past_last = Some(tok.start);
            }
            if past || f & FINITE != 0 {
                c.finite.get_or_insert(span);
                if !c.relative && f & MODALS == 0 && !future {
                    c.factual = true;
                }
            }
            if f & RELATIVES != 0 && !first_of_clause {
                c.relative = true;
            }
            if figure {
                c.figure.get_or_insert(span);
            }
            if future {
                c.future_last = Some(tok.start);
            }
            if hedge {
                c.hedge.get_or_insert(span);
            }
        }
        self.perfect = if matches!(w, "has" | "have" | "had" | "hasn't" | "haven't" | "hadn't")
            || w.ends_with("'ve")
        {
            3
        } else {
            self.perfect.saturating_sub(1)
        };

        // The shape of the whole sentence.
        self.scan.words += 1;
        self.scan.responses &= f & RESPONSES != 0;
        let capital = raw.chars().next().is_some_and(char::is_uppercase);
        self.scan.address &= tok.kind == Kind::Word && (capital || f & VOCATIVE != 0);
        self.scan.address_title |= f & ADDRESS_TITLES != 0;
        if f & EVAL != 0 {
            self.scan.eval_word.get_or_insert(span);
        }

        // Reported speech: a verb of saying whose subject is not `I` or `we`; a form in `-s`
        // after a determiner or preposition is a noun (`between states`).
        let says_noun = w.ends_with('s') && prev.is_none_or(|p| p.flags & NOT_BEFORE_SAYS != 0);
        if f & REPORTING != 0 && !says_noun && !self.first_person_before(true) {
            self.push_hit(
                Meaning::Act(Act::Assertion, Reason::ReportedSpeech),
                tok.start,
                tok.end,
                tok.quoted,
            );
            if !tok.quoted {
                self.scan.reported_outside = true;
            }
        }

        if tok.start >= self.skip_until && !w.is_empty() {
            self.try_patterns(tok, w, sentence_start);
        }
        if matches!(w, "you" | "your" | "you're" | "yours" | "you've") {
            self.clause().you = true;
        }
        if !(self.leading && f & LEADING != 0) {
            self.leading = false;
        }
    }

    fn try_patterns(&mut self, tok: Tok, w: &str, sentence_start: bool) {
        let c = self.c;
        for &id in c.starting_with(w.as_bytes()) {
            let Some(p) = c.patterns.get(id) else {
                continue;
            };
            if p.flags & SENT != 0 && !sentence_start {
                continue;
            }
            if p.flags & START != 0 && !self.at_clause_start() {
                continue;
            }
            if p.flags & PERF != 0 && !self.first_person_before(false) {
                continue;
            }
            if p.flags & NOUN != 0 && self.clause().past.is_some() {
                continue;
            }
            let Some(end) = c.matches(self.items, p, self.at) else {
                continue;
            };
            self.skip_until = end;
            let meaning = match p.meaning {
                Meaning::Neutral => return,
                Meaning::Act(Act::Opinion, Reason::Evaluation) if self.praises(end) => {
                    Meaning::Act(Act::Compliment, Reason::Praise)
                }
                m => m,
            };
            self.push_hit(meaning, tok.start, end, tok.quoted);
            return;
        }
    }

    /// An evaluation said of `you` or `your ...` is a compliment, unless it only agrees
    /// (`you are right`).
    fn praises(&mut self, end: usize) -> bool {
        if !self.clause().you {
            return false;
        }
        let head = self.text.get(..end).unwrap_or("");
        let last = head
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let mut buf = [0u8; 32];
        let last = super::tokens::fold(last, &mut buf).unwrap_or("");
        !self.lex().is(last.as_bytes(), NOT_PRAISE)
    }

    /// The tokens before the current one, newest first, at most [`RING`] of them.
    fn back(&self) -> impl Iterator<Item = &Item> + '_ {
        let items = self.items.get(..self.at).unwrap_or(&[]);
        items.iter().rev().take(RING)
    }

    /// The word before the current one, if the token before it is a word.
    fn prev_word(&self) -> Option<&'a Item> {
        let items: &'a [Item] = self.items;
        items.get(self.at.checked_sub(1)?).filter(|i| i.is_word())
    }

    fn is_past(&self, w: &str, f: u64, prev: Option<&Item>, may_be_verb: bool) -> bool {
        if f & PAST != 0 {
            return true;
        }
        if self.perfect > 0 && f & PARTICIPLES != 0 {
            return true;
        }
        // `generally recognised`, `newly built`: after an adverb in `-ly` it is an adjective.
        may_be_verb
            && w.len() >= 5
            && w.ends_with("ed")
            && f & NOT_PAST == 0
            && !w.starts_with("un")
            && !prev.is_some_and(|p| p.flags & NOT_BEFORE_PAST != 0 || p.bytes().ends_with(b"ly"))
    }

    fn at_clause_start(&self) -> bool {
        match self.back().next() {
            None => true,
            Some(t) if !matches!(t.tok.kind, Kind::Word | Kind::Number) => true,
            Some(t) => t.flags & OPENERS != 0,
        }
    }

    /// Walks back from the current word over fillers (and, for a performative, modal chains
    /// such as `would like to`). For a performative (`reporting == false`): whether the walk
    /// reaches `I`, `we` or the start of a clause. For a verb of saying (`reporting == true`):
    /// whether it reaches `I` or `we` (`As I said` is not reported speech).
    fn first_person_before(&self, reporting: bool) -> bool {
        for t in self.back() {
            if !matches!(t.tok.kind, Kind::Word | Kind::Number) {
                return !reporting;
            }
            let f = t.flags;
            if f & FIRST_PERSON != 0 {
                return true;
            }
            let skip = if reporting {
                f & (REPORT_CHAIN | FILLER) != 0
            } else {
                f & (FILLER | CHAIN) != 0
            };
            if skip {
                continue;
            }
            return !reporting && f & OPENERS != 0;
        }
        !reporting && self.at <= RING
    }
}
