//! Property tests with the document generator (`speechmark::generate`, cargo feature
//! `generator`): parsing a generated text finds exactly the structure it was built with.
//!
//! This file compiles only with the feature on. CI runs `cargo test --all-features`, which
//! includes it; a plain `cargo test` skips it.
#![cfg(feature = "generator")]

use proptest::prelude::*;
use speechmark::generate::{Config, Generated, document, document_with};
use speechmark::{BlockRef, Document, Layout, PlaceholderKind, Span};

fn parse_checked(g: &Generated) -> Result<Document, TestCaseError> {
    speechmark::testing::check_invariants(&g.text, &speechmark::Options::new())
        .map_err(|e| TestCaseError::fail(e.to_string()))
}

/// The structure the parser found, in the generator's terms, so that one `assert_eq!`
/// compares all of it and a failure shows both sides.
#[derive(Debug, PartialEq, Eq)]
struct Found {
    layout: Layout,
    headings: Vec<speechmark::generate::ExpectedHeading>,
    paragraphs: Vec<Span>,
    dialogues: usize,
    turns: Vec<speechmark::generate::ExpectedTurn>,
    /// Distinct label names, in order of first appearance, with their label spans.
    speakers: Vec<(String, Vec<Span>)>,
}

fn found(doc: &Document, text: &str) -> Found {
    let mut f = Found {
        layout: doc.layout(),
        headings: Vec::new(),
        paragraphs: Vec::new(),
        dialogues: 0,
        turns: Vec::new(),
        speakers: Vec::new(),
    };
    for block in doc.blocks() {
        match block {
            BlockRef::Heading(h) => f.headings.push(speechmark::generate::ExpectedHeading {
                span: h.span(),
                text: h.title(),
                level: h.level(),
                placeholder: h.placeholder(),
            }),
            BlockRef::Paragraph(p) => f.paragraphs.push(p.span()),
            BlockRef::Dialogue(d) => {
                f.dialogues += 1;
                for t in d.turns() {
                    let u = t.utterance();
                    let label = t.label();
                    f.turns.push(speechmark::generate::ExpectedTurn {
                        label: label.span,
                        name: label.name,
                        paragraphs: u.paragraphs().map(|p| p.span()).collect(),
                        open: u.open(),
                        reopen: u.reopen().to_vec(),
                        close: u.close(),
                    });
                    let name = label.name.slice(text).unwrap_or("").to_string();
                    match f.speakers.iter_mut().find(|(n, _)| *n == name) {
                        Some((_, spans)) => spans.push(label.span),
                        None => f.speakers.push((name, vec![label.span])),
                    }
                }
            }
            _ => {}
        }
    }
    f
}

