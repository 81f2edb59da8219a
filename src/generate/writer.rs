//! Writing a planned document out: the text, and the spans of what it holds.

use super::words::{PEOPLE, SENTENCES};
use super::{ExpectedHeading, LabelForm, ParagraphPlan};
use crate::ast::{Layout, PlaceholderKind};
use crate::span::Span;

pub(super) fn span(start: usize, end: usize) -> Span {
    let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Span::new(clamp(start), clamp(end))
}

pub(super) struct Writer {
    pub(super) text: String,
    pub(super) newline: &'static str,
    pub(super) layout: Layout,
}

impl Writer {
    pub(super) fn push(&mut self, s: &str) -> Span {
        let start = self.text.len();
        self.text.push_str(s);
        span(start, self.text.len())
    }

    pub(super) fn line_break(&mut self) {
        self.text.push_str(self.newline);
    }

    /// What stands between two paragraphs (or blocks) of the layout.
    pub(super) fn paragraph_break(&mut self) {
        self.line_break();
        if self.layout == Layout::BlankLineSeparated {
            self.line_break();
        }
    }

    pub(super) fn blank_line(&mut self) {
        self.line_break();
        self.line_break();
    }

    pub(super) fn heading(
        &mut self,
        title: &str,
        atx: bool,
        placeholder: Option<PlaceholderKind>,
    ) -> ExpectedHeading {
        let start = self.text.len();
        if atx {
            self.push("## ");
        }
        let text = self.push(title);
        ExpectedHeading {
            span: span(start, self.text.len()),
            text,
            level: atx.then_some(2),
            placeholder,
        }
    }

    /// A paragraph's text; in the blank-line layout, possibly hard-wrapped at a comma.
    pub(super) fn paragraph(&mut self, plan: &ParagraphPlan) -> Span {
        let body: Vec<&str> = plan
            .sentences
            .iter()
            .filter_map(|&i| SENTENCES.get(i).copied())
            .collect();
        let mut body = body.join(" ");
        if plan.wrap && self.layout == Layout::BlankLineSeparated {
            let wrap_at = body.match_indices(", ").map(|(i, _)| i).find(|&i| {
                body.get(i + 2..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(char::is_lowercase)
            });
            if let Some(i) = wrap_at {
                body.replace_range(i + 1..i + 2, self.newline);
            }
        }
        self.push(&body)
    }
}

pub(super) fn person(i: usize) -> (&'static str, &'static str, &'static str) {
    PEOPLE
        .get(i)
        .copied()
        .unwrap_or(("Ilsa", "Marwick", "Prime Minister"))
}

pub(super) fn label_text(person: (&str, &str, &str), form: LabelForm) -> String {
    let (given, surname, role) = person;
    match form {
        LabelForm::Surname => surname.to_string(),
        LabelForm::RoleSurname => format!("{role} {surname}"),
        LabelForm::FullName => format!("{given} {surname}"),
        LabelForm::UpperSurname => surname.to_uppercase(),
    }
}

pub(super) fn pick<T: Copy>(list: &[T], i: usize) -> Option<T> {
    list.get(i % list.len().max(1)).copied()
}
