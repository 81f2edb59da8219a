//! The reference document of ../shared/DESIGN.md, when it is beside the checkout (CI has it; a
//! fresh clone of the crate alone does not, and then this test says so and passes).

use speechmark::{Block, PlaceholderKind};

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
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some((h.text.slice(&text).unwrap_or(""), h.placeholder)),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        [
            ("Summary", None),
            ("Further Reading", Some(PlaceholderKind::EmptySection))
        ]
    );
    let dialogues: Vec<_> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Dialogue(d) => Some(d),
            _ => None,
        })
        .collect();
    assert_eq!(dialogues.len(), 1);
    let turns = &dialogues[0].turns;
    let facts: Vec<_> = turns
        .iter()
        .map(|t| {
            let u = &t.utterance;
            let last = u.paragraphs.last().map_or(0, |p| p.span.end);
            (
                t.label.name.slice(&text).unwrap_or(""),
                t.label.span.start,
                u.paragraphs.len(),
                u.open.is_some_and(|o| o.start == t.label.span.end + 1),
                u.close
                    .is_some_and(|c| c.start == last && c.end == t.span.end),
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
    assert!(doc.diagnostics.is_empty());
}
