//! One linear scan of a page's tags before it is parsed, for these jobs:
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
//!   [`MAX_FORMATTING`] on the list, further formatting start tags go, with their end
//!   tags. They carry no text of their own, so nothing the extractor reads changes.
//! - **Bounding attributes and names.** html5ever checks each new attribute against the
//!   element's others (quadratic in their number: 300,000 on one `<div>` took a minute),
//!   and interns every tag and attribute name in a table that slows down with each new
//!   one (800,000 distinct custom tag names took 40 s). Attributes past
//!   [`MAX_ATTRIBUTES`] go, and so do attribute names past [`MAX_NAME_LEN`] bytes or past
//!   [`MAX_DISTINCT_NAMES`] unknown ones; tag names past either bound become
//!   [`STAND_IN_NAME`], an element with no meaning of its own, as theirs was (only
//!   names html5ever does not know are counted, and only those can be renamed). The
//!   text is untouched.
//! - **Emptying scripts and styles.** Half the bytes of a typical news page are script
//!   and style bodies, which the parser would copy into text nodes that nothing here
//!   reads. Their bodies are dropped and the elements kept (`<script></script>`), which
//!   saves a fifth of the parse. JSON-LD scripts stay whole: the metadata reads them.
//!
//! Nothing else of the page changes.
//!
//! The depth bound holds only if the scan never thinks an element closed that the
//! parser keeps open: a page could otherwise nest without limit behind closings only
//! the scan believes in. So the scan follows html5ever's tree builder where its stack
//! shrinks, with the state that decides it: the insertion mode (which table part is
//! open decides whether a `<td>` closes a cell, opens one or is ignored), the form
//! pointer (`</form>` closes the form alone), `<noscript>` (raw text to the parse with
//! scripting on, markup to the one with it off, so its content may close nothing
//! outside it), foreign content, the list of active formatting elements (the adoption
//! agency moves elements around) and the tokenizer's reading of tags, comments and
//! raw text. Every element it holds open is either *sure* (the parser certainly has it
//! open) or not; only a sure element is ever closed by a tag that names it or its kind,
//! so an element the parser may have closed behind the scan's back never lets the scan
//! close more than the parser does. Where it cannot be sure it keeps elements open:
//! keeping too many open only costs odd pages some markup past the depth limit, never
//! text. The unit tests check the bound against html5ever itself on generated markup.

use std::borrow::Cow;

/// The deepest nesting kept. Real pages stay under 100; browsers give up near 512.
pub(crate) const MAX_DEPTH: usize = 512;

/// The parser walks down its stack of open elements, looking for a paragraph to close,
/// at every block-level start tag (`<div>`, `<p>`, `<ul>`...): a page of 100,000
/// one-letter paragraphs under 500 `<div>`s costs it 50 million steps, thirty times the
/// time of an ordinary page of its size. The scan adds up the depth at each such tag;
/// past this many steps per byte of the page, the rest of the page nests no deeper than
/// [`SHALLOW_DEPTH`] (its text stays). The 1,678 eval pages take at most 0.17 steps a
/// byte (0.03 at the median).
const WALK_PER_BYTE: usize = 2;

/// ...plus this many steps (a few milliseconds), so that no small page is bounded: a
/// 50 KB eval page takes under 10,000.
const WALK_FLOOR: usize = 1 << 18;

/// The depth the rest of a page may nest to once it has spent its walks, each walk then
/// short: deeper than the text of 98 in 100 eval pages (19 at the median).
const SHALLOW_DEPTH: usize = 32;

/// How much deeper than the scan's limit the parser's tree may go: `<html>` and
/// `<body>` (which the parser makes whether or not the page has them, and the scan
/// does not count), the table body and row a `<td>` implies, the element at the limit's
/// void or raw-text children, and the formatting elements the parser reopens into a
/// paragraph at the limit (at most [`MAX_FORMATTING`], plus one `<a>` and one `<nobr>`).
#[cfg(test)]
const DEPTH_SLACK: usize = MAX_FORMATTING + 8;

/// The most formatting elements (`<b>`, `<i>`, `<font>`, …) on the list at once. Real
/// pages nest a handful; the count also rises on unclosed ones the parser forgets and
/// the scan cannot be sure of, so a page may lose some bold there, never text.
const MAX_FORMATTING: usize = 8;

/// The parser reopens every formatting element a paragraph closed into the text that
/// follows ("reconstruct the active formatting elements"): eight `<b>`s left open before
/// 20,000 `<p>x` make 160,000 elements of 87 KB, 48 times the time of an ordinary page of
/// its size. Past one reopened element for this many bytes of the page, the scan ends them
/// for the parser instead (an end tag for each, which takes it off the parser's list: the
/// text after is no longer bold, and stays). The eval pages reopen 46 at most.
const BYTES_PER_REOPENED: usize = 16;

/// ...plus this many, so that no small page is touched.
const REOPENED_FLOOR: usize = 4_096;

/// How far down the stack an end tag (or a start tag that closes an open element) looks
/// for its element. Bounded so that stray end tags cost constant time each; an element
/// deeper than this stays open in the scan's eyes (the safe side, see above).
const MATCH_REACH: usize = 16;

/// The most attributes one element keeps; the first ones stay. Real elements carry a
/// dozen at most (an SVG path, a tracked link with its `data-` fields); html5ever's
/// check for duplicates makes each further one cost as much as all before it.
const MAX_ATTRIBUTES: usize = 128;

/// The longest tag or attribute name kept as it is. The longest names html5ever knows
/// are 20 bytes, custom elements on real pages under 40; every stripped piece's path
/// copies its ancestors' names (a 10,000-byte name 40 deep around 2,000 menus took
/// 629 MB).
const MAX_NAME_LEN: usize = 64;

/// The most distinct names html5ever does not know (custom elements, `data-`
/// attributes) kept as they are: html5ever interns each in a table of 4,096 chains, so
/// every new name costs more than the last. Real pages use tens.
const MAX_DISTINCT_NAMES: usize = 1024;

/// The tag name that stands in for one past [`MAX_NAME_LEN`] or [`MAX_DISTINCT_NAMES`]:
/// an unknown element, as the original was, so the parse of the page is the same.
const STAND_IN_NAME: &str = "x-tag";

/// What the scan knows of an element by its name: bits of [`role`].
type Roles = u32;
/// Never has content or an end tag.
const VOID: Roles = 1;
/// In HTML content, its content is raw text up to its end tag.
const RAW_TEXT: Roles = 1 << 1;
/// A formatting element the parser reopens after its parent closes (see the module's
/// notes), counted against [`MAX_FORMATTING`].
const FORMATTING: Roles = 1 << 2;
/// A boundary of html5ever's default scope: an end tag that must be "in scope" does not
/// reach an element below it.
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
/// An HTML start tag that ends foreign content (html5ever's list; `<font>` only with
/// `color`, `face` or `size`).
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
/// `html`, `body`, `head`: the parser makes each once, and never again for a start tag;
/// it changes its mode at their end tags, and pops nothing.
const DOCUMENT: Roles = 1 << 26;
/// A part of a table (`caption`, `col`, `colgroup`, `tbody`, `td`, …): what a start tag
/// of one does depends on the insertion mode.
const TABLE_PART: Roles = 1 << 27;
/// Elements that put a marker on the list of active formatting elements: formatting
/// opened inside them is forgotten when they close.
const MARKER: Roles = 1 << 28;
/// `a` and `nobr`: on the list of active formatting elements, but a new one closes the
/// last, so they never pile up; not counted, never dropped (links matter here).
const LINK_LIKE: Roles = 1 << 29;
/// Elements whose start tag does not reopen the formatting elements the parser keeps on
/// its list (block-level elements and tables).
const NO_RECONSTRUCT: Roles = 1 << 30;
/// On the stack only, with [`FOREIGN`]: a MathML element (else SVG).
const MATH: Roles = 1 << 31;

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
    const BLOCK: Roles = SPECIAL | SCOPED_END | CLOSES_P | NO_RECONSTRUCT;
    const PART: Roles = SPECIAL | TABLE_PART | NO_RECONSTRUCT;
    match &*lower {
        b"embed" | b"img" | b"meta" => VOID | SPECIAL | BREAKOUT,
        b"hr" => VOID | SPECIAL | BREAKOUT | CLOSES_P,
        b"area" | b"wbr" | b"base" | b"input" | b"link" | b"param" | b"source" | b"track" | b"keygen" | b"frame"
        | b"basefont" | b"bgsound" => VOID | SPECIAL,
        b"col" => VOID | PART,
        b"br" => VOID | SPECIAL | BREAKOUT,
        b"script" | b"style" | b"textarea" | b"iframe" | b"noembed" | b"noframes" => RAW_TEXT | SPECIAL,
        b"xmp" => RAW_TEXT | SPECIAL | CLOSES_P,
        b"title" => RAW_TEXT | SPECIAL | SCOPE | INTEGRATION,
        b"plaintext" => RAW_TEXT | SPECIAL | CLOSES_P,
        b"b" | b"big" | b"code" | b"em" | b"i" | b"s" | b"small" | b"strike" | b"strong" | b"tt" | b"u" => {
            FORMATTING | BREAKOUT
        }
        b"font" => FORMATTING,
        b"a" => LINK_LIKE,
        b"nobr" => LINK_LIKE | BREAKOUT,
        b"address" => ADP | SCOPED_END | CLOSES_P | NO_RECONSTRUCT,
        b"div" => ADP | SCOPED_END | CLOSES_P | BREAKOUT | NO_RECONSTRUCT,
        b"p" => ADP | SCOPED_END | CLOSES_P | BREAKOUT | IS_P | NO_RECONSTRUCT,
        b"blockquote" | b"center" | b"dl" | b"listing" | b"menu" | b"pre" => BLOCK | BREAKOUT,
        b"article" | b"aside" | b"details" | b"dialog" | b"dir" | b"fieldset" | b"figcaption" | b"figure"
        | b"footer" | b"header" | b"hgroup" | b"main" | b"nav" | b"search" | b"section" | b"summary" => BLOCK,
        b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6" => BLOCK | BREAKOUT | IS_HEADING,
        b"ol" | b"ul" => BLOCK | BREAKOUT | LIST,
        b"form" => SPECIAL | SCOPED_END | CLOSES_P | NO_RECONSTRUCT,
        b"li" => SPECIAL | SCOPED_END | CLOSES_P | BREAKOUT | IS_LI | NO_RECONSTRUCT,
        b"dd" | b"dt" => SPECIAL | SCOPED_END | CLOSES_P | BREAKOUT | IS_DEF | NO_RECONSTRUCT,
        b"button" => SPECIAL | SCOPED_END | BUTTON,
        b"applet" | b"marquee" | b"object" => SPECIAL | SCOPED_END | SCOPE | MARKER,
        b"select" => SPECIAL | SCOPED_END | SCOPE,
        b"caption" => PART | SCOPE | TABLE_END | MARKER,
        b"td" | b"th" => PART | SCOPE | TABLE_END | IS_CELL | MARKER,
        b"html" => SPECIAL | SCOPE | TABLE_SCOPE | TABLE_BODY | ROW | DOCUMENT,
        b"table" => SPECIAL | SCOPE | TABLE_SCOPE | TABLE_BODY | ROW | BREAKOUT | TABLE_END | NO_RECONSTRUCT,
        b"template" => SPECIAL | SCOPE | TABLE_SCOPE | TABLE_BODY | ROW | TABLE_END | MARKER | NO_RECONSTRUCT,
        b"tbody" | b"thead" | b"tfoot" => PART | TABLE_BODY | TABLE_END,
        b"tr" => PART | ROW | TABLE_END | IS_TR,
        b"body" | b"head" => SPECIAL | BREAKOUT | DOCUMENT,
        b"colgroup" => PART,
        b"frameset" | b"noscript" | b"isindex" => SPECIAL | NO_RECONSTRUCT,
        b"option" => IS_OPTION,
        b"optgroup" => IS_OPTGROUP,
        b"svg" | b"math" => FOREIGN_ROOT,
        b"foreignobject" | b"desc" | b"mi" | b"mo" | b"mn" | b"ms" | b"mtext" | b"annotation-xml" => {
            SPECIAL | SCOPE | INTEGRATION
        }
        b"ruby" | b"span" | b"sub" | b"sup" | b"var" => BREAKOUT,
        _ => 0,
    }
}

