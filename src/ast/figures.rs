//! [`Figures`]: every figure of a document, rebuilt from the compact records as it is read.

use super::document::Document;
use super::figure::Figure;
use crate::span::Span;
use std::iter::FusedIterator;
use std::ops::Range;

/// The figures of a document in order, each a [`Figure`] built on access from the document's
/// compact storage (20 bytes a figure; see [`Document::figures`]). Cheap to clone; `nth`, `len`
/// and stepping from either end are constant time.
///
/// ```
/// let doc = speechmark::parse("Exports rose 4% to $12 billion in 2024.\n");
/// let mut figures = doc.figures();
/// assert_eq!(figures.len(), 3);
/// assert_eq!(figures.next_back().and_then(|f| f.date).map(|d| d.to_string()), Some("2024".into()));
/// assert_eq!(figures.nth(1).and_then(|f| f.value).map(|v| v.to_string()), Some("12000000000".into()));
/// assert!(figures.next().is_none());
/// ```
#[derive(Clone, Debug)]
pub struct Figures<'d> {
    doc: &'d Document,
    range: Range<usize>,
}

impl<'d> Figures<'d> {
    pub(crate) fn new(doc: &'d Document) -> Self {
        Figures {
            doc,
            range: 0..doc.figures.len(),
        }
    }
}

impl Iterator for Figures<'_> {
    type Item = Figure;

    fn next(&mut self) -> Option<Figure> {
        self.doc.decode_figure(self.range.next()?)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.range.size_hint()
    }

    fn nth(&mut self, n: usize) -> Option<Figure> {
        self.doc.decode_figure(self.range.nth(n)?)
    }

    fn count(self) -> usize {
        self.range.len()
    }

    fn last(mut self) -> Option<Figure> {
        self.next_back()
    }
}

impl DoubleEndedIterator for Figures<'_> {
    fn next_back(&mut self) -> Option<Figure> {
        self.doc.decode_figure(self.range.next_back()?)
    }

    fn nth_back(&mut self, n: usize) -> Option<Figure> {
        self.doc.decode_figure(self.range.nth_back(n)?)
    }
}

impl ExactSizeIterator for Figures<'_> {}

impl FusedIterator for Figures<'_> {}

impl Document {
    /// The figure at `index` among the document's figures, rebuilt from its record and its
    /// entries in the side tables (found by binary search: they are sorted by figure).
    pub(crate) fn decode_figure(&self, index: usize) -> Option<Figure> {
        let rec = *self.figures.get(index)?;
        let key = u32::try_from(index).ok()?;
        let direction = if rec.has_direction() {
            let d = &self.figure_directions;
            d.binary_search_by_key(&key, |d| d.figure)
                .ok()
                .and_then(|i| d.get(i))
                .map(|d| d.direction)
        } else {
            None
        };
        let extra = if rec.has_extra() {
            let e = &self.figure_extras;
            e.binary_search_by_key(&key, |e| e.figure)
                .ok()
                .and_then(|i| e.get(i))
        } else {
            None
        };
        Some(rec.decode(extra, direction))
    }

    /// The span of the figure at `index`, without rebuilding it.
    pub(crate) fn figure_span(&self, index: usize) -> Option<Span> {
        self.figures.get(index).map(|r| r.span())
    }

    /// Every figure, in document order (inside quotations too), built on access.
    ///
    /// The document stores figures compactly (a 20-byte record each, the rare parts in side
    /// tables) rather than as 144-byte [`Figure`]s, so this is an iterator of owned figures,
    /// not a slice; `collect` it for a `Vec<Figure>`.
    ///
    /// ```
    /// let doc = speechmark::parse("Trade reached US$1.3 billion in 2024.");
    /// let values: Vec<_> = doc.figures().filter_map(|f| f.value).map(|v| v.to_string()).collect();
    /// assert_eq!(values, ["1300000000", "2024"]);
    /// ```
    #[must_use]
    pub fn figures(&self) -> Figures<'_> {
        Figures::new(self)
    }
}
