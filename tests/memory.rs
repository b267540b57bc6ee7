//! Peak memory of the text path stays within 3x the input plus 16 MB, the budget
//! the README states, on the worst shapes for it: a whole-page dump of many short lines,
//! nearly all of which become ledger entries, and one long line of distinct words,
//! every 4-gram of which the repeat test has to remember.
//!
//! Measured as the process's peak resident memory (Linux `VmHWM`, reset through
//! `/proc/self/clear_refs` once the input is built), so this file holds one test only:
//! each file under `tests/` is a process of its own.

#![cfg(target_os = "linux")]
#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests stop at the first broken promise.

mod common;

use common::peak_above;

const SAMPLE: &str = include_str!("data/golden/fox-sessions/input.txt");

/// A page dump: menus, teasers and footers of short lines around an article, as
/// scrapers write them. Varied so that neither the rules nor the repeat test see one
/// line a hundred thousand times.
fn whole_page_dump(pages: usize) -> String {
    let mut out = String::new();
    for page in 0..pages {
        for item in 0..40 {
            out.push_str(&format!("Menu item {item} of section {page}\n"));
        }
        out.push_str(SAMPLE);
        for teaser in 0..60 {
            out.push_str(&format!("Teaser {teaser}: another story from page {page}\n\nShare\n"));
        }
        out.push_str(&format!("© {} Example Media. All rights reserved.\n", 2000 + page % 25));
    }
    out
}

/// One line of distinct made-up words, like a page whose line breaks were lost: every
/// word 4-gram is new, so this is the repeat test's worst case.
fn one_line_of_distinct_words(len: usize) -> String {
    let mut out = String::with_capacity(len + 16);
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    while out.len() < len {
        // xorshift: a different word each time, without a dependency.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        for shift in 0..(2 + state % 7) {
            out.push(char::from(b'a' + ((state >> (5 * shift)) % 26) as u8));
        }
        out.push(' ');
    }
    out
}

/// The peak resident memory above the current one while `clean` runs on `input`,
/// checked against the budget.
fn assert_within_budget(name: &str, input: &str, clean: impl FnOnce(&str)) {
    let peak_above = peak_above(|| clean(input));
    let budget = 3 * input.len() + 16 * 1024 * 1024;
    assert!(
        peak_above <= budget,
        "{name}: peak memory {} MB above the input for {} MB of text (budget {} MB)",
        peak_above / 1_000_000,
        input.len() / 1_000_000,
        budget / 1_000_000
    );
}

#[test]
fn whole_page_dumps_and_one_long_line_stay_within_three_times_the_input_plus_16_mb() {
    let cleaner = unclutter::Cleaner::builder().build().unwrap();
    let input = whole_page_dump(1000);
    assert!(input.len() > 10_000_000, "a large input: {} bytes", input.len());
    assert_within_budget("page dumps", &input, |input| {
        let article = cleaner.clean_text(input).unwrap();
        let stripped_lines: usize = article.metadata.stripped.iter().map(|s| s.text.lines().count()).sum();
        assert!(stripped_lines > 100_000, "most lines are stripped");
    });
    drop(input);
    let line = one_line_of_distinct_words(20_000_000);
    assert_within_budget("one long line", &line, |input| {
        cleaner.clean_text(input).unwrap();
    });
}
