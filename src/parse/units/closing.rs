//! The matter that closes a transcript after its last turn: the copyright line, the end
//! marker, the editor's note. Without it the last speaker would be saying `Copyright © 2025
//! …` and `This interview has been edited for length`; a paragraph that opens this way ends
//! an unquoted turn and stands as the narrator's.

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while};
use nom::character::complete::{char as ch, digit1};
use nom::combinator::{eof, opt};
use nom::{IResult, Parser};

/// Whether `line` (a paragraph's first line, trimmed) opens closing matter.
///
/// ```text
/// closing   ::= copyright | end | note | concluded | rose | edited | mark
/// copyright ::= 'copyright' ' '* ('©' | '(c)' | digit) …  -- any case
///             | '©' …
/// end       ::= ('(' | '[') 'end of ' what …               -- `(END OF TRANSCRIPT)`, any case
///             | 'END' (eol | ' ' digit …)                   -- a briefing's `END 2:15 P.M. EDT`
/// what      ::= 'transcript' | 'briefing' | 'interview' | 'call' | 'conference'
///             | 'press conference' | 'hearing' | 'session' | 'meeting' | 'programme'
///             | 'program' | 'show' | 'broadcast' | 'remarks'
/// note      ::= ('editor' ('’s' | "'s" | "s'") ' ')? 'note' ' '* ':' …   -- any case
/// concluded ::= ('(' | '[') ('the ' what ended | 'whereupon') …
///               -- `(The briefing was concluded at 2:51 p.m.)`, `(Whereupon, at 4 p.m., …)`
///             | ('(' | '[') 'proceedings' (' adjourned' | ' ended') …
/// ended     ::= ' ' ('was' | 'is') ' ' ('concluded' | 'adjourned') | ' was ended' | ' ended'
/// rose      ::= 'the ' what (' rose' | ' adjourned' | ' was adjourned' | ' concluded'
///               | ' ended') ' at ' digit …       -- `The meeting rose at 11.40 a.m.`
/// mark      ::= '###' | '-30-' | '- 30 -'        -- the whole line
/// edited    ::= 'this ' ('interview' | 'conversation' | 'transcript' | 'exchange')
///               ' ' ('has been' | 'was' | 'have been') ' ' ('lightly ')? ('edited' | 'condensed')
///               …                      -- `This interview has been edited for clarity.`
/// ```
///
/// A marker inside speech (`(END OF VIDEO CLIP)`, `(End of quote)`) is not the end of the
/// transcript, and a sentence about copyright (`Copyright is the engine …`, a label such as
/// `Copyright Office Director Ana Reyes:`) is no notice.
#[inline]
pub(crate) fn closing(line: &str) -> bool {
    // Most paragraphs start otherwise: two bytes say so (`Co`, `©`, `(E`, `EN`, `Ed`, `No`,
    // `(T`, `(W`, `This `, in any case), here where the caller runs, before any grammar.
    let head = match line.as_bytes() {
        [a, b, ..] => [a | 0x20, b | 0x20],
        _ => return false,
    };
    let prefix = |p: &[u8]| {
        line.as_bytes()
            .get(..p.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(p))
    };
    let start = match &head {
        // Many paragraphs start with `Co` (`Colleagues`) or `Th`: only these go on.
        b"co" if prefix(b"copyright") => Start::Copyright,
        [0xE2, 0xA9] => Start::Copyright,
        b"(e" | b"{e" => Start::EndOf,
        b"en" => Start::End,
        b"ed" | b"no" => Start::Note,
        b"(t" | b"{t" | b"(w" | b"{w" | b"(p" | b"{p" => Start::Concluded,
        b"th" if prefix(b"this ") => Start::Edited,
        // The record's own sentence is short; most paragraphs that start `The` are longer.
        b"th" if line.len() <= 64 && prefix(b"the ") => Start::Rose,
        // A press release's end marks, alone on their line.
        b"##" | b"-3" | b"- " => return matches!(line, "###" | "-30-" | "- 30 -"),
        _ => return false,
    };
    grammar(line, start)
}

/// Which form of closing matter a line may be, told by its first bytes.
#[derive(Clone, Copy)]
enum Start {
    Copyright,
    EndOf,
    End,
    Note,
    Concluded,
    Rose,
    Edited,
}

/// What a transcript records: `transcript`, `briefing`, `hearing` …
fn what(i: &str) -> IResult<&str, &str> {
    alt((
        tag_no_case("transcript"),
        tag_no_case("briefing"),
        tag_no_case("interview"),
        tag_no_case("call"),
        tag_no_case("conference"),
        tag_no_case("press conference"),
        tag_no_case("hearing"),
        tag_no_case("session"),
        tag_no_case("meeting"),
        tag_no_case("programme"),
        tag_no_case("program"),
        tag_no_case("show"),
        tag_no_case("broadcast"),
        tag_no_case("remarks"),
    ))
    .parse(i)
}

