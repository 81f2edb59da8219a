//! Tests of the colon-label grammar: shapes that are labels and shapes that are not, with
//! spans counted by hand.

use super::*;

/// `(name, aside, punct)` of the label at the start of `s`, as text.
fn parts(s: &str) -> Option<(&str, Option<&str>, &str)> {
    let m = colon_label(s)?;
    let (n, p) = (m.name(), m.punct());
    Some((
        s.get(n.0..n.1)?,
        m.aside().and_then(|(a, b)| s.get(a..b)),
        s.get(p.0..p.1)?,
    ))
}

/// Text, name span, aside span, colon offset, style.
type Case = (
    &'static str,
    (usize, usize),
    Option<(usize, usize)>,
    usize,
    LabelStyle,
);

/// Positive cases; spans counted by hand.
const LABELS: &[Case] = &[
    ("Putin: “Last time", (0, 5), None, 5, LabelStyle::Name),
    ("Putin:", (0, 5), None, 5, LabelStyle::Name),
    ("Putin:“Hi”", (0, 5), None, 5, LabelStyle::Name),
    // `Vladimir Putin` is 14 bytes.
    (
        "Vladimir Putin: Good afternoon.",
        (0, 14),
        None,
        14,
        LabelStyle::Name,
    ),
    ("Q: Why?", (0, 1), None, 1, LabelStyle::Generic),
    // Titles abbreviated in four letters or more: `Prof. Oduya` is 11 bytes, `Brig. Gen.
    // Ryder` 16, `CAPT. HOLT` 10.
    ("Prof. Oduya: Nine.", (0, 11), None, 11, LabelStyle::Name),
    (
        "Brig. Gen. Ryder: Yes.",
        (0, 16),
        None,
        16,
        LabelStyle::Name,
    ),
    ("CAPT. HOLT: Ten.", (0, 10), None, 10, LabelStyle::Upper),
    ("A: Because.", (0, 1), None, 1, LabelStyle::Generic),
    ("Question: Why?", (0, 8), None, 8, LabelStyle::Generic),
    ("Remark: Indeed.", (0, 6), None, 6, LabelStyle::Generic),
    // An interview's other side, and a documentary's voice.
    (
        "Respondent: We left.",
        (0, 10),
        None,
        10,
        LabelStyle::Generic,
    ),
    (
        "NARRATOR: It was dawn.",
        (0, 8),
        None,
        8,
        LabelStyle::Generic,
    ),
    ("MS. SMITH: Good.", (0, 9), None, 9, LabelStyle::Upper),
    ("PUTIN: Good.", (0, 5), None, 5, LabelStyle::Upper),
    // Lower-case title: `harbour master of the Port of Veltria Anton Grell` is 49 bytes.
    (
        "harbour master of the Port of Veltria Anton Grell: We",
        (0, 49),
        None,
        49,
        LabelStyle::Name,
    ),
    // An acronym inside the title: `Northern Rowing League (NRL) Chair Ilse Marrow` is
    // 46 bytes; the parenthetical is part of the name.
    (
        "Northern Rowing League (NRL) Chair Ilse Marrow: Thank you.",
        (0, 46),
        None,
        46,
        LabelStyle::Name,
    ),
    // Glued initials.
    ("K.Vantor: Yes.", (0, 8), None, 8, LabelStyle::Name),
    ("A.B.Kessel: No.", (0, 10), None, 10, LabelStyle::Name),
    // A particle before a surname: `President of Osk Tarek al-Mansour` is 33 bytes.
    (
        "President of Osk Tarek al-Mansour (retranslated): Thank you.",
        (0, 33),
        Some((34, 48)),
        48,
        LabelStyle::Name,
    ),
    // A role after a comma: `Pavel Ostrov, evening host` is 26 bytes.
    (
        "Pavel Ostrov, evening host: Welcome.",
        (0, 26),
        None,
        26,
        LabelStyle::Name,
    ),
    // Qualified generic labels.
    (
        "Question from Karrowmere: Hello.",
        (0, 24),
        None,
        24,
        LabelStyle::Generic,
    ),
    (
        "Response from the floor: Yes.",
        (0, 23),
        None,
        23,
        LabelStyle::Generic,
    ),
    (
        "Remark from the audience: Right.",
        (0, 24),
        None,
        24,
        LabelStyle::Generic,
    ),
    (
        "Question (retranslated): Why?",
        (0, 8),
        Some((9, 23)),
        23,
        LabelStyle::Generic,
    ),
    (
        "Speaker 2: Next slide.",
        (0, 9),
        None,
        9,
        LabelStyle::Generic,
    ),
    (
        "Participant B: Agreed.",
        (0, 13),
        None,
        13,
        LabelStyle::Generic,
    ),
    (
        "Female voice: Over here.",
        (0, 12),
        None,
        12,
        LabelStyle::Generic,
    ),
    // An aside after a title and a name: `Vladimir Putin (answering a question)`.
    (
        "Vladimir Putin (answering a question): Yes.",
        (0, 14),
        Some((15, 37)),
        37,
        LabelStyle::Name,
    ),
    (
        "His Holiness Patriarch Lavrentios: Dear friends,",
        (0, 33),
        None,
        33,
        LabelStyle::Name,
    ),
    // A colon inside the aside does not end the name: `Speaker 2` is 9 bytes, `(00:04)`
    // 10..17, the colon at 17.
    (
        "Speaker 2 (00:04):",
        (0, 9),
        Some((10, 17)),
        17,
        LabelStyle::Generic,
    ),
    // A parenthetical in the aside may hold one of its own: `Rishi Patel` is 11 bytes,
    // `(Richmond (Yorks)) (Con)` 12..36.
    (
        "Rishi Patel (Richmond (Yorks)) (Con): Yes.",
        (0, 11),
        Some((12, 36)),
        36,
        LabelStyle::Name,
    ),
    // A diarised speaker, as a speech recogniser names one.
    ("SPEAKER_00: Hello.", (0, 10), None, 10, LabelStyle::Generic),
    ("Speaker_1: Hi.", (0, 9), None, 9, LabelStyle::Generic),
    // A bracketed aside, a timestamp in it: `[00:01:02]` is 10..20, `[retranslated]` 10..24.
    (
        "Speaker 1 [00:01:02]: Hello.",
        (0, 9),
        Some((10, 20)),
        20,
        LabelStyle::Generic,
    ),
    (
        "Ana Reyes [retranslated]: Yes.",
        (0, 9),
        Some((10, 24)),
        24,
        LabelStyle::Name,
    ),
    // French puts a space before the colon, often a narrow no-break one (3 bytes).
    ("M. Dupont : Merci.", (0, 9), None, 10, LabelStyle::Name),
    (
        "Mme Laurent\u{202f}: Oui.",
        (0, 11),
        None,
        14,
        LabelStyle::Name,
    ),
    // Two parentheticals after the name are one aside: `Jane Whitfield` is 14 bytes,
    // `(Northbridge) (Lab)` 15..34.
    (
        "Jane Whitfield (Northbridge) (Lab): Thank you.",
        (0, 14),
        Some((15, 34)),
        34,
        LabelStyle::Name,
    ),
];

