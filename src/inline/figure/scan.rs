//! The walk over a window's tokens: at each token that can start a figure, the rules are tried
//! in order (numbers in digits, words, punctuation), and the walk moves past what they found.
//! The rules themselves live in the files named after them; this file holds the walk and the
//! token helpers they share.

use super::grammar::{self, R};
use super::lex::{K, Tok};
use super::words::{self, Lower, Role};
use crate::ast::{Figure, FigureKind};
use crate::span::Span;

/// What one step of the walk found at a token.
pub(super) enum Step {
    /// A figure, and the token after it.
    Fig(Figure, usize),
    /// Not a figure: skip to this token (numbers in names, times, phone numbers …).
    Skip(usize),
    /// Nothing starts here.
    No,
}

/// The rules over the tokens of one window of a sentence.
pub(super) struct Scanner<'a> {
    /// The sentence.
    pub(super) text: &'a str,
    /// The window's tokens (offsets into `text`).
    pub(super) t: &'a [Tok],
    /// The sentence's offset in the document.
    base: u32,
    /// Where the window ends in `text`: grammars read no further.
    end: usize,
    /// The value of each number token ([`numbers`]), `None` for the other tokens.
    nums: &'a [Option<grammar::Num>],
}

impl<'a> Scanner<'a> {
    pub(super) fn new(
        text: &'a str,
        t: &'a [Tok],
        nums: &'a [Option<grammar::Num>],
        base: u32,
        end: usize,
    ) -> Self {
        Scanner {
            text,
            t,
            base,
            end: end.min(text.len()),
            nums,
        }
    }

    /// Walks the tokens, appending the figures found to `out`.
    pub(super) fn run(&self, out: &mut Vec<Figure>) {
        let mut i = 0;
        while i < self.t.len() {
            if !self.wanted(i) {
                i += 1;
                continue;
            }
            match self.step(i) {
                Step::Fig(mut f, next) => {
                    self.direction(&mut f, i, next);
                    out.push(f);
                    i = next.max(i + 1);
                }
                Step::Skip(next) => i = next.max(i + 1),
                Step::No => i += 1,
            }
        }
    }

    /// Whether [`Self::step`] can find anything at token `i`: a cheap check that never says no
    /// where the step would find a figure or skip tokens.
    fn wanted(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        match t.k {
            K::Num => true,
            K::P(c) => {
                super::words_currency::sign(c).is_some()
                    || grammar::is_vulgar(c)
                    || matches!(c, '\'' | '’' | '#' | '+' | '№' | '-' | '−')
            }
            K::Word => match words::role(self.s(i)) {
                Role::No => self.is_p(i + 1, '$') && self.tight(i + 1),
                Role::Month => self.capitalised(i),
                Role::Number | Role::Relative | Role::Lead => true,
            },
        }
    }

    fn step(&self, i: usize) -> Step {
        let Some(t) = self.tok(i) else {
            return Step::No;
        };
        match t.k {
            K::Num => self.step_num(i),
            K::Word => self.step_word(i),
            K::P(c) => self.step_punct(i, c),
        }
    }

    /// Turns a figure found at token `i` into a step to the token after it.
    pub(super) fn found(&self, f: Figure, i: usize) -> Step {
        let end = self
            .t
            .iter()
            .skip(i)
            .position(|t| t.e.saturating_add(self.base) >= f.span.end)
            .map_or(i + 1, |p| i + p + 1);
        Step::Fig(f, end)
    }

    // ----- tokens ------------------------------------------------------------------------------

    pub(super) fn tok(&self, i: usize) -> Option<Tok> {
        self.t.get(i).copied()
    }

