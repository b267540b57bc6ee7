//! The article's elements as GitHub-flavoured Markdown: ATX headings, `-` and `1.`
//! lists with nesting, pipe tables, fenced code with its info string, `>` quotes. Text
//! that Markdown would read as markup is escaped, so that the rendering shows the page's
//! words and nothing else.

use crate::span::Span;
use crate::structure::{Element, Link, Table};

/// Spaces per level of list nesting: enough to nest under any marker up to `99. `, and
/// under the four that make an indented code block.
const LIST_INDENT: usize = 4;

/// Renders `elements` as Markdown: blocks separated by a blank line, the items of one
/// list by a line break, ending with a line break (empty for no elements).
pub(crate) fn render(elements: &[Element]) -> String {
    let mut out = String::new();
    // The depth the previous list item rendered at, while items follow one another.
    let mut list_depth: Option<usize> = None;
    for element in elements {
        let item = matches!(element, Element::ListItem { .. });
        if !out.is_empty() {
            out.push_str(if item && list_depth.is_some() { "\n" } else { "\n\n" });
        }
        match element {
            Element::Heading { level, text, links, code_spans } => {
                out.push_str(&"#".repeat(usize::from((*level).clamp(1, 6))));
                out.push(' ');
                one_line_into(Linked::whole(text, links, code_spans), text, Context::Heading, &mut out);
            }
            Element::Paragraph { text, links, code_spans } => {
                escape_lines_into(Linked::whole(text, links, code_spans), "", &mut out)
            }
            Element::Quote { text, links, code_spans } => {
                escape_lines_into(Linked::whole(text, links, code_spans), "> ", &mut out)
            }
            Element::ListItem { ordered, number, depth, text, links, code_spans } => {
                // A nested item needs an item above it to nest in; one whose parent was
                // stripped moves up, rather than become an indented code block.
                let depth = usize::from(*depth).min(list_depth.map_or(0, |d| d + 1));
                list_depth = Some(depth);
                let marker = match (ordered, number) {
                    (true, Some(n)) => format!("{n}. "),
                    (true, None) => "1. ".to_owned(),
                    (false, _) => "- ".to_owned(),
                };
                let indent = " ".repeat(depth * LIST_INDENT);
                out.push_str(&indent);
                out.push_str(&marker);
                let continuation = format!("{indent}{}", " ".repeat(marker.len()));
                // The item's paragraphs (a heading and its description, say) continue it
                // on the next lines: one paragraph of the item, as its own text reads.
                let whole = Linked::whole(text, links, code_spans);
                for (i, paragraph) in text.split("\n\n").enumerate() {
                    if i > 0 {
                        out.push('\n');
                        out.push_str(&continuation);
                    }
                    one_line_into(whole, paragraph, Context::LineStart, &mut out);
                }
            }
            Element::Table(table) => table_into(table, &mut out),
            Element::Image { src, alt } => {
                out.push_str("![");
                for c in one_line(alt).trim().chars() {
                    if matches!(c, '[' | ']' | '\\') {
                        out.push('\\');
                    }
                    out.push(c);
                }
                out.push_str("](");
                push_target(src, &mut out);
                out.push(')');
            }
            Element::Code { text, language } => code_into(text, language.as_deref(), &mut out),
        }
        if !item {
            list_depth = None;
        }
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// Line breaks inside text that must stay on one line become spaces.
fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\n', '\r']) {
        text.split(['\n', '\r']).filter(|l| !l.trim().is_empty()).map(str::trim).collect::<Vec<_>>().join(" ").into()
    } else {
        text.into()
    }
}

/// An element's text with its links and code spans, placed by byte offsets in `text`.
#[derive(Clone, Copy)]
struct Linked<'a> {
    text: &'a str,
    links: &'a [Link],
    code: &'a [Span],
}

impl<'a> Linked<'a> {
    fn whole(text: &'a str, links: &'a [Link], code: &'a [Span]) -> Self {
        Linked { text, links, code }
    }

    /// No links: text rendered on its own.
    fn plain(text: &'a str) -> Self {
        Linked { text, links: &[], code: &[] }
    }

