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

/// The `clean` binary that [`clean`] runs through `cargo run`, built by the time it returns.
fn built_binary() -> std::path::PathBuf {
    assert!(clean(&["--version"], "").status.success(), "the command builds");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target"), Into::into);
    let binary = target.join("debug/examples").join(format!("clean{}", std::env::consts::EXE_SUFFIX));
    assert!(binary.exists(), "{} is built", binary.display());
    binary
}

/// How long a run may take before it counts as hung: generous, for a busy machine
/// running the dev build.
const HANG: std::time::Duration = std::time::Duration::from_secs(120);

/// Runs `command` with its stdin fed by `feed` on a thread of its own; fails the test if
/// the run takes longer than [`HANG`]. Returns the output and what `feed` returned.
fn run<T: Send + 'static>(
    mut command: Command,
    feed: impl FnOnce(std::process::ChildStdin) -> T + Send + 'static,
) -> (Output, T) {
    let mut child = command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    let stdin = child.stdin.take().expect("stdin");
    let feeder = std::thread::spawn(move || feed(stdin));
    // Read the output on threads, so that a full pipe cannot stall the command.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut bytes).map(|_| bytes).unwrap_or_default()
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut bytes).map(|_| bytes).unwrap_or_default()
    });
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("the command runs") {
            break status;
        }
        if started.elapsed() > HANG {
            child.kill().ok();
            panic!("the command hangs: still running after {HANG:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let output = Output { status, stdout: out.join().unwrap(), stderr: err.join().unwrap() };
    (output, feeder.join().unwrap())
}

/// The built command with `args`, stdin empty.
fn command(args: &[impl AsRef<OsStr>]) -> Command {
    let mut command = Command::new(built_binary());
    command.args(args);
    command
}

/// A fresh temporary directory for one test.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("unclutter-cli-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn sources(output: &Output) -> Vec<String> {
    json_lines(output).iter().map(|d| d["source"].as_str().unwrap().to_owned()).collect()
}

#[cfg(unix)]
fn mkfifo(path: &std::path::Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

/// A FIFO in a directory is skipped, with a note, and the walk goes on: it once waited
/// forever for a writer.
#[cfg(unix)]
#[test]
fn a_fifo_in_a_directory_is_skipped() {
    let dir = temp_dir("fifo");
    std::fs::copy(FOX, dir.join("a.txt")).unwrap();
    mkfifo(&dir.join("pipe.txt"));
    std::fs::copy(FOX, dir.join("z.txt")).unwrap();
    let (output, ()) = run(command(&[OsStr::new("--json"), dir.as_os_str()]), drop);
    std::fs::remove_dir_all(&dir).ok();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "a skipped special file is no failure: {stderr}");
    assert!(stderr.contains("pipe.txt: not a regular file"), "{stderr}");
    let names: Vec<String> = sources(&output).iter().map(|s| s.rsplit('/').next().unwrap().to_owned()).collect();
    assert_eq!(names, ["a.txt", "z.txt"]);
}

/// A FIFO named on the command line is read, as stdin is, until its writer closes it.
#[cfg(unix)]
#[test]
fn a_fifo_named_on_the_command_line_is_read() {
    let dir = temp_dir("fifo-named");
    let fifo = dir.join("feed.txt");
    mkfifo(&fifo);
    let writer = {
        let fifo = fifo.clone();
        // Opening a FIFO to write waits for its reader: the command.
        std::thread::spawn(move || std::fs::write(&fifo, std::fs::read(FOX).unwrap()))
    };
    let (output, ()) = run(command(&[OsStr::new("--json"), fifo.as_os_str()]), drop);
    writer.join().unwrap().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let docs = json_lines(&output);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["title"], "How Jeff Sessions went from top Trump ally to White House outcast");
}

/// Links back up the tree (`self -> .`, `sub/up -> ..`) are not walked again: every file
/// comes out once (`self` once made each file come out 41 times, and `up` made the walk
/// exponential). A link to a file already taken does not take it twice.
#[cfg(unix)]
#[test]
fn symlink_loops_clean_every_file_once() {
    let dir = temp_dir("links");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::copy(FOX, dir.join("a.txt")).unwrap();
    std::fs::copy(FOX, dir.join("sub/b.txt")).unwrap();
    std::os::unix::fs::symlink(".", dir.join("self")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("sub/up")).unwrap();
    std::os::unix::fs::symlink("../a.txt", dir.join("sub/again.txt")).unwrap();
    let (output, ()) = run(command(&[OsStr::new("--json"), dir.as_os_str()]), drop);
    std::fs::remove_dir_all(&dir).ok();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let names: Vec<String> = sources(&output).iter().map(|s| s.rsplit_once("links-").unwrap().1.to_owned()).collect();
    let names: Vec<&str> = names.iter().map(|s| s.split_once('/').unwrap().1).collect();
    assert_eq!(names, ["a.txt", "sub/b.txt"], "{stderr}");
    assert!(stderr.contains("self: a directory already walked"), "{stderr}");
}

