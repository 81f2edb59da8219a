//! Errors of the byte-level entry points.

/// Why [`parse_bytes`](crate::parse_bytes) or [`try_parse`](crate::try_parse) refused an input.
///
/// [`parse`](fn@crate::parse) never fails: every `&str` gives a document.
///
/// ```
/// use speechmark::{parse_bytes, Error};
///
/// let err = parse_bytes(b"Putin: \xff").unwrap_err();
/// assert_eq!(err, Error::InvalidUtf8 { offset: 7 });
/// assert_eq!(err.to_string(), "input is not valid UTF-8: invalid byte at offset 7");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not UTF-8. `offset` is the first byte of the first invalid sequence
    /// (for a sequence cut short by the end of the input, where it starts).
    #[error("input is not valid UTF-8: invalid byte at offset {offset}")]
    InvalidUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The input is longer than a [`Span`](crate::Span) can address.
    #[error("input is {len} bytes long; spans address at most {max} bytes")]
    TooLarge {
        /// The input's length in bytes.
        len: usize,
        /// The largest length that can be parsed.
        max: usize,
    },
}
