//! What a page says about itself: title, authors, date, site, language, canonical URL.
//!
//! Sources, strongest first for each field:
//! - title: the page's single `<h1>` (the headline a reader sees), `og:title` /
//!   `twitter:title`, JSON-LD `headline`, then `<title>` with the site name cut off;
//! - authors: JSON-LD `author`, `<meta name="author">` / `article:author`,
//!   `itemprop="author"`, `rel="author"` links, elements whose class names the author
//!   (`class="author-name"`); the visible byline read by the classifier when these are
//!   all missing;
//! - published: `article:published_time` and kin, JSON-LD `datePublished`,
//!   `itemprop="datePublished"`, `<time datetime>` (then the visible dateline);
//! - site name: `og:site_name`, JSON-LD `publisher.name`, `application-name`;
//! - language: `<html lang>`, then `og:locale` / `content-language`;
//! - canonical URL: `<link rel="canonical">`, then `og:url`.

use ego_tree::NodeRef;
use scraper::{Html, Node};
use serde_json::Value;

use crate::article::Published;
use crate::document::PageMeta;

/// JSON-LD `@type`s that describe the page's main article.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "ScholarlyArticle",
    "TechArticle",
    "Report",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "Review",
    "Recipe",
    "HowTo",
    "Product",
    "WebPage",
    "ItemPage",
    "QAPage",
];

/// `<meta>` names and properties that carry the publication date.
const DATE_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
];

/// Collected candidates, before the choice among them.
#[derive(Default)]
struct Found {
    og_title: Option<String>,
    title_tag: Option<String>,
    h1: Vec<String>,
    ld: LinkedData,
    meta_authors: Vec<String>,
    markup_authors: Vec<String>,
    class_authors: Vec<String>,
    meta_date: Option<String>,
    markup_date: Option<String>,
    site_name: Option<String>,
    lang: Option<String>,
    locale: Option<String>,
    canonical: Option<String>,
    og_url: Option<String>,
}

/// What JSON-LD says about the page's main entity.
#[derive(Default)]
pub(crate) struct LinkedData {
    pub headline: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub publisher: Option<String>,
}

/// Reads the page's metadata.
pub(crate) fn read(doc: &Html) -> PageMeta {
    let mut found = Found::default();
    for node in doc.tree.root().descendants() {
        let Node::Element(el) = node.value() else { continue };
        match el.name() {
            "html" => found.lang = non_empty(el.attr("lang").or_else(|| el.attr("xml:lang"))),
            "meta" => read_meta(el, &mut found),
            "link"
                if el
                    .attr("rel")
                    .is_some_and(|r| r.split_whitespace().any(|r| r.eq_ignore_ascii_case("canonical"))) =>
            {
                found.canonical = found.canonical.take().or_else(|| non_empty(el.attr("href")));
            }
            "title" if found.title_tag.is_none() => found.title_tag = non_empty(Some(&text_of(node))),
            "h1" if found.h1.len() < 3 => found.h1.extend(non_empty(Some(&text_of(node)))),
            "script" if el.attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) => {
                let json = text_up_to(node, MAX_LINKED_DATA);
                if json.len() <= MAX_LINKED_DATA {
                    read_linked_data(&json, &mut found.ld);
                }
            }
            "time" if found.markup_date.is_none() => found.markup_date = non_empty(el.attr("datetime")),
            _ => {}
        }
        // One pass over the attributes for the checks below; most elements have none of them.
        let (mut itemprop, mut rel, mut class) = (None, None, None);
        for (name, value) in el.attrs() {
            match name {
                "itemprop" => itemprop = Some(value),
                "rel" => rel = Some(value),
                "class" => class = Some(value),
                _ => {}
            }
        }
        if itemprop.is_none() && rel.is_none() && class.is_none() {
            continue;
        }
        if itemprop.is_some_and(|p| p.eq_ignore_ascii_case("author")) && el.name() != "meta" {
            let name = el.attr("content").map(str::to_owned).unwrap_or_else(|| text_up_to(node, MAX_NAME_TEXT));
            push_name(&mut found.markup_authors, &name);
        }
        if el.name() == "a" && rel.is_some_and(|r| r.split_whitespace().any(|r| r == "author")) {
            push_name(&mut found.markup_authors, &text_up_to(node, MAX_NAME_TEXT));
        }
        if found.class_authors.len() < 5 && class.is_some_and(is_author_class) {
            let text = text_up_to(node, MAX_NAME_TEXT);
            let name = text.trim_start_matches("By ").trim_start_matches("by ").trim();
            if (2..=5).contains(&name.split_whitespace().count()) && !name.contains(|c: char| c.is_ascii_digit()) {
                push_name(&mut found.class_authors, name);
            }
        }
        if itemprop.is_some_and(|p| p.eq_ignore_ascii_case("datePublished")) && found.meta_date.is_none() {
            found.meta_date = non_empty(el.attr("content").or_else(|| el.attr("datetime")));
        }
    }
    choose(found)
}

