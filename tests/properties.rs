//! Properties over generated and real inputs: nothing lost, spans true, no panics,
//! the same output for the same input.

#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests and tools may stop at the first broken promise.

use proptest::prelude::*;

/// Lines a scraper leaves: prose, prompts, bylines, dates, junk, odd white space.
fn scraped_line() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Z][a-z]{2,9}( [a-z]{1,9}){8,30}\\.",
        Just("Leave a Reply".to_owned()),
        Just("Shop By Category".to_owned()),
        Just("By Jane Doe | Reuters".to_owned()),
        Just("Nov. 19, 2019 8:03 am ET".to_owned()),
        Just("Jane Roe contributed to this report.".to_owned()),
        Just("Advertisement".to_owned()),
        "[ \t\u{a0}]{0,3}[A-Za-z]{1,12}( [A-Za-z]{1,12}){0,4}[ \t]{0,2}",
        "\\PC{0,80}",
        Just(String::new()),
    ]
}

fn scraped_page() -> impl Strategy<Value = String> {
    (prop::collection::vec(scraped_line(), 0..40), prop::sample::select(vec!["\n", "\n\n", "\r\n"]))
        .prop_map(|(lines, sep)| lines.join(sep))
}

/// Every non-blank line lands in exactly one place, and every span points at its text.
fn check_accounting(input: &str) -> Result<(), TestCaseError> {
    let article = match unclutter::clean_article(input) {
        Ok(article) => article,
        Err(unclutter::Error::Empty) => {
            prop_assert!(input.trim().is_empty(), "only blank input is empty");
            return Ok(());
        }
        Err(unclutter::Error::Binary) => {
            // Binary means: over a tenth of the first KiB is control bytes.
            let head = &input.as_bytes()[..input.len().min(1024)];
            let controls = head.iter().filter(|&&b| b < 0x20 && !b"\t\n\r\x0c\x1b".contains(&b)).count();
            prop_assert!(controls * 10 > head.len(), "only control-heavy input is binary");
            return Ok(());
        }
        Err(other) => return Err(TestCaseError::fail(format!("unexpected error {other}"))),
    };
    // Lines end at `\n`, `\r\n` or a lone `\r`.
    let non_blank = |text: &'_ str| -> Vec<String> {
        text.split(['\n', '\r']).map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
    };
    let lines = non_blank(input);
    let body: Vec<&str> = if article.body.is_empty() { Vec::new() } else { article.body.split("\n\n").collect() };
    let stripped = &article.metadata.stripped;
    // The body paragraphs and the lines of the stripped pieces are exactly the input's
    // lines: a piece holds one line or a run of them.
    let mut expected = lines.clone();
    expected.sort_unstable();
    let mut found: Vec<String> = body.iter().map(|&p| p.to_owned()).collect();
    found.extend(stripped.iter().flat_map(|s| non_blank(&s.text)));
    found.sort_unstable();
    prop_assert_eq!(found, expected);
    prop_assert!(stripped.windows(2).all(|w| w[0].span < w[1].span), "stripped pieces are in input order");
    for piece in stripped {
        let span = piece.span.expect("text input gives spans");
        prop_assert_eq!(&input[span.range()], piece.text.as_str());
        prop_assert_eq!(piece.text.trim(), piece.text.as_str(), "a piece starts and ends with a line's text");
    }
    // Runs are whole: two pieces in a row with no body between them differ in kind or reason.
    for pair in stripped.windows(2) {
        let same = pair[0].kind == pair[1].kind && pair[0].reason == pair[1].reason;
        prop_assert!(
            !(same && pair[0].body_index == pair[1].body_index),
            "{:?} and {:?} are one run",
            pair[0],
            pair[1]
        );
    }
    if let Some(title) = &article.title {
        prop_assert!(stripped.iter().any(|s| s.kind == unclutter::Kind::Title && &s.text == title));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn nothing_is_lost_and_spans_are_true(input in scraped_page()) {
        check_accounting(&input)?;
    }

    #[test]
    fn any_string_is_handled(input in "\\PC*|[\\x00-\\x7f\u{80}-\u{10ffff}]{0,300}") {
        check_accounting(&input)?;
    }

    #[test]
    fn same_input_same_output(input in scraped_page()) {
        prop_assert_eq!(unclutter::clean_article(&input), unclutter::clean_article(&input));
    }

    #[test]
    fn cleaning_a_clean_body_keeps_its_prose(
        prose in prop::collection::vec(PROSE, 1..12),
        junk in prop::collection::vec(scraped_line(), 0..10),
    ) {
        // A body that is all prose paragraphs survives a second cleaning whole. (Short
        // lines that were body only thanks to their neighbours may go; prose may not.)
        let mut lines = junk;
        lines.splice(lines.len() / 2..lines.len() / 2, prose.iter().cloned());
        let first = unclutter::clean_article(&lines.join("\n")).expect("has text");
        let prose_body: Vec<&str> = first.body.split("\n\n").filter(|p| prose.iter().any(|q| q == p)).collect();
        prop_assume!(!prose_body.is_empty());
        let again = prose_body.join("\n\n");
        let second = unclutter::clean_article(&again).expect("has text");
        prop_assert_eq!(second.body, again);
    }
}

