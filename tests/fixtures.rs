//! Snapshot tests over the team's fixture documents: each fixture's whole tree is rendered
//! and compared with its reviewed snapshot, and each tree is checked against the span
//! contract. A moved span shows up as a snapshot diff in review.

use std::path::Path;

fn fixtures() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p
                .file_stem()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            let bytes = std::fs::read(&p).expect("readable fixture");
            (name, String::from_utf8(bytes).expect("fixtures are UTF-8"))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn there_are_enough_fixtures() {
    assert!(
        fixtures().len() >= 15,
        "the issue asks for at least 15 fixtures"
    );
}

#[test]
fn every_fixture_matches_its_snapshot() {
    for (name, text) in fixtures() {
        let doc = speechmark::parse(&text);
        insta::assert_snapshot!(name.as_str(), doc.render(&text));
    }
}

#[test]
fn every_fixture_keeps_the_span_contract() {
    for (name, text) in fixtures() {
        for options in [
            speechmark::Options::new(),
            speechmark::Options::new().inlines(false),
            speechmark::Options::new().layout(speechmark::Layout::LinePerParagraph),
            speechmark::Options::new().layout(speechmark::Layout::BlankLineSeparated),
        ] {
            let doc = speechmark::parse_with(&text, &options);
            if let Err(e) = doc.check(&text) {
                panic!("{name} with {options:?}: {e}");
            }
            let rebuilt: String = doc.pieces().filter_map(|p| p.span().slice(&text)).collect();
            assert_eq!(rebuilt, text, "{name}: pieces do not give back the input");
        }
    }
}

#[test]
fn every_fixture_round_trips_through_json() {
    for (name, text) in fixtures() {
        let doc = speechmark::parse(&text);
        let json = serde_json::to_string(&doc).expect("serialises");
        let back: speechmark::Document = serde_json::from_str(&json).expect("deserialises");
        assert_eq!(back, doc, "{name}");
    }
}
