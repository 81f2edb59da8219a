//! Speaker labels: the small grammars that decide whether a paragraph opens a turn.
//!
//! - [`colon`]: `Putin:`, `Prime Minister Sharif:`, `Q:`, `MS. SMITH:`,
//!   `Vladimir Putin (answering a question):`, `Question from the hall:`; [`shape`] says
//!   whether its words make a speaker's name;
//! - [`record`]: the Congressional Record's `Mr. SMITH.`, `The PRESIDING OFFICER.`;
//! - [`letter`]: a transcript's `Q.` / `A.` and a briefing's `Q    ` without a colon;
//! - [`dash`]: an earnings call's `Laura Chen -- Chief Executive Officer` on its own line;
//! - [`timed`]: a transcription service's `Speaker 1  0:00` on its own line, `[00:00:05] Aiko
//!   Tanabe`, `[Kofi Mensah] 14:02:33`;
//! - [`role`]: an earnings call's `Operator` on its own line;
//! - [`alone`]: a script's `MAYOR OKONJO` on its own line, the speech below, and Hansard's
//!   `Sir Geoffrey Clandon (North Dorset) (Con)`;
//! - [`stop_dash`]: the European Parliament's `Anna Lind (PPE). – Madam President, …`;
//! - [`voice`]: a WebVTT voice tag, `<v Lena Ortiz>`;
//! - [`lead`]: what may come before a label (`>>`, a timestamp);
//! - [`recent`]: the labels read last, whose reading is reused when their bytes come back;
//! - [`words`]: the word lists they consult;
//! - [`is_gap`], [`gap`] and [`emphasis`]: the white space and markup every one of them reads.
//!
//! A label is looked for only at the start of a paragraph, and only in its first
//! [`WINDOW`] bytes, so the cost per paragraph is bounded whatever the paragraph holds.

mod alone;
mod colon;
mod dash;
mod lead;
mod letter;
mod recent;
mod record;
mod role;
mod shape;
mod stop_dash;
mod timed;
mod voice;
mod words;

pub(crate) use alone::{member_alone, name_alone};
pub(crate) use colon::colon_label_at;
pub(crate) use dash::dash_label;
use lead::time_after;
pub(crate) use lead::{clock, lead_in, margin, question_number, time_alone};
pub(crate) use letter::{Letter, letter_label};
pub(crate) use recent::Recent;
pub(crate) use record::record_label;
pub(crate) use role::role_label;
pub(crate) use stop_dash::stop_dash_label;
pub(crate) use timed::{bracketed_name_label, time_first_label, timed_label};
pub(crate) use voice::voice_label;

use crate::ast::LabelStyle;
use nom::bytes::complete::{tag, take_while1};
use nom::{IResult, Parser};

/// How far into a paragraph a label may reach. The longest real labels (a full title and a
/// name) are around 200 bytes.
pub(crate) const WINDOW: usize = 256;

/// Most words a label may have, title included.
const MAX_WORDS: usize = 24;

/// A label found at the start of a paragraph; offsets are relative to that start. They lie
/// inside the [`WINDOW`], so `u16` holds them: every unit carries one of these until the
/// dialogue pass reads it, and the small size keeps the units small.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LabelMatch {
    /// Where a lead-in before the name ends (`>>`, a timestamp; white space after it not
    /// included); 0 when there is none. A lead-in starts where the label does.
    lead: u16,
    name: (u16, u16),
    aside: Option<(u16, u16)>,
    punct: (u16, u16),
    pub style: LabelStyle,
}

impl LabelMatch {
    fn new(
        name: (usize, usize),
        aside: Option<(usize, usize)>,
        punct: (usize, usize),
        style: LabelStyle,
    ) -> Option<Self> {
        let pair = |(a, b): (usize, usize)| Some((u16::try_from(a).ok()?, u16::try_from(b).ok()?));
        let aside = match aside {
            Some(a) => Some(pair(a)?),
            None => None,
        };
        Some(LabelMatch {
            lead: 0,
            name: pair(name)?,
            aside,
            punct: pair(punct)?,
            style,
        })
    }

