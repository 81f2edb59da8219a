//! Units: the second pass. Groups lines into paragraph units according to the layout and
//! classifies each unit as a separator, a heading, the start of a turn, or text, and, in
//! text laid out like the Congressional Record ([`record`]), as narration, inserted
//! material, a centred title or a page marker; a subtitle cue's number and timing line
//! ([`cue`]) are page markers too, and a transcript's closing matter ([`closing`]) ends a
//! turn. Each line is classified by itself ([`classify`](mod@classify)); this file groups the lines. The
//! dialogue pass then turns the classified units into blocks.

mod alone;
mod classify;
mod closing;
pub(crate) mod cue;
mod margin;
mod marker;
mod record;

use classify::{LineInfo, Seen, classify};

use super::heading::{self, Bare};
use super::label::{self, LabelMatch};
use super::lines::{Kept, Lines, trim_line};
use crate::ast::Layout;
use crate::span::off;

/// A paragraph-sized piece of the text: one line in web copy, a run of lines in hard-wrapped
/// text. `start..end` is trimmed of surrounding whitespace.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Unit {
    // `u32` offsets (the input is at most `u32::MAX` bytes): units are made a batch at a time
    // and those of a whole turn are kept until it ends, so a small unit keeps that small.
    start: u32,
    end: u32,
    /// A blank line stands between this unit and the previous one.
    pub blank_before: bool,
    pub class: Class,
}

impl Unit {
    fn new(start: usize, end: usize, blank_before: bool, class: Class) -> Unit {
        Unit {
            start: off(start),
            end: off(end),
            blank_before,
            class,
        }
    }

    /// Where the unit starts, trimmed.
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }

    /// Where the unit ends, trimmed.
    pub(crate) fn end(&self) -> usize {
        self.end as usize
    }
}

/// What a unit is. The unit takes the class of its first line.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Class {
    /// A break: `* * *`, `---`, a line of underscores.
    Separator,
    /// An ATX heading (`## Title`, with its level) or a bare title line (`Summary`).
    Heading { level: Option<u8>, text_start: u32 },
    /// A paragraph that opens with a speaker label.
    Label(LabelMatch),
    /// Any other paragraph.
    Text,
    /// The reporters' account of the proceedings in the Congressional Record, not a
    /// speaker's words: `The bill clerk proceeded to call the roll.`, `The legislative clerk
    /// read as follows:`, `There being no objection, the material was ordered to be printed
    /// in the Record, as follows:`, `Thereupon, the Senate ... adjourned ...`,
    /// `(Mr. HOLLIS asked and was given permission to revise and extend his remarks.)`.
    /// Recognised only in text laid out like the Record (paragraphs that start with an
    /// indent, not a blank line). Ends a turn.
    Narration,
    /// Material inserted into the Record (a letter, an article, bill text), indented five
    /// columns or more in text laid out like the Record: not the speaker's speech. Each
    /// paragraph of it (a deeper first-line indent) is a unit. Ends a turn.
    Inserted,
    /// A centred title in capitals (`TRIBUTE TO ANTON HOLLIS`), indented five columns or
    /// more; a title wrapped over several centred lines is one unit. Ends a turn, like a
    /// heading.
    Title,
    /// The matter after a transcript's last turn: its copyright line, end marker or
    /// editor's note (see `closing`). Ends a turn.
    Closing,
    /// A page marker, `[[Page S697]]`, or the House's time marker, `{time}  1415`: always a
    /// unit of its own, never part of a paragraph. A turn that goes on after it is not
    /// ended by it.
    PageMarker,
}

impl Class {
    /// A unit of this class never grows to the next line.
    fn stands_alone(self) -> bool {
        matches!(
            self,
            Class::Separator | Class::PageMarker | Class::Heading { level: Some(_), .. }
        )
    }
}

/// The unit being grown in blank-line layout, and the indents of its first and last lines.
struct Open {
    unit: Unit,
    first_indent: usize,
    indent: usize,
}