fn expected(g: &Generated) -> Found {
    let e = &g.expected;
    Found {
        layout: e.layout,
        headings: e.headings.clone(),
        paragraphs: e.paragraphs.clone(),
        dialogues: usize::from(!e.turns.is_empty()),
        turns: e.turns.clone(),
        speakers: e
            .speakers
            .iter()
            .map(|s| (s.label.clone(), s.labels.clone()))
            .collect(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Headings (with the empty link section's placeholder), narrative paragraphs, the one
    /// dialogue, every turn's label, name, paragraphs and quotation marks, and the speakers.
    #[test]
    fn structure_is_found_exactly(g in document()) {
        let doc = parse_checked(&g)?;
        prop_assert_eq!(found(&doc, &g.text), expected(&g), "text: {:?}", g.text);
        prop_assert!(doc.diagnostics().is_empty(), "{:?}", doc.diagnostics());
    }

    /// The same with the layout forced instead of detected.
    #[test]
    fn structure_is_found_with_the_layout_forced(g in document()) {
        let options = speechmark::Options::new().layout(g.expected.layout);
        let doc = speechmark::parse_with(&g.text, &options);
        prop_assert!(doc.check(&g.text).is_ok());
        prop_assert_eq!(found(&doc, &g.text), expected(&g));
    }

    /// Long dialogues of long turns in the hard-wrapped, blank-line separated layout.
    #[test]
    fn long_wrapped_dialogues(g in document_with(&Config {
        turns: 8..=12,
        paragraphs_per_turn: 3..=5,
        layouts: vec![Layout::BlankLineSeparated],
        ..Config::default()
    })) {
        let doc = parse_checked(&g)?;
        prop_assert_eq!(found(&doc, &g.text), expected(&g), "text: {:?}", g.text);
    }
}

/// A document without dialogue is only narrative and headings.
#[test]
fn no_turns_means_no_dialogue() {
    let config = Config {
        turns: 0..=0,
        ..Config::default()
    };
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for _ in 0..16 {
        let g = proptest::strategy::ValueTree::current(
            &document_with(&config)
                .new_tree(&mut runner)
                .expect("a tree"),
        );
        let doc = speechmark::parse(&g.text);
        doc.check(&g.text).expect("span contract");
        assert!(g.expected.turns.is_empty() && g.expected.speakers.is_empty());
        assert_eq!(found(&doc, &g.text), expected(&g), "text: {:?}", g.text);
    }
}

/// The generator itself: what it promises about its texts, independent of the parser.
#[test]
fn expectations_point_at_the_right_text() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for _ in 0..64 {
        let g = proptest::strategy::ValueTree::current(
            &document().new_tree(&mut runner).expect("a tree"),
        );
        let e = &g.expected;
        let t = g.text.as_str();
        let last = e.headings.last().expect("the link section");
        assert!(
            ["Further Reading", "See also", "Related articles"]
                .contains(&last.text.slice(t).unwrap()),
            "{t:?}"
        );
        for turn in &e.turns {
            assert_eq!(turn.label.slice(t).unwrap().chars().last(), Some(':'));
            let quoted = turn.open.is_some();
            assert_eq!(quoted, turn.close.is_some());
            if let (Some(open), Some(close)) = (turn.open, turn.close) {
                let pair = (open.slice(t).unwrap(), close.slice(t).unwrap());
                assert!(pair == ("“", "”") || pair == ("\"", "\""), "{pair:?}");
            }
        }
        for f in &e.figures {
            assert_eq!(f.span.slice(t), Some(f.text.as_str()));
        }
        assert_eq!(e.figures.len(), 3);
        for p in &e.placeholders {
            let text = p.span.slice(t);
            match p.kind {
                PlaceholderKind::Anchor => {
                    assert!(matches!(text, Some("click here" | "this link")));
                }
                _ => assert!(matches!(
                    text,
                    Some("Further Reading" | "Related articles" | "See also")
                )),
            }
        }
        for s in &e.speakers {
            assert!(s.full_name.contains(' '));
            for l in &s.labels {
                assert!(l.slice(t).unwrap().starts_with(s.label.as_str()));
            }
        }
    }
}

/// Figures and link placeholders come from the inline layer: exactly the generator's figures
/// and anchors are found, at their spans.
#[test]
fn figures_and_placeholders_are_found() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for _ in 0..128 {
        let g = proptest::strategy::ValueTree::current(
            &document().new_tree(&mut runner).expect("a tree"),
        );
        let doc = speechmark::parse(&g.text);
        doc.check(&g.text).expect("span contract");
        let spans_of = |kind: &str| -> Vec<Span> {
            doc.nodes()
                .filter(|(_, n)| n.kind().as_str() == kind)
                .map(|(_, n)| n.span())
                .collect()
        };
        let figures: Vec<Span> = g.expected.figures.iter().map(|f| f.span).collect();
        assert_eq!(spans_of("figure"), figures, "text: {:?}", g.text);
        let anchors: Vec<Span> = g.expected.placeholders.iter().map(|p| p.span).collect();
        assert_eq!(spans_of("link_placeholder"), anchors, "text: {:?}", g.text);
    }
}
