//! `LineIndex` against a naive count, on arbitrary strings: bytes to every unit and back, and
//! to (line, column) in every unit and back.

use proptest::prelude::*;
use speechmark::{LineIndex, OffsetError, Unit};

const UNITS: [Unit; 3] = [Unit::Bytes, Unit::Chars, Unit::Utf16];

/// Strings rich in what breaks offset arithmetic: line breaks of every kind, a BOM, combining
/// marks, curly quotes, emoji and flags, mixed with arbitrary characters.
fn text() -> impl Strategy<Value = String> {
    let tricky = prop::sample::select(vec![
        "a", " ", "\n", "\r", "\r\n", "\u{feff}", "e\u{301}", "“", "’", "€", "😀", "🇵🇰", "\u{a0}",
        "\t",
    ])
    .prop_map(str::to_owned);
    let any = any::<char>().prop_map(String::from);
    prop::collection::vec(prop_oneof![3 => tricky, 1 => any], 0..300).prop_map(|v| v.concat())
}

/// The line and column of `byte` in every unit, by counting from the start.
fn naive_line_col(text: &str, byte: usize) -> (u32, [u32; 3]) {
    let before = &text[..byte];
    let bytes = before.as_bytes();
    let mut line = 0;
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let crlf = b == b'\r' && text.as_bytes().get(i + 1) == Some(&b'\n');
        if (b == b'\n' || b == b'\r') && !crlf {
            line += 1;
            start = i + 1;
        }
    }
    let col = &text[start..byte];
    (
        line,
        [
            col.len() as u32,
            col.chars().count() as u32,
            col.encode_utf16().count() as u32,
        ],
    )
}

proptest! {
    #[test]
    fn every_boundary_round_trips(text in text()) {
        let index = LineIndex::new(&text);
        for byte in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
            let b = byte as u32;
            let before = &text[..byte];
            let counts = [
                byte as u32,
                before.chars().count() as u32,
                before.encode_utf16().count() as u32,
            ];
            let (line, columns) = naive_line_col(&text, byte);
            let pos = index.line_col(b).unwrap();
            prop_assert_eq!(pos.line, line);
            for (i, unit) in UNITS.into_iter().enumerate() {
                prop_assert_eq!(index.to_unit(b, unit), Ok(counts[i]));
                prop_assert_eq!(index.from_unit(counts[i], unit), Ok(b));
                prop_assert_eq!(pos.column_in(unit), columns[i]);
                prop_assert_eq!(index.from_line_col(line, columns[i], unit), Ok(b));
            }
        }
    }

    #[test]
    fn every_other_offset_is_an_error(text in text()) {
        let index = LineIndex::new(&text);
        for byte in (0..=text.len() + 2).filter(|&b| !text.is_char_boundary(b)) {
            let err = index.to_chars(byte as u32).unwrap_err();
            let inside = matches!(err, OffsetError::NotCharBoundary { .. });
            prop_assert!(inside || byte > text.len(), "{err}");
            prop_assert!(index.line_col(byte as u32).is_err());
        }
        // UTF-16 offsets between the halves of a surrogate pair.
        let mut units = 0u32;
        for c in text.chars() {
            if c.len_utf16() == 2 {
                prop_assert_eq!(
                    index.from_utf16(units + 1),
                    Err(OffsetError::InsideSurrogatePair { offset: units + 1 })
                );
            }
            units += c.len_utf16() as u32;
        }
        let len = index.len_in(Unit::Utf16);
        prop_assert_eq!(len, units);
        prop_assert!(
            matches!(index.from_utf16(len + 1), Err(OffsetError::PastEnd { .. })),
            "past the end"
        );
        let lines = index.line_count();
        let no_line = index.from_line_col(lines, 0, Unit::Chars);
        prop_assert!(matches!(no_line, Err(OffsetError::NoSuchLine { .. })), "no such line");
    }
}

