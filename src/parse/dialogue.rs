//! Dialogue: the third pass. Turns classified units into blocks, following speaker labels and
//! the state of quotations across paragraphs to find where each turn ends.

use super::builder::Builder;
use super::label::LabelMatch;
use super::units::{Class, UnitStream};
use crate::ast::{PlaceholderKind, SpeakerLabel};
use crate::diagnostic::{Diagnostic, DiagnosticCode};
use crate::lexical::skip_space;
use crate::lexical::trim;
use crate::lexical::{self as quotes, Style};
use crate::span::{Span, sp};
use memchr::{memchr2, memchr2_iter, memchr3, memchr3_iter};

/// Appends the top-level blocks to the builder, in order. Consecutive turns form one
/// dialogue; anything else between them ends it.
pub(crate) fn build(
    text: &str,
    units: &mut UnitStream<'_>,
    blank_ends_turns: bool,
    b: &mut Builder<'_>,
) {
    let mut i = 0;
    let mut rare = Rare::new(text);
    // Every unit before `i` is in the document: the stream may forget it.
    while let Some(unit) = units.get(i) {
        units.release(i);
        if let Class::Label(m) = unit.class {
            let next = turn(text, units, i, m, blank_ends_turns, b, &mut rare);
            i = next.max(i + 1);
            continue;
        }
        let span = sp(unit.start(), unit.end());
        match unit.class {
            Class::Separator => b.separator(span),
            Class::PageMarker => b.page_marker(span),
            Class::Heading { level, text_start } => {
                // A title in strong emphasis (`**Sudan**`) ends before the closing marks.
                let marks = (text_start as usize)
                    .checked_sub(2)
                    .and_then(|m| text.get(m..text_start as usize))
                    .filter(|m| matches!(*m, "**" | "__"));
                let title_end = match marks {
                    Some(m) if text.get(..unit.end()).is_some_and(|t| t.ends_with(m)) => {
                        unit.end() - 2
                    }
                    _ => unit.end(),
                };
                let title = text.get(text_start as usize..title_end).unwrap_or("");
                // A heading that announces links but has nothing under it lost its links.
                let nothing_under = units.get(i + 1).is_none_or(|n| {
                    matches!(
                        n.class,
                        Class::Heading { .. } | Class::Separator | Class::Title | Class::PageMarker
                    )
                });
                let placeholder = (nothing_under && crate::inline::announces_links(title))
                    .then_some(PlaceholderKind::EmptySection);
                b.heading(span, sp(text_start as usize, title_end), level, placeholder);
            }
            Class::Title => b.heading(span, span, None, None),
            Class::Label(_) | Class::Text | Class::Narration | Class::Closing | Class::Inserted => {
                b.paragraph(span)
            }
        }
        i += 1;
    }
}

/// Where the next byte 0x9E, 0xAB or 0xBB of the text is: the last bytes of „, « and », which
/// the quotation scans must tell apart from “ and ”. Most text has none of them (English has
/// no „, « or », and few other characters end in those bytes), so the text is searched for
/// them ahead, once, rather than every paragraph and turn for them again.
struct Rare {
    /// The text before this offset has not been searched.
    from: usize,
    /// The first such byte at or after `from`; `None` when the text has none from there.
    next: Option<usize>,
}

impl Rare {
    fn new(text: &str) -> Self {
        Rare {
            from: text.len(),
            next: None,
        }
    }

    /// Whether `text[from..end]` holds one of the bytes. Each search starts past the end of
    /// every earlier one (or fills the stretch before them), so all of them together read
    /// the text once.
    fn any_in(&mut self, text: &str, from: usize, end: usize) -> bool {
        let bytes = text.as_bytes();
        if from < self.from {
            // Behind what was searched (a turn read again unquoted): only the stretch before
            // it is new.
            let stretch = bytes.get(from..self.from).unwrap_or(&[]);
            if let Some(i) = memchr3(0x9E, 0xAB, 0xBB, stretch) {
                self.next = Some(from + i);
            }
            self.from = from;
        } else if self.next.is_some_and(|n| n < from) {
            self.next = bytes
                .get(from..)
                .and_then(|rest| memchr3(0x9E, 0xAB, 0xBB, rest))
                .map(|i| from + i);
            self.from = from;
        }
        self.next.is_some_and(|n| n < end)
    }
}

