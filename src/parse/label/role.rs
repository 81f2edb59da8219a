//! A role alone on a line: the transcript of an earnings call or a panel names some speakers
//! by their role only, on a line of their own, with the speech below:
//!
//! ```text
//! Operator
//!
//! Good day, and welcome to the third-quarter call.
//! ```
//!
//! Only a short list of roles is taken (`words::role_alone`): a one-word line is far more
//! often a heading (`Summary`, `Background`).

use super::LabelMatch;
use super::words::{self, Lower};
use crate::ast::LabelStyle;

/// Recognises a role alone on a line: `line` must be the whole line.
///
/// ```text
/// role_label ::= role        -- the whole line, any case: `words::role_alone`
/// ```
///
/// The name is the whole line; the punctuation is an empty span at its end.
pub(crate) fn role_label(line: &str) -> Option<LabelMatch> {
    // Every role starts with a letter and is short (`Lower` holds 24 bytes); most lines are
    // longer.
    if line.len() > 24
        || !line.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        || !words::role_alone(Lower::new(line).as_bytes())
    {
        return None;
    }
    LabelMatch::new(
        (0, line.len()),
        None,
        (line.len(), line.len()),
        LabelStyle::Generic,
    )
}

#[cfg(test)]
mod tests {
    use super::role_label;

    #[test]
    fn roles_alone_on_a_line() {
        // `Operator` is 8 bytes: the punctuation is the empty span at its end.
        let m = role_label("Operator");
        assert_eq!(m.map(|m| (m.name(), m.punct())), Some(((0, 8), (8, 8))));
        assert!(role_label("MODERATOR").is_some());
        assert!(role_label("Unidentified Analyst").is_some());
        assert!(role_label("Unknown speaker").is_some());
    }

    #[test]
    fn other_lines_are_not() {
        assert!(role_label("Summary").is_none());
        assert!(role_label("Operator error").is_none());
        assert!(role_label("The operator").is_none());
        assert!(role_label("Operator:").is_none());
    }
}
