//! Name-and-role lines: an earnings call's or a panel's transcript names each speaker on a
//! line of their own, the role after a dash, and the speech in the paragraphs below:
//!
//! ```text
//! Laura Chen -- Chief Executive Officer
//!
//! Thanks, everyone.
//! ```
//!
//! A title-case headline can have the same shape (`Climate Talks -- What We Know`), so the
//! role must hold a word that names a role (`Officer`, `Analyst`, `President`), and the
//! line must hold nothing else. Earnings-call transcripts also print an analyst with a
//! hyphen and the firm alone (`Sam Okafor - Birchwood Securities`); headings and bylines
//! take that shape too (`Fund Flows - Emerging Markets`, `Ana Reyes - Markets Correspondent`),
//! so a hyphen or a firm for a role counts only once the text has had a speaker's label.

use super::words;
use super::{LabelMatch, MAX_WORDS, gap, is_capitalised, is_gap};
use crate::ast::LabelStyle;
use crate::lexical::{firm_word, is_dash_word};
use nom::bytes::complete::take_till1;
use nom::combinator::verify;
use nom::{IResult, Parser};

/// Most words in the name: `J. Robert de Souza`.
const MAX_NAME_WORDS: usize = 4;
/// The longest line that can be such a label, in bytes.
const MAX_LINE: usize = 120;

/// A dash standing alone: `--`, `–`, `—`, or a hyphen (`lexical::is_dash_word`).
fn dash(i: &str) -> IResult<&str, &str> {
    verify(take_till1(is_gap), |w: &str| is_dash_word(w)).parse(i)
}

fn name_word(w: &str) -> bool {
    is_capitalised(w)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
}

/// A word of the role: capitalised (`Chief`, `J.P.`), a connector (`of`, `and`, `&`), or a
/// number (`Class 2`); a comma may follow it.
fn role_word(w: &str) -> bool {
    let w = w.strip_suffix(',').unwrap_or(w);
    !w.is_empty()
        && (is_capitalised(w)
            || words::connector(w)
            || w == "&"
            || w.bytes().all(|b| b.is_ascii_digit()))
}

/// Recognises a name-and-role line: `line` must be the whole line; `context` says whether
/// the text has had a speaker's label before (then a hyphen may be the dash, and a firm's
/// word the role).
///
/// ```text
/// dash_label ::= name gap dash gap role
/// name       ::= word (gap (word | particle)){0,2} gap word  -- particle: `de`, `van`
///                                              -- capitalised words and initials
/// dash       ::= '--' | '–' | '—' | '-'
/// role       ::= part (gap dash gap part){0,2}  -- `Halvorsen Capital -- Analyst`
/// part       ::= role_word (gap role_word)*    -- one of them a role: `words::dash_role`
///                                              -- (or a firm's word, `lexical::firm_word`,
///                                              -- in context);
///                                              -- before a comma or a dash, a role word
///                                              -- ends the role or a connector follows it
/// ```
///
/// The name is the whole line, role included (as in `Dmitry Ivanov, ceremony moderator:`);
/// the punctuation is an empty span at the line's end.
#[inline]
pub(crate) fn dash_label(line: &str, context: bool) -> Option<LabelMatch> {
    // Most paragraphs are longer: the test is inlined into the caller, the rest kept out of
    // line (a call into it costs more than the test).
    if line.len() > MAX_LINE {
        return None;
    }
    dash_grammar(line, context)
}

/// [`dash_label`] for a line short enough.
#[inline(never)]
fn dash_grammar(line: &str, context: bool) -> Option<LabelMatch> {
    let (before, after, hyphen) = split_at_dash(line)?;
    // A byline: `By Ana Reyes — Capital Markets`.
    if (hyphen && !context) || before.starts_with("By ") {
        return None;
    }
    let mut names = 0;
    let mut last = "";
    for w in before.split(' ') {
        names += 1;
        // A particle inside the name: `Ana María de Souza`.
        let particle = names > 1 && words::particle(w);
        if names > MAX_NAME_WORDS || !(name_word(w) || particle) {
            return None;
        }
        last = w;
    }
    if names < 2 || !name_word(last) {
        return None;
    }
    let mut count = 0;
    let mut has_role = false;
    // In the part before any comma, a role word is followed by another, by a complement
    // that a connector opens (`Head of Research`), or by nothing: a name after it (`Prime
    // Minister Novak`) makes a headline's title, not a role.
    let mut just_role = false;
    let mut before_comma = true;
    let mut segments = 0;
    // The role's first word counts as following a dash.
    let mut last_dash = true;
    for w in after.split(' ').filter(|w| !w.is_empty()) {
        count += 1;
        // A second dash starts another part of the role, as a comma does: `Raj Menon --
        // Halvorsen Capital -- Analyst`.
        if is_dash_word(w) {
            segments += 1;
            // Each part has words: no dash first, none twice in a row.
            if segments > 2 || last_dash {
                return None;
            }
            last_dash = true;
            before_comma = false;
            continue;
        }
        last_dash = false;
        if count > MAX_WORDS || !role_word(w) {
            return None;
        }
        let bare = w.strip_suffix(',');
        let word = bare.unwrap_or(w);
        let role = words::dash_role(word) || (context && firm_word(word));
        has_role |= role;
        if before_comma {
            if role {
                just_role = true;
            } else if just_role {
                if !(words::connector(word) || word == "&") {
                    return None;
                }
                just_role = false;
            }
        }
        before_comma &= bare.is_none();
    }
    if !has_role || line.ends_with(',') || last_dash {
        return None;
    }
    LabelMatch::new(
        (0, line.len()),
        None,
        (line.len(), line.len()),
        LabelStyle::Name,
    )
}

