//! Documents of known structure, for property tests and for fuzzing tools built on
//! speechmark (cargo feature `generator`).
//!
//! [`document`] is a [proptest](https://docs.rs/proptest) strategy that produces briefing-style
//! texts — a title, a lead paragraph naming people, a dialogue of turns, a summary with
//! figures, a sentence with a lost link, and an empty "Further Reading" section — together
//! with [`Expected`]: what a correct parse of that text must find, with exact byte spans.
//! Every name, place and sentence is invented.
//!
//! ```
//! use proptest::strategy::{Strategy, ValueTree};
//! use proptest::test_runner::TestRunner;
//!
//! let mut runner = TestRunner::deterministic();
//! let generated = speechmark::generate::document()
//!     .new_tree(&mut runner)
//!     .unwrap()
//!     .current();
//! let doc = speechmark::parse(&generated.text);
//! assert!(doc.check(&generated.text).is_ok());
//! assert_eq!(doc.layout(), generated.expected.layout);
//! ```
//!
//! In a property test:
//!
//! ```
//! use proptest::prelude::*;
//!
//! proptest! {
//!     #![proptest_config(ProptestConfig::with_cases(8))]
//!     // `#[test]` here in a test file.
//!     fn my_tool_survives(g in speechmark::generate::document()) {
//!         let doc = speechmark::parse(&g.text);
//!         prop_assert!(doc.check(&g.text).is_ok());
//!     }
//! }
//! # my_tool_survives();
//! ```

mod expected;
mod words;
mod writer;

pub use expected::{
    Expected, ExpectedFigure, ExpectedHeading, ExpectedPlaceholder, ExpectedSpeaker, ExpectedTurn,
};

use crate::ast::Layout;
use crate::ast::PlaceholderKind;
use crate::span::Span;
use proptest::arbitrary::any;
use proptest::collection::vec;
use proptest::sample::{Index, select, subsequence};
use proptest::strategy::Strategy;
use std::ops::RangeInclusive;
use words::{
    ANCHORS, CURRENCIES, INTROS, LINK_HEADINGS, PEOPLE, PLACES, SCALES, SENTENCES,
    SUMMARY_HEADINGS, TITLES, TOPICS,
};
use writer::{Writer, label_text, person, pick, span};

/// How a turn marks its speech.
///
/// ```
/// use speechmark::generate::QuoteConvention;
/// let all = QuoteConvention::ALL;
/// assert_eq!(all.len(), 3);
/// assert!(all.contains(&QuoteConvention::Unquoted));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteConvention {
    /// The opening mark follows the label, later paragraphs carry no marks, and the closing
    /// mark stands only at the end of the last paragraph.
    Reference,
    /// Every later paragraph re-opens the quotation with an opening mark; the closing mark
    /// stands only at the end of the last paragraph.
    English,
    /// No marks: the turn runs until the next label or heading.
    Unquoted,
}

impl QuoteConvention {
    /// Every convention.
    ///
    /// ```
    /// assert_eq!(speechmark::generate::QuoteConvention::ALL[0],
    ///            speechmark::generate::QuoteConvention::Reference);
    /// ```
    pub const ALL: [QuoteConvention; 3] = [
        QuoteConvention::Reference,
        QuoteConvention::English,
        QuoteConvention::Unquoted,
    ];
}

/// What the generator may produce.
///
/// ```
/// use speechmark::generate::{Config, QuoteConvention, document_with};
/// use speechmark::Layout;
///
/// let config = Config {
///     turns: 2..=2,
///     conventions: vec![QuoteConvention::English],
///     layouts: vec![Layout::BlankLineSeparated],
///     ..Config::default()
/// };
/// let _strategy = document_with(&config);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// How many turns the dialogue has. `0..=0` gives a document without dialogue.
    pub turns: RangeInclusive<usize>,
    /// How many paragraphs each turn has (at least one is always used).
    pub paragraphs_per_turn: RangeInclusive<usize>,
    /// The quote conventions turns may use (each turn picks one). Must not be empty.
    pub conventions: Vec<QuoteConvention>,
    /// The paragraph layouts documents may use. Must not be empty.
    pub layouts: Vec<Layout>,
    /// Whether documents may use CRLF line endings (otherwise always LF).
    pub crlf: bool,
}