fn read_meta(el: &scraper::node::Element, found: &mut Found) {
    let Some(key) = el.attr("property").or_else(|| el.attr("name")).or_else(|| el.attr("itemprop")) else {
        if el.attr("http-equiv").is_some_and(|h| h.eq_ignore_ascii_case("content-language")) {
            found.locale = found.locale.take().or_else(|| non_empty(el.attr("content")));
        }
        return;
    };
    let key = key.trim().to_ascii_lowercase();
    let content = non_empty(el.attr("content"));
    let Some(content) = content else { return };
    match key.as_str() {
        "og:title" | "twitter:title" => {
            found.og_title.get_or_insert(content);
        }
        "og:site_name" | "application-name" => {
            found.site_name.get_or_insert(content);
        }
        "og:locale" => {
            found.locale.get_or_insert(content);
        }
        "og:url" => {
            found.og_url.get_or_insert(content);
        }
        "author" | "article:author" | "byl" | "dc.creator" | "parsely-author" | "sailthru.author"
            if !content.starts_with("http") =>
        {
            for name in split_names(&content) {
                push_name(&mut found.meta_authors, &name);
            }
        }
        key if DATE_META.contains(&key) => {
            found.meta_date.get_or_insert(content);
        }
        _ => {}
    }
}

/// Picks each field from its strongest source.
fn choose(found: Found) -> PageMeta {
    let Found {
        og_title, title_tag, h1, ld, meta_authors, markup_authors, class_authors, meta_date, markup_date, ..
    } = found;
    let site_name = found.site_name.or(ld.publisher);
    let single_h1 = (h1.len() == 1).then(|| h1[0].clone());
    let title = single_h1
        .or(og_title)
        .or(ld.headline)
        // `<title>` often carries two suffixes ("Headline | Section | Site"): it gets
        // one pass of its own before the pass every title gets.
        .or_else(|| title_tag.map(|t| without_site_name(&t, site_name.as_deref())))
        .map(|t| without_site_name(&t, site_name.as_deref()));
    let authors = [ld.authors, meta_authors, markup_authors, class_authors]
        .into_iter()
        .find(|names| !names.is_empty())
        .unwrap_or_default();
    let published = meta_date.or(ld.published).or(markup_date).map(|raw| {
        let found = crate::date::find(&raw);
        let (iso, datetime) = found.map_or((None, None), |found| (Some(found.iso), found.datetime));
        Published { raw, iso, datetime }
    });
    let language = found.lang.or(found.locale);
    let url = found.canonical.or(found.og_url);
    PageMeta { title, authors, published, site_name, language, url }
}

/// An element that its class names as the author's name: `class="author-name"`,
/// `class="byline__name"` (not the author's bio, avatar or links).
fn is_author_class(class: &str) -> bool {
    // Most elements have classes and few of them name an author: test before copying.
    let names = |word: &[u8]| super::prescan::contains_ignore_case(class.as_bytes(), word);
    if !names(b"author") && !names(b"byline") {
        return false;
    }
    let class = class.to_ascii_lowercase();
    (class.contains("author") || class.contains("byline"))
        && !["bio", "avatar", "image", "img", "photo", "box", "description", "social", "link", "wrapper", "info"]
            .iter()
            .any(|w| class.contains(w))
}

/// "Headline | Site", "Headline - Site", "Site: Headline" to "Headline": the part that is
/// not the site's name, or else the longest part.
fn without_site_name(title: &str, site_name: Option<&str>) -> String {
    const SEPARATORS: &[&str] = &[" | ", " - ", " — ", " – ", " · ", " :: ", " » ", " // "];
    for separator in SEPARATORS {
        if !title.contains(separator) {
            continue;
        }
        let parts: Vec<&str> = title.split(separator).map(str::trim).filter(|p| !p.is_empty()).collect();
        if let Some(site) = site_name {
            let rest: Vec<&str> = parts.iter().copied().filter(|p| !p.eq_ignore_ascii_case(site)).collect();
            if rest.len() < parts.len() && !rest.is_empty() {
                return rest.join(separator);
            }
        }
        // Without a known site name, only a short last part is taken for one.
        if let [head @ .., last] = parts.as_slice() {
            if !head.is_empty() && last.split_whitespace().count() <= 4 && head.join(separator).len() > last.len() {
                return head.join(separator);
            }
        }
    }
    title.trim().to_owned()
}