/// The roles of a foreign element `name` (in MathML when `ns` is [`MATH`], else SVG):
/// HTML's meanings of names do not apply, but MathML's text elements and SVG's
/// `foreignObject`, `desc` and `title` bound the scopes, and hold HTML.
fn foreign_roles(name: &str, ns: Roles) -> Roles {
    let names: &[&str] =
        if ns == MATH { &["mi", "mo", "mn", "ms", "mtext"] } else { &["foreignobject", "desc", "title"] };
    let integration = names.iter().any(|n| is(name, n));
    let root = is(name, "svg") || is(name, "math");
    FOREIGN | ns | if integration { SPECIAL | SCOPE | INTEGRATION } else { 0 } | if root { FOREIGN_ROOT } else { 0 }
}

/// Whether `name` is `lower` (lower case), ASCII case aside.
fn is(name: &str, lower: &str) -> bool {
    name.eq_ignore_ascii_case(lower)
}

/// The tree builder's insertion mode, as far as the scan follows it: set by the nearest
/// open table part or template (html5ever's "reset the insertion mode").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Body,
    Table,
    TableBody,
    Row,
    Cell,
    Caption,
    ColumnGroup,
    /// In a `<template>` before its first start tag, which sets its mode.
    Template,
}

/// An element the scan holds open.
#[derive(Debug, Clone, Copy)]
struct Open<'a> {
    name: &'a str,
    /// Its [`role`], plus [`FOREIGN`] when it is an SVG or MathML element.
    roles: Roles,
    /// The parser certainly has it open: only such an element is closed by a tag (see
    /// the module's notes).
    sure: bool,
    /// The insertion mode while it is the innermost open element.
    mode: Mode,
    /// The index of the table part or template that sets `mode` ([`NONE`] for none).
    ctx: u32,
}

/// No index.
const NONE: u32 = u32::MAX;

/// An entry of the scan's copy of the list of active formatting elements.
#[derive(Debug, Clone, Copy)]
struct Entry<'a> {
    name: &'a str,
    /// The element's index on the stack, or `None` once it is closed (the parser then
    /// reopens it into the next text: see [`Scan::reconstruct`]).
    at: Option<u32>,
    /// A marker (see [`MARKER`]) rather than an element.
    marker: bool,
    /// Counted against [`MAX_FORMATTING`] (not `<a>` or `<nobr>`).
    counted: bool,
    /// The adoption agency moved the element where the scan cannot follow it: the entry
    /// stays, counted, and is never reopened or closed by the scan.
    lost: bool,
}

/// Where the parser's form element pointer points.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Form {
    None,
    At(u32),
    /// At a form that is no longer open.
    Closed,
}

/// What becomes of a tag in the prepared page.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Fate {
    Keep,
    Drop,
}

/// The scan's state between two tags.
struct Scan<'a> {
    html: &'a str,
    max_depth: usize,
    /// The parser's walks down the stack so far: the depth at each start tag that closes
    /// an open paragraph (see [`WALK_PER_BYTE`]).
    walked: usize,
    /// The walks the page may cost before [`SHALLOW_DEPTH`] bounds it.
    walk_budget: usize,
    /// Formatting elements the parser reopened so far, and how many it may
    /// ([`BYTES_PER_REOPENED`]).
    reopened: usize,
    reopen_budget: usize,
    /// End tags the prepared page gains before the current text or tag, for formatting
    /// elements past the reopening budget (see [`Scan::reconstruct`]).
    ends_to_insert: Vec<&'a str>,
    /// Raw-text names already searched for an end tag that the rest of the page lacks,
    /// with where the search started (see [`Scan::body_end_or_rest`]).
    missing_end_tags: Vec<(&'a str, usize)>,
    stack: Vec<Open<'a>>,
    /// The entries' stack indices rise along the list (the parser's order too: each is
    /// opened above all before it), which lets [`Scan::pop_to`] stop at the first entry
    /// below what it closes.
    list: Vec<Entry<'a>>,
    /// Entries closed and not yet reopened may stand on the list (a hint: [`Scan::reconstruct`]
    /// looks).
    maybe_closed: bool,
    form: Form,
    /// `<svg>` and `<math>` elements open: while there are any, the scan cannot be sure
    /// the parser reads a `<style>` or `<script>` as raw text (see `suspended_until`).
    roots_open: usize,
    templates_open: usize,
    /// A `<frameset>` came: the parser may now ignore every other tag, and the scan is
    /// sure of nothing it opens.
    frameset: bool,
    /// End tags before this byte are not believed: the scan reads the body of a raw-text
    /// element as markup (it may be foreign content) but must not take a `</div>` in a
    /// script for a real one. The element's own end tag, at this byte, is believed.
    suspended_until: usize,
    /// Inside a `<noscript>`'s content, up to its end tag: the index of the first element
    /// above it (nothing below may close) and where its end tag starts.
    noscript: Option<(usize, usize)>,
    dropped_open: usize,
    dropped_formatting: usize,
    /// Distinct names html5ever does not know, lower-cased (see [`MAX_DISTINCT_NAMES`]).
    names: crate::hash::FastSet<Box<[u8]>>,
    /// The current tag's attributes: where each name starts and ends, and where the
    /// attribute ends.
    attrs: Vec<(usize, usize, usize)>,
    /// A closing was refused inside a `<noscript>`'s content: the parse with scripting
    /// off may have closed what the scan holds open, so the scan no longer knows the
    /// current element (see [`Scan::paranoid`]).
    refused: bool,
    /// Whether the parser is in quirks mode (a `<table>` then leaves a paragraph open):
    /// yes without a doctype, no with `<!DOCTYPE html>`, unknown with another.
    quirks: Option<bool>,
    /// A tag came (a doctype after it changes nothing).
    tags_seen: bool,
}

