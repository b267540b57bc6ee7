//! The crafted HTML shapes of issue 14 (`tools/hostile_html.py`): markup that the
//! pre-scan once popped but html5ever kept open (table tags in `<body>`, `</form>`,
//! `<select>`, `<noscript>`), stray end tags around formatting elements, a hundred
//! thousand attributes, long and many distinct tag names. Each takes at most
//! [`MAX_RATIO`] times the CPU time of an ordinary page of the same size (the sample
//! article's paragraphs inside an `<article>`). Before the pre-scan followed html5ever's
//! tree builder, time grew about 100 times per 10 times of input: at a tenth of the
//! issue's size, `div-tr` took 180 times the ordinary page and `formatting` 1,461
//! times (see [`DIVISOR`]).
//! `tests/crafted_html_memory.rs` holds the memory side.

#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests stop at the first broken promise.

mod common;

use common::{fastest, holds, html_shapes, one_at_a_time, ordinary_html};

/// The most CPU time a crafted shape may take, as a multiple of an ordinary page of the
/// same size: the bound, far under the blow-up it catches (hundreds of times).
const MAX_RATIO: f64 = 10.0;

/// The bound for the `formatting` shape: 20,000 paragraphs of one letter, 4 bytes each
/// (`<p>x`), 25 times an ordinary page's paragraphs for the size, measured 6.5x to 8.2x
/// at a tenth of the size and 10.2x to 10.5x at its size, about what its
/// paragraphs cost without the formatting. Before the pre-scan's budget of reopened
/// formatting elements (`BYTES_PER_REOPENED` in `src/html/prescan.rs`) the parser
/// reopened 8 formatting elements in every paragraph: 48 times; over 1,000 before the
/// formatting bound.
const FORMATTING_MAX_RATIO: f64 = 20.0;

/// The counts of the shapes that nest (table tags, forms, selects, noscripts,
/// formatting elements) are the divided by this: about 100 KB a page, which
/// keeps the file well under a minute in the dev profile (the old pre-scan took minutes
/// at the size), while a tenth of the size still shows their quadratic blow-up
/// far over [`MAX_RATIO`]. `UNCLUTTER_CRAFTED_DIVISOR=1` runs them at the size.
const DIVISOR: usize = 10;

/// The shapes run at the size: their cost before the fix grew with the number
/// of attributes or names, which a tenth of the size leaves within [`MAX_RATIO`] (4 to
/// 6 times), and at this size they are quick.
const AT_FULL_SIZE: [&str; 4] = ["attributes", "long-names", "distinct-names", "prefix-names"];

/// The divisor for the shape called `name`.
fn divisor(name: &str) -> usize {
    if AT_FULL_SIZE.contains(&name) {
        return 1;
    }
    std::env::var("UNCLUTTER_CRAFTED_DIVISOR").ok().and_then(|d| d.parse().ok()).unwrap_or(DIVISOR)
}

/// The shapes to run: those named in `UNCLUTTER_CRAFTED_SHAPES` (comma-separated), or all.
fn wanted(name: &str) -> bool {
    std::env::var("UNCLUTTER_CRAFTED_SHAPES").map_or(true, |names| names.split(',').any(|n| n == name))
}

/// One test, the shapes one after another: no other timing runs beside them in this
/// process.
#[test]
fn crafted_shapes_take_at_most_ten_times_an_ordinary_page() {
    let _serial = one_at_a_time();
    let cleaner = unclutter::Cleaner::builder().build().unwrap();
    // Every shape is measured before the test fails: the message lists all that are over.
    let mut over = Vec::new();
    let names: Vec<&str> = html_shapes(1).iter().map(|s| s.name).filter(|name| wanted(name)).collect();
    for name in names {
        let shape = html_shapes(divisor(name)).into_iter().find(|s| s.name == name).unwrap();
        let page = shape.page();
        let article = cleaner.clean_html(&page).unwrap_or_else(|e| panic!("{name}: {e}"));
        if let Some(text) = shape.text {
            assert!(holds(&article, text), "{name}: {text:?} is in neither the body nor the ledger");
        }
        let ordinary = ordinary_html(page.len());
        // Pages of a few milliseconds are measured more often: one slow run of the
        // ordinary page on a busy machine would make any shape look slow.
        let runs = if page.len() < 1 << 20 { 7 } else { 3 };
        let reference = fastest(runs, || {
            cleaner.clean_html(&ordinary).unwrap();
        });
        let time = fastest(runs, || {
            cleaner.clean_html(&page).unwrap();
        });
        let ratio = time.as_secs_f64() / reference.as_secs_f64().max(1e-6);
        let report =
            format!("{name} ({} KB): {ratio:.1}x an ordinary page ({time:.2?} vs {reference:.2?})", page.len() / 1000);
        eprintln!("{report}");
        let bound = if name == "formatting" { FORMATTING_MAX_RATIO } else { MAX_RATIO };
        if ratio > bound {
            over.push(format!("{report}, over {bound}x"));
        }
    }
    assert!(over.is_empty(), "{}", over.join("\n"));
}
