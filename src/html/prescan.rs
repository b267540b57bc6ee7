//! One linear scan of a page's tags before it is parsed, for two jobs:
//!
//! - **Bounding the nesting depth.** html5ever checks "is there a `<p>` in scope" by
//!   walking the stack of open elements, so a page of 100,000 nested `<div>`s costs it
//!   time quadratic in the depth (twenty seconds here). No real page nests anywhere near
//!   [`MAX_DEPTH`] elements deep, so start tags past that depth go, with their end tags.
//!   Their text stays, in the element at the limit.
//! - **Bounding unclosed formatting elements.** A `<b>` or `<font>` left open stays on
//!   html5ever's list of active formatting elements after its parent closes, and the
//!   parser clones the whole list into every later paragraph (the HTML standard's
//!   "reconstruct the active formatting elements"). Four hundred unclosed `<b>`s before
//!   20,000 `<p>x` made 8 million elements from 85 KB (1.8 GB, five seconds). Past
//!   [`MAX_FORMATTING`] unclosed ones, further formatting start tags go, with their end
//!   tags. They carry no text of their own, so nothing the extractor reads changes.
//! - **Emptying scripts and styles.** Half the bytes of a typical news page are script
//!   and style bodies, which the parser would copy into text nodes that nothing here
//!   reads. Their bodies are dropped and the elements kept (`<script></script>`), which
//!   saves a fifth of the parse. JSON-LD scripts stay whole: the metadata reads them.
//!
//! Nothing else of the page changes.

use std::borrow::Cow;

/// The deepest nesting kept. Real pages stay under 100; browsers give up near 512.
pub(crate) const MAX_DEPTH: usize = 512;

/// The most formatting elements (`<b>`, `<i>`, `<font>`, …) left open at once. Real
/// pages nest a handful; the count also rises on unclosed ones in table cells, which the
/// parser forgets at the cell's end, so a page may lose some bold there, never text.
const MAX_FORMATTING: usize = 8;

/// What the scan needs to know about an element, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Never has content or an end tag.
    Void,
    /// Its content is raw text up to its end tag, with no tags inside.
    RawText,
    /// A later sibling of the same name closes it: `<li>a<li>b` is two items.
    ClosedBySibling,
    /// A formatting element that the parser reopens after its parent closes (see the
    /// module's notes). Not `<a>` or `<nobr>`: a new one closes the last, and links
    /// matter to the extractor.
    Formatting,
    /// Everything else.
    Other,
}

/// The class of the element `name` (in any case). One `match` on the lower-cased name
/// rather than a list search per tag: this runs for every tag of every page.
fn class_of(name: &str) -> Class {
    const LONGEST: usize = 9;
    if name.len() > LONGEST {
        return Class::Other;
    }
    let mut buffer = [0u8; LONGEST];
    let lower = &mut buffer[..name.len()];
    lower.copy_from_slice(name.as_bytes());
    lower.make_ascii_lowercase();
    match &*lower {
        b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link" | b"meta" | b"param"
        | b"source" | b"track" | b"wbr" | b"keygen" | b"frame" => Class::Void,
        b"script" | b"style" | b"textarea" | b"title" | b"xmp" | b"iframe" | b"noembed" | b"noframes"
        | b"plaintext" => Class::RawText,
        b"p" | b"li" | b"dt" | b"dd" | b"tr" | b"td" | b"th" | b"option" | b"optgroup" => Class::ClosedBySibling,
        b"b" | b"big" | b"code" | b"em" | b"font" | b"i" | b"s" | b"small" | b"strike" | b"strong" | b"tt" | b"u" => {
            Class::Formatting
        }
        _ => Class::Other,
    }
}

/// How far down the stack an end tag (or a sibling that closes) looks for its element.
/// Bounded so that stray end tags cost constant time each.
const MATCH_REACH: usize = 16;

