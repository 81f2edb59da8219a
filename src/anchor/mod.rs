//! Re-anchoring: finding, in a new version of a text, the passages that annotations marked in
//! an old one.
//!
//! An annotation made on one version of a text (a W3C `TextPositionSelector` and
//! `TextQuoteSelector`, see [`export::w3c`](crate::export::w3c())) is looked for in the new
//! version in three steps, each tried only when the one before found nothing:
//!
//! 1. **exact**: where the quoted text occurs; among several occurrences, the one whose
//!    surroundings match the quote's prefix and suffix best. At its old position (and no other
//!    matching better) it is [`Status::Unchanged`], elsewhere [`Status::Moved`].
//! 2. **context**: the text between an occurrence of the prefix and the nearest following
//!    occurrence of the suffix, when that is no more than about twice as long as the quote:
//!    the passage was edited in place ([`Status::Changed`]).
//! 3. **fuzzy**: the stretch of text closest to the quote (fewest edits, at most three in ten
//!    characters) within a bounded window around the old position ([`Status::Changed`]).
//!
//! Whenever two candidates are equally good, the result is [`Status::Ambiguous`] with both:
//! an annotation is never attached silently to a look-alike passage. When nothing is found it
//! is [`Status::Lost`].
//!
//! Each search is linear in the text's length: the quote, prefix and suffix are found with
//! `memchr::memmem`, each candidate's surroundings are compared over a bounded length, and the
//! fuzzy step works in a window whose size depends on the quote, not on the text.
//!
//! ```
//! use speechmark::anchor::{Passage, Reanchor, Status};
//! use speechmark::Span;
//!
//! let old = "Putin: “Trade is growing.”\nSharif: “Thank you.”\n";
//! let new = "Summary\nPutin: “Trade is growing.”\nSharif: “Thank you.”\n";
//! let passage = Passage::of(old, Span::new(10, 27)).unwrap(); // "Trade is growing."
//! let found = Reanchor::new(new).find(&passage);
//! assert_eq!(found.status, Status::Moved);
//! assert_eq!(found.span.and_then(|s| s.slice(new)), Some("Trade is growing."));
//! ```

mod exact;
mod fuzzy;

use crate::export::{CONTEXT_CHARS, Target, TextPosition, TextQuote};
use crate::position::{LineIndex, OffsetError};
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// What an annotation knew about its passage in the old text: where it was (code points) and
/// what it said, with the text around it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Passage {
    /// Its place in the old text, in code points.
    pub position: TextPosition,
    /// Its text and surroundings.
    pub quote: TextQuote,
}

impl Passage {
    /// The passage at a byte span of the old text, with 32 code points of context.
    ///
    /// ```
    /// use speechmark::{anchor::Passage, Span};
    /// let p = Passage::of("“Hi,” he said.", Span::new(13, 17)).unwrap();
    /// assert_eq!((p.position.start, p.quote.exact.as_str()), (9, "said"));
    /// ```
    pub fn of(old_text: &str, span: Span) -> Result<Self, OffsetError> {
        let index = LineIndex::new(old_text);
        Ok(Passage {
            position: TextPosition::of(&index, span)?,
            quote: TextQuote::of(old_text, span, CONTEXT_CHARS)?,
        })
    }

    /// The passage a W3C annotation's target selects, if it has both selectors.
    ///
    /// ```
    /// use speechmark::anchor::Passage;
    /// use speechmark::export::{w3c, W3cOptions};
    /// let text = "Q: Why?";
    /// let page = w3c(&speechmark::parse(text), text, &W3cOptions::new("urn:x")).unwrap();
    /// assert!(Passage::from_target(&page.items[0].target).is_some());
    /// ```
    #[must_use]
    pub fn from_target(target: &Target) -> Option<Self> {
        match target.selectors() {
            (Some(position), Some(quote)) => Some(Passage {
                position: *position,
                quote: quote.clone(),
            }),
            _ => None,
        }
    }
}

/// Where a passage is now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The same text at the same place.
    Unchanged,
    /// The same text at another place.
    Moved,
    /// Edited text where the passage was.
    Changed,
    /// Two or more places are equally good; none was chosen.
    Ambiguous,
    /// Not found.
    Lost,
}

/// Which step found a passage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// The quoted text itself.
    Exact,
    /// Its prefix and suffix.
    Context,
    /// The closest stretch of text near the old position.
    Fuzzy,
}

