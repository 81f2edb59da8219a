//! Tests of `scan`: links, placeholders and quotations together, and the span contract.

use super::InlineScanner;
use crate::ast::{Document, Inline, Layout, LinkForm, NodeRef};
use crate::span::{Span, sp};

/// A document whose one paragraph and sentence is `text[span]`, scanned for inline nodes.
pub(super) fn scan(text: &str, span: Span) -> Document {
    let mut doc = Document::empty(sp(0, text.len()), Layout::LinePerParagraph);
    doc.open_paragraph_block(span);
    doc.append_sentence(span);
    InlineScanner::default().scan(text, span, &mut doc);
    doc
}

/// The nodes of `text` scanned as one sentence, in pre-order, as `depth:kind:text`.
pub(super) fn render(text: &str) -> Vec<String> {
    let doc = scan(text, sp(0, text.len()));
    let Some(sentence) = doc.sentences().next() else {
        return Vec::new();
    };
    NodeRef::Sentence(sentence)
        .descendants()
        .skip(1)
        .map(|(depth, node)| {
            let t = node.text(text).unwrap_or("<bad span>");
            let NodeRef::Inline(i) = node else {
                return format!("{depth}:not inline:{t}");
            };
            let kind = match i.get() {
                Inline::Figure(_) => "figure",
                Inline::Link(l) => match l.form {
                    LinkForm::Url => "url",
                    LinkForm::Web => "web",
                    LinkForm::Email => "email",
                },
                Inline::LinkPlaceholder(_) => "anchor",
                Inline::Quote(_) => "quote",
            };
            format!("{}:{kind}:{t}", depth - 1)
        })
        .collect()
}

/// The JSON of the sentence's inline nodes.
fn inlines_json(doc: &Document) -> String {
    let inlines: Vec<Inline<'_>> = doc
        .sentences()
        .flat_map(|s| s.inlines().map(|i| i.get()))
        .collect();
    serde_json::to_string(&inlines).unwrap_or_default()
}