/// `html` with start tags deeper than `max_depth` removed (and the end tags that
/// close them), and the bodies of scripts and styles emptied (see the module's notes).
/// Borrowed when nothing had to go.
pub(crate) fn prepare(html: &str, max_depth: usize) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut stack: Vec<&str> = Vec::new();
    let mut dropped_open = 0usize;
    // Formatting elements open (by the count of their start and end tags), and those
    // dropped past the limit whose end tags are still to come.
    let mut open_formatting = 0usize;
    let mut dropped_formatting = 0usize;
    let mut out: Option<String> = None;
    let mut copied_to = 0;
    let mut at = 0;
    while let Some(offset) = memchr::memchr(b'<', &bytes[at..]) {
        let lt = at + offset;
        let rest = &bytes[lt..];
        if rest.starts_with(b"<!--") {
            at = memchr::memmem::find(&bytes[lt + 4..], b"-->").map_or(html.len(), |p| lt + 4 + p + 3);
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            at = memchr::memchr(b'>', &bytes[lt..]).map_or(html.len(), |p| lt + p + 1);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = bytes[name_start..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'-').count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            at = lt + 1; // a literal '<'
            continue;
        }
        let name = &html[name_start..name_start + name_len];
        let end = tag_end(bytes, name_start + name_len);
        let mut drop = false;
        let class = class_of(name);
        let formatting = class == Class::Formatting;
        if closing && formatting && dropped_formatting > 0 {
            dropped_formatting -= 1;
            drop = true;
        } else if closing {
            if formatting {
                open_formatting = open_formatting.saturating_sub(1);
            }
            match find_open(&stack, name) {
                Some(index) => stack.truncate(index),
                None if dropped_open > 0 => {
                    dropped_open -= 1;
                    drop = true;
                }
                None => {}
            }
        } else {
            if class == Class::RawText {
                let Some((body_end, after)) = raw_text_end(html, end, name) else {
                    // No end tag: the rest of the page is this element's text.
                    break;
                };
                if can_empty(html, name, lt..end, body_end, &stack) {
                    let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
                    out.push_str(&html[copied_to..end]);
                    copied_to = body_end;
                }
                at = after;
                continue;
            }
            let self_closing = bytes[..end].ends_with(b"/>");
            if formatting && !self_closing && open_formatting >= MAX_FORMATTING {
                dropped_formatting += 1;
                drop = true;
            } else if class != Class::Void && !self_closing {
                open_formatting += usize::from(formatting);
                if class == Class::ClosedBySibling {
                    if let Some(index) = find_open(&stack, name) {
                        stack.truncate(index);
                    }
                }
                if stack.len() >= max_depth {
                    dropped_open += 1;
                    drop = true;
                } else {
                    stack.push(name);
                }
            }
        }
        if drop {
            let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
            out.push_str(&html[copied_to..lt]);
            copied_to = end;
        }
        at = end;
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut out) => {
            out.push_str(&html[copied_to..]);
            Cow::Owned(out)
        }
    }
}

/// The index of the open element `name` among the top [`MATCH_REACH`] of the stack.
fn find_open(stack: &[&str], name: &str) -> Option<usize> {
    let floor = stack.len().saturating_sub(MATCH_REACH);
    (floor..stack.len()).rev().find(|&i| stack[i].eq_ignore_ascii_case(name))
}

/// The byte after the `>` that ends the tag whose attributes start at `from`; quoted
/// attribute values (a quote right after `=`) may hold a `>`.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from.min(bytes.len());
    while let Some(offset) = memchr::memchr3(b'>', b'"', b'\'', &bytes[at..]) {
        let i = at + offset;
        if bytes[i] == b'>' {
            return i + 1;
        }
        // Only a quote right after `=` (white space aside, looked for a few bytes back, so
        // a tag of many attributes costs linear time) opens a value.
        let lookback = i.saturating_sub(16).max(from);
        let opens_value = bytes[lookback..i].iter().rev().find(|b| !b.is_ascii_whitespace()) == Some(&b'=');
        at = if opens_value {
            match memchr::memchr(bytes[i], &bytes[i + 1..]) {
                Some(len) => i + 1 + len + 1,
                None => return bytes.len(),
            }
        } else {
            i + 1
        };
    }
    bytes.len()
}

/// Where the raw text of `name` (`script`, `style`, …) that starts at `from` ends: the
/// start of its end tag and the byte after it. `None` when it has no end tag.
fn raw_text_end(html: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let bytes = html.as_bytes();
    let mut at = from;
    while let Some(offset) = memchr::memmem::find(&bytes[at..], b"</") {
        let body_end = at + offset;
        let start = body_end + 2;
        let candidate = bytes.get(start..start + name.len());
        // As the tokenizer has it: the name, then white space, `/` or `>` (`</scripts>`
        // does not end a script).
        let ends_name = bytes
            .get(start + name.len())
            .is_none_or(|b| matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>'));
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) && ends_name {
            return Some((body_end, tag_end(bytes, start + name.len())));
        }
        at = start;
    }
    None
}

