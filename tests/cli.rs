//! The command-line program (feature `cli`; CI runs `cargo test --all-features`).
#![cfg(feature = "cli")]

use serde_json::{Value, json};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What standard input is.
enum Stdin<'a> {
    /// A pipe that gives these bytes, then closes.
    Bytes(&'a [u8]),
    /// A file (`speechmark < FILE`).
    File(&'a Path),
    /// /dev/null, as CI gives.
    Null,
}

struct Run {
    code: i32,
    out: String,
    err: String,
}

fn speechmark(args: &[&str], stdin: Stdin<'_>) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_speechmark"));
    command
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let bytes = match stdin {
        Stdin::Bytes(b) => {
            command.stdin(Stdio::piped());
            Some(b)
        }
        Stdin::File(path) => {
            command.stdin(std::fs::File::open(path).expect("fixture"));
            None
        }
        Stdin::Null => {
            command.stdin(Stdio::null());
            None
        }
    };
    let mut child = command.spawn().expect("runs");
    if let Some(bytes) = bytes {
        // A program that refuses its options exits without reading standard input, and the
        // write then meets a closed pipe: that is not the test's concern, its output is.
        let _ = child.stdin.take().expect("stdin").write_all(bytes);
    }
    let out = child.wait_with_output().expect("finishes");
    Run {
        code: out.status.code().unwrap_or(-1),
        out: String::from_utf8_lossy(&out.stdout).into_owned(),
        err: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A fresh folder for one test.
fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creates");
    dir
}

fn write(path: &Path, text: &[u8]) {
    std::fs::write(path, text).expect("writes");
}

/// One line on standard error, starting with `speechmark: `, and the exit status.
fn refused(run: &Run, code: i32) -> &str {
    assert_eq!(run.code, code, "{}", run.err);
    assert!(run.out.is_empty(), "{}", run.out);
    assert_eq!(run.err.lines().count(), 1, "{}", run.err);
    run.err
        .strip_prefix("speechmark: ")
        .expect("prefixed")
        .trim_end()
}

#[test]
fn built_in_example_prints_a_tree() {
    // No FILE, and standard input an empty pipe: the built-in example.
    let run = speechmark(&[], Stdin::Bytes(b""));
    assert_eq!(run.code, 0);
    assert!(
        run.out
            .starts_with("document 0..1536 layout=line_per_paragraph\n"),
        "{}",
        run.out
    );
    assert_eq!(run.out.matches("\n    turn ").count(), 2);
}

#[test]
fn no_stdin_at_all_is_the_example_too() {
    // As CI runs the README's command: `cargo run --features cli -- --format json > /dev/null`.
    let run = speechmark(&["--format", "json"], Stdin::Null);
    assert_eq!(run.code, 0, "{}", run.err);
    let v: Value = serde_json::from_str(&run.out).expect("JSON");
    assert_eq!(v["span"], json!([0, 1536]));
}

#[test]
fn redirected_file_is_read_without_dash() {
    let dir = folder("redirected");
    let path = dir.join("briefing.txt");
    write(&path, "Q: Is trade up?\nA: By 5%.\n".as_bytes());
    let run = speechmark(&[], Stdin::File(&path));
    assert_eq!(run.code, 0, "{}", run.err);
    assert!(run.out.starts_with("document 0..26 "), "{}", run.out);
    assert_eq!(run.out.matches("turn ").count(), 2, "{}", run.out);
}

#[test]
fn json_of_stdin_is_compact_when_piped() {
    let run = speechmark(
        &["--format", "json", "-"],
        Stdin::Bytes(b"Q: Why?\nA: Because."),
    );
    assert_eq!(run.code, 0);
    assert_eq!(run.out.lines().count(), 1, "{}", run.out);
    let v: Value = serde_json::from_str(&run.out).expect("JSON");
    assert_eq!(v["format_version"], 1);
    assert_eq!(v["kind"], "document");
    assert_eq!(v["span"], json!([0, 19]));
    assert_eq!(v["blocks"][0]["kind"], "dialogue");
    assert_eq!(v["blocks"][0]["turns"][1]["label"]["span"], json!([8, 10]));
    assert!(v["blocks"][0].get("content").is_none());
}

#[test]
fn pretty_indents_and_equals_form_works() {
    let run = speechmark(
        &["--format=json", "--pretty", "-"],
        Stdin::Bytes(b"Summary"),
    );
    assert_eq!(run.code, 0);
    assert!(
        run.out.starts_with("{\n  \"format_version\": 1,\n"),
        "{}",
        run.out
    );
}

#[test]
fn text_and_offsets_are_added() {
    // “ is 3 bytes and one code point, 😀 4 bytes, one code point and two UTF-16 units.
    let text = "“Hi” 😀\nPutin: Yes.";
    let run = speechmark(
        &[
            "--format",
            "json",
            "--text",
            "--offsets",
            "chars,utf16",
            "--offsets=lines",
        ],
        Stdin::Bytes(text.as_bytes()),
    );
    assert_eq!(run.code, 0, "{}", run.err);
    let v: Value = serde_json::from_str(&run.out).expect("JSON");
    let label = &v["blocks"][1]["turns"][0]["label"];
    // Bytes: “Hi” is 0..8, a space, 😀 9..13, the line break 13; "Putin:" 14..20.
    assert_eq!(label["span"], json!([14, 20]));
    assert_eq!(label["content"], "Putin:");
    assert_eq!(label["chars"]["span"], json!([7, 13]));
    assert_eq!(label["chars"]["name"], json!([7, 12]));
    assert_eq!(label["utf16"]["span"], json!([8, 14]));
    assert_eq!(label["lines"]["span"], json!([[2, 1], [2, 7]]));
}

#[test]
fn jsonl_of_a_folder_in_path_order() {
    let dir = folder("corpus");
    std::fs::create_dir_all(dir.join("b")).expect("creates");
    write(&dir.join("a.txt"), b"Q: One?\n");
    write(&dir.join("b/c.txt"), b"Summary\n");
    write(&dir.join("b/d.txt"), b"Trade grew.\n");
    write(&dir.join("notes.md"), b"# not a document\n");
    let d = dir.to_str().expect("UTF-8 path");
    for args in [vec!["--format", "jsonl", d], vec![d]] {
        let run = speechmark(&args, Stdin::Bytes(b""));
        assert_eq!(run.code, 0, "{}", run.err);
        assert!(
            run.err.is_empty(),
            "no progress bar when stderr is not a terminal"
        );
        let lines: Vec<Value> = run
            .out
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON document a line"))
            .collect();
        let sources: Vec<_> = lines
            .iter()
            .map(|v| v["source"].as_str().unwrap())
            .collect();
        let expected = [
            dir.join("a.txt"),
            dir.join("b").join("c.txt"),
            dir.join("b").join("d.txt"),
        ];
        assert_eq!(sources, expected.map(|p| p.to_string_lossy().into_owned()));
        assert_eq!(
            lines.iter().map(|v| &v["span"]).collect::<Vec<_>>(),
            [&json!([0, 8]), &json!([0, 8]), &json!([0, 12])]
        );
        assert!(lines.iter().all(|v| v["format_version"] == 1));
    }
}

#[test]
fn several_files_give_jsonl_and_a_bad_one_is_skipped() {
    let dir = folder("several");
    write(&dir.join("good.txt"), b"Q: Ready?\n");
    write(&dir.join("bad.txt"), b"Putin: \xff\n");
    let good = dir.join("good.txt");
    let bad = dir.join("bad.txt");
    let run = speechmark(
        &[
            good.to_str().unwrap(),
            bad.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        Stdin::Bytes(b""),
    );
    assert_eq!(run.code, 1);
    assert_eq!(run.out.lines().count(), 2, "{}", run.out);
    assert_eq!(
        run.err.lines().collect::<Vec<_>>(),
        [
            format!(
                "speechmark: {}: input is not valid UTF-8: invalid byte at offset 7",
                bad.display()
            ),
            "speechmark: some documents were skipped".to_owned(),
        ]
    );
}

#[test]
fn w3c_annotations_count_code_points() {
    let text = "“Hi” 😀\nPutin: Yes.";
    let run = speechmark(
        &[
            "--format",
            "w3c",
            "--kinds",
            "speaker_label",
            "--source",
            "urn:doc",
            "--context",
            "4",
        ],
        Stdin::Bytes(text.as_bytes()),
    );
    assert_eq!(run.code, 0, "{}", run.err);
    let v: Value = serde_json::from_str(&run.out).expect("JSON");
    assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(v["type"], "AnnotationPage");
    assert_eq!(
        v["items"],
        json!([{
            "id": "urn:doc#annotation-1",
            "type": "Annotation",
            "body": {"type": "TextualBody", "value": "speaker_label", "purpose": "classifying"},
            "target": {
                "source": "urn:doc",
                "selector": [
                    {"type": "TextPositionSelector", "start": 7, "end": 13},
                    {"type": "TextQuoteSelector", "exact": "Putin:", "prefix": "” 😀\n", "suffix": " Yes"}
                ]
            }
        }])
    );
}

#[test]
fn brat_standoff_counts_code_points() {
    let text = "“Hi” 😀\nPutin: Yes.";
    let run = speechmark(
        &["--format", "brat", "--kinds", "turn,speaker_label"],
        Stdin::Bytes(text.as_bytes()),
    );
    assert_eq!(run.code, 0, "{}", run.err);
    assert_eq!(
        run.out,
        "T1\tturn 7 18\tPutin: Yes.\nT2\tspeaker_label 7 13\tPutin:\n"
    );
}

#[test]
fn help_lists_every_value() {
    let run = speechmark(&["--help"], Stdin::Bytes(b""));
    assert_eq!(run.code, 0);
    for value in [
        "tree", "json", "jsonl", "w3c", "brat", "auto", "line", "blank", "chars", "utf16", "lines",
    ] {
        assert!(
            run.out.contains(&format!("- {value}:")),
            "{value}: {}",
            run.out
        );
    }
    assert!(
        run.out.contains(&speechmark::export::KINDS.join(", ")),
        "{}",
        run.out
    );
}

#[test]
fn missing_file_is_one_clear_line() {
    let run = speechmark(&["/nonexistent/briefing.txt"], Stdin::Bytes(b""));
    let line = refused(&run, 1);
    assert!(
        line.starts_with("cannot read /nonexistent/briefing.txt: "),
        "{line}"
    );
}

#[test]
fn unreadable_path_is_one_clear_line() {
    // A path through a file cannot be read.
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("Cargo.toml")
        .join("x");
    let run = speechmark(&[path.to_str().unwrap()], Stdin::Bytes(b""));
    let line = refused(&run, 1);
    assert!(
        line.starts_with(&format!("cannot read {}: ", path.display())),
        "{line}"
    );
}

#[test]
fn invalid_utf8_names_the_offset() {
    let run = speechmark(&["-"], Stdin::Bytes(b"Putin: \xff"));
    assert_eq!(
        refused(&run, 1),
        "standard input: input is not valid UTF-8: invalid byte at offset 7"
    );
}

#[test]
fn an_unknown_value_lists_the_accepted_ones() {
    let run = speechmark(&["--format", "yaml"], Stdin::Bytes(b""));
    assert_eq!(
        refused(&run, 2),
        "invalid value 'yaml' for --format; accepted: tree, json, jsonl, w3c, brat, claims"
    );
    let run = speechmark(&["--layout=wide"], Stdin::Bytes(b""));
    assert_eq!(
        refused(&run, 2),
        "invalid value 'wide' for --layout; accepted: auto, line, blank"
    );
    let run = speechmark(
        &["--format", "w3c", "--kinds", "turn,claim"],
        Stdin::Bytes(b""),
    );
    assert!(
        refused(&run, 2)
            .starts_with("invalid value 'claim' for --kinds; accepted: document, heading, "),
        "{}",
        run.err
    );
    let run = speechmark(&["--offsets", "bytes"], Stdin::Bytes(b""));
    assert_eq!(
        refused(&run, 2),
        "invalid value 'bytes' for --offsets; accepted: chars, utf16, lines"
    );
}

#[test]
fn a_missing_value_lists_the_accepted_ones() {
    let run = speechmark(&["--format"], Stdin::Bytes(b""));
    assert_eq!(
        refused(&run, 2),
        "--format needs a value; accepted: tree, json, jsonl, w3c, brat, claims"
    );
}

#[test]
fn an_unknown_option_lists_the_accepted_ones() {
    let run = speechmark(&["--yaml"], Stdin::Bytes(b""));
    assert_eq!(
        refused(&run, 2),
        "unknown option '--yaml'; accepted: --format, --layout, --pretty, --text, --offsets, \
         --kinds, --source, --context, --claims, --help, --version"
    );
}

#[test]
fn options_that_do_not_apply_are_refused() {
    let run = speechmark(&["--text", "-"], Stdin::Bytes(b"Summary"));
    assert_eq!(
        refused(&run, 2),
        "--text applies to --format json and jsonl, not tree"
    );
    let run = speechmark(
        &["--format", "json", "--kinds", "turn", "-"],
        Stdin::Bytes(b""),
    );
    assert_eq!(
        refused(&run, 2),
        "--kinds applies to --format w3c and brat, not json"
    );
}

#[test]
fn one_document_formats_refuse_several() {
    let dir = folder("refuse-several");
    write(&dir.join("a.txt"), b"Summary\n");
    let run = speechmark(
        &["--format", "tree", dir.to_str().unwrap()],
        Stdin::Bytes(b""),
    );
    assert_eq!(
        refused(&run, 2),
        "--format tree takes one document; several FILEs or a folder give --format jsonl"
    );
}

#[test]
fn an_empty_folder_and_a_second_dash_are_refused() {
    let dir = folder("empty");
    let run = speechmark(&[dir.to_str().unwrap()], Stdin::Bytes(b""));
    assert_eq!(
        refused(&run, 1),
        format!("no *.txt files in {}", dir.display())
    );
    let run = speechmark(&["-", "-"], Stdin::Bytes(b""));
    assert_eq!(
        refused(&run, 2),
        "`-` (standard input) may be given only once"
    );
}

/// `--format claims`: each claim with who makes it, its figures and its cue, worked out by hand
/// for a document written for this test.
#[test]
fn the_claims_view_lists_speaker_figures_and_cue() {
    let text = "Ana Roth: Exports grew by 4% in 2023. Thank you.\nQ: Will they grow?\n";
    let run = speechmark(&["--format", "claims", "-"], Stdin::Bytes(text.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.err);
    let lines: Vec<&str> = run.out.lines().collect();
    // One claim: "Exports grew by 4% in 2023." at 10..37; the thanks and the question are not.
    assert_eq!(lines[0], "10..37 Ana Roth: Exports grew by 4% in 2023.");
    assert_eq!(lines[1], "    figure 26..28 percent 4: 4%");
    assert_eq!(lines[2], "    figure 32..36 year 2023: 2023");
    assert!(lines[3].starts_with("    cue "), "{}", lines[3]);
    assert_eq!(lines.len(), 4);
}

/// `--claims` is `--format claims`.
#[test]
fn the_claims_flag_is_the_claims_format() {
    let text = b"Ana Roth: Exports grew by 4% in 2023.\n";
    let flag = speechmark(&["--claims", "-"], Stdin::Bytes(text));
    let format = speechmark(&["--format", "claims", "-"], Stdin::Bytes(text));
    assert_eq!(flag.code, 0, "{}", flag.err);
    assert_eq!(flag.out, format.out);
    assert!(
        flag.out
            .starts_with("10..37 Ana Roth: Exports grew by 4% in 2023.\n")
    );
}
