//! Cost grows linearly with input: 100 times the input may take at most 300 times the
//! time (a generous ratio, so a slow or busy machine cannot fail it, while any
//! quadratic step would: 100x the input would then take 10,000x the time).
//!
//! Measured so that a busy machine cannot fail them (on one, a fresh clone's
//! `cargo test` once failed four of these): the tests run one at a time
//! ([`common::one_at_a_time`]), each measurement is the calling thread's CPU time (not
//! wall time), and the small input is cleaned [`SMALL_RUNS`] times per measurement, so
//! that neither side is a fraction of a millisecond that a cache miss or a clock tick
//! doubles.

#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests stop at the first broken promise.

mod common;

use common::{fastest, one_at_a_time};

const SAMPLE: &str = include_str!("data/golden/fox-sessions/input.txt");
const MAX_RATIO: f64 = 300.0;

/// How many times the small input is cleaned per measurement.
const SMALL_RUNS: u32 = 20;

fn assert_linear(name: &str, small: &str, large: &str, clean: impl Fn(&str)) {
    let one = fastest(5, || {
        for _ in 0..SMALL_RUNS {
            clean(small);
        }
    }) / SMALL_RUNS;
    // The best of three: a single run of the large input once read 361x on a busy CI
    // machine (its first run pays the page faults of its allocations), against about
    // 100x in a quiet one.
    let hundred = fastest(3, || clean(large));
    let ratio = hundred.as_secs_f64() / one.as_secs_f64().max(1e-6);
    assert!(ratio <= MAX_RATIO, "{name}: 100x the input took {ratio:.0}x the time ({one:?} vs {hundred:?})");
}

#[test]
fn text_many_articles_in_a_row() {
    let _serial = one_at_a_time();
    let cleaner = unclutter::Cleaner::builder().build().unwrap();
    let small = SAMPLE.repeat(2);
    assert_linear("text", &small, &small.repeat(100), |input| {
        cleaner.clean_text(input).unwrap();
    });
}

#[test]
fn text_many_short_lines() {
    let _serial = one_at_a_time();
    let cleaner = unclutter::Cleaner::builder().build().unwrap();
    let small = "Home\nNews\nShare\n12 Comments\nBy Jane Doe\n".repeat(200);
    assert_linear("short lines", &small, &small.repeat(100), |input| {
        cleaner.clean_text(input).unwrap();
    });
}

#[test]
fn html_one_long_page() {
    let _serial = one_at_a_time();
    let cleaner = unclutter::Cleaner::builder().build().unwrap();
    let paragraphs: String = SAMPLE.lines().filter(|l| !l.trim().is_empty()).map(|l| format!("<p>{l}</p>")).collect();
    let page = |times: usize| {
        format!(
            "<html><body><nav><a href=/>Home</a></nav><article>{}</article></body></html>",
            paragraphs.repeat(times)
        )
    };
    assert_linear("html", &page(2), &page(200), |input| {
        cleaner.clean_html(input).unwrap();
    });
}

#[test]
fn html_deep_and_unclosed_markup() {
    let _serial = one_at_a_time();
    let cleaner = unclutter::Cleaner::builder().build().unwrap();
    let page = |times: usize| format!("<html><body>{}<p>text</p></body></html>", "<div><span><b>".repeat(times));
    assert_linear("deep html", &page(1_000), &page(100_000), |input| {
        cleaner.clean_html(input).unwrap();
    });
}

/// A first line as long as the rest of the page (no `<title>` at all), then many short
/// lines: each line of four words or more was once searched for in the first line, so
/// the cost grew with their product (13 MB took 19 s).
#[test]
fn text_a_long_first_line_before_many_lines() {
    let _serial = one_at_a_time();
    let cleaner = unclutter::Cleaner::builder().build().unwrap();
    let page =
        |times: usize| format!("{}\n{}", "word ".repeat(400 * times), "alpha beta gamma delta\n".repeat(100 * times));
    assert_linear("long first line", &page(1), &page(100), |input| {
        cleaner.clean_text(input).unwrap();
    });
}

/// A name made of letters only, different for each `i`: "Ba", "Ca", …
fn name(i: usize) -> String {
    let mut name = String::from(char::from(b'A' + (i % 26) as u8));
    let mut rest = i / 26;
    loop {
        name.push(char::from(b'a' + (rest % 26) as u8));
        rest /= 26;
        if rest == 0 {
            return name;
        }
    }
}

/// Many bylines and author links, each naming someone new: each name was once checked
/// against every name found before it.
#[test]
fn many_bylines_and_author_links() {
    let _serial = one_at_a_time();
    let cleaner = unclutter::Cleaner::builder().build().unwrap();
    let text =
        |times: usize| (0..200 * times).map(|i| format!("By Jane{} Doe{}\n", name(i), name(i + 3))).collect::<String>();
    assert_linear("bylines", &text(1), &text(100), |input| {
        cleaner.clean_text(input).unwrap();
    });
    let html = |times: usize| {
        let links: String =
            (0..200 * times).map(|i| format!("<a rel=author href=/a>Jane{} Doe</a> ", name(i))).collect();
        format!("<html><body><article><p>{}</p><p>{links}</p></article></body></html>", SAMPLE)
    };
    assert_linear("author links", &html(1), &html(100), |input| {
        cleaner.clean_html(input).unwrap();
    });
}
