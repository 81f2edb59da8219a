//! Dialogue: the third pass. Turns classified units into blocks, following speaker labels and
//! the state of quotations across paragraphs to find where each turn ends.

use super::label::LabelMatch;
use super::units::{Class, Unit};
use crate::ast::{
    Block, Dialogue, Heading, Layout, Paragraph, Separator, SpeakerLabel, Turn, Utterance,
};
use crate::diagnostic::{Diagnostic, DiagnosticCode};
use crate::lexical::skip_space;
use crate::lexical::trim;
use crate::lexical::{self as quotes, Style};
use crate::span::{Span, sp};
use memchr::{memchr2, memchr2_iter, memchr3, memchr3_iter};

/// Builds the top-level blocks. Consecutive turns form one dialogue; anything else between
/// them ends it. `finish` is called on every paragraph once its span is final, in order.
pub(crate) fn build(
    text: &str,
    units: &[Unit],
    layout: Layout,
    diags: &mut Vec<Diagnostic>,
    mut finish: impl FnMut(&mut Paragraph),
) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut turns: Vec<Turn> = Vec::new();
    let mut i = 0;
    while let Some(unit) = units.get(i) {
        if let Class::Label(m) = unit.class {
            let (mut turn, next) = turn(text, units, i, m, layout, diags);
            turn.utterance.paragraphs.iter_mut().for_each(&mut finish);
            turns.push(turn);
            i = next.max(i + 1);
            continue;
        }
        flush(&mut turns, &mut blocks);
        let span = sp(unit.start(), unit.end());
        blocks.push(match unit.class {
            Class::Separator | Class::PageMarker => Block::Separator(Separator { span }),
            Class::Heading { level, text_start } => {
                let title = text.get(text_start as usize..unit.end()).unwrap_or("");
                // A heading that announces links but has nothing under it lost its links.
                let nothing_under = units
                    .get(i + 1)
                    .is_none_or(|n| matches!(n.class, Class::Heading { .. } | Class::Separator));
                let placeholder = (nothing_under && crate::inline::announces_links(title))
                    .then_some(crate::ast::PlaceholderKind::EmptySection);
                Block::Heading(Heading {
                    span,
                    text: sp(text_start as usize, unit.end()),
                    level,
                    placeholder,
                })
            }
            Class::Title => Block::Heading(Heading {
                span,
                text: span,
                level: None,
                placeholder: None,
            }),
            Class::Label(_) | Class::Text | Class::Narration | Class::Inserted => {
                let mut p = paragraph(span);
                finish(&mut p);
                Block::Paragraph(p)
            }
        });
        i += 1;
    }
    flush(&mut turns, &mut blocks);
    blocks.shrink_to_fit();
    blocks
}

fn flush(turns: &mut Vec<Turn>, blocks: &mut Vec<Block>) {
    if let (Some(first), Some(last)) = (turns.first(), turns.last()) {
        let span = first.span.cover(last.span);
        // The tree keeps no spare capacity. Shrinking in place (rather than copying into an
        // exact-size vector) lets the allocator return the tail of a large buffer without
        // touching, or faulting in, a second copy of every turn.
        let mut exact = std::mem::take(turns);
        exact.shrink_to_fit();
        blocks.push(Block::Dialogue(Dialogue { span, turns: exact }));
    }
}

