//! Speech acts: what each sentence does, and the cue that decided it.
//!
//! The labelling conventions are in the [module docs](crate::analysis); this file holds the
//! types and the second pass, which decides from what [`super::scan`] found.

use super::cues::Meaning;
use super::pattern::items;
use super::scan::{Clause, Hit, Scan, scan};
use super::tokens::Item;
use crate::span::{Span, sp};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::fmt;

/// What a sentence does.
///
/// ```
/// use speechmark::analysis::{classify, Act};
///
/// assert_eq!(classify("Last year, our trade had a spike.").act, Act::Assertion);
/// assert_eq!(classify("This is a very important corridor.").act, Act::Opinion);
/// assert!(Act::Assertion.is_claim() && !Act::Wish.is_claim());
/// assert_eq!(serde_json::to_string(&Act::Condolence).unwrap(), "\"condolence\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Act {
    /// States something checkable: an event, a trend, a state of affairs, a quantity, a past
    /// action, a scheduled event, what someone said.
    Assertion,
    /// An evaluation or judgement, a belief about the future, an obligation.
    Opinion,
    /// A question, by its form or its question mark, or a request for information.
    Question,
    /// Thanks.
    Thanks,
    /// A greeting, a welcome or a form of address.
    Greeting,
    /// A hope or wish, `look forward to`.
    Wish,
    /// Condolences and sympathy.
    Condolence,
    /// An invitation, an offer or a proposal.
    Invitation,
    /// A commitment or a first-person plan.
    Promise,
    /// A compliment or congratulations.
    Compliment,
    /// Text that introduces a quotation, sends the reader elsewhere or runs the meeting.
    Meta,
}

impl Act {
    /// Every act, in declaration order.
    pub const ALL: [Act; 11] = [
        Act::Assertion,
        Act::Opinion,
        Act::Question,
        Act::Thanks,
        Act::Greeting,
        Act::Wish,
        Act::Condolence,
        Act::Invitation,
        Act::Promise,
        Act::Compliment,
        Act::Meta,
    ];

    /// The act's name, as in JSON.
    ///
    /// ```
    /// assert_eq!(speechmark::analysis::Act::Invitation.as_str(), "invitation");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Act::Assertion => "assertion",
            Act::Opinion => "opinion",
            Act::Question => "question",
            Act::Thanks => "thanks",
            Act::Greeting => "greeting",
            Act::Wish => "wish",
            Act::Condolence => "condolence",
            Act::Invitation => "invitation",
            Act::Promise => "promise",
            Act::Compliment => "compliment",
            Act::Meta => "meta",
        }
    }

    /// Whether a sentence doing this act is a claim: only assertions are.
    ///
    /// ```
    /// use speechmark::analysis::Act;
    /// assert!(Act::Assertion.is_claim());
    /// assert!(!Act::Opinion.is_claim());
    /// ```
    #[must_use]
    pub const fn is_claim(self) -> bool {
        matches!(self, Act::Assertion)
    }
}

impl fmt::Display for Act {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a sentence got its act: a short machine-readable name of the cue.
///
/// ```
/// use speechmark::analysis::{classify, Reason};
/// assert_eq!(classify("We hope trade will reach $2 billion.").cue.reason, Reason::Hope);
/// assert_eq!(Reason::PastEvent.as_str(), "past_event");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reason {
    /// `click here`, `read more`, `see also`.
    Navigation,
    /// A sentence ending in a colon, `This is what they had to say`, `as follows`.
    IntroducesQuotation,
    /// A sentence wholly in brackets: `(Laughter.)`, `<…>`.
    StageDirection,
    /// Running the meeting: `go ahead`, `you have the floor`, `let us move on`.
    Floor,
    /// The sentence ends in `?`.
    QuestionMark,
    /// The sentence opens as a question: `Could you tell us`, `What is`.
    Interrogative,
    /// A question phrased as a statement: `I would like to ask`, `my question is`.
    RequestForInformation,
    /// `Good afternoon`, `welcome`, `I am glad to see you`.
    Greeting,
    /// A form of address standing alone: `Mr President,`.
    Address,
    /// `Thank you`, `I am grateful`.
    Thanks,
    /// `condolences`, `our thoughts are with`.
    Condolence,
    /// `Congratulations`, `let me congratulate you`.
    Congratulation,
    /// An evaluation of the person addressed: `I find you a very dynamic leader`.
    Praise,
    /// `We hope`, `hopefully`.
    Hope,
    /// `I look forward to`.
    LookForward,
    /// `I wish you`, `best wishes`, `May ...`.
    WishFormula,
    /// `We want to`, `I would like to see`.
    Desire,
    /// `We will be delighted to see you`, `I invite you`.
    Invitation,
    /// `We are ready to`, `we would be happy to`.
    Offer,
    /// `Let us work together`.
    Proposal,
    /// `We will`, `I assure you`.
    Commitment,
    /// `We plan to`, `we are going to`, `we intend to`.
    Plan,
    /// `I think`, `I am sure`, `in my view`.
    Belief,
    /// An evaluative copula or verb: `is very important`, `we value`.
    Evaluation,
    /// `must`, `should`, `need to`.
    Normative,
    /// A development in the future: `trade will grow`.
    Forecast,
    /// A hedged future: `trade will probably grow`, `may`.
    HedgedForecast,
    /// A one- or two-word reply: `Of course.`
    Response,
    /// A verb of saying with a third-person subject, `according to`.
    ReportedSpeech,
    /// An attitude to a stated fact: `I am pleased that X happened`, `I am aware that`.
    Factive,
    /// A hedged fact: `apparently trade fell`, `I think the shipment arrived`.
    HedgedFact,
    /// A scheduled event: `planned for November`, `will take place`.
    Scheduled,
    /// A number: `US$1.3 billion`, `2024`, `12 percent`.
    Figure,
    /// A past-tense or perfect verb.
    PastEvent,
    /// A statement with no more specific cue; the span is its first finite verb or the
    /// whole sentence.
    Statement,
}