#[test]
fn emphasis_closes_a_label() {
    // Markdown's strong emphasis closing the label is part of its punctuation (the opening
    // one is a lead-in, see `lead.rs`). `Ana Reyes` is 9 bytes; `:**` and `**:` are 9..12.
    assert_eq!(parts("Ana Reyes:** Yes."), Some(("Ana Reyes", None, ":**")));
    assert_eq!(parts("Ana Reyes**: Yes."), Some(("Ana Reyes", None, "**:")));
    assert_eq!(
        colon_label("Ana Reyes:** Yes.").map(|m| m.punct()),
        Some((9, 12))
    );
    // A lone star is not emphasis, and emphasis does not excuse lower-case speech.
    assert_eq!(parts("Ana Reyes*: Yes."), None);
    assert_eq!(parts("Ana Reyes:** yes, and then"), None);
}

#[test]
fn labels() {
    for &(text, name, aside, colon, style) in LABELS {
        let m = colon_label(text).unwrap_or_else(|| panic!("no label in {text:?}"));
        assert_eq!(m.name(), name, "{text}");
        assert_eq!(m.aside(), aside, "{text}");
        assert_eq!(m.punct(), (colon, colon + 1), "{text}");
        assert_eq!(m.style, style, "{text}");
    }
}

#[test]
fn titled_names() {
    assert_eq!(
        parts("Prime Minister Sharif: Thank you."),
        Some(("Prime Minister Sharif", None, ":"))
    );
    let t = "President of\u{a0}Russia Vladimir Putin: Colleagues,";
    assert_eq!(
        parts(t).map(|p| p.0),
        Some("President of\u{a0}Russia Vladimir Putin")
    );
    let t = "Governor of Osk, Commander of the Coastal Guard Ilmar Tusk: Yes.";
    assert_eq!(parts(t).map(|p| p.0), t.split(':').next());
    let t = "Director of the Guild Delovaya Gildiya [Business Guild] Olav Renn: We";
    assert!(parts(t).is_some());
    let t = "Ferry Line Chief Executive Officer – Chairman of the Board Ott Lepp: Mr";
    assert!(parts(t).is_some());
    let t = "Head of the Seed Bank direction at the Agency for Growth Vera Aal: We";
    assert!(parts(t).is_some());
    let t = "Mira Holm, General Director of the Centre for Tides (CENTI): Mr President";
    assert_eq!(parts(t).and_then(|p| p.1), Some("(CENTI)"));
}

