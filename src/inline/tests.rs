//! Tests of `scan`: links, placeholders and quotations together, and the span contract.

use super::scan;
use crate::ast::{Inline, LinkForm};
use crate::span::{Span, sp};

/// The nodes of `text` scanned as one sentence, in pre-order, as `depth:kind:text`.
pub(super) fn render(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let nodes = scan(text, sp(0, text.len()));
    let mut stack: Vec<(usize, &Inline)> = nodes.iter().rev().map(|n| (0, n)).collect();
    while let Some((depth, node)) = stack.pop() {
        let t = node.span().slice(text).unwrap_or("<bad span>");
        let kind = match node {
            Inline::Figure(_) => "figure",
            Inline::Link(l) => match l.form {
                LinkForm::Url => "url",
                LinkForm::Web => "web",
                LinkForm::Email => "email",
            },
            Inline::LinkPlaceholder(_) => "anchor",
            Inline::Quote(q) => {
                stack.extend(q.inlines.iter().rev().map(|n| (depth + 1, n)));
                "quote"
            }
        };
        out.push(format!("{depth}:{kind}:{t}"));
    }
    out
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
    let nodes = scan(text, sp(0, text.len()));
    let links: Vec<_> = nodes
        .iter()
        .filter_map(|n| {
            if let Inline::Link(l) = n {
                Some(l)
            } else {
                None
            }
        })
        .collect();
    assert_eq!(links.len(), 2);
    let (a, b) = (links[0], links[1]);
    assert_eq!(a.span.slice(text), Some("<https://example.org/x>"));
    assert_eq!(a.target.slice(text), Some("https://example.org/x"));
    assert_eq!(a.href(text).as_deref(), Some("https://example.org/x"));
    assert_eq!(b.span, b.target);
    assert_eq!(b.href(text).as_deref(), Some("https://www.example.com"));
    let json = serde_json::to_string(&nodes[0]).unwrap();
    assert_eq!(
        json,
        r#"{"kind":"link","span":[4,27],"target":[5,26],"form":"url"}"#
    );
    let back: Inline = serde_json::from_str(&json).unwrap();
    assert_eq!(back, nodes[0]);
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
    let nodes = scan(text, sp(0, text.len()));
    let json = serde_json::to_string(&nodes).unwrap();
    assert_eq!(
        json,
        r#"[{"kind":"link_placeholder","span":[7,17],"placeholder":"anchor"}]"#
    );
    let back: Vec<Inline> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, nodes);
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
    let nodes = scan(text, sp(0, text.len()));
    let json = serde_json::to_string(&nodes).unwrap();
    assert!(json.starts_with(r#"[{"kind":"quote","span":[8,"#), "{json}");
    assert!(json.contains(r#""inlines":[{"kind":"quote""#), "{json}");
    let back: Vec<Inline> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, nodes);
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
        let nodes = scan(&text, sp(0, text.len()));
        assert!(nodes.len() <= text.len());
    }
}

/// Checks the span contract for `nodes` inside `parent`, without recursion.
pub(super) fn well_formed(text: &str, parent: Span, nodes: &[Inline]) -> Result<(), String> {
    let mut work = vec![(parent, nodes)];
    while let Some((parent, nodes)) = work.pop() {
        let mut prev = parent.start;
        for n in nodes {
            let s = n.span();
            if s.start < prev || !parent.contains(s) || s.is_empty() || s.slice(text).is_none() {
                return Err(format!("bad span {s:?} in {parent:?} after {prev}"));
            }
            prev = s.end;
            if let Inline::Quote(q) = n {
                if q.open.start != s.start || q.close.end != s.end || q.open.end > q.close.start {
                    return Err(format!("bad marks in {q:?}"));
                }
                let inner = Span::new(q.open.end, q.close.start);
                work.push((inner, &q.inlines));
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
            let nodes = scan(&text, span);
            prop_assert_eq!(well_formed(&text, span, &nodes), Ok(()));
        }
    }
}

#[test]
fn merge_keeps_the_first_list_on_overlap() {
    use super::merge;
    use crate::ast::{Link, LinkPlaceholder, PlaceholderKind};
    let link = |s, e| {
        Inline::Link(Link {
            span: sp(s, e),
            target: sp(s, e),
            form: LinkForm::Web,
        })
    };
    let anchor = |s, e| {
        Inline::LinkPlaceholder(LinkPlaceholder {
            span: sp(s, e),
            placeholder: PlaceholderKind::Anchor,
        })
    };
    let first = vec![link(5, 10), link(20, 30)];
    // Overlapping, touching, outside the sentence, empty, and out of order.
    let second = vec![
        anchor(0, 5),
        anchor(8, 12),
        anchor(12, 20),
        anchor(25, 26),
        anchor(31, 31),
        anchor(14, 16),
        anchor(35, 50),
    ];
    let got: Vec<Span> = merge(sp(0, 40), first.into_iter(), second.into_iter())
        .iter()
        .map(Inline::span)
        .collect();
    assert_eq!(got, vec![sp(0, 5), sp(5, 10), sp(12, 20), sp(20, 30)]);
}