/// `html` prepared for the parser (see the module's notes): start tags deeper than
/// `max_depth` removed (and the end tags that close them), formatting elements past
/// [`MAX_FORMATTING`] removed likewise, attributes and names bounded, and the bodies of
/// scripts and styles emptied. Borrowed when nothing had to go.
pub(crate) fn prepare(html: &str, max_depth: usize) -> Cow<'_, str> {
    let mut scan = Scan {
        html,
        max_depth,
        walked: 0,
        walk_budget: html.len().saturating_mul(WALK_PER_BYTE).saturating_add(WALK_FLOOR),
        reopened: 0,
        reopen_budget: html.len() / BYTES_PER_REOPENED + REOPENED_FLOOR,
        ends_to_insert: Vec::new(),
        missing_end_tags: Vec::new(),
        stack: Vec::new(),
        list: Vec::new(),
        maybe_closed: false,
        form: Form::None,
        roots_open: 0,
        templates_open: 0,
        frameset: false,
        suspended_until: 0,
        noscript: None,
        dropped_open: 0,
        dropped_formatting: 0,
        names: Default::default(),
        attrs: Vec::new(),
        quirks: Some(true),
        tags_seen: false,
        refused: false,
    };
    let bytes = html.as_bytes();
    let mut out = Output { html, out: None, copied_to: 0 };
    let mut at = 0;
    while let Some(offset) = memchr::memchr(b'<', &bytes[at..]) {
        let lt = at + offset;
        scan.passed(lt);
        if lt > at {
            scan.text(at..lt);
            scan.insert_ends(&mut out, at);
        }
        let rest = &bytes[lt..];
        if rest.starts_with(b"<!--") {
            at = comment_end(bytes, lt + 4);
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            at = memchr::memchr(b'>', &bytes[lt..]).map_or(html.len(), |p| lt + p + 1);
            if !scan.tags_seen && rest.len() > 9 && rest[2..9].eq_ignore_ascii_case(b"doctype") {
                let words: Vec<&[u8]> = bytes[lt + 9..at.saturating_sub(1).max(lt + 9)]
                    .split(|&b| is_space(b))
                    .filter(|w| !w.is_empty())
                    .collect();
                scan.quirks =
                    if matches!(&words[..], [name] if name.eq_ignore_ascii_case(b"html")) { Some(false) } else { None };
            }
            continue;
        }
        scan.tags_seen |= rest.get(1).is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/');
        let closing = rest.get(1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        match bytes.get(name_start) {
            Some(b) if b.is_ascii_alphabetic() => {}
            // `</>` is nothing; `</` and anything but a letter is a bogus comment.
            Some(b'>') if closing => {
                at = name_start + 1;
                continue;
            }
            Some(_) if closing => {
                at = memchr::memchr(b'>', &bytes[name_start..]).map_or(html.len(), |p| name_start + p + 1);
                continue;
            }
            // A literal '<' (or `</` at the very end).
            _ => {
                scan.text(lt..lt + 1);
                scan.insert_ends(&mut out, lt);
                at = lt + 1;
                continue;
            }
        }
        // The tokenizer's tag name runs to white space, `/` or `>`.
        let name_len = bytes[name_start..].iter().take_while(|&&b| !is_space(b) && b != b'/' && b != b'>').count();
        let name_end = name_start + name_len;
        scan.attrs.clear();
        let (end, self_closing) = tag_end(bytes, name_end, &mut scan.attrs);
        // Inside a body that may be raw text, a tag may be text: it is not renamed.
        let suspended = lt < scan.suspended_until;
        let renamed = !suspended && scan.needs_stand_in(&html[name_start..name_end]);
        let name = if renamed { STAND_IN_NAME } else { &html[name_start..name_end] };
        let roles = role(name);
        let (fate, raw) = if closing {
            (scan.end_tag(lt, name, roles), Raw::None)
        } else {
            scan.start_tag(lt, end, name, roles, self_closing)
        };
        scan.insert_ends(&mut out, lt);
        if fate == Fate::Drop {
            // A dropped block's tag leaves a space, or the texts on either side of it
            // would run together into words the page does not have.
            let separates = !closing && roles & (SPECIAL | CLOSES_P) != 0;
            out.replace(lt..end, if separates { " " } else { "" });
        } else {
            if renamed {
                out.replace(name_start..name_end, STAND_IN_NAME);
            }
            if !suspended {
                scan.bound_attributes(&mut out);
            }
        }
        at = match raw {
            Raw::None => end,
            Raw::Skip { after, empty } => {
                if let Some(body) = empty {
                    out.skip(body);
                }
                after
            }
            // No end tag: the rest of the page is this element's text.
            Raw::Rest => return out.finish(),
        };
    }
    out.finish()
}

/// What follows a start tag of raw text.
enum Raw {
    /// Markup: read on.
    None,
    /// Raw text up to `after`; `empty` is the body to drop, if any.
    Skip { after: usize, empty: Option<std::ops::Range<usize>> },
    /// Raw text to the end of the page.
    Rest,
}

/// The prepared page, copied from the original only once something changes.
struct Output<'a> {
    html: &'a str,
    out: Option<String>,
    copied_to: usize,
}

impl<'a> Output<'a> {
    /// Leaves out `range` (after everything before it).
    fn skip(&mut self, range: std::ops::Range<usize>) {
        self.replace(range, "");
    }

    /// Writes `with` in place of `range`.
    fn replace(&mut self, range: std::ops::Range<usize>, with: &str) {
        let out = self.out.get_or_insert_with(|| String::with_capacity(self.html.len()));
        out.push_str(&self.html[self.copied_to..range.start]);
        out.push_str(with);
        self.copied_to = range.end;
    }

    fn finish(self) -> Cow<'a, str> {
        match self.out {
            None => Cow::Borrowed(self.html),
            Some(mut out) => {
                out.push_str(&self.html[self.copied_to..]);
                Cow::Owned(out)
            }
        }
    }
}

impl<'a> Scan<'a> {
    /// Where the raw text of `name` from `from` ends ([`raw_text_end`]), or the end of the
    /// page when it has no end tag. A search that found none is remembered: the same
    /// element opened many times over (`<noscript><iframe></noscript>` repeated) would
    /// search the rest of the page each time, a cost quadratic in its length. Reusing a
    /// miss may only lengthen the stretch the scan treats as raw text, where it trusts
    /// no markup: the safe side. (For scripts, whose escapes depend on where the search
    /// starts, a later start could find an end tag an earlier one did not.)
    fn body_end_or_rest(&mut self, from: usize, name: &'a str) -> usize {
        if self.missing_end_tags.iter().any(|&(missing, after)| after <= from && missing.eq_ignore_ascii_case(name)) {
            return self.html.len();
        }
        match raw_text_end(self.html, from, name) {
            Some((body_end, _)) => body_end,
            None => {
                self.missing_end_tags.push((name, from));
                self.html.len()
            }
        }
    }

    /// The insertion mode, and the index of the element that sets it ([`NONE`] for none).
    fn mode(&self) -> (Mode, usize) {
        self.stack.last().map_or((Mode::Body, NONE as usize), |o| (o.mode, o.ctx as usize))
    }

    /// Whether the element at `index` is one the scan may close.
    fn sure(&self, index: usize) -> bool {
        self.stack.get(index).is_some_and(|o| o.sure) && self.noscript.is_none_or(|(floor, _)| index >= floor)
    }

    /// Opens an element; returns its index.
    fn push(&mut self, name: &'a str, roles: Roles, sure: bool) -> usize {
        let index = self.stack.len();
        let html = roles & FOREIGN == 0;
        let own = |mode| (mode, index as u32);
        let inherited = self.stack.last().map_or((Mode::Body, NONE), |o| (o.mode, o.ctx));
        let (mode, ctx) = if !html {
            inherited
        } else if roles & IS_CELL != 0 {
            own(Mode::Cell)
        } else if roles & IS_TR != 0 {
            own(Mode::Row)
        } else if roles & TABLE_PART != 0 && roles & TABLE_BODY != 0 {
            own(Mode::TableBody)
        } else if is(name, "caption") {
            own(Mode::Caption)
        } else if is(name, "colgroup") {
            own(Mode::ColumnGroup)
        } else if is(name, "table") {
            own(Mode::Table)
        } else if is(name, "template") {
            own(Mode::Template)
        } else {
            inherited
        };
        // A frameset may be ignored (or replace the body): nothing is sure after one.
        let sure = sure && !self.frameset;
        self.roots_open += usize::from(roles & FOREIGN_ROOT != 0);
        self.templates_open += usize::from(html && is(name, "template"));
        self.stack.push(Open { name, roles, sure, mode, ctx });
        if html && roles & MARKER != 0 {
            self.list.push(Entry { name, at: Some(index as u32), marker: true, counted: false, lost: false });
        }
        index
    }

    /// Closes the element at `index` and all above it, unless that would close an element
    /// below the content of a `<noscript>` being read. Returns whether it did.
    fn pop_to(&mut self, index: usize) -> bool {
        if index >= self.stack.len() {
            return true;
        }
        if self.noscript.is_some_and(|(floor, _)| index < floor) {
            self.refused = true;
            return false;
        }
        if self.frameset {
            // Once a frameset may have replaced the body, nothing closes.
            return false;
        }
        for o in &self.stack[index..] {
            self.roots_open -= usize::from(o.roles & FOREIGN_ROOT != 0);
            self.templates_open -= usize::from(o.roles & FOREIGN == 0 && is(o.name, "template"));
        }
        self.stack.truncate(index);
        if matches!(self.form, Form::At(i) if i as usize >= index) {
            self.form = Form::Closed;
        }
        // Formatting elements closed stay on the list, to be reopened; a closed marker's
        // element takes its entries with it.
        let mut i = self.list.len();
        while i > 0 {
            i -= 1;
            match self.list[i].at {
                Some(at) if at as usize >= index => {
                    if self.list[i].marker {
                        self.list.truncate(i);
                        // Entries closed before the marker may reopen now.
                        self.maybe_closed = true;
                    } else {
                        self.list[i].at = None;
                        self.maybe_closed = true;
                    }
                }
                Some(_) => break,
                None => {}
            }
        }
        true
    }

    /// Closes the element at `index` (with all above it) if the scan is sure of it.
    fn close(&mut self, index: usize) -> bool {
        self.sure(index) && self.pop_to(index)
    }

    /// The elements from `from` up are no longer sure: the parser may have closed or
    /// moved them. Their formatting entries are lost likewise.
    fn unsure_from(&mut self, from: usize, to: usize) {
        for o in &mut self.stack[from.min(to)..to] {
            o.sure = false;
        }
        for e in &mut self.list {
            if !e.marker && e.at.is_some_and(|at| (from..to).contains(&(at as usize))) {
                e.at = None;
                e.lost = true;
            }
        }
    }