/// A directory that cannot be read is named on stderr, the run exits 1, and the walk
/// goes on to the files after it. Root reads any directory whatever its mode, so the
/// unreadable one is a path longer than the system takes (`File name too long`); a
/// directory without read permission is tried too where that stops the reader.
#[cfg(target_os = "linux")]
#[test]
fn an_unreadable_directory_is_reported_and_the_walk_goes_on() {
    use std::os::unix::fs::PermissionsExt;

    let dir = temp_dir("unreadable");
    std::fs::copy(FOX, dir.join("a.txt")).unwrap();
    std::fs::copy(FOX, dir.join("z.txt")).unwrap();
    // Twenty levels of 250-byte names: past PATH_MAX (4096 bytes). `mkdir -p` makes them
    // a level at a time, from the one before.
    std::fs::create_dir_all(dir.join("m")).unwrap();
    let deep = Command::new("sh")
        .arg("-c")
        .arg(r#"cd "$1" && n=$(printf 'd%.0s' $(seq 250)) && p=$n && for i in $(seq 19); do p="$p/$n"; done && mkdir -p "$p""#)
        .arg("sh")
        .arg(dir.join("m"))
        .status()
        .unwrap();
    assert!(deep.success(), "the deep directories are made");
    let locked = dir.join("n-locked");
    std::fs::create_dir_all(&locked).unwrap();
    std::fs::copy(FOX, locked.join("hidden.txt")).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let locked_out = std::fs::read_dir(&locked).is_err();

    let (output, ()) = run(command(&[OsStr::new("--json"), dir.as_os_str()]), drop);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    Command::new("rm").arg("-rf").arg(&dir).status().ok();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("File name too long"), "{stderr}");
    let names: Vec<String> = sources(&output).iter().map(|s| s.rsplit('/').next().unwrap().to_owned()).collect();
    if locked_out {
        assert!(stderr.contains("n-locked: Permission denied"), "{stderr}");
        assert_eq!(names, ["a.txt", "z.txt"]);
    } else {
        assert_eq!(names, ["a.txt", "hidden.txt", "z.txt"]);
    }
}

/// Arguments that are not UTF-8 are a usage error or a path, never a panic.
#[cfg(unix)]
#[test]
fn non_utf8_arguments_do_not_panic() {
    use std::os::unix::ffi::OsStrExt;
    let bad = OsStr::from_bytes(b"\xff\xfe");
    for args in [vec![OsStr::new("--jobs"), bad], vec![OsStr::new("--format"), bad], vec![bad]] {
        let (output, ()) = run(command(&args), drop);
        let code = output.status.code();
        assert!(code == Some(1) || code == Some(2), "{args:?}: {code:?} {}", String::from_utf8_lossy(&output.stderr));
    }
}

/// A number of jobs far past the cores is taken as the most the command starts.
#[test]
fn a_huge_number_of_jobs_is_capped() {
    for jobs in ["4611686018427387904", "18446744073709551615"] {
        let (output, ()) = run(command(&["--json", "--jobs", jobs, FOX, FOX]), drop);
        assert!(output.status.success(), "--jobs {jobs}: {}", String::from_utf8_lossy(&output.stderr));
        assert_eq!(json_lines(&output).len(), 2);
    }
}

/// An endless input stops at the input limit: `/dev/zero` once grew to 9 GB.
#[cfg(unix)]
#[test]
fn an_endless_file_stops_at_the_limit() {
    let (output, ()) = run(command(&["/dev/zero", FOX]), drop);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("/dev/zero: input is over the limit of 67108864 bytes"), "{stderr}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("==> tests/data/golden/fox-sessions/input.txt"));
}

/// 3 GB piped in: the command reads one byte past the limit, refuses the input and
/// stops reading (the pipe closes), rather than taking it all first (2.9 GB before).
#[test]
fn three_gigabytes_on_stdin_stop_at_the_limit() {
    let (output, written) = run(command(&["-"]), |mut stdin| {
        let chunk = vec![b'a'; 1 << 20];
        let mut written: u64 = 0;
        while written < 3 << 30 {
            if stdin.write_all(&chunk).is_err() {
                break;
            }
            written += chunk.len() as u64;
        }
        written
    });
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("-: input is over the limit"), "{stderr}");
    let limit = unclutter::DEFAULT_MAX_INPUT_LEN as u64;
    assert!(written <= limit + (8 << 20), "{written} bytes went in before the command stopped reading");
}