impl Reason {
    /// The reason's name, as in JSON.
    ///
    /// ```
    /// assert_eq!(speechmark::analysis::Reason::HedgedForecast.as_str(), "hedged_forecast");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Reason::Navigation => "navigation",
            Reason::IntroducesQuotation => "introduces_quotation",
            Reason::StageDirection => "stage_direction",
            Reason::Floor => "floor",
            Reason::QuestionMark => "question_mark",
            Reason::Interrogative => "interrogative",
            Reason::RequestForInformation => "request_for_information",
            Reason::Greeting => "greeting",
            Reason::Address => "address",
            Reason::Thanks => "thanks",
            Reason::Condolence => "condolence",
            Reason::Congratulation => "congratulation",
            Reason::Praise => "praise",
            Reason::Hope => "hope",
            Reason::LookForward => "look_forward",
            Reason::WishFormula => "wish_formula",
            Reason::Desire => "desire",
            Reason::Invitation => "invitation",
            Reason::Offer => "offer",
            Reason::Proposal => "proposal",
            Reason::Commitment => "commitment",
            Reason::Plan => "plan",
            Reason::Belief => "belief",
            Reason::Evaluation => "evaluation",
            Reason::Normative => "normative",
            Reason::Forecast => "forecast",
            Reason::HedgedForecast => "hedged_forecast",
            Reason::Response => "response",
            Reason::ReportedSpeech => "reported_speech",
            Reason::Factive => "factive",
            Reason::HedgedFact => "hedged_fact",
            Reason::Scheduled => "scheduled",
            Reason::Figure => "figure",
            Reason::PastEvent => "past_event",
            Reason::Statement => "statement",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The cue that decided an act: its reason and where it stands.
///
/// ```
/// use speechmark::analysis::{classify, Reason};
///
/// let s = "We extend our deepest condolences.";
/// let cue = classify(s).cue;
/// assert_eq!(cue.reason, Reason::Condolence);
/// assert_eq!(cue.span.slice(s), Some("condolences"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Cue {
    /// What kind of cue it is.
    pub reason: Reason,
    /// The cue's bytes. Relative to the sentence given to [`classify`]; in a parsed document,
    /// relative to the input.
    pub span: Span,
}

/// A sentence's act and the cue that decided it.
///
/// ```
/// use speechmark::analysis::{classify, Act, Reason};
///
/// let s = "Thank you very much for your invitation to visit your great country.";
/// let act = classify(s);
/// assert_eq!(act.act, Act::Thanks);
/// assert_eq!(act.cue.reason, Reason::Thanks);
/// assert_eq!(act.cue.span.slice(s), Some("Thank you"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SpeechAct {
    /// The act.
    pub act: Act,
    /// The cue.
    pub cue: Cue,
}

impl SpeechAct {
    fn new(act: Act, reason: Reason, start: usize, end: usize) -> Self {
        SpeechAct {
            act,
            cue: Cue {
                reason,
                span: sp(start, end),
            },
        }
    }

