//! The classifier: the second pass of the speech-act rules, which decides from what
//! [`super::scan`] found. The conventions are in the [module docs](crate::analysis).

use super::cues::Meaning;
use super::pattern::items;
use super::scan::{Clause, Hit, Scan, scan};
use super::speech_act::{Act, Reason, SpeechAct};
use super::tokens::Item;
use std::cell::RefCell;

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
/// let s = "Unfortunately, our exports are down albeit by a narrow margin.";
/// assert_eq!(classify(s).act, Act::Assertion);
/// let s = "We will be delighted to see you in Velsk, if your calendar permits.";
/// assert_eq!(classify(s).act, Act::Invitation);
/// let s = "Russia has SCO events planned for November.";
/// assert_eq!(classify(s).cue.reason, Reason::Scheduled);
/// ```
#[must_use]
pub fn classify(sentence: &str) -> SpeechAct {
    let trimmed = sentence.trim_end();
    if let Some(act) = stage_direction(sentence, trimmed).or_else(|| boilerplate(sentence, trimmed))
    {
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

/// A publisher's notice: `Copyright © 2025 Harbor Radio.`, `© 2025 …`, `All rights
/// reserved.` Not something anyone claims.
fn boilerplate(sentence: &str, trimmed: &str) -> Option<SpeechAct> {
    let start = sentence.len() - sentence.trim_start().len();
    let body = trimmed.get(start..)?;
    let rest = body
        .strip_prefix("Copyright")
        .or_else(|| body.strip_prefix("COPYRIGHT"))
        .map_or(body, str::trim_start);
    let notice = (rest.len() < body.len()
        && (rest.starts_with(['©', '(']) || rest.starts_with(|c: char| c.is_ascii_digit())))
        || body.starts_with('©')
        || body.eq_ignore_ascii_case("all rights reserved.");
    notice.then(|| SpeechAct::new(Act::Meta, Reason::Navigation, start, trimmed.len()))
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
    // clause, makes the sentence an assertion ("Our contacts have grown steadily, and I
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
        .min_by_key(|h| (h.start, h.act() == Act::Assertion))
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
        .any(|h| h.start >= hit.end && h.act() != Act::Assertion);
    if past && !future && !other {
        SpeechAct::new(Act::Assertion, Reason::HedgedFact, hit.start, hit.end)
    } else {
        SpeechAct::new(Act::Opinion, Reason::Belief, hit.start, hit.end)
    }
}
