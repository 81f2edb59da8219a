//! Pathological inputs, in the spirit of cmark's `pathological_tests.py`: each family is an
//! input that a careless parser handles in quadratic time, with deep recursion or unbounded
//! memory. Here each runs at a moderate size (the whole file takes seconds in the test
//! profile) and must parse, keep the span contract, and give the structure written below by
//! hand. There are no timing assertions: `benches/pathological.rs` measures the time per
//! byte of the same families at 1×, 8× and 64× the size.

#[path = "pathological/families.rs"]
mod families;

use families::*;
use speechmark::{
    BlockRef, DiagnosticCode, Document, Layout, Options, PlaceholderKind, Span, TurnRef,
};

/// Parses with the default options and checks the shared invariants (span contract,
/// losslessness, JSON round trip).
fn parse(text: &str) -> Document {
    match speechmark::testing::check_invariants(text, &Options::new()) {
        Ok(doc) => doc,
        Err(e) => panic!("{e}"),
    }
}

fn dialogues(doc: &Document) -> usize {
    doc.dialogues().len()
}

fn paragraphs(doc: &Document) -> Vec<Span> {
    doc.blocks()
        .filter_map(|b| match b {
            BlockRef::Paragraph(p) => Some(p.span()),
            _ => None,
        })
        .collect()
}

fn codes(doc: &Document) -> Vec<DiagnosticCode> {
    doc.diagnostics().iter().map(|d| d.code).collect()
}

/// A document that is one paragraph from the first to the last non-space byte, and nothing
/// odd about it.
fn assert_one_paragraph(doc: &Document, span: Span) {
    assert_eq!(doc.blocks().len(), 1);
    assert_eq!(paragraphs(doc), [span]);
    assert!(doc.diagnostics().is_empty(), "{:?}", doc.diagnostics());
}

fn len32(s: &str) -> u32 {
    u32::try_from(s.len()).expect("moderate size")
}

#[test]
fn every_family_keeps_the_contract_with_every_option() {
    let layouts = [
        None,
        Some(Layout::LinePerParagraph),
        Some(Layout::BlankLineSeparated),
    ];
    for family in FAMILIES {
        let text = (family.make)(300);
        for layout in layouts {
            for inlines in [true, false] {
                let mut options = Options::new().inlines(inlines);
                if let Some(l) = layout {
                    options = options.layout(l);
                }
                let doc = speechmark::parse_with(&text, &options);
                if let Err(e) = doc.check(&text) {
                    panic!("{} with {options:?}: {e}", family.name);
                }
                let json = serde_json::to_string(&doc).expect("serialises");
                let back: Document = serde_json::from_str(&json).expect("reads back");
                assert_eq!(back, doc, "{}: JSON round trip", family.name);
            }
        }
    }
    assert!(FAMILIES.len() >= 20);
}

#[test]
fn thousands_of_unclosed_opening_quotes() {
    let text = unclosed_open_quotes(20_000);
    let doc = parse(&text);
    let turns: Vec<TurnRef> = doc.turns().collect();
    assert_eq!(turns.len(), 1);
    let u = turns[0].utterance();
    // `Putin: ` is 7 bytes; the first mark opens the quotation, the other 20 000 are its text.
    assert_eq!(u.open(), Some(Span::new(7, 10)));
    assert_eq!(u.close(), None);
    assert_eq!(u.paragraphs().len(), 1);
    assert_eq!(
        u.paragraphs().next().unwrap().span(),
        Span::new(10, len32(&text))
    );
    assert_eq!(codes(&doc), [DiagnosticCode::UnterminatedQuotation]);
    assert_eq!(doc.diagnostics()[0].span, Span::new(7, 10));
}

#[test]
fn alternating_curly_marks_quote_phrases_not_the_turn() {
    let text = alternating_curly_marks(20_000);
    let doc = parse(&text);
    let turns: Vec<TurnRef> = doc.turns().collect();
    assert_eq!(turns.len(), 1);
    // The first `“` closes at once with more text after it: the marks quote a phrase, so the
    // turn is unquoted and its one paragraph holds every mark.
    let u = turns[0].utterance();
    assert_eq!((u.open(), u.close()), (None, None));
    assert_eq!(u.paragraphs().len(), 1);
    assert_eq!(
        u.paragraphs().next().unwrap().span(),
        Span::new(7, len32(&text) - 1)
    );
    assert!(doc.diagnostics().is_empty(), "{:?}", doc.diagnostics());
}

