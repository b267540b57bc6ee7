//! Bounding the nesting depth of a page before it is parsed.
//!
//! html5ever checks "is there a `<p>` in scope" by walking the stack of open elements,
//! so a page of 100,000 nested `<div>`s costs it time quadratic in the depth (twenty
//! seconds here). No real page nests anywhere near [`MAX_DEPTH`] elements deep, so a
//! linear pre-scan drops start tags past that depth, with their end tags. Their text
//! stays, in the element at the limit; nothing else of the page changes.

use std::borrow::Cow;

/// The deepest nesting kept. Real pages stay under 100; browsers give up near 512.
pub(crate) const MAX_DEPTH: usize = 512;

/// What the scan needs to know about an element, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Never has content or an end tag.
    Void,
    /// Its content is raw text up to its end tag, with no tags inside.
    RawText,
    /// A later sibling of the same name closes it: `<li>a<li>b` is two items.
    ClosedBySibling,
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
        _ => Class::Other,
    }
}

/// How far down the stack an end tag (or a sibling that closes) looks for its element.
/// Bounded so that stray end tags cost constant time each.
const MATCH_REACH: usize = 16;

/// `html` with start tags deeper than `max_depth` removed (and the end tags that
/// close them). Borrowed when nothing had to go, which is every page but hostile ones.
pub(crate) fn limit(html: &str, max_depth: usize) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut stack: Vec<&str> = Vec::new();
    let mut dropped_open = 0usize;
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
        if closing {
            match find_open(&stack, name) {
                Some(index) => stack.truncate(index),
                None if dropped_open > 0 => {
                    dropped_open -= 1;
                    drop = true;
                }
                None => {}
            }
        } else {
            let class = class_of(name);
            if class == Class::RawText {
                at = raw_text_end(html, end, name);
                continue;
            }
            let self_closing = bytes[..end].ends_with(b"/>");
            if class != Class::Void && !self_closing {
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

/// Where the raw text of `name` (`script`, `style`, …) ends: after its end tag.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut at = from;
    while let Some(offset) = memchr::memmem::find(&bytes[at..], b"</") {
        let start = at + offset + 2;
        let candidate = bytes.get(start..start + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            return tag_end(bytes, start + name.len());
        }
        at = start;
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_untouched() {
        let page = "<html><body><ul><li>a<li>b</ul><p>one<p>two<script>if (a<b) {}</script>\
                    <div title=\"x>y\"><br/><img src=x></div></body></html>";
        assert!(matches!(limit(page, 4), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_past_the_limit_go_with_their_end_tags() {
        let page = format!("{}text{}", "<div>".repeat(10), "</div>".repeat(10));
        let limited = limit(&page, 3);
        assert_eq!(limited, "<div><div><div>text</div></div></div>");
    }

    #[test]
    fn unclosed_tags_past_the_limit_go() {
        let page = format!("<body>{}deep", "<span>".repeat(100));
        let limited = limit(&page, 5);
        assert_eq!(limited.matches("<span>").count(), 4);
        assert!(limited.ends_with("deep"));
    }

    #[test]
    fn many_siblings_that_close_each_other_are_not_depth() {
        let page = format!("<ul>{}</ul>", "<li>item".repeat(2000));
        assert!(matches!(limit(&page, 8), Cow::Borrowed(_)));
    }
}
