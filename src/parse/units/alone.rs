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
//! back are titles. A title has the shape too (`COUNCIL SESSION`, `SUMMARY`), but titles do
//! not come back: a text of titles and paragraphs shows no habit.
//!
//! The names taken are the cast. Once there is one, a name of the cast is a label at once,
//! and a name heard for the first time is one when its own name comes back or a name of the
//! cast follows it within the look ahead (`ANNOUNCER`, heard once between two turns); a
//! title after the dialogue (`METHODS` over an article that follows a transcript) is
//! neither.
//!
//! A member of Parliament named with a seat and a party in brackets, or an office and its
//! holder (Hansard's web pages: `Sir Geoffrey Clandon (North Dorset) (Con)`, `The Minister
//! for Energy Security (Rebecca Fanshawe)`, [`label::member_alone`]), needs no habit: with
//! speech after it, it is a label by itself.
//!
//! Speech after the name is a line that is no name alone itself, nor, one paragraph a line,
//! a title (the speech must be the turn's). A text that has labelled three turns with colons
//! (`Ana Ruiz: …`) keeps to that style: there names alone are not looked for.
//!
//! The look ahead reads at most [`LOOK`] lines. When it finds no habit, the next one starts
//! at the first name alone in the second half of the lines it read (a script that starts
//! there is seen whole), or past them; when it finds the habit starting further on, the next
//! starts there. Every line is read a bounded number of times.

use super::{Units, next_content};
use crate::ast::Layout;
use crate::parse::heading;
use crate::parse::label::{self, LabelMatch};
use crate::parse::lines::{Lines, trim_line};

/// How many lines with content a look ahead reads.
const LOOK: usize = 48;

/// How many names alone a look ahead keeps to compare.
const KEEP: usize = 16;

/// How many names the cast holds (a script's speakers are few; more are not remembered).
const CAST: usize = 32;

/// What the units pass knows about names alone so far.
#[derive(Default)]
pub(super) struct AloneNames<'t> {
    /// The names taken for labels so far.
    cast: Vec<&'t str>,
    /// No look ahead starts before this offset (see the module's doc).
    quiet_until: usize,
}

impl<'t> Units<'t> {
    /// The label of `content`, the line at `start` that the line's own grammars took for a
    /// title or text, when it is a name alone that labels a turn (see the module's doc).
    #[inline]
    pub(super) fn alone_label(&mut self, content: &'t str, start: usize) -> Option<LabelMatch> {
        // A member with a seat and a party, or an office and its holder, needs no habit; the
        // member's name, or the holder's, joins the cast (Hansard names a member in full
        // once, then by the name alone).
        if let Some(m) = label::member_alone(content) {
            if !self.speech_next() {
                return None;
            }
            let (a, b) = m.name();
            let holder = m
                .aside()
                .and_then(|(x, y)| content.get(x + 1..y.saturating_sub(1)));
            // The holder when the brackets hold a name alone (`(Rebecca Fanshawe)`); the
            // member otherwise (`Sir Geoffrey Clandon (North Dorset) (Con)`).
            let named = match holder {
                Some(h) if content.starts_with("The ") && !h.contains('(') => Some(h),
                _ => content.get(a..b),
            };
            if let Some(n) = named.filter(|_| self.alone.cast.len() < CAST) {
                self.alone.cast.push(n);
            }
            return Some(m);
        }
        // Most lines are long or end with a stop: two bytes say so.
        let m = label::name_alone(content)?;
        if !self.speech_next() {
            return None;
        }
        if self.alone.cast.contains(&content) {
            return Some(m);
        }
        if start < self.alone.quiet_until {
            return None;
        }
        match look_ahead(self.text, content, self.lines.clone(), &self.alone.cast) {
            Ahead::Label => {
                if self.alone.cast.len() < CAST {
                    self.alone.cast.push(content);
                }
                Some(m)
            }
            Ahead::Later(at) | Ahead::No(at) => {
                self.alone.quiet_until = at;
                None
            }
        }
    }

    /// Whether the next line with content is speech: there is one, it is no name alone
    /// itself, and one paragraph a line, it is no title either.
    fn speech_next(&self) -> bool {
        let Some(next) = next_content(self.text, &mut self.lines.clone()) else {
            return false;
        };
        label::name_alone(next).is_none()
            && (self.layout != Layout::LinePerParagraph || heading::bare(next).is_none())
    }
}

/// What a look ahead found.
#[derive(Debug, PartialEq, Eq)]
enum Ahead {
    /// The line is a label.
    Label,
    /// The habit, from the name alone on the line at this offset on.
    Later(usize),
    /// No label: no look ahead before this offset.
    No(usize),
}

