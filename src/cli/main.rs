//! The `speechmark` command: parses a document and prints its tree.
//!
//! ```text
//! speechmark [--format tree|json] [--layout auto|line|blank] [FILE | -]
//! ```
//!
//! Without FILE it parses a built-in example document; `-` reads standard input.
#![forbid(unsafe_code)]

use speechmark::{Layout, Options};
use std::io::{Read, Write};
use std::process::ExitCode;

/// The built-in example: a briefing written by the team in the style of the documents the
/// crate is made for.
const EXAMPLE: &str = include_str!("../example.txt");

const USAGE: &str = "usage: speechmark [--format tree|json] [--layout auto|line|blank] [FILE | -]

Parses a transcript-style document and prints its syntax tree.
  FILE        the document (UTF-8); `-` reads standard input;
              without FILE, a built-in example document is parsed
  --format    `tree` (default): one node a line; `json`: the whole document as JSON
  --layout    paragraph layout: `auto` (default), `line` (one paragraph per line),
              `blank` (blank-line separated, hard-wrapped)";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Tree,
    Json,
}

struct Args {
    format: Format,
    options: Options,
    input: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        format: Format::Tree,
        options: Options::new(),
        input: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "-V" | "--version" => {
                println!("speechmark {}", env!("CARGO_PKG_VERSION"));
                std::process::exit(0);
            }
            "--format" => {
                args.format = match it.next().as_deref() {
                    Some("tree") => Format::Tree,
                    Some("json") => Format::Json,
                    other => return Err(format!("--format takes `tree` or `json`, not {other:?}")),
                };
            }
            "--layout" => {
                args.options = match it.next().as_deref() {
                    Some("auto") => args.options.detect_layout(),
                    Some("line") => args.options.layout(Layout::LinePerParagraph),
                    Some("blank") => args.options.layout(Layout::BlankLineSeparated),
                    other => {
                        return Err(format!(
                            "--layout takes `auto`, `line` or `blank`, not {other:?}"
                        ));
                    }
                };
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n\n{USAGE}")),
            _ if args.input.is_some() => {
                return Err(format!("only one FILE may be given\n\n{USAGE}"));
            }
            _ => args.input = Some(arg),
        }
    }
    Ok(args)
}

fn read_input(input: Option<&str>) -> Result<Vec<u8>, String> {
    match input {
        None => Ok(EXAMPLE.as_bytes().to_vec()),
        Some("-") => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            Ok(bytes)
        }
        Some(path) => std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}")),
    }
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let bytes = read_input(args.input.as_deref())?;
    let name = args.input.as_deref().unwrap_or("the built-in example");
    let doc = speechmark::parse_bytes_with(&bytes, &args.options)
        .map_err(|e| format!("{}: {e}", if name == "-" { "standard input" } else { name }))?;
    // parse_bytes succeeded, so the bytes are UTF-8.
    let text = String::from_utf8_lossy(&bytes);
    let out = match args.format {
        Format::Tree => doc.render(&text),
        Format::Json => {
            let mut json = serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?;
            json.push('\n');
            json
        }
    };
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        // A closed pipe (`speechmark | head`) is not an error worth reporting.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("cannot write: {e}")),
        _ => Ok(()),
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("speechmark: {message}");
            ExitCode::FAILURE
        }
    }
}
