//! What an element's class, id and role say about it.
//!
//! Page templates name their containers: `class="article-body"`, `id="comments"`,
//! `class="sidebar-widget"`. The words are matched as parts of the names (split at
//! `-`, `_`, spaces and case changes would be too strict: `articleBody`, `post_content`),
//! in every language of [`crate::lang`].

use std::sync::LazyLock;

use regex::Regex;

use crate::lang::{self, LanguageData};

/// The weight of a clear hint, positive or negative (Readability uses the same scale).
const WEIGHT: i16 = 25;

/// Parts of names of containers that hold an article's text, in no one language:
/// microformats' names for a post.
const SHARED_CONTENT: &[&str] = &["hentry", "h-entry"];

/// Parts of names of containers that hold boilerplate, in no one language: widget
/// vendors and Readability's legacy `combx`.
const SHARED_BOILERPLATE: &[&str] = &["combx", "disqus", "outbrain", "taboola"];

/// Parts of names of comment threads, in no one language: comment services.
const SHARED_COMMENTS: &[&str] = &["disqus"];

/// Names of containers that hold an article's text.
static POSITIVE: LazyLock<Regex> = LazyLock::new(|| words(|data| data.content_class_words, SHARED_CONTENT));

/// Names of containers that hold boilerplate.
static NEGATIVE: LazyLock<Regex> = LazyLock::new(|| words(|data| data.boilerplate_class_words, SHARED_BOILERPLATE));

/// Words in a negative name that do not make it boilerplate: `main-nav` is navigation,
/// but `article-body` or `post-content` next to `comment` in a long class list is not.
static OVERRIDE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)articlebody|article-body|article__body|post-content|entry-content"));

#[allow(clippy::expect_used)] // Constant patterns, compiled by the tests below.
fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a hint pattern compiles")
}

/// One pattern of every language's fragments of a list, and the shared ones: a name
/// matches when it holds one of them, case aside.
fn words(list: impl Fn(&'static LanguageData) -> &'static [&'static str], shared: &[&'static str]) -> Regex {
    let mut fragments = lang::union(list);
    for fragment in shared {
        if !fragments.contains(fragment) {
            fragments.push(fragment);
        }
    }
    compile(&format!("(?i){}", fragments.join("|")))
}

/// Names of containers that are never the article's, whatever text they hold: comment
/// threads. (Sidebars, menus and share bars are named too loosely to be sure: sticky-
/// sidebar plugins wrap the article column in a `theiaStickySidebar`; the class hints
/// weigh those instead.)
static ZONE: LazyLock<Regex> = LazyLock::new(|| words(|data| data.comment_class_words, SHARED_COMMENTS));

/// Names that keep a container a candidate even when it also matches [`ZONE`].
static MAYBE_CONTENT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)article|body|content|main|post|entry|story|text|column"));

/// Elements that are never a comment thread, whatever their names say.
pub(crate) fn never_zone(name: &str) -> bool {
    matches!(name, "html" | "body" | "article" | "main")
}

/// Whether a class and id name a comment thread: text inside an element so named (and
/// not [`never_zone`]) does not vote for the article's container. Apart from the
/// element's name, so that the answer can be kept per pair of names.
pub(crate) fn names_zone(class: &str, id: &str) -> bool {
    [class, id]
        .into_iter()
        .filter(|v| !v.is_empty() && v.len() <= 400)
        .any(|v| ZONE.is_match(v) && !MAYBE_CONTENT.is_match(v))
}

/// The hint of an element: +25 when its class or id names content, -25 when it names
/// boilerplate (both can apply and cancel out).
pub(crate) fn weight(class: &str, id: &str) -> i16 {
    let mut weight = 0;
    for value in [class, id] {
        if value.is_empty() || value.len() > 400 {
            continue;
        }
        if OVERRIDE.is_match(value) {
            weight += WEIGHT;
            continue;
        }
        if NEGATIVE.is_match(value) {
            weight -= WEIGHT;
        }
        if POSITIVE.is_match(value) {
            weight += WEIGHT;
        }
    }
    weight
}

/// `<article>`, `<main>`, `role="main"`, or schema.org's `itemprop="articleBody"`.
pub(crate) fn is_semantic_content(name: &str, role: Option<&str>, itemprop: Option<&str>) -> bool {
    matches!(name, "article" | "main")
        || role == Some("main")
        || itemprop.is_some_and(|p| p.eq_ignore_ascii_case("articleBody") || p == "text")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weight_of(html: &str) -> i16 {
        let doc = scraper::Html::parse_fragment(html);
        let el = doc.tree.nodes().find_map(|n| n.value().as_element().filter(|e| e.name() == "div").cloned());
        let el = el.expect("a div");
        weight(el.attr("class").unwrap_or(""), el.attr("id").unwrap_or(""))
    }

    #[test]
    fn the_patterns_compile() {
        for regex in [&POSITIVE, &NEGATIVE, &OVERRIDE, &ZONE, &MAYBE_CONTENT] {
            assert!(!regex.as_str().is_empty());
        }
        assert!(names_zone("kommentar-liste", ""));
        assert!(names_zone("", "disqus_thread"));
    }

    #[test]
    fn names_say_content_or_boilerplate() {
        assert_eq!(weight_of(r#"<div class="article-body">x</div>"#), 25);
        assert_eq!(weight_of(r#"<div id="comments">x</div>"#), -25);
        assert_eq!(weight_of(r#"<div class="sidebar widget">x</div>"#), -25);
        assert_eq!(weight_of(r#"<div class="post-content comments-open">x</div>"#), 25);
        assert_eq!(weight_of(r#"<div class="wrapper">x</div>"#), 0);
    }
}
