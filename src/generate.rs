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

use crate::ast::Layout;
use crate::ast::PlaceholderKind;
use crate::span::Span;
use proptest::arbitrary::any;
use proptest::collection::vec;
use proptest::sample::{Index, select, subsequence};
use proptest::strategy::Strategy;
use std::ops::RangeInclusive;

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

/// What a correct parse of a generated document finds. Spans are byte ranges into
/// [`Generated::text`], as in the parsed tree.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let g = speechmark::generate::document().new_tree(&mut runner).unwrap().current();
/// let e = &g.expected;
/// // Every turn's label belongs to one of the speakers.
/// for turn in &e.turns {
///     assert!(e.speakers.iter().any(|s| s.labels.contains(&turn.label)));
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    /// The paragraph layout the text uses (and that detection must find).
    pub layout: Layout,
    /// Every heading, in order.
    pub headings: Vec<ExpectedHeading>,
    /// The narrative paragraphs (top-level paragraphs, not inside turns), in order.
    pub paragraphs: Vec<Span>,
    /// The turns of the one dialogue, in order; empty when the document has no dialogue.
    pub turns: Vec<ExpectedTurn>,
    /// One entry per person who speaks, in order of their first turn.
    pub speakers: Vec<ExpectedSpeaker>,
    /// The figures of the summary, in order.
    pub figures: Vec<ExpectedFigure>,
    /// The link placeholders, in order: inline anchors such as `click here`, and the title of
    /// the empty link section at the end (which is also in [`Expected::headings`], with its
    /// `placeholder` set).
    pub placeholders: Vec<ExpectedPlaceholder>,
}

/// A heading a correct parse finds.
///
/// ```
/// use speechmark::generate::ExpectedHeading;
/// use speechmark::Span;
/// let h = ExpectedHeading { span: Span::new(0, 10), text: Span::new(3, 10), level: Some(2), placeholder: None };
/// assert_eq!(h.text.slice("## Summary"), Some("Summary"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedHeading {
    /// The whole line.
    pub span: Span,
    /// The title without `#` markers.
    pub text: Span,
    /// The number of `#` markers, or `None` for a bare title line.
    pub level: Option<u8>,
    /// `Some(EmptySection)` for the link section with nothing under it.
    pub placeholder: Option<PlaceholderKind>,
}

/// A turn a correct parse finds.
///
/// ```
/// use speechmark::generate::ExpectedTurn;
/// use speechmark::Span;
/// let text = "Quist: Yes.";
/// let t = ExpectedTurn {
///     label: Span::new(0, 6), name: Span::new(0, 5), paragraphs: vec![Span::new(7, 11)],
///     open: None, reopen: vec![], close: None,
/// };
/// assert_eq!(t.name.slice(text), Some("Quist"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedTurn {
    /// The whole label, colon included.
    pub label: Span,
    /// The name as printed in the label (title included, colon excluded).
    pub name: Span,
    /// The utterance's paragraphs, quotation marks excluded.
    pub paragraphs: Vec<Span>,
    /// The opening mark, for a quoted turn.
    pub open: Option<Span>,
    /// The marks that re-open the quotation (English convention).
    pub reopen: Vec<Span>,
    /// The closing mark, for a quoted turn.
    pub close: Option<Span>,
}

/// A person who speaks in the dialogue.
///
/// ```
/// use speechmark::generate::ExpectedSpeaker;
/// let s = ExpectedSpeaker {
///     label: "Quist".into(), full_name: "Arlen Quist".into(), role: "Harbour Commissioner".into(),
///     labels: vec![],
/// };
/// assert!(s.full_name.ends_with(&s.label));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedSpeaker {
    /// The name as every label of theirs prints it: `Quist`, `Harbour Commissioner Quist`,
    /// `Arlen Quist` or `QUIST`.
    pub label: String,
    /// The fullest name the lead paragraph gives.
    pub full_name: String,
    /// The role the lead paragraph gives.
    pub role: String,
    /// The span of every label of theirs (colon included), in order.
    pub labels: Vec<Span>,
}

/// A figure a correct parse finds.
///
/// ```
/// use speechmark::generate::ExpectedFigure;
/// use speechmark::Span;
/// let f = ExpectedFigure { span: Span::new(8, 22), text: "US$1.3 billion".into() };
/// assert_eq!(f.span.slice("reached US$1.3 billion"), Some("US$1.3 billion"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedFigure {
    /// The figure: amount with its currency and scale word, `40%`, or a year.
    pub span: Span,
    /// Its text, for messages.
    pub text: String,
}

