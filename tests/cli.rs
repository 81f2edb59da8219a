//! The command-line program (feature `cli`; CI runs `cargo test --all-features`).
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Stdio};

fn speechmark(args: &[&str], stdin: &[u8]) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_speechmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("writes");
    let out = child.wait_with_output().expect("finishes");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn built_in_example_prints_a_tree() {
    let (ok, out, _) = speechmark(&[], b"");
    assert!(ok);
    assert!(
        out.starts_with("document 0..1536 layout=line_per_paragraph\n"),
        "{out}"
    );
    assert_eq!(out.matches("\n    turn ").count(), 2);
}

#[test]
fn json_of_stdin() {
    let (ok, out, _) = speechmark(
        &["--format", "json", "-"],
        "Q: Why?\nA: Because.".as_bytes(),
    );
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["kind"], "document");
    assert_eq!(v["span"], serde_json::json!([0, 19]));
    assert_eq!(v["blocks"][0]["kind"], "dialogue");
    assert_eq!(
        v["blocks"][0]["turns"][1]["label"]["span"],
        serde_json::json!([8, 10])
    );
}

#[test]
fn missing_file_is_one_clear_line() {
    let (ok, out, err) = speechmark(&["/nonexistent/briefing.txt"], b"");
    assert!(!ok);
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("speechmark: cannot read /nonexistent/briefing.txt"),
        "{err}"
    );
}

#[test]
fn unreadable_path_is_one_clear_line() {
    // A directory cannot be read as a file.
    let (ok, _, err) = speechmark(&[env!("CARGO_MANIFEST_DIR")], b"");
    assert!(!ok);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("speechmark: cannot read "), "{err}");
}

#[test]
fn invalid_utf8_names_the_offset() {
    let (ok, _, err) = speechmark(&["-"], b"Putin: \xff");
    assert!(!ok);
    assert_eq!(
        err.trim_end(),
        "speechmark: standard input: input is not valid UTF-8: invalid byte at offset 7"
    );
}

#[test]
fn bad_options_are_refused() {
    let (ok, _, err) = speechmark(&["--format", "xml"], b"");
    assert!(!ok);
    assert!(err.contains("--format takes `tree` or `json`"), "{err}");
}
