//! Where the documents come from: files, folders, standard input or the built-in example.

use std::ffi::{OsStr, OsString};
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

/// The built-in example: a briefing written by the team in the style of the documents the
/// crate is made for.
const EXAMPLE: &str = include_str!("../example.txt");

/// One document to parse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// The built-in example.
    Example,
    /// Standard input, given as `-`.
    Stdin,
    /// Standard input, not given but not a terminal: the example when it gives no data.
    ImplicitStdin,
    /// A file.
    File(PathBuf),
}

impl Input {
    /// How messages name the document.
    pub fn name(&self) -> String {
        match self {
            Input::Example => "the built-in example".to_owned(),
            Input::Stdin | Input::ImplicitStdin => "standard input".to_owned(),
            Input::File(path) => path.display().to_string(),
        }
    }

    /// The JSON Lines' `"source"` when none is given: the path as given, `-` for standard
    /// input.
    pub fn label(&self) -> String {
        match self {
            Input::Example => "example".to_owned(),
            Input::Stdin | Input::ImplicitStdin => "-".to_owned(),
            Input::File(path) => path.to_string_lossy().into_owned(),
        }
    }

    /// The W3C target's IRI when none is given.
    pub fn iri(&self) -> String {
        match self {
            Input::Example => "urn:speechmark:example".to_owned(),
            Input::Stdin | Input::ImplicitStdin => "urn:speechmark:stdin".to_owned(),
            Input::File(path) => iri_reference(&path.to_string_lossy()),
        }
    }

    /// The document's bytes, and what they turned out to be (the example, when implicit
    /// standard input has nothing).
    pub fn read(&self) -> Result<(Vec<u8>, Input), String> {
        match self {
            Input::Example => Ok((EXAMPLE.as_bytes().to_vec(), Input::Example)),
            Input::Stdin => read_stdin().map(|b| (b, Input::Stdin)),
            Input::ImplicitStdin => match read_stdin() {
                Ok(bytes) if !bytes.is_empty() => Ok((bytes, Input::Stdin)),
                // Closed, /dev/null or an empty pipe: as if it were a terminal (CI runs the
                // README's command this way).
                _ => Ok((EXAMPLE.as_bytes().to_vec(), Input::Example)),
            },
            Input::File(path) => std::fs::read(path)
                .map(|b| (b, self.clone()))
                .map_err(|e| format!("cannot read {}: {e}", path.display())),
        }
    }
}

fn read_stdin() -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    Ok(bytes)
}

/// The documents the arguments name, and whether they are several (several arguments, or a
/// folder). An error says whether it is a usage error, and what.
pub fn resolve(args: &[OsString]) -> Result<(Vec<Input>, bool), (bool, String)> {
    if args.is_empty() {
        let input = if std::io::stdin().is_terminal() {
            Input::Example
        } else {
            Input::ImplicitStdin
        };
        return Ok((vec![input], false));
    }
    let mut inputs = Vec::new();
    let mut several = args.len() > 1;
    for arg in args {
        if arg == "-" {
            if inputs.contains(&Input::Stdin) {
                return Err((
                    true,
                    "`-` (standard input) may be given only once".to_owned(),
                ));
            }
            inputs.push(Input::Stdin);
            continue;
        }
        let path = Path::new(arg);
        if path.is_dir() {
            several = true;
            let files = text_files(path).map_err(|e| (false, e))?;
            if files.is_empty() {
                return Err((false, format!("no *.txt files in {}", path.display())));
            }
            inputs.extend(files.into_iter().map(Input::File));
        } else {
            inputs.push(Input::File(path.to_owned()));
        }
    }
    Ok((inputs, several))
}

/// Every `*.txt` file under `dir`, in path order. Walks with a stack, not recursion.
fn text_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder)
            .map_err(|e| format!("cannot read {}: {e}", folder.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot read {}: {e}", folder.display()))?;
            let path = entry.path();
            // Follows links to files, not to folders (no cycles).
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            if is_dir {
                folders.push(path);
            } else if path.extension() == Some(OsStr::new("txt")) && path.is_file() {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// A path as a relative IRI reference: characters that IRIs do not allow are percent-encoded.
fn iri_reference(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            ' ' | '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}' | '%' | '#' | '?' => {
                out.push_str(&format!("%{:02X}", c as u32));
            }
            c if c.is_control() => {
                let mut buf = [0; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}
