//! Claims: the assertions among the sentences, with their speaker and figures.

use super::speech_act::{Act, Cue, SpeechAct};
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// A sentence as [`claims`] reads it: where it is, its act (with the cue's span relative to
/// the input, see [`SpeechAct::shifted`]) and who says it.
///
/// ```
/// use speechmark::{analysis::{classify, SentenceInput}, Span};
/// let s = SentenceInput { span: Span::new(0, 17), act: classify("Trade fell by 3%."), speaker: None };
/// assert!(s.act.act.is_claim());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SentenceInput {
    /// The sentence's span in the input.
    pub span: Span,
    /// Its act.
    pub act: SpeechAct,
    /// The index of the speaker of the turn it belongs to, or `None` for the narrator.
    pub speaker: Option<usize>,
}

/// A checkable assertion: a sentence whose act is [`Act::Assertion`].
///
/// ```
/// use speechmark::{analysis::{claims, classify, SentenceInput}, Span};
///
/// let text = "Trade grew by 4 percent. We hope it grows more.";
/// let at = |a: u32, b: u32| {
///     let act = classify(&text[a as usize..b as usize]).shifted(a);
///     SentenceInput { span: Span::new(a, b), act, speaker: Some(0) }
/// };
/// let sentences = [at(0, 24), at(25, 47)];
/// let figures = [Span::new(14, 23)]; // "4 percent"
/// let found = claims(&sentences, &figures);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].sentence, 0);
/// assert_eq!(found[0].figures, [0]);
/// assert_eq!(found[0].speaker, Some(0));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// The sentence's span.
    pub span: Span,
    /// The index of the sentence among those given to [`claims`].
    pub sentence: usize,
    /// The speaker's index, or `None` for the narrator.
    pub speaker: Option<usize>,
    /// The indices of the figures inside the sentence, in order.
    pub figures: Vec<usize>,
    /// The cue that made the sentence an assertion.
    pub cue: Cue,
}

/// The claims among `sentences`: every assertion, with the figures (from `figures`, in
/// document order) that lie inside it.
///
/// Linear in the number of sentences and figures: both are walked once, in order.
#[must_use]
pub fn claims(sentences: &[SentenceInput], figures: &[Span]) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut next = 0;
    for (i, s) in sentences.iter().enumerate() {
        // Figures that end before this sentence belong to earlier ones.
        while figures
            .get(next)
            .is_some_and(|f| f.end <= s.span.start && f.start < s.span.start)
        {
            next += 1;
        }
        if s.act.act != Act::Assertion {
            continue;
        }
        let inside = figures
            .iter()
            .enumerate()
            .skip(next)
            .take_while(|(_, f)| f.start < s.span.end)
            .filter(|(_, f)| s.span.contains(**f))
            .map(|(j, _)| j)
            .collect();
        out.push(Claim {
            span: s.span,
            sentence: i,
            speaker: s.speaker,
            figures: inside,
            cue: s.act.cue,
        });
    }
    out
}
