//! Measures speaker resolution against the corpus's `speaker_keys`.
//!
//! ```text
//! cargo run --release --example speakers_eval -- ../shared/corpus/kremlin [--verbose]
//! ```
//!
//! For each `NAME.txt` with a `NAME.json` beside it (see the corpus README), the document is
//! parsed, its labels and narrative paragraphs go to
//! [`speechmark::analysis::resolve_speakers`], and each true turn is matched to the parsed
//! turn whose label starts at the same place (the JSON counts code points; they are converted
//! to bytes). On the matched turns the program compares who is the same person:
//!
//! - pairs: for every pair of matched turns of a document, whether both sides agree that the
//!   two turns have the same speaker (or not);
//! - labels: for every distinct label of a document, whether the labels merged with it are
//!   the same on both sides;
//! - documents: whether the whole partition of a document's labels agrees.
//!
//! `speaker_keys` is the corpus builder's heuristic, not source data: `--verbose` prints every
//! disagreement so that it can be judged.

use serde_json::Value;
use speechmark::analysis::{LabelInput, resolve_speakers};
use speechmark::{BlockRef, Span};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

#[derive(Default)]
struct Totals {
    documents: usize,
    true_turns: usize,
    matched: usize,
    pairs: usize,
    pairs_agree: usize,
    labels: usize,
    labels_agree: usize,
    docs_agree: usize,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: speakers_eval FOLDER [--verbose]");
        std::process::exit(2);
    };
    let verbose = args.any(|a| a == "--verbose");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect(),
        Err(err) => {
            eprintln!("speakers_eval: cannot read {dir}: {err}");
            std::process::exit(1);
        }
    };
    files.sort();
    let mut t = Totals::default();
    for path in &files {
        if let Err(err) = evaluate(path, verbose, &mut t) {
            eprintln!("speakers_eval: {}: {err}", path.display());
        }
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    println!("{} documents in {dir}", t.documents);
    println!(
        "turns matched by label position: {}/{} ({:.1}%)",
        t.matched,
        t.true_turns,
        pct(t.matched, t.true_turns)
    );
    println!(
        "turn pairs: {}/{} agree ({:.2}%)",
        t.pairs_agree,
        t.pairs,
        pct(t.pairs_agree, t.pairs)
    );
    println!(
        "labels: {}/{} merged the same way ({:.1}%)",
        t.labels_agree,
        t.labels,
        pct(t.labels_agree, t.labels)
    );
    println!(
        "documents: {}/{} with the same partition ({:.1}%)",
        t.docs_agree,
        t.documents,
        pct(t.docs_agree, t.documents)
    );
}

fn evaluate(path: &std::path::Path, verbose: bool, t: &mut Totals) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let json = std::fs::read_to_string(path.with_extension("json")).map_err(|e| e.to_string())?;
    let truth: Value = serde_json::from_str(&json).map_err(|e| e.to_string())?;
    // Code point index -> byte offset.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let doc = speechmark::parse(&text);
    let mut labels = Vec::new();
    let mut narrative: Vec<Span> = Vec::new();
    for block in doc.blocks() {
        match block {
            BlockRef::Paragraph(p) => narrative.push(p.span()),
            BlockRef::Dialogue(d) => labels.extend(d.turns().map(|turn| {
                let label = turn.label();
                LabelInput {
                    name: label.name,
                    aside: label.aside,
                    style: label.style,
                }
            })),
            _ => {}
        }
    }
    let resolved = resolve_speakers(&text, &labels, &narrative);
    // True turns: (label text, key, predicted speaker if matched).
    let mut turns: Vec<(String, String, Option<usize>)> = Vec::new();
    for turn in truth["turns"].as_array().into_iter().flatten() {
        let label = turn["speaker"].as_str().unwrap_or("").to_owned();
        let key = turn["speaker_key"].as_str().unwrap_or("").to_owned();
        let start = turn["label_span"][0].as_u64().unwrap_or(u64::MAX) as usize;
        let start = bytes.get(start).copied().unwrap_or(usize::MAX);
        let predicted = labels
            .iter()
            .position(|l| l.name.start as usize == start)
            .and_then(|i| resolved.of_label.get(i).copied());
        turns.push((label, key, predicted));
    }
    t.documents += 1;
    t.true_turns += turns.len();
    let matched: Vec<&(String, String, Option<usize>)> =
        turns.iter().filter(|x| x.2.is_some()).collect();
    t.matched += matched.len();
    let mut all_agree = true;
    for (i, a) in matched.iter().enumerate() {
        for b in matched.iter().skip(i + 1) {
            t.pairs += 1;
            if (a.1 == b.1) == (a.2 == b.2) {
                t.pairs_agree += 1;
            } else {
                all_agree = false;
            }
        }
    }
    // Per distinct label: the labels its key groups with, and the labels its speaker groups
    // with.
    let mut by_label: BTreeMap<&str, (&str, BTreeSet<usize>)> = BTreeMap::new();
    for (label, key, predicted) in &matched
        .iter()
        .map(|x| (x.0.as_str(), x.1.as_str(), x.2))
        .collect::<Vec<_>>()
    {
        let entry = by_label.entry(label).or_insert((key, BTreeSet::new()));
        entry.1.extend(*predicted);
    }
    for (label, (key, speakers)) in &by_label {
        t.labels += 1;
        let same_key: BTreeSet<&str> = by_label
            .iter()
            .filter(|(_, (k, _))| k == key)
            .map(|(l, _)| *l)
            .collect();
        let same_speaker: BTreeSet<&str> = by_label
            .iter()
            .filter(|(_, (_, s))| s == speakers)
            .map(|(l, _)| *l)
            .collect();
        if same_key == same_speaker && speakers.len() == 1 {
            t.labels_agree += 1;
        } else if verbose {
            let names: Vec<String> = speakers
                .iter()
                .filter_map(|&s| resolved.speakers.get(s))
                .map(|s| s.name.text.clone())
                .collect();
            println!(
                "{}: {label:?}: corpus merges {same_key:?}, resolved as {names:?} with {same_speaker:?}",
                path.file_name().and_then(|n| n.to_str()).unwrap_or("")
            );
        }
    }
    if all_agree {
        t.docs_agree += 1;
    }
    if verbose {
        for s in &resolved.speakers {
            let role = s.role.as_ref().map_or("", |r| r.text.as_str());
            println!(
                "  {}: speaker {:?} role {:?} turns {}",
                path.file_name().and_then(|n| n.to_str()).unwrap_or(""),
                s.name.text,
                role,
                s.labels.len()
            );
        }
    }
    Ok(())
}