    /// Where `part`, a slice of this text, starts in it.
    fn offset_of(&self, part: &str) -> usize {
        (part.as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize)
    }
}

/// `part` of `whole`'s text on one line, escaped: its links kept when it already is one
/// line (joining lines moves the text the links point into).
fn one_line_into(whole: Linked<'_>, part: &str, context: Context, out: &mut String) {
    match one_line(part) {
        std::borrow::Cow::Borrowed(line) => escape_linked_into(whole, line, context, out),
        std::borrow::Cow::Owned(joined) => escape_into(&joined, context, out),
    }
}

/// Each line of `text`, escaped, behind `prefix` (blank lines of a paragraph dropped:
/// they would end it).
fn escape_lines_into(text: Linked<'_>, prefix: &str, out: &mut String) {
    let mut first = true;
    for line in text.text.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
        if !first {
            out.push('\n');
        }
        first = false;
        out.push_str(prefix);
        escape_linked_into(text, line, Context::LineStart, out);
    }
}

/// Where escaped text stands, which decides what must be escaped at its start.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    /// At the start of a line: markers of headings, lists, quotes and tables count.
    LineStart,
    /// After a heading's `#`s: only inline markup counts (and trailing `#`s).
    Heading,
    /// In a table cell: pipes end the cell.
    Cell,
}

/// Appends `text` with what Markdown would read as markup escaped by a backslash.
fn escape_into(text: &str, context: Context, out: &mut String) {
    escape_linked_into(Linked::plain(text), text, context, out);
}

/// Appends `part`, a slice of `whole`'s text, escaped as [`escape_into`] does, with the
/// links that lie wholly inside it as `[text](target)`.
fn escape_linked_into(whole: Linked<'_>, part: &str, context: Context, out: &mut String) {
    let text = part.trim();
    let base = whole.offset_of(text);
    let end = base + text.len();
    let mut links = whole.links.iter().filter(|l| l.start >= base && l.end <= end && l.start < l.end).peekable();
    let mut code = whole.code.iter().filter(|c| c.start >= base && c.end <= end && c.start < c.end).peekable();
    // Past a code span, written whole: its characters are skipped up to here.
    let mut skip_to = 0;
    // The link being written: where its text ends, and its target.
    let mut open: Option<&Link> = None;
    let chars: Vec<char> = text.chars().collect();
    let marker = if context == Context::LineStart { line_marker(&chars) } else { None };
    let start = out.len();
    let mut at = base;
    for (i, &c) in chars.iter().enumerate() {
        if at < skip_to {
            at += c.len_utf8();
            close_link_into(&mut open, at, out);
            continue;
        }
        while code.next_if(|span| span.start < at).is_some() {}
        if open.is_none() {
            // Links that overlap one already passed are left as text.
            while links.next_if(|l| l.start < at).is_some() {}
            if let Some(link) = links.next_if(|l| l.start == at) {
                out.push('[');
                open = Some(link);
            }
        }
        if let Some(span) = code.next_if(|span| span.start == at) {
            code_span_into(&whole.text[span.start..span.end], out);
            skip_to = span.end;
            at += c.len_utf8();
            close_link_into(&mut open, at, out);
            continue;
        }
        at += c.len_utf8();
        let before = if i == 0 { None } else { Some(chars[i - 1]) };
        let after = chars.get(i + 1).copied();
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
        let escape = marker == Some(i)
            || match c {
                '\\' => after.is_some_and(|a| a.is_ascii_punctuation()),
                '`' | '[' | '~' => true,
                // Emphasis needs a flanking side: a star between spaces is a star.
                '*' => !(space(before) && space(after)),
                // An underscore inside a word is a letter (snake_case), in GitHub's Markdown.
                '_' => !(word(before) && word(after)),
                '<' => after.is_some_and(|a| a.is_ascii_alphabetic() || matches!(a, '/' | '!' | '?')),
                '&' => looks_like_entity(&chars[i + 1..]),
                '|' => context == Context::Cell,
                // Closing `#`s of a heading would be dropped.
                '#' => context == Context::Heading && chars[i..].iter().all(|&c| c == '#'),
                _ => false,
            };
        if escape || open.is_some() && c == ']' {
            out.push('\\');
        }
        out.push(c);
        close_link_into(&mut open, at, out);
    }
    // A line of only `=` or `-` under text would make that text a heading.
    let written = &out[start..];
    if context == Context::LineStart && !written.is_empty() && written.chars().all(|c| matches!(c, '=' | '-')) {
        out.insert(start, '\\');
    }
}

