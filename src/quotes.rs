//! Quotation marks: which characters open and close a quotation, and which close which.

/// The style of a quotation mark. A quotation opened in one style and closed in another is
/// [mixed](crate::DiagnosticCode::MixedQuoteStyles).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// `“ ”` (and the German low `„`).
    Curly,
    /// `‘ ’`.
    CurlySingle,
    /// `"`.
    Straight,
    /// `« »`.
    Guillemet,
}

/// Every character that may open or close a quotation.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '„' | '‘' | '’' | '"' | '«' | '»')
}

/// The style of an opening mark. A straight `"` opens and closes, so it is here and in
/// [`closing`].
pub(crate) fn opening(c: char) -> Option<Style> {
    match c {
        '“' | '„' => Some(Style::Curly),
        '‘' => Some(Style::CurlySingle),
        '"' => Some(Style::Straight),
        '«' => Some(Style::Guillemet),
        _ => None,
    }
}

/// The style of a closing mark.
pub(crate) fn closing(c: char) -> Option<Style> {
    match c {
        '”' => Some(Style::Curly),
        '’' => Some(Style::CurlySingle),
        '"' => Some(Style::Straight),
        '»' => Some(Style::Guillemet),
        _ => None,
    }
}
