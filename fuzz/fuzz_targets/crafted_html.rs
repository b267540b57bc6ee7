//! Structure-aware, after the attacker's shapes of issue 14: markup the tree builder
//! treats specially (table parts in the body, `<select>`, `<form>`, `<noscript>`,
//! `<template>`, formatting elements), stray end tags, many attributes on one element,
//! long and many distinct tag names, each repeated up to tens of thousands of times
//! around some real paragraphs. Every page must clean within libFuzzer's timeout and
//! RSS limit, and the body must be text the page holds.
#![no_main]

use std::sync::LazyLock;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

static CLEANER: LazyLock<unclutter::Cleaner> = LazyLock::new(|| unclutter::Cleaner::builder().build().unwrap());

/// Elements whose start or end tag the tree builder handles by its own rules.
const SPECIAL: &[&str] = &[
    "table", "tbody", "thead", "tr", "td", "th", "caption", "colgroup", "col", "select", "option", "optgroup", "form",
    "noscript", "template", "b", "i", "font", "a", "nobr", "div", "p", "li", "span", "svg", "math", "textarea", "button",
    "frameset", "body", "html", "head", "dd", "dt", "h1", "pre", "plaintext", "xmp", "iframe",
];

/// The most times one part repeats: enough to pass any cap by far (the issue's
/// reproducers repeat 27,000 to 110,000 times) while a page stays about a megabyte.
const MAX_REPEAT: usize = 60_000;
/// The most bytes one part may add: the whole page stays within a few megabytes.
const MAX_PART_BYTES: usize = 1 << 20;

#[derive(Arbitrary, Debug)]
enum Part {
    /// `<a><b>` repeated: an element and one inside it, as in `<div><td>`.
    Pair { outer: u8, inner: u8, count: u16 },
    /// `<a><b></a>` repeated: an end tag that may or may not close the inner element.
    Crossed { outer: u8, inner: u8, count: u16 },
    /// `<b class=cN></i>`: a new formatting element closed by a stray end tag.
    StrayEnd { open: u8, close: u8, count: u16 },
    /// One element with many attributes, distinct or the same.
    Attributes { count: u32, distinct: bool },
    /// Elements with long custom names, nested.
    LongNames { len: u16, count: u16 },
    /// Many distinct custom tag names.
    DistinctNames { count: u32, prefix: u8 },
    /// `<p>x` repeated: paragraphs that reopen whatever formatting is active.
    Paragraphs { count: u16 },
    /// Real prose, so that there is an article to find.
    Prose { repeat: u8 },
    /// A stretch of markup of the fuzzer's own.
    Raw(String),
}

#[derive(Arbitrary, Debug)]
struct Page {
    parts: Vec<Part>,
}

fn tag(i: u8) -> &'static str {
    SPECIAL[usize::from(i) % SPECIAL.len()]
}

fn repeated(out: &mut String, unit: &str, count: usize) {
    let count = count.min(MAX_REPEAT).min(MAX_PART_BYTES / unit.len().max(1));
    for _ in 0..count {
        out.push_str(unit);
    }
}

const PROSE: &str = "<p>The council met on Tuesday to decide the fate of the old bridge, and voted to repair it.</p>";

fuzz_target!(|page: Page| {
    let mut out = String::from("<!doctype html><html><body>");
    for part in page.parts.iter().take(16) {
        match *part {
            Part::Pair { outer, inner, count } => {
                repeated(&mut out, &format!("<{}><{}>", tag(outer), tag(inner)), usize::from(count))
            }
            Part::Crossed { outer, inner, count } => repeated(
                &mut out,
                &format!("<{}><{}></{}>", tag(outer), tag(inner), tag(outer)),
                usize::from(count),
            ),
            Part::StrayEnd { open, close, count } => {
                let count = usize::from(count).min(MAX_REPEAT);
                for i in 0..count {
                    out.push_str(&format!("<{} class=c{i}></{}>", tag(open), tag(close)));
                }
            }
            Part::Attributes { count, distinct } => {
                out.push_str("<div");
                for i in 0..(count as usize).min(300_000) {
                    if distinct {
                        out.push_str(&format!(" a{i}=1"));
                    } else {
                        out.push_str(" a=1");
                    }
                }
                out.push_str(">x</div>");
            }
            Part::LongNames { len, count } => {
                let name = "a".repeat(usize::from(len) % 20_000 + 1);
                let count = usize::from(count) % 64;
                for i in 0..count {
                    out.push_str(&format!("<x-{name}{i}>"));
                }
                repeated(&mut out, "<nav><a href=/>Home</a></nav>", 2_000);
            }
            Part::DistinctNames { count, prefix } => {
                let prefix = ["x", "abc", "custom-element-"][usize::from(prefix) % 3];
                for i in 0..(count as usize).min(800_000) {
                    out.push_str(&format!("<{prefix}{i}>"));
                }
            }
            Part::Paragraphs { count } => repeated(&mut out, "<p>x", usize::from(count)),
            Part::Prose { repeat } => repeated(&mut out, PROSE, usize::from(repeat) % 50),
            Part::Raw(ref raw) => out.push_str(raw),
        }
    }
    out.push_str(PROSE);
    let decoded_references = out.contains('&');
    if let Ok(article) = CLEANER.clean_html(&out) {
        // The body is text of the page: every word of it appears in the input (unless a
        // character reference was decoded into it).
        for word in article.body.split_whitespace().take(16).filter(|_| !decoded_references) {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            assert!(word.is_empty() || out.contains(word), "body word {word:?} is not in the page");
        }
    }
});