/// The units of a text, in order, classified: an iterator over the lines that yields each
/// unit once its last line is known, so that no pass needs all of them at once.
pub(crate) struct Units<'t> {
    text: &'t str,
    layout: Layout,
    lines: Lines<'t>,
    blank_before: bool,
    open: Option<Open>,
    seen: Seen,
    /// The colon labels read last ([`label::Recent`]).
    recent: label::Recent<'t>,
    /// The last line with content was a chapter's time and name, not a label.
    chapters: bool,
    alone: alone::AloneNames<'t>,
}

impl<'t> Units<'t> {
    fn new(text: &'t str, layout: Layout, kept: &'t [Kept]) -> Self {
        Units {
            text,
            layout,
            lines: Lines::after_kept(text, kept),
            // The start of the text counts as a blank line: a Record-style label may open it.
            blank_before: true,
            open: None,
            seen: Seen::default(),
            recent: label::Recent::default(),
            chapters: false,
            alone: alone::AloneNames::default(),
        }
    }
}

impl Units<'_> {
    /// Appends the next units to `out`, until it holds `want` or the text ends; returns
    /// whether the text has ended. Units are made a batch at a time so that the state of the
    /// scan stays in registers across many lines.
    // Inlined into its one caller, with the recognisers' one-byte tests it inlines.
    #[inline]
    fn fill(&mut self, out: &mut Vec<Unit>, want: usize) -> bool {
        let text = self.text;
        let layout = self.layout;
        while out.len() < want {
            let Some(line) = self.lines.next_with_colon() else {
                out.extend(self.open.take().map(|o| finish(text, o.unit)));
                return true;
            };
            let (s, e) = trim_line(text, line.start, line.end);
            if s == e {
                self.blank_before = true;
                if let Some(o) = self.open.take() {
                    out.push(finish(text, o.unit));
                }
                continue;
            }
            let content = text.get(s..e).unwrap_or("");
            let indent = text.get(line.start..s).map_or(0, |i| i.chars().count());
            // In text laid out like the Record, a small indent always starts a paragraph
            // (wrapped lines are not indented), even after a one-line paragraph.
            let indented_start =
                self.seen.indented_paragraphs && (1..record::INSERT_INDENT).contains(&indent);
            // Whether this line may start a paragraph whatever it holds. A line that only
            // continues the open one is not looked at for narration.
            let may_start = layout == Layout::LinePerParagraph
                || indented_start
                || self.open.as_ref().is_none_or(|o| {
                    indent > o.indent || o.unit.class.stands_alone() || inserted(o.unit.class)
                });
            let line_info = LineInfo {
                start: s,
                colon: line.colon,
                indent,
                may_start,
                blank_before: self.blank_before,
                layout,
            };
            if !self.seen.margins
                && content.as_bytes().first().is_some_and(u8::is_ascii_digit)
                && self.margins_start(content)
            {
                self.seen.margins = true;
            }
            if self.seen.margins {
                self.number(content);
            }
            let mut class = classify(content, &line_info, &mut self.seen, &mut self.recent);
            self.seen.started = true;
            // A chapter list (`[00:00] Introduction`, `[03:12] Rate Outlook` …): a bracketed
            // time and a name next to another line of that shape is no speaker's label.
            let chapter = match class {
                Class::Label(m) if label::time_first_label(content) == Some(m) => {
                    self.chapters || self.next_time_first()
                }
                _ => false,
            };
            // A call's list of participants before its first turn (`Nadia Lindgren — Chief
            // Executive Officer` and the next): a name and a role on a line with another label
            // alone below it, no speech between, is no turn.
            let listed = !self.seen.turns
                && matches!(class, Class::Label(m) if label::dash_label(content, true) == Some(m))
                && self.next_alone_label();
            if chapter || listed {
                class = Class::Text;
            }
            self.chapters = chapter;
            // A script's name alone on its line (`MAYOR OKONJO`), the speech below; not in a
            // text that labels its turns with colons.
            if may_start
                && !self.seen.cues
                && self.seen.label_count < 3
                && matches!(class, Class::Heading { level: None, .. } | Class::Text)
            {
                if let Some(m) = self.alone_label(content, s) {
                    class = Class::Label(m);
                }
            }
            self.seen.turns |= matches!(class, Class::Label(_));
            // A cue's identifier comes before its timing line: the first cue's number, before
            // any timing line has been seen, and in a WebVTT file any word alone on its line
            // (a meeting tool's `3f2a…/12-0`).
            let identifier = if self.seen.cues {
                self.seen.webvtt && !content.contains([' ', '\t'])
            } else {
                content.as_bytes().first().is_some_and(u8::is_ascii_digit) && cue::number(content)
            };
            if identifier
                && matches!(class, Class::Text | Class::Heading { .. })
                && self.lines.clone().next().is_some_and(|next| {
                    let (a, b) = trim_line(text, next.start, next.end);
                    cue::timing(text.get(a..b).unwrap_or(""))
                })
            {
                class = Class::PageMarker;
            }
            let unit = Unit::new(s, e, self.blank_before, class);
            self.blank_before = false;
            match layout {
                Layout::LinePerParagraph => out.push(finish(text, unit)),
                Layout::BlankLineSeparated => match self.open.as_mut() {
                    Some(o) if !indented_start && joins(o, class, indent) => {
                        o.unit.end = off(e);
                        o.indent = indent;
                    }
                    _ => {
                        // A paragraph started by a small indent and no blank line: the
                        // Record's layout.
                        if (1..record::INSERT_INDENT).contains(&indent)
                            && self.open.as_ref().is_some_and(|o| indent > o.indent)
                        {
                            self.seen.indented_paragraphs = true;
                        }
                        let next = Open {
                            unit,
                            first_indent: indent,
                            indent,
                        };
                        if let Some(o) = self.open.replace(next) {
                            out.push(finish(text, o.unit));
                        }
                    }
                },
            }
        }
        false
    }
}