#[test]
fn not_labels() {
    for t in [
        // Enumerations inside speech.
        "First: we must build the road.",
        "Second: The bridge.",
        "Finally: Thank you.",
        "Thirdly: More money.",
        // Lead-ins that end in a colon inside a sentence.
        "I would like to say to Mr Holm and Mr Tusk: first, thank you.",
        "I would like to say to Mr Holm and Mr Tusk: First, thank you.",
        "Let me say to Mr Holm: Thank you.",
        "And a question for Governor Tusk: Do you agree?",
        "About a Harbour Ombudsman: we have one now.",
        "About a Harbour Ombudsman: We have one now.",
        "A question for Governor Tusk: Do you agree?",
        "A NOTE ON SOURCES: We spoke to six people.",
        "A QUESTION, THEN: Why?",
        "A Martinez, host: Good morning.",
        "Here is another problem: the roads.",
        "Here is what both had to say:",
        "We have two options: Build or wait.",
        // Salutations.
        "Dear Senator Quist: I write to you about the harbour.",
        "Dear Ms. Secretary: Thank you for your letter.",
        "To the Senate of the United States: I transmit herewith",
        "Ladies and Gentlemen, dear friends: Welcome.",
        // Fields, times, and words that cannot be names.
        "The agenda: three items",
        "Note: the figures are provisional.",
        "Exclusive: The minister resigned on Monday.",
        "Breaking News: Talks Collapse",
        "Correction: An earlier version misstated the date.",
        "Verdict: The plan costs 2 billion.",
        "Revenue: $2.1 billion, up 8%.",
        "Free Cash Flow: $300 million.",
        "The Bottom Line: Rates stay where they are.",
        "Claim: Fares doubled.",
        "Fact: Fares rose 6%.",
        "Media Contact:",
        "Duration: 42 minutes",
        "At 10:30 the talks began.",
        "Putin:x",
        "putin: hello",
        "Mr. President of: No",
        "In 2024: Growth",
        "Colleagues, one more thing: The budget.",
        "Putin (answering) x: No",
        "Speaker 2024: No",
        "Point 2: The budget.",
        "The meeting with Putin: It went well.",
        "Anton Grell, who spoke first: Yes.",
        // Numbers only in labels in capitals, and never first.
        "Point 2: The budget.",
        "Section 88, Part 2: The rules.",
        "IN 2024: GROWTH",
        "2024 BUDGET, LINE 3: Yes.",
        // A heading's number is not a person's.
        "STEP 1: Open the box.",
        "CHAPTER 11: The firm filed.",
        "TABLE 2: Revenue by region.",
        "ROOM 101: The meeting.",
        "BUDGET 2025: More money.",
    ] {
        assert_eq!(parts(t), None, "{t}");
    }
    let long = format!("{}: hi", "Word ".repeat(30).trim_end());
    assert_eq!(parts(&long), None);
}

#[test]
fn deep_parentheses_stay_cheap() {
    let t = format!("Putin {}x{}: hi", "(".repeat(10_000), ")".repeat(10_000));
    assert_eq!(colon_label(&t), None);
}

#[test]
fn voices_from_the_benches() {
    // Nobody's name: generic labels, `Some hon. Members` included (`some` starts no name).
    for s in [
        "Hon. Members: Hear, hear!",
        "Some hon. Members: No!",
        "An hon. Member: Shame!",
    ] {
        assert_eq!(
            colon_label(s).map(|m| m.style),
            Some(LabelStyle::Generic),
            "{s}"
        );
    }
}

