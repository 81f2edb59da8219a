//! WebVTT voice tags: a meeting tool's subtitle export names the speaker of each cue in a tag
//! before the words (`<v Lena Ortiz>Good morning.</v>`).
//!
//! The tag is the label: `<v` (and any classes, `<v.loud`) is its lead-in, the name runs to
//! the `>`, which is its punctuation. The closing `</v>`, when there is one, stays in the
//! speech: the tree keeps every byte of the text.

use super::colon::bare_name;
use super::{LabelMatch, WINDOW};
use crate::ast::LabelStyle;
use nom::bytes::complete::{tag, take_till1, take_while};
use nom::character::complete::char as ch;
use nom::combinator::recognize;
use nom::multi::many0_count;
use nom::sequence::preceded;
use nom::{IResult, Parser};

/// Recognises a voice tag at the start of `line`.
///
/// ```text
/// voice_label ::= '<v' ('.' class)* ' '+ name '>'
/// class       ::= (char - '.' - ' ' - '>')+
/// name        ::= (char - '>' - '<' - line break)+     -- at most `WINDOW` bytes in all
/// ```
///
/// The label's lead is `<v` with its classes, its name the tag's text (trimmed), its
/// punctuation the `>`.
#[inline]
pub(crate) fn voice_label(line: &str) -> Option<LabelMatch> {
    // Almost no line starts with the tag: two bytes say so, here in the caller.
    if line.as_bytes().get(..2) != Some(b"<v") {
        return None;
    }
    grammar(line)
}

/// [`voice_label`] past its two-byte test.
#[inline(never)]
fn grammar(line: &str) -> Option<LabelMatch> {
    let class = take_till1(|c| matches!(c, '.' | ' ' | '>'));
    let opener = recognize((tag("<v"), many0_count(preceded(ch('.'), class))));
    let name = take_till1(|c| matches!(c, '>' | '<' | '\n' | '\r'));
    let parsed: IResult<&str, _> = (opener, take_while(|c| c == ' '), name, ch('>')).parse(line);
    let (_, (opener, spaces, name, _)) = parsed.ok()?;
    let name = name.trim_end();
    let start = opener.len() + spaces.len();
    let end = start + name.len();
    let punct = line.get(end..)?.find('>')? + end;
    if spaces.is_empty() || name.is_empty() || punct >= WINDOW {
        return None;
    }
    // The tag names the speaker whatever the words: their style is a colon label's when
    // they read as one.
    let style = bare_name(name).unwrap_or(LabelStyle::Name);
    let m = LabelMatch::new(
        (0, name.len()),
        None,
        (punct - start, punct - start + 1),
        style,
    )?;
    m.after((opener.len(), start))
}

#[cfg(test)]
mod tests {
    use super::voice_label;

    /// The lead, name and punctuation of the label, as text.
    fn parts(line: &str) -> Option<(&str, &str, &str)> {
        let m = voice_label(line)?;
        let (n, p) = (m.name(), m.punct());
        Some((
            line.get(..m.lead()?.1)?,
            line.get(n.0..n.1)?,
            line.get(p.0..p.1)?,
        ))
    }

    #[test]
    fn voice_tags() {
        assert_eq!(
            parts("<v Lena Ortiz>Good morning.</v>"),
            Some(("<v", "Lena Ortiz", ">"))
        );
        assert_eq!(
            parts("<v.loud.first Tom Haas>Thanks.</v>"),
            Some(("<v.loud.first", "Tom Haas", ">"))
        );
        assert_eq!(parts("<v  Ana >Yes."), Some(("<v", "Ana", ">")));
    }

    #[test]
    fn other_tags_are_not_voices() {
        assert_eq!(parts("<i>Music</i>"), None);
        assert_eq!(parts("<v>Nobody</v>"), None);
        assert_eq!(parts("<vLena>Hi"), None);
        assert_eq!(parts("<v Lena"), None);
        assert_eq!(parts("<v <b>Lena</b>>Hi"), None);
    }
}
