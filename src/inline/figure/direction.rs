//! The word next to a figure that says which way something moved. The figure's value keeps
//! the sign it was written with (`a 3% decline` is 3, down); the word is noted beside it.
//!
//! ```text
//! direction ::= dir_before (ws link){0,2} ws figure      -- fell 5%, fell by about 5%, a rise of 3%
//!             | figure ws dir_after                      -- a 3% decline, 5% higher
//! ```

use super::scan::Scanner;
use super::words;
use crate::ast::{Direction, Figure, FigureKind};

impl Scanner<'_> {
    /// Notes the direction word of the figure found at tokens `i..next`, if it has one.
    pub(super) fn direction(&self, f: &mut Figure, i: usize, next: usize) {
        if !matches!(
            f.figure,
            FigureKind::Percent
                | FigureKind::PercentagePoints
                | FigureKind::Money
                | FigureKind::Quantity
                | FigureKind::Count
                | FigureKind::Fraction
        ) {
            return;
        }
        if self.word(next) && self.gap(next) {
            if let Some(sense) = words::direction_after(self.lw(next).as_str()) {
                f.direction = Some(Direction {
                    span: self.span(next, next + 1),
                    sense,
                });
                return;
            }
        }
        let mut p = i;
        for _ in 0..3 {
            let Some(q) = p.checked_sub(1) else { return };
            if !(self.word(q) && self.gap(p)) {
                return;
            }
            let lw = self.lw(q);
            if let Some(sense) = words::direction_before(lw.as_str()) {
                f.direction = Some(Direction {
                    span: self.span(q, q + 1),
                    sense,
                });
                return;
            }
            if !words::direction_link(lw.as_str()) {
                return;
            }
            p = q;
        }
    }
}
