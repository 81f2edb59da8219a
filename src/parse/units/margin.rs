//! Line numbers in the margin, as court and deposition transcripts print every line:
//!
//! ```text
//!  1   BY MS. CHEN:
//!  2        Q.   Please state your name for the record.
//!  3        A.   Rosa Lind.
//! ```
//!
//! Once the text shows them (a line that opens with a number and white space, and the next
//! two lines with content numbered on from it), a line's number that continues the run is
//! read past like a lead-in, and a number alone on its line is a page marker:
//! the labels after it are found (`Q.`, `A.`, `MR. VANCE:`), and the court reporter's notes
//! (`BY MS. CHEN:`) too. The number stays in the text of its unit (the span contract keeps
//! every byte); the figure layer does not count it when a wide gap follows it (see
//! `inline::figure::skip`: `4 about 140 drivers` cannot be told from a count by itself).

use super::{Units, next_content};
use crate::parse::label;

impl Units<'_> {
    /// Reads the number in the margin of `content`, a line of a text that numbers its lines:
    /// it is read past when it continues the run (the last plus one, or a new page's 1;
    /// `10 Downing Street:` after a run that stopped at 3 is a line of its own).
    pub(super) fn number(&mut self, content: &str) {
        let n = label::margin(content)
            .map(|(_, _, n)| n)
            .or_else(|| content.parse::<u8>().ok().filter(|_| content.len() <= 2));
        let seen = &mut self.seen;
        // The run's first line may carry any number (a page that starts at line 5).
        let first = seen.last_number == 0;
        seen.numbered =
            n.is_some_and(|n| first || n == 1 || Some(n) == seen.last_number.checked_add(1));
        if let Some(n) = n {
            seen.last_number = n;
        }
    }

    /// Whether `content`, a line that opens with a number in a margin, starts a run of
    /// numbered lines: the next two lines with content carry the next two numbers (alone,
    /// when a line holds nothing else).
    #[cold]
    pub(super) fn margins_start(&self, content: &str) -> bool {
        let Some((_, _, n)) = label::margin(content) else {
            return false;
        };
        let mut lines = self.lines.clone();
        let mut want = n;
        for _ in 0..2 {
            let Some(next) = next_content(self.text, &mut lines) else {
                return false;
            };
            want = want.saturating_add(1);
            let number = label::margin(next)
                .map(|(_, _, m)| m)
                .or_else(|| next.parse::<u8>().ok());
            if number != Some(want) {
                return false;
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use crate::ast::Layout;
    use crate::parse::units::{Class, units};

    #[test]
    fn labels_after_line_numbers() {
        let text = " 1   BY MS. CHEN:\n 2        Q.   Please state your name.\n \
                    3        A.   Rosa Lind.\n 4        Q.   Where do you live?\n \
                    5        A.   On the hill, with two\n 6   other workers.\n";
        let classes: Vec<&str> = units(text, Layout::BlankLineSeparated)
            .iter()
            .map(|u| match u.class {
                Class::Label(_) => "label",
                Class::Narration => "narration",
                Class::Text => "text",
                _ => "other",
            })
            .collect();
        // The wrapped answer's second line joins it.
        assert_eq!(classes, ["narration", "label", "label", "label", "label"]);
    }

    #[test]
    fn a_number_that_breaks_the_run_is_text() {
        // The run stops at 3; `10 Downing Street:` is no line 10 of it.
        let text = "1 Q. Why?\n2 A. Because.\n3 Q. When?\n\n10 Downing Street: No comment.\n";
        let labels = units(text, Layout::LinePerParagraph)
            .iter()
            .filter(|u| matches!(u.class, Class::Label(_)))
            .count();
        assert_eq!(labels, 3);
    }

    #[test]
    fn numbered_lines_that_are_not_margins() {
        // Two numbered lines only, and a list: no margin is read, no label found.
        let text = "1  Costs: rising.\n2  Wages: flat.\n\nThe end.\n";
        let found = units(text, Layout::LinePerParagraph)
            .iter()
            .any(|u| matches!(u.class, Class::Label(_)));
        assert!(!found);
    }
}