/// How a paragraph of a quoted utterance ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum QuoteEnd {
    /// The quotation closes with the mark at `start..end`, which ends the paragraph.
    Closed {
        start: usize,
        end: usize,
        style: Style,
    },
    /// The quotation closes before the paragraph ends: the marks quote a phrase, not the turn.
    ClosedEarly,
    /// The quotation is still open at the end of the paragraph.
    Open,
}

/// Follows quotation marks of the opening mark's family through `text[from..end]`, starting
/// inside one open quotation.
fn scan_quote(text: &str, from: usize, end: usize, open: Style, rare: &mut Rare) -> QuoteEnd {
    let Some(body) = text.get(from..end) else {
        return QuoteEnd::Open;
    };
    let bytes = body.as_bytes();
    // Every mark is `"` or starts with the UTF-8 lead byte 0xE2 (curly marks) or 0xC2
    // (guillemets). Apostrophes and dashes share the lead byte 0xE2 and are frequent, so
    // when the marks that count here can only be `"`, `“` and `”` (no byte of `„`, `«` or
    // `»` in the paragraph), their last bytes are searched for instead, and the rare false
    // hit (another character that ends in 0x9C or 0x9D) is told apart by its lead bytes.
    if open != Style::CurlySingle && !rare.any_in(text, from, end) {
        let marks = memchr3_iter(b'"', 0x9C, 0x9D, bytes).filter_map(|j| match bytes.get(j) {
            Some(b'"') => Some(j),
            _ => j
                .checked_sub(2)
                .filter(|&i| bytes.get(i..j) == Some(&[0xE2, 0x80][..])),
        });
        follow(text, from, end, open, marks)
    } else {
        follow(text, from, end, open, memchr3_iter(b'"', 0xE2, 0xC2, bytes))
    }
}

/// [`scan_quote`] over the candidate marks at `candidates` (offsets into `text[from..end]`,
/// in order; every mark of the family among them).
fn follow(
    text: &str,
    from: usize,
    end: usize,
    open: Style,
    candidates: impl Iterator<Item = usize>,
) -> QuoteEnd {
    let Some(body) = text.get(from..end) else {
        return QuoteEnd::Open;
    };
    let single = open == Style::CurlySingle;
    let mut depth = 1usize;
    let bytes = body.as_bytes();
    for i in candidates {
        // Most hits are other characters (dashes, apostrophes, no-break spaces): tell the
        // marks by their bytes, and decode a neighbour only where it decides.
        let Some(c) = quotes::mark_at(bytes, i) else {
            continue;
        };
        let delta: isize = match c {
            '"' if !single => {
                let prev = body.get(..i).and_then(|r| r.chars().next_back());
                if prev.is_none_or(|p| p.is_whitespace() || "([{—–".contains(p)) {
                    1
                } else {
                    -1
                }
            }
            '“' | '„' | '«' if !single => 1,
            '”' | '»' if !single => -1,
            '‘' if single => 1,
            // An apostrophe inside a word (`don’t`) is not a closing mark.
            '’' if single => {
                let next = body.get(i + c.len_utf8()..).and_then(|r| r.chars().next());
                if next.is_some_and(char::is_alphanumeric) {
                    0
                } else {
                    -1
                }
            }
            _ => 0,
        };
        if delta > 0 {
            depth += 1;
        } else if delta < 0 {
            depth -= 1;
            if depth == 0 {
                let mark_end = from + i + c.len_utf8();
                let rest = text.get(mark_end..end).unwrap_or("");
                return match quotes::closing(c) {
                    Some(style) if rest.trim_matches(crate::lexical::is_space).is_empty() => {
                        QuoteEnd::Closed {
                            start: from + i,
                            end: mark_end,
                            style,
                        }
                    }
                    _ => QuoteEnd::ClosedEarly,
                };
            }
        }
    }
    QuoteEnd::Open
}