#[test]
fn a_long_line_counts_across_checkpoints() {
    // One line of 4 MB: columns count from the line's start through thousands of checkpoints.
    let text = "Trade reached “US$1.3 billion” 🇵🇰 ".repeat(100_000);
    let index = LineIndex::new(&text);
    let end = index.line_col(text.len() as u32).unwrap();
    // Per repetition: 34 code points (the flag is 2) and 36 UTF-16 units.
    assert_eq!(
        (end.line, end.column, end.column_utf16),
        (0, 3_400_000, 3_600_000)
    );
    assert_eq!(index.from_chars(3_399_999), Ok(text.len() as u32 - 1));
}

// Cases counted by hand.
fn naive(text: &str, byte: usize) -> (u32, u32) {
    let before = &text[..byte];
    (
        before.chars().count() as u32,
        before.encode_utf16().count() as u32,
    )
}

#[test]
fn agrees_with_a_naive_count_at_every_boundary() {
    let text = "\u{feff}Putin: “Hello” 😀\r\nSharif:\u{a0}€1.3bn 🇵🇰\rend e\u{301}\n".repeat(40);
    let index = LineIndex::new(&text);
    for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
        let (chars, utf16) = naive(&text, byte);
        let b = byte as u32;
        assert_eq!(index.to_chars(b), Ok(chars));
        assert_eq!(index.to_utf16(b), Ok(utf16));
        assert_eq!(index.from_chars(chars), Ok(b));
        assert_eq!(index.from_utf16(utf16), Ok(b));
    }
    assert!(matches!(
        index.to_chars(text.len() as u32 + 1),
        Err(OffsetError::PastEnd { .. })
    ));
}

#[test]
fn the_flag_of_pakistan() {
    // U+1F1F5 U+1F1F0: two regional indicators, four bytes each.
    let index = LineIndex::new("🇵🇰");
    assert_eq!(
        [Unit::Bytes, Unit::Chars, Unit::Utf16].map(|u| index.len_in(u)),
        [8, 2, 4]
    );
    assert_eq!(index.to_chars(4), Ok(1));
    assert_eq!(index.to_utf16(4), Ok(2));
    assert_eq!(
        index.to_chars(5),
        Err(OffsetError::NotCharBoundary {
            offset: 5,
            start: 4,
            end: 8
        })
    );
    assert_eq!(
        index.from_utf16(3),
        Err(OffsetError::InsideSurrogatePair { offset: 3 })
    );
    assert_eq!(index.from_chars(2), Ok(8));
    assert_eq!(
        index.from_chars(3),
        Err(OffsetError::PastEnd {
            offset: 3,
            len: 2,
            unit: Unit::Chars
        })
    );
}

#[test]
fn lines_end_at_every_terminator() {
    let index = LineIndex::new("a\nb\r\nc\rd");
    let lines: Vec<_> = [0, 2, 5, 7]
        .iter()
        .map(|&b| index.line_col(b).unwrap().line)
        .collect();
    assert_eq!(lines, [0, 1, 2, 3]);
    assert_eq!(index.line_count(), 4);
    // Between `\r` and `\n` is still line 1, column 2.
    let mid = index.line_col(4).unwrap();
    assert_eq!((mid.line, mid.column), (1, 2));
    assert_eq!(index.from_line_col(1, 2, Unit::Chars), Ok(4));
    assert!(index.from_line_col(1, 3, Unit::Chars).is_err());
    assert_eq!(index.from_line_col(3, 1, Unit::Bytes), Ok(8));
    assert!(index.from_line_col(3, 2, Unit::Bytes).is_err());
    assert!(index.from_line_col(4, 0, Unit::Bytes).is_err());
}

#[test]
fn a_byte_order_mark_is_a_character() {
    let index = LineIndex::new("\u{feff}Q: Why?");
    let q = index.line_col(3).unwrap();
    assert_eq!(
        (q.line, q.column, q.column_utf16, q.column_bytes),
        (0, 1, 1, 3)
    );
    assert!(index.to_chars(1).is_err());
}

#[test]
fn an_empty_text_has_one_empty_line() {
    let index = LineIndex::new("");
    assert_eq!(index.line_count(), 1);
    assert_eq!(index.to_chars(0), Ok(0));
    assert_eq!(index.from_utf16(0), Ok(0));
    assert_eq!(index.from_line_col(0, 0, Unit::Utf16), Ok(0));
    assert!(index.to_chars(1).is_err());
}
