//! One linear scan of a page's tags before it is parsed, for three jobs:
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
//!
//! The depth bound holds only if the scan never thinks an element closed that the
//! parser keeps open: a page could otherwise nest without limit behind closings only
//! the scan believes in. So the scan follows the HTML standard where the parser's stack
//! shrinks (end tags stop at the elements the standard says they stop at, `<li>` closes
//! an item only across the elements that allow it, a comment ends where the tokenizer
//! ends it, `<div/>` is an open `<div>`, a script ends where the tokenizer's escapes
//! say), and where it cannot be sure it keeps an element open. Keeping too many open
//! only costs odd pages some markup past the depth limit, never text.

use std::borrow::Cow;

/// The deepest nesting kept. Real pages stay under 100; browsers give up near 512.
pub(crate) const MAX_DEPTH: usize = 512;

/// The most formatting elements (`<b>`, `<i>`, `<font>`, …) left open at once. Real
/// pages nest a handful; the count also rises on unclosed ones in table cells, which the
/// parser forgets at the cell's end, so a page may lose some bold there, never text.
const MAX_FORMATTING: usize = 8;

/// How far down the stack an end tag (or a start tag that closes an open element) looks
/// for its element. Bounded so that stray end tags cost constant time each; an element
/// deeper than this stays open in the scan's eyes (the safe side, see above).
const MATCH_REACH: usize = 16;

/// What the scan knows of an element by its name: bits of [`role`].
type Roles = u32;
/// Never has content or an end tag.
const VOID: Roles = 1;
/// In HTML content, its content is raw text up to its end tag.
const RAW_TEXT: Roles = 1 << 1;
/// A formatting element the parser reopens after its parent closes (see the module's
/// notes). Not `<a>` or `<nobr>`: a new one closes the last, and links matter here.
const FORMATTING: Roles = 1 << 2;
/// A boundary of the standard's default scope: an end tag that must be "in scope" does
/// not reach an element below it.
const SCOPE: Roles = 1 << 3;
/// The standard's "special" elements, but `address`, `div` and `p`: a new `<li>`, `<dd>`
/// or `<dt>` closes an open one only across other elements. Also where an end tag with
/// no rule of its own ("any other end tag") stops.
const SPECIAL: Roles = 1 << 4;
/// Adds to the scope for `<p>` (button scope).
const BUTTON: Roles = 1 << 5;
/// Adds to the scope for `</li>` (list item scope).
const LIST: Roles = 1 << 6;
/// The standard's table scope: `html`, `table`, `template`.
const TABLE_SCOPE: Roles = 1 << 7;
/// What a new `<tr>` clears the stack back to: `tbody`, `thead`, `tfoot`, and the table
/// scope.
const TABLE_BODY: Roles = 1 << 8;
/// What a new `<td>` or `<th>` clears the stack back to: `tr`, and the table scope.
const ROW: Roles = 1 << 9;
/// An end tag that stops only at the default scope (it has a rule of its own in the
/// standard, unlike "any other end tag").
const SCOPED_END: Roles = 1 << 10;
/// A start tag that closes an open `<p>` (in button scope) before it opens.
const CLOSES_P: Roles = 1 << 11;
/// An HTML start tag that ends foreign content (`<svg>`, `<math>`).
const BREAKOUT: Roles = 1 << 12;
/// `svg` and `math`: foreign content starts here.
const FOREIGN_ROOT: Roles = 1 << 13;
/// Inside foreign content, an element whose content is HTML again (`foreignObject`,
/// `desc`, `title`, and MathML's text elements).
const INTEGRATION: Roles = 1 << 14;
/// On the stack only: an element in foreign content (SVG or MathML).
const FOREIGN: Roles = 1 << 15;
/// `address`, `div` and `p`: special elements where "any other end tag" stops, but not
/// a new `<li>`'s search (see [`SPECIAL`]).
const ADP: Roles = 1 << 16;
/// Names with closing rules of their own, so that the rules dispatch on bits rather
/// than on a lower-cased copy of every tag's name.
const IS_LI: Roles = 1 << 17;
/// `dd` and `dt`.
const IS_DEF: Roles = 1 << 18;
const IS_TR: Roles = 1 << 19;
/// `td` and `th`.
const IS_CELL: Roles = 1 << 20;
const IS_OPTION: Roles = 1 << 21;
const IS_OPTGROUP: Roles = 1 << 22;
/// `h1` to `h6`.
const IS_HEADING: Roles = 1 << 23;
const IS_P: Roles = 1 << 24;
/// End tags that look in table scope: `table` and its parts, `caption`, `template`.
const TABLE_END: Roles = 1 << 25;
/// `html`, `body`, `head`: the parser changes its mode at their end tags, and pops
/// nothing.
const NO_POP_END: Roles = 1 << 26;