/// Whether the body of the raw-text element `name`, whose start tag spans `tag` and
/// whose body ends at `body_end`, may be emptied: scripts (but not JSON-LD) and styles,
/// where the parser reads them as raw text too.
fn can_empty(html: &str, name: &str, tag: std::ops::Range<usize>, body_end: usize, open: &[&str]) -> bool {
    let script = name.eq_ignore_ascii_case("script");
    if !script && !name.eq_ignore_ascii_case("style") {
        return false;
    }
    let body = &html.as_bytes()[tag.end..body_end];
    let start_tag = &html.as_bytes()[tag];
    // `<!--` in a script lets a nested `<script>` hide the first `</script>` from the
    // tokenizer; such a script is left for the parser to read.
    if script && memchr::memmem::find(body, b"<!--").is_some() {
        return false;
    }
    // JSON-LD, its `+` perhaps written as a character reference (`ld&#x2B;json`).
    if script && contains_ignore_case(start_tag, b"json") && contains_ignore_case(start_tag, b"ld") {
        return false;
    }
    // Inside `<svg>` and `<math>` a script is markup, and inside `<noscript>` (read with
    // scripting on) it is no tag at all.
    !open.iter().any(|e| ["svg", "math", "noscript"].iter().any(|n| e.eq_ignore_ascii_case(n)))
}

/// Whether `haystack` contains `needle` (lower case), ASCII case aside.
fn contains_ignore_case(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_untouched() {
        let page = "<html><body><ul><li>a<li>b</ul><p>one<p>two<textarea>if (a<b) {}</textarea>\
                    <div title=\"x>y\"><br/><img src=x></div></body></html>";
        assert!(matches!(prepare(page, 4), Cow::Borrowed(_)));
    }

    #[test]
    fn scripts_and_styles_are_emptied_but_json_ld_stays() {
        let page = "<head><style>p { color: red }</style><script type=\"application/ld+json\">{\"a\": 1}</script>\
                    <script type=\"application/ld&#x2B;json\">{}</script><script src=x></script><script>if (a<b) { s = '</scripts>'; }</script ></head>\
                    <body><p>text</p></body>";
        assert_eq!(
            prepare(page, 8),
            "<head><style></style><script type=\"application/ld+json\">{\"a\": 1}</script>\
             <script type=\"application/ld&#x2B;json\">{}</script><script src=x></script><script></script ></head><body><p>text</p></body>"
        );
    }

    #[test]
    fn scripts_the_tokenizer_reads_otherwise_stay() {
        for page in [
            "<script><!--<script></script>--></script><p>x</p>",
            "<svg><script>a<b</script></svg>",
            "<noscript><script>a</script></noscript>",
            "<script>never closed",
        ] {
            assert_eq!(prepare(page, 8), page, "{page}");
        }
    }

    #[test]
    fn tags_past_the_limit_go_with_their_end_tags() {
        let page = format!("{}text{}", "<div>".repeat(10), "</div>".repeat(10));
        let limited = prepare(&page, 3);
        assert_eq!(limited, "<div><div><div>text</div></div></div>");
    }

    #[test]
    fn unclosed_tags_past_the_limit_go() {
        let page = format!("<body>{}deep", "<span>".repeat(100));
        let limited = prepare(&page, 5);
        assert_eq!(limited.matches("<span>").count(), 4);
        assert!(limited.ends_with("deep"));
    }

    #[test]
    fn unclosed_formatting_past_the_limit_goes_with_its_end_tags() {
        let bold: String = (0..40).map(|i| format!("<b class=c{i}>")).collect();
        let page = format!("<p>{bold}text{}<p>after", "</b>".repeat(40));
        let prepared = prepare(&page, MAX_DEPTH);
        assert_eq!(prepared.matches("<b ").count(), MAX_FORMATTING);
        assert_eq!(prepared.matches("</b>").count(), MAX_FORMATTING);
        assert!(prepared.contains("text") && prepared.ends_with("<p>after"));
        // Closed ones do not add up, and links are never dropped.
        let closed = "<b>x</b><a href=y><i>z</i></a>".repeat(100);
        assert!(matches!(prepare(&closed, MAX_DEPTH), Cow::Borrowed(_)));
    }

    #[test]
    fn many_siblings_that_close_each_other_are_not_depth() {
        let page = format!("<ul>{}</ul>", "<li>item".repeat(2000));
        assert!(matches!(prepare(&page, 8), Cow::Borrowed(_)));
    }
}
