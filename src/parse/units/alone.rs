//! Names alone on their line, taken for labels once the text shows the habit: a script or a
//! podcast transcript names each speaker on a line of their own, the speech below, and the
//! same names come back turn after turn:
//!
//! ```text
//! MAYOR OKONJO
//! We open the session.
//! COUNCILLOR BRANDT
//! I object.
//! MAYOR OKONJO
//! Noted.
//! ```
//!
//! A line of that shape ([`label::name_alone`]) with speech after it is a label when the
//! lines from it on (up to [`LOOK`] of them) hold at least three such lines, two names or
//! more, and its own name again; the lines of that shape before the first name that comes
//! back are titles. A title has the shape too (`COUNCIL SESSION`, `Summary`),
//! but titles do not come back: a text of titles and paragraphs shows no habit. Once the
//! habit is shown, every later name alone with speech after it is a label, even a name
//! heard once.
//!
//! A text that has labelled a turn with a colon (`Ana Ruiz: …`) keeps to that style: there
//! names alone are not looked for.
//!
//! The look ahead reads at most [`LOOK`] lines; when it finds no habit, no other look ahead
//! starts before its last line, and when it finds the habit starting further on, the next
//! starts there (and reads on past the first one's end): every line is read at most three
//! times.

use super::Units;
use crate::parse::label::{self, LabelMatch};
use crate::parse::lines::{Lines, trim_line};

/// How many lines with content a look ahead reads.
const LOOK: usize = 48;

/// How many names alone a look ahead keeps to compare.
const KEEP: usize = 16;

/// What the units pass knows about names alone so far.
#[derive(Default)]
pub(super) struct AloneNames {
    /// The text labels its turns with names alone: every later one is a label.
    habit: bool,
    /// No look ahead starts before this offset: a look ahead that found no habit read the
    /// lines up to it, or found that the habit starts there.
    quiet_until: usize,
}

impl<'t> Units<'t> {
    /// The label of `content`, the line at `start` that the line's own grammars took for a
    /// title or text, when it is a name alone that labels a turn (see the module's doc).
    #[inline]
    pub(super) fn alone_label(&mut self, content: &str, start: usize) -> Option<LabelMatch> {
        // Most lines are long or end with a stop: two bytes say so.
        let m = label::name_alone(content)?;
        let text = self.text;
        let mut rest = self.lines.clone();
        if !speech_next(text, &mut rest) {
            return None;
        }
        if !self.alone.habit {
            if start < self.alone.quiet_until {
                return None;
            }
            match look_ahead(text, content, self.lines.clone()) {
                Ahead::Habit => self.alone.habit = true,
                // The habit starts further on, at a name that comes back: the lines before
                // it are titles (`COUNCIL SESSION`, `AGENDA`), and the next look ahead
                // starts there.
                Ahead::Later(at) | Ahead::No(at) => {
                    self.alone.quiet_until = at;
                    return None;
                }
            }
        }
        Some(m)
    }
}

/// What a look ahead found.
#[derive(Debug, PartialEq, Eq)]
enum Ahead {
    /// The habit, and the first name among those that come back.
    Habit,
    /// The habit, from the name alone on the line at this offset on.
    Later(usize),
    /// No habit, in the lines up to this offset.
    No(usize),
}

/// Whether the next line with content in `lines` is speech: there is one, and it is no name
/// alone itself. `lines` is left after it.
fn speech_next(text: &str, lines: &mut Lines<'_>) -> bool {
    next_content(text, lines).is_some_and(|l| label::name_alone(l).is_none())
}

/// The next line of `lines` with content, trimmed.
fn next_content<'t>(text: &'t str, lines: &mut Lines<'_>) -> Option<&'t str> {
    lines.find_map(|l| {
        let (a, b) = trim_line(text, l.start, l.end);
        (a < b).then(|| text.get(a..b).unwrap_or(""))
    })
}

