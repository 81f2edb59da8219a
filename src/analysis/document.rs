//! The analysis of a parsed document: every sentence's act, the speakers, and the claims.
//!
//! It is a layer over the tree, not part of it: [`analyze`] reads a [`Document`] and the text
//! it was parsed from and gives an [`Analysis`] that refers to the document's nodes by id. A
//! parse that does not need it does not pay for it (classifying is several times the cost of
//! parsing), and the tree's own JSON stays what it is; [`export::Json::analysis`] writes the
//! two together.
//!
//! [`export::Json::analysis`]: crate::export::Json::analysis

use super::classify::classify;
use super::speakers::{LabelInput, Speaker, resolve_with_titles};
use super::speech_act::{Act, Cue, Reason, SpeechAct};
use crate::ast::{BlockRef, Document, Figure, FigureKind, SentenceId, SentenceRef, TurnId};
use crate::span::Span;

/// What a document's sentences do, who speaks in it, and which sentences are claims.
///
/// ```
/// use speechmark::analysis::Act;
///
/// let text = "The Prime Minister of Veloria, Anna Berg, met the press.\n\
///             Berg: “Our exports grew by 4% last year. I hope they grow again.”\n\
///             Q: Will they?\n";
/// let doc = speechmark::parse(text);
/// let analysis = speechmark::analyze(&doc, text);
///
/// let berg = &analysis.speakers()[0];
/// assert_eq!(berg.name.text, "Anna Berg");
/// assert_eq!(berg.role.as_ref().map(|r| r.text.as_str()), Some("Prime Minister of Veloria"));
///
/// let claims: Vec<_> = analysis.claims(&doc).collect();
/// assert_eq!(claims.len(), 2);
/// assert_eq!(claims[1].sentence().text(text), Some("Our exports grew by 4% last year."));
/// assert_eq!(claims[1].speaker().map(|s| s.name.text.as_str()), Some("Anna Berg"));
/// assert_eq!(claims[1].figures().count(), 2);
///
/// let hope = doc.sentences().nth(2).unwrap();
/// assert_eq!(analysis.act(hope.id()).map(|a| a.act), Some(Act::Wish));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    /// One per sentence of the document, by sentence id.
    acts: Vec<SpeechAct>,
    speakers: Vec<Speaker>,
    /// One per turn, by turn id: the index of its speaker.
    turn_speakers: Vec<usize>,
    /// The sentences that are claims, in document order.
    claims: Vec<SentenceId>,
}

/// Whether a figure of this kind is an amount that a claim can be checked against.
fn is_amount(kind: FigureKind) -> bool {
    matches!(
        kind,
        FigureKind::Money
            | FigureKind::Percent
            | FigureKind::PercentagePoints
            | FigureKind::Quantity
            | FigureKind::Fraction
    )
}

/// Analyses a parsed document: the speech act of every sentence, one speaker per person
/// (labels that name the same person merged, with the fullest name and role the text gives),
/// and the claims (the assertions), each with its speaker and figures.
///
/// Linear in the text. `text` must be the text `doc` was parsed from; with another text the
/// result is meaningless but nothing panics.
///
/// ```
/// let text = "Q: Did trade grow?\nA: It grew by 3%.\n";
/// let doc = speechmark::parse(text);
/// let analysis = speechmark::analyze(&doc, text);
/// assert_eq!(analysis.claims(&doc).count(), 1);
/// assert!(analysis.speakers().iter().all(|s| s.anonymous));
/// ```
#[must_use]
pub fn analyze(doc: &Document, text: &str) -> Analysis {
    let acts = doc
        .sentences()
        .map(|s| {
            let span = s.span();
            let act = classify(s.text(text).unwrap_or("")).shifted(span.start);
            // A title that asserts nothing by itself (`Summary`, `Press briefing by the
            // spokesperson`: no verb, no figure, so the classifier's fallback) names a part of
            // the document: it navigates. A title that states something (`Trade hits US$1.3
            // billion`) keeps its act. A title whose only figures are years, dates, counts or
            // a name with a digit (`Q3 2026 Earnings Call`, `Meeting with G20 leaders`) names
            // the occasion too: a title claims something checkable only with an amount.
            let title = s.heading().is_some();
            let fallback = act.cue.reason == Reason::Statement && act.cue.span == span;
            let no_amount =
                act.cue.reason == Reason::Figure && !s.figures().any(|f| is_amount(f.figure));
            if title && (fallback || no_amount) {
                SpeechAct {
                    act: Act::Meta,
                    cue: Cue {
                        reason: Reason::Navigation,
                        span,
                    },
                }
            } else {
                act
            }
        })
        .collect::<Vec<_>>();
    let labels: Vec<LabelInput> = doc
        .turns()
        .map(|t| {
            let l = t.label();
            LabelInput {
                name: l.name,
                aside: l.aside,
                style: l.style,
            }
        })
        .collect();
    // Where the narrator names people: the paragraphs outside the dialogue, and the titles
    // (`Press Briefing by Press Secretary Lena Hart` names `MS. HART:`) for the people no
    // paragraph names.
    let (mut narrative, mut titles) = (Vec::new(), Vec::new());
    for b in doc.blocks() {
        match b {
            BlockRef::Paragraph(p) => narrative.push(p.span()),
            BlockRef::Heading(h) => titles.push(h.title()),
            _ => {}
        }
    }
    let resolved = resolve_with_titles(text, &labels, &narrative, &titles);
    let claims = doc
        .sentences()
        .zip(&acts)
        .filter(|(_, a)| a.act.is_claim())
        .map(|(s, _)| s.id())
        .collect();
    Analysis {
        acts,
        speakers: resolved.speakers,
        turn_speakers: resolved.of_label,
        claims,
    }
}

