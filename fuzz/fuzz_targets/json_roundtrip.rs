//! The export round trip: a Document serialised to JSON and read back is the same Document,
//! and serialising that again gives the same JSON text.
//!
//! ```text
//! RUSTC_BOOTSTRAP=1 cargo fuzz run json_roundtrip -- -dict=fuzz/speechmark.dict
//! ```
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    // The shared invariants include the JSON round trip through a string.
    let doc = match speechmark::testing::check_invariants(text, &speechmark::Options::new()) {
        Ok(doc) => doc,
        Err(e) => panic!("{e}\ninput: {text:?}"),
    };
    // Through serde_json::Value as well: what tools in other languages see.
    let value = serde_json::to_value(&doc).expect("serialises");
    let from_value: speechmark::Document = serde_json::from_value(value).expect("reads back");
    assert_eq!(from_value, doc);
});
