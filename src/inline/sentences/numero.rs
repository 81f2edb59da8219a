//! Abbreviations that stand before a number and never end a sentence there: number signs
//! (`No. 5`, `N°. 12`, `Art. 3`) and currencies written before the amount (`Rs. 3 crore`).
//!
//! ```text
//! numero ::= sign '.' gap+ digit
//! sign   ::= 'No' | 'Nos' | 'Nr' | 'Art'          (any case)
//!          | 'N°' | 'Nº' | 'n°' | 'nº'
//!          | 'Rs' | 'Re' | 'Rp' | 'Tk' | 'Ksh' | 'Dhs'
//! gap    ::= ' ' | '\t' | U+00A0
//! ```
//!
//! Before anything but a digit these are words (`He said no. Then he left.`).

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while1};
use nom::character::complete::{char as ch, satisfy};

/// Whether `s` starts with a number sign, its full stop and a number.
pub(super) fn before_number(s: &str) -> bool {
    let sign = alt((
        tag_no_case("nos"),
        tag_no_case("no"),
        tag_no_case("nr"),
        tag_no_case("art"),
        alt((tag("N°"), tag("Nº"), tag("n°"), tag("nº"))),
        alt((
            tag("Rs"),
            tag("Re"),
            tag("Rp"),
            tag("Tk"),
            tag("Ksh"),
            tag("Dhs"),
        )),
    ));
    let gap = take_while1(|c| matches!(c, ' ' | '\t' | '\u{a0}'));
    (
        sign,
        ch::<_, nom::error::Error<&str>>('.'),
        gap,
        satisfy(|c| c.is_ascii_digit()),
    )
        .parse(s)
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::before_number;

    #[test]
    fn signs() {
        assert!(before_number("No. 5 on the list"));
        assert!(before_number("N°. 12"));
        assert!(before_number("nos. 3 and 4"));
        assert!(before_number("Rs. 3 crore"));
        assert!(before_number("Art.\u{a0}9"));
        assert!(!before_number("No. Nobody"));
        assert!(!before_number("Nov. 5"));
        assert!(!before_number("Rs.3"));
    }
}
