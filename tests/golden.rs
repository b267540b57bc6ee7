//! Golden articles: real scraped inputs with their expected body and metadata.

#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests and tools may stop at the first broken promise.

use unclutter::{Article, Kind};

const FOX_INPUT: &str = include_str!("data/golden/fox-sessions/input.txt");
const FOX_BODY: &str = include_str!("data/golden/fox-sessions/body.txt");

fn stripped_of(article: &Article, text: &str) -> Option<(Kind, usize, usize)> {
    article.metadata.stripped.iter().find(|s| s.text == text).and_then(|s| s.span.map(|sp| (s.kind, sp.start, sp.end)))
}

#[test]
fn fox_sample_title_body_contributor_and_widgets() {
    let article = unclutter::clean_article(FOX_INPUT).expect("the sample cleans");
    let first_line = FOX_INPUT.lines().next().expect("a first line");
    assert_eq!(article.title.as_deref(), Some(first_line));

    assert_eq!(article.body, FOX_BODY.trim_end());
    let paragraphs: Vec<&str> = article.body.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 28);
    assert!(paragraphs[0].starts_with("Former Attorney General Jeff Sessions is fighting"));
    assert!(paragraphs[27].ends_with("flipping a Democratic-held seat."));

    assert_eq!(article.metadata.contributors, ["Fox News’ Paul Steinhauser contributed to this report."]);
    for (text, kind) in [
        ("Leave a Reply", Kind::Comments),
        ("Your compare list", Kind::Shop),
        ("Shop By Category", Kind::Shop),
        ("Fox News’ Paul Steinhauser contributed to this report.", Kind::Credit),
    ] {
        let (found, start, end) = stripped_of(&article, text).unwrap_or_else(|| panic!("{text:?} is not stripped"));
        assert_eq!(found, kind, "{text:?}");
        assert_eq!(&FOX_INPUT[start..end], text, "the span of {text:?}");
    }
}

#[test]
fn fox_sample_loses_nothing() {
    let article = unclutter::clean_article(FOX_INPUT).expect("the sample cleans");
    let body: Vec<&str> = article.body.split("\n\n").collect();
    let stripped: Vec<&str> = article.metadata.stripped.iter().map(|s| s.text.as_str()).collect();
    let lines: Vec<&str> = FOX_INPUT.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    assert_eq!(body.len() + stripped.len(), lines.len());
    for line in lines {
        assert!(body.contains(&line) ^ stripped.contains(&line), "{line:?} must be in exactly one place");
    }
}
