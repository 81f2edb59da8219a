//! Several documents: JSON Lines, parsed in parallel, written in the order given.

use crate::args::Args;
use crate::input::Input;
use indicatif::ProgressBar;
use speechmark::Options;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Parses every input on as many threads as there are cores and writes one JSON document a
/// line to `out`, in the inputs' order. A document that cannot be read or is not UTF-8 is
/// reported on standard error and skipped. Returns whether every document was written.
pub fn run(
    args: &Args,
    inputs: &[Input],
    options: &Options,
    out: &mut dyn Write,
) -> std::io::Result<bool> {
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(inputs.len())
        .max(1);
    let progress = if std::io::stderr().is_terminal() {
        ProgressBar::new(inputs.len() as u64)
    } else {
        ProgressBar::hidden()
    };
    let next = AtomicUsize::new(0);
    let mut all_ok = true;
    let written = std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel();
        for _ in 0..workers {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(input) = inputs.get(i) else { break };
                    // The receiver is gone when writing failed: stop.
                    if tx.send((i, line(args, input, options))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        // Results arrive in any order; they are written in the inputs' order.
        let mut pending = BTreeMap::new();
        let mut at = 0;
        for (i, result) in rx {
            pending.insert(i, result);
            while let Some(result) = pending.remove(&at) {
                match result {
                    Ok(json) => out.write_all(json.as_bytes())?,
                    Err(message) => {
                        all_ok = false;
                        progress.suspend(|| eprintln!("speechmark: {message}"));
                    }
                }
                at += 1;
                progress.inc(1);
            }
        }
        out.flush()
    });
    progress.finish_and_clear();
    written.map(|()| all_ok)
}

/// One document as a line of JSON, or what went wrong.
fn line(args: &Args, input: &Input, options: &Options) -> Result<String, String> {
    let (bytes, input) = input.read()?;
    let doc = speechmark::parse_bytes_with(&bytes, options)
        .map_err(|e| format!("{}: {e}", input.name()))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| format!("{}: {e}", input.name()))?;
    let source = args.source.clone().unwrap_or_else(|| input.label());
    let analysis = speechmark::analyze(&doc, text);
    let json = crate::json(args, &doc, text, &analysis).source(source);
    let mut line = serde_json::to_string(&json).map_err(|e| format!("{}: {e}", input.name()))?;
    line.push('\n');
    Ok(line)
}