fn check(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let got = render(text);
        if got != *want {
            failures.push(format!("{text:?}\n   got {got:?}\n  want {want:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn links() {
    check(&[
        (
            "Visit https://example.org/report?id=7.",
            &["0:url:https://example.org/report?id=7"],
        ),
        (
            "See (http://example.com/a_(b)) for details",
            &["0:url:http://example.com/a_(b)"],
        ),
        (
            "The archive is ftp://files.example.org/pub today",
            &["0:url:ftp://files.example.org/pub"],
        ),
        (
            "Docs at www.example.net/docs, updated daily.",
            &["0:web:www.example.net/docs"],
        ),
        ("Visit WWW.EXAMPLE.ORG now", &["0:web:WWW.EXAMPLE.ORG"]),
        (
            "Our site is example.com and it works.",
            &["0:web:example.com"],
        ),
        (
            "The ministry posts at mofa.gov.pk/news.",
            &["0:web:mofa.gov.pk/news"],
        ),
        (
            "Local server localhost.com:8080/x here",
            &["0:web:localhost.com:8080/x"],
        ),
        (
            "Email press@example.org today.",
            &["0:email:press@example.org"],
        ),
        (
            "Contact mailto:desk@example.co.uk now",
            &["0:email:mailto:desk@example.co.uk"],
        ),
        (
            "Write (to j.doe+news@mail.example.org).",
            &["0:email:j.doe+news@mail.example.org"],
        ),
        (
            "Links: https://a.example.org and b@example.net.",
            &["0:url:https://a.example.org", "0:email:b@example.net"],
        ),
        (
            "Note:https://example.org/x works",
            &["0:url:https://example.org/x"],
        ),
        // Not links.
        ("Call him at 10:30.", &[]),
        (
            "The U.S. grew 3.14 per cent, e.g. in Jan.",
            &["0:figure:3.14 per cent"],
        ),
        ("Follow @trade_desk on social media.", &[]),
        ("Reply to a@b soon", &[]),
        ("Send it to x@@example.com now", &[]),
        ("Type http:// and stop", &[]),
        ("Version 2.0.1 shipped.", &[]),
        ("Trade was US$1.3 billion.", &["0:figure:US$1.3 billion"]),
        ("Mr.Smith and Dr.Who met", &[]),
        ("The end.It was late", &[]),
        ("U.S.-Pakistan ties", &[]),
        ("Open a.co now", &[]),
    ]);
}

#[test]
fn link_spans_and_hrefs() {
    let text = "See <https://example.org/x> and www.example.com.";
    let doc = scan(text, sp(0, text.len()));
    let links: Vec<_> = doc.links().iter().collect();
    assert_eq!(links.len(), 2);
    let (a, b) = (links[0], links[1]);
    assert_eq!(a.span.slice(text), Some("<https://example.org/x>"));
    assert_eq!(a.target.slice(text), Some("https://example.org/x"));
    assert_eq!(a.href(text).as_deref(), Some("https://example.org/x"));
    assert_eq!(b.span, b.target);
    assert_eq!(b.href(text).as_deref(), Some("https://www.example.com"));
    let json = serde_json::to_string(a).unwrap();
    assert_eq!(
        json,
        r#"{"kind":"link","span":[4,27],"target":[5,26],"form":"url"}"#
    );
    let back: crate::ast::Link = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, a);
}

#[test]
fn placeholders() {
    check(&[
        ("For more, please click here.", &["0:anchor:click here"]),
        ("Click here to register.", &["0:anchor:Click here"]),
        ("CLICK HERE", &["0:anchor:CLICK HERE"]),
        (
            "Click\u{a0}here for the form",
            &["0:anchor:Click\u{a0}here"],
        ),
        ("By clicking here you agree.", &["0:anchor:clicking here"]),
        ("Click on here for details", &["0:anchor:Click on here"]),
        (
            "Click on this link to apply.",
            &["0:anchor:Click on this link"],
        ),
        ("Click the link for the form.", &["0:anchor:Click the link"]),
        (
            "The form is available via this link.",
            &["0:anchor:this link"],
        ),
        (
            "The full statement is at this link.",
            &["0:anchor:this link"],
        ),
        ("Follow this link to vote", &["0:anchor:this link"]),
        ("Read more", &["0:anchor:Read more"]),
        ("Read more: Trade talks resume", &["0:anchor:Read more"]),
        ("Learn more here.", &["0:anchor:Learn more here"]),
        ("read more…", &["0:anchor:read more"]),
        (
            "Click here or click here.",
            &["0:anchor:Click here", "0:anchor:click here"],
        ),
        // Not placeholders.
        ("Here is the plan.", &[]),
        ("The plan is here.", &[]),
        ("We need to read more books.", &[]),
        ("Read more about it in the annex.", &[]),
        ("This link between trade and security matters.", &[]),
        ("Click the button twice.", &[]),
        ("She clicked here and there.", &[]),
        ("Please click there.", &[]),
        ("Click heretofore", &[]),
        ("The linkage is clear.", &[]),
        ("Tap here", &[]),
    ]);
}

#[test]
fn placeholder_json() {
    let text = "please click here.";
    let doc = scan(text, sp(0, text.len()));
    assert_eq!(
        inlines_json(&doc),
        r#"[{"kind":"link_placeholder","span":[7,17],"placeholder":"anchor"}]"#
    );
    let back: Document = serde_json::from_str(&serde_json::to_string(&doc).unwrap()).unwrap();
    assert_eq!(back, doc);
}

#[test]
fn quotes() {
    check(&[
        (
            "She called it “a historic day” on Monday.",
            &["0:quote:“a historic day”"],
        ),
        (
            "He said “we want ‘peace’ now” firmly.",
            &["0:quote:“we want ‘peace’ now”", "1:quote:‘peace’"],
        ),
        (
            "“One” and “two”",
            &["0:quote:“One”", "0:quote:“two”", "1:figure:two"],
        ),
        ("A so-called \"reset\" began.", &["0:quote:\"reset\""]),
        (
            "\"Yes,\" she said, \"and no.\"",
            &["0:quote:\"Yes,\"", "0:quote:\"and no.\""],
        ),
        ("He wrote 'maybe' twice.", &["0:quote:'maybe'"]),
        ("Le mot « paix » revient.", &["0:quote:« paix »"]),
        ("„Ja“, sagte er.", &["0:quote:„Ja“"]),
        ("„Nein”, sagte sie.", &["0:quote:„Nein”"]),
        (
            "It was “the ’90s all over again”.",
            &["0:quote:“the ’90s all over again”", "1:figure:’90s"],
        ),
        (
            "He said ‘it’s Pakistan’s turn’ today.",
            &["0:quote:‘it’s Pakistan’s turn’"],
        ),
        (
            "Visit “www.example.org” now.",
            &["0:quote:“www.example.org”", "1:web:www.example.org"],
        ),
        (
            "He said “click here” twice.",
            &["0:quote:“click here”", "1:anchor:click here"],
        ),
        (
            "“a ‘b “c” b’ a”",
            &[
                "0:quote:“a ‘b “c” b’ a”",
                "1:quote:‘b “c” b’",
                "2:quote:“c”",
            ],
        ),
        // Apostrophes and strays are not quotations.
        ("They don’t agree on Pakistan’s role.", &[]),
        ("Music of the ’90s returned.", &["0:figure:’90s"]),
        ("The leaders’ summit ended.", &[]),
        ("It's the students' choice.", &[]),
        ("In '98 it rained.", &["0:figure:98"]),
        ("An “unclosed quote here.", &[]),
        ("A stray ” closing mark.", &[]),
        ("A mixed “pair\" here.", &[]),
        ("Height 5 ft \" and more", &["0:figure:5"]),
    ]);
}

#[test]
fn deep_nesting_is_bounded() {
    let open = "“a ‘b ".repeat(50);
    let close = " b’ a”".repeat(50);
    let text = format!("{open}x{close}");
    let got = render(&text);
    assert!(!got.is_empty());
    assert!(
        got.iter()
            .all(|l| l.as_bytes()[0] < b'0' + super::MAX_QUOTE_DEPTH as u8)
    );
    // The outermost quotation is paired with the last closing mark.
    assert_eq!(got[0], format!("0:quote:{text}"));
}

#[test]
fn quote_json_round_trips() {
    let text = "He said “we want ‘peace’ now”.";
    let doc = scan(text, sp(0, text.len()));
    let json = inlines_json(&doc);
    assert!(json.starts_with(r#"[{"kind":"quote","span":[8,"#), "{json}");
    assert!(json.contains(r#""inlines":[{"kind":"quote""#), "{json}");
    let back: Document = serde_json::from_str(&serde_json::to_string(&doc).unwrap()).unwrap();
    assert_eq!(back, doc);
}

#[test]
fn announced_link_sections() {
    use super::announces_links;
    for yes in [
        "Further Reading",
        "further reading:",
        "FURTHER\u{a0}READING",
        "  See also  ",
        "Related",
        "Read more",
        "Related articles:",
        "## Further reading",
        "See Also…",
    ] {
        assert!(announces_links(yes), "{yes:?}");
    }
    for no in [
        "Summary",
        "Further reading on trade",
        "Reading",
        "Relatedness",
        "",
        "See",
        "Read more about the summit",
    ] {
        assert!(!announces_links(no), "{no:?}");
    }
}

#[test]
fn pathological_inputs_stay_linear() {
    for text in [
        "“".repeat(100_000),
        "\"".repeat(100_000),
        "' x ".repeat(100_000),
        "‘".repeat(100_000),
        "click ".repeat(100_000),
        "this link ".repeat(100_000),
        "a.b ".repeat(100_000),
        "x@".repeat(200_000),
        "http://".repeat(100_000),
        "a.".repeat(500_000),
        format!("click{}here", " ".repeat(500_000)),
        format!("{}x{}", "(".repeat(300_000), ")".repeat(300_000)),
    ] {
        let doc = scan(&text, sp(0, text.len()));
        assert!(doc.inlines.len() <= text.len());
    }
}

/// Checks the span contract of the scanned sentence: every inline node is non-empty, on
/// character boundaries, inside its parent (a quotation between its marks), after its
/// previous sibling, and names its parent correctly; a quotation runs from its opening to
/// its closing mark.
pub(super) fn well_formed(text: &str, doc: &Document) -> Result<(), String> {
    let Some(sentence) = doc.sentences().next() else {
        return Ok(());
    };
    let mut work = vec![(NodeRef::Sentence(sentence), sentence.span())];
    while let Some((parent, inside)) = work.pop() {
        let mut prev = inside.start;
        for child in parent.children() {
            let s = child.span();
            if s.start < prev || !inside.contains(s) || s.is_empty() || s.slice(text).is_none() {
                return Err(format!("bad span {s:?} in {inside:?} after {prev}"));
            }
            if child.parent().map(NodeRef::id) != Some(parent.id()) {
                return Err(format!("{s:?} names the wrong parent"));
            }
            prev = s.end;
            if let NodeRef::Inline(i) = child {
                if let Some(q) = i.as_quote() {
                    let (open, close) = (q.open(), q.close());
                    if open.start != s.start || close.end != s.end || open.end > close.start {
                        return Err(format!("bad marks in {q:?}"));
                    }
                    work.push((child, Span::new(open.end, close.start)));
                }
            }
        }
    }
    Ok(())
}

mod props {
    use super::{scan, well_formed};
    use crate::span::sp;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn scan_keeps_the_span_contract(
            text in "(\\PC|[ .:@/“”‘’\"'«»„a-z]|click here|this link|www\\.|https://|\\.com){0,60}",
            pad in 0usize..3,
        ) {
            let start = text.char_indices().nth(pad).map_or(text.len(), |(i, _)| i);
            let span = sp(start, text.len());
            let doc = scan(&text, span);
            prop_assert_eq!(well_formed(&text, &doc), Ok(()));
        }
    }
}

#[test]
fn merge_keeps_the_first_list_on_overlap() {
    use super::{From, Leaf, merge};
    let leaf = |from, s, e| Leaf {
        span: sp(s, e),
        from,
        index: 0,
    };
    let first = vec![leaf(From::Link, 5, 10), leaf(From::Link, 20, 30)];
    // Overlapping, touching, outside the sentence, empty, and out of order.
    let second = [
        (0, 5),
        (8, 12),
        (12, 20),
        (25, 26),
        (31, 31),
        (14, 16),
        (35, 50),
    ]
    .map(|(s, e)| leaf(From::Anchor, s, e));
    let mut out = Vec::new();
    merge(sp(0, 40), first.into_iter(), second.into_iter(), &mut out);
    let got: Vec<Span> = out.iter().map(|l| l.span).collect();
    assert_eq!(got, vec![sp(0, 5), sp(5, 10), sp(12, 20), sp(20, 30)]);
}