impl Units<'_> {
    /// Whether the next line with content is a label alone on its line: a name and a role
    /// after a dash, or a role alone (`Operator`).
    #[cold]
    fn next_alone_label(&self) -> bool {
        next_content(self.text, &mut self.lines.clone())
            .is_some_and(|l| label::dash_label(l, true).is_some() || label::role_label(l).is_some())
    }

    /// Whether the next line with content is a bracketed time and a name
    /// ([`label::time_first_label`]). Only the blank lines before it are read, so each line is
    /// read at most twice.
    #[cold]
    fn next_time_first(&self) -> bool {
        next_content(self.text, &mut self.lines.clone())
            .is_some_and(|l| label::time_first_label(l).is_some())
    }
}

/// The next line of `lines` with content, trimmed; `lines` is left after it.
fn next_content<'t>(text: &'t str, lines: &mut Lines<'_>) -> Option<&'t str> {
    lines.find_map(|l| {
        let (a, b) = trim_line(text, l.start, l.end);
        (a < b).then(|| text.get(a..b).unwrap_or(""))
    })
}

/// How many units the stream makes at a time.
const BATCH: usize = 64;

/// The units as the dialogue pass reads them: by index, forwards, with a little lookahead.
/// Units are made a batch at a time, and only those from the oldest one still wanted
/// ([`UnitStream::release`]) on are kept, so the memory does not grow with the text (the
/// units of one turn are kept until it ends).
pub(crate) struct UnitStream<'t> {
    units: Units<'t>,
    /// Units `base..base + ahead.len()`.
    ahead: Vec<Unit>,
    base: usize,
    /// The units before this one will not be asked for again.
    keep: usize,
    /// The text has no more units.
    done: bool,
}

impl<'t> UnitStream<'t> {
    /// Splits `text` into units and classifies them, as they are asked for. `kept` are the
    /// text's first lines as an earlier pass found them ([`Lines::after_kept`]), or none.
    pub(crate) fn new(text: &'t str, layout: Layout, kept: &'t [Kept]) -> Self {
        let mut stream = UnitStream {
            units: Units::new(text, layout, kept),
            ahead: Vec::with_capacity(BATCH),
            base: 0,
            keep: 0,
            done: false,
        };
        // A text of one unit is a heading only if it looks like one by itself: `The fee is
        // $5 million` alone is a paragraph, `Summary` alone a heading. Looking at the
        // second unit tells whether there is only one.
        if stream.get(1).is_none() {
            if let Some(only) = stream.ahead.first_mut() {
                let body = text.get(only.start()..only.end()).unwrap_or("");
                if matches!(only.class, Class::Heading { level: None, .. })
                    && heading::bare(body) != Some(Bare::Strong)
                {
                    only.class = Class::Text;
                }
            }
        }
        stream
    }