    /// The entries of the list after its last marker, as a range of indices.
    fn after_marker(&self) -> std::ops::Range<usize> {
        let start = self.list.iter().rposition(|e| e.marker).map_or(0, |i| i + 1);
        start..self.list.len()
    }

    /// Whether markup written at `at` reaches the parser as markup, in the HTML the scan
    /// follows: not in a body that may be raw text, not in foreign content, a
    /// `<noscript>` or a template, not where the scan has lost the current element.
    fn may_insert_at(&self, at: usize) -> bool {
        at >= self.suspended_until
            && self.noscript.is_none()
            && self.roots_open == 0
            && self.templates_open == 0
            && !self.paranoid()
    }

    /// Writes the end tags [`Scan::reconstruct`] asked for at `at`, before the text or
    /// tag there.
    fn insert_ends(&mut self, out: &mut Output<'_>, at: usize) {
        if self.ends_to_insert.is_empty() {
            return;
        }
        let ends: String = self.ends_to_insert.drain(..).map(|name| format!("</{name}>")).collect();
        out.replace(at..at, &ends);
    }

    /// The parser's "reconstruct the active formatting elements": formatting elements
    /// closed but still on the list open again (the scan cannot always tell whether the
    /// parser does it here, so they are not sure).
    fn reconstruct(&mut self, may_end: bool) {
        if !self.maybe_closed {
            return;
        }
        self.maybe_closed = false;
        // The parser reopens the entries after the last one still open (or the last
        // marker); those before it stay closed.
        let marker = self.after_marker();
        let range = match self.list[marker.clone()].iter().rposition(|e| e.at.is_some()) {
            Some(open) => marker.start + open + 1..marker.end,
            None => marker,
        };
        let reopen = self.list[range.clone()].iter().filter(|e| e.at.is_none() && !e.lost).count();
        if reopen == 0 {
            return;
        }
        self.reopened += reopen;
        if may_end && self.reopened > self.reopen_budget {
            // The entries to reopen are the last ones on the list, closed and followed
            // by no open one: each end tag, last first, then takes the parser's last
            // entry of its name off the list, and nothing else. Otherwise they reopen.
            let first = range.end - reopen;
            let current = self.stack.last().map(|o| o.name);
            let exact = self.list[first..].iter().all(|e| e.at.is_none() && !e.lost && !e.marker)
                && current.is_none_or(|name| self.list[first..].iter().all(|e| !e.name.eq_ignore_ascii_case(name)));
            if exact {
                self.ends_to_insert.extend(self.list[first..].iter().rev().map(|e| e.name));
                self.list.truncate(first);
                return;
            }
        }
        for i in range {
            let e = self.list[i];
            if e.at.is_none() && !e.lost {
                let index = self.push(e.name, role(e.name), false);
                self.list[i].at = Some(index as u32);
            }
        }
    }

    /// Text between tags, in `range`.
    fn text(&mut self, range: std::ops::Range<usize>) {
        if self.stack.last().is_some_and(|o| o.roles & FOREIGN != 0) {
            return;
        }
        let (mode, ctx) = self.mode();
        if !self.maybe_closed && mode != Mode::ColumnGroup {
            return;
        }
        let html = self.html;
        let blank = || html.as_bytes()[range.clone()].iter().all(|&b| is_space(b));
        match mode {
            Mode::ColumnGroup if !blank() => {
                // Text ends a column group (the parser then places it before the table).
                if ctx + 1 == self.stack.len() && self.sure(ctx) && is(self.stack[ctx].name, "colgroup") {
                    self.pop_to(ctx);
                }
                self.reconstruct(false);
            }
            Mode::Table | Mode::TableBody | Mode::Row | Mode::ColumnGroup if blank() => {}
            _ => {
                let may_end = self.may_insert_at(range.start);
                self.reconstruct(may_end);
            }
        }
    }

    /// Whether the tag or attribute `name` must give way ([`MAX_NAME_LEN`],
    /// [`MAX_DISTINCT_NAMES`]): too long, or new past the limit of names html5ever does
    /// not know.
    fn beyond_bounds(&mut self, name: &str) -> bool {
        if name.len() > MAX_NAME_LEN {
            return true;
        }
        let mut buffer = [0u8; MAX_NAME_LEN];
        let lower = &mut buffer[..name.len()];
        lower.copy_from_slice(name.as_bytes());
        lower.make_ascii_lowercase();
        if std::str::from_utf8(lower).is_ok_and(|s| html5ever::LocalName::try_static(s).is_some()) {
            return false;
        }
        if self.names.contains(&*lower) {
            return false;
        }
        if self.names.len() < MAX_DISTINCT_NAMES {
            self.names.insert(Box::from(&*lower));
            return false;
        }
        true
    }

    /// Whether a tag's name gives way to [`STAND_IN_NAME`].
    fn needs_stand_in(&mut self, name: &str) -> bool {
        role(name) == 0 && self.beyond_bounds(name)
    }

    /// Leaves out the current tag's attributes past [`MAX_ATTRIBUTES`] and those whose
    /// names are beyond bounds.
    fn bound_attributes(&mut self, out: &mut Output<'_>) {
        let n = self.attrs.len();
        for k in 0..n.min(MAX_ATTRIBUTES) {
            let (start, name_end, end) = self.attrs[k];
            if self.beyond_bounds(&self.html[start..name_end]) {
                out.skip(start..end);
            }
        }
        if n > MAX_ATTRIBUTES {
            out.skip(self.attrs[MAX_ATTRIBUTES].0..self.attrs[n - 1].2);
        }
    }

    /// How many entries of the list count against [`MAX_FORMATTING`].
    fn formatting_open(&self) -> usize {
        self.list.iter().filter(|e| e.counted).count()
    }

    /// Whether a `<select>` is open in scope.
    fn select_in_scope(&self) -> Option<usize> {
        self.find_open(|o| o.roles & FOREIGN == 0 && is(o.name, "select"), SCOPE)
    }

