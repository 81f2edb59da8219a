//! The dialogue layer on small inputs whose spans are checked by hand.

use speechmark::{BlockRef, DiagnosticCode, DialogueRef, Document, LabelStyle, TurnRef, parse};

/// The parse of `text`, checked, and kept for the rest of the test (views borrow it).
fn parsed(text: &str) -> &'static Document {
    let doc = parse(text);
    doc.check(text).expect("span contract");
    Box::leak(Box::new(doc))
}

fn dialogues(text: &str) -> Vec<DialogueRef<'static>> {
    parsed(text).dialogues().collect()
}

fn turns(text: &str) -> Vec<TurnRef<'static>> {
    parsed(text).turns().collect()
}

fn s(span: speechmark::Span, text: &str) -> &str {
    span.slice(text).expect("valid span")
}

#[test]
fn quoted_turn_over_paragraphs_reference_convention() {
    let text = "Lead.\nPutin: “One.\nTwo.\nThree.”\n\nSharif: “Four.”\nSummary\n";
    let t = turns(text);
    assert_eq!(t.len(), 2);
    assert_eq!((t[0].span().start, t[0].span().end), (6, 35));
    assert_eq!(s(t[0].label().span, text), "Putin:");
    assert_eq!(s(t[0].label().name, text), "Putin");
    assert_eq!(s(t[0].label().punct, text), ":");
    assert_eq!(
        t[0].utterance().open().map(|o| (o.start, o.end)),
        Some((13, 16))
    );
    assert_eq!(t[0].utterance().close().map(|c| s(c, text)), Some("”"));
    let paras: Vec<_> = t[0]
        .utterance()
        .paragraphs()
        .map(|p| s(p.span(), text))
        .collect();
    assert_eq!(paras, ["One.", "Two.", "Three."]);
    assert_eq!(s(t[1].span(), text), "Sharif: “Four.”");
    assert_eq!(
        dialogues(text).len(),
        1,
        "a blank line between turns does not end the dialogue"
    );
}

#[test]
fn quoted_turn_english_convention_reopens() {
    let text = "Larsen: “One.\n“Two.\n“Three.”";
    let t = turns(text);
    let u = t[0].utterance();
    let reopen: Vec<_> = u.reopen().iter().map(|r| (r.start, r.end)).collect();
    assert_eq!(reopen, [(16, 19), (24, 27)]);
    let paras: Vec<_> = u.paragraphs().map(|p| s(p.span(), text)).collect();
    assert_eq!(paras, ["One.", "Two.", "Three."]);
    assert_eq!(u.close().map(|c| (c.start, c.end)), Some((33, 36)));
}

#[test]
fn unquoted_turns_run_to_the_next_label() {
    let text = "Vladimir Putin: Good afternoon,\nWe have work to do.\nQuestion: When?\nVladimir Putin: Soon.";
    let t = turns(text);
    assert_eq!(t.len(), 3);
    assert_eq!(t[0].utterance().paragraphs().len(), 2);
    assert_eq!(
        s(t[0].span(), text),
        "Vladimir Putin: Good afternoon,\nWe have work to do."
    );
    assert_eq!(t[1].label().style, LabelStyle::Generic);
    assert!(t[0].utterance().open().is_none());
}

#[test]
fn unquoted_turns_stop_at_separators_and_headings() {
    let text = "Anna Berg: Yes.\nMore.\n* * *\nAnna Berg: Again.\nOpening remarks at the council\nNarrative.";
    let d = dialogues(text);
    assert_eq!(d.len(), 2);
    assert_eq!(s(d[0].span(), text), "Anna Berg: Yes.\nMore.");
    assert_eq!(s(d[1].span(), text), "Anna Berg: Again.");
}

#[test]
fn every_label_style() {
    let cases = [
        ("Putin: Yes.", "Putin", None, LabelStyle::Name),
        (
            "Prime Minister Sharif: Yes.",
            "Prime Minister Sharif",
            None,
            LabelStyle::Name,
        ),
        (
            "President of Russia Vladimir Putin: Yes.",
            "President of Russia Vladimir Putin",
            None,
            LabelStyle::Name,
        ),
        (
            "Vladimir Putin (answering a question): Yes.",
            "Vladimir Putin",
            Some("(answering a question)"),
            LabelStyle::Name,
        ),
        ("Q: Yes?", "Q", None, LabelStyle::Generic),
        ("A: Yes.", "A", None, LabelStyle::Generic),
        ("Question: Yes?", "Question", None, LabelStyle::Generic),
        ("Remark: Yes.", "Remark", None, LabelStyle::Generic),
        ("MR. SMITH: Yes.", "MR. SMITH", None, LabelStyle::Upper),
        ("MS. SMITH: Yes.", "MS. SMITH", None, LabelStyle::Upper),
        ("PUTIN: Yes.", "PUTIN", None, LabelStyle::Upper),
    ];
    for (text, name, aside, style) in cases {
        let t = turns(text);
        assert_eq!(t.len(), 1, "{text}");
        let label = t[0].label();
        assert_eq!(s(label.name, text), name, "{text}");
        assert_eq!(label.aside.map(|a| s(a, text)), aside, "{text}");
        assert_eq!(label.style, style, "{text}");
        assert_eq!(
            s(t[0].utterance().span(), text),
            text.rsplit(": ").next().unwrap_or(""),
            "{text}"
        );
    }
}