/// Closes the link being written if its text ends at `at`.
fn close_link_into(open: &mut Option<&Link>, at: usize, out: &mut String) {
    if let Some(link) = open.filter(|l| l.end <= at) {
        out.push_str("](");
        push_target(&link.href, out);
        out.push(')');
        *open = None;
    }
}

/// A code span: its text as it is, between backtick runs longer than any inside it
/// (with a space inside each when the text starts or ends with a backtick).
fn code_span_into(code: &str, out: &mut String) {
    let mut longest = 0;
    let mut run = 0;
    for c in code.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if code.starts_with('`') || code.ends_with('`') { " " } else { "" };
    out.push_str(&fence);
    out.push_str(pad);
    out.push_str(code);
    out.push_str(pad);
    out.push_str(&fence);
}

/// A link's target as Markdown reads it: in angle brackets when it holds white space,
/// brackets or parentheses; line breaks dropped.
fn push_target(href: &str, out: &mut String) {
    let href: String = href.trim().chars().filter(|c| !matches!(c, '\n' | '\r' | '\t')).collect();
    if href.contains([' ', '(', ')', '<', '>']) {
        out.push('<');
        out.push_str(&href.replace('<', "%3C").replace('>', "%3E"));
        out.push('>');
    } else {
        out.push_str(&href);
    }
}

/// The character that would make a line a heading, quote, list item or table row, if
/// the line opens with one: `#`, `>`, `|`, a `-`, `+` or `*` before a space, or the dot
/// of "2024. A year…".
fn line_marker(chars: &[char]) -> Option<usize> {
    let blank_after = |i: usize| chars.get(i).is_none_or(|c| *c == ' ' || *c == '\t');
    match chars.first()? {
        '#' | '>' | '|' => Some(0),
        '-' | '+' | '*' if blank_after(1) => Some(0),
        '0'..='9' => {
            let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
            (digits <= 9 && matches!(chars.get(digits), Some('.' | ')')) && blank_after(digits + 1)).then_some(digits)
        }
        _ => None,
    }
}

/// `&` followed by a name or number and `;`: an entity Markdown would decode.
fn looks_like_entity(rest: &[char]) -> bool {
    let name: Vec<char> =
        rest.iter().copied().take_while(|c| c.is_ascii_alphanumeric() || *c == '#').take(32).collect();
    !name.is_empty() && rest.get(name.len()) == Some(&';')
}

/// A pipe table: the first row is the header (GitHub's tables need one), every row as
/// wide as the widest.
fn table_into(table: &Table, out: &mut String) {
    let width = table.rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
    for (r, row) in table.rows.iter().enumerate() {
        if r > 0 {
            out.push('\n');
        }
        out.push('|');
        for c in 0..width {
            out.push(' ');
            if let Some(cell) = row.get(c) {
                escape_into(&one_line(&cell.text).replace('\n', " "), Context::Cell, out);
            }
            out.push_str(" |");
        }
        if r == 0 {
            out.push_str("\n|");
            out.push_str(&" --- |".repeat(width));
        }
    }
}

/// A fenced code block, its fence longer than any run of backticks in the code.
fn code_into(text: &str, language: Option<&str>, out: &mut String) {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat((longest + 1).max(3));
    out.push_str(&fence);
    // An info string may hold no backtick and no white space.
    if let Some(language) = language.filter(|l| !l.is_empty() && !l.contains(|c: char| c == '`' || c.is_whitespace())) {
        out.push_str(language);
    }
    out.push('\n');
    out.push_str(text);
    out.push('\n');
    out.push_str(&fence);
}