    /// A start tag at `lt`, ending at `end`: what becomes of it, and of the raw text
    /// after it.
    fn start_tag(&mut self, lt: usize, end: usize, name: &'a str, roles: Roles, self_closing: bool) -> (Fate, Raw) {
        let keep = (Fate::Keep, Raw::None);
        let mut roles = roles;
        if let Some(top) = self.stack.last().copied().filter(|o| o.roles & FOREIGN != 0) {
            let math = top.roles & MATH != 0;
            let html_here = self.integration(&top) && !(math && (is(name, "mglyph") || is(name, "malignmark")))
                || math && is(top.name, "annotation-xml") && is(name, "svg");
            if !html_here {
                let font_breaks = is(name, "font") && self.font_breaks_out();
                if roles & BREAKOUT == 0 && !font_breaks {
                    // A foreign element, closed at once when it says so.
                    if self_closing && !self.frameset && top.sure {
                        return keep;
                    }
                    if self.stack.len() >= self.max_depth {
                        self.dropped_open += 1;
                        return (Fate::Drop, Raw::None);
                    }
                    // In foreign content every element takes the namespace of its parent.
                    let ns = if math { MATH } else { 0 };
                    self.push(name, foreign_roles(name, ns), lt >= self.suspended_until);
                    return keep;
                }
                // An HTML tag ends foreign content: the parser closes foreign elements down
                // to an HTML one or an integration point (if it gets the tag at all).
                if let Some(fate) = self.past_limits(roles) {
                    return (fate, Raw::None);
                }
                self.leave_foreign();
            }
        }
        self.decide_template(name, roles);
        if roles & DOCUMENT != 0 {
            return keep;
        }
        let ambiguous = self.roots_open > 0 || self.paranoid() || self.noscript.is_some() || lt < self.suspended_until;
        if roles & RAW_TEXT != 0
            && roles & CLOSES_P != 0
            && !ambiguous
            && !self.frameset
            && self.stack.len() < self.max_depth
        {
            // `<xmp>` and `<plaintext>` close an open paragraph first.
            if let Some(index) = self.close_by_start_tag(roles) {
                self.close(index);
            }
        }
        if roles & RAW_TEXT != 0 && !ambiguous {
            // Raw text, read past: no element stays open.
            let Some((body_end, after)) = raw_text_end(self.html, end, name) else {
                return (Fate::Keep, Raw::Rest);
            };
            let empty = can_empty(self.html, name, lt..end, body_end).then_some(end..body_end);
            return (Fate::Keep, Raw::Skip { after, empty });
        }
        if is(name, "noscript") && self.noscript.is_none() {
            // Raw text to the parse with scripting on, markup to the other: read as
            // markup, and let nothing in it close what is outside it.
            let index = self.push(name, roles, lt >= self.suspended_until);
            let body_end = self.body_end_or_rest(end, name);
            self.noscript = Some((index + 1, body_end));
            return keep;
        }
        if roles & RAW_TEXT != 0 {
            // Raw text to HTML, markup to SVG (or to a frameset, which ignores the tag, or
            // to the parse of `<noscript>` with scripting off): read the body as markup,
            // without believing its end tags, and keep the element open.
            let mut until = self.body_end_or_rest(end, name);
            if let Some((_, noscript_end)) = self.noscript {
                // With scripting on, markup starts again after the `<noscript>`; with it
                // off, the raw text runs on, and holds no elements.
                until = until.min(noscript_end);
            }
            self.suspended_until = self.suspended_until.max(until);
            // Never dropped: its body would become text. Past the limit it is not
            // counted (the parser closes it at its end tag, or it is foreign and empty).
            if self.stack.len() < self.max_depth {
                self.push(name, roles, false);
            }
            return keep;
        }
        if self.paranoid() {
            // Where the scan cannot follow the current element, every start tag opens
            // one, and nothing closes.
            if self.stack.len() >= self.max_depth {
                self.dropped_open += 1;
                return (Fate::Drop, Raw::None);
            }
            if let Some(fate) = self.past_limits(roles) {
                return (fate, Raw::None);
            }
            let roles = if roles & FOREIGN_ROOT != 0 {
                foreign_roles(name, if is(name, "math") { MATH } else { 0 })
            } else {
                roles
            };
            self.push(name, roles, false);
            if roles & FORMATTING != 0 {
                self.list.push(Entry { name, at: None, marker: false, counted: true, lost: true });
            }
            return keep;
        }
        if let (Mode::ColumnGroup, ctx) = self.mode() {
            if !is(name, "template") && !is(name, "col") {
                if !is(self.stack[ctx].name, "colgroup") {
                    // A template's column group takes nothing else.
                    if !self.sure(ctx) && self.past_limits(roles).is_none() {
                        self.push_unsure(name, roles);
                    } else if !self.sure(ctx) {
                        return (Fate::Drop, Raw::None);
                    }
                    return keep;
                }
                // Anything else ends a column group, if it is the current element.
                if ctx + 1 == self.stack.len() && self.sure(ctx) && self.past_limits(roles).is_none() {
                    self.pop_to(ctx);
                } else if self.past_limits(roles).is_none() {
                    self.push_unsure(name, roles);
                    return keep;
                } else {
                    return (Fate::Drop, Raw::None);
                }
            }
        }
        let (mode, _) = self.mode();
        if (roles & TABLE_PART != 0 && mode == Mode::Body || is(name, "frame")) && self.templates_open == 0 {
            // Ignored in the body: the parser opens no table part outside a table.
            return keep;
        }
        if let Some(fate) = self.past_limits(roles) {
            return (fate, Raw::None);
        }
        let sure = lt >= self.suspended_until;
        if !self.table_rules(name, roles, sure) {
            return keep;
        }
        if is(name, "form") && self.templates_open == 0 && self.form != Form::None {
            // A second form inside a form is ignored.
            return keep;
        }
        if roles & LINK_LIKE != 0 {
            // A new `<a>` (or `<nobr>` in scope) closes the last, through the adoption
            // agency; and the parser takes the last `<a>` out of the stack and the list.
            if let Some(i) = self.last_entry(name) {
                let (at, len) = (self.list[i].at, self.list.len());
                self.adoption(name);
                if is(name, "a") && self.list.len() == len {
                    if let Some(at) = at.map(|at| at as usize).filter(|&at| at < self.stack.len()) {
                        self.unsure_from(at, at + 1);
                    }
                    self.list.remove(i);
                }
            }
        }
        if is(name, "select") || is(name, "input") {
            if let Some(i) = self.select_in_scope() {
                // A select inside a select, or an input, closes the select (and a new
                // select opens nothing).
                self.close(i);
                if is(name, "select") {
                    return keep;
                }
            }
        }
        let before = (self.stack.len(), self.list.len());
        self.implied_by_start_tag(name, roles);
        if let Some(index) = self.close_by_start_tag(roles) {
            self.close(index);
        }
        if roles & NO_RECONSTRUCT == 0 {
            // End tags inserted before this tag reach the parser before anything it
            // closes: only where it closes nothing are they exact.
            let closed_nothing = before == (self.stack.len(), self.list.len()) && roles & LINK_LIKE == 0;
            self.reconstruct(closed_nothing && self.may_insert_at(lt));
        }
        if roles & VOID != 0 {
            return keep;
        }
        if is(name, "frameset") {
            self.frameset = true;
        }
        if is(name, "math") {
            roles = foreign_roles(name, MATH);
        } else if is(name, "svg") {
            roles = foreign_roles(name, 0);
        }
        let index = self.push(name, roles, sure);
        if is(name, "form") && self.templates_open == 0 {
            self.form = Form::At(index as u32);
        }
        if roles & (FORMATTING | LINK_LIKE) != 0 {
            let counted = roles & FORMATTING != 0;
            self.list.push(Entry { name, at: Some(index as u32), marker: false, counted, lost: false });
        }
        keep
    }

    /// The parser's way out of foreign content for an HTML tag: foreign elements close,
    /// down to an HTML one or an integration point.
    fn leave_foreign(&mut self) {
        let keep_to = self.stack.iter().rposition(|o| o.roles & FOREIGN == 0 || self.integration(o));
        self.pop_to(keep_to.map_or(0, |i| i + 1));
    }

    /// Whether an HTML start tag with these `roles` goes, past the depth limit or the
    /// limit of formatting elements: then `Some(Fate::Drop)`, decided before the tag
    /// closes anything (the parser will not see it).
    fn past_limits(&mut self, roles: Roles) -> Option<Fate> {
        if roles & CLOSES_P != 0 {
            self.walked += self.stack.len();
            if self.walked > self.walk_budget {
                self.max_depth = self.max_depth.min(SHALLOW_DEPTH);
            }
        }
        if roles & VOID == 0 && self.stack.len() >= self.max_depth {
            // At the limit every start tag goes, even one that would close an element
            // first (a new `<li>`): each tag the parser takes at this depth costs it a walk
            // down the whole stack.
            self.dropped_open += 1;
            return Some(Fate::Drop);
        }
        if roles & FORMATTING != 0 && self.formatting_open() >= MAX_FORMATTING {
            self.dropped_formatting += 1;
            return Some(Fate::Drop);
        }
        None
    }

    /// Whether the `<font>` being read has `color`, `face` or `size` (which end foreign
    /// content).
    fn font_breaks_out(&self) -> bool {
        self.attrs.iter().any(|&(start, end, _)| {
            let n = &self.html[start..end];
            is(n, "color") || is(n, "face") || is(n, "size")
        })
    }

    /// Whether `o` is where foreign content holds HTML again, for the parser's way out of
    /// foreign content (MathML's text elements, SVG's `foreignObject`, `desc`, `title`).
    fn integration(&self, o: &Open<'_>) -> bool {
        o.roles & (FOREIGN | INTEGRATION) == FOREIGN | INTEGRATION
    }

    /// The table rules of the insertion mode for a start tag: the table parts a tag
    /// implies or closes, as the parser's modes "in table", "in table body", "in row",
    /// "in cell", "in caption", "in column group" and "in template" have them. Returns
    /// whether the tag is then read as in the body (`false`: done with it).
    fn table_rules(&mut self, name: &'a str, roles: Roles, sure: bool) -> bool {
        let part = roles & TABLE_PART != 0;
        let table = is(name, "table");
        for _ in 0..8 {
            let (mode, ctx) = self.mode();
            let ctx_sure = ctx != NONE as usize && self.sure(ctx);
            let cell = roles & IS_CELL != 0;
            match mode {
                Mode::Template => return true,
                Mode::ColumnGroup => {
                    if is(name, "col") {
                        return false;
                    }
                    if is(name, "template") {
                        return true;
                    }
                    if ctx + 1 != self.stack.len() || !is(self.stack[ctx].name, "colgroup") {
                        // The parser ignores anything else unless a column group is the
                        // current element (in a template, it may not be).
                        if !ctx_sure {
                            self.push_unsure(name, roles);
                        }
                        return false;
                    }
                    if !ctx_sure || !self.pop_to(ctx) {
                        self.push_unsure(name, roles);
                        return false;
                    }
                }
                Mode::Table | Mode::TableBody | Mode::Row | Mode::Cell | Mode::Caption if part || table => {
                    if !ctx_sure {
                        if part {
                            self.push_unsure(name, roles);
                            return false;
                        }
                        return true;
                    }
                    let clear = |scan: &mut Self| {
                        scan.pop_to(ctx + 1);
                    };
                    // Closing the table part that sets the mode: in a template, there is
                    // none, and the parser ignores the tag.
                    let in_template = is(self.stack[ctx].name, "template");
                    let opens = match mode {
                        Mode::Table => !table,
                        Mode::TableBody => cell || roles & IS_TR != 0,
                        Mode::Row => cell,
                        _ => true,
                    };
                    if in_template && !opens {
                        return false;
                    }
                    let close = |scan: &mut Self| scan.pop_to(ctx);
                    match mode {
                        Mode::Table if table => {
                            if !close(self) {
                                return true;
                            }
                        }
                        Mode::Table if is(name, "col") => {
                            clear(self);
                            self.push("colgroup", role("colgroup"), sure);
                            return false;
                        }
                        Mode::Table if cell || roles & IS_TR != 0 => {
                            clear(self);
                            self.push("tbody", role("tbody"), sure);
                        }
                        Mode::Table => {
                            clear(self);
                            if roles & VOID == 0 {
                                self.push(name, roles, sure);
                            }
                            return false;
                        }
                        Mode::TableBody if roles & IS_TR != 0 => {
                            clear(self);
                            self.push(name, roles, sure);
                            return false;
                        }
                        Mode::TableBody if cell => {
                            clear(self);
                            self.push("tr", role("tr"), sure);
                        }
                        Mode::Row if cell => {
                            clear(self);
                            self.push(name, roles, sure);
                            return false;
                        }
                        Mode::Cell | Mode::Caption if table => return true,
                        _ => {
                            // Closes the open body, row, cell or caption, then reads the tag
                            // again.
                            if !close(self) {
                                self.push_unsure(name, roles);
                                return false;
                            }
                        }
                    }
                }
                Mode::Table | Mode::TableBody | Mode::Row if is(name, "form") => {
                    // A form in a table is closed at once.
                    if self.templates_open == 0 && self.form == Form::None {
                        self.form = Form::Closed;
                    }
                    return false;
                }
                _ => return true,
            }
        }
        true
    }

