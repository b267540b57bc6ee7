//! Peak memory of the HTML path on its worst shape found so far: thousands of tiny
//! pieces of page furniture nested hundreds of levels deep. Each stripped piece carries
//! the CSS path of its element, so a path as deep as the page would cost kilobytes per
//! piece (a 2.6 MB page took 1.5 GB before paths were bounded to
//! `unclutter::MAX_PATH_STEPS` steps). The budget here is a generous multiple of
//! html5ever's own peak on the same page: it catches a blow-up, not a few megabytes.
//!
//! Measured as the process's peak resident memory (Linux `VmHWM`, reset through
//! `/proc/self/clear_refs`), so this file holds one test only: each file under `tests/`
//! is a process of its own.

#![cfg(target_os = "linux")]
#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests stop at the first broken promise.

/// A field of `/proc/self/status`, in bytes.
fn status_bytes(field: &str) -> usize {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with(field)).unwrap();
    let kib: usize = line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).unwrap();
    kib * 1024
}

/// The peak resident memory above the current one while `work` runs.
fn peak_above(work: impl FnOnce()) -> usize {
    // "5" resets the peak to the current resident size (Linux 4.0 and later).
    std::fs::write("/proc/self/clear_refs", "5").unwrap();
    let before = status_bytes("VmRSS:");
    work();
    status_bytes("VmHWM:").saturating_sub(before)
}

const MAX_RATIO: usize = 8;

#[test]
fn deeply_nested_furniture_stays_within_a_multiple_of_the_parse() {
    let links: String = (0..60_000).map(|i| format!("<p><a href=/x>link number {i} here</a></p>")).collect();
    let page = format!("<html><body>{}{links}</body></html>", "<div>".repeat(500));
    let cleaner = unclutter::Cleaner::builder().build().unwrap();
    let parse = peak_above(|| drop(scraper::Html::parse_document(&page)));
    let mut stripped = 0;
    let clean = peak_above(|| stripped = cleaner.clean_html(&page).unwrap().metadata.stripped.len());
    assert!(stripped >= 60_000, "every link is stripped: {stripped}");
    assert!(
        clean <= MAX_RATIO * parse,
        "cleaning peaked at {} MB above the input, the parse alone at {} MB",
        clean / 1_000_000,
        parse / 1_000_000
    );
}