/// The roles of the element `name` (in any case). One `match` on the lower-cased name:
/// this runs for every tag of every page.
fn role(name: &str) -> Roles {
    const LONGEST: usize = 14;
    if name.len() > LONGEST {
        return 0;
    }
    let mut buffer = [0u8; LONGEST];
    let lower = &mut buffer[..name.len()];
    lower.copy_from_slice(name.as_bytes());
    lower.make_ascii_lowercase();
    const BLOCK: Roles = SPECIAL | SCOPED_END | CLOSES_P | BREAKOUT;
    match &*lower {
        b"area" | b"base" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link" | b"meta" | b"param"
        | b"source" | b"track" | b"wbr" | b"keygen" | b"frame" | b"basefont" | b"bgsound" => VOID | SPECIAL,
        b"br" => VOID | SPECIAL | BREAKOUT,
        b"script" | b"style" | b"textarea" | b"xmp" | b"iframe" | b"noembed" | b"noframes" => RAW_TEXT | SPECIAL,
        b"title" => RAW_TEXT | SPECIAL | SCOPE | INTEGRATION,
        b"plaintext" => RAW_TEXT | SPECIAL | CLOSES_P,
        b"b" | b"big" | b"code" | b"em" | b"i" | b"s" | b"small" | b"strike" | b"strong" | b"tt" | b"u" => {
            FORMATTING | BREAKOUT
        }
        b"font" => FORMATTING | BREAKOUT,
        b"address" | b"div" => ADP | SCOPED_END | CLOSES_P | BREAKOUT,
        b"p" => ADP | SCOPED_END | CLOSES_P | BREAKOUT | IS_P,
        b"article" | b"aside" | b"blockquote" | b"center" | b"details" | b"dialog" | b"dir" | b"dl" | b"fieldset"
        | b"figcaption" | b"figure" | b"footer" | b"header" | b"hgroup" | b"main" | b"menu" | b"nav" | b"search"
        | b"section" | b"summary" | b"pre" | b"listing" => BLOCK,
        b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6" => BLOCK | IS_HEADING,
        b"ol" | b"ul" => BLOCK | LIST,
        b"form" => SPECIAL | SCOPED_END | CLOSES_P,
        b"li" => SPECIAL | SCOPED_END | CLOSES_P | BREAKOUT | IS_LI,
        b"dd" | b"dt" => SPECIAL | SCOPED_END | CLOSES_P | BREAKOUT | IS_DEF,
        b"button" => SPECIAL | SCOPED_END | BUTTON,
        b"applet" | b"marquee" | b"object" => SPECIAL | SCOPED_END | SCOPE,
        b"caption" => SPECIAL | SCOPE | TABLE_END,
        b"td" | b"th" => SPECIAL | SCOPE | TABLE_END | IS_CELL,
        b"html" => SPECIAL | SCOPE | TABLE_SCOPE | TABLE_BODY | ROW | NO_POP_END,
        b"table" => SPECIAL | SCOPE | TABLE_SCOPE | TABLE_BODY | ROW | BREAKOUT | TABLE_END,
        b"template" => SPECIAL | SCOPE | TABLE_SCOPE | TABLE_BODY | ROW | TABLE_END,
        b"tbody" | b"thead" | b"tfoot" => SPECIAL | TABLE_BODY | TABLE_END,
        b"tr" => SPECIAL | ROW | TABLE_END | IS_TR,
        b"body" | b"head" => SPECIAL | BREAKOUT | NO_POP_END,
        b"colgroup" | b"frameset" | b"noscript" | b"select" => SPECIAL | BREAKOUT,
        b"option" => IS_OPTION,
        b"optgroup" => IS_OPTGROUP,
        b"svg" | b"math" => FOREIGN_ROOT,
        b"foreignobject" | b"desc" | b"mi" | b"mo" | b"mn" | b"ms" | b"mtext" | b"annotation-xml" => {
            SPECIAL | SCOPE | INTEGRATION
        }
        b"nobr" | b"ruby" | b"span" | b"sub" | b"sup" | b"var" => BREAKOUT,
        _ => 0,
    }
}