    /// Whether the scan cannot follow the parser's current element: after a frameset
    /// (which may be ignored), after a closing refused inside `<noscript>`.
    fn paranoid(&self) -> bool {
        self.frameset || self.refused
    }

    /// In a `<template>` whose mode its first start tag has not set yet, sets it: table
    /// parts make it a table, a row or a column group, head elements leave it unset,
    /// anything else makes it a body.
    fn decide_template(&mut self, name: &str, roles: Roles) {
        let (mode, ctx) = self.mode();
        if mode != Mode::Template || ctx == NONE as usize {
            return;
        }
        const HEAD: &[&str] =
            &["base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style", "template", "title"];
        self.stack[ctx].mode = if is(name, "col") {
            Mode::ColumnGroup
        } else if roles & IS_TR != 0 {
            Mode::TableBody
        } else if roles & IS_CELL != 0 {
            Mode::Row
        } else if roles & TABLE_PART != 0 {
            Mode::Table
        } else if HEAD.iter().any(|h| is(name, h)) {
            return;
        } else {
            Mode::Body
        };
    }

    /// Opens an element the parser may have ignored: never closed by a tag of its own.
    fn push_unsure(&mut self, name: &'a str, roles: Roles) {
        if roles & VOID == 0 {
            self.push(name, roles, false);
        }
    }

    /// Past the end of a `<noscript>`'s content without meeting its end tag (it was in a
    /// comment, or inside a tag): what it held open is no longer sure.
    fn passed(&mut self, lt: usize) {
        if let Some((floor, body_end)) = self.noscript.filter(|&(_, body_end)| lt > body_end) {
            let _ = body_end;
            self.noscript = None;
            self.refused = false;
            let to = self.stack.len();
            self.unsure_from(floor - 1, to);
        }
    }

    /// The index on the list of the last entry for `name` after the last marker.
    fn last_entry(&self, name: &str) -> Option<usize> {
        let range = self.after_marker();
        let start = range.start;
        self.list[range].iter().rposition(|e| e.name.eq_ignore_ascii_case(name)).map(|i| start + i)
    }

    /// The parser's adoption agency for an end tag (or a new `<a>`) of the formatting
    /// element `name`, as far as the scan can follow it. Returns `false` when there is no
    /// such element on the list (the end tag is then like any other).
    fn adoption(&mut self, name: &str) -> bool {
        let Some(entry) = self.last_entry(name) else {
            return false;
        };
        let e = self.list[entry];
        debug_assert!(e.at.is_none_or(|at| (at as usize) < self.stack.len()), "stale entry {e:?}");
        // (An index past the stack would be the scan's own fault: taken as closed.)
        let Some(at) = e.at.map(|at| at as usize).filter(|&at| !e.lost && at < self.stack.len()) else {
            if !e.lost {
                // Closed already: the parser forgets it.
                self.list.remove(entry);
            }
            return true;
        };
        // Not in scope: the parser does nothing.
        if self.stack[at + 1..].iter().any(|o| o.roles & SCOPE != 0) {
            return true;
        }
        let special = |o: &Open<'_>| o.roles & (SPECIAL | ADP) != 0;
        let (mut mark_from, mut search) = (at, at + 1);
        for round in 0..8 {
            match self.stack[search..].iter().position(special).map(|i| search + i) {
                None => {
                    if round == 0 {
                        // No furthest block: the element closes, with all above it (if the
                        // scan is sure of it; else the parser's copy, no lower, does).
                        self.close(at);
                    } else {
                        // The element's copy, just above the last block, closes with all
                        // above it.
                        self.pop_to(search);
                    }
                    if entry < self.list.len() {
                        self.list.remove(entry);
                    }
                    return true;
                }
                Some(block) => {
                    // The parser takes the element (and the others between) out from under
                    // the furthest block and opens a copy inside it.
                    self.unsure_from(mark_from, block);
                    (mark_from, search) = (block + 1, block + 1);
                }
            }
        }
        true
    }

    /// An end tag at `lt`: what becomes of it.
    fn end_tag(&mut self, lt: usize, name: &'a str, roles: Roles) -> Fate {
        if let Some((floor, body_end)) = self.noscript {
            if lt == body_end {
                // The end of a `<noscript>`'s raw text (with scripting on); with it off, an
                // end tag like any other.
                self.noscript = None;
                self.refused = false;
                match self.find_open(|o| is(o.name, "noscript"), SPECIAL | ADP | SCOPE) {
                    Some(i) if i + 1 == floor => {
                        self.pop_to(i);
                    }
                    _ => {
                        let to = self.stack.len();
                        self.unsure_from(floor - 1, to);
                    }
                }
                return Fate::Keep;
            }
        }
        if lt <= self.suspended_until && self.suspended_until > 0 {
            // Inside a body the parser may read as raw text: not an end tag to believe;
            // and the end tag of that body (at `suspended_until`) must stay whatever it
            // closes, or the raw text would run on.
            if lt < self.suspended_until {
                return Fate::Keep;
            }
            if let Some(index) = self.close_by_end_tag(name, roles) {
                self.close(index);
            }
            return Fate::Keep;
        }
        if roles & FORMATTING != 0 && self.dropped_formatting > 0 {
            self.dropped_formatting -= 1;
            return Fate::Drop;
        }
        let mut left_foreign = false;
        if self.stack.last().is_some_and(|o| o.roles & FOREIGN != 0) && (is(name, "br") || is(name, "p")) {
            // `</br>` and `</p>` end foreign content, as an HTML start tag does (so the
            // tag must stay, even if it then closes nothing).
            self.leave_foreign();
            left_foreign = true;
        }
        if self.stack.last().is_some_and(|o| o.roles & FOREIGN != 0) {
            // In foreign content: the nearest foreign element of that name closes, down to
            // the first HTML one, where the tag is read as HTML.
            let floor = self.stack.len().saturating_sub(MATCH_REACH);
            for i in (floor..self.stack.len()).rev() {
                let o = self.stack[i];
                if o.roles & FOREIGN == 0 {
                    break;
                }
                if o.name.eq_ignore_ascii_case(name) {
                    self.close(i);
                    return Fate::Keep;
                }
                if i == floor {
                    return Fate::Keep;
                }
            }
        }
        let (mode, ctx) = self.mode();
        match mode {
            Mode::ColumnGroup if !is(name, "template") => {
                if is(name, "col") {
                    return Fate::Keep;
                }
                let current = ctx + 1 == self.stack.len() && self.sure(ctx) && is(self.stack[ctx].name, "colgroup");
                if current {
                    self.pop_to(ctx);
                }
                if is(name, "colgroup") || !current {
                    return Fate::Keep;
                }
            }
            Mode::Template if !is(name, "template") => return Fate::Keep,
            _ => {}
        }
        if roles & FOREIGN == 0 && is(name, "form") {
            self.form_end();
            return Fate::Keep;
        }
        if roles & (FORMATTING | LINK_LIKE) != 0 && self.adoption(name) {
            return Fate::Keep;
        }
        match self.close_by_end_tag(name, roles) {
            Some(index) if self.close(index) => Fate::Keep,
            Some(_) => Fate::Keep,
            None if self.dropped_open > 0 && !left_foreign => {
                self.dropped_open -= 1;
                Fate::Drop
            }
            None => Fate::Keep,
        }
    }

    /// `</form>`: outside a template, the form the pointer names closes, alone.
    fn form_end(&mut self) {
        if self.templates_open > 0 {
            if let Some(i) = self.find_open(|o| is(o.name, "form"), SCOPE) {
                self.close(i);
            }
            return;
        }
        let Form::At(at) = std::mem::replace(&mut self.form, Form::None) else {
            return;
        };
        let at = at as usize;
        if self.stack[at + 1..].iter().any(|o| o.roles & SCOPE != 0) {
            return;
        }
        // The parser closes the elements whose end tags are implied, then takes the form
        // out from under the others.
        while self.stack.len() > at + 1 {
            let top = self.stack.len() - 1;
            let o = self.stack[top];
            let implied = o.roles & (IS_P | IS_LI | IS_DEF | IS_OPTION | IS_OPTGROUP) != 0
                || matches!(o.name.to_ascii_lowercase().as_str(), "rb" | "rp" | "rt" | "rtc");
            if !implied || o.roles & FOREIGN != 0 || !self.close(top) {
                break;
            }
        }
        if self.stack.len() == at + 1 {
            self.close(at);
        } else {
            self.unsure_from(at, at + 1);
        }
    }

    /// The parser's "generate implied end tags": elements whose end tag may be left out
    /// (`<p>`, `<li>`, `<option>`, …) close from the top, but `except`.
    fn implied_ends(&mut self, except: &str) {
        const IMPLIED: &[&str] = &["dd", "dt", "li", "option", "optgroup", "p", "rb", "rp", "rt", "rtc"];
        while let Some(top) = self.stack.len().checked_sub(1) {
            let o = self.stack[top];
            if o.roles & FOREIGN != 0
                || is(o.name, except)
                || !IMPLIED.iter().any(|n| is(o.name, n))
                || !self.close(top)
            {
                return;
            }
        }
    }