    /// Unit `k`, if the text has that many (and it was not released).
    #[inline]
    pub(crate) fn get(&mut self, k: usize) -> Option<Unit> {
        // The unit is almost always made already: that check is inlined where it is asked.
        match k.checked_sub(self.base).and_then(|at| self.ahead.get(at)) {
            Some(u) => Some(*u),
            None => self.make(k),
        }
    }

    /// [`UnitStream::get`] for a unit not made yet: makes batches until it is.
    #[inline(never)]
    fn make(&mut self, k: usize) -> Option<Unit> {
        loop {
            if let Some(u) = k.checked_sub(self.base).and_then(|at| self.ahead.get(at)) {
                return Some(*u);
            }
            if k < self.keep || self.done {
                return None;
            }
            // Drop what was released, then make the next batch.
            let gone = self.keep.saturating_sub(self.base).min(self.ahead.len());
            self.ahead.drain(..gone);
            self.base += gone;
            let want = (k + 1 - self.base).max(self.ahead.len() + BATCH);
            self.done = self.units.fill(&mut self.ahead, want);
        }
    }

    /// Forgets the units before `k`: they will not be asked for again.
    pub(crate) fn release(&mut self, k: usize) {
        self.keep = self.keep.max(k);
    }
}

/// Every unit of `text`, as the dialogue pass would see them.
#[cfg(test)]
pub(crate) fn units(text: &str, layout: Layout) -> Vec<Unit> {
    let mut stream = UnitStream::new(text, layout, &[]);
    (0..).map_while(|k| stream.get(k)).collect()
}

fn inserted(class: Class) -> bool {
    matches!(class, Class::Inserted | Class::Title)
}

/// Whether a line of class `class` continues the open unit (blank-line layout, no blank
/// line between them). A label, a separator, a page marker or an ATX heading starts a unit
/// of its own; a deeper indent starts a paragraph; inserted material and centred titles
/// only continue their own kind. A paragraph of inserted material hangs like the Record's
/// own (first line at seven columns, the rest at five), so only a line indented less than
/// its first line, and no deeper than the last, continues it.
fn joins(open: &Open, class: Class, indent: usize) -> bool {
    if class.stands_alone() || open.unit.class.stands_alone() || matches!(class, Class::Label(_)) {
        return false;
    }
    match (open.unit.class, class) {
        (Class::Title, Class::Title) => true,
        (Class::Title, _) | (_, Class::Title) => false,
        (Class::Inserted, Class::Inserted) => indent <= open.indent && indent < open.first_indent,
        (Class::Inserted, _) | (_, Class::Inserted) => false,
        _ => indent <= open.indent,
    }
}

/// Checks a unit once its last line is known: a bare heading that grew past one line is
/// text, and so is narration that turned out long or in the first person.
#[inline]
fn finish(text: &str, unit: Unit) -> Unit {
    // Most units are neither: this test is inlined where units are made, the check is not.
    match unit.class {
        Class::Heading { level: None, .. } | Class::Narration => recheck(text, unit),
        _ => unit,
    }
}

/// [`finish`] for a bare heading or narration.
#[inline(never)]
fn recheck(text: &str, mut unit: Unit) -> Unit {
    let body = || text.get(unit.start()..unit.end()).unwrap_or("");
    let is_text = match unit.class {
        Class::Heading { level: None, .. } => {
            memchr::memchr2(b'\n', b'\r', body().as_bytes()).is_some()
        }
        Class::Narration => !record::narration_body(body()),
        _ => false,
    };
    if is_text {
        unit.class = Class::Text;
    }
    unit
}

#[cfg(test)]
mod tests;
