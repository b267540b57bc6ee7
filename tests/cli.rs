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

#[test]
fn html_and_gzipped_html_files_in_a_directory() {
    let dir = std::env::temp_dir().join(format!("unclutter-cli-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = std::fs::read(format!("{}/tests/data/html/author-meta.html", env!("CARGO_MANIFEST_DIR"))).unwrap();
    std::fs::write(dir.join("a.html"), &page).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&page).unwrap();
    std::fs::write(dir.join("b.html.gz"), gz.finish().unwrap()).unwrap();
    std::fs::write(dir.join("skipped.png"), b"\x89PNG\r\n\x1a\n\0\0\0\r").unwrap();

    let output = clean(&["--json", dir.to_str().unwrap()], "");
    std::fs::remove_dir_all(&dir).ok();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let docs = json_lines(&output);
    assert_eq!(docs.len(), 2, "the .png is not an input");
    for doc in &docs {
        assert_eq!(doc["title"], "Flood");
        assert_eq!(doc["metadata"]["authors"][0], "Jane Doe");
        assert!(doc["body"].as_str().unwrap().starts_with("The river rose three feet overnight"));
        for piece in doc["metadata"]["stripped"].as_array().unwrap() {
            assert!(piece["start"].is_null() && piece["end"].is_null(), "HTML pieces have no byte span");
        }
    }
    assert_eq!(docs[0]["body"], docs[1]["body"]);
}

#[test]
fn binary_file_fails_alone() {
    let dir = std::env::temp_dir().join(format!("unclutter-cli-binary-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("image.html"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0").unwrap();
    let output = clean(&["--json", dir.join("image.html").to_str().unwrap(), FOX], "");
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(json_lines(&output).len(), 1, "the good file is still cleaned");
    assert!(String::from_utf8_lossy(&output.stderr).contains("binary"));
}

#[test]
fn jobs_keep_the_input_order() {
    let dir = format!("{}/tests/data/html", env!("CARGO_MANIFEST_DIR"));
    let one = clean(&["--json", "--jobs", "1", &dir], "");
    let many = clean(&["--json", "-j", "3", &dir], "");
    assert!(one.status.success() && many.status.success());
    assert_eq!(one.stdout, many.stdout);
    let sources: Vec<String> = json_lines(&many).iter().map(|d| d["source"].as_str().unwrap().to_owned()).collect();
    let mut sorted = sources.clone();
    sorted.sort();
    assert_eq!(sources, sorted, "files come out in path order");
    assert!(sources.len() >= 10);
    assert_eq!(clean(&["--jobs", "0", &dir], "").status.code(), Some(2));
}
