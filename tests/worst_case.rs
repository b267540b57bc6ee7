//! The slowest inputs per byte that fuzzing found (kept in `tests/data/hostile/fuzz/`)
//! finish within 10 times the time of an ordinary page of the same size. The ratio is
//! generous on purpose: it catches a super-linear path, not a slow machine.

#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests stop at the first broken promise.

mod common;

use common::fastest;

const MAX_RATIO: f64 = 10.0;
const SAMPLE: &str = include_str!("data/golden/fox-sessions/input.txt");

/// How many times longer `subject` takes than `reference`, each at its fastest of
/// `runs`, and the two times for a failure message.
fn time_ratio(runs: usize, subject: impl FnMut(), reference: impl FnMut()) -> (f64, String) {
    let (subject, reference) = (fastest(runs, subject), fastest(runs, reference));
    (subject.as_secs_f64() / reference.as_secs_f64(), format!("{subject:?} vs {reference:?}"))
}

/// Cleaning `page` takes at most [`MAX_RATIO`] times an ordinary page of its size.
fn assert_like_an_ordinary_page(name: &str, page: &str) {
    let cleaner = unclutter::Cleaner::builder().build().unwrap();
    let ordinary = ordinary_page(page.len());
    let (ratio, times) = time_ratio(
        3,
        || {
            cleaner.clean_html(page).unwrap();
        },
        || {
            cleaner.clean_html(&ordinary).unwrap();
        },
    );
    assert!(ratio <= MAX_RATIO, "{name}: {ratio:.1}x an ordinary page ({times})");
}

/// An ordinary article page of at least `len` bytes.
fn ordinary_page(len: usize) -> String {
    let paragraphs: String = SAMPLE.lines().filter(|l| !l.trim().is_empty()).map(|l| format!("<p>{l}</p>\n")).collect();
    let mut page = String::from("<html><head><title>News</title></head><body><nav><a href=/>Home</a></nav><article>");
    while page.len() < len {
        page.push_str(&paragraphs);
    }
    page.push_str("</article></body></html>");
    page
}

#[test]
fn the_worst_inputs_found_by_fuzzing_stay_within_ten_times_an_ordinary_page() {
    let cleaner = unclutter::Cleaner::builder().build().unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/hostile/fuzz");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        // Compare with an ordinary page of the same size, and never below 20 KB so that
        // fixed costs do not dominate either side.
        let size = bytes.len().max(20_000);
        let worst = bytes.repeat(size.div_ceil(bytes.len()));
        let ordinary = ordinary_page(worst.len());
        let (ratio, times) = time_ratio(
            7,
            || {
                let _ = cleaner.clean_bytes(&worst);
            },
            || {
                cleaner.clean_bytes(ordinary.as_bytes()).unwrap();
            },
        );
        assert!(ratio <= MAX_RATIO, "{ratio:.1}x an ordinary page ({times})");
        checked += 1;
    }
    assert!(checked >= 3);
}

/// Formatting elements left open are cloned by the parser into every later paragraph
/// (the HTML standard's "reconstruct the active formatting elements"): 400 of them
/// before 3,000 one-word paragraphs made over a million elements. The pre-scan bounds
/// how many stay open, so the page costs about what its paragraphs alone cost.
#[test]
fn unclosed_formatting_is_not_cloned_into_every_paragraph() {
    let cleaner = unclutter::Cleaner::builder().build().unwrap();
    let paragraphs = "<p>x".repeat(3_000);
    let bold: String = (0..400).map(|i| format!("<b class=c{i}>")).collect();
    let hostile = format!("<html><body><p>{bold}{paragraphs}");
    let plain = format!("<html><body><p>{paragraphs}");
    let (ratio, times) = time_ratio(
        3,
        || {
            cleaner.clean_html(&hostile).unwrap();
        },
        || {
            cleaner.clean_html(&plain).unwrap();
        },
    );
    assert!(ratio <= MAX_RATIO, "{ratio:.1}x the paragraphs alone ({times})");
}

/// Markup where a careless pre-scan thinks elements closed that the parser keeps open,
/// so that the page nests past the depth limit behind its back (each took 30 s at
/// 100,000 repeats before the pre-scan followed the standard there). Each page must
/// cost at most 10x an ordinary page of its size.
#[test]
fn markup_that_hides_nesting_from_the_depth_limit_does_not() {
    const N: usize = 20_000;
    let shapes: [(&str, String); 12] = [
        ("a comment closed at once", format!("<body><!-->{}text", "<div>".repeat(N))),
        ("a comment closed by --!>", format!("<body><!-- a --!>{}text", "<div>".repeat(N))),
        ("a quote after a second =", format!("<body><div a==\">{}text\"", "<div>".repeat(N))),
        ("a quote after a bare =", format!("<body><div =\">{}text\"", "<div>".repeat(N))),
        ("self-closing HTML elements", format!("<body>{}text", "<div/>".repeat(N))),
        ("an end tag behind a special element", format!("<body>{}text", "<span><div></span>".repeat(N))),
        ("an end tag behind a scope boundary", format!("<body>{}text", "<div><object></div>".repeat(N))),
        ("list items inside lists", format!("<body>{}text", "<li><ul>".repeat(N))),
        ("end tags of html", format!("<body>{}text", "<div></html>".repeat(N))),
        (
            "a script whose escapes hide its first end tag",
            format!("<body>{}text", "<div><script><!--<script></script></div></script>-->".repeat(N / 4)),
        ),
        ("SVG title, raw text to HTML only", format!("<body><svg><title>{}text", "<div>".repeat(N))),
        ("self-closing after leaving SVG", format!("<body><svg><p>{}text", "<path/>".repeat(N))),
    ];
    for (name, page) in shapes {
        assert_like_an_ordinary_page(name, &page);
    }
}

/// Author elements (`itemprop="author"`, `rel="author"`, `class="author"`) nested
/// hundreds deep around the article: each one's text was read in full for a name, so
/// the page cost its length times the depth (5 MB took 10 s). Names are short: the text
/// read for one is now bounded.
#[test]
fn author_elements_nested_around_the_article_are_read_only_as_far_as_a_name() {
    let ordinary = ordinary_page(400_000);
    let article = &ordinary[ordinary.find("<article>").unwrap()..];
    for open in ["<span itemprop=author>", "<a rel=author href=/a>", "<div class=author-name>"] {
        assert_like_an_ordinary_page(open, &format!("<html><body>{}{article}", open.repeat(400)));
    }
}

/// Tens of thousands of siblings with different tag names (custom elements): each
/// child's `:nth-of-type` position was found by searching the names seen so far, so the
/// page cost the square of its children (60,000 took 4.8 s).
#[test]
fn siblings_with_many_different_names_are_counted_in_linear_time() {
    let siblings: String = (0..30_000).map(|i| format!("<t{i}>word {i}</t{i}>")).collect();
    assert_like_an_ordinary_page("siblings", &format!("<html><body><div>{siblings}</div></body></html>"));
}