fn paragraph(span: Span) -> Paragraph {
    Paragraph {
        span,
        sentences: Vec::new(),
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
fn scan_quote(text: &str, from: usize, end: usize, open: Style) -> QuoteEnd {
    let Some(body) = text.get(from..end) else {
        return QuoteEnd::Open;
    };
    let single = open == Style::CurlySingle;
    let mut depth = 1usize;
    // Every mark is `"` or starts with the UTF-8 lead byte 0xE2 (curly marks) or 0xC2
    // (guillemets): jump between those and decode only the characters around them.
    for i in memchr3_iter(b'"', 0xE2, 0xC2, body.as_bytes()) {
        let Some(c) = body.get(i..).and_then(|r| r.chars().next()) else {
            continue;
        };
        let prev = body.get(..i).and_then(|r| r.chars().next_back());
        let next = body.get(i + c.len_utf8()..).and_then(|r| r.chars().next());
        let delta: isize = match c {
            '"' if !single => {
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
            '’' if single && !next.is_some_and(char::is_alphanumeric) => -1,
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

/// Reads the turn whose label starts unit `i`; returns it and the index of the first unit
/// after it.
fn turn(
    text: &str,
    units: &[Unit],
    i: usize,
    m: LabelMatch,
    layout: Layout,
    diags: &mut Vec<Diagnostic>,
) -> (Turn, usize) {
    let Some(unit) = units.get(i).copied() else {
        // Unreachable by construction; an empty turn keeps the parser total regardless.
        let label = label_node(0, m);
        return (
            Turn {
                span: label.span,
                utterance: empty_utterance(&label),
                label,
            },
            i + 1,
        );
    };
    let label = label_node(unit.start(), m);
    let body = skip_space(text, label.span.end as usize, unit.end());
    let first = text.get(body..unit.end()).and_then(|s| s.chars().next());
    let mut next = i + 1;
    let mut utterance = None;

    if let Some(style) = first.and_then(quotes::opening) {
        let open_end = body + first.map_or(1, char::len_utf8);
        utterance = quoted(text, units, i, sp(body, open_end), style, diags).map(|(u, n)| {
            next = n;
            u
        });
    }

    let mut utterance = match utterance {
        Some(u) => u,
        None => {
            let mut paragraphs = Vec::new();
            if body < unit.end() {
                paragraphs.push(paragraph(sp(body, unit.end())));
            }
            while let Some(u) = units.get(next) {
                let stops = !matches!(u.class, Class::Text)
                    || (layout == Layout::LinePerParagraph && u.blank_before);
                if stops {
                    break;
                }
                paragraphs.push(paragraph(sp(u.start(), u.end())));
                next += 1;
            }
            let span = match (paragraphs.first(), paragraphs.last()) {
                (Some(f), Some(l)) => f.span.cover(l.span),
                _ => Span::empty(label.span.end),
            };
            let u = Utterance {
                span,
                open: None,
                reopen: Vec::new(),
                close: None,
                paragraphs,
            };
            unmatched_closing(text, &u, diags);
            u
        }
    };
    // The tree keeps no spare capacity (most utterances have one paragraph).
    utterance.paragraphs.shrink_to_fit();
    if utterance.paragraphs.is_empty() {
        diags.push(Diagnostic::new(
            label.span,
            DiagnosticCode::EmptyTurn,
            "a speaker label with nothing after it",
        ));
    }
    let span = label.span.cover(utterance.span);
    (
        Turn {
            span,
            label,
            utterance,
        },
        next,
    )
}

fn label_node(start: usize, m: LabelMatch) -> SpeakerLabel {
    SpeakerLabel {
        span: sp(start + m.name().0, start + m.punct().1),
        name: sp(start + m.name().0, start + m.name().1),
        aside: m.aside().map(|(a, b)| sp(start + a, start + b)),
        punct: sp(start + m.punct().0, start + m.punct().1),
        style: m.style,
    }
}

fn empty_utterance(label: &SpeakerLabel) -> Utterance {
    Utterance {
        span: Span::empty(label.span.end),
        open: None,
        reopen: Vec::new(),
        close: None,
        paragraphs: Vec::new(),
    }
}

/// A quoted utterance opened by the mark at `open` in unit `i`. `None` when the marks only
/// quote a phrase at the start of the speech (`“Yes,” he said.`): the turn is then unquoted.
fn quoted(
    text: &str,
    units: &[Unit],
    i: usize,
    open: Span,
    style: Style,
    diags: &mut Vec<Diagnostic>,
) -> Option<(Utterance, usize)> {
    let unit = units.get(i)?;
    let mut paragraphs = Vec::new();
    let mut reopen = Vec::new();
    let mut close = None;
    let mut from = open.end as usize;
    let mut unit_end = unit.end();
    let mut next = i + 1;
    loop {
        let end = scan_quote(text, from, unit_end, style);
        if end == QuoteEnd::ClosedEarly && paragraphs.is_empty() {
            return None;
        }
        let para_end = match end {
            QuoteEnd::Closed { start, .. } => start,
            QuoteEnd::ClosedEarly | QuoteEnd::Open => unit_end,
        };
        let (ps, pe) = trim(text, from, para_end);
        if ps < pe {
            paragraphs.push(paragraph(sp(ps, pe)));
        }
        match end {
            QuoteEnd::Closed {
                start,
                end,
                style: close_style,
            } => {
                close = Some(sp(start, end));
                if close_style != style {
                    diags.push(Diagnostic::new(
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
        match units.get(next) {
            Some(u) if matches!(u.class, Class::Text) => {
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
                diags.push(Diagnostic::new(
                    open,
                    DiagnosticCode::UnterminatedQuotation,
                    "this quotation is never closed; the turn ends where the next block begins",
                ));
                break;
            }
        }
    }
    // A re-opening mark may stand after the last paragraph (a paragraph that is only `“`):
    // the utterance must still cover it.
    let last = close
        .or_else(|| paragraphs.last().map(|p| p.span))
        .unwrap_or(open)
        .cover(reopen.last().copied().unwrap_or(open));
    let span = open.cover(last);
    Some((
        Utterance {
            span,
            open: Some(open),
            reopen,
            close,
            paragraphs,
        },
        next,
    ))
}

/// In an unquoted utterance, the first closing mark with no opening one before it.
fn unmatched_closing(text: &str, u: &Utterance, diags: &mut Vec<Diagnostic>) {
    let Some(body) = u.span.slice(text) else {
        return;
    };
    let bytes = body.as_bytes();
    // “ ” „ end in the byte 0x9C, 0x9D or 0x9E and « » in 0xAB or 0xBB: without those bytes
    // (most speech, even with ’ and no-break spaces) there is no mark to count.
    if memchr3(0x9C, 0x9D, 0x9E, bytes).is_none() && memchr2(0xAB, 0xBB, bytes).is_none() {
        return;
    }
    let mut depth = 0usize;
    // The marks counted here all start with the UTF-8 lead byte 0xE2 or 0xC2.
    for i in memchr2_iter(0xE2, 0xC2, bytes) {
        let Some(c) = body.get(i..).and_then(|r| r.chars().next()) else {
            continue;
        };
        match c {
            '“' | '«' | '„' => depth += 1,
            '”' | '»' if depth == 0 => {
                let at = u.span.start as usize + i;
                diags.push(Diagnostic::new(
                    sp(at, at + c.len_utf8()),
                    DiagnosticCode::UnmatchedClosingQuote,
                    "a closing quotation mark with no opening one",
                ));
                return;
            }
            '”' | '»' => depth -= 1,
            _ => {}
        }
    }
}
