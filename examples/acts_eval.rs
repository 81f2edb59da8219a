//! Measures the speech-act rules against sentences labelled by hand.
//!
//! ```text
//! cargo run --release --example acts_eval -- LABELS.tsv [--verbose]
//! ```
//!
//! `LABELS.tsv` has one sentence a line: `act<TAB>document<TAB>speaker<TAB>sentence`, where
//! `act` is one of the names of [`speechmark::analysis::Act`] (`assertion`, `opinion`, ...);
//! lines starting with `#` are comments. The labels file is kept outside the repository (the
//! sentences come from documents the project does not redistribute). The program prints the
//! accuracy per act, the confusions, and the precision, recall and F1 of claims (a claim is a
//! sentence whose act is `assertion`).

use speechmark::analysis::{Act, classify};
use std::collections::BTreeMap;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: acts_eval LABELS.tsv [--verbose]");
        std::process::exit(2);
    };
    let verbose = args.any(|a| a == "--verbose");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(err) => {
            eprintln!("acts_eval: cannot read {path}: {err}");
            std::process::exit(1);
        }
    };
    let mut rows: BTreeMap<Act, (usize, usize)> = BTreeMap::new();
    let mut confusions: BTreeMap<(Act, Act), usize> = BTreeMap::new();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut n = 0usize;
    for (lineno, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = line.splitn(4, '\t');
        let (Some(label), Some(_doc), Some(_speaker), Some(sentence)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            eprintln!("acts_eval: line {}: expected four fields", lineno + 1);
            continue;
        };
        let Some(expected) = Act::ALL.into_iter().find(|a| a.as_str() == label) else {
            eprintln!("acts_eval: line {}: unknown act {label:?}", lineno + 1);
            continue;
        };
        n += 1;
        let got = classify(sentence);
        let row = rows.entry(expected).or_default();
        row.0 += 1;
        if got.act == expected {
            row.1 += 1;
        } else {
            *confusions.entry((expected, got.act)).or_default() += 1;
            if verbose {
                let cue = got.cue.span.slice(sentence).unwrap_or("");
                println!(
                    "{expected} -> {} ({} {cue:?}): {sentence}",
                    got.act, got.cue.reason
                );
            }
        }
        match (expected.is_claim(), got.act.is_claim()) {
            (true, true) => tp += 1,
            (false, true) => fp += 1,
            (true, false) => fn_ += 1,
            (false, false) => {}
        }
    }
    println!("{n} sentences from {path}");
    println!("{:<11} {:>7} {:>8}", "act", "right", "accuracy");
    let mut right = 0;
    for (act, (total, ok)) in &rows {
        right += ok;
        println!(
            "{:<11} {:>3}/{:<3} {:>7.1}%",
            act.as_str(),
            ok,
            total,
            pct(*ok, *total)
        );
    }
    println!(
        "{:<11} {:>3}/{:<3} {:>7.1}%",
        "all",
        right,
        n,
        pct(right, n)
    );
    println!("confusions (labelled -> classified):");
    for ((a, b), count) in &confusions {
        println!("  {a} -> {b}: {count}");
    }
    let p = ratio(tp, tp + fp);
    let r = ratio(tp, tp + fn_);
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!("claims: tp {tp}, fp {fp}, fn {fn_}: precision {p:.3}, recall {r:.3}, F1 {f1:.3}");
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn pct(a: usize, b: usize) -> f64 {
    100.0 * ratio(a, b)
}
