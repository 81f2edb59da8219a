//! The figure grammars, run over the tokens of one sentence.

use super::lex::{K, Tok};
use super::words::{self, Lower, Role};
use crate::ast::{Currency, Decimal, Figure, FigureKind, IsoDate};
use crate::span::Span;
use std::borrow::Cow;

/// What one step of the scan found at a token.
enum Step {
    /// A figure, and the token after it.
    Fig(Figure, usize),
    /// Not a figure: skip to this token (numbers in names, times, phone numbers …).
    Skip(usize),
    /// Nothing starts here.
    No,
}

/// A number, money, percentage or quantity before ranges are considered.
#[derive(Clone)]
struct Meas {
    /// First and one-past-last token.
    s: usize,
    next: usize,
    kind: FigureKind,
    val: Decimal,
    /// The number before its scale word (`1.2` of `1.2 million`).
    base: Decimal,
    exp: Option<u32>,
    cur: Option<(Currency, bool)>,
    unit: Option<Cow<'static, str>>,
    /// Whether the number stands alone (no currency, percent or unit).
    bare: bool,
    /// Whether it is a plain four-digit integer that could be a year.
    year: Option<u16>,
}

/// A parsed digit token.
#[derive(Clone, Copy)]
struct Num {
    val: Decimal,
    /// The integer value when the token is a plain integer (no point, no commas).
    int: Option<u32>,
    /// Number of characters in the token.
    len: usize,
}

pub(super) struct Scanner<'a> {
    text: &'a str,
    t: &'a [Tok],
    base: u32,
}

impl<'a> Scanner<'a> {
    pub(super) fn new(text: &'a str, t: &'a [Tok], base: u32) -> Self {
        Scanner { text, t, base }
    }

    pub(super) fn run(&self, out: &mut Vec<Figure>) {
        let mut i = 0;
        while i < self.t.len() {
            if !self.wanted(i) {
                i += 1;
                continue;
            }
            match self.step(i) {
                Step::Fig(f, next) => {
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
            K::P(c) => matches!(
                c,
                '$' | '€' | '£' | '¥' | '₽' | '₹' | '\'' | '’' | '#' | '+' | '№'
            ),
            K::Word => {
                // US$, A$
                if self.is_p(i + 1, '$') {
                    return true;
                }
                let w = self.bytes(i);
                match words::role(w) {
                    Role::No | Role::Cue => words::is_currency_code(w),
                    Role::Number | Role::Relative | Role::Other => true,
                    Role::Month => w.first().is_some_and(u8::is_ascii_uppercase),
                    Role::This | Role::Article => self.word(i + 1) && words::cue(self.bytes(i + 1)),
                }
            }
        }
    }

    fn bytes(&self, i: usize) -> &'a [u8] {
        self.s(i).as_bytes()
    }

    // ----- token helpers -------------------------------------------------------------------

    fn tok(&self, i: usize) -> Option<Tok> {
        self.t.get(i).copied()
    }

    fn s(&self, i: usize) -> &'a str {
        self.tok(i)
            .and_then(|t| self.text.get(t.s as usize..t.e as usize))
            .unwrap_or("")
    }

