//! The anchor pass (placeholder: the whole sentence is one window).

/// A part of a sentence to tokenise: `start` is 0 or follows white space, `end` is the end
/// of the sentence or precedes white space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Window {
    pub start: usize,
    pub end: usize,
}

pub(super) fn windows(text: &str, out: &mut Vec<Window>) {
    if !text.is_empty() {
        out.push(Window {
            start: 0,
            end: text.len(),
        });
    }
}