    /// The closings some start tags make before they open, beyond
    /// [`Scan::close_by_start_tag`]'s: in a `<select>`, options and rules close what
    /// leaves out its end tag; in a `<ruby>`, its annotations do; a button closes an open
    /// button; a table closes an open paragraph unless the page is in quirks mode.
    fn implied_by_start_tag(&mut self, name: &str, roles: Roles) {
        let html = |o: &Open<'_>| o.roles & FOREIGN == 0;
        if is(name, "option") || is(name, "optgroup") || is(name, "hr") {
            if self.select_in_scope().is_some() {
                self.implied_ends(if is(name, "option") { "optgroup" } else { "" });
            }
        } else if ["rb", "rtc", "rp", "rt"].iter().any(|n| is(name, n)) {
            if self.find_open(|o| html(o) && is(o.name, "ruby"), SCOPE).is_some() {
                self.implied_ends(if is(name, "rp") || is(name, "rt") { "rtc" } else { "" });
            }
        } else if is(name, "button") {
            if let Some(i) = self.find_open(|o| html(o) && is(o.name, "button"), SCOPE) {
                self.close(i);
            }
        } else if is(name, "table") && roles & FOREIGN == 0 {
            if let Some(i) = self.find_open(|o| html(o) && o.roles & IS_P != 0, SCOPE | BUTTON) {
                match self.quirks {
                    Some(false) => {
                        self.close(i);
                    }
                    Some(true) => {}
                    None => {
                        let to = self.stack.len();
                        self.unsure_from(i, to);
                    }
                }
            }
        }
    }