#[test]
fn congressional_record_labels() {
    let text = "  Mr. SMITH. Mr. President, I rise to\nspeak on the bill.\n  The PRESIDING OFFICER. Without objection.\n";
    let t = turns(text);
    assert_eq!(t.len(), 2);
    assert_eq!(s(t[0].label().name, text), "Mr. SMITH");
    assert_eq!(s(t[0].label().punct, text), ".");
    assert_eq!(t[0].label().style, LabelStyle::Record);
    assert_eq!(
        s(t[0].utterance().span(), text),
        "Mr. President, I rise to\nspeak on the bill."
    );
    assert_eq!(s(t[1].label().name, text), "The PRESIDING OFFICER");
    // Not indented and right after a line of text: ordinary text.
    assert!(turns("The debate went on.\nMr. SMITH. Mr. President, I rise.").is_empty());
    // The start of the text counts as a blank line; a hearing's titles are courtesy titles.
    let text = "Senator HALE. Thank you.\n\nChairman ORTIZ. Go on.\n";
    let t = turns(text);
    assert_eq!(t.len(), 2);
    assert_eq!(s(t[0].label().name, text), "Senator HALE");
    assert_eq!(s(t[1].label().name, text), "Chairman ORTIZ");
    assert_eq!(s(t[1].utterance().span(), text), "Go on.");
}

#[test]
fn text_that_merely_starts_with_a_colon_phrase_is_not_a_turn() {
    for text in [
        "Here is another problem: the roads are closed.",
        "The agenda: three items",
        "Note: figures are provisional.",
        "At 10:30 the talks began.",
        "The meeting with Putin: it went well.",
    ] {
        assert!(turns(text).is_empty(), "{text}");
    }
}

#[test]
fn a_quote_that_closes_mid_paragraph_is_a_phrase_not_the_utterance() {
    let text = "Keller: “Yes,” he said.";
    let t = turns(text);
    assert!(t[0].utterance().open().is_none());
    assert_eq!(
        s(t[0].utterance().paragraphs().next().unwrap().span(), text),
        "“Yes,” he said."
    );
}

#[test]
fn narrative_after_a_closed_quote_ends_the_dialogue() {
    let text = "Rossi: “Done.”\nThe room applauded.\nDahl: “Next?”";
    let doc = parse(text);
    let kinds: Vec<_> = doc
        .blocks()
        .map(|b| matches!(b, BlockRef::Dialogue(_)))
        .collect();
    assert_eq!(kinds, [true, false, true]);
}

#[test]
fn diagnostics_have_codes_and_spans() {
    let text = "Fischer: “Open.\nMore.\nMoreau: “Closed.”";
    let doc = parse(text);
    let d: Vec<_> = doc
        .diagnostics()
        .iter()
        .map(|d| (d.code, s(d.span, text)))
        .collect();
    assert_eq!(d, [(DiagnosticCode::UnterminatedQuotation, "“")]);
    let t = turns(text);
    assert_eq!(s(t[0].span(), text), "Fischer: “Open.\nMore.");

    let text = "Costa: We meet on Monday.”";
    let doc = parse(text);
    assert_eq!(
        doc.diagnostics()[0].code,
        DiagnosticCode::UnmatchedClosingQuote
    );
    assert_eq!(doc.diagnostics()[0].span.start, 25);

    let text = "Chairman Ruiz:\nDr. Patel: Thanks.";
    let doc = parse(text);
    assert_eq!(doc.diagnostics()[0].code, DiagnosticCode::EmptyTurn);
    assert_eq!(s(doc.diagnostics()[0].span, text), "Chairman Ruiz:");

    let text = "Hansen: “Ready.\"";
    let doc = parse(text);
    assert_eq!(doc.diagnostics()[0].code, DiagnosticCode::MixedQuoteStyles);
    assert_eq!(s(doc.diagnostics()[0].span, text), "“Ready.\"");

    let text = "Nul\u{0}byte";
    let doc = parse(text);
    assert_eq!(doc.diagnostics()[0].code, DiagnosticCode::ControlCharacter);
    assert_eq!(
        (
            doc.diagnostics()[0].span.start,
            doc.diagnostics()[0].span.end
        ),
        (3, 4)
    );
}

#[test]
fn an_unterminated_quote_stops_at_a_heading() {
    let text = "Lind: “Then we meet again\nSummary\nNo deal.";
    let t = turns(text);
    assert_eq!(s(t[0].span(), text), "Lind: “Then we meet again");
    assert_eq!(
        parse(text).diagnostics()[0].code,
        DiagnosticCode::UnterminatedQuotation
    );
}

#[test]
fn hard_wrapped_paragraphs_and_first_line_indents() {
    let text = "    The council said the works\nwould not finish.\n    Residents complained.\n\nA third\nparagraph.";
    let doc = parse(text);
    let spans: Vec<_> = doc.blocks().map(|b| s(b.span(), text)).collect();
    assert_eq!(
        spans,
        [
            "The council said the works\nwould not finish.",
            "Residents complained.",
            "A third\nparagraph."
        ]
    );
}

#[test]
fn headings_and_separators() {
    let text = "Summary\nThis is a sentence, not a title.\n## Further Reading\n* * *\nSee also";
    let doc = parse(text);
    let kinds: Vec<_> = doc
        .blocks()
        .map(|b| match b {
            BlockRef::Heading(h) => format!("heading:{}", s(h.title(), text)),
            BlockRef::Paragraph(_) => "paragraph".into(),
            BlockRef::Separator(_) => "separator".into(),
            BlockRef::Dialogue(_) => "dialogue".into(),
            _ => "other".into(),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "heading:Summary",
            "paragraph",
            "heading:Further Reading",
            "separator",
            "heading:See also"
        ]
    );
}
