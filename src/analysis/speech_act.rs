//! The speech-act types: the act, the reason, the cue.

use crate::span::{Span, sp};
use serde::{Deserialize, Serialize};
use std::fmt;

/// What a sentence does.
///
/// ```
/// use speechmark::analysis::{classify, Act};
///
/// assert_eq!(classify("Last spring, our grain exports doubled.").act, Act::Assertion);
/// assert_eq!(classify("This is a very valuable partnership.").act, Act::Opinion);
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
    /// A sentence ending in a colon, `Here is what they said`, `as follows`.
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
    /// An evaluation of the person addressed: `I find you a very capable negotiator`.
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
/// let s = "We send our sincere condolences.";
/// let cue = classify(s).cue;
/// assert_eq!(cue.reason, Reason::Condolence);
/// assert_eq!(cue.span.slice(s), Some("condolences"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Cue {
    /// What kind of cue it is.
    pub reason: Reason,
    /// The cue's bytes. Relative to the sentence given to [`classify`](fn@super::classify); in a parsed document,
    /// relative to the input.
    pub span: Span,
}

/// A sentence's act and the cue that decided it.
///
/// ```
/// use speechmark::analysis::{classify, Act, Reason};
///
/// let s = "Thank you very much for inviting us to your beautiful city.";
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
    pub(super) fn new(act: Act, reason: Reason, start: usize, end: usize) -> Self {
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
