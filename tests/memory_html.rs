//! Peak memory of the HTML path on its worst shapes found so far. Thousands of tiny
//! pieces of page furniture nested hundreds of levels deep: each stripped piece carries
//! the CSS path of its element, so a path as deep as the page would cost kilobytes per
//! piece (a 2.6 MB page took 1.5 GB before paths were bounded to
//! `unclutter::MAX_PATH_STEPS` steps). And a JSON-LD block of megabytes. The budget
//! here is a generous multiple of html5ever's own peak on the same page: it catches a
//! blow-up, not a few megabytes.
//!
//! Measured as the process's peak resident memory (Linux `VmHWM`, reset through
//! `/proc/self/clear_refs`), so this file holds one test only: each file under `tests/`
//! is a process of its own.

#![cfg(target_os = "linux")]
#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests stop at the first broken promise.

mod common;

use common::peak_above;

const MAX_RATIO: usize = 8;

/// Cleaning `page` peaks within [`MAX_RATIO`] times html5ever's own peak on it.
fn assert_within_the_parse(name: &str, page: &str, check: impl FnOnce(unclutter::Article)) {
    assert_within_the_parse_with(unclutter::Cleaner::builder().build().unwrap(), name, page, check);
}

fn assert_within_the_parse_with(
    cleaner: unclutter::Cleaner,
    name: &str,
    page: &str,
    check: impl FnOnce(unclutter::Article),
) {
    let parse = peak_above(|| drop(scraper::Html::parse_document(page)));
    let mut article = None;
    let clean = peak_above(|| article = Some(cleaner.clean_html(page).unwrap()));
    check(article.unwrap());
    assert!(
        clean <= MAX_RATIO * parse.max(1 << 20),
        "{name}: cleaning peaked at {} MB above the input, the parse alone at {} MB",
        clean / 1_000_000,
        parse / 1_000_000
    );
}

#[test]
fn deep_furniture_and_huge_linked_data_stay_within_a_multiple_of_the_parse() {
    let links: String = (0..60_000).map(|i| format!("<p><a href=/x>link number {i} here</a></p>")).collect();
    // The article beside the menu: a page of links alone would be a listing, whose links
    // are its content.
    let article =
        "<p>The council met on Tuesday to decide the fate of the old bridge over the river, and voted to keep it.</p>";
    let page = format!(
        "<html><body><article>{}</article><nav>{}{links}</nav></body></html>",
        article.repeat(3),
        "<div>".repeat(500)
    );
    assert_within_the_parse("deep links", &page, |article| {
        // (Past the parser's walk budget the paragraphs 500 deep go and their links run
        // together: fewer pieces, every link's text in them.)
        let stripped: usize = article.metadata.stripped.iter().map(|s| s.text.matches("link number").count()).sum();
        assert_eq!(stripped, 60_000, "every link is stripped");
    });
    // A JSON-LD block of over 20 MB (a catalogue, not an article's metadata): parsed into a
    // JSON tree it took 12 times its size (294 MB for 24 MB); it is now left unread.
    let authors: String = (0..300_000)
        .map(|i| format!(r#"{{"@type":"Person","name":"Jane {i}","url":"https://example.com/{i}"}},"#))
        .collect();
    let page = format!(
        r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","author":[{}{{}}]}}</script></head><body><p>The council met on Tuesday to decide the fate of the old bridge over the river.</p></body></html>"#,
        authors
    );
    assert!(page.len() > 20_000_000, "{} bytes", page.len());
    assert_within_the_parse("huge linked data", &page, |article| {
        assert!(article.body.starts_with("The council met"));
    });
}

/// With links and images kept, a link with the longest target kept around thousands of
/// blocks, and a hundred thousand images, stay within the same multiple.
#[test]
fn links_and_images_kept_stay_within_a_multiple_of_the_parse() {
    let cleaner = unclutter::Cleaner::builder().links(true).images(true).build().unwrap();
    let paragraphs: String = (0..20_000)
        .map(|i| format!("<p>Paragraph {i}: the council met on Tuesday to decide the fate of the old bridge.</p>"))
        .collect();
    let page = format!(
        "<html><body><article><a href=\"/{}\">{paragraphs}</a>{}</article></body></html>",
        "x".repeat(8_000),
        "<p>The river rose three feet overnight, and the town met at dawn. <img src=/i.png alt=photo></p>"
            .repeat(50_000)
    );
    assert_within_the_parse_with(cleaner, "a long link around many blocks", &page, |article| {
        assert!(!article.body.is_empty());
    });
}
