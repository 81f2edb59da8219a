use super::split;
use crate::span::sp;

fn pieces(text: &str) -> Vec<&str> {
    split(text, sp(0, text.len()))
        .iter()
        .filter_map(|s| s.slice(text))
        .collect()
}

/// Each case: a paragraph and the sentences it must split into.
const CASES: &[(&str, &[&str])] = &[
    // Plain endings.
    (
        "The port reopened. Ships queued outside.",
        &["The port reopened.", "Ships queued outside."],
    ),
    (
        "Is the border open? Nobody knows!",
        &["Is the border open?", "Nobody knows!"],
    ),
    ("Really?! That is news.", &["Really?!", "That is news."]),
    ("One sentence only.", &["One sentence only."]),
    // No final punctuation.
    (
        "The session continues tomorrow",
        &["The session continues tomorrow"],
    ),
    (
        "Talks ended. Delegates left without a statement",
        &["Talks ended.", "Delegates left without a statement"],
    ),
    ("", &[]),
    ("   ", &[]),
    // Titles mid-sentence.
    (
        "Mr. Okafor chaired the panel.",
        &["Mr. Okafor chaired the panel."],
    ),
    (
        "Yesterday Dr. Lindqvist and Prof. Aziz met Gen. Tanaka.",
        &["Yesterday Dr. Lindqvist and Prof. Aziz met Gen. Tanaka."],
    ),
    (
        "She thanked Mrs. Halloran. Then she sat down.",
        &["She thanked Mrs. Halloran.", "Then she sat down."],
    ),
    (
        "MS. REYES said the vote was close.",
        &["MS. REYES said the vote was close."],
    ),
    (
        "Sen. Ortiz and Rep. Bell disagreed.",
        &["Sen. Ortiz and Rep. Bell disagreed."],
    ),
    (
        "The choir sang at St. Mary's church.",
        &["The choir sang at St. Mary's church."],
    ),
    (
        "They flew to St. Petersburg on Friday.",
        &["They flew to St. Petersburg on Friday."],
    ),
    // Abbreviations at a sentence's end.
    (
        "The office is on Harbour St. The entrance is at the back.",
        &[
            "The office is on Harbour St.",
            "The entrance is at the back.",
        ],
    ),
    (
        "It sells tea, rice, sugar, etc. The list is long.",
        &["It sells tea, rice, sugar, etc.", "The list is long."],
    ),
    (
        "The buyer was Norvale Inc. It paid in cash.",
        &["The buyer was Norvale Inc.", "It paid in cash."],
    ),
    (
        "Exports rose in the U.S. The rise was small.",
        &["Exports rose in the U.S.", "The rise was small."],
    ),
    (
        "She moved to the U.K. last year.",
        &["She moved to the U.K. last year."],
    ),
    (
        "U.S. officials declined to comment.",
        &["U.S. officials declined to comment."],
    ),
    (
        "The U.S. Treasury issued a note.",
        &["The U.S. Treasury issued a note."],
    ),
    (
        "He sold shares in Brightwater Ltd. and left.",
        &["He sold shares in Brightwater Ltd. and left."],
    ),
    (
        "Fruit, e.g. mangoes, is taxed.",
        &["Fruit, e.g. mangoes, is taxed."],
    ),
    (
        "Some crops, e.g., wheat, failed.",
        &["Some crops, e.g., wheat, failed."],
    ),
    (
        "The rule, i.e. the new tariff, applies.",
        &["The rule, i.e. the new tariff, applies."],
    ),
    (
        "They met, cf. the earlier memo.",
        &["They met, cf. the earlier memo."],
    ),
    (
        "The firm paid its staff etc. and more",
        &["The firm paid its staff etc. and more"],
    ),
    // Initials.
    (
        "J. R. R. Tolkien wrote it.",
        &["J. R. R. Tolkien wrote it."],
    ),
    (
        "George W. Bush visited twice.",
        &["George W. Bush visited twice."],
    ),
    (
        "The letter was signed by A. B. Mensah. It was dated May.",
        &[
            "The letter was signed by A. B. Mensah.",
            "It was dated May.",
        ],
    ),
    (
        "That ended World War I. The treaty followed.",
        &["That ended World War I.", "The treaty followed."],
    ),
    // Decimals and amounts.
    (
        "Trade reached US$1.3 billion in 2024.",
        &["Trade reached US$1.3 billion in 2024."],
    ),
    (
        "Pi is about 3.14. Nobody disputes it.",
        &["Pi is about 3.14.", "Nobody disputes it."],
    ),
    (
        "The index fell 0.5 per cent. Bonds rose.",
        &["The index fell 0.5 per cent.", "Bonds rose."],
    ),
    (
        "Growth was 2.7%. Inflation was 3.1%.",
        &["Growth was 2.7%.", "Inflation was 3.1%."],
    ),
    (
        "Version 10.2.1 ships today.",
        &["Version 10.2.1 ships today."],
    ),
    (
        "The deficit was $4.5bn. It will shrink.",
        &["The deficit was $4.5bn.", "It will shrink."],
    ),
    // Numbers at the end of a sentence.
    (
        "The talks began in 2019. Little changed.",
        &["The talks began in 2019.", "Little changed."],
    ),
    (
        "The score was 3. The crowd left.",
        &["The score was 3.", "The crowd left."],
    ),
    ("See No. 7 on the list.", &["See No. 7 on the list."]),
    (
        "It was signed on Sept. 14 in Geneva.",
        &["It was signed on Sept. 14 in Geneva."],
    ),
    ("Read pp. 12 to 19 first.", &["Read pp. 12 to 19 first."]),
    (
        "He said no. Then he left.",
        &["He said no.", "Then he left."],
    ),
    // Numbered lists.
    ("1. Agree the agenda.", &["1. Agree the agenda."]),
    (
        "The plan has steps: 1. Survey. 2. Build. 3. Inspect.",
        &["The plan has steps: 1. Survey.", "2. Build.", "3. Inspect."],
    ),
    (
        "Priorities:\n1. Energy\n2. Rail links\n3. Visas",
        &["Priorities:", "1. Energy", "2. Rail links", "3. Visas"],
    ),
    (
        "Bring these:\n- a passport\n- two photos",
        &["Bring these:", "- a passport", "- two photos"],
    ),
    (
        "The count rose to\n12 by noon.",
        &["The count rose to\n12 by noon."],
    ),
    // Ellipses.
    (
        "He paused... Then he went on.",
        &["He paused...", "Then he went on."],
    ),
    (
        "She hesitated… The room waited.",
        &["She hesitated…", "The room waited."],
    ),
    (
        "We wanted more... but we got less.",
        &["We wanted more... but we got less."],
    ),
    ("And so … it ends", &["And so … it ends"]),
    ("Well.... Maybe.", &["Well....", "Maybe."]),
    // Quotation marks and brackets at the end.
    (
        "He said, “We are ready.” Then he sat down.",
        &["He said, “We are ready.”", "Then he sat down."],
    ),
    (
        "She wrote \"Done.\" The file closed.",
        &["She wrote \"Done.\"", "The file closed."],
    ),
    (
        "“Will you sign?” she asked.",
        &["“Will you sign?” she asked."],
    ),
    (
        "“Sign it!” The aide ran off.",
        &["“Sign it!”", "The aide ran off."],
    ),
    (
        "(The vote is on Monday.) Members must attend.",
        &["(The vote is on Monday.)", "Members must attend."],
    ),
    (
        "They agreed [at last.] Prices fell.",
        &["They agreed [at last.]", "Prices fell."],
    ),
    (
        "He called it ‘a start.’ Critics disagreed.",
        &["He called it ‘a start.’", "Critics disagreed."],
    ),
    (
        "Trade grew. “It will grow,” he said.",
        &["Trade grew.", "“It will grow,” he said."],
    ),
    // A colon that introduces a quotation.
    (
        "This is what she said: “We will reply.”",
        &["This is what she said: “We will reply.”"],
    ),
    (
        "The minister added: \"No comment.\"",
        &["The minister added: \"No comment.\""],
    ),
    (
        "He told reporters: We are not leaving.",
        &["He told reporters: We are not leaving."],
    ),
    // Dashes.
    (
        "The deal — signed at dawn — holds.",
        &["The deal — signed at dawn — holds."],
    ),
    (
        "It failed--again. Nobody was surprised.",
        &["It failed--again.", "Nobody was surprised."],
    ),
    (
        "Wait – is that final? Yes.",
        &["Wait – is that final?", "Yes."],
    ),
    // Times.
    ("At 5 p.m. Mr. Smith left.", &["At 5 p.m. Mr. Smith left."]),
    (
        "The meeting ended at 5 p.m. The next one is in June.",
        &["The meeting ended at 5 p.m.", "The next one is in June."],
    ),
    (
        "Doors open at 9 a.m. sharp.",
        &["Doors open at 9 a.m. sharp."],
    ),
    (
        "The flight leaves at 6.30 tomorrow.",
        &["The flight leaves at 6.30 tomorrow."],
    ),
    // URLs and e-mail addresses.
    (
        "Details are at www.example.org. Registration closes soon.",
        &[
            "Details are at www.example.org.",
            "Registration closes soon.",
        ],
    ),
    (
        "See https://example.com/a.b?c=1 for the rules.",
        &["See https://example.com/a.b?c=1 for the rules."],
    ),
    (
        "Write to press@ministry.example.gov. We reply within a day.",
        &[
            "Write to press@ministry.example.gov.",
            "We reply within a day.",
        ],
    ),
    (
        "Is it on example.net? Check first.",
        &["Is it on example.net?", "Check first."],
    ),
    // Whitespace: non-breaking spaces, line breaks, tabs.
    (
        "Prices rose.\u{a0}Wages did not.",
        &["Prices rose.", "Wages did not."],
    ),
    (
        "Mr.\u{a0}Haddad spoke first.",
        &["Mr.\u{a0}Haddad spoke first."],
    ),
    (
        "The vote failed.\nA second vote\nis planned.",
        &["The vote failed.", "A second vote\nis planned."],
    ),
    (
        "  Leading space. Trailing space.  ",
        &["Leading space.", "Trailing space."],
    ),
    ("Tabs.\tWork too.", &["Tabs.", "Work too."]),
    // Lower case after a terminator does not start a sentence.
    (
        "The gas price fell. and then rose",
        &["The gas price fell. and then rose"],
    ),
    // Odd inputs.
    ("...", &["..."]),
    ("?!", &["?!"]),
    ("A. B. C.", &["A. B. C."]),
    ("Done.   ", &["Done."]),
    ("Über alles. Ça va.", &["Über alles.", "Ça va."]),
    (
        "Цены выросли. Зарплаты нет.",
        &["Цены выросли.", "Зарплаты нет."],
    ),
];