    /// The text of token `i` (empty past the end).
    pub(super) fn s(&self, i: usize) -> &'a str {
        self.tok(i)
            .and_then(|t| self.text.get(t.s as usize..t.e as usize))
            .unwrap_or("")
    }

    pub(super) fn word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.k == K::Word)
    }

    pub(super) fn num_tok(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.k == K::Num)
    }

    /// Token `i` lowercased, when it is an ASCII word (empty otherwise).
    pub(super) fn lw(&self, i: usize) -> Lower<'a> {
        Lower::new(if self.word(i) { self.s(i) } else { "" })
    }

    pub(super) fn is_lw(&self, i: usize, w: &str) -> bool {
        self.word(i) && self.lw(i).as_str() == w
    }

    /// The previous token lowercased (empty at the start).
    pub(super) fn prev_lw(&self, i: usize) -> Lower<'a> {
        i.checked_sub(1)
            .map_or_else(|| Lower::new(""), |p| self.lw(p))
    }

    pub(super) fn p(&self, i: usize) -> Option<char> {
        match self.tok(i)?.k {
            K::P(c) => Some(c),
            _ => None,
        }
    }

    pub(super) fn is_p(&self, i: usize, c: char) -> bool {
        self.p(i) == Some(c)
    }

    pub(super) fn is_dash(&self, i: usize) -> bool {
        matches!(self.p(i), Some('-' | '–' | '‐' | '‑' | '—'))
    }

    /// White space before token `i` (true past the end).
    pub(super) fn gap(&self, i: usize) -> bool {
        self.tok(i).is_none_or(|t| t.gap)
    }

    /// Token `i` is glued to the previous one.
    pub(super) fn tight(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.gap)
    }

    pub(super) fn capitalised(&self, i: usize) -> bool {
        self.word(i) && self.s(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the number at `i` may take a capital letter glued to it as its scale outside
    /// money: after a decimal point (`1.5M users`, `2.4B`, `0.5K`), or `M` after two digits
    /// or more (`20M`). Whole numbers and a letter are more often names: seats and plans
    /// (`14B`, `401K`), races and filings (`10K`), screens (`16K`), firms (`3M`).
    pub(super) fn capital_scale(&self, i: usize) -> bool {
        let number = self.s(i);
        self.tight(i + 1)
            && match self.s(i + 1) {
                "K" | "B" => number.contains('.'),
                "M" => number.contains('.') || number.len() > 1,
                _ => false,
            }
    }

    /// The span of tokens `a..b`.
    pub(super) fn span(&self, a: usize, b: usize) -> Span {
        let s = self.tok(a).map_or(0, |t| t.s);
        let e = b
            .checked_sub(1)
            .and_then(|l| self.tok(l))
            .map_or(s, |t| t.e);
        Span::new(
            self.base.saturating_add(s),
            self.base.saturating_add(e.max(s)),
        )
    }

    pub(super) fn fig(&self, a: usize, b: usize, kind: FigureKind) -> Figure {
        Figure::new(self.span(a, b), kind)
    }

    /// Token `i` starts a line: only white space without a line break, or a line break, lies
    /// between it and the previous character or the start of the sentence.
    pub(super) fn line_start(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        let before = self.text.get(..t.s as usize).unwrap_or("");
        let trimmed = before.trim_end_matches(|c: char| c != '\n' && crate::lexical::is_space(c));
        trimmed.is_empty() || trimmed.ends_with('\n')
    }

    /// Token `i` is the first of the sentence.
    pub(super) fn sentence_start(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            self.text
                .get(..t.s as usize)
                .is_some_and(|b| b.chars().all(crate::lexical::is_space))
        })
    }

    // ----- grammars at a token -----------------------------------------------------------------

    /// The text from token `i` to the end of the window, for the grammars.
    pub(super) fn rest(&self, i: usize) -> &'a str {
        self.tok(i)
            .and_then(|t| self.text.get(t.s as usize..self.end))
            .unwrap_or("")
    }

    /// The text from the end of token `i - 1` (the white space before token `i` included).
    pub(super) fn rest_after(&self, i: usize) -> &'a str {
        let from = i
            .checked_sub(1)
            .and_then(|p| self.tok(p))
            .map_or(0, |t| t.e as usize);
        self.text.get(from..self.end).unwrap_or("")
    }

    /// The token that starts where a grammar run from token `i` stopped, given what it left
    /// (`rest`, a suffix of the window's text); `None` when it stopped inside a token.
    pub(super) fn tok_after(&self, i: usize, rest: &str) -> Option<usize> {
        let off = self.end.checked_sub(rest.len())?;
        let mut j = i;
        while let Some(t) = self.tok(j) {
            let e = t.e as usize;
            if e == off {
                return Some(j + 1);
            }
            if e > off {
                return None;
            }
            j += 1;
        }
        None
    }

    /// Runs `g` at token `i`; the token after what it read, and its value.
    pub(super) fn parse<T>(&self, i: usize, g: impl Fn(&'a str) -> R<'a, T>) -> Option<(T, usize)> {
        let (rest, v) = g(self.rest(i)).ok()?;
        Some((v, self.tok_after(i, rest)?))
    }

    /// Runs `g` from the end of token `i - 1` (so that it sees the white space before token
    /// `i`, for suffixes that may be glued or spaced); the token after what it read.
    pub(super) fn parse_after<T>(
        &self,
        i: usize,
        g: impl Fn(&'a str) -> R<'a, T>,
    ) -> Option<(T, usize)> {
        let start = i.checked_sub(1)?;
        let (rest, v) = g(self.rest_after(i)).ok()?;
        self.tok_after(start, rest)
            .filter(|&n| n > i)
            .map(|n| (v, n))
    }
}

// ----- the steps ---------------------------------------------------------------------------------

impl Scanner<'_> {
    fn step_punct(&self, i: usize, c: char) -> Step {
        // $5, €.5bn, -5%, −$5 million, ½.
        if super::words_currency::sign(c).is_some()
            || grammar::is_vulgar(c)
            || matches!(c, '-' | '−')
        {
            if let Some(f) = self.measure_range(i) {
                return self.found(f, i);
            }
        }
        if let Some(s) = self.short_decade(i, c) {
            return s;
        }
        if matches!(c, '#' | '+' | '№') && self.num_tok(i + 1) && self.tight(i + 1) {
            return Step::Skip(self.cluster_end(i + 1));
        }
        Step::No
    }

    fn step_word(&self, i: usize) -> Step {
        let lw = self.lw(i);
        let lw = lw.as_str();
        let measure = |i| match self.measure_range(i) {
            Some(f) => self.found(f, i),
            None => Step::No,
        };
        match words::role(self.s(i)) {
            // Currency prefixes (US$, USD, Rs.), `minus five`, `kr 500`, FY2024, `percent of 10`.
            Role::Lead => {
                if let Some(f) = self.measure_range(i) {
                    return self.found(f, i);
                }
                self.fiscal_word(i)
                    .or_else(|| self.percent_of(i))
                    .unwrap_or(Step::No)
            }
            Role::Month => self.month_date(i, lw).unwrap_or(Step::No),
            Role::Relative => self.relative(i, lw).unwrap_or(Step::No),
            Role::Number => {
                if let Some(s) = self.fraction_of(i, lw).or_else(|| self.ratio(i)) {
                    return s;
                }
                if let Some(s) = self.ordinal_word(i, lw) {
                    return s;
                }
                // two-thirds, three-quarters.
                if self.is_p(i + 1, '-') {
                    if let Some(s) = self.word_fraction(i) {
                        return s;
                    }
                }
                if lw == "half" {
                    return measure(i);
                }
                // `a year ago`, `two weeks later`: a unit of time or more number words follow.
                let next = self.lw(i + 1);
                let next = next.as_str();
                if words::time_unit(next).is_some()
                    || words::role(self.s(i + 1)) == Role::Number
                    || next == "hundred"
                    || words::scale_word(next).is_some()
                    || self.is_p(i + 1, '-')
                {
                    if let Some(s) = self.ago(i) {
                        return s;
                    }
                }
                // three-day, five-member: a number word glued to a noun.
                if self.is_dash(i + 1) && !matches!(lw, "a" | "an") {
                    if let Some((v, next)) = self.parse(i, grammar::spelled) {
                        if next == i + 1 {
                            if let Some(s) = self.compound(i, v) {
                                return s;
                            }
                        }
                    }
                }
                measure(i)
            }
            // US$5 and the like, with letters that are not a known prefix: tried anyway.
            Role::No => measure(i),
        }
    }
}