/// Reads the turn whose label starts unit `i` into the builder; returns the index of the
/// first unit after it.
fn turn(
    text: &str,
    units: &mut UnitStream<'_>,
    i: usize,
    m: LabelMatch,
    blank_ends_turns: bool,
    b: &mut Builder<'_>,
    rare: &mut Rare,
) -> usize {
    let Some(unit) = units.get(i) else {
        // Unreachable by construction; skipping the unit keeps the parser total regardless.
        return i + 1;
    };
    let label = label_node(unit.start(), m);
    b.open_turn(label);
    let body = skip_space(text, label.span.end as usize, unit.end());
    let first = text.get(body..unit.end()).and_then(|s| s.chars().next());

    if let Some(style) = first.and_then(quotes::opening) {
        let open_end = body + first.map_or(1, char::len_utf8);
        if let Some(next) = quoted(text, units, i, sp(body, open_end), style, b, rare) {
            if !b.turn_has_paragraphs() {
                b.diagnostic(empty_turn(label.span));
            }
            return next;
        }
    }

    // Unquoted: the rest of the unit, then every text unit up to the next label, heading,
    // separator or (one paragraph per line, unless its paragraphs mostly stand alone between
    // blank lines) blank line. A label alone on its line (`Laura
    // Chen -- Chief Executive Officer`, `Speaker 1  0:00`) may be followed by a blank line
    // before the speech starts.
    let mut next = i + 1;
    let mut span: Option<Span> = None;
    if body < unit.end() {
        let p = sp(body, unit.end());
        b.utterance_paragraph(p);
        span = Some(p);
    }
    while let Some(k) = continuation(units, next, blank_ends_turns && span.is_some()) {
        // Page markers may open the speech too (a transcription export's time under the
        // name): the utterance then starts at the first.
        let opening = units
            .get(next)
            .filter(|_| k > next && span.is_none())
            .map(|m| m.start());
        markers(units, next..k, b);
        let Some(u) = units.get(k) else { break };
        let p = sp(u.start(), u.end());
        b.utterance_paragraph(p);
        let from = opening.map_or(p, |start| sp(start, u.end()));
        span = Some(span.map_or(from, |s| s.cover(p)));
        next = k + 1;
    }
    match span {
        Some(span) => {
            unmatched_closing(text, span, b.diagnostics(), rare);
            b.close_turn(span, None, None);
        }
        None => {
            b.diagnostic(empty_turn(label.span));
            // Markers after a label with no speech (a time under a name, then the next
            // name) are the turn's, so that the dialogue goes on past them.
            let mut marks: Option<Span> = None;
            while let Some(u) = units
                .get(next)
                .filter(|u| matches!(u.class, Class::PageMarker))
            {
                let m = sp(u.start(), u.end());
                b.utterance_marker(m);
                marks = Some(marks.map_or(m, |s| s.cover(m)));
                next += 1;
            }
            b.close_turn(marks.unwrap_or(Span::empty(label.span.end)), None, None);
        }
    }
    next
}

/// Where speech that has reached unit `next` goes on: the index of the text unit that
/// continues it, past any page markers (a printed record's page break does not end a turn);
/// `None` when the next unit after them starts something else, or (with `blank_stops`, one
/// paragraph per line) when a blank line comes first.
fn continuation(units: &mut UnitStream<'_>, next: usize, blank_stops: bool) -> Option<usize> {
    let mut k = next;
    while matches!(units.get(k)?.class, Class::PageMarker) {
        k += 1;
    }
    let u = units.get(k)?;
    (matches!(u.class, Class::Text) && !(blank_stops && u.blank_before)).then_some(k)
}