/// A name alone with speech after it, found by a look ahead.
#[derive(Clone, Copy, Default)]
struct Seen<'a> {
    name: &'a str,
    /// Where its line starts.
    at: usize,
    /// How many lines with content the look ahead had read before it.
    read: usize,
}

/// Reads up to [`LOOK`] lines with content of `lines` (the lines after `first`, a name
/// alone with speech after it) for the names alone with speech after them, and says what
/// `first` is (see the module's doc); `cast` holds the names taken so far.
fn look_ahead(text: &str, first: &str, mut lines: Lines<'_>, cast: &[&str]) -> Ahead {
    let mut names = [Seen::default(); KEEP];
    names[0].name = first;
    let (mut found, mut read) = (1, 0);
    let mut candidate: Option<Seen<'_>> = None;
    let mut reached = 0;
    while read < LOOK {
        let Some(line) = lines.next() else { break };
        reached = line.end;
        let (a, b) = trim_line(text, line.start, line.end);
        let Some(content) = text.get(a..b).filter(|c| !c.is_empty()) else {
            continue;
        };
        let alone = label::name_alone(content).is_some();
        // The line before was a name alone, and this one is its speech.
        if let Some(name) = candidate.take().filter(|_| !alone) {
            if let Some(slot) = names.get_mut(found) {
                *slot = name;
                found += 1;
            }
        }
        if alone {
            candidate = Some(Seen {
                name: content,
                at: a,
                read,
            });
        }
        read += 1;
    }
    let names = names.get(..found).unwrap_or_default();
    let comes_back = |k: usize| {
        names.get(k).is_some_and(|n| {
            names
                .iter()
                .enumerate()
                .any(|(j, m)| j != k && m.name == n.name)
        })
    };
    // Where the next look ahead starts when this one finds nothing.
    let next = names
        .iter()
        .skip(1)
        .find(|n| n.read >= LOOK / 2)
        .map_or(reached, |n| n.at);
    if !cast.is_empty() {
        let dialogue_goes_on = names.iter().skip(1).any(|n| cast.contains(&n.name));
        return if comes_back(0) || dialogue_goes_on {
            Ahead::Label
        } else {
            Ahead::No(next)
        };
    }
    let habit = found >= 3 && names.iter().any(|n| n.name != first);
    match (0..found).find(|&k| comes_back(k)) {
        Some(0) if habit => Ahead::Label,
        Some(k) if habit => names.get(k).map_or(Ahead::No(next), |n| Ahead::Later(n.at)),
        _ => Ahead::No(next),
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
    fn members_named_in_full_then_by_name() {
        let text = "Sir Ada Holt (Bath) (LD)\nWhy?\nThe Minister for Ports (Ben Okafor)\nBecause.\n\
            Sir Ada Holt\nWhy not?\nBen Okafor\nNo.\n";
        assert_eq!(classes(text, Layout::LinePerParagraph), "LTLTLTLT");
    }

    #[test]
    fn a_name_heard_once_between_turns() {
        let text = "ANA\nHello.\nBEN\nHi.\nCLERK\nOrder.\nANA\nBye.\n";
        assert_eq!(classes(text, Layout::LinePerParagraph), "LTLTLTLT");
    }

    #[test]
    fn a_title_after_the_dialogue() {
        // Heard once, and no name of the cast after it: an article after the transcript.
        let text = "ANA\nHello.\nBEN\nHi.\nANA\nBye.\nMETHODS\nWe surveyed people.\n";
        assert_eq!(classes(text, Layout::LinePerParagraph), "LTLTLTHT");
    }

    #[test]
    fn a_script_that_starts_late_in_a_look_ahead() {
        // The first look ahead, from `OVERVIEW`, reads 48 lines and sees the script's first
        // two names only; the next starts at the first of them.
        let mut text = String::from("OVERVIEW\n");
        text.push_str(&"The plan is long.\n".repeat(44));
        text.push_str("ANA RUIZ\nWe start.\nBEN OKAFOR\nFine.\nANA RUIZ\nGood.\n");
        let classes = classes(&text, Layout::LinePerParagraph);
        assert_eq!(classes.get(45..), Some("LTLTLT"));
    }

    #[test]
    fn speech_that_is_a_title_by_itself() {
        // One paragraph a line, the line under the name would be a title of its own: the
        // name is no label (the turn would be empty).
        let text = "ANA RUIZ\nGood Morning\nBEN OKAFOR\nHi.\nANA RUIZ\nBye.\n";
        assert!(classes(text, Layout::LinePerParagraph).starts_with("HH"));
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
