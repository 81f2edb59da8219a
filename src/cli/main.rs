//! The `speechmark` command: parses documents and prints their tree, their JSON, W3C Web
//! Annotations or brat standoff. `speechmark --help` says how.
#![forbid(unsafe_code)]

mod args;
mod batch;
mod input;

use args::{Args, Format, LayoutArg, OffsetUnit, Refusal};
use input::Input;
use speechmark::export::{self, Json, Kinds, W3cOptions};
use speechmark::{Analysis, Document, Layout, Options};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// Why the program stopped.
enum Failure {
    /// A document could not be read or parsed: exit status 1.
    Input(String),
    /// The command line was wrong: exit status 2.
    Usage(String),
}

fn main() -> ExitCode {
    let args = match Args::parse_from_env() {
        Ok(args) => args,
        Err(Refusal::Info(text)) => {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
        Err(Refusal::Usage(line)) => {
            eprintln!("speechmark: {line}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(message)) => {
            eprintln!("speechmark: {message}");
            ExitCode::FAILURE
        }
        Err(Failure::Usage(message)) => {
            eprintln!("speechmark: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &Args) -> Result<(), Failure> {
    let (inputs, several) = input::resolve(&args.inputs).map_err(|(usage, message)| {
        if usage {
            Failure::Usage(message)
        } else {
            Failure::Input(message)
        }
    })?;
    let format = args.format_for(several).map_err(Failure::Usage)?;
    let options = match args.layout {
        LayoutArg::Auto => Options::new(),
        LayoutArg::Line => Options::new().layout(Layout::LinePerParagraph),
        LayoutArg::Blank => Options::new().layout(Layout::BlankLineSeparated),
    };
    let mut stdout = std::io::stdout().lock();
    if several {
        return match batch::run(args, &inputs, &options, &mut stdout) {
            Ok(true) => Ok(()),
            Ok(false) => Err(Failure::Input("some documents were skipped".to_owned())),
            Err(e) => write_error(&e),
        };
    }
    let Some(first) = inputs.first() else {
        return Ok(());
    };
    let (bytes, input) = first.read().map_err(Failure::Input)?;
    let doc = speechmark::parse_bytes_with(&bytes, &options)
        .map_err(|e| Failure::Input(format!("{}: {e}", input.name())))?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|e| Failure::Input(format!("{}: {e}", input.name())))?;
    let out = output(args, format, &doc, text, &input)
        .map_err(|e| Failure::Input(format!("{}: {e}", input.name())))?;
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) => write_error(&e),
    }
}

/// A closed pipe (`speechmark | head`) is not worth reporting; other write errors are.
fn write_error(e: &std::io::Error) -> Result<(), Failure> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(Failure::Input(format!("cannot write: {e}")))
    }
}

/// The JSON of a document with the fields the options ask for, and its analysis.
pub(crate) fn json<'a>(
    args: &Args,
    doc: &'a Document,
    text: &'a str,
    analysis: &'a Analysis,
) -> Json<'a> {
    let unit = |u| args.offsets.contains(&u);
    Json::new(doc, text)
        .analysis(analysis)
        .content(args.text)
        .chars(unit(OffsetUnit::Chars))
        .utf16(unit(OffsetUnit::Utf16))
        .lines(unit(OffsetUnit::Lines))
}

/// One document in the format asked for.
fn output(
    args: &Args,
    format: Format,
    doc: &Document,
    text: &str,
    input: &Input,
) -> Result<String, String> {
    let pretty = args.pretty || std::io::stdout().is_terminal();
    let kinds = if args.kinds.is_empty() {
        Kinds::default()
    } else {
        Kinds::only(args.kinds.iter().map(String::as_str)).map_err(|e| e.to_string())?
    };
    let analysis = match format {
        Format::Tree | Format::Json | Format::Jsonl | Format::Claims => {
            speechmark::analyze(doc, text)
        }
        Format::W3c | Format::Brat => Analysis::default(),
    };
    Ok(match format {
        Format::Tree => doc.render_with(text, &analysis),
        Format::Claims => claims_view(doc, text, &analysis),
        Format::Json => {
            let mut json = json(args, doc, text, &analysis);
            if let Some(source) = &args.source {
                json = json.source(source.clone());
            }
            to_json(&json, pretty)?
        }
        Format::Jsonl => {
            let source = args.source.clone().unwrap_or_else(|| input.label());
            let mut line = serde_json::to_string(&json(args, doc, text, &analysis).source(source))
                .map_err(|e| e.to_string())?;
            line.push('\n');
            line
        }
        Format::W3c => {
            let source = args.source.clone().unwrap_or_else(|| input.iri());
            let mut options = W3cOptions::new(source).kinds(kinds);
            if let Some(chars) = args.context {
                options = options.context(chars);
            }
            let page = export::w3c(doc, text, &options).map_err(|e| e.to_string())?;
            to_json(&page, pretty)?
        }
        Format::Brat => export::brat(doc, text, &kinds).map_err(|e| e.to_string())?,
    })
}

/// The claims, one a line: who makes it, the sentence, its figures, and the cue that made it
/// a claim.
fn claims_view(doc: &Document, text: &str, analysis: &Analysis) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for c in analysis.claims(doc) {
        let who = c.speaker().map_or("narrator", |s| s.name.text.as_str());
        let sentence = c.sentence().text(text).unwrap_or("");
        let _ = writeln!(out, "{} {who}: {sentence}", c.span());
        for f in c.figures() {
            let value = f.value.map(|v| v.to_string()).unwrap_or_default();
            let currency = f
                .currency
                .map(|c| format!(" {}", c.code()))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "    figure {} {} {value}{currency}: {}",
                f.span,
                f.figure.as_str(),
                f.span.slice(text).unwrap_or("")
            );
        }
        let cue = c.cue();
        let _ = writeln!(
            out,
            "    cue {} {}: {}",
            cue.span,
            cue.reason,
            cue.span.slice(text).unwrap_or("")
        );
    }
    out
}

/// A value as JSON, indented or not, with a final line break.
fn to_json<T: serde::Serialize>(value: &T, pretty: bool) -> Result<String, String> {
    let json = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    json.map(|s| s + "\n").map_err(|e| e.to_string())
}