// ----- numbers at a token ------------------------------------------------------------------------

impl Scanner<'_> {
    /// The number token `i` (the whole token): `None` for `1.2.3`, `10,20` or a word. Read
    /// once per token, when the window is tokenised ([`numbers`]).
    pub(super) fn num(&self, i: usize) -> Option<grammar::Num> {
        self.nums.get(i).copied().flatten()
    }

    /// A plain integer token of `len` bytes (any length when `len` is 0).
    pub(super) fn int(&self, i: usize, len: usize) -> Option<u32> {
        let n = self.num(i)?;
        if len != 0 && n.len != len {
            return None;
        }
        n.int
    }

    /// A four-digit year-like integer (1000 to 2199).
    pub(super) fn year_num(&self, i: usize) -> Option<u16> {
        let y = self.int(i, 4)?;
        u16::try_from(y).ok().filter(|y| (1000..=2199).contains(y))
    }
}

/// The value of each of `tokens` that is a number read whole by [`grammar::number`] (`None`
/// for `1.2.3`, `10,20` and the tokens that are no numbers), into `out`: the rules ask for a
/// number token's value several times, and it is read once.
pub(super) fn numbers(text: &str, tokens: &[Tok], out: &mut Vec<Option<grammar::Num>>) {
    out.clear();
    out.extend(tokens.iter().map(|t| {
        if t.k != K::Num {
            return None;
        }
        let s = text.get(t.s as usize..t.e as usize)?;
        // Plain digits, the usual case, need no grammar.
        if s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit()) {
            let v = s.bytes().fold(0u32, |a, b| a * 10 + u32::from(b - b'0'));
            return Some(grammar::Num {
                val: crate::ast::Decimal::from(i64::from(v)),
                int: Some(v),
                len: s.len(),
            });
        }
        match grammar::number(s) {
            Ok(("", n)) => Some(n),
            _ => None,
        }
    }));
}
