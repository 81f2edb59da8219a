//! The export round trip: a Document serialised to JSON and read back is the same Document,
//! and serialising that again gives the same JSON text.
//!
//! ```text
//! RUSTC_BOOTSTRAP=1 cargo fuzz run json_roundtrip -- -dict=fuzz/speechmark.dict
//! ```
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = speechmark::parse(text);
    if let Err(e) = doc.check(text) {
        panic!("span contract broken: {e}\ninput: {text:?}");
    }
    let json = serde_json::to_string(&doc).expect("a Document always serialises");
    let back: speechmark::Document = match serde_json::from_str(&json) {
        Ok(d) => d,
        Err(e) => panic!("cannot read back our own JSON: {e}\njson: {json}\ninput: {text:?}"),
    };
    assert_eq!(back, doc, "round trip changed the tree\njson: {json}");
    let again = serde_json::to_string(&back).expect("serialises");
    assert_eq!(again, json);
    // Through serde_json::Value as well: what tools in other languages see.
    let value = serde_json::to_value(&doc).expect("serialises");
    let from_value: speechmark::Document = serde_json::from_value(value).expect("reads back");
    assert_eq!(from_value, doc);
});