    /// The open element an end tag `name` closes (it and all above it), where the
    /// standard says the parser looks for it.
    fn close_by_end_tag(&self, name: &str, roles: Roles) -> Option<usize> {
        // A heading's end tag closes the nearest open heading of any level (`</h1>` an
        // `<h2>`), as the standard has it.
        let heading = roles & IS_HEADING != 0;
        let named = |o: &Open<'_>| {
            o.roles & FOREIGN == 0
                && if heading { o.roles & IS_HEADING != 0 } else { o.name.eq_ignore_ascii_case(name) }
        };
        // MathML's and SVG's integration points are nothing special in HTML: an HTML
        // `</mi>` is any other end tag.
        let roles = if roles & INTEGRATION != 0 { 0 } else { roles };
        let stop = if roles & DOCUMENT != 0 {
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
            // "Any other end tag": the nearest open one, unless a special element stands
            // above it.
            SPECIAL | ADP | SCOPE
        };
        self.find_open(named, stop)
    }

    /// What an HTML start tag with these `roles` closes before it opens, as the standard
    /// has it (the lowest index closed, with all above it): an open item for `<li>`,
    /// `<dd>`, `<dt>`; an open option; an open `<p>` (in button scope) for block elements;
    /// an open heading for a heading. (Table parts are [`Scan::table_rules`]'.)
    fn close_by_start_tag(&self, roles: Roles) -> Option<usize> {
        let stack = &self.stack;
        let has = |bits: Roles| move |o: &Open<'_>| o.roles & bits != 0 && o.roles & FOREIGN == 0;
        let top_has = |bits: Roles| stack.last().filter(|o| has(bits)(o)).map(|_| stack.len() - 1);
        let own = if roles & IS_LI != 0 {
            self.find_open(has(IS_LI), SPECIAL)
        } else if roles & IS_DEF != 0 {
            self.find_open(has(IS_DEF), SPECIAL)
        } else if roles & IS_OPTION != 0 {
            top_has(IS_OPTION)
        } else if roles & IS_OPTGROUP != 0 {
            top_has(IS_OPTION).or_else(|| self.select_in_scope().and_then(|_| top_has(IS_OPTGROUP)))
        } else {
            None
        };
        let below_own = own.unwrap_or(stack.len());
        let p = if roles & CLOSES_P != 0 { self.find_open_below(below_own, has(IS_P), SCOPE | BUTTON) } else { None };
        let below_p = p.unwrap_or(below_own);
        let heading =
            (roles & IS_HEADING != 0 && below_p > 0 && has(IS_HEADING)(&stack[below_p - 1])).then(|| below_p - 1);
        heading.or(p).or(own)
    }

    /// The index of the nearest open element that `matches`, looking down from the top of
    /// the stack no further than [`MATCH_REACH`] (nor below a `<noscript>` being read) and
    /// stopping at an element with one of the `stop` roles (which may itself match).
    fn find_open(&self, matches: impl Fn(&Open<'_>) -> bool, stop: Roles) -> Option<usize> {
        self.find_open_below(self.stack.len(), matches, stop)
    }

    /// [`Scan::find_open`] among the elements below index `top`.
    fn find_open_below(&self, top: usize, matches: impl Fn(&Open<'_>) -> bool, stop: Roles) -> Option<usize> {
        let floor = top.saturating_sub(MATCH_REACH).max(self.noscript.map_or(0, |(floor, _)| floor));
        for i in (floor..top).rev() {
            let o = &self.stack[i];
            if matches(o) {
                return Some(i);
            }
            if o.roles & stop != 0 {
                return None;
            }
        }
        None
    }
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
/// (after an attribute's name and `=`), and a value so opened may hold a `>`. Also
/// whether the tag is self-closing (`/>`), and in `attrs` each attribute's name (start
/// and end) and end.
fn tag_end(bytes: &[u8], from: usize, attrs: &mut Vec<(usize, usize, usize)>) -> (usize, bool) {
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
    let mut slash = false;
    while let Some(&b) = bytes.get(at) {
        if b == b'>' {
            return (at + 1, slash);
        }
        let space = is_space(b);
        slash = false;
        let extend = |attrs: &mut Vec<(usize, usize, usize)>, name: bool, to: usize| {
            if let Some(last) = attrs.last_mut() {
                if name {
                    last.1 = to;
                }
                last.2 = to;
            }
        };
        state = match state {
            State::BeforeName | State::AfterName if b == b'/' => {
                slash = true;
                State::BeforeName
            }
            State::BeforeName | State::AfterName if space => state,
            State::AfterName if b == b'=' => State::BeforeValue,
            State::BeforeName | State::AfterName => {
                attrs.push((at, at + 1, at + 1));
                State::Name
            }
            State::Name if b == b'=' => State::BeforeValue,
            State::Name if b == b'/' => {
                slash = true;
                State::BeforeName
            }
            State::Name if space => State::AfterName,
            State::Name => {
                extend(attrs, true, at + 1);
                State::Name
            }
            State::BeforeValue if space => State::BeforeValue,
            State::BeforeValue if b == b'"' || b == b'\'' => match memchr::memchr(b, &bytes[at + 1..]) {
                Some(len) => {
                    at += 1 + len;
                    extend(attrs, false, at + 1);
                    State::BeforeName
                }
                None => return (bytes.len(), false),
            },
            State::Unquoted if space => State::BeforeName,
            State::BeforeValue | State::Unquoted => {
                extend(attrs, false, at + 1);
                State::Unquoted
            }
        };
        at += 1;
    }
    (bytes.len(), false)
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
    let end_tag = |i: usize| Some((i, tag_end(bytes, i + 2 + name.len(), &mut Vec::new()).0));
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
/// (Inside `<noscript>`, read as raw text with scripting on, a script is no tag at all;
/// the scan does not come here then.)
fn can_empty(html: &str, name: &str, tag: std::ops::Range<usize>, body_end: usize) -> bool {
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
    !(script && contains_ignore_case(start_tag, b"json") && contains_ignore_case(start_tag, b"ld"))
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
        // (Each dropped `<div>` leaves a space: see
        // `a_block_dropped_at_the_depth_limit_still_separates_words`.)
        assert_eq!(limited, format!("<div><div><div>{}text</div></div></div>", " ".repeat(7)));
    }

    #[test]
    fn a_page_that_spends_its_walks_nests_no_deeper_than_the_shallow_depth() {
        // Each `<p>` under 500 `<div>`s costs the parser a walk of 500 steps: once the
        // page has spent its budget, the paragraphs go (their text stays).
        let count = 20_000;
        let page = format!("<body>{}{}", "<div>".repeat(500), "<p>x</p>".repeat(count));
        let prepared = prepare(&page, MAX_DEPTH);
        let kept = prepared.matches("<p>").count();
        let budget = page.len() * WALK_PER_BYTE + WALK_FLOOR;
        assert!(kept <= budget / 500 + 1, "{kept} paragraphs kept");
        assert_eq!(prepared.matches("</p>").count(), kept, "each dropped <p> goes with its end tag");
        assert_eq!(prepared.matches('x').count(), count);
        // Under the shallow depth nothing changes, however many paragraphs.
        let shallow = format!("<body>{}{}", "<div>".repeat(SHALLOW_DEPTH - 4), "<p>x</p>".repeat(count));
        assert_eq!(prepare(&shallow, MAX_DEPTH), shallow);
    }

    #[test]
    fn formatting_past_the_reopening_budget_is_ended_for_the_parser() {
        // Eight `<b>`s left open before many paragraphs: the parser reopens all eight in
        // each, until the budget is spent; then one end tag each ends them, and the
        // paragraphs after are plain. Every letter stays.
        let count = 20_000;
        let bold: String = (0..MAX_FORMATTING).map(|i| format!("<b class=c{i}>")).collect();
        let page = format!("<p>{bold}{}", "<p>x".repeat(count));
        let prepared = prepare(&page, MAX_DEPTH);
        assert_eq!(prepared.matches("</b>").count(), MAX_FORMATTING, "one end tag for each");
        let doc = scraper::Html::parse_document(&prepared);
        let bold_elements = doc.tree.values().filter(|n| n.as_element().is_some_and(|e| e.name() == "b")).count();
        let budget = page.len() / BYTES_PER_REOPENED + REOPENED_FLOOR;
        assert!(bold_elements <= MAX_FORMATTING + budget, "{bold_elements} <b> elements");
        let text: String = doc.root_element().text().collect();
        assert_eq!(text, "x".repeat(count));
        // Under the budget the page is untouched.
        let few = format!("<p>{bold}{}", "<p>x".repeat(100));
        assert_eq!(prepare(&few, MAX_DEPTH), few);
    }

    #[test]
    fn unclosed_tags_past_the_limit_go() {
        // (`<body>` is not counted: the parser makes it whether the page has it or not.)
        let page = format!("<body>{}deep", "<span>".repeat(100));
        let limited = prepare(&page, 5);
        assert_eq!(limited.matches("<span>").count(), 5);
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
        let end = |s: &str| tag_end(s.as_bytes(), 4, &mut Vec::new()).0;
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

    /// The deepest element of a parsed page (the root element at 1) and how many elements
    /// it has.
    fn depth_and_size(doc: &scraper::Html) -> (usize, usize) {
        use ego_tree::iter::Edge;
        let (mut depth, mut deepest, mut elements) = (0usize, 0usize, 0usize);
        for edge in doc.tree.root().traverse() {
            match edge {
                Edge::Open(node) if node.value().is_element() => {
                    depth += 1;
                    elements += 1;
                    deepest = deepest.max(depth);
                }
                Edge::Close(node) if node.value().is_element() => depth -= 1,
                _ => {}
            }
        }
        (deepest, elements)
    }

    /// Markup the parser's modes treat apart: tables and their parts, selects, forms,
    /// `<noscript>`, templates, formatting elements and links, foreign content, raw text,
    /// framesets, and stray end tags of each.
    const TOKENS: &[&str] = &[
        "<table>",
        "</table>",
        "<tbody>",
        "</tbody>",
        "<thead>",
        "</thead>",
        "<tfoot>",
        "<tr>",
        "</tr>",
        "<td>",
        "</td>",
        "<th>",
        "</th>",
        "<caption>",
        "</caption>",
        "<colgroup>",
        "</colgroup>",
        "<col>",
        "<select>",
        "</select>",
        "<option>",
        "</option>",
        "<optgroup>",
        "</optgroup>",
        "<form>",
        "</form>",
        "<noscript>",
        "</noscript>",
        "<template>",
        "</template>",
        "<b>",
        "</b>",
        "<i>",
        "</i>",
        "<b class=x>",
        "<u class=y>",
        "</u>",
        "<font>",
        "<font color=red>",
        "</font>",
        "<code>",
        "</code>",
        "<a href=x>",
        "</a>",
        "<nobr>",
        "</nobr>",
        "<div>",
        "</div>",
        "<span>",
        "</span>",
        "<p>",
        "</p>",
        "<li>",
        "</li>",
        "<ul>",
        "</ul>",
        "<dd>",
        "<dt>",
        "<h1>",
        "</h1>",
        "<h2>",
        "<button>",
        "</button>",
        "<input>",
        "<hr>",
        "<br>",
        "</br>",
        "<img>",
        "<object>",
        "</object>",
        "<svg>",
        "</svg>",
        "<math>",
        "</math>",
        "<mi>",
        "</mi>",
        "<mtext>",
        "<foreignObject>",
        "</foreignObject>",
        "<desc>",
        "<title>",
        "</title>",
        "<path/>",
        "<g>",
        "</g>",
        "<textarea>",
        "</textarea>",
        "<script>",
        "</script>",
        "<style>",
        "</style>",
        "<xmp>",
        "</xmp>",
        "<frameset>",
        "</frameset>",
        "<html>",
        "</html>",
        "<body>",
        "</body>",
        "<head>",
        "</head>",
        "<!-->",
        "<!-- -->",
        "</ x>",
        "</>",
        "<x-a>",
        "</x-a>",
        "<div/>",
        "<p_x>",
        "<keygen>",
        "<iframe>",
        "</iframe>",
        "<ruby>",
        "<rt>",
        "<marquee>",
        "x",
        " ",
        "x ",
    ];

    /// The page of `tokens` without those that contain one of `left_out`.
    fn page_without(tokens: &[usize], left_out: &[&str]) -> String {
        tokens
            .iter()
            .map(|&i| TOKENS[i % TOKENS.len()])
            .filter(|token| !left_out.iter().any(|name| token.contains(name)))
            .collect()
    }
    /// Pages of the tokens but those that contain one of `left_out`: random runs, one
    /// pattern repeated, a prefix and a pattern repeated.
    fn pages_without(left_out: &'static [&'static str]) -> impl Strategy<Value = String> {
        let token = 0..TOKENS.len();
        let page = move |t: Vec<usize>| page_without(&t, left_out);
        prop_oneof![
            proptest::collection::vec(token.clone(), 0..400).prop_map(page),
            (proptest::collection::vec(token.clone(), 1..8), 20..120usize)
                .prop_map(move |(pattern, times)| page(pattern).repeat(times)),
            (proptest::collection::vec(token.clone(), 0..30), proptest::collection::vec(token, 1..6), 20..120usize)
                .prop_map(move |(prefix, pattern, times)| page(prefix) + &page(pattern).repeat(times)),
        ]
    }
    /// The depth and size bound of [`the_parsed_tree_is_never_deeper_than_the_scan_allows`]
    /// on one page.
    fn check_bound(page: &str) -> Result<(), TestCaseError> {
        const LIMIT: usize = 12;
        let prepared = prepare(page, LIMIT);
        let tokens = page.matches('<').count() + page.matches('x').count() + 2;
        for scripting in [true, false] {
            let doc = crate::html::parse(&prepared, scripting);
            let (depth, elements) = depth_and_size(&doc);
            prop_assert!(depth <= LIMIT + DEPTH_SLACK, "depth {depth} (scripting {scripting}): {page:?}");
            prop_assert!(
                elements <= (MAX_FORMATTING + 4) * tokens,
                "{elements} elements from {tokens} tokens (scripting {scripting}): {page:?}"
            );
        }
        Ok(())
    }

    /// A page from generated tokens: either any sequence, or a short pattern repeated
    /// (the shape of an attack on the depth bound).
    fn pages() -> impl Strategy<Value = String> {
        pages_without(&[])
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 20000, ..ProptestConfig::default() })]

        /// Not yet true on every input: it still finds pages where the tree goes deeper
        /// than the bound, all inside `<template>` (whose content has insertion modes and
        /// foster parenting of its own; a scan sure of nothing there changed real pages'
        /// output) or mixing raw text and `<noscript>`. Run it with `--ignored`; the pages
        /// without those are checked by `cargo test` (the test after this one); the
        /// shapes of issue 14 hold (`tests/worst_case.rs`).
        ///
        /// The pre-scan's model of html5ever's tree builder holds: the tree html5ever
        /// builds from the prepared page, with scripting on and off, is never deeper than
        /// the pre-scan allows (plus [`DEPTH_SLACK`]), and formatting elements reopened in
        /// later paragraphs stay bounded by [`MAX_FORMATTING`].
        #[test]
        #[ignore]
        fn the_parsed_tree_is_never_deeper_than_the_scan_allows(page in pages()) {
            check_bound(&page)?;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

        /// The bound above on every page without `<template>` and `<noscript>`: run by
        /// `cargo test`.
        #[test]
        fn outside_templates_and_noscript_the_parsed_tree_is_never_deeper_than_the_scan_allows(page in pages_without(&["template", "noscript"])) {
            check_bound(&page)?;
        }
    }

    /// Found by fuzzing (the whole page is `tests/data/hostile/fuzz-found/`): a link
    /// closed by a table's cell, reopened after the cell, above a formatting element
    /// still open. The scan reopened it there, lost its index at the next `<p>` and
    /// panicked at the link's end tag.
    #[test]
    fn a_formatting_element_reopened_after_a_cell_keeps_its_place_on_the_list() {
        for page in [
            "<table><a><th>y</th><tt><p><code></code>.<p></a>",
            &"<table><a><th>y</th><tt><p><code></code>.<p></a>".repeat(50),
        ] {
            check_bound(page).unwrap();
        }
    }

    /// Found by fuzzing: past the depth limit a `<p>` is dropped, and its text ran into
    /// the paragraph before (`x` and `The` made `xThe`).
    #[test]
    fn a_block_dropped_at_the_depth_limit_still_separates_words() {
        let page = format!("<body><p>x{}<p>The council met.", "<span>".repeat(40));
        let text: String = crate::html::parse(&prepare(&page, 12), true).root_element().text().collect();
        assert!(text.contains("x The council"), "{text:?}");
    }

    /// Found by the property test: `</h1>` closes an open `<h2>` (and the `<ruby>` in
    /// it), so later `<rt>`s nest in one another; a scan that looked for an `<h1>` only
    /// thought the ruby open and each `<rt>` closing the one before.
    #[test]
    fn a_heading_end_tag_closes_a_heading_of_another_level() {
        check_bound(&format!("<h2><ruby>{}x", "<rt></h1>".repeat(40))).unwrap();
    }

    /// `PAGE=... cargo test --lib debug_page -- --ignored --nocapture`: the prepared
    /// page and the deepest path of its parse.
    #[test]
    #[ignore]
    fn debug_page() {
        let page = std::env::var("PAGE").unwrap_or_default();
        let prepared = prepare(&page, 12);
        println!("prepared: {prepared}");
        for scripting in [true, false] {
            let doc = crate::html::parse(&prepared, scripting);
            let deepest =
                doc.tree.nodes().filter(|n| n.value().is_element()).max_by_key(|n| n.ancestors().count()).map(|n| {
                    let mut names: Vec<String> =
                        n.ancestors().filter_map(|a| a.value().as_element().map(|e| e.name().to_string())).collect();
                    names.reverse();
                    names.push(n.value().as_element().map(|e| e.name().to_string()).unwrap_or_default());
                    names.join(" > ")
                });
            println!("scripting {scripting}: {deepest:?}");
        }
    }
}