#[test]
fn sentence_cases() {
    assert!(CASES.len() >= 60, "only {} cases", CASES.len());
    let mut failures = Vec::new();
    for (text, want) in CASES {
        let got = pieces(text);
        if got != *want {
            failures.push(format!("{text:?}\n   got {got:?}\n  want {want:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn spans_are_relative_to_the_whole_input() {
    let text = "Q: Yes. No.";
    let got = split(text, sp(3, text.len()));
    assert_eq!(got, vec![sp(3, 7), sp(8, 11)]);
    assert_eq!(split(text, sp(3, 99)), Vec::new());
}

#[test]
fn pathological_inputs_stay_linear() {
    let many_titles = "Mr. ".repeat(100_000);
    assert_eq!(split(&many_titles, sp(0, many_titles.len())).len(), 1);
    let no_punct = "word ".repeat(200_000);
    assert_eq!(split(&no_punct, sp(0, no_punct.len())).len(), 1);
    let dots = ".".repeat(500_000);
    assert_eq!(split(&dots, sp(0, dots.len())).len(), 1);
    let lead = format!("{} 1. A 2. A", "(".repeat(100_000));
    let t = format!("{lead}{}", " 3. A".repeat(50_000));
    assert!(!split(&t, sp(0, t.len())).is_empty());
    let newlines = "a\n".repeat(200_000);
    assert_eq!(split(&newlines, sp(0, newlines.len())).len(), 1);
    let sentences = "Go. ".repeat(100_000);
    assert_eq!(split(&sentences, sp(0, sentences.len())).len(), 100_000);
}

mod props {
    use super::super::split;
    use crate::lexical::is_space;
    use crate::span::sp;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn spans_are_well_formed(text in "(\\PC|[ .?!…\n\u{a0}“”\"'’A-Za-z0-9]){0,80}", pad in 0usize..3) {
            let start = text.char_indices().nth(pad).map_or(text.len(), |(i, _)| i);
            let spans = split(&text, sp(start, text.len()));
            let mut prev = start;
            for s in &spans {
                prop_assert!(s.start as usize >= prev, "ordered and non-overlapping");
                prop_assert!(s.start < s.end, "not empty");
                prop_assert!(s.end as usize <= text.len());
                prop_assert!(s.slice(&text).is_some(), "on char boundaries");
                prev = s.end as usize;
            }
            for (i, c) in text.char_indices().filter(|&(i, _)| i >= start) {
                if !is_space(c) {
                    prop_assert!(spans.iter().any(|s| s.range().contains(&i)), "char at {} not covered", i);
                }
            }
        }
    }
}