/// Gzip data of 1 GB of zeros, 1 MB compressed, as a file and on stdin: decompressed
/// under the input limit, refused there, in bounded memory (it peaked at 1.1 GB). On
/// Linux the command runs with its address space capped at 1 GiB, which a run that
/// held the decompressed gigabyte could not stay under.
#[test]
fn a_gzip_bomb_stops_at_the_limit() {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..1024 {
        gz.write_all(&zeros).unwrap();
    }
    let bomb = gz.finish().unwrap();
    assert!(bomb.len() < 2 << 20, "{} bytes compressed", bomb.len());
    let dir = temp_dir("bomb");
    let file = dir.join("bomb.html.gz");
    std::fs::write(&file, &bomb).unwrap();
    let capped = |args: &[&OsStr]| {
        if cfg!(target_os = "linux") {
            let mut command = Command::new("sh");
            command.arg("-c").arg(r#"ulimit -v 1048576 && exec "$@""#).arg("sh").arg(built_binary()).args(args);
            command
        } else {
            command(args)
        }
    };
    let (from_file, ()) = run(capped(&[file.as_os_str()]), drop);
    let (from_stdin, ()) = run(capped(&[OsStr::new("-")]), move |mut stdin| {
        let _ = stdin.write_all(&bomb);
    });
    std::fs::remove_dir_all(&dir).ok();
    for output in [from_file, from_stdin] {
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("gzip data, decompressed: input is over the limit"), "{stderr}");
    }
}

/// Compressed data is detected by its magic bytes, wherever it comes from: gzip is
/// decompressed (and cleaned like the text it holds), zstd, xz and bzip2 are refused as
/// binary with their format named (they were cleaned as mojibake, exit 0).
#[test]
fn compressed_input_is_gunzipped_or_refused() {
    let text = std::fs::read(FOX).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&text).unwrap();
    let gzipped = gz.finish().unwrap();
    let (plain, ()) = run(command(&["--json", "-"]), move |mut stdin| stdin.write_all(&text).unwrap());
    let (unzipped, ()) = run(command(&["--json", "-"]), move |mut stdin| stdin.write_all(&gzipped).unwrap());
    assert!(unzipped.status.success(), "{}", String::from_utf8_lossy(&unzipped.stderr));
    assert_eq!(unzipped.stdout, plain.stdout);
    // Each format's magic bytes, then bytes that are no text.
    let noise: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8 | 0x80).collect();
    for (format, magic) in [("zstd", &b"\x28\xb5\x2f\xfd"[..]), ("xz", b"\xfd7zXZ\0"), ("bzip2", b"BZh91AY&SY")] {
        let bytes = [magic, &noise].concat();
        let (output, ()) = run(command(&["-"]), move |mut stdin| stdin.write_all(&bytes).unwrap());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{format}: {stderr}");
        assert!(stderr.contains("binary") && stderr.contains(&format!("{format}-compressed")), "{stderr}");
        assert!(output.stdout.is_empty(), "{format}");
    }
}

