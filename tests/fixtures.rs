//! Snapshot tests over the team's fixture documents, one test case per file (ruff-style):
//!
//! - `tests/fixtures/ok/<construct>/NAME.txt`: documents that must parse without a single
//!   diagnostic; a diagnostic here is a bug.
//! - `tests/fixtures/diagnostics/<construct>/NAME.txt`: documents that must give at least one
//!   diagnostic (each diagnostic is in the snapshot, with its span).
//! - `tests/fixtures/regressions/<construct>/NAME.txt`: inputs that once went wrong.
//!
//! Each file's whole tree is rendered and compared with its reviewed snapshot (which records
//! the input file), and every tree goes through the shared invariant checks
//! ([`speechmark::testing::check_invariants`]: span contract, lossless pieces, JSON round
//! trip) under every layout and with the inline layer on and off.

use speechmark::{Layout, Options};
use std::path::Path;

fn read(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("readable fixture");
    String::from_utf8(bytes).expect("fixtures are UTF-8")
}

fn check_invariants(path: &Path, text: &str) {
    for options in [
        Options::new(),
        Options::new().inlines(false),
        Options::new().layout(Layout::LinePerParagraph),
        Options::new().layout(Layout::BlankLineSeparated),
    ] {
        if let Err(e) = speechmark::testing::check_invariants(text, &options) {
            panic!("{} with {options:?}: {e}", path.display());
        }
    }
}

#[test]
fn ok() {
    insta::glob!("fixtures/ok/**/*.txt", |path| {
        let text = read(path);
        check_invariants(path, &text);
        let doc = speechmark::parse(&text);
        assert!(
            doc.diagnostics().is_empty(),
            "{}: a fixture under ok/ gave diagnostics: {:?}",
            path.display(),
            doc.diagnostics()
        );
        insta::assert_snapshot!(doc.render(&text));
    });
}

#[test]
fn diagnostics() {
    insta::glob!("fixtures/diagnostics/**/*.txt", |path| {
        let text = read(path);
        check_invariants(path, &text);
        let doc = speechmark::parse(&text);
        assert!(
            !doc.diagnostics().is_empty(),
            "{}: a fixture under diagnostics/ gave none",
            path.display()
        );
        insta::assert_snapshot!(doc.render(&text));
    });
}

/// `tests/fixtures/analysis/NAME.txt`: documents whose analysis (acts, speakers, claims) is
/// in the snapshot too.
#[test]
fn analysis() {
    insta::glob!("fixtures/analysis/**/*.txt", |path| {
        let text = read(path);
        check_invariants(path, &text);
        let doc = speechmark::parse(&text);
        let analysis = speechmark::analyze(&doc, &text);
        insta::assert_snapshot!(doc.render_with(&text, &analysis));
    });
}

#[test]
fn regressions() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/regressions");
    if !dir.exists() {
        return;
    }
    insta::glob!("fixtures/regressions/**/*.txt", |path| {
        let text = read(path);
        check_invariants(path, &text);
        insta::assert_snapshot!(speechmark::parse(&text).render(&text));
    });
}

#[test]
fn there_are_fixtures_of_every_kind() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let count = |sub: &str| {
        let mut n = 0;
        let mut stack = vec![root.join(sub)];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let p = entry.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "txt") {
                    n += 1;
                }
            }
        }
        n
    };
    assert!(count("ok") >= 15, "ok/ holds {}", count("ok"));
    assert!(
        count("diagnostics") >= 4,
        "diagnostics/ holds {}",
        count("diagnostics")
    );
}
