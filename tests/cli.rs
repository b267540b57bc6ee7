//! The `clean` example, end to end through files, stdin, and bad arguments.

#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests and tools may stop at the first broken promise.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const FOX: &str = "tests/data/golden/fox-sessions/input.txt";

/// Runs `cargo run --example clean -- ARGS` with `stdin` piped in.
fn clean(args: &[&str], stdin: &str) -> Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut child = Command::new(cargo)
        .args(["run", "--quiet", "--example", "clean", "--"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cargo runs");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("stdin written");
    child.wait_with_output().expect("the command finishes")
}

fn json_lines(output: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

#[test]
fn json_output_for_the_sample() {
    let output = clean(&["--json", FOX], "");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let docs = json_lines(&output);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    let input = std::fs::read_to_string(FOX).expect("fixture");
    let object = doc.as_object().expect("an object");
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["body", "metadata", "source", "title"]);
    assert_eq!(doc["source"], FOX);
    assert_eq!(doc["title"], input.lines().next().expect("first line"));
    assert_eq!(doc["body"].as_str().expect("body").split("\n\n").count(), 28);
    assert_eq!(doc["metadata"]["contributors"][0], "Fox News’ Paul Steinhauser contributed to this report.");
    let stripped = doc["metadata"]["stripped"].as_array().expect("stripped");
    for (text, kind) in [("Leave a Reply", "comments"), ("Your compare list", "shop"), ("Shop By Category", "shop")] {
        let piece = stripped.iter().find(|s| s["text"] == text).unwrap_or_else(|| panic!("{text} stripped"));
        assert_eq!(piece["kind"], kind);
        let (start, end) =
            (piece["start"].as_u64().expect("start") as usize, piece["end"].as_u64().expect("end") as usize);
        assert_eq!(&input.as_bytes()[start..end], text.as_bytes());
    }
}

#[test]
fn stdin_and_human_output() {
    let input = std::fs::read_to_string(FOX).expect("fixture");
    let output = clean(&["-"], &input);
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Title: How Jeff Sessions went from top Trump ally to White House outcast"));
    assert!(text.contains("[shop] Your compare list"));
}

#[test]
fn a_bad_file_fails_alone() {
    let dir = std::env::temp_dir().join(format!("unclutter-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "  \n").expect("write");
    let missing = dir.join("missing.txt");
    let output = clean(&["--json", empty.to_str().expect("utf-8"), missing.to_str().expect("utf-8"), FOX], "");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("empty.txt") && stderr.contains("missing.txt"), "{stderr}");
    assert_eq!(json_lines(&output).len(), 1, "the good file is still cleaned");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn directories_are_walked() {
    let output = clean(&["--json", "tests/data/golden"], "");
    assert!(output.status.success());
    let docs = json_lines(&output);
    assert!(docs.iter().any(|d| { d["source"].as_str().is_some_and(|s| s.ends_with("fox-sessions/input.txt")) }));
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(clean(&["--no-such-flag"], "").status.code(), Some(2));
}