#[test]
fn a_hundred_thousand_empty_labels() {
    let text = empty_labels(100_000);
    let doc = parse(&text);
    assert_eq!(dialogues(&doc), 1);
    let turns: Vec<TurnRef> = doc.turns().collect();
    assert_eq!(turns.len(), 100_000);
    assert!(turns.iter().all(|t| t.utterance().paragraphs().len() == 0));
    assert_eq!(turns[99_999].label().span, Span::new(299_997, 299_999));
    assert_eq!(doc.diagnostics().len(), 100_000);
    assert!(codes(&doc).iter().all(|&c| c == DiagnosticCode::EmptyTurn));
}

#[test]
fn two_hundred_thousand_colons() {
    let text = colons(200_000);
    let doc = parse(&text);
    assert_one_paragraph(&doc, Span::new(0, 200_000));
}

#[test]
fn a_single_line_of_several_megabytes() {
    let text = single_long_line(300_000);
    assert_eq!(text.len(), 3_300_000);
    let doc = parse(&text);
    assert_eq!(doc.layout(), Layout::LinePerParagraph);
    assert_one_paragraph(&doc, Span::new(0, 3_299_999));
}

#[test]
fn a_million_blank_lines() {
    let text = blank_lines(1_000_000);
    let doc = parse(&text);
    assert!(doc.blocks().len() == 0);
    assert_eq!(doc.layout(), Layout::BlankLineSeparated);
    let pieces: Vec<Span> = doc.pieces().map(|p| p.span()).collect();
    assert_eq!(pieces, [Span::new(0, 1_000_000)]);
    assert!(doc.diagnostics().is_empty());
}

#[test]
fn lone_carriage_returns_end_lines() {
    let text = lone_cr(20_000);
    let doc = parse(&text);
    assert_eq!(dialogues(&doc), 1);
    let turns: Vec<TurnRef> = doc.turns().collect();
    assert_eq!(turns.len(), 40_000);
    let names: Vec<_> = turns[..4]
        .iter()
        .map(|t| t.label().name.slice(&text).unwrap())
        .collect();
    assert_eq!(names, ["Q", "A", "Q", "A"]);
    // `Q: Why?\rA: Because.\r` is 20 bytes; the second answer is `Because.` at 20+11..20+19.
    assert_eq!(
        turns[3].utterance().paragraphs().next().unwrap().span(),
        Span::new(31, 39)
    );
    assert!(doc.diagnostics().is_empty());
}

#[test]
fn nul_bytes_are_kept_and_reported() {
    let text = nul_bytes(50_000);
    let doc = parse(&text);
    assert_eq!(paragraphs(&doc), [Span::new(0, 100_000)]);
    assert_eq!(doc.diagnostics().len(), 50_000);
    assert!(
        codes(&doc)
            .iter()
            .all(|&c| c == DiagnosticCode::ControlCharacter)
    );
    assert_eq!(doc.diagnostics()[1].span, Span::new(3, 4));
}

#[test]
fn every_paragraph_is_a_label() {
    let text = every_paragraph_a_label(25_000);
    let doc = parse(&text);
    assert_eq!(dialogues(&doc), 1);
    let turns: Vec<TurnRef> = doc.turns().collect();
    assert_eq!(turns.len(), 50_000);
    assert!(turns.iter().all(|t| t.utterance().paragraphs().len() == 1));
    assert_eq!(turns[1].label().name.slice(&text), Some("Bravo"));
    assert!(doc.diagnostics().is_empty());
}

#[test]
fn deeply_nested_parentheses_where_a_label_would_be() {
    let text = nested_parens_in_label(100_000);
    let doc = parse(&text);
    // Not a label: the aside does not nest, and what follows it is not a colon.
    assert_eq!(doc.turns().count(), 0);
    assert_one_paragraph(&doc, Span::new(0, len32(&text)));
}

#[test]
fn digits_with_thousands_of_separators() {
    let text = thousands_separators(50_000);
    let doc = parse(&text);
    assert_one_paragraph(&doc, Span::new(0, len32(&text)));
}

#[test]
fn scale_words_repeated() {
    let text = scale_words(50_000);
    let doc = parse(&text);
    assert_one_paragraph(&doc, Span::new(0, len32(&text)));
}

#[test]
fn a_long_run_of_currency_symbols() {
    let text = currency_run(20_000);
    // `$` is one byte, `€` `£` `¥` `₽` are 3, 2, 2 and 3: eleven bytes a round, then `5`.
    assert_eq!(text.len(), 220_001);
    let doc = parse(&text);
    assert_one_paragraph(&doc, Span::new(0, 220_001));
}

