#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod analysis;
mod ast;
mod check;
mod diagnostic;
mod error;
#[cfg(feature = "generator")]
pub mod generate;
mod inline;
mod lexical;
mod options;
mod parse;
mod position;
mod render;
mod serde_tag;
mod span;
#[cfg(feature = "testing")]
pub mod testing;

pub use ast::walk::{Node, Nodes};
pub use ast::{
    Block, Currency, Decimal, Dialogue, Document, Figure, FigureKind, Heading, Inline, IsoDate,
    LabelStyle, Layout, Link, LinkForm, LinkPlaceholder, MAX_QUOTE_DEPTH, Paragraph,
    ParseDecimalError, PlaceholderKind, Quote, Sentence, Separator, SpeakerLabel, Turn, Utterance,
};
pub use check::{ContractError, Piece, Pieces};
pub use diagnostic::{Diagnostic, DiagnosticCode};
pub use error::Error;
pub use options::Options;
pub use position::{LineCol, LineIndex};
pub use span::Span;

/// The longest input, in bytes, that spans can address.
pub const MAX_INPUT_LEN: usize = u32::MAX as usize;

/// Parses `text` with the default [`Options`]. Never fails and never panics.
///
/// An input longer than [`MAX_INPUT_LEN`] cannot be addressed by spans: it gives an empty
/// document that carries an [`DiagnosticCode::InputTooLarge`] diagnostic. Use [`try_parse`]
/// to get an error instead.
///
/// ```
/// let doc = speechmark::parse("Putin: “Hello.”\n");
/// assert_eq!(doc.blocks.len(), 1);
/// ```
#[must_use]
pub fn parse(text: &str) -> Document {
    parse_with(text, &Options::default())
}

/// Parses `text` with the given options. Never fails and never panics.
///
/// ```
/// use speechmark::{parse_with, Options};
/// let doc = parse_with("Q: Why?\n", &Options::new());
/// assert_eq!(doc.blocks.len(), 1);
/// ```
#[must_use]
pub fn parse_with(text: &str, options: &Options) -> Document {
    match check_len(text.len(), MAX_INPUT_LEN) {
        Ok(()) => parse::parse(text, options),
        Err(err) => Document::too_large(&err),
    }
}

/// Parses `text`, refusing an input too large for spans instead of giving an empty document.
///
/// ```
/// let doc = speechmark::try_parse("Summary\n", &speechmark::Options::new()).unwrap();
/// assert_eq!(doc.blocks.len(), 1);
/// ```
pub fn try_parse(text: &str, options: &Options) -> Result<Document, Error> {
    check_len(text.len(), MAX_INPUT_LEN)?;
    Ok(parse::parse(text, options))
}

/// Parses bytes that should be UTF-8 text, with the default [`Options`].
///
/// Refuses input that is not UTF-8 (naming the first bad byte) or that is longer than
/// [`MAX_INPUT_LEN`]. A byte-order mark is kept, and spans count it.
///
/// ```
/// use speechmark::{parse_bytes, Error};
///
/// assert!(parse_bytes("Putin: Yes.".as_bytes()).is_ok());
/// assert_eq!(parse_bytes(b"ab\xc3").unwrap_err(), Error::InvalidUtf8 { offset: 2 });
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Document, Error> {
    parse_bytes_with(bytes, &Options::default())
}

/// [`parse_bytes`] with the given options.
///
/// ```
/// use speechmark::{parse_bytes_with, Options};
/// assert!(parse_bytes_with(b"Q: Why?", &Options::new()).is_ok());
/// ```
pub fn parse_bytes_with(bytes: &[u8], options: &Options) -> Result<Document, Error> {
    check_len(bytes.len(), MAX_INPUT_LEN)?;
    let text = std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    Ok(parse::parse(text, options))
}

/// The length check behind every entry point, with the limit as a parameter so that it can be
/// tested without allocating gigabytes.
fn check_len(len: usize, max: usize) -> Result<(), Error> {
    if len > max {
        Err(Error::TooLarge { len, max })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_limit_is_inclusive() {
        assert_eq!(check_len(10, 10), Ok(()));
        assert_eq!(check_len(11, 10), Err(Error::TooLarge { len: 11, max: 10 }));
    }
}
