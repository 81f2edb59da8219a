//! Classifying a line by itself: what it is if it starts a unit (a separator, a page marker,
//! a heading, a label, closing matter, narration, or text), given what the lines before it
//! have shown about the text's conventions.

use super::{Class, closing, cue, marker, record};
use crate::ast::Layout;
use crate::parse::heading;
use crate::parse::label;
use crate::span::off;

/// What the lines so far have shown about the text's conventions.
#[derive(Default)]
pub(super) struct Seen {
    /// A paragraph started with an indent of one to four columns and no blank line, or a
    /// Congressional Record label was found: the text is laid out like the Record, so deeper
    /// indents are inserted material and narration is looked for.
    pub(super) indented_paragraphs: bool,
    /// A Congressional Record label was found: from here on, speakers are labelled that way,
    /// and a colon after a few words (`Dear Senator Quist:`, `Senate Historian: Anne Holt,
    /// Historian.`) is not a label.
    pub(super) record_labels: bool,
    /// A paragraph opened with a question letter (`Q.`, `Q    `): from here on an answer
    /// letter (`A.`) is a label too, not an initial.
    pub(super) questions: bool,
    /// A subtitle cue's timing line was found: from here on a line of digits alone is a
    /// cue's number.
    pub(super) cues: bool,
    /// The text opened as a WebVTT file does (`WEBVTT`): its cues may have identifiers.
    pub(super) webvtt: bool,
    /// A speaker label with a colon was found: from here on a paragraph may open with a
    /// question letter and one space (`Q Thank you.`), as briefings copied from the web do.
    pub(super) labels: bool,
    /// A line with content has been classified: the text's first line, where a headline
    /// may be longer than other titles ([`heading::bare_first`]), is behind.
    pub(super) started: bool,
    /// A speaker label of any kind was found (`Operator` on its own line included).
    pub(super) turns: bool,
    /// A label ending with a stop and a dash was found (`President. – `).
    pub(super) stop_dash: bool,
    /// How many labels of the kinds that set [`Self::labels`] were found (up to 255).
    pub(super) label_count: u8,
    /// The text numbers its lines in the margin (see `margin`).
    pub(super) margins: bool,
    /// The current line's number in the margin continues the run (the last plus one, or a
    /// new page's 1): it is read past.
    pub(super) numbered: bool,
    /// The last number read in the margin.
    pub(super) last_number: u8,
}

impl Seen {
    /// A label of the kinds that set [`Self::labels`] was found.
    fn labelled(&mut self) {
        self.labels = true;
        self.label_count = self.label_count.saturating_add(1);
    }
}

/// Where a line stands, for [`classify`].
pub(super) struct LineInfo {
    /// Where its content starts.
    pub(super) start: usize,
    /// Where its first colon is, if it has one.
    pub(super) colon: Option<usize>,
    /// Its indent, in characters.
    pub(super) indent: usize,
    /// Whether it may start a paragraph (see [`Units::fill`](super::Units::fill)).
    pub(super) may_start: bool,
    pub(super) blank_before: bool,
    pub(super) layout: Layout,
}

