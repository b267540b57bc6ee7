//! The `clean` example, end to end through files, stdin, and bad arguments.

#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests and tools may stop at the first broken promise.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const FOX: &str = "tests/data/golden/fox-sessions/input.txt";

/// Runs `cargo run --example clean -- ARGS` with `stdin` piped in.
fn clean(args: &[impl AsRef<OsStr>], stdin: &str) -> Output {
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
    assert_eq!(keys, ["body", "elements", "metadata", "source", "title"]);
    assert_eq!(doc["source"], FOX);
    assert_eq!(doc["title"], input.lines().next().expect("first line"));
    assert_eq!(doc["body"].as_str().expect("body").split("\n\n").count(), 28);
    assert_eq!(doc["metadata"]["contributors"][0], "Fox News’ Paul Steinhauser contributed to this report.");
    let stripped = doc["metadata"]["stripped"].as_array().expect("stripped");
    for (text, kind) in [("Leave a Reply", "comments"), ("Your compare list", "shop"), ("Shop By Category", "shop")] {
        let piece = stripped.iter().find(|s| s["text"] == text).unwrap_or_else(|| panic!("{text} stripped"));
        assert_eq!(piece["kind"], kind);
        let span = &piece["span"];
        let (start, end) =
            (span["start"].as_u64().expect("start") as usize, span["end"].as_u64().expect("end") as usize);
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
            assert!(piece["span"].is_null(), "HTML pieces have no byte span");
            assert!(piece["path"].as_str().unwrap().starts_with("html > body > "), "but a path");
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

#[test]
fn format_values_and_their_short_forms() {
    let text = clean(&[FOX], "");
    let json = clean(&["--json", FOX], "");
    let explain = clean(&["--explain", FOX], "");
    for output in [&text, &json, &explain] {
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    assert!(String::from_utf8_lossy(&text.stdout).starts_with(&format!("==> {FOX}\nTitle: ")));
    assert_eq!(json_lines(&json).len(), 1);
    assert!(String::from_utf8_lossy(&explain.stdout).contains("         BODY | Former Attorney General"));
    assert_ne!(text.stdout, explain.stdout);
    for (format, expected) in [("text", &text), ("json", &json), ("explain", &explain)] {
        let output = clean(&["--format", format, FOX], "");
        assert!(output.status.success(), "--format {format}");
        assert_eq!(output.stdout, expected.stdout, "--format {format} is its short form");
        assert_eq!(clean(&[&format!("--format={format}"), FOX], "").stdout, expected.stdout);
    }
    // A short form and --format that agree are accepted, and so is a flag given twice.
    assert_eq!(clean(&["--format", "json", "--json", FOX], "").stdout, json.stdout);
    assert_eq!(clean(&["--json", "--json", FOX], "").stdout, json.stdout);
    let unknown = clean(&["--format", "yaml", FOX], "");
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("possible values: text, json, explain, markdown"));
}

#[test]
fn conflicting_formats_exit_2() {
    for args in [
        ["--json", "--explain"],
        ["--explain", "--json"],
        ["--json", "--format=explain"],
        ["--format=text", "--explain"],
        ["--format=json", "--format=explain"],
    ] {
        let output = clean(&[args[0], args[1], FOX], "");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("cannot be used with"), "{args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{args:?}: nothing is cleaned");
    }
}

#[test]
fn markdown_is_the_body_alone() {
    let page = "<html><body><article><h1>River rises</h1><h2>At dawn</h2>\
        <p>The river rose three feet overnight, and the town council met at dawn to decide what to do.</p>\
        <ul><li>Sandbags at the fire station</li><li>Roads closed</li></ul></article></body></html>";
    let output = clean(&["--format", "markdown", "-"], page);
    assert_eq!(output.status.code(), Some(0));
    let markdown = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        markdown,
        "## At dawn\n\nThe river rose three feet overnight, and the town council met at dawn to decide what to do.\n\n\
         - Sandbags at the fire station\n- Roads closed\n\n"
    );
}

#[test]
fn version_and_help() {
    let output = clean(&["--version"], "");
    assert!(output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stdout), format!("clean {}\n", env!("CARGO_PKG_VERSION")));
    let output = clean(&["--help"], "");
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    for option in ["--format <FORMAT>", "--json", "--explain", "-j, --jobs <N>", "--version", "[PATH]..."] {
        assert!(help.contains(option), "{option} in\n{help}");
    }
}

#[test]
fn jobs_spellings() {
    let dir = format!("{}/tests/data/html", env!("CARGO_MANIFEST_DIR"));
    let one = clean(&["--json", "-j", "1", &dir], "");
    assert!(one.status.success());
    for jobs in [&["--jobs=2"][..], &["--jobs", "2"], &["-j2"], &["-j", "2"]] {
        let output = clean(&[jobs, &["--json", &dir]].concat(), "");
        assert!(output.status.success(), "{jobs:?}");
        assert_eq!(output.stdout, one.stdout, "{jobs:?}");
    }
    for bad in [&["--jobs=0"][..], &["--jobs=many"], &["--jobs"], &["-j", "-1"]] {
        let output = clean(&[bad, &[FOX]].concat(), "");
        assert_eq!(output.status.code(), Some(2), "{bad:?}");
        assert!(output.stdout.is_empty(), "{bad:?}");
    }
}

