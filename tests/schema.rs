//! The JSON that `export::Json` writes validates against the schema shipped in the crate, with
//! and without the extra fields, on every fixture document; and the schema is strict enough to
//! refuse what is not that JSON.

use serde_json::{Value, json};
use speechmark::export::{JSON_SCHEMA, Json};
use std::path::{Path, PathBuf};

struct Validator {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Validator {
    fn new() -> Self {
        let schema: Value = serde_json::from_str(JSON_SCHEMA).expect("the schema is JSON");
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        compiler
            .add_resource("urn:speechmark:schema:document:1", schema)
            .expect("adds");
        let index = compiler
            .compile("urn:speechmark:schema:document:1", &mut schemas)
            .expect("the schema compiles");
        Validator { schemas, index }
    }

    fn check(&self, value: &Value) -> Result<(), String> {
        self.schemas
            .validate(value, self.index)
            .map_err(|e| format!("{e:#}"))
    }
}

/// Every `*.txt` under `dir`.
fn texts(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            texts(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

/// Documents written for this test: every node kind, CRLF, a BOM, emoji and flags, a
/// diagnostic.
const WRITTEN: &[&str] = &[
    "\u{feff}Summary\r\n* * *\r\nPutin: “We agreed on US$1.3 billion, ‘a record’.”\r\nQ: Where? 🇵🇰\r\nA: See www.example.org or click here.\r\n",
    "## Further Reading\n",
    "Vladimir Putin (answering a question): “First paragraph.\n\n“Second, 5% up in 2024.”\n",
    "Sharif: “This quotation is never closed\n",
    "",
];

#[test]
fn every_fixture_validates_with_and_without_the_extra_fields() {
    let validator = Validator::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    texts(&root.join("tests/fixtures"), &mut paths);
    paths.push(root.join("src/example.txt"));
    let mut documents: Vec<(String, String)> = paths
        .iter()
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(p).expect("UTF-8"),
            )
        })
        .collect();
    documents.extend(WRITTEN.iter().map(|t| (format!("{t:?}"), (*t).to_owned())));
    assert!(documents.len() >= 10, "{}", documents.len());
    let mut kinds = std::collections::BTreeSet::new();
    for (name, text) in &documents {
        let doc = speechmark::parse(text);
        let analysis = speechmark::analyze(&doc, text);
        let plain = Json::new(&doc, text);
        let everything = Json::new(&doc, text)
            .analysis(&analysis)
            .content(true)
            .offsets(true)
            .source(name.clone());
        for json in [plain, everything] {
            let value = serde_json::to_value(&json).expect("serializes");
            if let Err(e) = validator.check(&value) {
                panic!("{name}: {e}\n{value:#}");
            }
        }
        kinds.extend(doc.nodes().map(|(_, n)| n.kind()));
    }
    // The documents cover every kind of node, so every part of the schema was used.
    assert_eq!(kinds.len(), speechmark::export::KINDS.len(), "{kinds:?}");
}

/// A way to spoil good JSON.
type Breaks = fn(&mut Value);

#[test]
fn the_schema_refuses_what_is_not_speechmark_json() {
    let validator = Validator::new();
    let text = "Q: Why?";
    let doc = speechmark::parse(text);
    let good = serde_json::to_value(Json::new(&doc, text).offsets(true)).unwrap();
    assert!(validator.check(&good).is_ok());
    let broken: [(&str, Breaks); 6] = [
        ("no version", |v| {
            v.as_object_mut().unwrap().remove("format_version");
        }),
        ("another version", |v| v["format_version"] = json!(2)),
        ("a span of three numbers", |v| v["span"] = json!([0, 1, 2])),
        ("a negative offset", |v| {
            v["blocks"][0]["span"] = json!([-1, 7])
        }),
        ("an unknown field", |v| {
            v["blocks"][0]["turns"][0]["speaker"] = json!("Q")
        }),
        ("an unknown kind", |v| {
            v["blocks"][0]["kind"] = json!("chapter")
        }),
    ];
    for (what, breaks) in broken {
        let mut bad = good.clone();
        breaks(&mut bad);
        assert!(validator.check(&bad).is_err(), "{what} was accepted");
    }
    let mut line_zero = good.clone();
    line_zero["lines"]["span"] = json!([[0, 1], [1, 8]]);
    assert!(validator.check(&line_zero).is_err(), "line 0 was accepted");
}

#[test]
fn the_reference_document_validates() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/reference/briefing-russia-pakistan.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is not here", path.display());
        return;
    };
    let doc = speechmark::parse(&text);
    let value = serde_json::to_value(Json::new(&doc, &text).content(true).offsets(true)).unwrap();
    Validator::new().check(&value).unwrap();
}
