//! Detecting the paragraph layout: one paragraph per line, or blank-line separated and
//! hard-wrapped.

use super::lines::Lines;
use crate::ast::Layout;
use crate::lexical::is_space;

/// Looks at consecutive non-blank lines. In hard-wrapped text many of them break mid-sentence:
/// the first ends without closing punctuation and the next starts in lower case. Web copy
/// almost never does that. Text whose paragraphs are all separated by blank lines is also
/// read as blank-line separated, so that a turn may run over several of them.
pub(crate) fn detect(text: &str) -> Layout {
    let mut pairs = 0usize;
    let mut wrapped_pairs = 0usize;
    let mut blanks = 0usize;
    let mut prev: Option<&str> = None;
    for line in Lines::new(text) {
        let content = text
            .get(line.start..line.end)
            .unwrap_or("")
            .trim_matches(is_space);
        if content.is_empty() {
            blanks += 1;
            prev = None;
            continue;
        }
        if let Some(p) = prev {
            pairs += 1;
            if breaks_mid_sentence(p, content) {
                wrapped_pairs += 1;
            }
        }
        prev = Some(content);
    }
    let wrapped = wrapped_pairs > 0 && wrapped_pairs * 5 >= pairs;
    if wrapped || (pairs == 0 && blanks > 0) {
        Layout::BlankLineSeparated
    } else {
        Layout::LinePerParagraph
    }
}

fn breaks_mid_sentence(first: &str, next: &str) -> bool {
    let ends_open = first
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | '-' | '–' | '—'));
    let continues = next.chars().next().is_some_and(char::is_lowercase);
    ends_open && continues
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_copy_is_one_paragraph_per_line() {
        let t = "Title\n\nLead text here.\nPutin: Hello there.\nSharif: Hello.\n";
        assert_eq!(detect(t), Layout::LinePerParagraph);
        assert_eq!(detect(""), Layout::LinePerParagraph);
        assert_eq!(detect("One line"), Layout::LinePerParagraph);
    }

    #[test]
    fn wrapped_text_is_blank_line_separated() {
        let t =
            "The minister said that the\ntalks would go on for\nanother week.\n\nQ: And then?\n";
        assert_eq!(detect(t), Layout::BlankLineSeparated);
        assert_eq!(
            detect("Q: Why?\n\nA: Because.\n"),
            Layout::BlankLineSeparated
        );
    }
}
