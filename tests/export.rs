//! The exports against offsets counted by hand, on text with curly quotes, an apostrophe and a
//! flag before the spans.

use serde_json::{Value, json};
use speechmark::export::{Json, Kinds, Selector, TextPosition, TextQuote, W3cOptions, brat, w3c};

// Bytes, code points and UTF-16 units, counted by hand:
//   "Pakistan" 0..8 | ’ 8..11 (1 code point) | "s " | “ 13..16 | "friend" | ” 22..25 | " "
//   🇵🇰 26..34 (2 code points, 4 UTF-16 units) | " spoke." | \n at 41
// Line 2 starts at byte 42 = code point 30 = UTF-16 unit 32:
//   "Putin:" 42..48 | " " | “ 49..52 | "Trade is " 52..61 | "US$1.3 billion" 61..75 | "."
//   ” 76..79 | \n at 79
const TEXT: &str = "Pakistan’s “friend” 🇵🇰 spoke.\nPutin: “Trade is US$1.3 billion.”\n";

fn label_and_figure() -> Kinds {
    Kinds::only(["speaker_label", "figure"]).unwrap()
}

#[test]
fn json_offsets_in_every_unit() {
    let doc = speechmark::parse(TEXT);
    let v = serde_json::to_value(Json::new(&doc, TEXT).content(true).offsets(true)).unwrap();
    let turn = &v["blocks"][1]["turns"][0];
    let label = &turn["label"];
    assert_eq!(label["span"], json!([42, 48]));
    assert_eq!(label["content"], "Putin:");
    assert_eq!(
        label["chars"],
        json!({"span": [30, 36], "name": [30, 35], "punct": [35, 36]})
    );
    assert_eq!(
        label["utf16"],
        json!({"span": [32, 38], "name": [32, 37], "punct": [37, 38]})
    );
    assert_eq!(label["lines"]["span"], json!([[2, 1], [2, 7]]));

    let utterance = &turn["utterance"];
    assert_eq!(utterance["chars"]["open"], json!([37, 38]));
    let figure = first_of_kind(&v, "figure");
    assert_eq!(figure["span"], json!([61, 75]));
    assert_eq!(figure["content"], "US$1.3 billion");
    assert_eq!(figure["chars"]["span"], json!([47, 61]));
    assert_eq!(figure["utf16"]["span"], json!([49, 63]));
    // Column of code point 47 on a line starting at code point 30: 17, so 18 counted from 1.
    assert_eq!(figure["lines"]["span"], json!([[2, 18], [2, 32]]));
    assert_eq!(figure["value"], "1300000000");
}

/// The first object of a kind, in pre-order.
fn first_of_kind<'v>(v: &'v Value, kind: &str) -> &'v Value {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        if v["kind"] == kind {
            return v;
        }
        match v {
            Value::Object(m) => stack.extend(m.values().rev()),
            Value::Array(a) => stack.extend(a.iter().rev()),
            _ => {}
        }
    }
    panic!("no {kind}");
}

#[test]
fn w3c_positions_and_quotes() {
    let doc = speechmark::parse(TEXT);
    let options = W3cOptions::new("https://example.org/b.txt")
        .kinds(label_and_figure())
        .context(5);
    let page = w3c(&doc, TEXT, &options).unwrap();
    let selectors: Vec<_> = page.items.iter().map(|a| &a.target.selector).collect();
    assert_eq!(
        selectors,
        [
            &vec![
                Selector::Position(TextPosition { start: 30, end: 36 }),
                Selector::Quote(TextQuote {
                    exact: "Putin:".into(),
                    prefix: "oke.\n".into(), // five code points
                    suffix: " “Tra".into(),
                }),
            ],
            &vec![
                Selector::Position(TextPosition { start: 47, end: 61 }),
                Selector::Quote(TextQuote {
                    exact: "US$1.3 billion".into(),
                    prefix: "e is ".into(),
                    suffix: ".”\n".into(),
                }),
            ],
        ]
    );
    assert_eq!(page.items[1].id, "https://example.org/b.txt#annotation-2");
    assert_eq!(page.items[1].body.value, "figure");
    // And as JSON-LD.
    let v = serde_json::to_value(&page).unwrap();
    assert_eq!(
        v["items"][0]["target"]["selector"][0]["type"],
        "TextPositionSelector"
    );
    assert_eq!(
        v["items"][0]["target"]["selector"][1]["type"],
        "TextQuoteSelector"
    );
}

#[test]
fn brat_lines_in_code_points() {
    let doc = speechmark::parse(TEXT);
    assert_eq!(
        brat(&doc, TEXT, &label_and_figure()).unwrap(),
        "T1\tspeaker_label 30 36\tPutin:\nT2\tfigure 47 61\tUS$1.3 billion\n"
    );
}

#[test]
fn a_byte_order_mark_and_crlf_count_as_brat_counts_them() {
    // The BOM is one code point; each \r\n two.
    let text = "\u{feff}Summary\r\nQ: Why?\r\n";
    let doc = speechmark::parse(text);
    let ann = brat(
        &doc,
        text,
        &Kinds::only(["heading", "speaker_label"]).unwrap(),
    )
    .unwrap();
    assert_eq!(
        ann,
        "T1\theading 1 8\tSummary\nT2\tspeaker_label 10 12\tQ:\n"
    );
}

#[test]
fn a_text_that_is_not_the_documents_is_an_error() {
    let doc = speechmark::parse(TEXT);
    assert!(brat(&doc, "short", &Kinds::default()).is_err());
    assert!(w3c(&doc, "short", &W3cOptions::new("urn:x")).is_err());
}