/// Appends the page markers of `range` to the open turn.
fn markers(units: &mut UnitStream<'_>, range: std::ops::Range<usize>, b: &mut Builder<'_>) {
    for k in range {
        if let Some(u) = units.get(k) {
            b.utterance_marker(sp(u.start(), u.end()));
        }
    }
}

fn empty_turn(label: Span) -> Diagnostic {
    Diagnostic::new(
        label,
        DiagnosticCode::EmptyTurn,
        "a speaker label with nothing after it",
    )
}

fn label_node(start: usize, m: LabelMatch) -> SpeakerLabel {
    SpeakerLabel {
        // The label starts where its paragraph does, with any lead-in (`>> `, a timestamp).
        span: sp(start, start + m.end()),
        lead: m.lead().map(|(a, b)| sp(start + a, start + b)),
        name: sp(start + m.name().0, start + m.name().1),
        aside: m.aside().map(|(a, b)| sp(start + a, start + b)),
        punct: sp(start + m.punct().0, start + m.punct().1),
        style: m.style,
    }
}

/// A quoted utterance opened by the mark at `open` in unit `i`, appended to the builder;
/// returns the index of the first unit after it. `None`, with nothing appended, when the
/// marks only quote a phrase at the start of the speech (`“Yes,” he said.`): the turn is then
/// unquoted.
fn quoted(
    text: &str,
    units: &mut UnitStream<'_>,
    i: usize,
    open: Span,
    style: Style,
    b: &mut Builder<'_>,
    rare: &mut Rare,
) -> Option<usize> {
    let unit = units.get(i)?;
    let mut last_paragraph: Option<Span> = None;
    // Re-opening marks are appended once the utterance is known to be quoted, and so are page
    // markers met before its first paragraph: the marks may yet turn out to quote a phrase
    // (`None`), and the unquoted reading then appends the markers itself.
    let mut reopen: Vec<Span> = Vec::new();
    let mut held: Vec<Span> = Vec::new();
    let mut close = None;
    let mut from = open.end as usize;
    let mut unit_end = unit.end();
    let mut next = i + 1;
    loop {
        let end = scan_quote(text, from, unit_end, style, rare);
        if end == QuoteEnd::ClosedEarly && last_paragraph.is_none() {
            return None;
        }
        let para_end = match end {
            QuoteEnd::Closed { start, .. } => start,
            QuoteEnd::ClosedEarly | QuoteEnd::Open => unit_end,
        };
        let (ps, pe) = trim(text, from, para_end);
        if ps < pe {
            b.utterance_paragraph(sp(ps, pe));
            last_paragraph = Some(sp(ps, pe));
            for m in held.drain(..) {
                b.utterance_marker(m);
            }
        }
        match end {
            QuoteEnd::Closed {
                start,
                end,
                style: close_style,
            } => {
                close = Some(sp(start, end));
                if close_style != style {
                    b.diagnostic(Diagnostic::new(
                        open.cover(sp(start, end)),
                        DiagnosticCode::MixedQuoteStyles,
                        "the quotation opens with one style of mark and closes with another",
                    ));
                }
                break;
            }
            QuoteEnd::ClosedEarly => break,
            QuoteEnd::Open => {}
        }
        // The quotation is open: the next paragraph continues it, unless it starts something
        // else, in which case the quotation was never closed.
        let continues = continuation(units, next, false);
        match continues.and_then(|k| Some((k, units.get(k)?))) {
            Some((k, u)) => {
                if last_paragraph.is_some() {
                    markers(units, next..k, b);
                } else {
                    let spans = (next..k).filter_map(|j| units.get(j));
                    held.extend(spans.map(|m| sp(m.start(), m.end())));
                }
                next = k;
                let first = text.get(u.start()..u.end()).and_then(|s| s.chars().next());
                from = u.start();
                if let Some(c) = first.filter(|&c| quotes::opening(c) == Some(style)) {
                    reopen.push(sp(u.start(), u.start() + c.len_utf8()));
                    from += c.len_utf8();
                }
                unit_end = u.end();
                next += 1;
            }
            _ => {
                b.diagnostic(Diagnostic::new(
                    open,
                    DiagnosticCode::UnterminatedQuotation,
                    "this quotation is never closed; the turn ends where the next block begins",
                ));
                break;
            }
        }
    }
    for m in held {
        b.utterance_marker(m);
    }
    for &r in &reopen {
        b.reopen(r);
    }
    // A re-opening mark may stand after the last paragraph (a paragraph that is only `“`):
    // the utterance must still cover it.
    let last = close
        .or(last_paragraph)
        .unwrap_or(open)
        .cover(reopen.last().copied().unwrap_or(open));
    b.close_turn(open.cover(last), Some(open), close);
    Some(next)
}

