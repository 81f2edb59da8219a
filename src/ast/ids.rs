//! Typed node ids: small `Copy` handles that are stable within one parse, for keying side
//! tables (annotations, scores) on the nodes of a document.

use std::fmt;
use std::num::NonZeroU32;

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$doc])*
        ///
        /// Ids are 4 bytes (`Option` of one too) and number the nodes of their kind in
        /// document order from 0, so a `Vec` indexed by [`index`](Self::index) is a side table.
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(NonZeroU32);

        impl $name {
            /// The id of the node at `index` among the nodes of its kind, or `None` past
            /// `u32::MAX - 1`.
            #[must_use]
            pub(crate) fn new(index: usize) -> Self {
                // A document has fewer nodes than bytes, and its length fits in `u32`; the
                // saturation is never reached but keeps the conversion total.
                let n = u32::try_from(index).unwrap_or(u32::MAX).saturating_add(1);
                $name(NonZeroU32::new(n).unwrap_or(NonZeroU32::MAX))
            }

            /// The node's position among the nodes of its kind, in document order.
            #[must_use]
            pub const fn index(self) -> usize {
                (self.0.get() - 1) as usize
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.index())
            }
        }
    )+};
}

ids! {
    /// The id of a heading.
    HeadingId,
    /// The id of a separator.
    SeparatorId,
    /// The id of a page marker.
    PageMarkerId,
    /// The id of a paragraph (narrative or inside an utterance).
    ParagraphId,
    /// The id of a dialogue.
    DialogueId,
    /// The id of a turn; its speaker label and utterance share it.
    TurnId,
    /// The id of a sentence.
    SentenceId,
    /// The id of an inline node (figure, link, link placeholder or quotation).
    InlineId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_number_from_zero_and_stay_small() {
        assert_eq!(TurnId::new(0).index(), 0);
        assert_eq!(TurnId::new(41).index(), 41);
        assert_eq!(std::mem::size_of::<Option<SentenceId>>(), 4);
        assert_eq!(format!("{:?}", InlineId::new(3)), "InlineId(3)");
    }
}