/// An inline link placeholder a correct parse finds.
///
/// ```
/// use speechmark::generate::ExpectedPlaceholder;
/// use speechmark::{PlaceholderKind, Span};
/// let p = ExpectedPlaceholder { span: Span::new(7, 17), kind: PlaceholderKind::Anchor };
/// assert_eq!(p.span.slice("please click here."), Some("click here"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedPlaceholder {
    /// The anchor text, such as `click here`.
    pub span: Span,
    /// [`PlaceholderKind::Anchor`] for inline anchors, [`PlaceholderKind::EmptySection`]
    /// for the empty link section's title.
    pub kind: PlaceholderKind,
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
const PEOPLE: &[(&str, &str, &str)] = &[
    ("Ilsa", "Marwick", "Prime Minister"),
    ("Arlen", "Quist", "Harbour Commissioner"),
    ("Odile", "Fanshawe-Lyle", "Foreign Minister"),
    ("Declan", "O’Dowd", "Trade Commissioner"),
    ("Teodor", "Vasquell", "President"),
    ("Maren", "Holtby", "Energy Minister"),
    ("Ruaidh", "Penhallow", "Governor"),
    ("Sunniva", "Threlkeld", "Ambassador"),
];

const PLACES: &[&str] = &["Veltria", "Port Anselm", "Karrowmere", "Little Osk"];

const TOPICS: &[&str] = &[
    "energy and shipping",
    "fisheries",
    "rail links across the border",
    "a shared weather service",
];

const TITLES: &[&str] = &[
    "Leaders Meet in the Capital",
    "Talks on Energy and Shipping",
    "A New Chapter for the Harbour",
];

const INTROS: &[&str] = &[
    "The leaders then answered questions from the press.",
    "Here is what was said after the talks.",
    "Both sides spoke to reporters afterwards.",
];

/// Sentences of speech: no colons, no quotation marks, no digits or number words, no month
/// or weekday names, no link phrases. The ones with a comma before a lower-case word are
/// where hard-wrapped layouts may break a line.
const SENTENCES: &[&str] = &[
    "Thank you for coming.",
    "We have made real progress on the harbour.",
    "As you know, our ports depend on each other.",
    "Our teams will keep working together.",
    "I am grateful for a frank and open discussion.",
    "In our view, the talks went well.",
    "There is still much to do.",
    "The ferries must run on time, whatever the weather.",
    "We agreed to meet again soon.",
    "Frankly, some questions remain open.",
    "Our citizens expect results, not promises.",
    "Is that not what partners are for?",
    "Let me say a word about the fishing fleets.",
    "We will publish the plan when it is ready.",
];

const SUMMARY_HEADINGS: &[&str] = &["Summary", "Key Figures", "The Numbers"];

const LINK_HEADINGS: &[&str] = &["Further Reading", "See also", "Related articles"];

const CURRENCIES: &[&str] = &["US$", "€", "£"];

const SCALES: &[&str] = &["million", "billion"];

/// A sentence with a lost link: text before the anchor, the anchor, text after it.
const ANCHORS: &[(&str, &str, &str)] = &[
    (
        "The joint statement is published online, please ",
        "click here",
        ".",
    ),
    (
        "The list of agreements signed today can be found at ",
        "this link",
        ".",
    ),
    ("For the full text of the remarks, ", "click here", "."),
];

// ---------------------------------------------------------------------------------------
// Plans: the random choices, which proptest shrinks.

/// How a label prints a person's name.
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

fn span(start: usize, end: usize) -> Span {
    let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Span::new(clamp(start), clamp(end))
}

struct Writer {
    text: String,
    newline: &'static str,
    layout: Layout,
}

impl Writer {
    fn push(&mut self, s: &str) -> Span {
        let start = self.text.len();
        self.text.push_str(s);
        span(start, self.text.len())
    }

    fn line_break(&mut self) {
        self.text.push_str(self.newline);
    }

    /// What stands between two paragraphs (or blocks) of the layout.
    fn paragraph_break(&mut self) {
        self.line_break();
        if self.layout == Layout::BlankLineSeparated {
            self.line_break();
        }
    }

    fn blank_line(&mut self) {
        self.line_break();
        self.line_break();
    }

    fn heading(
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
    fn paragraph(&mut self, plan: &ParagraphPlan) -> Span {
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

fn person(i: usize) -> (&'static str, &'static str, &'static str) {
    PEOPLE
        .get(i)
        .copied()
        .unwrap_or(("Ilsa", "Marwick", "Prime Minister"))
}

fn label_text(person: (&str, &str, &str), form: LabelForm) -> String {
    let (given, surname, role) = person;
    match form {
        LabelForm::Surname => surname.to_string(),
        LabelForm::RoleSurname => format!("{role} {surname}"),
        LabelForm::FullName => format!("{given} {surname}"),
        LabelForm::UpperSurname => surname.to_uppercase(),
    }
}

fn pick<T: Copy>(list: &[T], i: usize) -> Option<T> {
    list.get(i % list.len().max(1)).copied()
}

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
