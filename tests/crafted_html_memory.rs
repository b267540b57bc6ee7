//! Peak memory of the crafted HTML shapes of issue 14 (`tools/hostile_html.py`, the
//! shapes of `tests/crafted_html.rs`): each stays within [`MAX_RATIO`] times an
//! ordinary page of the same size plus [`SLACK`]. Before, 40 nested elements with
//! 10,000-character names around 2,000 stripped menus peaked at 629 MB (each stripped
//! piece's path copied its ancestors' names), and the stray end tags around formatting
//! elements at 1.6 GB, and 500 `<div>`s around 100,000 one-letter paragraphs at 115 MB
//! (29x: a path of 32 steps for each stripped paragraph).
//!
//! Measured as the process's peak resident memory (Linux `VmHWM`, reset through
//! `/proc/self/clear_refs`, as in `tests/memory_text.rs`), so this file holds one test,
//! and each page is measured in a process of its own (this test binary run again for
//! it): memory an earlier page freed but kept resident would hide part of a later peak.

#![cfg(target_os = "linux")]
#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests stop at the first broken promise.

mod common;

use common::{holds, html_shapes, ordinary_html, peak_above};

/// The most a crafted shape may peak, as a multiple of an ordinary page's peak...
const MAX_RATIO: usize = 3;
/// ...plus this: the budget, room for a parse tree a few times the ordinary
/// page's without letting through the hundreds of megabytes it catches.
const SLACK: usize = 64 << 20;

/// The shapes at the size (about 1 MB each; the names' shapes 14 to 16 MB).
const DIVISOR: usize = 1;

const TEST: &str = "crafted_shapes_peak_within_three_times_an_ordinary_page_plus_64_mb";
const SHAPE_VAR: &str = "UNCLUTTER_CRAFTED_SHAPE";
const ORDINARY_VAR: &str = "UNCLUTTER_CRAFTED_ORDINARY";

/// Runs this test again, alone, on one page; returns the peak it printed, in bytes.
fn peak_in_a_process_of_its_own(var: &str, name: &str) -> usize {
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", TEST, "--nocapture", "--test-threads", "1"])
        .env(var, name)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{name}: {stderr}{}", String::from_utf8_lossy(&output.stdout));
    let line =
        stderr.lines().find_map(|l| l.strip_prefix("peak bytes: ")).unwrap_or_else(|| panic!("{name}: {stderr}"));
    line.trim().parse().unwrap()
}

/// Cleans one page (the shape called `name`, or the ordinary page of its size) and
/// prints its peak above the memory before.
fn measure(name: &str, ordinary: bool) {
    let cleaner = unclutter::Cleaner::builder().build().unwrap();
    let shape = html_shapes(DIVISOR).into_iter().find(|s| s.name == name).unwrap();
    let page = if ordinary { ordinary_html(shape.page().len()) } else { shape.page() };
    let mut article = None;
    let peak = peak_above(|| article = Some(cleaner.clean_html(&page)));
    let article = article.unwrap().unwrap_or_else(|e| panic!("{name}: {e}"));
    if let (false, Some(text)) = (ordinary, shape.text) {
        assert!(holds(&article, text), "{name}: {text:?} is in neither the body nor the ledger");
    }
    eprintln!("peak bytes: {peak}");
}

#[test]
fn crafted_shapes_peak_within_three_times_an_ordinary_page_plus_64_mb() {
    if let Ok(name) = std::env::var(SHAPE_VAR) {
        return measure(&name, false);
    }
    if let Ok(name) = std::env::var(ORDINARY_VAR) {
        return measure(&name, true);
    }
    // Every shape is measured before the test fails: the message lists all that are over.
    let mut over = Vec::new();
    // `UNCLUTTER_CRAFTED_SHAPES` (comma-separated) runs the shapes it names only.
    let wanted = std::env::var("UNCLUTTER_CRAFTED_SHAPES").ok();
    let wanted = |name: &str| wanted.as_ref().is_none_or(|names| names.split(',').any(|n| n == name));
    for name in html_shapes(DIVISOR).iter().map(|s| s.name).filter(|name| wanted(name)) {
        let ordinary = peak_in_a_process_of_its_own(ORDINARY_VAR, name);
        let peak = peak_in_a_process_of_its_own(SHAPE_VAR, name);
        let budget = MAX_RATIO * ordinary + SLACK;
        let report = format!(
            "{name}: peak {:.1} MB, an ordinary page of the same size {:.1} MB ({:.1}x; budget {:.1} MB)",
            peak as f64 / 1e6,
            ordinary as f64 / 1e6,
            peak as f64 / ordinary.max(1) as f64,
            budget as f64 / 1e6
        );
        eprintln!("{report}");
        if peak > budget {
            over.push(format!("{report}: over the budget"));
        }
    }
    assert!(over.is_empty(), "{}", over.join("\n"));
}
