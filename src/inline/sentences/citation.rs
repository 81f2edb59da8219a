//! A citation after a quotation belongs to the quoting sentence: `"... [...]" (Smith 55).`
//!
//! ```text
//! citation ::= '(' [^.?!()\n\r]{1,60} ')' ('.' | '?' | '!')
//! ```
//!
//! The parenthesis holds no sentence of its own (`"Thanks." (Applause.)` stays two) and ends
//! where the quoting sentence does.

use nom::Parser;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char as ch, one_of};
use nom::sequence::delimited;

/// Whether `s` starts with a citation.
pub(super) fn at_start(s: &str) -> bool {
    let inside = take_while_m_n(1, 60, |c| {
        !matches!(c, '.' | '?' | '!' | '(' | ')' | '\n' | '\r')
    });
    (
        delimited(ch::<_, nom::error::Error<&str>>('('), inside, ch(')')),
        one_of(".?!"),
    )
        .parse(s)
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::at_start;

    #[test]
    fn citations() {
        assert!(at_start("(Okafor 112)."));
        assert!(at_start("(Okafor, 4)?"));
        assert!(!at_start("(Applause.)"));
        assert!(!at_start("(Applause)"));
        assert!(!at_start("()."));
    }
}