    /// The same act with its cue moved by `offset` bytes: from sentence-relative to
    /// input-relative offsets.
    ///
    /// ```
    /// use speechmark::{analysis::classify, Span};
    /// let act = classify("Thank you.").shifted(100);
    /// assert_eq!(act.cue.span, Span::new(100, 109));
    /// ```
    #[must_use]
    pub fn shifted(self, offset: u32) -> Self {
        let span = self.cue.span;
        SpeechAct {
            act: self.act,
            cue: Cue {
                reason: self.cue.reason,
                span: Span::new(
                    span.start.saturating_add(offset),
                    span.end.saturating_add(offset),
                ),
            },
        }
    }
}

/// Classifies one sentence: its speech act and the cue that decided it.
///
/// Rule-based and deterministic (the rules are in the [module docs](crate::analysis)); linear
/// in the sentence's length; allocates nothing (the tokens go into a buffer each thread
/// reuses). Any text gives an act: text with no cue at all
/// is an assertion with the reason [`Reason::Statement`].
///
/// ```
/// use speechmark::analysis::{classify, Act, Reason};
///
/// let s = "Unfortunately, our trade is down albeit by a very small margin.";
/// assert_eq!(classify(s).act, Act::Assertion);
/// let s = "We will be delighted to see you in Moscow, if your schedule allows for a visit.";
/// assert_eq!(classify(s).act, Act::Invitation);
/// let s = "Russia has SCO events planned for November.";
/// assert_eq!(classify(s).cue.reason, Reason::Scheduled);
/// ```
#[must_use]
pub fn classify(sentence: &str) -> SpeechAct {
    let trimmed = sentence.trim_end();
    if let Some(act) = stage_direction(sentence, trimmed) {
        return act;
    }
    thread_local! {
        /// The tokens of the sentence being classified, reused from call to call.
        static SCRATCH: RefCell<Vec<Item>> = const { RefCell::new(Vec::new()) };
    }
    let run = |buf: &mut Vec<Item>| {
        items(sentence, buf);
        let act = decide(sentence, &scan(sentence, buf));
        // Do not keep the memory of one giant "sentence" for the rest of the thread.
        if buf.capacity() > SCRATCH_KEEP {
            *buf = Vec::new();
        }
        act
    };
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut buf) => run(&mut buf),
        Err(_) => run(&mut Vec::new()),
    })
}

/// The most tokens whose buffer is kept between calls of [`classify`].
const SCRATCH_KEEP: usize = 4096;

/// A sentence wholly in brackets, `(Laughter.)`, `[Applause]` or `<…>`: an editor's note.
fn stage_direction(sentence: &str, trimmed: &str) -> Option<SpeechAct> {
    let start = sentence.len() - sentence.trim_start().len();
    let body = trimmed.get(start..)?;
    let body_inner = body.strip_suffix('.').unwrap_or(body);
    let enclosed = |open: char, close: char| {
        body.starts_with(open)
            && body_inner.ends_with(close)
            && body_inner.matches(open).count() == 1
            && body_inner.matches(close).count() == 1
    };
    (enclosed('(', ')') || enclosed('[', ']') || enclosed('<', '>'))
        .then(|| SpeechAct::new(Act::Meta, Reason::StageDirection, start, trimmed.len()))
}

fn whole(sentence: &str) -> (usize, usize) {
    let start = sentence.len() - sentence.trim_start().len();
    (start, sentence.trim_end().len().max(start))
}