    fn word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.k == K::Word)
    }

    fn num_tok(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.k == K::Num)
    }

    fn lw(&self, i: usize) -> Lower {
        Lower::new(if self.word(i) { self.s(i) } else { "" })
    }

    fn is_lw(&self, i: usize, w: &str) -> bool {
        self.word(i) && self.lw(i).as_str() == w
    }

    fn p(&self, i: usize) -> Option<char> {
        match self.tok(i)?.k {
            K::P(c) => Some(c),
            _ => None,
        }
    }

    fn is_p(&self, i: usize, c: char) -> bool {
        self.p(i) == Some(c)
    }

    fn is_dash(&self, i: usize) -> bool {
        matches!(self.p(i), Some('-' | '–' | '‐' | '—'))
    }

    /// Whitespace before token `i` (true past the end).
    fn gap(&self, i: usize) -> bool {
        self.tok(i).is_none_or(|t| t.gap)
    }

    /// Token `i` is glued to the previous one.
    fn tight(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.gap)
    }

    fn capitalised(&self, i: usize) -> bool {
        self.word(i) && self.s(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// The span of tokens `a..b`.
    fn span(&self, a: usize, b: usize) -> Span {
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

    fn fig(&self, a: usize, b: usize, kind: FigureKind) -> Figure {
        Figure::new(self.span(a, b), kind)
    }

    /// Token `i` starts a line (the sentence, or follows a line break).
    fn line_start(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        match i.checked_sub(1).and_then(|p| self.tok(p)) {
            None => true,
            Some(p) => self
                .text
                .get(p.e as usize..t.s as usize)
                .is_some_and(|g| g.contains('\n')),
        }
    }

    // ----- numbers ---------------------------------------------------------------------------

    /// Parses the digit token at `i`: plain, western (`1,300,000`) or Indian (`1,00,000`)
    /// grouping, with an optional decimal part. `None` for anything else (`1.2.3`, `10,20`).
    fn num(&self, i: usize) -> Option<Num> {
        if !self.num_tok(i) {
            return None;
        }
        let raw = self.s(i);
        let (int, frac) = match raw.split_once('.') {
            Some((a, b)) => (a, Some(b)),
            None => (raw, None),
        };
        if frac.is_some_and(|f| f.contains(['.', ','])) {
            return None;
        }
        if int.contains(',') {
            let mut groups = int.split(',');
            let first = groups.next().map_or(0, str::len);
            let lens: (usize, usize, usize) = groups.fold((0, 0, 0), |(n, twos, _last), g| {
                (n + 1, twos + usize::from(g.len() == 2), g.len())
            });
            let western = (1..=3).contains(&first) && int.split(',').skip(1).all(|g| g.len() == 3);
            let indian = (1..=2).contains(&first) && lens.2 == 3 && lens.1 + 1 == lens.0;
            if !western && !indian {
                return None;
            }
        }
        let mut m: i128 = 0;
        let mut scale = 0u32;
        for b in int.bytes().chain(frac.unwrap_or("").bytes()) {
            if b == b',' {
                continue;
            }
            m = m
                .checked_mul(10)?
                .checked_add(i128::from(b.checked_sub(b'0')?))?;
        }
        if let Some(f) = frac {
            scale = u32::try_from(f.len()).ok()?;
            if scale > 30 {
                return None;
            }
        }
        let plain = frac.is_none() && !int.contains(',');
        let int_val = if plain { u32::try_from(m).ok() } else { None };
        Some(Num {
            val: Decimal::new(m, scale),
            int: int_val,
            len: raw.len(),
        })
    }

    /// A plain integer token of `len` digits (any length when `len` is 0).
    fn int(&self, i: usize, len: usize) -> Option<u32> {
        let n = self.num(i)?;
        if len != 0 && n.len != len {
            return None;
        }
        n.int
    }

    /// A four-digit year-like integer (1000 to 2199).
    fn year_num(&self, i: usize) -> Option<u16> {
        let y = self.int(i, 4)?;
        if (1000..=2199).contains(&y) {
            u16::try_from(y).ok()
        } else {
            None
        }
    }

    /// Spelled-out numbers: `two`, `twenty-five`, `one hundred and twelve`, `a million`,
    /// `one billion`. Bounded: scale words must fall, so at most a few dozen words are read.
    fn spelled(&self, i: usize) -> Option<(Decimal, usize)> {
        let mut total: i128 = 0;
        let mut cur: i128 = 0;
        let mut small_ok = true;
        let mut ones_ok = false;
        let mut hundred = false;
        let mut last_scale = u32::MAX;
        let mut any = false;
        let mut j = i;
        let mut end = i;
        let first = self.lw(i);
        if matches!(first.as_str(), "a" | "an") {
            let n = self.lw(i + 1);
            if n.as_str() == "hundred" || words::scale_word(n.as_str()).is_some() {
                if n.as_str().ends_with('s') {
                    return None;
                }
                cur = 1;
                small_ok = false;
                any = true;
                j = i + 1;
            } else if n.as_str() == "dozen" {
                return Some((Decimal::from(12), i + 2));
            } else {
                return None;
            }
        }
        while j < self.t.len() && j < i + 48 {
            if !self.word(j) || (j > i && !self.gap(j)) {
                break;
            }
            let w = self.lw(j);
            let w = w.as_str();
            if let Some(v) = words::small(w) {
                if ones_ok && (1..=9).contains(&v) {
                    ones_ok = false;
                } else if !small_ok {
                    break;
                }
                cur += i128::from(v);
                small_ok = false;
                any = true;
                j += 1;
                end = j;
            } else if let Some(v) = words::tens(w) {
                if !small_ok {
                    break;
                }
                cur += i128::from(v);
                small_ok = false;
                any = true;
                j += 1;
                end = j;
                ones_ok = true;
                if self.is_p(j, '-') && self.tight(j) && self.tight(j + 1) {
                    if let Some(u) =
                        words::small(self.lw(j + 1).as_str()).filter(|u| (1..=9).contains(u))
                    {
                        cur += i128::from(u);
                        ones_ok = false;
                        j += 2;
                        end = j;
                    }
                }
            } else if w == "hundred" {
                if hundred || !(1..100).contains(&cur) {
                    break;
                }
                cur *= 100;
                hundred = true;
                small_ok = true;
                ones_ok = false;
                j += 1;
                end = j;
            } else if let Some(exp) = words::scale_word(w) {
                if cur <= 0 || exp >= last_scale || w.ends_with('s') {
                    break;
                }
                total = total.checked_add(cur.checked_mul(10i128.checked_pow(exp)?)?)?;
                cur = 0;
                last_scale = exp;
                small_ok = true;
                ones_ok = false;
                hundred = false;
                j += 1;
                end = j;
            } else if w == "and" && (hundred || last_scale != u32::MAX) && small_ok {
                let n = self.lw(j + 1);
                if words::small(n.as_str()).is_none() && words::tens(n.as_str()).is_none() {
                    break;
                }
                j += 1;
            } else {
                break;
            }
        }
        if !any || end == i {
            return None;
        }
        Some((Decimal::new(total.checked_add(cur)?, 0), end))
    }

    /// `half a million`, `half a billion`.
    fn half(&self, i: usize) -> Option<(Decimal, usize)> {
        if !(self.is_lw(i, "half") && self.is_lw(i + 1, "a")) {
            return None;
        }
        let (v, next) = self.spelled(i + 1)?;
        Some((v.checked_mul(Decimal::new(5, 1))?, next))
    }

    /// A number in digits or words with its scale word: `1.3 billion`, `5bn`, `$5m` (the
    /// one-letter abbreviations only when `money`), `three million`.
    fn amount(&self, i: usize, money: bool) -> Option<Meas> {
        if let Some(n) = self.num(i) {
            // A time (10:30) or a fraction or date with slashes is no amount.
            if (self.is_p(i + 1, ':') || self.is_p(i + 1, '/'))
                && self.tight(i + 1)
                && self.num_tok(i + 2)
                && self.tight(i + 2)
            {
                return None;
            }
            let mut next = i + 1;
            let mut exp = None;
            if self.word(next) {
                let w = self.s(next);
                let lw = Lower::new(w);
                let e = if self.gap(next) {
                    words::scale_word(lw.as_str())
                        .or_else(|| words::scale_abbr(w, false).filter(|_| w.len() > 1))
                } else {
                    // `5m people`, `10k runners`: lower-case one-letter scales read as such
                    // when glued to the number, even outside money.
                    words::scale_abbr(w, money || matches!(w, "m" | "k"))
                        .or_else(|| words::scale_word(lw.as_str()))
                };
                if let Some(e) = e {
                    exp = Some(e);
                    next += 1;
                }
            }
            let val = match exp {
                Some(e) => n.val.checked_mul(Decimal::pow10(e)?)?,
                None => n.val,
            };
            let year = if exp.is_none() && n.len == 4 {
                n.int.and_then(|y| u16::try_from(y).ok())
            } else {
                None
            };
            return Some(Meas {
                s: i,
                next,
                kind: FigureKind::Count,
                val,
                base: n.val,
                exp,
                cur: None,
                unit: None,
                bare: true,
                year: year.filter(|y| (1000..=2199).contains(y)),
            });
        }
        let (val, next) = match self.half(i) {
            Some(h) => h,
            None => self.spelled(i)?,
        };
        // `one` as a pronoun: `one of the`, `no one`, `the one`.
        if val == Decimal::from(1) && next == i + 1 {
            let n = self.lw(next);
            let p = i.checked_sub(1).map(|p| self.lw(p));
            let p = p.as_ref().map_or("", Lower::as_str);
            if matches!(
                n.as_str(),
                "of" | "another" | "by" | "such" | "who" | "that" | "which"
            ) || matches!(
                p,
                "no" | "the"
                    | "this"
                    | "that"
                    | "every"
                    | "any"
                    | "each"
                    | "which"
                    | "only"
                    | "someone"
            ) || self.s(i) == "One" && !self.word(next)
            {
                return None;
            }
        }
        Some(Meas {
            s: i,
            next,
            kind: FigureKind::Count,
            val,
            base: val,
            exp: None,
            cur: None,
            unit: None,
            bare: true,
            year: None,
        })
    }

    /// A currency written before the amount: `$`, `US$`, `S$`, `€`, `USD`, `Rs`, `Rs.`.
    fn prefix(&self, i: usize) -> Option<(Currency, bool, usize)> {
        let t = self.tok(i)?;
        match t.k {
            K::P(c) => {
                let (cur, assumed) = words::currency_sign(c)?;
                Some((cur, assumed, i + 1))
            }
            K::Word => {
                let w = self.s(i);
                if self.is_p(i + 1, '$') && self.tight(i + 1) {
                    return Some((words::dollar_prefix(w)?, false, i + 2));
                }
                let (cur, assumed) = words::currency_code(w)?;
                let next = if matches!(w, "Rs" | "RS") && self.is_p(i + 1, '.') && self.tight(i + 1)
                {
                    i + 2
                } else {
                    i + 1
                };
                Some((cur, assumed, next))
            }
            K::Num => None,
        }
    }

    /// A currency written after the amount: `USD`, `€`, `dollars`, `US dollars`,
    /// `U.S. dollars`, `Pakistani rupees`, `pounds sterling`.
    fn suffix_currency(&self, k: usize, scaled: bool) -> Option<(Currency, bool, usize)> {
        let t = self.tok(k)?;
        if let K::P(c) = t.k {
            return match c {
                '€' | '₽' | '₹' if !self.num_tok(k + 1) => {
                    words::currency_sign(c).map(|(cur, a)| (cur, a, k + 1))
                }
                _ => None,
            };
        }
        if t.k != K::Word {
            return None;
        }
        let w = self.s(k);
        if !matches!(w, "Rs" | "RS") {
            if let Some((cur, a)) = words::currency_code(w) {
                return Some((cur, a, k + 1));
            }
        }
        let lw = self.lw(k);
        let lw = lw.as_str();
        // U.S. dollars
        if lw == "u"
            && self.is_p(k + 1, '.')
            && self.is_lw(k + 2, "s")
            && self.is_p(k + 3, '.')
            && matches!(self.lw(k + 4).as_str(), "dollars" | "dollar")
        {
            return Some((Currency::Usd, false, k + 5));
        }
        let n = self.lw(k + 1);
        if let Some(cur) = words::currency_adjective(lw, n.as_str()) {
            if lw != "us" || w == "US" {
                return Some((cur, false, k + 2));
            }
        }
        if matches!(lw, "hong")
            && self.is_lw(k + 1, "kong")
            && matches!(self.lw(k + 2).as_str(), "dollars" | "dollar")
        {
            return Some((Currency::Hkd, false, k + 3));
        }
        if let Some((cur, a)) = words::currency_word(lw) {
            return Some((cur, a, k + 1));
        }
        if matches!(lw, "pounds" | "pound") {
            if self.is_lw(k + 1, "sterling") {
                return Some((Currency::Gbp, false, k + 2));
            }
            if scaled {
                return Some((Currency::Gbp, true, k + 1));
            }
        }
        None
    }

    /// `%`, `percent`, `per cent`, `percentage points`, `pp`, `basis points`.
    fn suffix_percent(&self, k: usize) -> Option<(FigureKind, usize, Option<&'static str>)> {
        if self.is_p(k, '%') {
            if self.is_lw(k + 1, "points") || self.is_lw(k + 1, "point") {
                return Some((FigureKind::PercentagePoints, k + 2, None));
            }
            return Some((FigureKind::Percent, k + 1, None));
        }
        let w = self.lw(k);
        match w.as_str() {
            "percent" | "pct" => Some((FigureKind::Percent, k + 1, None)),
            "per" if self.is_lw(k + 1, "cent") => Some((FigureKind::Percent, k + 2, None)),
            "percentage" if matches!(self.lw(k + 1).as_str(), "points" | "point") => {
                Some((FigureKind::PercentagePoints, k + 2, None))
            }
            "pp" | "ppt" | "ppts" if self.gap(k) || self.s(k) == "pp" => {
                Some((FigureKind::PercentagePoints, k + 1, None))
            }
            "basis" if matches!(self.lw(k + 1).as_str(), "points" | "point") => {
                Some((FigureKind::Quantity, k + 2, Some("bp")))
            }
            _ => None,
        }
    }

    /// A unit after a number: `kilometres`, `km`, `tonnes`, `bcm`, `cubic metres`.
    fn suffix_unit(&self, k: usize) -> Option<(&'static str, usize)> {
        if !self.word(k) {
            return None;
        }
        let w = self.s(k);
        let lw = self.lw(k);
        let lw = lw.as_str();
        if matches!(lw, "cubic" | "square" | "sq") {
            let n = self.lw(k + 1);
            let u = words::unit(self.s(k + 1), n.as_str())?;
            let u = match (lw, u) {
                ("cubic", "m") => "m3",
                ("cubic", "ft") => "ft3",
                ("square" | "sq", "km") => "km2",
                ("square" | "sq", "m") => "m2",
                ("square" | "sq", "mile") => "mile2",
                ("square" | "sq", "ft") => "ft2",
                _ => return None,
            };
            return Some((u, k + 2));
        }
        let u = words::unit(w, lw)?;
        // A unit glued to the number must be an abbreviation (`40km`), not a word (`5years`).
        if self.tight(k)
            && !matches!(
                w,
                "km" | "kg"
                    | "bcm"
                    | "tcm"
                    | "MW"
                    | "GW"
                    | "kW"
                    | "kWh"
                    | "MWh"
                    | "GWh"
                    | "TWh"
                    | "ha"
                    | "cm"
                    | "mm"
                    | "mph"
                    | "bpd"
            )
        {
            return None;
        }
        // `second` after a number is the unit only in the plural or after `one`/`a`.
        Some((u, k + 1))
    }

    /// A number with what follows it: currency, percent, unit, or nothing.
    fn measure(&self, i: usize) -> Option<Meas> {
        if let Some((cur, assumed, j)) = self.prefix(i) {
            let mut m = self.amount(j, true)?;
            m.s = i;
            m.kind = FigureKind::Money;
            m.cur = Some((cur, assumed));
            m.bare = false;
            m.year = None;
            return Some(m);
        }
        let mut m = self.amount(i, false)?;
        let k = m.next;
        if let Some((cur, assumed, next)) = self.suffix_currency(k, m.exp.is_some()) {
            m.kind = FigureKind::Money;
            m.cur = Some((cur, assumed));
            m.next = next;
        } else if let Some((kind, next, unit)) = self.suffix_percent(k) {
            m.kind = kind;
            m.unit = unit.map(Cow::Borrowed);
            m.next = next;
        } else if let Some((unit, next)) = self.suffix_unit(k) {
            m.kind = FigureKind::Quantity;
            m.unit = Some(Cow::Borrowed(unit));
            m.next = next;
        } else {
            return Some(m);
        }
        m.bare = false;
        m.year = None;
        Some(m)
    }

    /// A measure and, when a second one follows after `to`, a dash or `between … and`, the
    /// range of the two.
    fn measure_range(&self, i: usize) -> Option<Figure> {
        let m1 = self.measure(i)?;
        let mut second = None;
        let c = m1.next;
        let between = i.checked_sub(1).is_some_and(|p| self.is_lw(p, "between"));
        let connector = self.is_lw(c, "to") || self.is_dash(c) || (between && self.is_lw(c, "and"));
        if connector && !(m1.year.is_some() && self.year_cue_before(i)) {
            if let Some(m2) = self.measure(c + 1) {
                second = self.join(&m1, m2);
            }
        }
        Some(match second {
            Some((a, b)) => {
                let mut f = self.meas_figure(&a, b.next);
                f.to = Some(b.val);
                f.ends = Some([self.span(a.s, a.next), self.span(b.s, b.next)]);
                f
            }
            None => {
                if let (Some(y), true) = (m1.year, m1.bare && self.year_context(i)) {
                    let mut f = self.fig(i, i + 1, FigureKind::Year);
                    f.value = Some(Decimal::from(i64::from(y)));
                    f.date = Some(IsoDate::year(y));
                    return Some(f);
                }
                self.meas_figure(&m1, m1.next)
            }
        })
    }

    /// Two measures joined into a range, when they agree.
    fn join(&self, a: &Meas, b: Meas) -> Option<(Meas, Meas)> {
        let mut a = a.clone();
        let mut b = b;
        if a.year.is_some() && b.year.is_some() {
            return None;
        }
        if a.bare && !b.bare {
            a.kind = b.kind;
            a.cur = b.cur;
            a.unit.clone_from(&b.unit);
        } else if b.bare && !a.bare {
            b.kind = a.kind;
            b.cur = a.cur;
            b.unit.clone_from(&a.unit);
        } else if a.kind != b.kind || a.cur.map(|c| c.0) != b.cur.map(|c| c.0) || a.unit != b.unit {
            return None;
        }
        if let (None, Some(e)) = (a.exp, b.exp) {
            if a.base < b.base {
                a.val = a.base.checked_mul(Decimal::pow10(e)?)?;
            }
        }
        Some((a, b))
    }

    fn meas_figure(&self, m: &Meas, end: usize) -> Figure {
        let mut f = self.fig(m.s, end, m.kind);
        f.value = Some(m.val);
        if let Some((c, a)) = m.cur {
            f.currency = Some(c);
            f.currency_assumed = a;
        }
        f.unit.clone_from(&m.unit);
        f
    }

    // ----- context -----------------------------------------------------------------------------

    /// A word before token `i` that makes a four-digit number a year.
    fn year_cue_before(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if self.word(p) {
            return words::year_cue(self.lw(p).as_str());
        }
        // mid-2024
        self.is_dash(p)
            && self.tight(i)
            && p.checked_sub(1)
                .is_some_and(|q| words::year_prefix(self.lw(q).as_str()))
    }

    /// Whether the four-digit number at `i` reads as a year.
    fn year_context(&self, i: usize) -> bool {
        if self.year_cue_before(i) {
            return true;
        }
        let y = self.int(i, 4).unwrap_or(0);
        let modern = (1900..=2100).contains(&y);
        let prev = i.checked_sub(1).map(|p| self.lw(p));
        let prev = prev.as_ref().map_or("", Lower::as_str);
        if modern
            && matches!(
                prev,
                "the" | "this" | "that" | "last" | "next" | "its" | "their" | "our" | "fy"
            )
        {
            return true;
        }
        let n = i + 1;
        match self.tok(n) {
            None => modern || self.line_start(i),
            Some(t) => match t.k {
                K::P(c) => {
                    modern
                        && matches!(
                            c,
                            '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '”' | '’' | '\''
                        )
                }
                K::Word => {
                    modern
                        && matches!(
                            self.lw(n).as_str(),
                            "was"
                                | "is"
                                | "will"
                                | "saw"
                                | "marked"
                                | "has"
                                | "had"
                                | "and"
                                | "to"
                                | "or"
                                | "budget"
                                | "elections"
                                | "election"
                        )
                }
                K::Num => false,
            },
        }
    }

    // ----- the step --------------------------------------------------------------------------

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

    fn step_punct(&self, i: usize, c: char) -> Step {
        if words::currency_sign(c).is_some() && self.num_tok(i + 1)
            || (c == '$' && self.word(i + 1))
        {
            if let Some(f) = self.measure_range(i) {
                return self.after_measure(f, i);
            }
            return Step::No;
        }
        // ’90s
        if matches!(c, '\'' | '’')
            && self.tight(i + 1)
            && self.is_lw(i + 2, "s")
            && self.tight(i + 2)
        {
            if let Some(d) = self.int(i + 1, 2).filter(|d| d % 10 == 0) {
                let mut f = self.fig(i, i + 3, FigureKind::Decade);
                f.value = Some(Decimal::from(1900 + i64::from(d)));
                return Step::Fig(f, i + 3);
            }
        }
        if matches!(c, '#' | '+' | '№') && self.num_tok(i + 1) && self.tight(i + 1) {
            return Step::Skip(self.cluster_end(i + 1));
        }
        Step::No
    }

    /// Turns the finished measure into a step, checking what it leaves behind.
    fn after_measure(&self, f: Figure, i: usize) -> Step {
        let end = self
            .t
            .iter()
            .skip(i)
            .position(|t| t.e + self.base >= f.span.end)
            .map_or(i + 1, |p| i + p + 1);
        Step::Fig(f, end)
    }

    /// The end of a run of digit groups joined by spaces, dashes, dots or brackets (a phone
    /// number).
    fn cluster_end(&self, i: usize) -> usize {
        let mut j = i + 1;
        loop {
            if self.num_tok(j) && self.gap(j) {
                j += 1;
            } else if matches!(self.p(j), Some('-' | '.' | ')' | '(')) && self.num_tok(j + 1) {
                j += 2;
            } else if self.is_p(j, ')') && self.tight(j) {
                j += 1;
            } else {
                return j;
            }
        }
    }

    /// How many digit groups the cluster at `i` has (stopping at 3).
    fn cluster_groups(&self, i: usize) -> usize {
        let mut n = 1;
        let mut j = i + 1;
        while n < 3 {
            if self.num_tok(j) && self.gap(j) && self.num(j).is_some_and(|x| x.int.is_some()) {
                j += 1;
            } else if matches!(self.p(j), Some('-' | '.'))
                && self.tight(j)
                && self.num_tok(j + 1)
                && self.tight(j + 1)
            {
                j += 2;
            } else {
                break;
            }
            n += 1;
        }
        n
    }

    fn step_num(&self, i: usize) -> Step {
        let Some(n) = self.num(i) else {
            // 1.2.3, 10,20 or 02.09.2025: not a figure.
            return Step::Skip(i + 1);
        };
        let prev = i.checked_sub(1);
        // List markers: `1.` or `2)` at the start of a line.
        if self.line_start(i)
            && n.int.is_some_and(|v| v < 100)
            && matches!(self.p(i + 1), Some('.' | ')'))
            && self.tight(i + 1)
            && (self.gap(i + 2) || self.tok(i + 2).is_none())
        {
            return Step::Skip(i + 2);
        }
        // Labels: `Article 5`, `No. 10`, `Room 12`.
        if let Some(p) = prev {
            let label = if self.is_p(p, '.') {
                p.checked_sub(1)
            } else {
                Some(p)
            };
            if let Some(l) = label.filter(|&l| self.word(l)) {
                let w = self.s(l);
                let lw = self.lw(l);
                if words::label_word(lw.as_str()) && (lw.as_str() != "no" || w != "no") {
                    return Step::Skip(self.cluster_end(i));
                }
            }
        }
        // Numbers in names: G20, Su-57, Vostok-2018, COVID-19.
        if let Some(p) = prev {
            if self.tight(i) && self.word(p) {
                return Step::Skip(i + 1);
            }
            if self.tight(i)
                && self.is_dash(p)
                && self.tight(p)
                && p.checked_sub(1)
                    .is_some_and(|q| self.word(q) && !words::year_prefix(self.lw(q).as_str()))
            {
                return Step::Skip(i + 1);
            }
            if self.tight(i) && matches!(self.p(p), Some('/' | ':')) {
                return Step::Skip(i + 1);
            }
        }
        // Times: 10:30, 5 p.m., 5pm, 9 o'clock.
        if (self.is_p(i + 1, ':') || self.is_p(i + 1, '/'))
            && self.tight(i + 1)
            && self.num_tok(i + 2)
            && self.tight(i + 2)
        {
            if self.is_p(i + 1, '/') {
                if let Some(f) = self.fiscal(i) {
                    return f;
                }
            }
            let mut j = i + 3;
            while matches!(self.p(j), Some(':' | '/')) && self.tight(j) && self.num_tok(j + 1) {
                j += 2;
            }
            return Step::Skip(self.time_suffix(j).unwrap_or(j));
        }
        if let Some(j) = self.time_suffix(i + 1) {
            return Step::Skip(j);
        }
        // Dates and years written with digits.
        if let Some(s) = self.iso_date(i) {
            return s;
        }
        if let Some(s) = self.fiscal(i) {
            return s;
        }
        // Phone numbers: three groups of digits or more, or 555-0143.
        if n.int.is_some() && self.cluster_groups(i) >= 3 {
            return Step::Skip(self.cluster_end(i));
        }
        if n.len == 3
            && self.is_dash(i + 1)
            && self.tight(i + 1)
            && self.tight(i + 2)
            && self.int(i + 2, 4).is_some()
        {
            return Step::Skip(i + 3);
        }
        // (202) 555-0143
        if prev.is_some_and(|p| self.is_p(p, '('))
            && self.tight(i)
            && self.is_p(i + 1, ')')
            && self.num_tok(i + 2)
        {
            return Step::Skip(self.cluster_end(i + 2));
        }
        // Model numbers: 747-400 (a falling "range" of plain integers).
        if let (Some(a), true) = (
            n.int,
            self.is_dash(i + 1) && self.tight(i + 1) && self.tight(i + 2),
        ) {
            if self.int(i + 2, 0).is_some_and(|b| b <= a) {
                return Step::Skip(i + 3);
            }
        }
        if let Some(s) = self.decade(i) {
            return s;
        }
        // A word glued to the number.
        if self.word(i + 1) && self.tight(i + 1) {
            let w = self.s(i + 1);
            let lw = self.lw(i + 1);
            let lw = lw.as_str();
            if matches!(lw, "st" | "nd" | "rd" | "th") && n.val.is_integer() {
                return self.ordinal_num(i, n);
            }
            let known = words::scale_abbr(w, matches!(w, "m" | "k")).is_some()
                || words::scale_word(lw).is_some()
                || self.suffix_unit(i + 1).is_some()
                || self.suffix_percent(i + 1).is_some()
                || words::currency_code(w).is_some();
            if !known {
                return Step::Skip(i + 2);
            }
        }
        if let Some(s) = self.day_first_date(i) {
            return s;
        }
        // A 64-member delegation.
        if let Some(s) = self.compound(i, n.val) {
            return s;
        }
        if let Some(s) = self.ago(i) {
            return s;
        }
        // Addresses: 10 Downing Street.
        if n.int.is_some() {
            let mut j = i + 1;
            while j < i + 4 && self.capitalised(j) {
                if words::street_word(self.lw(j).as_str()) && j > i + 1 {
                    return Step::Skip(j + 1);
                }
                j += 1;
            }
        }
        match self.measure_range(i) {
            Some(f) => self.after_measure(f, i),
            None => Step::Skip(i + 1),
        }
    }

    /// `am`, `pm`, `a.m.`, `p.m.`, `o'clock`, `GMT` after a number: the end of the time.
    fn time_suffix(&self, j: usize) -> Option<usize> {
        let w = self.lw(j);
        match w.as_str() {
            "am" | "pm" | "gmt" | "utc" | "hrs" => Some(j + 1),
            "a" | "p"
                if self.is_p(j + 1, '.')
                    && self.tight(j + 1)
                    && self.is_lw(j + 2, "m")
                    && self.tight(j + 2) =>
            {
                Some(if self.is_p(j + 3, '.') && self.tight(j + 3) {
                    j + 4
                } else {
                    j + 3
                })
            }
            "o" if matches!(self.p(j + 1), Some('\'' | '’')) && self.is_lw(j + 2, "clock") => {
                Some(j + 3)
            }
            _ => None,
        }
    }

    /// 2025-09-02.
    fn iso_date(&self, i: usize) -> Option<Step> {
        let y = self.year_num(i)?;
        if !(self.is_p(i + 1, '-')
            && self.tight(i + 1)
            && self.tight(i + 2)
            && self.is_p(i + 3, '-')
            && self.tight(i + 3)
            && self.tight(i + 4))
        {
            return None;
        }
        let m = self.int(i + 2, 2)?;
        let d = self.int(i + 4, 2)?;
        let date = make_date(Some(y), m, d);
        Some(match date {
            Some(date) => {
                let mut f = self.fig(i, i + 5, FigureKind::Date);
                f.date = Some(date);
                Step::Fig(f, i + 5)
            }
            None => Step::Skip(i + 5),
        })
    }

    /// 2022-23, 2022/23, 2022–2023: a fiscal year, or a range of years.
    fn fiscal(&self, i: usize) -> Option<Step> {
        let y = self.year_num(i)?;
        if !(matches!(self.p(i + 1), Some('-' | '–' | '/'))
            && self.tight(i + 1)
            && self.tight(i + 2))
        {
            return None;
        }
        let n = self.num(i + 2)?;
        let v = n.int?;
        let fy_cue = self.fy_before(i);
        let (kind, to) = match n.len {
            2 if v == (u32::from(y) + 1) % 100 => (FigureKind::FiscalYear, u32::from(y) + 1),
            4 if v > u32::from(y) && v <= 2199 => {
                if fy_cue && v == u32::from(y) + 1 {
                    (FigureKind::FiscalYear, v)
                } else {
                    (FigureKind::Year, v)
                }
            }
            _ => return None,
        };
        let mut f = self.fig(i, i + 3, kind);
        f.value = Some(Decimal::from(i64::from(y)));
        f.to = Some(Decimal::from(i64::from(to)));
        f.ends = Some([self.span(i, i + 1), self.span(i + 2, i + 3)]);
        if kind == FigureKind::Year {
            f.date = Some(IsoDate::year(y));
        }
        Some(Step::Fig(f, i + 3))
    }

    fn fy_before(&self, i: usize) -> bool {
        i.checked_sub(1)
            .is_some_and(|p| matches!(self.s(p), "FY" | "fiscal" | "Fiscal"))
            || i.checked_sub(2)
                .is_some_and(|p| self.is_lw(p, "fiscal") && self.is_lw(p + 1, "year"))
    }

    /// The 1990s, 1990's.
    fn decade(&self, i: usize) -> Option<Step> {
        let y = self.year_num(i).filter(|y| y % 10 == 0)?;
        let end = if self.is_lw(i + 1, "s") && self.tight(i + 1) {
            i + 2
        } else if matches!(self.p(i + 1), Some('\'' | '’'))
            && self.tight(i + 1)
            && self.is_lw(i + 2, "s")
            && self.tight(i + 2)
        {
            i + 3
        } else {
            return None;
        };
        let mut f = self.fig(i, end, FigureKind::Decade);
        f.value = Some(Decimal::from(i64::from(y)));
        Some(Step::Fig(f, end))
    }

    /// 9th, or 2nd September 2025.
    fn ordinal_num(&self, i: usize, n: Num) -> Step {
        if let Some(s) = self.day_first_date(i) {
            return s;
        }
        let mut f = self.fig(i, i + 2, FigureKind::Ordinal);
        f.value = Some(n.val);
        Step::Fig(f, i + 2)
    }

    /// 2 September 2025, 2nd of September, 2 Sept.
    fn day_first_date(&self, i: usize) -> Option<Step> {
        let d = self.int(i, 0).filter(|d| (1..=31).contains(d))?;
        let mut j = i + 1;
        if self.tight(j) && matches!(self.lw(j).as_str(), "st" | "nd" | "rd" | "th") {
            j += 1;
        }
        if self.is_lw(j, "of") {
            j += 1;
        }
        let (m, abbr) = words::month(self.lw(j).as_str())?;
        if !self.capitalised(j) || !self.gap(j) {
            return None;
        }
        j += 1;
        if abbr && self.is_p(j, '.') && self.tight(j) {
            j += 1;
        }
        if self.is_p(j, ',') && self.year_num(j + 1).is_some() {
            j += 1;
        }
        let year = self.year_num(j).filter(|_| self.gap(j));
        let end = if year.is_some() { j + 1 } else { j };
        let date = make_date(year, m.into(), d)?;
        let mut f = self.fig(i, end, FigureKind::Date);
        f.date = Some(date);
        Some(Step::Fig(f, end))
    }

    /// A number glued to a noun by a hyphen: `64-member`, `10-day`, `three-year`.
    fn compound(&self, i: usize, val: Decimal) -> Option<Step> {
        if !(self.is_dash(i + 1) && self.tight(i + 1) && self.word(i + 2) && self.tight(i + 2)) {
            return None;
        }
        let w = self.s(i + 2);
        let lw = self.lw(i + 2);
        let lw = lw.as_str();
        if words::small(lw).is_some()
            || words::tens(lw).is_some()
            || words::scale_word(lw).is_some()
            || lw == "hundred"
        {
            return None;
        }
        if words::month(lw).is_some() && self.capitalised(i + 2) {
            return None;
        }
        let unit: Cow<'static, str> = match words::unit(w, lw) {
            Some(u) => Cow::Borrowed(u),
            None if self.num_tok(i) && w.chars().all(|c| c.is_lowercase()) && w.len() > 1 => {
                Cow::Owned(w.to_owned())
            }
            None if lw == "member" || lw == "strong" || lw == "nation" || lw == "point" => {
                Cow::Owned(lw.to_owned())
            }
            None => return None,
        };
        let mut f = self.fig(i, i + 3, FigureKind::Quantity);
        f.value = Some(val);
        f.unit = Some(unit);
        Some(Step::Fig(f, i + 3))
    }

    /// `a year ago`, `two weeks earlier`, `three days later`.
    fn ago(&self, i: usize) -> Option<Step> {
        let (n, j) = if matches!(self.lw(i).as_str(), "a" | "an") {
            (Decimal::from(1), i + 1)
        } else if let Some(n) = self.num(i) {
            (n.val, i + 1)
        } else {
            let (v, j) = self.spelled(i)?;
            (v, j)
        };
        let unit = words::time_unit(self.lw(j).as_str())?;
        let sign = match self.lw(j + 1).as_str() {
            "ago" | "earlier" => -1,
            "later" => 1,
            _ => return None,
        };
        let mut f = self.fig(i, j + 2, FigureKind::RelativeTime);
        f.value = if sign < 0 { n.checked_neg() } else { Some(n) };
        f.unit = Some(Cow::Borrowed(unit));
        Some(Step::Fig(f, j + 2))
    }

    // ----- words -------------------------------------------------------------------------------

    fn step_word(&self, i: usize) -> Step {
        let w = self.s(i);
        let lw = self.lw(i);
        let lw = lw.as_str();
        if lw.is_empty() {
            return Step::No;
        }
        // Currency prefixes: US$, S$, USD, Rs.
        if self.prefix(i).is_some() {
            if let Some(f) = self.measure_range(i) {
                return self.after_measure(f, i);
            }
        }
        // FY2024, FY 2022-23, fiscal 2024, fiscal year 2024.
        if w == "FY" || lw == "fiscal" {
            let j = if lw == "fiscal" && self.is_lw(i + 1, "year") {
                i + 2
            } else {
                i + 1
            };
            let short = self
                .int(j, 2)
                .filter(|_| w == "FY" && self.tight(j))
                .and_then(|y| u16::try_from(2000 + y).ok());
            if let Some(y) = self.year_num(j).or(short) {
                let (to, end) = match self.fiscal(j) {
                    Some(Step::Fig(f, end)) => (f.to, end),
                    _ => (None, j + 1),
                };
                let mut f = self.fig(i, end, FigureKind::FiscalYear);
                f.value = Some(Decimal::from(i64::from(y)));
                f.to = to;
                if to.is_some() {
                    f.ends = Some([self.span(j, j + 1), self.span(j + 2, end)]);
                }
                return Step::Fig(f, end);
            }
        }
        // Names glued to numbers (G20, Su-57) are skipped from the number's side.
        if let Some(s) = self.month_date(i, lw) {
            return s;
        }
        if let Some(s) = self.relative(i, lw) {
            return s;
        }
        // twenty-first
        if words::tens(lw).is_some()
            && self.is_p(i + 1, '-')
            && self.tight(i + 1)
            && self.tight(i + 2)
        {
            if let Some(o) = words::ordinal(self.lw(i + 2).as_str()).filter(|o| *o < 10) {
                let mut f = self.fig(i, i + 3, FigureKind::Ordinal);
                f.value = Some(Decimal::from(i64::from(words::tens(lw).unwrap_or(0) + o)));
                return Step::Fig(f, i + 3);
            }
        }
        if let Some(o) = words::ordinal(lw) {
            if self.ordinal_ok(i, lw) {
                let mut f = self.fig(i, i + 1, FigureKind::Ordinal);
                f.value = Some(Decimal::from(i64::from(o)));
                return Step::Fig(f, i + 1);
            }
            return Step::No;
        }
        // two-thirds, three-quarters: fractions are not counts.
        if (words::small(lw).is_some() || lw == "one")
            && self.is_p(i + 1, '-')
            && self.tight(i + 1)
            && self.tight(i + 2)
        {
            let n = self.lw(i + 2);
            if matches!(
                n.as_str(),
                "half"
                    | "halves"
                    | "third"
                    | "thirds"
                    | "quarter"
                    | "quarters"
                    | "fifth"
                    | "fifths"
                    | "tenth"
                    | "tenths"
            ) {
                return Step::Skip(i + 3);
            }
        }
        if lw == "half" {
            return match self.measure_range(i) {
                Some(f) => self.after_measure(f, i),
                None => Step::No,
            };
        }
        if !(words::small(lw).is_some() || words::tens(lw).is_some() || matches!(lw, "a" | "an")) {
            return Step::No;
        }
        if let Some(s) = self.ago(i) {
            return s;
        }
        if words::small(lw).is_some() || words::tens(lw).is_some() {
            if let Some(s) = self
                .compound(
                    i,
                    self.spelled(i)
                        .filter(|x| x.1 == i + 1)
                        .map_or(Decimal::ZERO, |x| x.0),
                )
                .filter(|_| self.spelled(i).is_some_and(|x| x.1 == i + 1))
            {
                return s;
            }
        }
        match self.measure_range(i) {
            Some(f) => self.after_measure(f, i),
            None => Step::No,
        }
    }

    fn ordinal_ok(&self, i: usize, lw: &str) -> bool {
        let prev = i.checked_sub(1).map(|p| self.lw(p));
        let prev = prev.as_ref().map_or("", Lower::as_str);
        match lw {
            "second" => {
                matches!(
                    prev,
                    "the" | "a" | "its" | "his" | "her" | "their" | "our" | "my" | "your" | "every"
                ) || (i == 0 && self.is_p(i + 1, ','))
            }
            "first" => !(prev == "at" || self.is_lw(i + 1, "of") && self.is_lw(i + 2, "all")),
            _ => true,
        }
    }

    /// September 2, 2025; Sept. 2; September 2025; in November.
    fn month_date(&self, i: usize, lw: &str) -> Option<Step> {
        let (m, abbr) = words::month(lw)?;
        if !self.capitalised(i) {
            return None;
        }
        let mut j = i + 1;
        if abbr && self.is_p(j, '.') && self.tight(j) {
            j += 1;
        }
        if let Some(y) = self.year_num(j).filter(|_| self.gap(j)) {
            let mut f = self.fig(i, j + 1, FigureKind::Date);
            f.date = Some(IsoDate {
                year: Some(y),
                month: Some(m),
                day: None,
            });
            return Some(Step::Fig(f, j + 1));
        }
        if let Some(d) = self
            .int(j, 0)
            .filter(|d| (1..=31).contains(d) && self.num(j).is_some_and(|n| n.len <= 2))
        {
            let mut k = j + 1;
            if self.tight(k) && matches!(self.lw(k).as_str(), "st" | "nd" | "rd" | "th") {
                k += 1;
            }
            let mut year = None;
            let mut end = k;
            let y_at = if self.is_p(k, ',') { k + 1 } else { k };
            if let Some(y) = self.year_num(y_at).filter(|_| self.gap(y_at)) {
                year = Some(y);
                end = y_at + 1;
            }
            if self.is_p(k, ':') && self.tight(k) {
                return None;
            }
            let date = make_date(year, m.into(), d)?;
            let mut f = self.fig(i, end, FigureKind::Date);
            f.date = Some(date);
            return Some(Step::Fig(f, end));
        }
        if abbr {
            return None;
        }
        let cue = i.checked_sub(1).is_some_and(|p| {
            words::month_cue(self.lw(p).as_str())
                || (self.is_dash(p)
                    && self.tight(i)
                    && p.checked_sub(1).is_some_and(|q| self.is_lw(q, "mid")))
        });
        if !cue {
            return None;
        }
        let mut f = self.fig(i, i + 1, FigureKind::Month);
        f.date = Some(IsoDate {
            year: None,
            month: Some(m),
            day: None,
        });
        Some(Step::Fig(f, i + 1))
    }

    /// last year, next month, this week, the past five years, last July.
    fn relative(&self, i: usize, lw: &str) -> Option<Step> {
        let sign: i64 = match lw {
            "last" | "past" | "previous" => -1,
            "next" | "coming" | "following" => 1,
            "this" => 0,
            _ => return None,
        };
        let j = i + 1;
        if let Some((m, false)) = words::month(self.lw(j).as_str()) {
            if self.capitalised(j) && lw != "past" && lw != "coming" {
                let mut f = self.fig(i, j + 1, FigureKind::RelativeTime);
                f.value = Some(Decimal::from(sign));
                f.date = Some(IsoDate {
                    year: None,
                    month: Some(m),
                    day: None,
                });
                return Some(Step::Fig(f, j + 1));
            }
        }
        let (n, k) = match self.num(j) {
            Some(n) if sign != 0 && n.int.is_some() => (n.val, j + 1),
            _ => match self.spelled(j) {
                Some((v, k)) if sign != 0 => (v, k),
                _ => (Decimal::from(1), j),
            },
        };
        let unit = words::time_unit(self.lw(k).as_str())?;
        if matches!(unit, "hour" | "minute") {
            return None;
        }
        let mut f = self.fig(i, k + 1, FigureKind::RelativeTime);
        f.value = n.checked_mul(Decimal::from(sign));
        f.unit = Some(Cow::Borrowed(unit));
        Some(Step::Fig(f, k + 1))
    }
}

/// A valid calendar date (the day checked against the month, and February 29 against the
/// year when one is given).
fn make_date(year: Option<u16>, month: u32, day: u32) -> Option<IsoDate> {
    let max = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => return None,
    };
    if !(1..=max).contains(&day) {
        return None;
    }
    Some(IsoDate {
        year,
        month: Some(u8::try_from(month).ok()?),
        day: Some(u8::try_from(day).ok()?),
    })
}