/// Reads one JSON-LD script into `ld`, keeping what earlier scripts said.
fn read_linked_data(script: &str, ld: &mut LinkedData) {
    let script = script.trim().trim_start_matches("<!--").trim_end_matches("-->").trim();
    let Ok(value) = serde_json::from_str::<Value>(script) else { return };
    // Breadth-first over the objects, so the page's own entity comes before the
    // entities it mentions. Depth is bounded by serde_json's recursion limit.
    let mut queue = std::collections::VecDeque::from([&value]);
    while let Some(value) = queue.pop_front() {
        match value {
            Value::Array(items) => queue.extend(items),
            Value::Object(map) => {
                if map.get("@type").is_some_and(is_article_type) {
                    take_entity(map, ld);
                }
                if let Some(graph) = map.get("@graph") {
                    queue.push_back(graph);
                }
                if let Some(main) = map.get("mainEntity").or_else(|| map.get("mainEntityOfPage")) {
                    queue.push_back(main);
                }
            }
            _ => {}
        }
    }
}

fn is_article_type(value: &Value) -> bool {
    match value {
        Value::String(name) => ARTICLE_TYPES.contains(&name.as_str()),
        Value::Array(names) => names.iter().any(is_article_type),
        _ => false,
    }
}

fn take_entity(map: &serde_json::Map<String, Value>, ld: &mut LinkedData) {
    let text = |key: &str| map.get(key).and_then(Value::as_str).and_then(|s| non_empty(Some(s)));
    let is_page = map.get("@type").is_some_and(|t| t.as_str().is_some_and(|t| t.ends_with("Page")));
    if ld.headline.is_none() && !is_page {
        ld.headline = text("headline").or_else(|| text("name"));
    }
    if ld.published.is_none() {
        ld.published = text("datePublished").or_else(|| text("dateCreated"));
    }
    if ld.authors.is_empty() {
        if let Some(author) = map.get("author").or_else(|| map.get("creator")) {
            collect_names(author, &mut ld.authors);
        }
    }
    if ld.publisher.is_none() {
        ld.publisher = map.get("publisher").and_then(|p| p.get("name")).and_then(Value::as_str).map(str::to_owned);
    }
}

fn collect_names(value: &Value, names: &mut Vec<String>) {
    match value {
        Value::String(name) if !name.starts_with("http") => {
            for name in split_names(name) {
                push_name(names, &name);
            }
        }
        Value::Object(map) if map.get("@type").and_then(Value::as_str) != Some("Organization") => {
            if let Some(name) = map.get("name") {
                collect_names(name, names);
            }
        }
        Value::Array(items) => {
            for item in items.iter().take(20) {
                if !item.is_array() {
                    collect_names(item, names);
                }
            }
        }
        _ => {}
    }
}

/// "Jane Doe and John Roe", "Jane Doe, John Roe" to the two names.
fn split_names(text: &str) -> Vec<String> {
    text.split([',', ';', '|', '&'])
        .flat_map(|part| part.split(" and "))
        .map(|name| name.trim().trim_start_matches("By ").trim_start_matches("by ").trim().to_owned())
        .filter(|name| !name.is_empty())
        .collect()
}

fn push_name(names: &mut Vec<String>, name: &str) {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = name.trim_start_matches("By ").trim_start_matches("by ").trim();
    if !name.is_empty()
        && name.len() <= 100
        && names.len() < crate::article::MAX_AUTHORS
        && !names.iter().any(|n| n.eq_ignore_ascii_case(name))
    {
        names.push(name.to_owned());
    }
}

/// The visible text under a node, white space collapsed.
fn text_of(node: NodeRef<'_, Node>) -> String {
    text_up_to(node, usize::MAX)
}

/// The largest JSON-LD block read. An article's is a few kilobytes (the eval pages'
/// largest is 150 KB); a block of megabytes is a catalogue, and parsing it into a
/// `serde_json::Value` took 12 times its size in memory (a 24 MB block: 294 MB).
const MAX_LINKED_DATA: usize = 1 << 20;

/// The longest text read for an author's name. [`push_name`] takes names of up to 100
/// bytes, so a text that runs past this is no name however it ends, and reading on
/// would cost the whole text under every author element: nested hundreds deep around
/// a long article, that was the page's length times the depth.
const MAX_NAME_TEXT: usize = 200;

/// [`text_of`], stopping once the text is longer than `limit` bytes.
fn text_up_to(node: NodeRef<'_, Node>, limit: usize) -> String {
    let mut out = String::new();
    for text in node.descendants().filter_map(|n| n.value().as_text()) {
        for word in text.split_whitespace() {
            if out.len() > limit {
                return out;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

fn non_empty(value: Option<&str>) -> Option<String> {
    value.map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_names_come_off_titles() {
        assert_eq!(without_site_name("Rivers rise again | The Gazette", Some("The Gazette")), "Rivers rise again");
        assert_eq!(
            without_site_name("Rivers rise again in the north - Gazette", None),
            "Rivers rise again in the north"
        );
        assert_eq!(without_site_name("Left - right politics explained", None), "Left - right politics explained");
    }
}