impl Default for Config {
    /// One to six turns of one to four paragraphs, every convention, both layouts, LF or CRLF.
    ///
    /// ```
    /// let c = speechmark::generate::Config::default();
    /// assert_eq!(c.turns, 1..=6);
    /// assert!(c.crlf);
    /// ```
    fn default() -> Self {
        Config {
            turns: 1..=6,
            paragraphs_per_turn: 1..=4,
            conventions: QuoteConvention::ALL.to_vec(),
            layouts: vec![Layout::LinePerParagraph, Layout::BlankLineSeparated],
            crlf: true,
        }
    }
}

/// A generated document: its text and what a correct parse must find in it.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let g = speechmark::generate::document().new_tree(&mut runner).unwrap().current();
/// assert!(g.text.ends_with('\n'));
/// assert!(!g.expected.headings.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generated {
    /// The document's text.
    pub text: String,
    /// What a correct parse finds in `text`.
    pub expected: Expected,
}

/// Documents from the default [`Config`].
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// for _ in 0..4 {
///     let g = speechmark::generate::document().new_tree(&mut runner).unwrap().current();
///     let doc = speechmark::parse(&g.text);
///     assert!(doc.check(&g.text).is_ok());
/// }
/// ```
pub fn document() -> impl Strategy<Value = Generated> {
    document_with(&Config::default())
}

/// Documents from the given [`Config`].
///
/// # Panics
///
/// The strategy panics when sampled if `config.conventions` or `config.layouts` is empty.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// use speechmark::generate::{Config, document_with};
///
/// let config = Config { turns: 0..=0, ..Config::default() };
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let g = document_with(&config).new_tree(&mut runner).unwrap().current();
/// assert!(g.expected.turns.is_empty());
/// ```
pub fn document_with(config: &Config) -> impl Strategy<Value = Generated> + use<> {
    plan(config).prop_map(|plan| render(&plan))
}

// ---------------------------------------------------------------------------------------
// Vocabulary. Everything here is invented for this generator.

/// Given name, surname, role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LabelForm {
    Surname,
    RoleSurname,
    FullName,
    UpperSurname,
}

const LABEL_FORMS: [LabelForm; 4] = [
    LabelForm::Surname,
    LabelForm::RoleSurname,
    LabelForm::FullName,
    LabelForm::UpperSurname,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marks {
    Curly,
    Straight,
}

impl Marks {
    fn open(self) -> &'static str {
        match self {
            Marks::Curly => "“",
            Marks::Straight => "\"",
        }
    }

    fn close(self) -> &'static str {
        match self {
            Marks::Curly => "”",
            Marks::Straight => "\"",
        }
    }
}

#[derive(Clone, Debug)]
struct ParagraphPlan {
    sentences: Vec<usize>,
    /// In the blank-line layout, break the line after the first comma that precedes a
    /// lower-case word.
    wrap: bool,
}

#[derive(Clone, Debug)]
struct TurnPlan {
    speaker: Index,
    convention: QuoteConvention,
    marks: Marks,
    paragraphs: Vec<ParagraphPlan>,
    /// In the one-paragraph-per-line layout, a blank line before the turn.
    blank_before: bool,
}

#[derive(Clone, Debug)]
struct Figures {
    template: usize,
    currency: usize,
    whole: u32,
    tenths: Option<u32>,
    scale: usize,
    percent: u32,
    year: u32,
}

#[derive(Clone, Debug)]
struct Plan {
    layout: Layout,
    crlf: bool,
    title: Option<(usize, bool)>,
    people: Vec<usize>,
    forms: Vec<LabelForm>,
    place: usize,
    topic: usize,
    intro: usize,
    turns: Vec<TurnPlan>,
    summary_heading: (usize, bool),
    figures: Figures,
    anchor: usize,
    link_heading: (usize, bool),
}

fn paragraph_plan() -> impl Strategy<Value = ParagraphPlan> {
    (vec(0..SENTENCES.len(), 1..=3), any::<bool>())
        .prop_map(|(sentences, wrap)| ParagraphPlan { sentences, wrap })
}