/// The name before the dash and the role after it, each trimmed, and whether the dash is a
/// hyphen.
fn split_at_dash(line: &str) -> Option<(&str, &str, bool)> {
    // The candidates are the bytes a dash starts with (`-`, and the first byte of `–` and
    // `—`): most lines have none. The dash stands between two gaps, after the name's words.
    for at in memchr::memchr2_iter(b'-', 0xE2, line.as_bytes()) {
        let before = line.get(..at)?;
        let name = before.trim_end_matches(is_gap);
        if name.len() == before.len() || name.is_empty() {
            continue;
        }
        let parsed: IResult<&str, _> = (dash, gap).parse(line.get(at..)?);
        if let Ok((role, (d, _))) = parsed {
            return Some((name, role, d == "-"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::dash_label;

    /// A label in a text that has had labels before.
    fn dash_label_in(line: &str) -> Option<crate::parse::label::LabelMatch> {
        dash_label(line, true)
    }

    #[test]
    fn name_and_role_lines() {
        // `Laura Chen -- Chief Executive Officer` is 37 bytes: the name is all of it.
        let m = dash_label_in("Laura Chen -- Chief Executive Officer");
        assert_eq!(m.map(|m| (m.name(), m.punct())), Some(((0, 37), (37, 37))));
        assert!(dash_label_in("Mark Diaz -- Analyst, Harbor Securities").is_some());
        assert!(
            dash_label_in("Ana María de Souza – Vice President of Investor Relations").is_some()
        );
        assert!(dash_label_in("J. R. Holt — Chief Financial Officer").is_some());
        // A hyphen between spaces, and an analyst's firm for a role, once the text has had
        // labels; before, a heading or a byline.
        assert!(dash_label_in("Sam Okafor - Birchwood Securities").is_some());
        assert!(dash_label("Sam Okafor - Birchwood Securities", false).is_none());
        assert!(dash_label("Sam Okafor -- Birchwood Securities", false).is_none());
        assert!(dash_label("Fund Flows - Emerging Markets", false).is_none());
        assert!(dash_label("Ana Reyes - Markets Correspondent", false).is_none());
        assert!(dash_label("Laura Chen -- Chief Executive Officer", false).is_some());
        assert!(dash_label_in("By Ana Reyes — Capital Markets").is_none());
        assert!(dash_label_in("Lena Park - Analyst").is_some());
        assert!(dash_label_in("Rita Osei - Kestrel Capital Partners").is_some());
    }

    #[test]
    fn headlines_and_sentences_are_not() {
        // No role word.
        assert!(dash_label_in("Climate Talks -- What We Know").is_none());
        // A dateline and a sentence.
        assert!(dash_label_in("New York -- The president said on Monday.").is_none());
        // One-word name, lower-case role, no gaps around the dash.
        assert!(dash_label_in("Chen -- Chief Executive Officer").is_none());
        assert!(dash_label_in("Laura Chen -- our chief executive officer").is_none());
        assert!(dash_label_in("Laura Chen--Chief Executive Officer").is_none());
        assert!(dash_label_in("Laura Chen -- Chief Executive Officer,").is_none());
        // Headlines: a title and a name after the dash, a preposition in the "name".
        assert!(dash_label_in("Energy Week — Deputy Prime Minister Novak").is_none());
        assert!(dash_label_in("Visit to Osk — Prime Minister Arlen").is_none());
        // With a hyphen too, and with a firm's word inside a headline's clause.
        assert!(dash_label_in("Climate Talks - What We Know").is_none());
        assert!(dash_label_in("World Markets - Equities Rise on Rate Hopes").is_none());
        assert!(dash_label_in("Laura Chen - our analyst").is_none());
    }

    #[test]
    fn roles_with_a_complement_or_a_firm() {
        assert!(dash_label_in("Mia Holt -- Head of Equity Research, Osk Bank").is_some());
        assert!(dash_label_in("Mia Holt -- President and Chief Executive Officer").is_some());
        assert!(dash_label_in("Mia Holt -- Director of Investor Relations").is_some());
    }

    #[test]
    fn a_firm_and_a_role_between_dashes() {
        let line = "Raj Menon -- Halvorsen Capital -- Analyst";
        assert_eq!(
            dash_label(line, false).map(|m| m.name()),
            Some((0, line.len()))
        );
        assert!(dash_label_in("Raj Menon — Halvorsen Capital — Analyst").is_some());
        // Empty parts, too many parts, no role word in any.
        assert!(dash_label_in("Raj Menon -- -- Analyst").is_none());
        assert!(dash_label_in("Raj Menon -- Halvorsen Capital --").is_none());
        assert!(dash_label_in("Raj Menon -- A -- B -- C -- Analyst").is_none());
        assert!(dash_label_in("Climate Talks -- What We Know -- Live Updates").is_none());
    }
}