/// Reads up to [`LOOK`] lines with content of `lines` (the lines after `first`, a name
/// alone with speech after it) for the names alone with speech after them, and says whether
/// they show the habit: three names or more, two different, one that comes back.
fn look_ahead(text: &str, first: &str, mut lines: Lines<'_>) -> Ahead {
    // The names, with the offset of their lines (`first`'s is never needed).
    let mut names: [(&str, usize); KEEP] = [("", 0); KEEP];
    names[0] = (first, 0);
    let (mut found, mut read) = (1, 0);
    let mut candidate: Option<(&str, usize)> = None;
    let mut reached = 0;
    while read < LOOK {
        let Some(line) = lines.next() else { break };
        reached = line.end;
        let (a, b) = trim_line(text, line.start, line.end);
        let Some(content) = text.get(a..b).filter(|c| !c.is_empty()) else {
            continue;
        };
        read += 1;
        let alone = label::name_alone(content).is_some();
        // The line before was a name alone, and this one is its speech.
        if let Some(name) = candidate.take().filter(|_| !alone) {
            if let Some(slot) = names.get_mut(found) {
                *slot = name;
                found += 1;
            }
        }
        if alone {
            candidate = Some((content, a));
        }
    }
    let names = names.get(..found).unwrap_or_default();
    let comes_back = |k: usize| {
        names
            .get(k)
            .is_some_and(|(n, _)| names.iter().enumerate().any(|(j, (m, _))| j != k && m == n))
    };
    let distinct = names.iter().any(|(n, _)| *n != first);
    match (0..found).find(|&k| comes_back(k)) {
        Some(k) if found >= 3 && distinct => match names.get(k) {
            Some(&(_, at)) if k > 0 => Ahead::Later(at),
            _ => Ahead::Habit,
        },
        _ => Ahead::No(reached),
    }
}

#[cfg(test)]
mod tests {
    use crate::ast::Layout;
    use crate::parse::units::{Class, units};

    /// The classes of the units of `text`, `L` for a label, `H` a heading, `T` text.
    fn classes(text: &str, layout: Layout) -> String {
        units(text, layout)
            .iter()
            .map(|u| match u.class {
                Class::Label(_) => 'L',
                Class::Heading { .. } => 'H',
                Class::Text => 'T',
                _ => '?',
            })
            .collect()
    }

    const SCRIPT: &str = "COUNCIL SESSION\nMAYOR OKONJO\nWe open the session.\n\
        COUNCILLOR BRANDT\nI object.\nMAYOR OKONJO\nNoted.\n";

    #[test]
    fn names_that_come_back_are_labels() {
        // The title does not come back: it stays a title.
        assert_eq!(classes(SCRIPT, Layout::LinePerParagraph), "HLTLTLT");
    }

    #[test]
    fn blank_lines_around_the_speech() {
        let text = "Ira Glass\n\nWelcome to the show.\n\nDana Ruiz\n\nThanks.\n\n\
            Ira Glass\n\nLet us begin.\n";
        assert_eq!(classes(text, Layout::BlankLineSeparated), "LTLTLT");
        // Hard-wrapped: the speech joins its name's unit.
        let wrapped = "Ira Glass\nWelcome to the show.\n\nDana Ruiz\nThanks.\n\n\
            Ira Glass\nLet us begin.\n";
        assert_eq!(classes(wrapped, Layout::BlankLineSeparated), "LLL");
    }

    #[test]
    fn titles_before_the_first_name_that_comes_back() {
        // `AGENDA` comes after a title whose look ahead saw the habit start further on: it
        // is a title too.
        let text = "COUNCIL SESSION\nWe meet.\nAGENDA\nThe levy.\nANA\nHello.\nBEN\nHi.\n\
            ANA\nBye.\n";
        assert_eq!(classes(text, Layout::LinePerParagraph), "HTHTLTLTLT");
    }

    #[test]
    fn a_name_heard_once_after_the_habit_is_shown() {
        let text = "ANA\nHello.\nBEN\nHi.\nANA\nBye.\nCLERK\nOrder.\n";
        assert_eq!(classes(text, Layout::LinePerParagraph), "LTLTLTLT");
    }

    #[test]
    fn titles_that_do_not_come_back_stay_titles() {
        let text = "SUMMARY\nThe levy rose.\nBACKGROUND\nIt fell before.\nOUTLOOK\nFlat.\n";
        assert_eq!(classes(text, Layout::LinePerParagraph), "HTHTHT");
    }

    #[test]
    fn one_name_coming_back_is_no_habit() {
        // A live blog's `UPDATE` over each entry: one name, no dialogue.
        let text = "UPDATE\nThe vote is delayed.\nUPDATE\nThe vote is on.\nUPDATE\nIt passed.\n";
        assert_eq!(classes(text, Layout::LinePerParagraph), "HTHTHT");
    }

    #[test]
    fn a_list_of_names_is_no_dialogue() {
        // Each name is followed by another: none has speech below it.
        let text = "Attending\nANA RUIZ\nBEN OKAFOR\nANA RUIZ\nBEN OKAFOR\nThe end.\n";
        assert!(!classes(text, Layout::LinePerParagraph).contains('L'));
    }
}
