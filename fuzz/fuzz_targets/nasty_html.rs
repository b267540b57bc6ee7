//! Structure-aware: builds hostile pages from parts (deep nesting, huge attributes,
//! unclosed tags, raw-text elements that never end, charset declarations that lie,
//! bytes invalid in the declared charset) and cleans them as bytes.
#![no_main]

use std::sync::LazyLock;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

static CLEANER: LazyLock<unclutter::Cleaner> = LazyLock::new(|| unclutter::Cleaner::builder().build().unwrap());

const TAGS: &[&str] = &[
    "div", "p", "span", "a href=x", "article", "table", "tr", "td", "li", "ul", "pre", "noscript", "script", "style",
    "template", "svg", "math", "figure", "figcaption", "h1", "nav", "footer", "select", "textarea", "title", "b", "i",
];
const CHARSETS: &[&str] = &["utf-8", "iso-8859-1", "windows-1251", "shift_jis", "euc-kr", "gb18030", "utf-16", "x-user-defined", "bogus"];

#[derive(Arbitrary, Debug)]
enum Part {
    Open { tag: u8, attrs: Vec<(u8, u16)> },
    Close { tag: u8 },
    Nest { tag: u8, depth: u16 },
    Unclosed { tag: u8, count: u16 },
    Text(String),
    Bytes(Vec<u8>),
    Comment { closed: bool },
    Charset { which: u8 },
    Prose { repeat: u8 },
}

#[derive(Arbitrary, Debug)]
struct Page {
    parts: Vec<Part>,
}

fn tag(i: u8) -> &'static str {
    TAGS[usize::from(i) % TAGS.len()]
}

fn name(t: &str) -> &str {
    t.split(' ').next().unwrap_or(t)
}

fuzz_target!(|page: Page| {
    let mut out: Vec<u8> = b"<!doctype html><html><head>".to_vec();
    for part in page.parts.iter().take(64) {
        match part {
            Part::Open { tag: t, attrs } => {
                out.extend(format!("<{}", tag(*t)).as_bytes());
                for (key, len) in attrs.iter().take(8) {
                    let value = "v".repeat(usize::from(*len) % 4096);
                    out.extend(format!(" data-{key}=\"{value}\" class=\"c{key} comment article\"").as_bytes());
                }
                out.push(b'>');
            }
            Part::Close { tag: t } => out.extend(format!("</{}>", name(tag(*t))).as_bytes()),
            Part::Nest { tag: t, depth } => {
                let depth = usize::from(*depth) % 20_000;
                out.extend(format!("<{}>", tag(*t)).repeat(depth).as_bytes());
                out.extend(b"deep text, with words in it.");
                out.extend(format!("</{}>", name(tag(*t))).repeat(depth).as_bytes());
            }
            Part::Unclosed { tag: t, count } => {
                out.extend(format!("<{}>x", tag(*t)).repeat(usize::from(*count) % 20_000).as_bytes())
            }
            Part::Text(text) => out.extend(text.as_bytes()),
            Part::Bytes(bytes) => out.extend(bytes),
            Part::Comment { closed } => out.extend(if *closed { &b"<!-- note -->"[..] } else { &b"<!-- never ends"[..] }),
            Part::Charset { which } => {
                out.extend(format!("<meta charset=\"{}\">", CHARSETS[usize::from(*which) % CHARSETS.len()]).as_bytes())
            }
            Part::Prose { repeat } => out.extend(
                "<p>The council met on Tuesday to decide the fate of the old bridge, and voted to repair it.</p>"
                    .repeat(usize::from(*repeat) % 50)
                    .as_bytes(),
            ),
        }
    }
    let _ = CLEANER.clean_bytes(&out);
});
