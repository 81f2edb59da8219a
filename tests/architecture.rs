//! The crate's shape, checked: the pipeline's modules import one way (no two modules import
//! each other), and every source file stays small enough to hold in mind (tables of words and
//! test files aside).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The longest a source file may be, in lines.
const MAX_LINES: usize = 600;

/// Every `.rs` file under `src/`, with its module path (`parse::label::colon`).
fn modules() -> BTreeMap<String, PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let rel = path.strip_prefix(&root).expect("under src");
            let mut parts: Vec<String> = rel
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            let name = match parts.as_slice() {
                [only] if only == "lib" || only == "main" => "crate".to_owned(),
                _ => parts.join("::"),
            };
            out.insert(name, path);
        }
    }
    out
}

/// The source without comments and without an inline `mod tests { ... }` at the end.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("readable source");
    let text = match text.find("#[cfg(test)]\nmod tests {") {
        Some(at) => &text[..at],
        None => &text,
    };
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module a path such as `crate::parse::label::LabelMatch` or `super::units::Class`,
/// written in module `from`, names: its longest prefix that is a module.
fn resolve(from: &str, path: &str, modules: &BTreeMap<String, PathBuf>) -> Option<String> {
    let mut parts: Vec<&str> = path.split("::").collect();
    let mut base: Vec<&str> = if from == "crate" {
        Vec::new()
    } else {
        from.split("::").collect()
    };
    match parts.first().copied() {
        Some("crate") => {
            base.clear();
            parts.remove(0);
        }
        Some("super") => {
            while parts.first() == Some(&"super") {
                parts.remove(0);
                base.pop();
            }
        }
        _ => return None,
    }
    (1..=parts.len()).rev().find_map(|k| {
        let mut candidate = base.clone();
        candidate.extend(&parts[..k]);
        let name = candidate.join("::");
        modules.contains_key(&name).then_some(name)
    })
}

#[test]
fn no_two_modules_import_each_other() {
    let modules = modules();
    let mut edges: BTreeSet<(String, String)> = BTreeSet::new();
    for (name, path) in &modules {
        if name.ends_with("tests") {
            continue;
        }
        let code = code(path);
        for (at, _) in code
            .match_indices("crate::")
            .chain(code.match_indices("super::"))
        {
            // Only a path's start: not the `super::` of `super::super::x` a second time.
            if code[..at].ends_with("::") {
                continue;
            }
            let path: String = code[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let Some(target) = resolve(name, path.trim_end_matches(':'), &modules) else {
                continue;
            };
            // A module's own children and parents are its inside, not another module.
            let inside = target == *name
                || target.starts_with(&format!("{name}::"))
                || name.starts_with(&format!("{target}::"))
                || target == "crate";
            if !inside {
                edges.insert((name.clone(), target));
            }
        }
    }
    let cycles: Vec<_> = edges
        .iter()
        .filter(|(a, b)| a < b && edges.contains(&(b.clone(), a.clone())))
        .collect();
    assert!(
        cycles.is_empty(),
        "modules that import each other: {cycles:?}"
    );
    // The check sees the pipeline at all: the parser uses the tree.
    assert!(edges.contains(&("parse::builder".to_owned(), "ast".to_owned())));
}

#[test]
fn source_files_stay_small() {
    let long: Vec<_> = modules()
        .into_values()
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            let exempt = name.is_some_and(|n| n == "tests.rs" || n.starts_with("words"));
            !exempt && !p.components().any(|c| c.as_os_str() == "tests")
        })
        .filter_map(|p| {
            let lines = std::fs::read_to_string(&p).ok()?.lines().count();
            (lines > MAX_LINES).then_some((p, lines))
        })
        .collect();
    assert!(long.is_empty(), "files over {MAX_LINES} lines: {long:?}");
}