/// [`closing`]'s grammar, for the few lines that start as closing matter does: the form
/// their first bytes allow.
#[inline(never)]
fn grammar(line: &str, start: Start) -> bool {
    let sign = alt((tag("©"), tag_no_case("(c)"), digit1));
    let mut copyright = alt((
        (tag_no_case("copyright"), take_while(|c| c == ' '), sign).map(|_| ()),
        tag("©").map(|_| ()),
    ));
    let end_of = (alt((ch('('), ch('['))), tag_no_case("end of "), what);
    let end_time = (tag("END"), alt((eof, (ch(' '), digit1).map(|(_, d)| d))));
    let possessive = alt((tag_no_case("’s"), tag_no_case("'s"), tag_no_case("s'")));
    let note = (
        opt((tag_no_case("editor"), possessive, ch(' '))),
        tag_no_case("note"),
        take_while(|c| c == ' '),
        ch(':'),
    );
    let ended = alt((
        tag_no_case(" was concluded"),
        tag_no_case(" is concluded"),
        tag_no_case(" was adjourned"),
        tag_no_case(" is adjourned"),
        tag_no_case(" was ended"),
        tag_no_case(" ended"),
    ));
    let concluded = (
        alt((ch('('), ch('['))),
        alt((
            (tag_no_case("the "), what, ended).map(|_| ()),
            (
                tag_no_case("proceedings"),
                alt((tag_no_case(" adjourned"), tag_no_case(" ended"))),
            )
                .map(|_| ()),
            tag_no_case("whereupon").map(|_| ()),
        )),
    );
    // Without brackets, the record's own sentence with its time: `The meeting rose at 11.40
    // a.m.`, `The hearing adjourned at 4:12 p.m.`
    let rose = (
        tag_no_case("the "),
        what,
        alt((
            tag_no_case(" rose"),
            tag_no_case(" adjourned"),
            tag_no_case(" was adjourned"),
            tag_no_case(" concluded"),
            tag_no_case(" ended"),
        )),
        tag(" at "),
        digit1,
    );
    let done = alt((
        tag_no_case(" has been "),
        tag_no_case(" have been "),
        tag_no_case(" was "),
    ));
    let edited = (
        tag_no_case("this "),
        alt((
            tag_no_case("interview"),
            tag_no_case("conversation"),
            tag_no_case("transcript"),
            tag_no_case("exchange"),
        )),
        done,
        opt(tag_no_case("lightly ")),
        alt((tag_no_case("edited"), tag_no_case("condensed"))),
    );
    let ok = |r: IResult<&str, ()>| r.is_ok();
    match start {
        Start::Copyright => ok(copyright.parse(line)),
        Start::EndOf => ok(end_of.map(|_| ()).parse(line)),
        Start::End => ok(end_time.map(|_| ()).parse(line)),
        Start::Note => ok(note.map(|_| ()).parse(line)),
        Start::Concluded => ok(concluded.map(|_| ()).parse(line)),
        Start::Rose => ok(rose.map(|_| ()).parse(line)),
        Start::Edited => ok(edited.map(|_| ()).parse(line)),
    }
}

#[cfg(test)]
mod tests {
    use super::closing;

    #[test]
    fn closing_matter() {
        for line in [
            "Copyright © 2025 Harbor Radio. All rights reserved.",
            "© 2025 Harbor Radio",
            "COPYRIGHT 2025 HARBOR RADIO",
            "Copyright (c) Harbor Radio",
            "(END OF TRANSCRIPT)",
            "[End of briefing]",
            "EDITOR'S NOTE: This transcript was edited.",
            "END",
            "END 2:15 P.M. EDT",
            "Note: This interview has been edited for length.",
            "Editor's note: The mayor later corrected the figure.",
            "Editor’s Note: Edited for clarity.",
            "(The briefing was concluded at 2:51 p.m. EDT.)",
            "(The press conference is concluded.)",
            "[The hearing was adjourned at 4:10 p.m.]",
            "(Whereupon, at 11:42 a.m., the committee was adjourned.)",
            "This interview has been edited and condensed for clarity.",
            "This conversation has been lightly edited for length.",
            "This transcript was edited for clarity.",
            "The meeting rose at 11.40 a.m.",
            "The hearing adjourned at 4:12 p.m.",
            "(Proceedings adjourned at 4:12 p.m.)",
            "###",
            "-30-",
        ] {
            assert!(closing(line), "{line}");
        }
    }

    #[test]
    fn speech_and_prose_are_not_closing_matter() {
        for line in [
            "(END VIDEOTAPE)",
            "(END OF VIDEO CLIP)",
            "(End of quote)",
            "Copyright is the engine of free expression.",
            "Copyright Office Director Ana Reyes: Thank you.",
            "(Laughter.)",
            "Ending the talks was hard.",
            "END OF STORY, he said.",
            "Notes from the meeting follow.",
            "Copying the plan is easy.",
            "Editors met on Monday.",
            "Nobody noted it.",
            "(The President laughs.)",
            "(The meeting room falls silent.)",
            "The briefing was concluded quickly, she said.",
            "This interview matters to me.",
            "This transcript shows what he said.",
            "The meeting rose to its feet.",
            "The meeting ended badly.",
            "### Results",
            "-30 degrees",
            "",
        ] {
            assert!(!closing(line), "{line}");
        }
    }
}