/// Classifies a line by itself: what it is if it starts a unit.
#[inline]
pub(super) fn classify<'t>(
    line: &'t str,
    at: &LineInfo,
    seen: &mut Seen,
    recent: &mut label::Recent<'t>,
) -> Class {
    if heading::separator(line) {
        return Class::Separator;
    }
    if record::page_marker(line)
        || marker::mark(line)
        || (seen.margins && marker::number_alone(line))
    {
        return Class::PageMarker;
    }
    // A subtitle cue's timing line and number mark a place in the source, as a page marker
    // does (see `cue`).
    if cue::timing(line) {
        seen.cues = true;
        return Class::PageMarker;
    }
    // A WebVTT file opens with its signature (after a byte-order mark at most).
    if !seen.webvtt && at.start <= 3 && cue::webvtt(line) {
        seen.webvtt = true;
        seen.cues = true;
    }
    if seen.cues && cue::number(line) {
        return Class::PageMarker;
    }
    if let Some((level, offset)) = heading::atx(line) {
        return Class::Heading {
            level: Some(level),
            text_start: off(at.start + offset),
        };
    }
    if at.may_start && matches!(line.as_bytes().first(), Some(b'*' | b'_')) {
        if let Some((a, _)) = heading::emphasised(line, !seen.started) {
            return Class::Heading {
                level: None,
                text_start: off(at.start + a),
            };
        }
    }
    if record::centred_title(line, at.indent) {
        return Class::Title;
    }
    let deep = at.indent >= record::INSERT_INDENT;
    if deep && seen.indented_paragraphs && at.layout == Layout::BlankLineSeparated {
        return Class::Inserted;
    }
    // Record labels start a paragraph: indented, or after a blank line, or in a text that
    // already uses them.
    let record_place =
        !deep && (at.indent > 0 || (at.may_start && (at.blank_before || seen.record_labels)));
    if let Some(m) = record_place.then(|| label::record_label(line)).flatten() {
        seen.record_labels = true;
        seen.indented_paragraphs = true;
        return Class::Label(m);
    }
    // The line without its number in the margin, in a text that numbers its lines.
    let unnumbered = match seen.numbered.then(|| label::margin(line)).flatten() {
        Some((_, gap_end, _)) => line.get(gap_end..).unwrap_or(line),
        None => line,
    };
    // A court reporter's notes between the turns: who examines the witness (`BY MS. CHEN:`)
    // and the witness sworn (`ROSA LIND, having been duly sworn, testified as follows:`).
    // Both end with a colon, and a capital starts them: two bytes say whether to look.
    if (at.may_start || seen.numbered)
        && unnumbered.as_bytes().last() == Some(&b':')
        && unnumbered
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_uppercase)
        && record::court_note(unnumbered)
    {
        return Class::Narration;
    }
    if at.may_start && closing::closing(line) {
        return Class::Closing;
    }
    // A label in lower case (`chairman of the Board Anton Grell:`) starts a paragraph; a
    // wrapped line that happens to start that way does not.
    // In a text laid out like the Record, a hearing's witnesses may still speak with a colon
    // label in capitals (`MR. CASTELLANOS: Thank you.`), at the start of a paragraph; in
    // mixed case a colon is a letter's or a field's (`Dear Senator Quist:`), and the other
    // label styles are not looked for.
    let record = seen.record_labels;
    let colon_place = if record {
        at.may_start && line.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
    } else {
        at.may_start || line.chars().next().is_some_and(|c| !c.is_lowercase())
    };
    // A section's name alone before a colon (`Summary:`, `Prepared Remarks:`) is the
    // section's title, whatever the label grammar makes of the word.
    if at.may_start && line.ends_with(':') {
        let head = line.get(..line.len() - 1).unwrap_or("").trim_end();
        if heading::section_name(head) {
            return Class::Heading {
                level: None,
                text_start: off(at.start),
            };
        }
    }
    if colon_place {
        let voice = (!record)
            .then(|| label::voice_label(line).or_else(|| label::bracketed_name_label(line)))
            .flatten();
        if let Some(m) = voice {
            seen.labelled();
            return Class::Label(m);
        }
        // A label may follow a lead-in (`>> `, a timestamp, a line number in the margin);
        // the label starts at the lead-in.
        let margin = seen.numbered.then(|| label::margin(line)).flatten();
        let lead = margin.map_or_else(|| label::lead_in(line), |(number, gap, _)| (number, gap));
        // Hansard's numbered question (`1. Jane Whitfield (Northbridge) (Lab): What …`): the
        // number is a lead-in too, but a list item's number before a colon (`2. Costs: …`)
        // is not a label's, so the label must have its aside (the member's seat and party).
        let numbered =
            lead.1 == 0 && at.may_start && line.as_bytes().first().is_some_and(u8::is_ascii_digit);
        let lead = if numbered {
            label::question_number(line)
        } else {
            lead
        };
        let numbered = numbered && lead.1 > 0;
        let body = line.get(lead.1..).unwrap_or("");
        // A member's name has two words at least (`1. Housing (phase one):` is a list).
        let hansard = |m: &label::LabelMatch| {
            let (a, b) = m.name();
            // The seat or party before the colon, not a time after it.
            m.aside().is_some_and(|(_, e)| e <= m.punct().0)
                && body.get(a..b).is_some_and(|n| n.contains(' '))
        };
        let loose = seen.labels && at.may_start;
        let letter = (!numbered && !record)
            .then(|| label::letter_label(body, seen.questions, loose))
            .flatten();
        if let Some((letter, m)) = letter {
            seen.questions |= letter == label::Letter::Question;
            if let Some(m) = m.after(lead) {
                return Class::Label(m);
            }
        }
        // The line scan found the first colon; a lead-in may hold one (a timestamp's), and
        // the body's first colon is then searched for again.
        let body_start = at.start + lead.1;
        let first_colon = match at.colon {
            Some(c) if c < body_start => None,
            c => Some(c.map(|c| c - body_start)),
        };
        let colon =
            label::colon_label_at(body, first_colon, recent).filter(|m| !numbered || hansard(m));
        // A table's row (`President:    Mr. Dufresne . . . . . (France)`): dot leaders after
        // a wide gap after the colon (speech has one space).
        let table = |m: &label::LabelMatch| {
            let rest = line.get(m.end()..).unwrap_or("").as_bytes();
            matches!(rest, [b' ', b' ', ..] | [b'\t', ..])
                && memchr::memchr_iter(b'.', rest)
                    .any(|i| matches!(rest.get(i..i + 5), Some(b". . ." | b".....")))
        };
        let upper = |m: &label::LabelMatch| !record || m.style == crate::ast::LabelStyle::Upper;
        if let Some(m) = colon
            .and_then(|m| m.after(lead))
            .filter(|m| upper(m) && !table(m))
        {
            // A section's name is nobody's (`Prepared Remarks:`, `Highlights: …`): alone on
            // its line it is the section's title. A kicker and a headline (`Analysis: Why the
            // Fed Will Wait`) before any label is a title too; once speakers have spoken,
            // words in title case are theirs.
            let (a, b) = m.name();
            let section = line.get(a..b).is_some_and(heading::section_name);
            if at.may_start && (section || !seen.labels) {
                let speech = line.get(m.end()..).unwrap_or("").trim_start();
                let title =
                    (section && speech.is_empty()) || (!seen.labels && heading::headline(speech));
                if title {
                    return Class::Heading {
                        level: None,
                        text_start: off(at.start),
                    };
                }
            }
            if !section {
                seen.labelled();
                return Class::Label(m);
            }
        }
        // The European Parliament's `Anna Lind (PPE). – Madam President, …`: looked for
        // until the text has shown three labels of another kind (a text keeps to one style,
        // and the search is not free: a text with dashes has a few in every paragraph).
        if at.may_start && !record && (seen.stop_dash || seen.label_count < 3) {
            if let Some(m) = label::stop_dash_label(line, seen.stop_dash) {
                seen.labelled();
                seen.stop_dash = true;
                return Class::Label(m);
            }
        }
        let alone = (!record)
            .then(|| {
                label::dash_label(line, seen.turns)
                    .or_else(|| label::timed_label(line))
                    .or_else(|| label::time_first_label(line))
                    .or_else(|| label::role_label(line))
            })
            .flatten();
        if let Some(m) = alone {
            return Class::Label(m);
        }
    }
    if seen.indented_paragraphs && at.may_start && record::narration(line) {
        return Class::Narration;
    }
    // Hansard's `Mr Keld rose—` ends the turn before it: the narrator's, not the speaker's.
    // (The last byte of `-`, `–` or `—` says whether to look.)
    if at.may_start
        && matches!(line.as_bytes().last(), Some(b'-' | 0x93 | 0x94))
        && record::rises(line)
    {
        return Class::Narration;
    }
    // A line that continues a paragraph stays in it whatever it looks like.
    let title = if seen.started {
        heading::bare(line)
    } else {
        heading::bare_first(line)
    };
    if at.may_start && title.is_some() {
        return Class::Heading {
            level: None,
            text_start: off(at.start),
        };
    }
    Class::Text
}
