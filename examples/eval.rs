//! Measures speechmark against a folder of documents with known turns.
//!
//! ```text
//! cargo run --release --example eval -- ../shared/corpus/kremlin [--verbose]
//! ```
//!
//! The folder holds `NAME.txt` documents, each with a `NAME.json` beside it giving the true
//! turns (see the corpus README): `turns[]` with `label_span`, `span` and `speaker`, all in
//! code points. A predicted turn counts as correct when its label starts where the true
//! label does and it ends where the true turn ends, trailing whitespace ignored. Speaker-label
//! accuracy is the share of true turns whose label was found at the right place with the
//! right text.
//!
//! Every turn error falls in one category, so that the next gap is visible at a glance:
//! **label missed** (a true label where no predicted turn starts), **label invented** (a
//! predicted turn where no true label is), **turn ends early** and **turn ends late** (the
//! label is right, the end is not). `--verbose` lists every error with its category.
//!
//! Headings are scored too: a true heading (title, caption; separators aside) is found when
//! a heading block starts where it does. The program also counts what the inline layer
//! finds, by kind.

use serde_json::Value;
use speechmark::{LineIndex, Span};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: eval FOLDER [--verbose]");
        std::process::exit(2);
    };
    let verbose = args.any(|a| a == "--verbose");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect(),
        Err(err) => {
            eprintln!("eval: cannot read {dir}: {err}");
            std::process::exit(1);
        }
    };
    files.sort();
    let mut totals = Totals::default();
    for path in &files {
        if let Err(err) = evaluate(path, verbose, &mut totals) {
            eprintln!("eval: {}: {err}", path.display());
        }
    }
    totals.print(&dir);
}

#[derive(Default)]
struct Totals {
    documents: usize,
    bytes: usize,
    truth: usize,
    predicted: usize,
    correct: usize,
    labels_right: usize,
    errors: Errors,
    headings_true: usize,
    headings_predicted: usize,
    headings_found: usize,
    kinds: BTreeMap<String, usize>,
    figures: BTreeMap<&'static str, usize>,
    placeholders: BTreeMap<&'static str, usize>,
}

impl Totals {
    fn print(&self, dir: &str) {
        let (p, r, f1) = scores(self.correct, self.predicted, self.truth);
        println!("corpus: {dir}");
        println!("documents: {}  bytes: {}", self.documents, self.bytes);
        println!(
            "turns: true {}  predicted {}  correct {}",
            self.truth, self.predicted, self.correct
        );
        println!("turn precision: {p:.4}  recall: {r:.4}  F1: {f1:.4}");
        println!(
            "speaker-label accuracy: {:.4} ({} of {})",
            ratio(self.labels_right, self.truth),
            self.labels_right,
            self.truth
        );
        let e = &self.errors;
        println!(
            "turn errors: label missed {}  label invented {}  turn ends early {}  turn ends late {}",
            e.missed, e.invented, e.early, e.late
        );
        let (p, r, f1) = scores(
            self.headings_found,
            self.headings_predicted,
            self.headings_true,
        );
        println!(
            "headings: true {}  predicted {}  found {}  precision {p:.4}  recall {r:.4}  F1 {f1:.4}",
            self.headings_true, self.headings_predicted, self.headings_found
        );
        let count = |kind: &str| self.kinds.get(kind).copied().unwrap_or(0);
        println!("sentences: {}", count("sentence"));
        println!("figures: {} ({})", count("figure"), list(&self.figures));
        let placeholders: usize = self.placeholders.values().sum();
        println!(
            "link placeholders: {placeholders} ({})",
            list(&self.placeholders)
        );
        println!("links: {}  quotes: {}", count("link"), count("quote"));
        let kinds: Vec<String> = self.kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
        println!("all nodes: {}", kinds.join(", "));
    }
}

/// `kind n, kind n` for a count by kind.
fn list<K: std::fmt::Display>(counts: &BTreeMap<K, usize>) -> String {
    let parts: Vec<String> = counts.iter().map(|(k, n)| format!("{k} {n}")).collect();
    if parts.is_empty() {
        "none".into()
    } else {
        parts.join(", ")
    }
}

/// Precision, recall and F1.
fn scores(correct: usize, predicted: usize, truth: usize) -> (f64, f64, f64) {
    let (p, r) = (ratio(correct, predicted), ratio(correct, truth));
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f1)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The categories of turn errors; every error counts in exactly one.
#[derive(Default)]
struct Errors {
    /// A true label where no predicted turn starts.
    missed: usize,
    /// A predicted turn where no true label is.
    invented: usize,
    /// The label is right and the turn ends before the true end.
    early: usize,
    /// The label is right and the turn ends after the true end.
    late: usize,
}

/// One predicted turn, in bytes: where its label starts, where it ends, and the label's text.
struct Predicted {
    start: usize,
    end: usize,
    name: String,
}

struct TrueTurn {
    label_start: usize,
    end: usize,
    speaker: String,
}