/// A sentence of English-like prose: capitalised, rich in function words, with a full stop.
const PROSE: &str = "[A-Z][a-z]{2,9}( (the|of|and|to|in|was|for|that|with|on) [a-z]{3,9}){6,20}\\.";

#[test]
fn the_golden_inputs_hold_the_properties() {
    check_accounting(include_str!("data/golden/fox-sessions/input.txt")).expect("accounted for");
}

/// A page of random markup: nested and unclosed tags of every kind around words.
fn html_page() -> impl Strategy<Value = String> {
    let tag = prop::sample::select(vec![
        "div",
        "p",
        "span",
        "a href=\"/x\"",
        "article",
        "main",
        "nav",
        "footer",
        "aside",
        "ul",
        "li",
        "table",
        "tr",
        "td",
        "h1",
        "h2",
        "pre",
        "figure",
        "figcaption",
        "script",
        "style",
        "noscript",
        "b",
        "section",
        "div class=\"comments\"",
        "div class=\"article-body\"",
        "div hidden",
        "br",
    ]);
    let piece = prop_oneof![
        tag.clone().prop_map(|t| format!("<{t}>")),
        tag.prop_map(|t| format!("</{}>", t.split(' ').next().unwrap())),
        "[A-Za-z]{1,10}( [a-z]{1,10}){0,30}[.,]?",
        Just(PROSE_SENTENCE.to_owned()),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|parts| format!("<html><body>{}</body></html>", parts.join("")))
}

/// The letters and digits of a page outside its tags and outside elements that are never
/// text (`<script>`, `<style>`, and `<noscript>` unless `noscript` is read).
fn page_text(page: &str, noscript: bool) -> String {
    let mut text = String::new();
    let mut rest = page;
    while let Some(lt) = rest.find('<') {
        text.extend(rest[..lt].chars().filter(|c| c.is_alphanumeric()));
        let tag_end = rest[lt..].find('>').map_or(rest.len(), |i| lt + i + 1);
        let name: String = rest[lt + 1..tag_end].chars().take_while(|c| c.is_alphanumeric()).collect();
        rest = &rest[tag_end..];
        let skipped = matches!(name.as_str(), "script" | "style") || name == "noscript" && !noscript;
        if skipped {
            let close = format!("</{name}");
            rest = rest.find(&close).map_or("", |i| &rest[i..]);
        }
    }
    text.extend(rest.chars().filter(|c| c.is_alphanumeric()));
    text
}

/// The letters and digits of the page's text as html5ever's tree holds it, in tree order
/// (outside `<script>` and `<style>`): the parser moves text, as a browser does (text
/// inside a `<table>` but outside its cells goes before the table), so words may join
/// there that do not stand together in the markup.
fn tree_text(page: &str) -> String {
    let doc = scraper::Html::parse_document(page);
    let mut text = String::new();
    for node in doc.tree.root().descendants() {
        let Some(chunk) = node.value().as_text() else { continue };
        let in_code =
            node.ancestors().any(|a| a.value().as_element().is_some_and(|e| matches!(e.name(), "script" | "style")));
        if !in_code {
            text.extend(chunk.chars().filter(|c| c.is_alphanumeric()));
        }
    }
    text
}

const PROSE_SENTENCE: &str =
    "The council met on Tuesday and voted to repair the old bridge over the river before the winter.";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// HTML: no panic, the same output twice, and the body holds only text of the page:
    /// each of its words is in the page's text with the tags taken out (inline tags
    /// join words, "A</span>A" reads "AA", as in a browser), or in the text of the
    /// parser's tree (which moves text out of tables), and no markup leaks in.
    #[test]
    fn html_bodies_come_from_the_page(page in html_page()) {
        let first = unclutter::clean_article(&page);
        prop_assert_eq!(&first, &unclutter::clean_article(&page));
        let Ok(article) = first else { return Ok(()) };
        // `<noscript>` is read or not depending on the page, so either text may be it.
        let (with, without, tree) = (page_text(&page, true), page_text(&page, false), tree_text(&page));
        for word in article.body.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            prop_assert!(
                with.contains(word) || without.contains(word) || tree.contains(word),
                "{word:?} is not in the page's text"
            );
        }
        prop_assert!(!article.body.contains('<'), "no markup in the body");
    }

    /// Any bytes through `clean_bytes`: a result or a clear error, never a panic.
    #[test]
    fn any_bytes_are_handled(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let cleaner = unclutter::Cleaner::builder().build().unwrap();
        match cleaner.clean_bytes(&bytes) {
            Ok(_) | Err(unclutter::Error::Empty | unclutter::Error::Binary) => {}
            Err(other) => prop_assert!(false, "unexpected error {other}"),
        }
    }
}
