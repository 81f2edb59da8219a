//! Any bytes through `parse_bytes`, and through `parse` when they are UTF-8.
//!
//! The parser must be total: no panic, and for every UTF-8 input a tree that keeps the span
//! contract (`Document::check`) and tiles the input. Non-UTF-8 input must be refused with the
//! offset of the first bad byte, exactly as `std::str::from_utf8` reports it.
//!
//! ```text
//! RUSTC_BOOTSTRAP=1 cargo fuzz run parse_bytes -- -dict=fuzz/speechmark.dict
//! ```
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let from_bytes = speechmark::parse_bytes(data);
    match std::str::from_utf8(data) {
        Err(e) => {
            assert_eq!(
                from_bytes,
                Err(speechmark::Error::InvalidUtf8 {
                    offset: e.valid_up_to()
                })
            );
        }
        Ok(text) => {
            let doc = from_bytes.expect("UTF-8 input of a few KiB must parse");
            // The shared invariants: span contract, lossless pieces, JSON round trip.
            if let Err(e) = speechmark::testing::check_invariants(text, &speechmark::Options::new()) {
                panic!("{e}\ninput: {text:?}");
            }
            // Deterministic: `parse` gives the same tree as `parse_bytes`.
            assert_eq!(speechmark::parse(text), doc);
            // The other views of the tree must not panic either.
            let _ = doc.render(text);
            let _ = doc.nodes().count();
        }
    }
});
