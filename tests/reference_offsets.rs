//! The facts about the reference document, in every export: the label "Putin:" is byte
//! 306, code point 304, UTF-16 unit 304, line 2 column 1 (from 1); "click here" is code points
//! 3800..3810. The document is not part of the crate: the test says it skips when it is absent.

use serde_json::{Value, json};
use speechmark::export::{Json, Kinds, Selector, TextPosition, W3cOptions, brat, w3c};
use speechmark::{LineIndex, Unit};

fn reference() -> Option<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/reference/briefing-russia-pakistan.txt");
    let text = std::fs::read_to_string(&path).ok();
    if text.is_none() {
        eprintln!("skipped: {} is not here", path.display());
    }
    text
}

#[test]
fn putin_and_click_here_in_every_unit_and_export() {
    let Some(text) = reference() else { return };
    let doc = speechmark::parse(&text);

    let index = LineIndex::new(&text);
    assert_eq!(index.to_unit(306, Unit::Chars), Ok(304));
    assert_eq!(index.to_unit(306, Unit::Utf16), Ok(304));
    let pos = index.line_col(306).unwrap();
    assert_eq!((pos.line + 1, pos.column + 1), (2, 1));

    let v = serde_json::to_value(Json::new(&doc, &text).content(true).offsets(true)).unwrap();
    let turn = v["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["kind"] == "dialogue")
        .map(|d| &d["turns"][0])
        .unwrap();
    let label: &Value = &turn["label"];
    assert_eq!(label["span"], json!([306, 312]));
    assert_eq!(label["content"], "Putin:");
    assert_eq!(label["chars"]["span"], json!([304, 310]));
    assert_eq!(label["utf16"]["span"], json!([304, 310]));
    assert_eq!(label["lines"]["span"][0], json!([2, 1]));

    let kinds = Kinds::only(["speaker_label", "link_placeholder"]).unwrap();
    let page = w3c(&doc, &text, &W3cOptions::new("urn:x").kinds(kinds.clone())).unwrap();
    let position = |exact: &str| {
        page.items
            .iter()
            .find_map(|a| match a.target.selector.as_slice() {
                [Selector::Position(p), Selector::Quote(q)] if q.exact == exact => Some(*p),
                _ => None,
            })
    };
    assert_eq!(
        position("Putin:"),
        Some(TextPosition {
            start: 304,
            end: 310
        })
    );
    assert_eq!(
        position("click here"),
        Some(TextPosition {
            start: 3800,
            end: 3810
        })
    );

    let ann = brat(&doc, &text, &kinds).unwrap();
    assert!(ann.contains("\tspeaker_label 304 310\tPutin:\n"), "{ann}");
    assert!(
        ann.contains("\tlink_placeholder 3800 3810\tclick here\n"),
        "{ann}"
    );
}
