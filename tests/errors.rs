//! Clear errors from the entry points that can refuse input: bytes that are not UTF-8 (with
//! the offset of the first bad byte) and input too large for spans.
//!
//! The command line's error for an unreadable file belongs with the command-line program
//! (feature `cli`) and is tested there.

use speechmark::{
    DiagnosticCode, Error, MAX_INPUT_LEN, Options, Span, parse_bytes, parse_bytes_with,
};

fn bad_at(bytes: &[u8]) -> usize {
    match parse_bytes(bytes) {
        Err(Error::InvalidUtf8 { offset }) => offset,
        other => panic!("{bytes:?} gave {other:?}"),
    }
}

#[test]
fn a_stray_byte_is_named_by_its_offset() {
    assert_eq!(bad_at(b"\xff"), 0);
    assert_eq!(bad_at(b"Putin: \xfe"), 7);
    // A continuation byte with nothing to continue.
    assert_eq!(bad_at(b"abc\x80def"), 3);
}

#[test]
fn only_the_first_bad_byte_is_reported() {
    assert_eq!(bad_at(b"ok\xffok\xfe"), 2);
    assert_eq!(bad_at(b"\xc3\xa9t\xc3\xa9 \xff \xc3"), 6);
}

#[test]
fn offsets_count_bytes_not_characters() {
    // `“Q”` is seven bytes (three, one, three).
    let mut bytes = "“Q”".as_bytes().to_vec();
    bytes.push(0xf8);
    assert_eq!(bad_at(&bytes), 7);
}

#[test]
fn a_sequence_cut_short_at_the_end_is_named_by_its_start() {
    // `“` is E2 80 9C: cut after one and after two of its bytes.
    assert_eq!(bad_at(b"ab\xe2"), 2);
    assert_eq!(bad_at(b"ab\xe2\x80"), 2);
    // A four-byte sequence missing its last byte.
    assert_eq!(bad_at(b"Putin: \xf0\x9f\x98"), 7);
    // Cut short, but followed by more text: the same offset.
    assert_eq!(bad_at(b"ab\xe2\x80 cd"), 2);
}

#[test]
fn overlong_encodings_are_refused() {
    // `/` as two bytes, and as three.
    assert_eq!(bad_at(b"a\xc0\xaf"), 1);
    assert_eq!(bad_at(b"\xe0\x80\xaf"), 0);
    // NUL as two bytes (Java's "modified UTF-8").
    assert_eq!(bad_at(b"x\xc0\x80"), 1);
}

#[test]
fn surrogates_and_code_points_past_the_end_are_refused() {
    // U+D800, encoded as if it were a character.
    assert_eq!(bad_at(b"xy\xed\xa0\x80"), 2);
    // U+DFFF.
    assert_eq!(bad_at(b"\xed\xbf\xbfz"), 0);
    // U+110000, one past the last code point.
    assert_eq!(bad_at(b"Q: \xf4\x90\x80\x80"), 3);
}

#[test]
fn the_message_names_the_offset() {
    let err = parse_bytes(b"Summary\n\xff").unwrap_err();
    assert_eq!(
        err.to_string(),
        "input is not valid UTF-8: invalid byte at offset 8"
    );
}

#[test]
fn parse_bytes_with_refuses_the_same_way() {
    let options = Options::new().inlines(false);
    assert_eq!(
        parse_bytes_with(b"Q: \xe2\x80", &options),
        Err(Error::InvalidUtf8 { offset: 3 })
    );
}

#[test]
fn valid_bytes_parse_like_the_text() {
    // A byte-order mark is kept and counted.
    let bytes = b"\xef\xbb\xbfSummary\r\nQ: Why?\r\n";
    let doc = parse_bytes(bytes).expect("valid UTF-8");
    let text = std::str::from_utf8(bytes).unwrap();
    doc.check(text).expect("span contract");
    assert_eq!(doc, speechmark::parse(text));
    assert_eq!(doc.blocks().next().unwrap().span(), Span::new(3, 10));
}

/// One byte over the limit, without touching the memory: `vec![0; n]` is allocated zeroed
/// by the system (calloc of fresh pages), and the length check comes before any reading, so
/// this costs no physical memory and no time. Only where `usize` can hold the length and
/// allocation is lazy (64-bit Linux).
#[test]
#[cfg(all(target_pointer_width = "64", target_os = "linux"))]
fn too_large_bytes_are_refused_before_reading() {
    let len = MAX_INPUT_LEN + 1;
    let bytes = vec![0u8; len];
    let expected = Error::TooLarge {
        len,
        max: MAX_INPUT_LEN,
    };
    assert_eq!(parse_bytes(&bytes), Err(expected.clone()));
    assert_eq!(
        parse_bytes_with(&bytes, &Options::new()),
        Err(expected.clone())
    );
    assert_eq!(
        expected.to_string(),
        "input is 4294967296 bytes long; spans address at most 4294967295 bytes"
    );
}

/// The `&str` entry points over the limit. Building the string validates 4 GiB + 1 bytes of
/// UTF-8 (a few seconds), though the zeroed pages it reads are never given memory of their
/// own. Run with `cargo test --release --test errors -- --ignored`.
#[test]
#[ignore = "validates a 4 GiB + 1 byte string; run with --ignored"]
#[cfg(all(target_pointer_width = "64", target_os = "linux"))]
fn too_large_text_is_refused() {
    let len = MAX_INPUT_LEN + 1;
    let text = String::from_utf8(vec![0u8; len]).expect("NUL is UTF-8");
    assert_eq!(
        speechmark::try_parse(&text, &Options::new()),
        Err(Error::TooLarge {
            len,
            max: MAX_INPUT_LEN
        })
    );
    // `parse` never fails: it gives an empty document with one diagnostic.
    let doc = speechmark::parse(&text);
    assert!(doc.blocks().len() == 0);
    assert_eq!(doc.diagnostics().len(), 1);
    assert_eq!(doc.diagnostics()[0].code, DiagnosticCode::InputTooLarge);
}

/// Exactly at the limit the input parses, and the document's span ends at `u32::MAX`.
/// This parses 4 GiB of NUL bytes (one line, one run of control characters): tens of
/// seconds in release. Run with `cargo test --release --test errors -- --ignored`.
#[test]
#[ignore = "parses a 4 GiB input; run with --ignored"]
#[cfg(all(target_pointer_width = "64", target_os = "linux"))]
fn the_largest_input_parses() {
    let bytes = vec![0u8; MAX_INPUT_LEN];
    let doc = parse_bytes(&bytes).expect("at the limit");
    assert_eq!(doc.span(), Span::new(0, u32::MAX));
    assert_eq!(doc.blocks().len(), 1);
    assert_eq!(doc.blocks().next().unwrap().span(), Span::new(0, u32::MAX));
    assert_eq!(doc.diagnostics().len(), 1);
    assert_eq!(doc.diagnostics()[0].code, DiagnosticCode::ControlCharacter);
}