fn turn_plan(config: &Config) -> impl Strategy<Value = TurnPlan> + use<> {
    let paragraphs =
        *config.paragraphs_per_turn.start().max(&1)..=*config.paragraphs_per_turn.end().max(&1);
    (
        any::<Index>(),
        select(config.conventions.clone()),
        select(vec![Marks::Curly, Marks::Straight]),
        vec(paragraph_plan(), paragraphs),
        any::<bool>(),
    )
        .prop_map(
            |(speaker, convention, marks, paragraphs, blank_before)| TurnPlan {
                speaker,
                convention,
                marks,
                paragraphs,
                blank_before,
            },
        )
}

fn figures_plan() -> impl Strategy<Value = Figures> {
    (
        0..3usize,
        0..CURRENCIES.len(),
        1..1000u32,
        proptest::option::of(1..10u32),
        0..SCALES.len(),
        1..100u32,
        1990..2036u32,
    )
        .prop_map(
            |(template, currency, whole, tenths, scale, percent, year)| Figures {
                template,
                currency,
                whole,
                tenths,
                scale,
                percent,
                year,
            },
        )
}

fn plan(config: &Config) -> impl Strategy<Value = Plan> + use<> {
    let crlf = if config.crlf {
        any::<bool>().boxed()
    } else {
        proptest::strategy::Just(false).boxed()
    };
    (
        (select(config.layouts.clone()), crlf),
        proptest::option::of((0..TITLES.len(), any::<bool>())),
        subsequence((0..PEOPLE.len()).collect::<Vec<_>>(), 2..=3).prop_shuffle(),
        vec(select(LABEL_FORMS.to_vec()), 3),
        (0..PLACES.len(), 0..TOPICS.len(), 0..INTROS.len()),
        vec(turn_plan(config), config.turns.clone()),
        (0..SUMMARY_HEADINGS.len(), any::<bool>()),
        figures_plan(),
        0..ANCHORS.len(),
        (0..LINK_HEADINGS.len(), any::<bool>()),
    )
        .prop_map(
            |(
                (layout, crlf),
                title,
                people,
                forms,
                (place, topic, intro),
                turns,
                summary_heading,
                figures,
                anchor,
                link_heading,
            )| Plan {
                layout,
                crlf,
                title,
                people,
                forms,
                place,
                topic,
                intro,
                turns,
                summary_heading,
                figures,
                anchor,
                link_heading,
            },
        )
}

// ---------------------------------------------------------------------------------------
// Rendering a plan into text and expectations.