    /// The same label found after a [`lead_in`] of `lead.1` bytes (white space included)
    /// whose text ends at `lead.0`: the name, aside and punctuation move; the label then
    /// starts at the lead-in, at the paragraph's start.
    pub(crate) fn after(self, lead: (usize, usize)) -> Option<Self> {
        let (lead, by) = (u16::try_from(lead.0).ok()?, u16::try_from(lead.1).ok()?);
        let shift = |(a, b): (u16, u16)| Some((a.checked_add(by)?, b.checked_add(by)?));
        let aside = match self.aside {
            Some(a) => Some(shift(a)?),
            None => None,
        };
        Some(LabelMatch {
            lead,
            name: shift(self.name)?,
            aside,
            punct: shift(self.punct)?,
            style: self.style,
        })
    }

    /// The lead-in before the name, if any.
    pub(crate) fn lead(&self) -> Option<(usize, usize)> {
        (self.lead > 0).then_some((0, self.lead.into()))
    }

    /// The name, without the aside and the punctuation.
    pub(crate) fn name(&self) -> (usize, usize) {
        (self.name.0.into(), self.name.1.into())
    }

    /// The parenthetical after the name, if any.
    pub(crate) fn aside(&self) -> Option<(usize, usize)> {
        self.aside.map(|(a, b)| (a.into(), b.into()))
    }

    /// The `:` or `.` that ends the label.
    pub(crate) fn punct(&self) -> (usize, usize) {
        (self.punct.0.into(), self.punct.1.into())
    }

    /// Where the label ends: after its punctuation, or after the time printed after it
    /// (`Ana Reyes: (00:01)`), which is then its aside.
    pub(crate) fn end(&self) -> usize {
        let punct = usize::from(self.punct.1);
        self.aside.map_or(punct, |(_, b)| punct.max(b.into()))
    }

    /// The label with the time that `after`, the text from its punctuation's end, opens as
    /// its aside ([`time_after`]); unchanged when there is none or the label has an aside.
    fn with_time_after(self, after: &str) -> Self {
        if self.aside.is_some() {
            return self;
        }
        let Some((a, b)) = time_after(after) else {
            return self;
        };
        let at = |o: usize| u16::try_from(o).ok()?.checked_add(self.punct.1);
        match (at(a), at(b)) {
            (Some(a), Some(b)) => LabelMatch {
                aside: Some((a, b)),
                ..self
            },
            _ => self,
        }
    }
}

/// The white space that may stand between the parts of a label's line: spaces, tabs, the
/// no-break space web copy is full of, and the narrow no-break space that French typesetting
/// puts before a colon. Never a line break: a label is read on one line.
fn is_gap(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}')
}

/// `gap ::= (' ' | tab | U+00A0 | U+202F)+`: see [`is_gap`].
fn gap(i: &str) -> IResult<&str, &str> {
    take_while1(is_gap).parse(i)
}

/// Markdown's strong emphasis, left around a label by text copied from a web page:
/// `**Ana Reyes:**`, `**Ana Reyes**:`. Markdown's other spelling, `__`, is not taken: an
/// underscore belongs to a diarised speaker's name (`SPEAKER_00:`).
fn emphasis(i: &str) -> IResult<&str, &str> {
    tag("**").parse(i)
}

/// The first `max` bytes of `s`, cut back to a character boundary.
fn clip(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// Offset of `part` (a subslice of `whole`) within `whole`.
fn offset_of(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

fn first_char(w: &str) -> Option<char> {
    w.chars().next()
}

fn is_capitalised(w: &str) -> bool {
    // An ASCII first byte is the whole first character: no decoding.
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => first_char(w).is_some_and(char::is_uppercase),
    }
}

/// `s` without its leading white space; the usual single ASCII space is skipped without
/// decoding.
fn skip_spaces(s: &str) -> &str {
    let rest = s.strip_prefix(' ').unwrap_or(s);
    match rest.as_bytes().first() {
        Some(b) if b.is_ascii() && !crate::lexical::is_space(char::from(*b)) => rest,
        _ => rest.trim_start_matches(crate::lexical::is_space),
    }
}
