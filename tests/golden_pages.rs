//! Golden pages: one folder per real-world-shaped page in `tests/data/golden/`, each with
//! its input (`input.html` or `input.txt`) and what a user gets from it: `expected.md`
//! (`Article::to_markdown`) and `expected.json` (the serde serialisation of the whole
//! `Article`, pretty-printed). The test compares both exactly and names the first line
//! that differs.
//!
//! After a change that is meant to alter the output, run the test with
//! `UNCLUTTER_BLESS=1` to rewrite the expected files, then read the diff (`git diff
//! tests/data/golden`): the expected files are the spec of what a user should get.
//!
//! ```sh
//! UNCLUTTER_BLESS=1 cargo test --test golden_pages
//! ```

#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests and tools may stop at the first broken promise.

use std::fs;
use std::path::{Path, PathBuf};

/// Whether the run rewrites the expected files instead of comparing them.
fn blessing() -> bool {
    std::env::var_os("UNCLUTTER_BLESS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// The golden folders that hold an input, in name order.
fn folders() -> Vec<(PathBuf, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/golden");
    let mut found = Vec::new();
    for entry in fs::read_dir(&root).expect("tests/data/golden is readable") {
        let dir = entry.expect("a directory entry").path();
        if !dir.is_dir() {
            continue;
        }
        let input = ["input.html", "input.txt"].iter().map(|name| dir.join(name)).find(|path| path.is_file());
        if let Some(input) = input {
            found.push((dir, input));
        }
    }
    found.sort();
    found
}

/// The first line where `actual` and `expected` differ, written for a person to read.
fn first_difference(actual: &str, expected: &str) -> String {
    let (mut a, mut e) = (actual.lines(), expected.lines());
    let mut number = 1;
    loop {
        match (a.next(), e.next()) {
            (Some(x), Some(y)) if x == y => number += 1,
            (None, None) => return "the texts differ only in their final line break".to_owned(),
            (got, want) => {
                return format!(
                    "first difference at line {number}:\n  expected: {}\n  actual:   {}",
                    want.map_or("(end of file)".to_owned(), |l| format!("{l:?}")),
                    got.map_or("(end of file)".to_owned(), |l| format!("{l:?}")),
                );
            }
        }
    }
}

/// What the library gives for one input: its Markdown and its JSON.
fn outputs(input: &Path) -> (String, String) {
    let text = fs::read_to_string(input).unwrap_or_else(|e| panic!("{}: {e}", input.display()));
    let cleaner = unclutter::Cleaner::builder().build().expect("the default rules compile");
    let article = if input.extension().is_some_and(|ext| ext == "html") {
        cleaner.clean_html(&text)
    } else {
        cleaner.clean_text(&text)
    }
    .unwrap_or_else(|e| panic!("{}: {e}", input.display()));
    let mut json = serde_json::to_string_pretty(&article).expect("an article serialises");
    json.push('\n');
    (article.to_markdown(), json)
}

#[test]
fn golden_pages_match_their_expected_markdown_and_json() {
    let folders = folders();
    assert!(folders.len() >= 9, "the golden pages are missing: found {} folders with an input", folders.len());
    let bless = blessing();
    let mut failures = Vec::new();
    for (dir, input) in &folders {
        let name = dir.file_name().unwrap_or_default().to_string_lossy();
        let (markdown, json) = outputs(input);
        for (file, actual) in [("expected.md", &markdown), ("expected.json", &json)] {
            let path = dir.join(file);
            if bless {
                fs::write(&path, actual).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                continue;
            }
            match fs::read_to_string(&path) {
                Err(e) => failures.push(format!("{name}/{file}: cannot be read ({e}); bless with UNCLUTTER_BLESS=1")),
                Ok(expected) if expected != *actual => {
                    failures.push(format!("{name}/{file}: {}", first_difference(actual, &expected)));
                }
                Ok(_) => {}
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden file(s) differ (UNCLUTTER_BLESS=1 rewrites them; then read the diff):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// The JSON is the library's own serialisation: it reads back into the same article.
#[test]
fn golden_json_reads_back_into_an_article() {
    for (dir, input) in folders() {
        let (markdown, json) = outputs(&input);
        let article: unclutter::Article =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        assert_eq!(article.to_markdown(), markdown, "{}", dir.display());
    }
}