fn render(plan: &Plan) -> Generated {
    let mut w = Writer {
        text: String::new(),
        newline: if plan.crlf { "\r\n" } else { "\n" },
        layout: plan.layout,
    };
    let mut headings = Vec::new();
    let mut paragraphs = Vec::new();

    if let Some((title, atx)) = plan.title {
        let title = pick(TITLES, title).unwrap_or("Talks");
        headings.push(w.heading(title, atx, None));
        w.blank_line();
    }

    // The lead: every person, with role and full name.
    let people: Vec<_> = plan.people.iter().map(|&i| person(i)).collect();
    let full = |p: (&str, &str, &str)| format!("{} {} {}", p.2, p.0, p.1);
    let mut lead = String::new();
    if let [a, b, rest @ ..] = people.as_slice() {
        lead = format!(
            "{} met {} in {} for talks on {}.",
            full(*a),
            full(*b),
            pick(PLACES, plan.place).unwrap_or("Veltria"),
            pick(TOPICS, plan.topic).unwrap_or("trade"),
        );
        for c in rest {
            lead.push_str(&format!(" {} also took part.", full(*c)));
        }
    }
    paragraphs.push(w.push(&lead));
    // In the one-paragraph-per-line layout the intro follows on the next line: that pair of
    // lines is what tells the layout apart from the blank-line one.
    w.paragraph_break();
    paragraphs.push(w.push(pick(INTROS, plan.intro).unwrap_or("They spoke.")));

    let mut turns = Vec::new();
    let mut speakers: Vec<ExpectedSpeaker> = Vec::new();
    for turn in &plan.turns {
        if turn.blank_before && plan.layout == Layout::LinePerParagraph {
            w.line_break();
        }
        w.paragraph_break();
        let who = turn.speaker.index(people.len().max(1));
        let p = people.get(who).copied().unwrap_or(person(0));
        let form = plan.forms.get(who).copied().unwrap_or(LabelForm::Surname);
        let name_text = label_text(p, form);
        let name = w.push(&name_text);
        let colon = w.push(":");
        let label = name.cover(colon);
        w.push(" ");
        match speakers.iter_mut().find(|s| s.label == name_text) {
            Some(s) => s.labels.push(label),
            None => speakers.push(ExpectedSpeaker {
                label: name_text.clone(),
                full_name: format!("{} {}", p.0, p.1),
                role: p.2.to_string(),
                labels: vec![label],
            }),
        }
        let quoted = turn.convention != QuoteConvention::Unquoted;
        let open = quoted.then(|| w.push(turn.marks.open()));
        let mut reopen = Vec::new();
        let mut spans = Vec::new();
        for (k, para) in turn.paragraphs.iter().enumerate() {
            if k > 0 {
                w.paragraph_break();
                if turn.convention == QuoteConvention::English {
                    reopen.push(w.push(turn.marks.open()));
                }
            }
            spans.push(w.paragraph(para));
        }
        let close = quoted.then(|| w.push(turn.marks.close()));
        turns.push(ExpectedTurn {
            label,
            name,
            paragraphs: spans,
            open,
            reopen,
            close,
        });
    }

    // The summary, with figures.
    w.blank_line();
    let (heading, atx) = plan.summary_heading;
    headings.push(w.heading(
        pick(SUMMARY_HEADINGS, heading).unwrap_or("Summary"),
        atx,
        None,
    ));
    w.paragraph_break();
    let f = &plan.figures;
    let money = format!(
        "{}{}{} {}",
        pick(CURRENCIES, f.currency).unwrap_or("US$"),
        f.whole,
        f.tenths.map(|t| format!(".{t}")).unwrap_or_default(),
        pick(SCALES, f.scale).unwrap_or("million"),
    );
    let percent = format!("{}%", f.percent);
    let year = f.year.to_string();
    let start = w.text.len();
    let mut figures = Vec::new();
    let mut figure = |w: &mut Writer, text: &str| {
        figures.push(ExpectedFigure {
            span: w.push(text),
            text: text.to_string(),
        });
    };
    match f.template % 3 {
        0 => {
            w.push("Trade between the partners reached ");
            figure(&mut w, &money);
            w.push(" in ");
            figure(&mut w, &year);
            w.push(", up ");
            figure(&mut w, &percent);
            w.push(" over the period.");
        }
        1 => {
            w.push("In ");
            figure(&mut w, &year);
            w.push(" the joint fund grew by ");
            figure(&mut w, &percent);
            w.push(" to ");
            figure(&mut w, &money);
            w.push(".");
        }
        _ => {
            w.push("Investment in the harbour rose to ");
            figure(&mut w, &money);
            w.push(" in ");
            figure(&mut w, &year);
            w.push(", a rise of ");
            figure(&mut w, &percent);
            w.push(".");
        }
    }
    paragraphs.push(span(start, w.text.len()));

    // A sentence whose link was lost.
    w.paragraph_break();
    let (before, anchor, after) =
        pick(ANCHORS, plan.anchor).unwrap_or(("Please ", "click here", "."));
    let start = w.push(before).start;
    let anchor = w.push(anchor);
    let end = w.push(after).end;
    paragraphs.push(Span::new(start, end));
    let mut placeholders = vec![ExpectedPlaceholder {
        span: anchor,
        kind: PlaceholderKind::Anchor,
    }];

    // The link section, with nothing under it.
    w.blank_line();
    let (heading, atx) = plan.link_heading;
    let section = w.heading(
        pick(LINK_HEADINGS, heading).unwrap_or("Further Reading"),
        atx,
        Some(PlaceholderKind::EmptySection),
    );
    placeholders.push(ExpectedPlaceholder {
        span: section.text,
        kind: PlaceholderKind::EmptySection,
    });
    headings.push(section);
    w.line_break();

    Generated {
        text: w.text,
        expected: Expected {
            layout: plan.layout,
            headings,
            paragraphs,
            turns,
            speakers,
            figures,
            placeholders,
        },
    }
}