#[test]
fn click_here_repeated() {
    let text = click_here(20_000);
    let doc = parse(&text);
    assert_one_paragraph(&doc, Span::new(0, len32(&text) - 1));
}

#[test]
fn abbreviations_repeated() {
    let text = abbreviations(50_000);
    let doc = parse(&text);
    assert_eq!(doc.turns().count(), 0);
    assert_one_paragraph(&doc, Span::new(0, len32(&text) - 1));
}

#[test]
fn unclosed_quoted_turns_each_cut_off_by_the_next_label() {
    let text = unclosed_quoted_turns(20_000);
    let doc = parse(&text);
    let turns: Vec<TurnRef> = doc.turns().collect();
    assert_eq!(turns.len(), 20_000);
    // `Putin: “Hello\n` is 16 bytes: the second turn's mark is at 16+7..16+10.
    assert_eq!(turns[1].utterance().open(), Some(Span::new(23, 26)));
    assert_eq!(
        turns[1].utterance().paragraphs().next().unwrap().span(),
        Span::new(26, 31)
    );
    assert!(turns.iter().all(|t| t.utterance().close().is_none()));
    assert_eq!(doc.diagnostics().len(), 20_000);
    assert!(
        codes(&doc)
            .iter()
            .all(|&c| c == DiagnosticCode::UnterminatedQuotation)
    );
}

#[test]
fn a_hundred_thousand_headings() {
    let text = headings(50_000);
    let doc = parse(&text);
    assert_eq!(doc.blocks().len(), 100_000);
    let mut empty_sections = 0;
    for (i, block) in doc.blocks().enumerate() {
        let BlockRef::Heading(h) = block else {
            panic!("block {i} is not a heading")
        };
        if i % 2 == 0 {
            assert_eq!((h.level(), h.placeholder()), (None, None));
        } else {
            assert_eq!(h.level(), Some(2));
            assert_eq!(h.title().slice(&text), Some("Further Reading"));
            // Nothing stands under it: the next block is a heading (or the end).
            assert_eq!(h.placeholder(), Some(PlaceholderKind::EmptySection));
            empty_sections += 1;
        }
    }
    assert_eq!(empty_sections, 50_000);
}

#[test]
fn label_like_prefixes_one_word_too_long() {
    let text = long_label_prefix(5_000);
    let doc = parse(&text);
    assert_eq!(doc.turns().count(), 0);
    // The first line, with no closing punctuation, reads as the text's headline (a first line
    // may be a longer title than the others); every other line is a paragraph.
    assert_eq!(doc.headings().count(), 1);
    assert_eq!(paragraphs(&doc).len(), 4_999);
    assert!(doc.diagnostics().is_empty());
}

#[test]
fn a_chain_of_us_abbreviations() {
    let text = us_chain(50_000);
    let doc = parse(&text);
    assert_one_paragraph(&doc, Span::new(0, len32(&text)));
}

#[test]
fn straight_quotes_only() {
    let text = straight_quotes(20_000);
    let doc = parse(&text);
    let turns: Vec<TurnRef> = doc.turns().collect();
    assert_eq!(turns.len(), 20_000);
    // `Alpha: "Yes."\n` is 14 bytes.
    let u = turns[1].utterance();
    assert_eq!(u.open(), Some(Span::new(21, 22)));
    assert_eq!(u.paragraphs().next().unwrap().span(), Span::new(22, 26));
    assert_eq!(u.close(), Some(Span::new(26, 27)));
    assert!(doc.diagnostics().is_empty());
}

#[test]
fn crlf_line_endings_everywhere() {
    let text = crlf_everywhere(10_000);
    let doc = parse(&text);
    assert_eq!(doc.layout(), Layout::BlankLineSeparated);
    assert_eq!(doc.blocks().len(), 20_000);
    let blocks: Vec<BlockRef> = doc.blocks().collect();
    for pair in blocks.chunks(2) {
        let [BlockRef::Heading(_), BlockRef::Dialogue(d)] = pair else {
            panic!("expected a heading and a dialogue")
        };
        assert_eq!(d.turns().len(), 1);
        let u = &d.turns().next().unwrap().utterance();
        assert_eq!(u.paragraphs().len(), 2);
        assert!(u.close().is_some());
    }
    assert!(doc.diagnostics().is_empty());
}

