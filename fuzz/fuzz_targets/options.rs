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
use speechmark::{Document, Layout, NodeKind, Options, Span};

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

/// The structure of a document without its sentences and inline nodes: every other node's
/// kind, depth, span and named sub-spans, in order.
fn skeleton(doc: &Document) -> Vec<(NodeKind, usize, Span, Vec<(&'static str, Span)>)> {
    doc.nodes()
        .filter(|(_, n)| {
            !matches!(
                n.kind(),
                NodeKind::Sentence
                    | NodeKind::Figure
                    | NodeKind::Link
                    | NodeKind::LinkPlaceholder
                    | NodeKind::Quote
            )
        })
        .map(|(depth, n)| (n.kind(), depth, n.span(), n.fields().collect()))
        .collect()
}

fuzz_target!(|input: Input<'_>| {
    let mut options = Options::new().inlines(input.inlines);
    options = match input.layout {
        LayoutChoice::Detect => options.detect_layout(),
        LayoutChoice::LinePerParagraph => options.layout(Layout::LinePerParagraph),
        LayoutChoice::BlankLineSeparated => options.layout(Layout::BlankLineSeparated),
    };
    let text = input.text;
    let doc = match speechmark::testing::check_invariants(text, &options) {
        Ok(doc) => doc,
        Err(e) => panic!("{e}\noptions: {options:?}\ninput: {text:?}"),
    };
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
    assert_eq!(other.layout(), doc.layout());
    assert_eq!(skeleton(&other), skeleton(&doc));
    let _ = doc.render(text);
});
