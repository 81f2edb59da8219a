//! Units: the second pass. Groups lines into paragraph units according to the layout and
//! classifies each unit as a separator, a heading, the start of a turn, or text. The
//! dialogue pass then turns the classified units into blocks.

use super::heading;
use super::label::{self, LabelMatch};
use super::lines::Lines;
use crate::ast::Layout;
use crate::lexical::trim;
use crate::span::off;

/// A paragraph-sized piece of the text: one line in web copy, a run of lines in hard-wrapped
/// text. `start..end` is trimmed of surrounding whitespace.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Unit {
    // `u32` offsets (the input is at most `u32::MAX` bytes): one unit per line lives until the
    // dialogue pass, and on line-dense input this vector is a large share of the peak memory.
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

#[derive(Clone, Copy, Debug)]
pub(crate) enum Class {
    Separator,
    Heading { level: Option<u8>, text_start: u32 },
    Label(LabelMatch),
    Text,
}

/// Splits the text into units and classifies them.
pub(crate) fn units(text: &str, layout: Layout) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    let mut blank_before = false;
    // In blank-line layout: the unit being grown, and the indent of its last line.
    let mut open: Option<(Unit, usize)> = None;
    for line in Lines::new(text) {
        let (s, e) = trim(text, line.start, line.end);
        if s == e {
            blank_before = true;
            if let Some((u, _)) = open.take() {
                units.push(finish(text, u));
            }
            continue;
        }
        let content = text.get(s..e).unwrap_or("");
        let indent = text.get(line.start..s).map_or(0, |i| i.chars().count());
        let class = classify(content, s, indent > 0);
        let single = matches!(
            class,
            Class::Separator | Class::Heading { level: Some(_), .. }
        );
        let unit = Unit::new(s, e, blank_before, class);
        blank_before = false;
        match layout {
            Layout::LinePerParagraph => units.push(finish(text, unit)),
            Layout::BlankLineSeparated => {
                // A line continues the open unit unless it starts something of its own: a
                // label, a separator, an ATX heading, or a first-line indent.
                let starts_new = single
                    || matches!(class, Class::Label(_))
                    || open.as_ref().is_some_and(|(u, last_indent)| {
                        indent > *last_indent
                            || matches!(
                                u.class,
                                Class::Separator | Class::Heading { level: Some(_), .. }
                            )
                    });
                match open.as_mut() {
                    Some((u, last_indent)) if !starts_new => {
                        u.end = off(e);
                        *last_indent = indent;
                    }
                    _ => {
                        if let Some((u, _)) = open.replace((unit, indent)) {
                            units.push(finish(text, u));
                        }
                    }
                }
            }
        }
    }
    if let Some((u, _)) = open {
        units.push(finish(text, u));
    }
    units
}

/// Classifies a line by itself: what it is if it stands alone.
fn classify(line: &str, start: usize, indented: bool) -> Class {
    if heading::separator(line) {
        Class::Separator
    } else if let Some((level, offset)) = heading::atx(line) {
        Class::Heading {
            level: Some(level),
            text_start: off(start + offset),
        }
    } else if let Some(m) = label::colon_label(line) {
        Class::Label(m)
    } else if let Some(m) = indented.then(|| label::record_label(line)).flatten() {
        Class::Label(m)
    } else if heading::bare(line) {
        Class::Heading {
            level: None,
            text_start: off(start),
        }
    } else {
        Class::Text
    }
}

/// A unit that grew past one line cannot be a bare heading: it is text.
fn finish(text: &str, mut unit: Unit) -> Unit {
    if let Class::Heading { level: None, .. } = unit.class {
        let body = text.get(unit.start()..unit.end()).unwrap_or("");
        if body.contains(['\n', '\r']) {
            unit.class = Class::Text;
        }
    }
    unit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unit_stays_small() {
        // One unit per line lives until the dialogue pass; its size sets much of the peak
        // memory on line-dense input.
        assert!(std::mem::size_of::<Unit>() <= 32);
    }
}
