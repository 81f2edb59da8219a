//! Property tests: on any input, the tree keeps the shared invariants
//! (`speechmark::testing::check_invariants`: the span contract, top-level pieces that give back
//! the input, a JSON form that round-trips).

use proptest::prelude::*;
use speechmark::{Document, Layout, Options};

fn assert_contract(text: &str, options: &Options) -> Document {
    match speechmark::testing::check_invariants(text, options) {
        Ok(doc) => doc,
        Err(e) => panic!("{e}\ninput: {text:?}"),
    }
}

fn all_options() -> impl Strategy<Value = Options> {
    (0..3u8, any::<bool>()).prop_map(|(layout, inlines)| {
        let o = Options::new().inlines(inlines);
        match layout {
            0 => o,
            1 => o.layout(Layout::LinePerParagraph),
            _ => o.layout(Layout::BlankLineSeparated),
        }
    })
}

/// Lines of the kinds real documents are made of, and the pieces that make parsers stumble.
fn document_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Putin: “We agree.".to_owned()),
        Just("Putin: “We agree.”".to_owned()),
        Just("Sharif: \"Thank you.\"".to_owned()),
        Just("“And the second point.".to_owned()),
        Just("That is all.”".to_owned()),
        Just("Q:".to_owned()),
        Just("MS. SMITH: Good morning.".to_owned()),
        Just("  Mr. SMITH. Mr. President, I rise".to_owned()),
        Just("President of\u{a0}Veloria Anna Berg (answering a question):".to_owned()),
        Just("Summary".to_owned()),
        Just("## Further Reading".to_owned()),
        Just("* * *".to_owned()),
        Just("Here is another problem: the roads.".to_owned()),
        Just("Trade reached US$1.3 billion in 2024, up 12.5 per cent.".to_owned()),
        Just("For more, please click here.".to_owned()),
        Just("He said ‘no’ and left… Then Mr. J. R. Smith (U.S.) came at 5 p.m.".to_owned()),
        Just("".to_owned()),
        Just("   ".to_owned()),
        Just("\u{feff}".to_owned()),
        // Labels of other transcript kinds, and subtitle cues.
        Just(">> [00:01:09] Dana Reyes (host): Welcome back.".to_owned()),
        Just("Speaker 1  0:00".to_owned()),
        Just("Dana Reyes\u{a0}\u{a0}(1:02:09)".to_owned()),
        Just("Laura Chen -- Chief Executive Officer".to_owned()),
        Just("Operator".to_owned()),
        Just("Q.  Where were you?".to_owned()),
        Just("The Prime Minister (Rhona Vale): Thank you.".to_owned()),
        Just("00:00:01,000 --> 00:00:04,000 align:start".to_owned()),
        Just("12".to_owned()),
        Just("Q Thank you. When?".to_owned()),
        Just("END 2:15 P.M. EDT".to_owned()),
        Just("WEBVTT".to_owned()),
        Just("<v.loud Tom Haas>Thanks.</v>".to_owned()),
        Just("1. Jane Whitfield (Northbridge) (Lab): Why?".to_owned()),
        Just("Copyright © 2026 Harbor Radio.".to_owned()),
        Just("UNIDENTIFIED PERSON #1: No.".to_owned()),
        Just("SEN. ARNE VIK (D), VERMONT: Yes.".to_owned()),
        "[a-zA-Z “”‘’\"«»:.,!?()\u{a0}\t$€%0-9-]{0,40}",
    ]
}

fn line_break() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("\n"),
        Just("\r\n"),
        Just("\r"),
        Just("\n\n"),
        Just("\n  ")
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_string_keeps_the_contract(text in any::<String>(), options in all_options()) {
        assert_contract(&text, &options);
    }

    #[test]
    fn document_like_lines_keep_the_contract(
        lines in prop::collection::vec((document_line(), line_break()), 0..40),
        options in all_options(),
    ) {
        let text: String = lines.iter().flat_map(|(l, b)| [l.as_str(), *b]).collect();
        assert_contract(&text, &options);
    }

    #[test]
    fn parsing_is_deterministic(lines in prop::collection::vec(document_line(), 0..20)) {
        let text = lines.join("\n");
        prop_assert_eq!(speechmark::parse(&text), speechmark::parse(&text));
    }

    #[test]
    fn bytes_and_text_entry_points_agree(text in any::<String>()) {
        prop_assert_eq!(speechmark::parse_bytes(text.as_bytes()).ok(), Some(speechmark::parse(&text)));
    }
}