/// With a UTF-8 byte-order mark, or in windows-1252, the sample comes out as it does in
/// UTF-8: the same labels in `--explain`, the same spans in JSON (they count in the
/// decoded text, which has no byte-order mark). They once pointed 3 bytes early, and
/// `--explain` showed the credit, comments and shop lines as body.
#[test]
fn a_byte_order_mark_or_latin1_changes_no_label_or_span() {
    let text = std::fs::read_to_string(FOX).unwrap();
    let dir = temp_dir("bom");
    let bom = dir.join("bom.txt");
    std::fs::write(&bom, [&b"\xef\xbb\xbf"[..], text.as_bytes()].concat()).unwrap();
    let latin1 = dir.join("latin1.txt");
    let cp1252: Vec<u8> = text
        .chars()
        .map(|c| match c {
            '–' => 0x96,
            '—' => 0x97,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            c => u8::try_from(u32::from(c)).expect("a Latin-1 character"),
        })
        .collect();
    std::fs::write(&latin1, cp1252).unwrap();
    let explain = |path: &std::path::Path| run(command(&[OsStr::new("--explain"), path.as_os_str()]), drop).0;
    let json = |path: &std::path::Path| json_lines(&run(command(&[OsStr::new("--json"), path.as_os_str()]), drop).0);
    let (expected_explain, expected_json) = (explain(std::path::Path::new(FOX)), json(std::path::Path::new(FOX)));
    assert!(String::from_utf8_lossy(&expected_explain.stdout).contains("comments | Leave a Reply"));
    for path in [&bom, &latin1] {
        assert_eq!(explain(path).stdout, expected_explain.stdout, "{}", path.display());
        let mut doc = json(path).remove(0);
        doc["source"] = expected_json[0]["source"].clone();
        assert_eq!(doc, expected_json[0], "{}", path.display());
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// The sample with its lines ended by a lone `\r` reads as lines: the same article and
/// ledger as with `\n` ("Leave a Reply" was in the body, the text one line).
#[test]
fn cr_line_endings_read_as_lines() {
    let text = std::fs::read_to_string(FOX).unwrap();
    let cr = text.replace('\n', "\r");
    let crlf = text.replace('\n', "\r\n");
    let (lf_out, ()) = run(command(&["--json", "-"]), move |mut stdin| stdin.write_all(text.as_bytes()).unwrap());
    let (cr_out, ()) = run(command(&["--json", "-"]), move |mut stdin| stdin.write_all(cr.as_bytes()).unwrap());
    assert_eq!(cr_out.stdout, lf_out.stdout, "the same bytes between the line breaks, the same spans");
    let (crlf_out, ()) = run(command(&["--json", "-"]), move |mut stdin| stdin.write_all(crlf.as_bytes()).unwrap());
    let docs = json_lines(&crlf_out);
    let expected = json_lines(&lf_out);
    assert_eq!(docs[0]["body"], expected[0]["body"]);
    let stripped = docs[0]["metadata"]["stripped"].as_array().unwrap();
    assert!(stripped.iter().any(|s| s["text"] == "Leave a Reply" && s["kind"] == "comments"));
}

/// `--explain` on an HTML page with nothing stripped shows its paragraphs, not its
/// lines of markup.
#[test]
fn explain_on_an_html_page_with_nothing_stripped_shows_no_markup() {
    let page = "<html><body><article>\n<p>The river rose three feet overnight, and the town council met at dawn to decide what to do.</p>\n\
        <p>Sandbags were handed out at the fire station until noon, and the roads by the bridge were closed.</p>\n</article></body></html>";
    let (json, ()) = run(command(&["--json", "-"]), move |mut stdin| stdin.write_all(page.as_bytes()).unwrap());
    assert_eq!(json_lines(&json)[0]["metadata"]["stripped"].as_array().map(Vec::len), Some(0), "nothing is stripped");
    let (output, ()) = run(command(&["--explain", "-"]), move |mut stdin| stdin.write_all(page.as_bytes()).unwrap());
    assert!(output.status.success());
    let explained = String::from_utf8_lossy(&output.stdout);
    assert!(!explained.contains('<'), "{explained}");
    assert_eq!(
        explained,
        "         BODY | The river rose three feet overnight, and the town council met at dawn to decide what to do.\n\
         \x20        BODY | Sandbags were handed out at the fire station until noon, and the roads by the bridge were closed.\n"
    );
}

/// A run over good files, bad ones and special ones: every good file is cleaned once,
/// each bad one named, and the run exits 1 (`README`: 0 all cleaned, 1 any failed, 2
/// bad usage).
#[cfg(unix)]
#[test]
fn every_good_file_is_cleaned_once_among_bad_ones() {
    let dir = temp_dir("mixed");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::copy(FOX, dir.join("a.txt")).unwrap();
    std::fs::write(dir.join("b.html"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0").unwrap();
    std::fs::write(dir.join("c.txt"), "  \n").unwrap();
    mkfifo(&dir.join("d.txt"));
    std::fs::copy(FOX, dir.join("sub/e.txt")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("sub/up")).unwrap();
    std::os::unix::fs::symlink("missing.txt", dir.join("sub/gone.txt")).unwrap();
    let (output, ()) = run(command(&[OsStr::new("--json"), OsStr::new("-j"), OsStr::new("3"), dir.as_os_str()]), drop);
    std::fs::remove_dir_all(&dir).ok();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let names: Vec<String> = sources(&output).iter().map(|s| s.rsplit('/').next().unwrap().to_owned()).collect();
    assert_eq!(names, ["a.txt", "e.txt"]);
    for bad in [
        "b.html: input looks like binary",
        "c.txt: input is empty",
        "d.txt: not a regular file",
        "gone.txt: No such file",
    ] {
        assert!(stderr.contains(bad), "{bad} in {stderr}");
    }
}
