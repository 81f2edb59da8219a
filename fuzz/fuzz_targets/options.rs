//! Options plus text, as structured input: every layout (forced or detected) and the inline
//! layer on or off. Each parse must keep the span contract; switching the inline layer off
//! must not change the block structure.
//!
//! ```text
//! RUSTC_BOOTSTRAP=1 cargo fuzz run options -- -dict=fuzz/speechmark.dict
//! ```
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use speechmark::{Block, Layout, Options};

#[derive(Arbitrary, Debug)]
enum LayoutChoice {
    Detect,
    LinePerParagraph,
    BlankLineSeparated,
}

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    layout: LayoutChoice,
    inlines: bool,
    /// Also parse with `try_parse`, which must agree with `parse_with`.
    via_try_parse: bool,
    text: &'a str,
}

/// The structure of a block with its sentences dropped.
fn skeleton(blocks: &[Block]) -> Vec<Block> {
    let mut blocks = blocks.to_vec();
    for b in &mut blocks {
        match b {
            Block::Paragraph(p) => p.sentences.clear(),
            Block::Dialogue(d) => {
                for t in &mut d.turns {
                    for p in &mut t.utterance.paragraphs {
                        p.sentences.clear();
                    }
                }
            }
            _ => {}
        }
    }
    blocks
}

fuzz_target!(|input: Input<'_>| {
    let mut options = Options::new().inlines(input.inlines);
    options = match input.layout {
        LayoutChoice::Detect => options.detect_layout(),
        LayoutChoice::LinePerParagraph => options.layout(Layout::LinePerParagraph),
        LayoutChoice::BlankLineSeparated => options.layout(Layout::BlankLineSeparated),
    };
    let text = input.text;
    let doc = speechmark::parse_with(text, &options);
    if let Err(e) = doc.check(text) {
        panic!("span contract broken: {e}\noptions: {options:?}\ninput: {text:?}");
    }
    match input.layout {
        LayoutChoice::Detect => {}
        LayoutChoice::LinePerParagraph => assert_eq!(doc.layout(), Layout::LinePerParagraph),
        LayoutChoice::BlankLineSeparated => assert_eq!(doc.layout(), Layout::BlankLineSeparated),
    }
    if input.via_try_parse {
        let again = speechmark::try_parse(text, &options).expect("small input");
        assert_eq!(again, doc);
    }
    // The inline layer refines paragraphs; it must not move a block, a turn or a label.
    let other = speechmark::parse_with(text, &options.clone().inlines(!input.inlines));
    assert_eq!(other.layout, doc.layout());
    assert_eq!(skeleton(&other.blocks), skeleton(&doc.blocks));
    let _ = doc.render(text);
});