/// An element the scan holds open.
#[derive(Debug, Clone, Copy)]
struct Open<'a> {
    name: &'a str,
    /// Its [`role`], plus [`FOREIGN`] when it is an SVG or MathML element.
    roles: Roles,
}

/// `html` with start tags deeper than `max_depth` removed (and the end tags that
/// close them), formatting elements past [`MAX_FORMATTING`] removed likewise, and the
/// bodies of scripts and styles emptied (see the module's notes). Borrowed when nothing
/// had to go.
pub(crate) fn prepare(html: &str, max_depth: usize) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut stack: Vec<Open<'_>> = Vec::new();
    // `<svg>` and `<math>` elements open: while there are any, the scan cannot be sure
    // the parser reads a `<style>` or `<script>` as raw text (see `suspended_until`).
    let mut roots_open = 0usize;
    // End tags before this byte are not believed: the scan reads the body of a raw-text
    // element as markup (it may be foreign content) but must not take a `</div>` in a
    // script for a real one. The element's own end tag, at this byte, is believed.
    let mut suspended_until = 0usize;
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
            at = comment_end(bytes, lt + 4);
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
        let roles = role(name);
        let mut drop = false;
        let formatting = roles & FORMATTING != 0;
        if closing && lt < suspended_until {
            // Inside a body the parser may read as raw text: not an end tag to believe.
        } else if closing && formatting && dropped_formatting > 0 {
            dropped_formatting -= 1;
            drop = true;
        } else if closing {
            if formatting {
                open_formatting = open_formatting.saturating_sub(1);
            }
            match close_by_end_tag(&stack, name, roles) {
                Some(index) => pop_to(&mut stack, &mut roots_open, index),
                None if dropped_open > 0 => {
                    dropped_open -= 1;
                    drop = true;
                }
                None => {}
            }
        } else {
            let current = stack.last().map_or(0, |o| o.roles);
            // In foreign content (SVG, MathML) a tag that is not HTML's own is foreign
            // too, and HTML's rules for closing elements do not apply to it.
            let in_foreign = current & FOREIGN != 0 && current & INTEGRATION == 0 && roles & BREAKOUT == 0;
            let foreign = in_foreign || roles & FOREIGN_ROOT != 0;
            if roles & RAW_TEXT != 0 && !foreign {
                let body_end = raw_text_end(html, end, name);
                if roots_open > 0 {
                    // Raw text to HTML, markup to SVG: read the body as markup, without
                    // believing its end tags, and keep the element open.
                    suspended_until = body_end.map_or(html.len(), |(body_end, _)| body_end);
                } else {
                    let Some((body_end, after)) = body_end else {
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
            }
            // `/>` is not believed: `<div/>` is an open `<div>` to the parser, and an
            // SVG `<path/>` kept open here is closed with its `</svg>`.
            if formatting && !foreign && open_formatting >= MAX_FORMATTING {
                dropped_formatting += 1;
                drop = true;
            } else if roles & VOID == 0 {
                if stack.len() >= max_depth {
                    // At the limit every start tag goes, even one that would close an
                    // element first (a new `<li>`): each tag the parser takes at this depth
                    // costs it a walk down the whole stack.
                    dropped_open += 1;
                    drop = true;
                } else {
                    if !foreign {
                        open_formatting += usize::from(formatting);
                        if let Some(index) = close_by_start_tag(&stack, roles) {
                            pop_to(&mut stack, &mut roots_open, index);
                        }
                    }
                    roots_open += usize::from(roles & FOREIGN_ROOT != 0);
                    stack.push(Open { name, roles: if foreign { roles | FOREIGN } else { roles } });
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

/// Closes the element at `index` and all above it, keeping the count of open `<svg>` and
/// `<math>` roots.
fn pop_to(stack: &mut Vec<Open<'_>>, roots_open: &mut usize, index: usize) {
    *roots_open -= stack[index..].iter().filter(|o| o.roles & FOREIGN_ROOT != 0).count();
    stack.truncate(index);
}

/// The open element an end tag `name` closes (it and all above it), where the standard
/// says the parser looks for it.
fn close_by_end_tag(stack: &[Open<'_>], name: &str, roles: Roles) -> Option<usize> {
    let named = |o: &Open<'_>| o.name.eq_ignore_ascii_case(name);
    if roles & FOREIGN_ROOT != 0 {
        // `</svg>`: down through the foreign elements to their root, however many (an
        // SVG's `<path/>`s are held open, and the stack is never deeper than the limit);
        // they always end at a root.
        let foreign = stack.iter().rev().take_while(|o| o.roles & FOREIGN != 0);
        let root = foreign.enumerate().find(|(_, o)| o.roles & FOREIGN_ROOT != 0).map(|(i, _)| stack.len() - 1 - i);
        return root.filter(|&i| named(&stack[i]));
    }
    let stop = if roles & NO_POP_END != 0 {
        // The parser does not pop these for their end tags; it changes its mode.
        return None;
    } else if roles & IS_P != 0 {
        SCOPE | BUTTON
    } else if roles & IS_LI != 0 {
        SCOPE | LIST
    } else if roles & TABLE_END != 0 {
        TABLE_SCOPE
    } else if roles & (SCOPED_END | SCOPE) != 0 {
        SCOPE
    } else {
        // "Any other end tag", including a foreign element's: the nearest open one,
        // unless a special element stands above it.
        SPECIAL | ADP | SCOPE
    };
    find_open(stack, named, stop)
}

/// What an HTML start tag with these `roles` closes before it opens, as the standard
/// has it (the lowest index closed, with all above it): an open item for `<li>`, `<dd>`,
/// `<dt>`; the open row or cell for `<tr>`, `<td>`, `<th>`; an open option; an open
/// `<p>` (in button scope) for block elements; an open heading for a heading.
fn close_by_start_tag(stack: &[Open<'_>], roles: Roles) -> Option<usize> {
    let has = |bits: Roles| move |o: &Open<'_>| o.roles & bits != 0 && o.roles & FOREIGN == 0;
    let top_has = |bits: Roles| stack.last().filter(|o| has(bits)(o)).map(|_| stack.len() - 1);
    let own = if roles & IS_LI != 0 {
        find_open(stack, has(IS_LI), SPECIAL)
    } else if roles & IS_DEF != 0 {
        find_open(stack, has(IS_DEF), SPECIAL)
    } else if roles & IS_TR != 0 {
        find_open(stack, has(IS_TR), TABLE_BODY)
    } else if roles & IS_CELL != 0 {
        find_open(stack, has(IS_CELL), ROW)
    } else if roles & IS_OPTION != 0 {
        top_has(IS_OPTION)
    } else if roles & IS_OPTGROUP != 0 {
        top_has(IS_OPTION).or_else(|| top_has(IS_OPTGROUP))
    } else {
        None
    };
    let below_own = &stack[..own.unwrap_or(stack.len())];
    let p = (roles & CLOSES_P != 0).then(|| find_open(below_own, has(IS_P), SCOPE | BUTTON)).flatten();
    let below_p = &below_own[..p.unwrap_or(below_own.len())];
    let heading = (roles & IS_HEADING != 0)
        .then(|| below_p.last().filter(|o| has(IS_HEADING)(o)).map(|_| below_p.len() - 1))
        .flatten();
    heading.or(p).or(own)
}

/// The index of the nearest open element that `matches`, looking down from the top of
/// the stack no further than [`MATCH_REACH`] and stopping at an element with one of the
/// `stop` roles (which may itself match).
fn find_open(stack: &[Open<'_>], matches: impl Fn(&Open<'_>) -> bool, stop: Roles) -> Option<usize> {
    let floor = stack.len().saturating_sub(MATCH_REACH);
    for i in (floor..stack.len()).rev() {
        if matches(&stack[i]) {
            return Some(i);
        }
        if stack[i].roles & stop != 0 {
            return None;
        }
    }
    None
}

/// Where a comment that starts at `from` (just after `<!--`) ends, as the tokenizer
/// ends it: at `>` or `->` right away (`<!-->`), else at the first `-->` or `--!>`.
fn comment_end(bytes: &[u8], from: usize) -> usize {
    let rest = &bytes[from.min(bytes.len())..];
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    let mut at = 0;
    while let Some(offset) = memchr::memmem::find(&rest[at..], b"--") {
        let dashes = at + offset;
        let after = &rest[dashes + 2..];
        if after.starts_with(b">") {
            return from + dashes + 3;
        }
        if after.starts_with(b"!>") {
            return from + dashes + 4;
        }
        at = dashes + 1;
    }
    bytes.len()
}

/// White space as the tokenizer knows it.
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// The byte after the `>` that ends the tag whose attributes start at `from`, read as
/// the tokenizer reads attributes: a quote opens a value only where a value may start
/// (after an attribute's name and `=`), and a value so opened may hold a `>`.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        Unquoted,
    }
    let mut state = State::BeforeName;
    let mut at = from;
    while let Some(&b) = bytes.get(at) {
        if b == b'>' {
            return at + 1;
        }
        let space = is_space(b);
        state = match state {
            State::BeforeName if space || b == b'/' => State::BeforeName,
            State::BeforeName => State::Name,
            State::Name | State::AfterName if b == b'=' => State::BeforeValue,
            State::Name | State::AfterName if b == b'/' => State::BeforeName,
            State::Name | State::AfterName if space => State::AfterName,
            State::Name | State::AfterName => State::Name,
            State::BeforeValue if space => State::BeforeValue,
            State::BeforeValue if b == b'"' || b == b'\'' => match memchr::memchr(b, &bytes[at + 1..]) {
                Some(len) => {
                    at += 1 + len;
                    State::BeforeName
                }
                None => return bytes.len(),
            },
            State::BeforeValue | State::Unquoted if space => State::BeforeName,
            State::BeforeValue | State::Unquoted => State::Unquoted,
        };
        at += 1;
    }
    bytes.len()
}

/// Where the raw text of `name` (`script`, `style`, …) that starts at `from` ends: the
/// start of its end tag and the byte after it. `None` when it has no end tag. A script
/// follows the tokenizer's escapes: after `<!--`, a `<script` hides the next
/// `</script>` (until `-->`).
fn raw_text_end(html: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let bytes = html.as_bytes();
    let script = name.eq_ignore_ascii_case("script");
    // Is `name` (then white space, `/` or `>`) at `at`?
    let name_at = |at: usize| {
        bytes.get(at..at + name.len()).is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes()))
            && bytes.get(at + name.len()).is_none_or(|&b| is_space(b) || b == b'/' || b == b'>')
    };
    #[derive(PartialEq)]
    enum Escape {
        None,
        Escaped,
        Double,
    }
    let end_tag = |i: usize| Some((i, tag_end(bytes, i + 2 + name.len())));
    let mut at = from;
    if !script {
        // No escapes: the first `</name` ends it (styles are full of `-`, so the loop
        // below, which stops at each, is for scripts only).
        while let Some(offset) = memchr::memmem::find(&bytes[at..], b"</") {
            let i = at + offset;
            if name_at(i + 2) {
                return end_tag(i);
            }
            at = i + 2;
        }
        return None;
    }
    let mut escape = Escape::None;
    while let Some(offset) = memchr::memchr2(b'<', b'-', &bytes[at..]) {
        let i = at + offset;
        at = i + 1;
        let rest = &bytes[i..];
        match escape {
            Escape::None if rest.starts_with(b"<!--") => escape = Escape::Escaped,
            Escape::Escaped | Escape::Double if rest.starts_with(b"-->") => escape = Escape::None,
            Escape::Escaped if rest.starts_with(b"<") && !rest.starts_with(b"</") && name_at(i + 1) => {
                escape = Escape::Double;
            }
            Escape::Double if rest.starts_with(b"</") && name_at(i + 2) => escape = Escape::Escaped,
            Escape::None | Escape::Escaped if rest.starts_with(b"</") && name_at(i + 2) => return end_tag(i),
            _ => {}
        }
    }
    None
}

/// Whether the body of the raw-text element `name`, whose start tag spans `tag` and
/// whose body ends at `body_end`, may be emptied: scripts (but not JSON-LD) and styles.
fn can_empty(html: &str, name: &str, tag: std::ops::Range<usize>, body_end: usize, open: &[Open<'_>]) -> bool {
    let script = name.eq_ignore_ascii_case("script");
    if !script && !name.eq_ignore_ascii_case("style") {
        return false;
    }
    let body = &html.as_bytes()[tag.end..body_end];
    let start_tag = &html.as_bytes()[tag];
    // A script with `<!--` may hide tags from a reader that gets its escapes wrong: it
    // is left for the parser to read.
    if script && memchr::memmem::find(body, b"<!--").is_some() {
        return false;
    }
    // JSON-LD, its `+` perhaps written as a character reference (`ld&#x2B;json`).
    if script && contains_ignore_case(start_tag, b"json") && contains_ignore_case(start_tag, b"ld") {
        return false;
    }
    // Inside `<noscript>` (read with scripting on) a script is no tag at all.
    !open.iter().any(|e| e.name.eq_ignore_ascii_case("noscript"))
}

/// Whether `haystack` contains `needle` (lower case), ASCII case aside.
pub(super) fn contains_ignore_case(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_untouched() {
        let page = "<html><body><ul><li>a<li>b</ul><p>one<p>two<textarea>if (a<b) {}</textarea>\
                    <div title=\"x>y\"><br/><img src=x></div></body></html>";
        assert!(matches!(prepare(page, 5), Cow::Borrowed(_)));
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
    fn comments_end_where_the_tokenizer_ends_them() {
        let end = |s: &str| comment_end(s.as_bytes(), 4);
        assert_eq!(end("<!-->x"), 5);
        assert_eq!(end("<!--->x"), 6);
        assert_eq!(end("<!-- a -->x"), 10);
        assert_eq!(end("<!-- a --!>x"), 11);
        assert_eq!(end("<!-- a - b -->x"), 14);
        assert_eq!(end("<!-- never"), 10);
    }

    #[test]
    fn a_quote_opens_a_value_only_after_a_name_and_equals() {
        let end = |s: &str| tag_end(s.as_bytes(), 4);
        assert_eq!(end(r#"<div title="a>b">x"#), 17);
        assert_eq!(end(r#"<div title = 'a>b'>x"#), 19);
        assert_eq!(end(r#"<div =">x"#), 8);
        assert_eq!(end(r#"<div a==">x"#), 10);
        assert_eq!(end(r#"<div a="x"b=">">x"#), 16);
        assert_eq!(end(r#"<div a="never"#), 13);
    }

    #[test]
    fn a_script_ends_where_its_escapes_let_it() {
        let end = |s: &str| raw_text_end(s, 8, "script").map(|(body_end, _)| body_end);
        assert_eq!(end("<script>a</script>"), Some(9));
        assert_eq!(end("<script><!--<script></script>--></script>"), Some(32));
        assert_eq!(end("<script><!-- a </script>"), Some(15));
        assert_eq!(end("<script>'</scripts>'</script >"), Some(20));
        assert_eq!(end("<script>never"), None);
    }

    #[test]
    fn elements_stay_open_where_the_parser_keeps_them_open() {
        // Each shape nests in the parser; the scan must see it nest too, and cut it.
        for (shape, times) in [
            ("<div/>", 100),
            ("<span><div></span>", 100),
            ("<div><object></div>", 100),
            ("<li><ul>", 100),
            ("<div></html>", 100),
            ("<div><script><!--<script></script></div></script>-->", 100),
        ] {
            let page = format!("<body>{}", shape.repeat(times));
            assert!(matches!(prepare(&page, 20), Cow::Owned(_)), "{shape} is not cut");
        }
        // And where it closes them, the scan does too.
        for (shape, times) in
            [("<div></div>", 100), ("<li>a</li>", 100), ("<p>a<div>b</div>", 100), ("<svg><path/></svg>", 100)]
        {
            let page = format!("<body><ul>{}</ul>", shape.repeat(times));
            assert!(matches!(prepare(&page, 20), Cow::Borrowed(_)), "{shape} is cut");
        }
    }

    #[test]
    fn many_siblings_that_close_each_other_are_not_depth() {
        let page = format!("<ul>{}</ul>", "<li>item".repeat(2000));
        assert!(matches!(prepare(&page, 8), Cow::Borrowed(_)));
    }
}