fn evaluate(path: &Path, verbose: bool, totals: &mut Totals) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let json_path = path.with_extension("json");
    let json =
        std::fs::read_to_string(&json_path).map_err(|e| format!("{}: {e}", json_path.display()))?;
    let truth: Value = serde_json::from_str(&json).map_err(|e| e.to_string())?;
    let index = LineIndex::new(&text);
    let byte = |v: &Value| {
        let c = u32::try_from(v.as_u64()?).ok()?;
        index.from_chars(c).ok().map(|b| b as usize)
    };
    let mut true_turns = Vec::new();
    for t in truth["turns"].as_array().into_iter().flatten() {
        let (Some(label_start), Some(end)) = (byte(&t["label_span"][0]), byte(&t["span"][1]))
        else {
            return Err("a true turn's offsets are outside the text".into());
        };
        true_turns.push(TrueTurn {
            label_start: skip_space(&text, label_start),
            end: trim_end(&text, end),
            speaker: normalise(t["speaker"].as_str().unwrap_or("")),
        });
    }

    let doc = speechmark::parse(&text);
    let mut predicted = Vec::new();
    for (_, node) in doc.nodes() {
        *totals
            .kinds
            .entry(node.kind().as_str().to_owned())
            .or_default() += 1;
        match node {
            speechmark::NodeRef::Inline(i) => match i.get() {
                speechmark::Inline::Figure(f) => {
                    *totals.figures.entry(f.figure.as_str()).or_default() += 1;
                }
                speechmark::Inline::LinkPlaceholder(p) => {
                    *totals
                        .placeholders
                        .entry(p.placeholder.as_str())
                        .or_default() += 1;
                }
                _ => {}
            },
            speechmark::NodeRef::Heading(h) => {
                if let Some(p) = h.placeholder() {
                    *totals.placeholders.entry(p.as_str()).or_default() += 1;
                }
            }
            _ => {}
        }
        if let speechmark::NodeRef::Turn(turn) = node {
            let label = turn.label();
            let name_end = label.punct.start;
            let name = Span::new(label.span.start, name_end)
                .slice(&text)
                .unwrap_or("")
                .trim();
            predicted.push(Predicted {
                start: label.span.start as usize,
                end: trim_end(&text, turn.span().end as usize),
                name: normalise(name),
            });
        }
    }

    let mut correct = 0;
    let mut labels_right = 0;
    for t in &true_turns {
        let found = predicted.iter().find(|p| p.start == t.label_start);
        match found {
            None => totals.errors.missed += 1,
            Some(p) if p.end < t.end => totals.errors.early += 1,
            Some(p) if p.end > t.end => totals.errors.late += 1,
            Some(_) => correct += 1,
        }
        if verbose && found.is_none_or(|p| p.end != t.end) {
            report_miss(path, &text, &index, t, found);
        }
        if found.is_some_and(|p| p.name == t.speaker) {
            labels_right += 1;
        }
    }
    for p in &predicted {
        if !true_turns.iter().any(|t| t.label_start == p.start) {
            totals.errors.invented += 1;
            if verbose {
                let line = index.line_col(p.start as u32).map_or(0, |l| l.line + 1);
                println!("{}:{line}: label invented {:?}", path.display(), p.name);
            }
        }
    }
    score_headings(
        &truth,
        &doc,
        &byte,
        totals,
        verbose.then_some((path, &index)),
    );
    totals.documents += 1;
    totals.bytes += text.len();
    totals.truth += true_turns.len();
    totals.predicted += predicted.len();
    totals.correct += correct;
    totals.labels_right += labels_right;
    Ok(())
}

fn report_miss(
    path: &Path,
    text: &str,
    index: &LineIndex<'_>,
    t: &TrueTurn,
    found: Option<&Predicted>,
) {
    let line = index
        .line_col(t.label_start as u32)
        .map_or(0, |l| l.line + 1);
    let excerpt = |at: usize| {
        text.get(at..)
            .unwrap_or("")
            .chars()
            .take(50)
            .collect::<String>()
    };
    match found {
        None => println!("{}:{line}: label missed {:?}", path.display(), t.speaker),
        Some(p) => println!(
            "{}:{line}: turn ends {} {:?} at {} (…{:?}), truth at {} (…{:?})",
            path.display(),
            if p.end < t.end { "early" } else { "late" },
            t.speaker,
            p.end,
            excerpt(p.end.saturating_sub(20)),
            t.end,
            excerpt(t.end.saturating_sub(20)),
        ),
    }
}

/// Counts the true headings (titles and captions; separators, which have no letters, aside)
/// and the predicted heading blocks, and which true ones a heading block starts at.
fn score_headings(
    truth: &Value,
    doc: &speechmark::Document,
    byte: &dyn Fn(&Value) -> Option<usize>,
    totals: &mut Totals,
    verbose: Option<(&Path, &LineIndex<'_>)>,
) {
    let starts: Vec<usize> = doc.headings().map(|h| h.span().start as usize).collect();
    for h in truth["headings"].as_array().into_iter().flatten() {
        let text = h["text"].as_str().unwrap_or("");
        if !text.chars().any(char::is_alphabetic) {
            continue;
        }
        totals.headings_true += 1;
        let start = byte(&h["span"][0]);
        if start.is_some_and(|s| starts.contains(&s)) {
            totals.headings_found += 1;
        } else if let (Some((path, index)), Some(s)) = (verbose, start) {
            let line = index.line_col(s as u32).map_or(0, |l| l.line + 1);
            println!("{}:{line}: heading missed {text:?}", path.display());
        }
    }
    totals.headings_predicted += starts.len();
    if let Some((path, index)) = verbose {
        let true_starts: Vec<usize> = truth["headings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|h| byte(&h["span"][0]))
            .collect();
        for s in starts.iter().filter(|s| !true_starts.contains(s)) {
            let line = index.line_col(*s as u32).map_or(0, |l| l.line + 1);
            println!("{}:{line}: heading invented", path.display());
        }
    }
}

/// Label text with every run of white space (the corpus has no-break spaces) as one space.
fn normalise(label: &str) -> String {
    label.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn skip_space(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    at + (rest.len() - rest.trim_start().len())
}

fn trim_end(text: &str, end: usize) -> usize {
    text.get(..end).map_or(end, |s| s.trim_end().len())
}