#[test]
fn bom_and_runs_of_no_break_spaces() {
    let text = bom_nbsp(5_000);
    let doc = parse(&text);
    assert_eq!(dialogues(&doc), 1);
    let turns: Vec<TurnRef> = doc.turns().collect();
    assert_eq!(turns.len(), 5_000);
    // The BOM (3 bytes) and fifty no-break spaces (2 bytes each) come before the first label.
    assert_eq!(turns[0].label().span, Span::new(103, 109));
    assert!(turns.iter().all(|t| t.utterance().close().is_some()));
    assert!(doc.diagnostics().is_empty());
}

#[test]
fn thousands_of_reopened_paragraphs_in_one_turn() {
    let text = reopened_paragraphs(20_000);
    let doc = parse(&text);
    let turns: Vec<TurnRef> = doc.turns().collect();
    assert_eq!(turns.len(), 1);
    let u = turns[0].utterance();
    assert_eq!(u.paragraphs().len(), 20_002);
    assert_eq!(u.reopen().len(), 20_001);
    let end = len32(&text) - 1;
    assert_eq!(u.close(), Some(Span::new(end - 3, end)));
    assert!(doc.diagnostics().is_empty());
}

#[test]
fn every_quotation_closes_in_another_style() {
    let text = mixed_quote_styles(20_000);
    let doc = parse(&text);
    assert_eq!(doc.turns().count(), 20_000);
    assert_eq!(doc.diagnostics().len(), 20_000);
    assert!(
        codes(&doc)
            .iter()
            .all(|&c| c == DiagnosticCode::MixedQuoteStyles)
    );
    // `Putin: “Hello.»` : the diagnostic covers `“` (7..10) to `»` (16..18).
    assert_eq!(doc.diagnostics()[0].span, Span::new(7, 18));
}

#[test]
fn congressional_record_labels() {
    let text = record_labels(20_000);
    let doc = parse(&text);
    assert_eq!(doc.layout(), Layout::BlankLineSeparated);
    let turns: Vec<TurnRef> = doc.turns().collect();
    assert_eq!(turns.len(), 20_000);
    assert_eq!(turns[0].label().name.slice(&text), Some("Mr. SMITH"));
    assert_eq!(turns[0].label().punct, Span::new(11, 12));
    assert!(turns.iter().all(|t| t.utterance().paragraphs().len() == 1));
}

#[test]
fn separators_repeated() {
    let text = separators(50_000);
    let doc = parse(&text);
    assert_eq!(doc.blocks().len(), 50_000);
    assert!(doc.blocks().all(|b| matches!(b, BlockRef::Separator(_))));
}

#[test]
fn one_hard_wrapped_paragraph_of_many_lines() {
    let text = wrapped_lines(50_000);
    let doc = parse(&text);
    assert_eq!(doc.layout(), Layout::BlankLineSeparated);
    assert_one_paragraph(&doc, Span::new(0, len32(&text) - 1));
}

#[test]
fn opening_marks_nested_deep_inside_a_turn() {
    let text = nested_open_quotes_in_turn(20_000);
    let doc = parse(&text);
    // The `more` lines break mid-sentence, so the text is hard-wrapped and they continue
    // the turn's first paragraph.
    assert_eq!(doc.layout(), Layout::BlankLineSeparated);
    let turns: Vec<TurnRef> = doc.turns().collect();
    assert_eq!(turns.len(), 1);
    assert_eq!(turns[0].utterance().paragraphs().len(), 1);
    assert_eq!(codes(&doc), [DiagnosticCode::UnterminatedQuotation]);
}

#[test]
fn names_alone_without_and_with_the_habit() {
    let text = names_alone(2_000);
    let doc = parse(&text);
    // The made-up names are heard once each: no habit; the two that come back open a turn
    // each.
    let turns: Vec<TurnRef> = doc.turns().collect();
    assert_eq!(turns.len(), 4_000);
    assert_eq!(turns[0].label().name.slice(&text), Some("ANA RUIZ"));
    assert_eq!(turns[1].label().name.slice(&text), Some("BEN OKAFOR"));
}

#[test]
fn stops_and_dashes_everywhere() {
    let text = stop_dash(5_000);
    let doc = parse(&text);
    // Only `President. –` is a label; the prose paragraph after it is the same speaker's.
    let turns: Vec<TurnRef> = doc.turns().collect();
    assert_eq!(turns.len(), 5_000);
    assert!(
        turns
            .iter()
            .all(|t| t.label().name.slice(&text) == Some("President"))
    );
}