impl Analysis {
    /// The act of a sentence, with the cue that decided it.
    #[must_use]
    pub fn act(&self, sentence: SentenceId) -> Option<SpeechAct> {
        self.acts.get(sentence.index()).copied()
    }

    /// Every speaker, one per person (or anonymous role), in order of their first turn.
    #[must_use]
    pub fn speakers(&self) -> &[Speaker] {
        &self.speakers
    }

    /// The index (into [`Analysis::speakers`]) of a turn's speaker.
    #[must_use]
    pub fn speaker_of(&self, turn: TurnId) -> Option<usize> {
        self.turn_speakers
            .get(turn.index())
            .copied()
            .filter(|&i| i < self.speakers.len())
    }

    /// Every claim, in document order.
    pub fn claims<'a>(&'a self, doc: &'a Document) -> impl Iterator<Item = ClaimRef<'a>> {
        self.claims.iter().map(move |&sentence| ClaimRef {
            analysis: self,
            sentence: SentenceRef::new(doc, sentence),
        })
    }

    /// The claims of one speaker (an index into [`Analysis::speakers`]), in order.
    ///
    /// ```
    /// let text = "Ivo Kral: Exports fell by 2%.\nAnna Berg: Imports rose. Thank you.\n";
    /// let doc = speechmark::parse(text);
    /// let analysis = speechmark::analyze(&doc, text);
    /// let berg = analysis.speakers().iter().position(|s| s.name.text == "Anna Berg").unwrap();
    /// let hers: Vec<_> = analysis.claims_by(&doc, berg).map(|c| c.sentence().text(text)).collect();
    /// assert_eq!(hers, [Some("Imports rose.")]);
    /// ```
    pub fn claims_by<'a>(
        &'a self,
        doc: &'a Document,
        speaker: usize,
    ) -> impl Iterator<Item = ClaimRef<'a>> {
        self.claims(doc)
            .filter(move |c| c.speaker_index() == Some(speaker))
    }
}

/// A claim: a sentence that asserts something checkable, with its speaker and figures.
#[derive(Clone, Copy, Debug)]
pub struct ClaimRef<'a> {
    analysis: &'a Analysis,
    sentence: SentenceRef<'a>,
}

impl<'a> ClaimRef<'a> {
    /// The sentence that makes the claim.
    #[must_use]
    pub fn sentence(self) -> SentenceRef<'a> {
        self.sentence
    }

    /// The claim's span: its sentence's.
    #[must_use]
    pub fn span(self) -> Span {
        self.sentence.span()
    }

    /// The index of the speaker (into [`Analysis::speakers`]), or `None` when the narrator
    /// makes the claim (outside any turn).
    #[must_use]
    pub fn speaker_index(self) -> Option<usize> {
        let turn = self.sentence.turn()?;
        self.analysis.speaker_of(turn.id())
    }

    /// The speaker, or `None` for the narrator.
    #[must_use]
    pub fn speaker(self) -> Option<&'a Speaker> {
        self.analysis.speakers.get(self.speaker_index()?)
    }

    /// The figures inside the claim, in order (built on access, as
    /// [`Document::figures`](crate::Document::figures) does).
    pub fn figures(self) -> impl Iterator<Item = Figure> + use<'a> {
        self.sentence.figures()
    }

    /// The cue that made the sentence an assertion.
    #[must_use]
    pub fn cue(self) -> Cue {
        self.analysis
            .act(self.sentence.id())
            .map_or(NO_CUE, |a| a.cue)
    }
}

/// The cue of a sentence the analysis does not know (never the case for its own claims).
const NO_CUE: Cue = Cue {
    reason: super::speech_act::Reason::Statement,
    span: Span::empty(0),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sentence_has_an_act_and_claims_are_the_assertions() {
        let text = "Trade grew by 5% in 2024.\nKral: Thank you. Exports doubled.\n";
        let doc = crate::parse(text);
        let a = analyze(&doc, text);
        assert_eq!(a.acts.len(), doc.sentences().len());
        let acts: Vec<Act> = doc
            .sentences()
            .filter_map(|s| a.act(s.id()))
            .map(|x| x.act)
            .collect();
        assert_eq!(acts, [Act::Assertion, Act::Thanks, Act::Assertion]);
        let claims: Vec<_> = a
            .claims(&doc)
            .map(|c| {
                (
                    c.sentence().text(text),
                    c.speaker().map(|s| s.name.text.clone()),
                )
            })
            .collect();
        assert_eq!(
            claims,
            [
                (Some("Trade grew by 5% in 2024."), None),
                (Some("Exports doubled."), Some("Kral".to_owned())),
            ]
        );
        // The cue of a claim lies inside its sentence.
        for c in a.claims(&doc) {
            assert!(c.span().contains(c.cue().span), "{:?}", c.cue());
        }
    }
}