/// A file whose name is not UTF-8 is read, found in its directory, and named by its
/// lossy display.
#[cfg(unix)]
#[test]
fn a_non_utf8_path() {
    use std::os::unix::ffi::OsStrExt;

    let dir = std::env::temp_dir().join(format!("unclutter-cli-non-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(OsStr::from_bytes(b"caf\xe9-\xff.txt"));
    assert!(file.to_str().is_none(), "the name is not UTF-8");
    std::fs::copy(FOX, &file).unwrap();
    let by_file = clean(&[OsStr::new("--json"), file.as_os_str()], "");
    let by_dir = clean(&[OsStr::new("--json"), dir.as_os_str()], "");
    let text = clean(&[file.as_os_str()], "");
    let missing = clean(&[dir.join(OsStr::from_bytes(b"gone-\xff.txt")).as_os_str()], "");
    std::fs::remove_dir_all(&dir).ok();

    let lossy = file.to_string_lossy().into_owned();
    assert!(lossy.ends_with("caf\u{fffd}-\u{fffd}.txt"), "{lossy}");
    for output in [&by_file, &by_dir] {
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let docs = json_lines(output);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0]["source"], lossy.as_str());
        assert_eq!(docs[0]["title"], "How Jeff Sessions went from top Trump ally to White House outcast");
    }
    assert!(text.status.success());
    assert!(String::from_utf8_lossy(&text.stdout).starts_with(&format!("==> {lossy}\n")));
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("gone-\u{fffd}.txt"));
}

/// The README's table of JSON fields: each row's field and type.
fn documented_fields() -> Vec<(String, String)> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = readme.split("| field | type | meaning |").nth(1).expect("the README's table of JSON fields");
    let rows = table.lines().skip(2).take_while(|line| line.starts_with('|'));
    rows.map(|row| {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        (cells[1].trim_matches('`').to_owned(), cells[2].to_owned())
    })
    .collect()
}

/// Whether `value` is of a type as the README names it ("string or null", "integer", …).
fn has_type(value: &Value, documented: &str) -> bool {
    let (base, nullable) = documented.strip_suffix(" or null").map_or((documented, false), |base| (base, true));
    match base {
        _ if value.is_null() => nullable,
        "string" => value.is_string(),
        "integer" => value.is_u64(),
        "object" => value.is_object(),
        "array of strings" => value.as_array().is_some_and(|items| items.iter().all(Value::is_string)),
        "array of objects" => value.as_array().is_some_and(|items| items.iter().all(Value::is_object)),
        "array of arrays" => value.as_array().is_some_and(|items| items.iter().all(Value::is_array)),
        "boolean" => value.is_boolean(),
        other => panic!("the README names an unknown type {other:?}"),
    }
}

/// The values at a documented field (`metadata.stripped[].kind`: every piece's kind),
/// below parents that are not null. A missing field fails, but on the body's elements,
/// whose fields depend on their type (only headings have a `level`).
fn values_at<'a>(doc: &'a Value, field: &str) -> Vec<&'a Value> {
    let mut values = vec![doc];
    let optional = field.starts_with("elements[].");
    for step in field.split('.') {
        let key = step.trim_end_matches("[]");
        let arrays = (step.len() - key.len()) / 2;
        values = values
            .into_iter()
            .filter(|value| !value.is_null())
            .flat_map(|value| {
                let Some(child) = value.get(key) else {
                    assert!(optional, "{field}: no {key:?} in {value}");
                    return Vec::new();
                };
                let mut children = vec![child];
                for _ in 0..arrays {
                    children = children.into_iter().flat_map(|c| c.as_array().expect("an array").iter()).collect();
                }
                children
            })
            .collect();
    }
    values
}

/// Every key in the document, named as the README names fields.
fn key_paths(value: &Value, prefix: &str, paths: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                key_paths(child, &path, paths);
                paths.insert(path);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| key_paths(item, &format!("{prefix}[]"), paths)),
        _ => {}
    }
}

/// The JSON lines of a text article and of every HTML page in tests/data/html hold
/// exactly the README's fields, each of its documented type and each seen with a value.
#[test]
fn json_lines_hold_every_documented_field() {
    let fields = documented_fields();
    assert!(fields.len() >= 20, "the table is found: {fields:?}");
    // With links and images kept, so that their fields appear too.
    let output = clean(&["--json", "--links", "--images", FOX, "tests/data/html"], "");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let docs = json_lines(&output);
    assert!(docs.len() >= 10);
    let mut keys = BTreeSet::new();
    for doc in &docs {
        key_paths(doc, "", &mut keys);
    }
    let documented: BTreeSet<String> = fields.iter().map(|(field, _)| field.clone()).collect();
    assert_eq!(keys, documented, "the JSON's keys are the README's fields");
    for (field, documented) in &fields {
        let values: Vec<&Value> = docs.iter().flat_map(|doc| values_at(doc, field)).collect();
        for value in &values {
            assert!(has_type(value, documented), "{field} is {documented}, not {value}");
        }
        assert!(values.iter().any(|value| !value.is_null()), "{field} has a value in one of the documents");
    }
}

/// The JSON line is the library's own serialisation of the article: read back without
/// its `source`, it is the `Article` the library returns.
#[test]
fn the_json_line_is_the_librarys_article() {
    let output = clean(&["--json", FOX, "tests/data/html"], "");
    assert!(output.status.success());
    let cleaner = unclutter::Cleaner::builder().build().unwrap();
    let docs = json_lines(&output);
    assert!(docs.len() >= 10);
    for doc in docs {
        let source = doc["source"].as_str().unwrap().to_owned();
        let expected = cleaner.clean_bytes(&std::fs::read(&source).unwrap()).unwrap();
        let article: unclutter::Article = serde_json::from_value(doc).unwrap();
        assert_eq!(article, expected, "{source}");
    }
}