#[test]
fn numbers_in_labels_in_capitals() {
    // Spans counted by hand: the name runs to the colon.
    assert_eq!(
        parts("UNIDENTIFIED PERSON #1: They left."),
        Some(("UNIDENTIFIED PERSON #1", None, ":"))
    );
    assert_eq!(
        parts("GRETA HOLM, PRESIDENT, LOCAL 88: We will not go back."),
        Some(("GRETA HOLM, PRESIDENT, LOCAL 88", None, ":"))
    );
    // NPR's hosts: a given name of one letter, in capitals, a role after a comma.
    assert_eq!(
        parts("A MARTINEZ, HOST: Good morning."),
        Some(("A MARTINEZ, HOST", None, ":"))
    );
    assert_eq!(
        parts("HOST, \"THE 11TH HOUR\": Welcome back."),
        None,
        "quoted show titles stay out"
    );
    assert_eq!(
        parts("GOV. ANN LEE (D), MAINE: Thank you."),
        Some(("GOV. ANN LEE (D), MAINE", None, ":"))
    );
    assert_eq!(
        colon_label("UNIDENTIFIED PERSON #2: Yes.").map(|m| m.style),
        Some(LabelStyle::Upper)
    );
}

#[test]
fn the_word_table_is_the_word_grammar() {
    let plain = |c: char| !is_space(c) && !matches!(c, ':' | '(' | ')' | '[' | ']' | '*');
    for c in (0..0x3100)
        .chain([0xfeff, 0x1_0000])
        .filter_map(char::from_u32)
    {
        assert_eq!(word_char(c), plain(c), "{c:?}");
    }
}

#[test]
fn a_reused_label_is_the_label_read_again() {
    // The same bytes up to the colon with different text after it, brackets that open before
    // the colon and close after it among them: every reuse is checked against a fresh reading
    // (debug assertions), and each answer against a reading with nothing kept.
    let heads = [
        "Ana Reyes",
        "Ana [x) ",
        "Ana (x] ",
        "Ana (b (c (d) e) f)",
        "Speaker 2 (00:04)",
        "Ana **",
        "Ana Reyes ",
        "President of Russia Vladimir Putin",
    ];
    let tails = [
        ": Yes.",
        ": y] z: Yes.",
        ":y) Ana: Yes",
        ":** Yes",
        ":) Bo: No",
        ":] Bo: No",
        ":",
    ];
    let texts: Vec<String> = heads
        .iter()
        .flat_map(|h| tails.iter().map(move |t| format!("{h}{t}")))
        .collect();
    let mut recent = Recent::default();
    for t in texts.iter().chain(&texts) {
        assert_eq!(
            colon_label_at(t, None, &mut recent),
            colon_label(t),
            "{t:?}"
        );
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

    // The label memory gives what a fresh reading gives, whatever came before: lines drawn from
    // few characters, so that the same bytes up to a colon come back with other text after
    // them, brackets across the colon among them.
    #[test]
    fn the_label_memory_agrees_with_a_fresh_reading(
        lines in proptest::collection::vec("[AaBQ (\\[\\]):#1,*. ]{0,14}", 1..24),
    ) {
        let mut recent = Recent::default();
        for line in &lines {
            proptest::prop_assert_eq!(colon_label_at(line, None, &mut recent), colon_label(line), "{:?}", line);
        }
    }
}

#[test]
fn a_time_after_the_colon_is_the_aside() {
    // `Ana Reyes: (00:01)`: name 0..9, colon 9..10, the time 11..18 after it.
    let m = colon_label("Ana Reyes: (00:01)").unwrap();
    assert_eq!(
        (m.name(), m.punct(), m.aside(), m.end()),
        ((0, 9), (9, 10), Some((11, 18)), 18)
    );
    let m = colon_label("Ana: [01:02:03] We begin.").unwrap();
    assert_eq!((m.aside(), m.end()), (Some((5, 15)), 15));
    // A label with an aside of its own keeps it; the time is speech.
    let m = colon_label("Ana (translated): (00:01)").unwrap();
    assert_eq!((m.aside(), m.end()), (Some((4, 16)), 17));
    // A bare clock after the colon is speech.
    let m = colon_label("Ana: 10:30 suits me.").unwrap();
    assert_eq!((m.aside(), m.end()), (None, 4));
}
