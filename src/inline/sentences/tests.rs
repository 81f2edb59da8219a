use super::split;
use crate::span::{Span, sp};

fn spans(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    split(text, span, &mut out);
    out
}

fn pieces(text: &str) -> Vec<&str> {
    spans(text, sp(0, text.len()))
        .iter()
        .filter_map(|s| s.slice(text))
        .collect()
}

/// A case: a paragraph, and the sentences it must split into, as strings.
type Case = (&'static str, &'static [&'static str]);

/// Runs a table of cases and reports every failure at once.
fn check(table: &[Case]) {
    let mut failures = Vec::new();
    for (text, want) in table {
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

/// The cases the splitter was first written against.
const BASICS: &[Case] = &[
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
    // A bracket after an abbreviation opens an aside; a sentence in brackets starts anew.
    (
        "Norvale Inc. (TSX: NRV) today announced a deal. Osk Corp. [OSK] fell.",
        &[
            "Norvale Inc. (TSX: NRV) today announced a deal.",
            "Osk Corp. [OSK] fell.",
        ],
    ),
    (
        "The buyer was Norvale Inc. (It paid in cash.)",
        &["The buyer was Norvale Inc.", "(It paid in cash.)"],
    ),
    (
        "In Maren v. Ostby the court agreed. It was 5-4.",
        &["In Maren v. Ostby the court agreed.", "It was 5-4."],
    ),
    (
        "Exports went to the U.S. (Washington declined to comment.) Trade rose.",
        &[
            "Exports went to the U.S.",
            "(Washington declined to comment.)",
            "Trade rose.",
        ],
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
    // A list after a colon: the lead-in and each item are sentences.
    (
        "The plan has steps: 1. Survey. 2. Build. 3. Inspect.",
        &[
            "The plan has steps:",
            "1. Survey.",
            "2. Build.",
            "3. Inspect.",
        ],
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
fn basics() {
    assert!(BASICS.len() >= 60, "only {} cases", BASICS.len());
    check(BASICS);
}

/// `a.m.` and `p.m.`: the end of a sentence, or a time inside one.
const TIMES: &[Case] = &[
    (
        "at 5 p.m. Mr. Okafor left the building.",
        &["at 5 p.m. Mr. Okafor left the building."],
    ),
    (
        "The vote closes at 5 p.m. The count starts at once.",
        &["The vote closes at 5 p.m.", "The count starts at once."],
    ),
    (
        "The clinic shuts at 6 P.M. Dr. Haddad then goes home.",
        &["The clinic shuts at 6 P.M.", "Dr. Haddad then goes home."],
    ),
    (
        "Shortly after 9 a.m. Ms. Reyes opened the hearing.",
        &["Shortly after 9 a.m. Ms. Reyes opened the hearing."],
    ),
    (
        "Talks resume at 10 a.m. Monday in Geneva.",
        &["Talks resume at 10 a.m. Monday in Geneva."],
    ),
    (
        "The launch is set for 7:30 a.m. GMT on Friday.",
        &["The launch is set for 7:30 a.m. GMT on Friday."],
    ),
    (
        "The market opened at 9 a.m. Moscow time. Prices rose.",
        &["The market opened at 9 a.m. Moscow time.", "Prices rose."],
    ),
    (
        "The ferry leaves at 4 p.m. Did you book a seat?",
        &["The ferry leaves at 4 p.m.", "Did you book a seat?"],
    ),
    (
        "We met at 8 a.m. and left by noon.",
        &["We met at 8 a.m. and left by noon."],
    ),
];

/// Numbered, lettered, bulleted and parenthesised items in running text.
const LISTS: &[Case] = &[
    (
        "1) Collect the forms 2) Sign them 3) Return them",
        &["1) Collect the forms", "2) Sign them", "3) Return them"],
    ),
    (
        "1. Collect the forms 2. Sign them 3. Return them",
        &["1. Collect the forms", "2. Sign them", "3. Return them"],
    ),
    (
        "1.) Collect the forms 2.) Sign them",
        &["1.) Collect the forms", "2.) Sign them"],
    ),
    (
        "1) Collect the forms. 2) Sign them.",
        &["1) Collect the forms.", "2) Sign them."],
    ),
    (
        "a. Book the hall b. Print the tickets c. Hire the chairs",
        &[
            "a. Book the hall",
            "b. Print the tickets",
            "c. Hire the chairs",
        ],
    ),
    (
        "(a) pay the deposit (b) sign the lease",
        &["(a) pay the deposit", "(b) sign the lease"],
    ),
    (
        "(i) the fee (ii) the deadline (iii) the venue",
        &["(i) the fee", "(ii) the deadline", "(iii) the venue"],
    ),
    (
        "• Lower fees • Faster visas • More flights",
        &["• Lower fees", "• Faster visas", "• More flights"],
    ),
    (
        "• 7. Lower fees • 8. Faster visas",
        &["• 7. Lower fees", "• 8. Faster visas"],
    ),
    (
        "⁃3. Lower fees ⁃4. Faster visas",
        &["⁃3. Lower fees", "⁃4. Faster visas"],
    ),
    (
        "Three tasks remain: a. hire staff. b. buy desks.",
        &["Three tasks remain:", "a. hire staff.", "b. buy desks."],
    ),
    (
        "Options follow. a. wait b. act now",
        &["Options follow.", "a. wait", "b. act now"],
    ),
    // Not lists: a parenthesised letter inside a sentence, and a number that ends one.
    (
        "The law bans (a) smoking and (b) vaping indoors.",
        &["The law bans (a) smoking and (b) vaping indoors."],
    ),
    (
        "The score was 2. The crowd booed.",
        &["The score was 2.", "The crowd booed."],
    ),
];

/// Items on lines of their own inside one paragraph.
const LIST_LINES: &[Case] = &[
    (
        "Pack the following:\n• a torch\n• spare batteries",
        &["Pack the following:", "• a torch", "• spare batteries"],
    ),
    (
        "Agenda:\n1. budget\n2. staffing\n3. any other business",
        &[
            "Agenda:",
            "1. budget",
            "2. staffing",
            "3. any other business",
        ],
    ),
    (
        "Steps\n1. Fill in the form\n2. Pay the fee",
        &["Steps", "1. Fill in the form", "2. Pay the fee"],
    ),
    (
        "(i) the fee\n(ii) the deadline\n(iii) the venue",
        &["(i) the fee", "(ii) the deadline", "(iii) the venue"],
    ),
    ("a) Tea\nb) Coffee", &["a) Tea", "b) Coffee"]),
    (
        "Choose one:\r\n- rail\r\n- coach",
        &["Choose one:", "- rail", "- coach"],
    ),
    (
        "tickets\nhotel rooms\nlocal transport",
        &["tickets", "hotel rooms", "local transport"],
    ),
    // Wrapped prose stays one sentence, even when it starts in lower case.
    (
        "the meeting began late and the\nchair said nothing until the very end.",
        &["the meeting began late and the\nchair said nothing until the very end."],
    ),
    (
        "The committee met on Tuesday and\nagreed the budget.",
        &["The committee met on Tuesday and\nagreed the budget."],
    ),
    (
        "Output rose to\n12. Then it fell.",
        &["Output rose to\n12.", "Then it fell."],
    ),
];

/// One capital letter before a full stop: an initial, or the pronoun `I`.
const INITIALS: &[Case] = &[
    (
        "Nobody was there except Maria and I. Was it cancelled?",
        &["Nobody was there except Maria and I.", "Was it cancelled?"],
    ),
    (
        "Last week Thomas I. Berg resigned.",
        &["Last week Thomas I. Berg resigned."],
    ),
    (
        "We asked Carla R. Mendes to chair.",
        &["We asked Carla R. Mendes to chair."],
    ),
    (
        "The winners were Pedro and I. The rest lost.",
        &["The winners were Pedro and I.", "The rest lost."],
    ),
    (
        "She studied the reign of Henry I. Her thesis is long.",
        &["She studied the reign of Henry I.", "Her thesis is long."],
    ),
];

/// Ellipses attached to a word end a sentence; spaced or bracketed ones inside it do not.
const ELLIPSES: &[Case] = &[
    (
        "The minister said the plan was . . . ambitious.",
        &["The minister said the plan was . . . ambitious."],
    ),
    (
        "He said he would try . . . He did not say when.",
        &["He said he would try . . . He did not say when."],
    ),
    (
        "The report ends there. . . . A new chapter begins.",
        &["The report ends there. . . .", "A new chapter begins."],
    ),
    (
        "The list goes on . . . . Nobody read it.",
        &["The list goes on . . . .", "Nobody read it."],
    ),
    (
        "Prices rose. . . . Wages did not. . . .",
        &["Prices rose. . . .", "Wages did not. . . ."],
    ),
    (
        "She wrote that “the talks will resume . . .” Nobody believed her.",
        &[
            "She wrote that “the talks will resume . . .”",
            "Nobody believed her.",
        ],
    ),
    (
        "He called it “a step forward. . . .”",
        &["He called it “a step forward. . . .”"],
    ),
    (
        "“We will rebuild . . . the port,” she said.",
        &["“We will rebuild . . . the port,” she said."],
    ),
    (
        "I mean...well, never mind.",
        &["I mean...well, never mind."],
    ),
    (
        "The crowd waited … The doors opened.",
        &["The crowd waited … The doors opened."],
    ),
    (
        "The end. .NET developers may skip this.",
        &["The end.", ".NET developers may skip this."],
    ),
];

/// Omissions and citations after a quotation.
const CITATIONS: &[Case] = &[
    (
        "“The treaty [...] binds both sides” (Lindqvist 12).",
        &["“The treaty [...] binds both sides” (Lindqvist 12)."],
    ),
    (
        "“The treaty binds both sides [...]” (Lindqvist 12). Critics disagree.",
        &[
            "“The treaty binds both sides [...]” (Lindqvist 12).",
            "Critics disagree.",
        ],
    ),
    (
        "\"It binds [\u{2026}] both sides\" (Lindqvist 12).",
        &["\"It binds [\u{2026}] both sides\" (Lindqvist 12)."],
    ),
    (
        "“It is over.” (Haddad 40). The debate went on.",
        &["“It is over.” (Haddad 40).", "The debate went on."],
    ),
    (
        "“Thank you.” (Applause.) The session closed.",
        &["“Thank you.”", "(Applause.)", "The session closed."],
    ),
];

/// No space between sentences.
const GLUED: &[Case] = &[
    (
        "Talks ended late.Both sides claimed progress.",
        &["Talks ended late.", "Both sides claimed progress."],
    ),
    (
        "The firm sold 2,500.Buyers came from abroad.",
        &["The firm sold 2,500.", "Buyers came from abroad."],
    ),
    (
        "It rained all day.Nobody came.The fair closed.",
        &["It rained all day.", "Nobody came.", "The fair closed."],
    ),
    (
        "Growth hit 1.5 percent.Exports led.",
        &["Growth hit 1.5 percent.", "Exports led."],
    ),
    ("The U.S.Army unit left.", &["The U.S.Army unit left."]),
    (
        "See www.Example.org for details.",
        &["See www.Example.org for details."],
    ),
    (
        "Mail anna.Berg@example.org today.",
        &["Mail anna.Berg@example.org today."],
    ),
    (
        "The bank signed with Shop.Com and two others.",
        &["The bank signed with Shop.Com and two others."],
    ),
];

/// Number signs and currencies before an amount.
const NUMBER_SIGNS: &[Case] = &[
    (
        "The file is No. 14 in the archive.",
        &["The file is No. 14 in the archive."],
    ),
    ("Room N°. 12 is closed.", &["Room N°. 12 is closed."]),
    (
        "The bill came to Rs. 3 crore last year.",
        &["The bill came to Rs. 3 crore last year."],
    ),
    (
        "Was the answer yes? No. Nobody agreed.",
        &["Was the answer yes?", "No.", "Nobody agreed."],
    ),
    (
        "The ban rests on Art. 9 of the charter.",
        &["The ban rests on Art. 9 of the charter."],
    ),
];

#[test]
fn times() {
    check(TIMES);
}

#[test]
fn lists() {
    check(LISTS);
}

#[test]
fn list_lines() {
    check(LIST_LINES);
}

#[test]
fn initials() {
    check(INITIALS);
}

#[test]
fn ellipses() {
    check(ELLIPSES);
}

#[test]
fn citations() {
    check(CITATIONS);
}

#[test]
fn glued() {
    check(GLUED);
}

#[test]
fn number_signs() {
    check(NUMBER_SIGNS);
}

#[test]
fn at_least_forty_new_cases() {
    let tables = [
        TIMES,
        LISTS,
        LIST_LINES,
        INITIALS,
        ELLIPSES,
        CITATIONS,
        GLUED,
        NUMBER_SIGNS,
    ];
    let n: usize = tables.iter().map(|t| t.len()).sum();
    assert!(n >= 40, "only {n} cases");
}

#[test]
fn spans_are_relative_to_the_whole_input() {
    let text = "Q: Yes. No.";
    assert_eq!(spans(text, sp(3, text.len())), vec![sp(3, 7), sp(8, 11)]);
    assert_eq!(spans(text, sp(3, 99)), Vec::new());
}

#[test]
fn appends_to_what_is_there() {
    let text = "One. Two.";
    let mut out = vec![sp(0, 1)];
    split(text, sp(0, text.len()), &mut out);
    assert_eq!(out, vec![sp(0, 1), sp(0, 4), sp(5, 9)]);
}

#[test]
fn pathological_inputs_stay_linear() {
    let count = |t: &str| spans(t, sp(0, t.len())).len();
    assert_eq!(count(&"Mr. ".repeat(100_000)), 1);
    assert_eq!(count(&"word ".repeat(200_000)), 1);
    assert_eq!(count(&".".repeat(500_000)), 1);
    assert_eq!(count(&". ".repeat(200_000)), 1);
    let lead = format!("{} 1. A 2. A", "(".repeat(100_000));
    let t = format!("{lead}{}", " 3. A".repeat(50_000));
    assert!(count(&t) > 0);
    assert_eq!(count(&"a\n".repeat(200_000)), 200_000);
    assert_eq!(count(&"Go. ".repeat(100_000)), 100_000);
    // Every item numbered 1: no item is the next of another.
    assert_eq!(count(&"1) a ".repeat(100_000)), 1);
    assert_eq!(count("1) a 2) a 3) a"), 3);
    assert_eq!(count(&"• a ".repeat(100_000)), 100_000);
    assert_eq!(count(&"(a) x ".repeat(100_000)), 1);
    assert_eq!(count(&"ab.Cd".repeat(100_000)), 1);
    assert!(count(&"1. ".repeat(100_000)) > 0);
    assert!(count(&"x\n1. y\n".repeat(50_000)) > 0);
    assert!(count(&format!("1) a{}", " 1)".repeat(100_000))) > 0);
    assert!(count(&format!("• a{}", " ⁃".repeat(100_000))) > 0);
    assert_eq!(count(&format!("A{}B", "\n ".repeat(200_000))), 1);
    assert_eq!(count(&format!("A{}B", "\r\n".repeat(200_000))), 1);
    assert!(count(&"at 5 p.m. Aaaa ".repeat(50_000)) > 0);
    assert!(count(&format!("ab.C{}", "d".repeat(500_000))) > 0);
}

mod props {
    use super::spans;
    use crate::lexical::is_space;
    use crate::span::sp;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn spans_are_well_formed(
            text in "(\\PC|[ .?!…\n\r\u{a0}“”\"'’()\\[\\]•⁃:A-Za-z0-9]|1\\. |a\\) |\\(b\\) |\\. \\. \\.){0,80}",
            pad in 0usize..3,
        ) {
            let start = text.char_indices().nth(pad).map_or(text.len(), |(i, _)| i);
            let spans = spans(&text, sp(start, text.len()));
            let mut prev = start;
            for s in &spans {
                prop_assert!(s.start as usize >= prev, "ordered and non-overlapping");
                prop_assert!(s.start < s.end, "not empty");
                prop_assert!(s.end as usize <= text.len());
                prop_assert!(s.slice(&text).is_some(), "on char boundaries");
                let piece = s.slice(&text).unwrap_or_default();
                prop_assert!(piece.trim_matches(is_space) == piece, "trimmed");
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