/// The second pass: the sentence's shape first, then the earliest cue, then the overrides
/// that make a sentence with a checkable clause an assertion.
fn decide(sentence: &str, s: &Scan) -> SpeechAct {
    let (ws, we) = whole(sentence);
    if let Some((a, b)) = s.colon {
        return SpeechAct::new(Act::Meta, Reason::IntroducesQuotation, a, b);
    }
    if let Some((a, b, quoted)) = s.question {
        if !(quoted && s.reported_outside) {
            return SpeechAct::new(Act::Question, Reason::QuestionMark, a, b);
        }
    }
    if s.words > 0 && s.words <= 4 && s.responses {
        return SpeechAct::new(Act::Opinion, Reason::Response, ws, we);
    }
    let clauses = s.clauses.get(..s.n_clauses).unwrap_or(&[]);
    let Some(hit) = first_hit(s) else {
        if s.words > 0 && s.words <= 8 && s.address && (s.ends_with_comma || s.address_title) {
            return SpeechAct::new(Act::Greeting, Reason::Address, ws, we);
        }
        // A short fragment without a verb that evaluates: "Absolutely unthinkable."
        let verbless = s.words <= 4 && clauses.iter().all(|c| c.finite.is_none());
        if let Some((a, b)) = s.eval_word.filter(|_| verbless) {
            return SpeechAct::new(Act::Opinion, Reason::Evaluation, a, b);
        }
        return statement(clauses, ws, we);
    };
    let (act, reason) = match hit.meaning {
        Meaning::Act(act, reason) => (act, reason),
        Meaning::Belief | Meaning::Neutral => (Act::Opinion, Reason::Belief),
    };
    let own = clauses.get(hit.clause);
    // A hedge turns a forecast, a plan or a schedule into a hedged forecast.
    if let Some(&Clause {
        hedge: Some((a, b)),
        ..
    }) = own
    {
        if matches!(reason, Reason::Forecast | Reason::Scheduled) || act == Act::Promise {
            return SpeechAct::new(Act::Opinion, Reason::HedgedForecast, a, b);
        }
    }
    if matches!(act, Act::Assertion | Act::Question | Act::Meta) {
        return SpeechAct::new(act, reason, hit.start, hit.end);
    }
    // A checkable clause before the cue, or after a strong boundary that ends the cue's
    // clause, makes the sentence an assertion ("Our relations have been on the rise, and I
    // think this is good").
    // Beliefs, wishes, plans and forecasts govern the rest of the sentence; the other acts
    // end with their clause.
    let governs_rest = matches!(hit.meaning, Meaning::Belief)
        || matches!(act, Act::Wish | Act::Promise)
        || matches!(reason, Reason::Forecast | Reason::HedgedForecast);
    let strong = own.map_or(0, |c| c.strong);
    let checkable = clauses.iter().enumerate().find(|&(i, c)| {
        checkable(c) && (i < hit.clause || (!governs_rest && i > hit.clause && c.strong > strong))
    });
    if let Some((_, c)) = checkable {
        return marker(c).unwrap_or(SpeechAct::new(Act::Assertion, Reason::Statement, ws, we));
    }
    if matches!(hit.meaning, Meaning::Belief) {
        return belief(s, clauses, &hit);
    }
    SpeechAct::new(act, reason, hit.start, hit.end)
}

/// The earliest hit; hits inside a quotation do not count when a verb of saying outside it
/// reports the quotation.
fn first_hit(s: &Scan) -> Option<Hit> {
    s.hits
        .iter()
        .flatten()
        .filter(|h| !(h.quoted && s.reported_outside))
        .min_by_key(|h| (h.start, h.act() == super::acts::Act::Assertion))
        .copied()
}

/// A clause that states something on its own: a finite verb that is not a modal nor in a
/// relative clause, no cue of another act, not subordinate.
fn checkable(c: &Clause) -> bool {
    c.factual && c.acts == 0 && !c.subordinate
}

/// The assertion a checkable clause makes, with its most telling cue.
fn marker(c: &Clause) -> Option<SpeechAct> {
    if let Some((a, b)) = c.figure {
        return Some(SpeechAct::new(Act::Assertion, Reason::Figure, a, b));
    }
    if let Some((a, b)) = c.past {
        return Some(SpeechAct::new(Act::Assertion, Reason::PastEvent, a, b));
    }
    c.finite
        .map(|(a, b)| SpeechAct::new(Act::Assertion, Reason::Statement, a, b))
}

/// A sentence with no cue: an assertion, with the first figure, past tense or finite verb
/// as its cue.
fn statement(clauses: &[Clause], ws: usize, we: usize) -> SpeechAct {
    let first = |f: fn(&Clause) -> Option<(usize, usize)>| clauses.iter().find_map(f);
    if let Some((a, b)) = first(|c| c.figure) {
        return SpeechAct::new(Act::Assertion, Reason::Figure, a, b);
    }
    if let Some((a, b)) = first(|c| c.past) {
        return SpeechAct::new(Act::Assertion, Reason::PastEvent, a, b);
    }
    let (a, b) = first(|c| c.finite).unwrap_or((ws, we));
    SpeechAct::new(Act::Assertion, Reason::Statement, a, b)
}

/// `I think X`: a hedged fact when X is a past event (a past tense after the cue, no future
/// and no other act's cue after it), an opinion otherwise.
fn belief(s: &Scan, clauses: &[Clause], hit: &Hit) -> SpeechAct {
    let after = clauses.get(hit.clause..).unwrap_or(&[]);
    let past = after
        .iter()
        .any(|c| c.past_last.is_some_and(|p| p >= hit.end));
    let future = after
        .iter()
        .any(|c| c.future_last.is_some_and(|p| p >= hit.end));
    let other = s
        .hits
        .iter()
        .flatten()
        .any(|h| h.start >= hit.end && h.act() != super::acts::Act::Assertion);
    if past && !future && !other {
        SpeechAct::new(Act::Assertion, Reason::HedgedFact, hit.start, hit.end)
    } else {
        SpeechAct::new(Act::Opinion, Reason::Belief, hit.start, hit.end)
    }
}
