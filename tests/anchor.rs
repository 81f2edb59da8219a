//! Re-anchoring annotations made on one version of a text in a new version of it.

use speechmark::Span;
use speechmark::anchor::{Method, Passage, Reanchor, Status, reanchor};
use speechmark::export::{Kinds, TextPosition, W3cOptions, w3c};

const OLD: &str = "Talks in Astana.\n\
Putin: “Our sales are off, though by a very small margin.”\n\
Sharif: “We thank you for the invitation.”\n";

/// The passage of `OLD` that reads `exact` (it occurs once).
fn passage(exact: &str) -> Passage {
    let start = OLD.find(exact).expect("in the old text");
    let span = Span::new(start as u32, (start + exact.len()) as u32);
    Passage::of(OLD, span).expect("on character boundaries")
}

#[test]
fn nothing_changed() {
    let found = Reanchor::new(OLD).find(&passage("very small margin"));
    assert_eq!(found.status, Status::Unchanged);
    assert_eq!(found.method, Some(Method::Exact));
    // "Talks in Astana.\n" is 17 bytes, "Putin: “" 10 more, "Our sales are off, though by a "
    // 31 more: byte 58; the curly quote makes it code point 56.
    assert_eq!(found.span, Some(Span::new(58, 75)));
    assert_eq!(found.position, Some(TextPosition { start: 56, end: 73 }));
}

#[test]
fn insertion_before() {
    let new = format!("Summary\n🇵🇰 {OLD}");
    let found = Reanchor::new(&new).find(&passage("very small margin"));
    assert_eq!(found.status, Status::Moved);
    // "Summary\n" is 8 bytes, the flag 8 and a space 1: 17 bytes and 11 code points further.
    assert_eq!(found.span, Some(Span::new(75, 92)));
    assert_eq!(found.position, Some(TextPosition { start: 67, end: 84 }));
}

#[test]
fn deletion_inside() {
    let new = OLD.replace(", though by a very small margin", "");
    let found = Reanchor::new(&new).find(&passage(
        "Our sales are off, though by a very small margin.",
    ));
    assert_eq!(found.status, Status::Changed);
    assert_eq!(found.method, Some(Method::Context));
    assert_eq!(
        found.span.and_then(|s| s.slice(&new)),
        Some("Our sales are off.")
    );
}

#[test]
fn duplicated_passage_is_ambiguous() {
    // The exchange appears twice after a new first line; both copies have the same
    // surroundings as the original, and neither is where the original was.
    let body = OLD.strip_prefix("Talks in Astana.\n").unwrap();
    let new = format!("Opening.\nTalks in Astana.\n{body}Talks in Astana.\n{body}");
    let found = Reanchor::new(&new).find(&passage("We thank you for the invitation."));
    assert_eq!(found.status, Status::Ambiguous);
    assert_eq!(found.span, None);
    let copies: Vec<_> = found
        .candidates
        .iter()
        .filter_map(|s| s.slice(&new))
        .collect();
    assert_eq!(copies, ["We thank you for the invitation."; 2]);
    assert!(found.candidates[0].start < found.candidates[1].start);
}

#[test]
fn duplicate_after_the_original_keeps_it_in_place() {
    // A copy added at the end has worse surroundings than the original, which has not moved.
    let new = format!("{OLD}Sharif: “We thank you for the invitation.” (repeated)\n");
    let found = Reanchor::new(&new).find(&passage("We thank you for the invitation."));
    assert_eq!(found.status, Status::Unchanged);
}

#[test]
fn reworded_text_is_changed() {
    let new = OLD.replace(
        "Our sales are off, though by a very small margin.",
        "Trade fell slightly this year.",
    );
    let found = Reanchor::new(&new).find(&passage(
        "Our sales are off, though by a very small margin.",
    ));
    assert_eq!(found.status, Status::Changed);
    assert_eq!(
        found.span.and_then(|s| s.slice(&new)),
        Some("Trade fell slightly this year.")
    );
}

#[test]
fn a_typo_fixed_with_its_surroundings_changed_is_found_fuzzily() {
    // The sentence's own text changed by one letter, and so did everything around it.
    let new =
        "Minutes of the meeting.\nPutin said: Our sales are off, though by a very smal margin!\n";
    let found =
        Reanchor::new(new).find(&passage("Our sales are off, though by a very small margin"));
    assert_eq!(found.status, Status::Changed);
    assert_eq!(found.method, Some(Method::Fuzzy));
    assert_eq!(
        found.span.and_then(|s| s.slice(new)),
        Some("Our sales are off, though by a very smal margin")
    );
}

#[test]
fn text_that_is_gone_is_lost() {
    let new = "Talks in Astana.\nThe leaders met and posed for photographs.\n";
    let found = Reanchor::new(new).find(&passage("We thank you for the invitation."));
    assert_eq!(found.status, Status::Lost);
    assert_eq!((found.span, found.method), (None, None));
}

#[test]
fn w3c_annotations_follow_the_text() {
    // Export the speaker labels of the old text, then find them in a new one.
    let doc = speechmark::parse(OLD);
    let options = W3cOptions::new("urn:x").kinds(Kinds::only(["speaker_label"]).unwrap());
    let page = w3c(&doc, OLD, &options).unwrap();
    let passages: Vec<_> = page
        .items
        .iter()
        .filter_map(|a| Passage::from_target(&a.target))
        .collect();
    assert_eq!(passages.len(), 2);
    let new = OLD.replace("Talks in Astana.", "Talks in Astana, Kazakhstan’s capital.");
    let found = reanchor(&new, &passages);
    let labels: Vec<_> = found
        .iter()
        .map(|f| (f.status, f.span.and_then(|s| s.slice(&new))))
        .collect();
    assert_eq!(
        labels,
        [
            (Status::Moved, Some("Putin:")),
            (Status::Moved, Some("Sharif:"))
        ]
    );
}
