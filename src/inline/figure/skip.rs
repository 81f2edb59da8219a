//! Numbers in digits, and the numbers that are not figures: list markers (`1.`), line
//! numbers in a margin (` 6   other workers.`), labels
//! (`Article 5`, `No. 10`), names (`G20`, `Su-57`, `COVID-19`), times (`10:30`, `5 p.m.`),
//! phone numbers, addresses (`10 Downing Street`) and model numbers (`747-400`).
//!
//! ```text
//! time    ::= num (':' num)+ time_suffix? | num time_suffix
//! time_suffix ::= 'am' | 'pm' | 'a.m.' | 'p.m.' | "o'clock" | 'GMT' | 'UTC' | 'hrs'
//! phone   ::= ('+' | '#' | '№') num … | num (space num){2,} | ddd '-' dddd | '(' ddd ')' num …
//! ```

use super::scan::{Scanner, Step};
use super::words;
use crate::ast::{Decimal, FigureKind, IsoDate};

impl Scanner<'_> {
    /// The end of a run of digit groups joined by spaces, dashes, dots or brackets (a phone
    /// number).
    pub(super) fn cluster_end(&self, i: usize) -> usize {
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

    /// Two spaces or more, or a tab, after token `i`.
    fn wide_gap_after(&self, i: usize) -> bool {
        self.tok(i)
            .and_then(|t| self.text.get(t.e as usize..))
            .is_some_and(|r| r.starts_with("  ") || r.starts_with('\t'))
    }

    /// A clock time written with a stop, as European proceedings print it: `(The sitting was
    /// suspended at 11.50)`, `resumed at 14.30`, `until 15.00`: hours and two digits of
    /// minutes after `until` or `till`, or after `at` with a word of the sitting before it
    /// (`closed at 12.45` and `traded at 1.08` are prices), and no currency, percent or unit
    /// after them.
    fn dotted_time(&self, i: usize) -> bool {
        let Some((h, m)) = self.s(i).split_once('.') else {
            return false;
        };
        let clock = h.len() <= 2
            && m.len() == 2
            && h.parse::<u8>().is_ok_and(|h| h <= 24)
            && m.parse::<u8>().is_ok_and(|m| m <= 59);
        let (money, percent, unit) = self.may_suffix(i + 1);
        let sitting = |k: usize| {
            matches!(
                self.lw(k).as_str(),
                "suspended"
                    | "resumed"
                    | "adjourned"
                    | "opened"
                    | "began"
                    | "begins"
                    | "rose"
                    | "reconvened"
                    | "ended"
                    | "ends"
                    | "starts"
                    | "started"
                    | "meets"
                    | "met"
            )
        };
        let cued = match self.prev_lw(i).as_str() {
            "until" | "till" => true,
            "at" => i.checked_sub(2).is_some_and(sitting),
            _ => false,
        };
        clock && cued && !(money || percent || unit)
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

    /// Whether the number at `i` is part of a name or label: `Article 5`, `G20`, `Su-57`.
    fn named(&self, i: usize) -> Option<Step> {
        let p = i.checked_sub(1)?;
        // Labels: `Article 5`, `No. 10`, `Room 12`.
        let label = if self.is_p(p, '.') {
            p.checked_sub(1)
        } else {
            Some(p)
        };
        if let Some(l) = label.filter(|&l| self.word(l)) {
            let lw = self.lw(l);
            let label = words::label_word(lw.as_str())
                .is_some_and(|capitalised| !capitalised || self.capitalised(l));
            if label {
                return Some(Step::Skip(self.cluster_end(i)));
            }
        }
        // Numbers in names: G20, Su-57, Vostok-2018, COVID-19.
        if self.tight(i) && self.word(p) {
            return Some(Step::Skip(i + 1));
        }
        if self.tight(i)
            && self.is_dash(p)
            && self.tight(p)
            && p.checked_sub(1)
                .is_some_and(|q| self.word(q) && !words::year_prefix(self.lw(q).as_str()))
        {
            return Some(Step::Skip(i + 1));
        }
        if self.tight(i) && matches!(self.p(p), Some('/' | ':')) {
            return Some(Step::Skip(i + 1));
        }
        None
    }

    pub(super) fn step_num(&self, i: usize) -> Step {
        let Some(n) = self.num(i) else {
            // 1.2.3, 10,20 or 02.09.2025: not a figure.
            return Step::Skip(i + 1);
        };
        // Line numbers in a margin, as court transcripts print every line (` 6   other
        // workers.`): a number at the start of a line and a wide gap after it.
        if self.line_start(i) && n.int.is_some_and(|v| v < 100) && self.wide_gap_after(i) {
            return Step::Skip(i + 1);
        }
        // List markers: `1.` or `2)` at the start of a line.
        if self.line_start(i)
            && n.int.is_some_and(|v| v < 100)
            && matches!(self.p(i + 1), Some('.' | ')'))
            && self.tight(i + 1)
            && (self.gap(i + 2) || self.tok(i + 2).is_none())
        {
            return Step::Skip(i + 2);
        }
        if let Some(s) = self.named(i) {
            return s;
        }
        // `© 2025 NPR`, `Copyright 2024 Harbor Radio`: the year of a copyright, not an amount
        // in the currency whose code a publisher's name happens to be.
        if let Some(y) = self.year_num(i).filter(|_| self.after_copyright(i)) {
            let mut f = self.fig(i, i + 1, FigureKind::Year);
            f.value = Some(Decimal::from(i64::from(y)));
            f.date = Some(IsoDate::year(y));
            return Step::Fig(f, i + 1);
        }
        // Times: 10:30, 5 p.m., 5pm, 9 o'clock; dates with slashes; fractions (1/2).
        if (self.is_p(i + 1, ':') || self.is_p(i + 1, '/'))
            && self.tight(i + 1)
            && self.num_tok(i + 2)
            && self.tight(i + 2)
        {
            if self.is_p(i + 1, '/') {
                if let Some(f) = self.fiscal(i).or_else(|| self.slash_date(i)) {
                    return f;
                }
                if let Some(f) = self.measure_range(i).filter(|f| f.fraction.is_some()) {
                    return self.found(f, i);
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
        if self.dotted_time(i) {
            return Step::Skip(i + 1);
        }
        // Dates and years written with digits.
        if self.is_p(i + 1, '-') {
            if let Some(s) = self.iso_date(i) {
                return s;
            }
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
        if i.checked_sub(1).is_some_and(|p| self.is_p(p, '('))
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
        // A tally: `voted 7 to 2`, `won 3 to 1`.
        if let Some(j) = self.tally(i) {
            return Step::Skip(j);
        }
        // So many out of so many: `1 in 3`.
        if let Some(s) = self.ratio(i) {
            return s;
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
            let letter = matches!(w, "m" | "k") || self.capital_scale(i);
            let known = words::scale_abbr(w, letter).is_some()
                || words::scale_word(lw).is_some()
                || lw == "hundred"
                || self.suffix_unit(i + 1).is_some()
                || self.suffix_percent(i + 1).is_some()
                || super::money::glued_currency(w);
            if !known {
                return Step::Skip(i + 2);
            }
        }
        if self.word(i + 1) {
            if let Some(s) = self.day_first_date(i) {
                return s;
            }
        }
        // A 64-member delegation.
        if let Some(s) = self.compound(i, n.val) {
            return s;
        }
        if self.word(i + 1) {
            if let Some(s) = self.ago(i) {
                return s;
            }
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
            Some(f) => self.found(f, i),
            None => Step::Skip(i + 1),
        }
    }
}

impl Scanner<'_> {
    /// Token `i` follows `©` or the word `copyright`.
    fn after_copyright(&self, i: usize) -> bool {
        i.checked_sub(1)
            .is_some_and(|p| self.is_p(p, '©') || self.is_lw(p, "copyright"))
    }
}
