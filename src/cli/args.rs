//! The command line's arguments, and its usage errors as one line each.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{CommandFactory, Parser, ValueEnum};
use speechmark::export::KINDS;
use std::ffi::OsString;

const AFTER_HELP: &str = "\
Input:
  With no FILE, standard input is read when it is not a terminal; when it is a terminal, or
  gives no data at all (closed, /dev/null, an empty pipe), the built-in example is parsed.
  `-` always reads standard input, even when empty. A folder stands for every *.txt file in
  it and its subfolders, in path order. Several FILEs or a folder give JSON Lines (one
  document a line, each with its \"source\"), parsed in parallel, with a progress bar when
  standard error is a terminal.

Offsets:
  Spans are byte ranges. --text adds each node's text (\"content\"); --offsets adds its ends
  in code points (\"chars\"), UTF-16 units (\"utf16\") and lines and columns counted from 1
  (\"lines\"). The JSON's \"format_version\" is 1; schema/speechmark.schema.json in the crate
  describes it. W3C annotations and brat standoff count code points.

Exit status: 0 on success, 1 when a document cannot be read or is not UTF-8, 2 for usage
errors.";

/// Parses transcript-style news and briefing text and prints its syntax tree.
#[derive(Debug, Parser)]
#[command(name = "speechmark", version, after_help = AFTER_HELP)]
pub struct Args {
    /// Documents (UTF-8 text); `-` is standard input; a folder means its *.txt files
    #[arg(value_name = "FILE")]
    pub inputs: Vec<OsString>,

    /// Output format [default: tree for one document, jsonl for several]
    #[arg(long, value_enum)]
    pub format: Option<Format>,

    /// Paragraph layout: detected, one paragraph per line, or blank-line separated
    #[arg(long, value_enum, default_value_t = LayoutArg::Auto)]
    pub layout: LayoutArg,

    /// Indent JSON (the default when standard output is a terminal; JSON Lines never are)
    #[arg(long)]
    pub pretty: bool,

    /// Add each node's text to the JSON (json, jsonl)
    #[arg(long)]
    pub text: bool,

    /// Add each span's offsets in these units to the JSON (json, jsonl); comma-separated
    #[arg(long, value_enum, value_delimiter = ',', value_name = "UNIT")]
    pub offsets: Vec<OffsetUnit>,

    /// Node kinds to annotate (w3c, brat) [default: every kind but document]; comma-separated
    #[arg(long, value_delimiter = ',', value_name = "KIND",
          value_parser = clap::builder::PossibleValuesParser::new(KINDS))]
    pub kinds: Vec<String>,

    /// The document's name or IRI: "source" in JSON, the annotations' target in w3c
    #[arg(long, value_name = "IRI")]
    pub source: Option<String>,

    /// Code points of context around each quote (w3c)
    #[arg(long, value_name = "CHARS")]
    pub context: Option<usize>,

    /// List the claims, one a line, with speaker, figures and cue (the same as --format claims)
    #[arg(long, conflicts_with = "format")]
    pub claims: bool,
}

/// What to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One node a line: kind, byte span, facts, excerpt
    Tree,
    /// The document as JSON (versioned: "format_version")
    Json,
    /// One JSON document a line
    Jsonl,
    /// W3C Web Annotation (JSON-LD), an annotation per node
    W3c,
    /// brat standoff (.ann) for the unchanged text
    Brat,
    /// The claims, one a line, with their speaker, figures and cue
    Claims,
}

/// `--layout`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LayoutArg {
    /// Detect it
    Auto,
    /// One paragraph per line (web copy)
    Line,
    /// Blank-line separated, hard-wrapped paragraphs (plain-text exports)
    Blank,
}

/// `--offsets`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OffsetUnit {
    /// Code points
    Chars,
    /// UTF-16 code units
    Utf16,
    /// Lines and columns, from 1
    Lines,
}

/// A usage error, as one line, or help and version text to print as they are.
pub enum Refusal {
    /// `--help` or `--version`.
    Info(String),
    /// What was wrong, and what is accepted.
    Usage(String),
}

impl Args {
    /// Parses the command line.
    pub fn parse_from_env() -> Result<Args, Refusal> {
        Args::try_parse_from(std::env::args_os()).map_err(refusal)
    }

    /// Checks that the options given apply to the format; the format to use.
    pub fn format_for(&self, several: bool) -> Result<Format, String> {
        let asked = if self.claims {
            Some(Format::Claims)
        } else {
            self.format
        };
        let format = match (asked, several) {
            (None, false) => Format::Tree,
            (None, true) | (Some(Format::Jsonl), _) => Format::Jsonl,
            (Some(f), true) => {
                return Err(format!(
                    "--format {} takes one document; several FILEs or a folder give --format jsonl",
                    name(f)
                ));
            }
            (Some(f), false) => f,
        };
        let json = matches!(format, Format::Json | Format::Jsonl);
        let annotations = matches!(format, Format::W3c | Format::Brat);
        let misplaced = [
            (self.text && !json, "--text", "json and jsonl"),
            (
                !self.offsets.is_empty() && !json,
                "--offsets",
                "json and jsonl",
            ),
            (
                !self.kinds.is_empty() && !annotations,
                "--kinds",
                "w3c and brat",
            ),
            (
                self.context.is_some() && format != Format::W3c,
                "--context",
                "w3c",
            ),
            (
                self.source.is_some() && !(json || format == Format::W3c),
                "--source",
                "json, jsonl and w3c",
            ),
        ];
        for (wrong, option, formats) in misplaced {
            if wrong {
                return Err(format!(
                    "{option} applies to --format {formats}, not {}",
                    name(format)
                ));
            }
        }
        Ok(format)
    }
}

/// A format's name on the command line.
pub fn name(format: Format) -> String {
    format
        .to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_owned())
}

/// Turns clap's error into one line that says what is accepted.
fn refusal(err: clap::Error) -> Refusal {
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        return Refusal::Info(err.render().to_string());
    }
    let context = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    // `--format <FORMAT>` names the option; its first word is what people typed.
    let arg = context(ContextKind::InvalidArg);
    let option = arg.split_whitespace().next().unwrap_or_default().to_owned();
    let line = match err.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let value = context(ContextKind::InvalidValue);
            let valid = context(ContextKind::ValidValue);
            let accepted = if valid.is_empty() {
                String::new()
            } else {
                format!("; accepted: {valid}")
            };
            if value.is_empty() {
                format!("{option} needs a value{accepted}")
            } else {
                format!("invalid value '{value}' for {option}{accepted}")
            }
        }
        ErrorKind::UnknownArgument => {
            let mut options: Vec<String> = Args::command()
                .get_arguments()
                .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
                .collect();
            options.extend(["--help".to_owned(), "--version".to_owned()]);
            format!("unknown option '{arg}'; accepted: {}", options.join(", "))
        }
        _ => {
            let rendered = err.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            first.strip_prefix("error: ").unwrap_or(first).to_owned()
        }
    };
    Refusal::Usage(line)
}
