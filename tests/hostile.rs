//! The hostile corpus: the small cases live in `tests/data/hostile/`, the large ones are
//! generated here. Each gets a result or a clear error from the library, the `clean`
//! command exits with its documented code, and a good file in the same run is still
//! cleaned.

#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests stop at the first broken promise.

use std::path::{Path, PathBuf};
use std::process::Command;

use unclutter::{Cleaner, Error};

/// What each input must give: a result, or this error.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Expect {
    Ok,
    Empty,
    Binary,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/hostile")
}

/// The checked-in cases and the generated large ones (written to `dir`).
fn corpus(dir: &Path) -> Vec<(PathBuf, Expect)> {
    let mut cases: Vec<(PathBuf, Expect)> = [
        ("empty.txt", Expect::Empty),
        ("whitespace.txt", Expect::Empty),
        ("nul-bytes.txt", Expect::Binary),
        ("invalid-utf8.html", Expect::Ok),
        ("lying-charset.html", Expect::Ok),
        ("image.png", Expect::Binary),
        ("archive.zip", Expect::Binary),
    ]
    .into_iter()
    .map(|(name, expect)| (corpus_dir().join(name), expect))
    .collect();
    std::fs::create_dir_all(dir).unwrap();
    let generated: [(&str, Vec<u8>); 3] = [
        (
            "deep-nesting.html",
            format!(
                "<html><body>{}<p>Deep inside.</p>{}</body></html>",
                "<div>".repeat(100_000),
                "</div>".repeat(100_000)
            )
            .into_bytes(),
        ),
        ("long-line.txt", "flood ".repeat(50 * 1024 * 1024 / 6).into_bytes()),
        ("short-lines.txt", "x\n".repeat(1_000_000).into_bytes()),
    ];
    for (name, bytes) in generated {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        cases.push((path, Expect::Ok));
    }
    cases
}

#[test]
fn each_hostile_input_gets_a_result_or_a_clear_error() {
    let dir = std::env::temp_dir().join(format!("unclutter-hostile-lib-{}", std::process::id()));
    let cleaner = Cleaner::builder().build().unwrap();
    for (path, expect) in corpus(&dir) {
        let bytes = std::fs::read(&path).unwrap();
        let got = cleaner.clean_bytes(&bytes);
        let name = path.display();
        match expect {
            Expect::Ok => assert!(got.is_ok(), "{name}: {got:?}"),
            Expect::Empty => assert_eq!(got, Err(Error::Empty), "{name}"),
            Expect::Binary => assert_eq!(got, Err(Error::Binary), "{name}"),
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_command_cleans_the_rest_and_exits_1() {
    let dir = std::env::temp_dir().join(format!("unclutter-hostile-cli-{}", std::process::id()));
    let cases = corpus(&dir);
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/golden/fox-sessions/input.txt");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(["run", "--quiet", "--example", "clean", "--", "--json"])
        .args(cases.iter().map(|(path, _)| path.as_os_str()))
        .arg(&good)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(output.status.code(), Some(1), "some inputs fail, so the run exits 1");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let sources: Vec<String> = stdout
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap()["source"].as_str().unwrap().to_owned())
        .collect();
    let expected_ok = cases.iter().filter(|(_, e)| *e == Expect::Ok).count() + 1;
    assert_eq!(sources.len(), expected_ok, "every input that can be cleaned is");
    assert!(sources.last().unwrap().ends_with("input.txt"), "the good file after the hostile ones is cleaned");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let failures = cases.iter().filter(|(_, e)| *e != Expect::Ok).count();
    assert_eq!(stderr.lines().count(), failures, "one line per failed input:\n{stderr}");
}