/// The result of looking for a passage in the new text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Located {
    /// What became of it.
    pub status: Status,
    /// Which step decided (none when it is lost).
    pub method: Option<Method>,
    /// Where it is now, in bytes of the new text (unchanged, moved or changed).
    pub span: Option<Span>,
    /// The same in code points.
    pub position: Option<TextPosition>,
    /// The equally good places, in bytes of the new text, when it is ambiguous.
    pub candidates: Vec<Span>,
}

/// A search over one new text, for as many passages as needed. Building it indexes the text
/// once (linear time).
///
/// ```
/// use speechmark::anchor::{Passage, Reanchor, Status};
/// use speechmark::Span;
///
/// let old = "Talks lasted two hours.";
/// let passage = Passage::of(old, Span::new(13, 16)).unwrap(); // "two"
/// let found = Reanchor::new("Talks lasted three hours.").find(&passage);
/// assert_eq!(found.status, Status::Changed);
/// assert_eq!(found.span, Some(Span::new(13, 18))); // "three"
/// ```
#[derive(Clone, Debug)]
pub struct Reanchor<'a> {
    text: &'a str,
    index: LineIndex<'a>,
}

/// A candidate place and how well its surroundings match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub span: Span,
    pub score: usize,
}

impl<'a> Reanchor<'a> {
    /// Prepares to search `new_text`.
    ///
    /// ```
    /// let _ = speechmark::anchor::Reanchor::new("Summary");
    /// ```
    #[must_use]
    pub fn new(new_text: &'a str) -> Self {
        Reanchor {
            text: new_text,
            index: LineIndex::new(new_text),
        }
    }

    /// Where `passage` is in the new text.
    ///
    /// ```
    /// use speechmark::anchor::{Passage, Reanchor, Status};
    /// use speechmark::Span;
    /// let passage = Passage::of("Q: Why?", Span::new(3, 7)).unwrap();
    /// assert_eq!(Reanchor::new("Q: Why?").find(&passage).status, Status::Unchanged);
    /// assert_eq!(Reanchor::new("Summary").find(&passage).status, Status::Lost);
    /// ```
    #[must_use]
    pub fn find(&self, passage: &Passage) -> Located {
        // Where the passage would be if nothing before it had changed.
        let expected = self
            .index
            .from_chars(passage.position.start)
            .unwrap_or(self.index.len());
        let quote = &passage.quote;
        if let Some(found) = exact::by_quote(self.text, quote) {
            return self.decide(found, expected, Method::Exact);
        }
        if let Some(found) = exact::by_context(self.text, quote) {
            return self.decide(found, expected, Method::Context);
        }
        match fuzzy::near(self.text, quote, expected) {
            Some(found) => self.decide(found, expected, Method::Fuzzy),
            None => Located {
                status: Status::Lost,
                method: None,
                span: None,
                position: None,
                candidates: Vec::new(),
            },
        }
    }

    /// Picks among the best candidates of a step (never empty): the only one, the one at the
    /// old position, or none (ambiguous).
    fn decide(&self, best: Vec<Candidate>, expected: u32, method: Method) -> Located {
        let at_old_place = best.iter().find(|c| c.span.start == expected);
        let chosen = match (best.as_slice(), at_old_place) {
            (_, Some(c)) | ([c], None) => *c,
            _ => {
                return Located {
                    status: Status::Ambiguous,
                    method: Some(method),
                    span: None,
                    position: None,
                    candidates: best.iter().map(|c| c.span).collect(),
                };
            }
        };
        let status = match method {
            Method::Exact if chosen.span.start == expected => Status::Unchanged,
            Method::Exact => Status::Moved,
            Method::Context | Method::Fuzzy => Status::Changed,
        };
        Located {
            status,
            method: Some(method),
            span: Some(chosen.span),
            position: TextPosition::of(&self.index, chosen.span).ok(),
            candidates: Vec::new(),
        }
    }
}

/// Where each passage is in `new_text`.
///
/// ```
/// use speechmark::anchor::{reanchor, Passage, Status};
/// use speechmark::Span;
/// let old = "Q: Why?\nA: Because.";
/// let passages = [Passage::of(old, Span::new(0, 2)).unwrap(), Passage::of(old, Span::new(8, 10)).unwrap()];
/// let found = reanchor("A: Because.", &passages);
/// assert_eq!(found.iter().map(|f| f.status).collect::<Vec<_>>(), [Status::Lost, Status::Moved]);
/// ```
#[must_use]
pub fn reanchor(new_text: &str, passages: &[Passage]) -> Vec<Located> {
    let search = Reanchor::new(new_text);
    passages.iter().map(|p| search.find(p)).collect()
}