/// In an unquoted utterance at `span`, the first closing mark with no opening one before it.
fn unmatched_closing(text: &str, span: Span, diags: &mut Vec<Diagnostic>, rare: &mut Rare) {
    let Some(body) = span.slice(text) else {
        return;
    };
    let bytes = body.as_bytes();
    // A closing mark is ” (E2 80 9D) or » (C2 BB): without a 0x9D or 0xBB byte (most speech,
    // even with ’ and no-break spaces) no mark can be unmatched, and one search says so.
    if memchr2(0x9D, 0xBB, bytes).is_none() {
        return;
    }
    // The marks counted here all start with the UTF-8 lead byte 0xE2 or 0xC2, which
    // apostrophes, dashes and no-break spaces share. Without a byte of „, « or » in the
    // utterance the marks can only be “ and ”: their last bytes are searched for instead,
    // and the rare other character that ends in 0x9C or 0x9D is told apart by its lead
    // bytes (as in `scan_quote`).
    let found = if !rare.any_in(text, span.start as usize, span.end as usize) {
        let marks = memchr2_iter(0x9C, 0x9D, bytes).filter_map(|j| {
            j.checked_sub(2)
                .filter(|&i| bytes.get(i..j) == Some(&[0xE2, 0x80][..]))
        });
        first_unmatched(bytes, marks)
    } else {
        first_unmatched(bytes, memchr2_iter(0xE2, 0xC2, bytes))
    };
    if let Some((i, c)) = found {
        let at = span.start as usize + i;
        diags.push(Diagnostic::new(
            sp(at, at + c.len_utf8()),
            DiagnosticCode::UnmatchedClosingQuote,
            "a closing quotation mark with no opening one",
        ));
    }
}

/// The first closing mark with no opening one before it, among the candidates at
/// `candidates` (offsets into `bytes`, in order; every double mark and guillemet among them).
fn first_unmatched(bytes: &[u8], candidates: impl Iterator<Item = usize>) -> Option<(usize, char)> {
    let mut depth = 0usize;
    for i in candidates {
        let Some(c) = quotes::mark_at(bytes, i) else {
            continue;
        };
        match c {
            '“' | '«' | '„' => depth += 1,
            '”' | '»' if depth == 0 => return Some((i, c)),
            '”' | '»' => depth -= 1,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_ahead_answers_as_a_search_of_each_range() {
        let text = "ab „c“ de «f» gh\u{43b}ij ”k“ lm »";
        let n = text.len();
        let direct = |a: usize, b: usize| {
            memchr3(0x9E, 0xAB, 0xBB, text.as_bytes().get(a..b).unwrap_or(&[])).is_some()
        };
        // Forwards, backwards and overlapping, as turns and their paragraphs ask.
        let mut rare = Rare::new(text);
        let mut ranges = Vec::new();
        for a in (0..n).step_by(3) {
            ranges.push((a, (a + 5).min(n)));
            ranges.push((a.saturating_sub(4), (a + 1).min(n)));
        }
        for (a, b) in ranges {
            assert_eq!(rare.any_in(text, a, b), direct(a, b), "{a}..{b}");
        }
    }
}
