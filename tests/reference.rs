//! The reference document of ../shared/DESIGN.md, when it is beside the checkout (CI has it; a
//! fresh clone of the crate alone does not, and then this test says so and passes).

use speechmark::{Currency, Decimal, FigureKind, PlaceholderKind};

const PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/reference/briefing-russia-pakistan.txt"
);

#[test]
fn reference_document_parses_as_designed() {
    let Ok(text) = std::fs::read_to_string(PATH) else {
        eprintln!("skipped: {PATH} is not there");
        return;
    };
    let doc = speechmark::parse(&text);
    doc.check(&text).expect("span contract");
    let headings: Vec<_> = doc
        .headings()
        .map(|h| (h.title_text(&text).unwrap_or(""), h.placeholder()))
        .collect();
    assert_eq!(
        headings,
        [
            ("Summary", None),
            ("Further Reading", Some(PlaceholderKind::EmptySection))
        ]
    );
    assert_eq!(doc.dialogues().len(), 1);
    let facts: Vec<_> = doc
        .turns()
        .map(|t| {
            let u = t.utterance();
            let last = u.paragraphs().last().map_or(0, |p| p.span().end);
            (
                t.speaker_text(&text).unwrap_or(""),
                t.label().span.start,
                u.paragraphs().len(),
                u.open().is_some_and(|o| o.start == t.label().span.end + 1),
                u.close()
                    .is_some_and(|c| c.start == last && c.end == t.span().end),
            )
        })
        .collect();
    assert_eq!(
        facts,
        [
            ("Putin", 306, 4, true, true),
            ("Sharif", 1682, 5, true, true)
        ]
    );
    assert!(doc.diagnostics().is_empty());

    // Every paragraph, in narrative and in speech, is split into sentences.
    for p in doc.paragraphs() {
        assert!(
            p.sentences().len() > 0,
            "paragraph at {} has no sentences",
            p.span()
        );
    }
    let figures: Vec<_> = doc.figures().collect();
    let money = figures
        .iter()
        .find(|f| f.span.slice(&text) == Some("US$1.3 billion"));
    let money = money.expect("US$1.3 billion is a figure");
    assert_eq!(money.figure, FigureKind::Money);
    assert_eq!(money.value, Some(Decimal::new(1_300_000_000, 0)));
    assert_eq!(money.currency, Some(Currency::Usd));
    assert!(!money.currency_assumed);
    let year = figures.iter().find(|f| f.span.slice(&text) == Some("2024"));
    assert_eq!(year.map(|f| f.figure), Some(FigureKind::Year));
    let anchors: Vec<_> = doc
        .link_placeholders()
        .iter()
        .map(|p| (p.span.start, p.span.end, p.placeholder))
        .collect();
    // "click here" in the text, and the empty "Further Reading" section at the end.
    assert_eq!(
        anchors,
        [
            (3818, 3828, PlaceholderKind::Anchor),
            (3830, 3845, PlaceholderKind::EmptySection)
        ]
    );
    // Headings are read as one sentence each.
    let titles: Vec<_> = doc
        .headings()
        .flat_map(|h| h.sentences())
        .map(|s| s.text(&text).unwrap_or(""))
        .collect();
    assert_eq!(titles, ["Summary", "Further Reading"]);
}

/// The analysis of the reference document (issue: speakers, speech acts and claims). Its
/// sentences are found by a word they contain; the text stays out of the crate.
#[test]
fn reference_document_speakers_and_claims() {
    let Ok(text) = std::fs::read_to_string(PATH) else {
        eprintln!("skipped: {PATH} is not there");
        return;
    };
    let doc = speechmark::parse(&text);
    let analysis = speechmark::analyze(&doc, &text);
    let speakers: Vec<_> = analysis
        .speakers()
        .iter()
        .map(|s| {
            (
                s.name.text.as_str(),
                s.role.as_ref().map(|r| r.text.as_str()),
            )
        })
        .collect();
    assert_eq!(
        speakers,
        [
            ("Vladimir Putin", Some("Russian President")),
            ("Shehbaz Sharif", Some("Pakistan’s Prime Minister"))
        ]
    );
    // Each resolution keeps the span of its mention.
    for s in analysis.speakers() {
        assert_eq!(s.name.span.slice(&text), Some(s.name.text.as_str()));
    }
    let claim_with = |word: &str| {
        analysis
            .claims(&doc)
            .find(|c| c.sentence().text(&text).is_some_and(|t| t.contains(word)))
    };
    let who = |word: &str| claim_with(word).map(|c| c.speaker().map(|s| s.name.text.clone()));
    assert_eq!(who("albeit"), Some(Some("Vladimir Putin".to_owned())));
    assert_eq!(who("spike"), Some(Some("Shehbaz Sharif".to_owned())));
    // The summary's trade figure: the narrator's, with both its figures.
    let summary = claim_with("US$1.3").expect("a claim");
    assert!(summary.speaker().is_none());
    let figures: Vec<_> = summary
        .figures()
        .map(|f| f.span.slice(&text).unwrap_or(""))
        .collect();
    assert_eq!(figures, ["US$1.3 billion", "2024"]);
    // Thanks, the invitation, condolences and hopes are not claims.
    for word in [
        "Thank you",
        "thank you",
        "delighted",
        "condolences",
        " hope ",
    ] {
        assert!(claim_with(word).is_none(), "{word}");
    }
}
