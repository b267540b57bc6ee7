//! The parsed page to a flat list of text pieces, in reading order.
//!
//! One walk over the tree (iterative: no recursion, whatever the depth) records every
//! element once ([`Element`]: parent, name, position among its siblings, class hints)
//! and cuts the visible text into [`Piece`]s at block boundaries, the way a browser
//! lays it out: a paragraph, heading, list item, table row or line of a `<br>`-broken
//! text is one piece. What is never content (scripts, styles, forms' controls, hidden
//! elements) is skipped whole.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::outline::{self, Outline, StructureAttrs};
use crate::block::{Role, Tag};
use crate::hash::FastMap;
use crate::span::Span;
use crate::structure::{Image, Link};

/// One element of the page, as the extractor needs it.
#[derive(Debug, Clone)]
pub(crate) struct Element {
    /// The parent's index in the element list; `None` for the root element.
    pub parent: Option<u32>,
    /// Its tag name, held apart from the parsed page (which goes before the blocks are
    /// classified: on a page of tiny paragraphs the tree is most of the peak memory).
    pub name: html5ever::LocalName,
    /// 1-based position among the parent's children of the same name (`:nth-of-type`).
    pub nth_of_type: u32,
    /// The evidence of its class, id and role that it holds content (> 0) or
    /// boilerplate (< 0), see [`super::hints`].
    pub hint: i16,
    /// `<article>`, `<main>`, `itemprop="articleBody"` and the like.
    pub semantic_content: bool,
    /// Inside (or itself) a comment thread, by class or id (see [`super::hints::names_zone`]).
    pub in_zone: bool,
    /// Itself `<nav>`, `<footer>`, `<aside>` or a `role` of the same meaning.
    pub furniture: bool,
    /// A hash of its `class` attribute, 0 for none: elements of one template (the
    /// posts of a thread) share it.
    pub class_key: u32,
    /// A `<table>` of data (see [`outline::is_data_table`]): a piece of the article,
    /// never its container.
    pub data_table: bool,
}

/// What the walk keeps beyond the text ([`crate::CleanerBuilder::links`],
/// [`crate::CleanerBuilder::images`]).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Keep {
    pub links: bool,
    pub images: bool,
}

/// The longest link target or image source kept, in bytes: far beyond real URLs (browsers
/// and servers stop at 8 to 64 KB; crawlers see few over 2 KB), short of a `data:` blob.
const MAX_TARGET_LEN: usize = 8 * 1024;

/// The most pieces one link marks (see [`Walk::flush`]): a card's heading, text and
/// caption, with room to spare.
const MAX_PIECES_PER_LINK: usize = 16;

/// Images this small (`width` or `height`, in pixels) are counters and spacers.
const MAX_PIXEL_SIZE: u32 = 1;

/// A stretch of visible text between two block boundaries.
#[derive(Debug, Clone)]
pub(crate) struct Piece {
    pub text: String,
    pub tag: Tag,
    /// The element the text sits in (its nearest block-level ancestor).
    pub element: u32,
    /// Characters of the text inside links.
    pub link_chars: usize,
    /// Of those, the characters inside links to a place on the same page (`#section-2`):
    /// a table of contents, footnote marks.
    pub fragment_chars: usize,
    /// Words of the text before its first link: a sentence that goes on into its links
    /// ("Neil has patches up to [improve …]") rather than a link with a label.
    pub lead_words: u32,
    /// Characters of the text.
    pub chars: usize,
    /// Inside `<nav>`, `<footer>`, `<aside>` or a `role` of the same meaning.
    pub in_furniture: bool,
    /// Inside `<figure>` or a `<figcaption>`.
    pub in_figure: bool,
    /// Inside an element marked hidden (`hidden`, `aria-hidden`, `display: none`).
    pub hidden: bool,
    /// Inside a modal dialog (`aria-modal="true"`, `role="alertdialog"`). A modal (a
    /// returns policy, a sign-up box, a cart) opens over the page when asked and is never
    /// its content, however long: a privacy policy in one can outweigh a product page.
    /// Its text neither votes for the container nor lies in it; it goes to the ledger.
    pub modal: bool,
    /// Inside a form control (see [`CONTROLS`]).
    pub control: bool,
    /// Text drawn in a graphic (see [`GRAPHICS`]).
    pub graphic: bool,
    /// Its part in the article's structure.
    pub role: Role,
    /// Its links, when the walk keeps them (see [`layout`]).
    pub links: Vec<Link>,
    /// The bytes of its text the page sets as code (`<code>`, `<kbd>`, `<samp>`, `<tt>`
    /// outside `<pre>`).
    pub code_spans: Vec<Span>,
}

/// Elements that set their text as code inside running text.
const INLINE_CODE: &[&str] = &["code", "kbd", "samp", "tt"];

/// The page's elements and its text, in document order.
#[derive(Debug, Default)]
pub(crate) struct Layout {
    pub elements: Vec<Element>,
    pub pieces: Vec<Piece>,
    /// Bytes of markup inside `<noscript>` (parsed with scripting on, it is raw text).
    pub noscript_len: usize,
}

/// Elements whose content is never article text.
const NEVER_CONTENT: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "head",
    "input",
    "datalist",
    "map",
    "dialog",
    "frameset",
    // What a graphic or a formula holds but does not draw: an SVG's tooltip and notes,
    // a formula's TeX source beside its MathML.
    "title",
    "desc",
    "metadata",
    "annotation",
    "annotation-xml",
];

/// A graphic's text (a chart's labels, a logo's letters, `<svg><text>`) is drawn on the
/// page but is no prose of the article: it goes to the ledger as a piece of its own.
/// (A MathML formula's text stays in its line: `<math>` is part of the sentence.)
const GRAPHICS: &[&str] = &["svg"];

/// Form controls: their text (a button's, a label's, a menu's options) is never the
/// article's, but it is text on the page, so it goes to the ledger as a piece of its own
/// rather than vanish.
const CONTROLS: &[&str] = &["button", "label", "select", "textarea"];

/// Elements that start and end a block of text.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    // `<listing>`, `<plaintext>` and `<xmp>`: obsolete, shown as blocks (as `<pre>`).
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "plaintext",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
    "xmp",
    "br",
];

/// Block elements that an inline `display` puts inside the line (lists, tables,
/// headings and preformatted text keep their structure whatever their style says).
const INLINE_CAPABLE: &[&str] =
    &["div", "p", "section", "article", "aside", "header", "footer", "figure", "center", "address"];

/// Block elements that a cell of a table of data reads as part of its line.
const IN_CELL_LINE: &[&str] = &["ul", "ol", "li", "dl", "dt", "dd", "br"];

/// Elements whose content is page furniture unless they hold the article.
const FURNITURE: &[&str] = &["nav", "footer", "aside"];

/// Walks the page once. `<noscript>` is skipped unless `noscript_is_content` (for a
/// page parsed with scripting off, where its content is the page's).
///
/// What `keep` asks for is kept too: each piece's links (see [`Piece::links`]), and
/// images as pieces of their own (see [`Role::Image`]).
pub(crate) fn layout(doc: &Html, noscript_is_content: bool, keep: Keep) -> Layout {
    let mut out = Layout::default();
    let mut walk = Walk { keep_links: keep.links, keep_images: keep.images, ..Walk::default() };
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    if walk.skipping > 0 {
                        walk.skipping += 1;
                        continue;
                    }
                    let name = el.name();
                    // A graphic that draws no text (an icon) is skipped whole, and cuts no line.
                    let textless_graphic = GRAPHICS.contains(&name) && !draws_text(node);
                    if NEVER_CONTENT.contains(&name) && !(noscript_is_content && name == "noscript") || textless_graphic
                    {
                        walk.skipping = 1;
                        continue;
                    }
                    let attrs = Attrs::of(el);
                    let mut traits = Traits::of(name, &attrs);
                    // A block displayed inline that holds no text (an icon, a badge) sits in
                    // the line: the blocks it holds cut no text either.
                    traits.empty_inline_box &= !holds_text(node);
                    if walk.in_empty_inline_box > 0 && is_block(name) {
                        traits.block = false;
                    }
                    // A heading's link to its own place on the page (docs and wikis give
                    // each heading one) is no link away: the heading stays the page's.
                    if attrs.to_fragment && walk.blocks.last().is_some_and(|&(_, tag, _)| tag == Tag::Heading) {
                        traits.link = false;
                    }
                    // In a row of a table of data, a list or a line break in a cell is
                    // part of the cell's line (an infobox's products, one a line): the
                    // row stays one row. Other blocks still cut it (a post's paragraphs
                    // in a forum's table of posts).
                    if traits.block && IN_CELL_LINE.contains(&name) && walk.outline.in_data_row() {
                        traits.block = false;
                        walk.pending_space = true;
                    }
                    let index = open_element(&mut out.elements, &mut walk, &el.name.local, &attrs, traits);
                    if traits.block {
                        // A block inside a table's row cuts the row into pieces: it is
                        // no longer one row of cells.
                        if name != "tr" {
                            walk.outline.break_row();
                        }
                        if name == "br" && walk.in_pre > 0 {
                            walk.end_pre_line(&mut out.pieces);
                        } else {
                            walk.flush(&mut out.pieces);
                        }
                        walk.blocks.push((index, tag_of(name), heading_level(name)));
                    } else if name == "option" {
                        // A menu's options, one after another: words apart.
                        walk.pending_space = true;
                    } else if matches!(name, "td" | "th") {
                        walk.pending_space = true;
                        walk.outline.start_cell(walk.text.len(), name == "th");
                    }
                    let structure = StructureAttrs { class: attrs.class, start: attrs.start, value: attrs.value };
                    let data_table = name == "table" && outline::is_data_table(node, attrs.role);
                    out.elements[index as usize].data_table = data_table;
                    walk.outline.open(name, index, structure, data_table);
                    walk.enter(traits, 1);
                    if walk.keep_images && name == "img" {
                        walk.image(el, &mut out.pieces);
                    }
                    if INLINE_CODE.contains(&name) && walk.in_pre == 0 {
                        walk.open_code.push(None);
                    }
                    if walk.keep_links && traits.link {
                        // A target longer than any real link's (a `data:` blob) is kept as
                        // no link: a link around many blocks is copied onto each of them.
                        let href = attrs.href_value.trim();
                        let href = if href.len() <= MAX_TARGET_LEN { href.to_owned() } else { String::new() };
                        walk.open_links.push((None, href, 0));
                    }
                }
                Node::Text(text) if walk.skipping == 0 => walk.push_text(text, &mut out.pieces),
                Node::Text(text)
                    if node.parent().and_then(|p| p.value().as_element()).is_some_and(|p| p.name() == "noscript") =>
                {
                    out.noscript_len += text.len();
                }
                _ => {}
            },
            Edge::Close(node) => {
                let Some(el) = node.value().as_element() else {
                    continue;
                };
                if walk.skipping > 0 {
                    walk.skipping -= 1;
                    continue;
                }
                let traits = walk.open.last().map(|open| open.traits).unwrap_or_default();
                if walk.keep_links && traits.link {
                    walk.close_link();
                }
                if INLINE_CODE.contains(&el.name()) && walk.in_pre == 0 {
                    walk.close_code();
                }
                if traits.block {
                    walk.flush(&mut out.pieces);
                    walk.blocks.pop();
                }
                walk.enter(traits, -1);
                walk.outline.close(el.name(), walk.in_pre);
                walk.open.pop();
            }
        }
    }
    walk.flush(&mut out.pieces);
    drop_hidden(&mut out.pieces);
    out
}

/// Below this share of the page's text in view, the hidden text is the page: sites
/// rendered on the server for a script to reveal (React streaming, for one) ship the
/// whole article in a `<div hidden>`.
const MIN_VISIBLE_SHARE: f32 = 0.3;

/// Below this share of the page's text outside modal dialogs, the dialogs hold the page.
const MIN_OUTSIDE_MODAL_SHARE: f32 = 0.05;

/// Drops the pieces of hidden elements, unless hiding them would leave little text.
/// Modal dialogs stay marked (see [`Piece::modal`]) unless they hold nearly all the text.
fn drop_hidden(pieces: &mut Vec<Piece>) {
    // A page's buttons and menus say nothing about where its text is.
    let text = |p: &&Piece| !p.control;
    let total: usize = pieces.iter().filter(text).map(|p| p.chars).sum();
    let outside_modals: usize = pieces.iter().filter(text).filter(|p| !p.modal).map(|p| p.chars).sum();
    if (outside_modals as f32) < MIN_OUTSIDE_MODAL_SHARE * total as f32 {
        pieces.iter_mut().for_each(|p| p.modal = false);
    }
    let visible: usize = pieces.iter().filter(text).filter(|p| !p.hidden).map(|p| p.chars).sum();
    if visible as f32 >= MIN_VISIBLE_SHARE * total as f32 {
        pieces.retain(|p| !p.hidden);
    }
}

/// The walk's state between two edges.
#[derive(Default)]
struct Walk<'a> {
    /// Class hints by element name, class and id, each computed once per page.
    hints: FastMap<(&'a str, &'a str), (i16, bool, u32)>,
    /// Depth inside a skipped element (0: not skipping).
    skipping: usize,
    /// The elements open at this point of the walk, innermost last.
    open: Vec<Open<'a>>,
    /// Open block-level elements: index, tag, and heading level (0 for none).
    blocks: Vec<(u32, Tag, u8)>,
    /// The lists, tables, quotes and code blocks open here.
    outline: Outline,
    text: String,
    link_chars: usize,
    fragment_chars: usize,
    lead_words: u32,
    chars: usize,
    pending_space: bool,
    in_link: usize,
    in_fragment_link: usize,
    in_empty_inline_box: usize,
    in_pre: usize,
    in_furniture: usize,
    in_figure: usize,
    in_hidden: usize,
    in_modal: usize,
    in_control: usize,
    in_graphic: usize,
    /// Whether pieces keep their links.
    keep_links: bool,
    /// The links open here, innermost last: where each one's text starts in the
    /// current piece (once it has any), its target, and how many pieces it has marked.
    open_links: Vec<(Option<usize>, String, usize)>,
    /// The links of the current piece.
    links: Vec<Link>,
    /// Inline code elements open here: where each one's text starts in the current piece,
    /// once it has any.
    open_code: Vec<Option<usize>>,
    /// The code spans of the current piece.
    code_spans: Vec<Span>,
    /// Whether images become pieces.
    keep_images: bool,
    /// Images met inside the current piece's text: they follow it once it ends.
    images: Vec<Image>,
}

/// An element between its open and close edges.
struct Open<'a> {
    index: u32,
    /// Per child name, how many such children came so far (for `:nth-of-type`).
    seen: Seen<'a>,
    traits: Traits,
}

/// How many children of each name an element has had so far: a short list (most
/// elements have children of a few names), and a map once the names are many (a page
/// of 60,000 differently named siblings made the list's search quadratic: 4.8 s).
#[derive(Default)]
struct Seen<'a> {
    list: Vec<(&'a str, u32)>,
    map: Option<FastMap<&'a str, u32>>,
}

/// Names kept in [`Seen`]'s list before it becomes a map.
const SEEN_LIST_MAX: usize = 16;

impl<'a> Seen<'a> {
    /// Counts one more child named `name`; returns its 1-based position among them.
    fn count(&mut self, name: &'a str) -> u32 {
        if let Some(map) = &mut self.map {
            let count = map.entry(name).or_insert(0);
            *count += 1;
            return *count;
        }
        if let Some((_, count)) = self.list.iter_mut().find(|(n, _)| *n == name) {
            *count += 1;
            return *count;
        }
        if self.list.len() < SEEN_LIST_MAX {
            self.list.push((name, 1));
        } else {
            let mut map: FastMap<&'a str, u32> = self.list.drain(..).collect();
            map.insert(name, 1);
            self.map = Some(map);
        }
        1
    }
}

/// What an element changes for the text inside it, read once when it opens.
#[derive(Debug, Clone, Copy, Default)]
struct Traits {
    block: bool,
    link: bool,
    /// A link to a place on the same page.
    fragment_link: bool,
    /// A block element displayed inline (see [`INLINE_CAPABLE`]) that holds no text.
    empty_inline_box: bool,
    pre: bool,
    furniture: bool,
    figure: bool,
    hidden: bool,
    modal: bool,
    control: bool,
    graphic: bool,
}

impl Traits {
    fn of(name: &str, attrs: &Attrs<'_>) -> Self {
        Traits {
            // A control's text is a piece of its own, apart from the text around it.
            block: is_block(name) && !(attrs.inline && INLINE_CAPABLE.contains(&name))
                || CONTROLS.contains(&name)
                || GRAPHICS.contains(&name),
            empty_inline_box: attrs.inline && INLINE_CAPABLE.contains(&name),
            link: name == "a" && attrs.href,
            fragment_link: name == "a" && attrs.to_fragment,
            pre: name == "pre",
            // ARIA landmarks mean the same as `<nav>`, `<footer>` and `<aside>`.
            furniture: FURNITURE.contains(&name)
                || attrs.role.is_some_and(|r| matches!(r, "navigation" | "contentinfo" | "complementary" | "banner")),
            figure: matches!(name, "figure" | "figcaption"),
            hidden: attrs.hidden,
            modal: attrs.modal,
            control: CONTROLS.contains(&name),
            graphic: GRAPHICS.contains(&name),
        }
    }
}

/// The attributes the walk reads, found in one pass over the element's attributes
/// (each `attr()` lookup is a scan of its own).
#[derive(Debug, Default)]
pub(crate) struct Attrs<'a> {
    pub class: &'a str,
    pub id: &'a str,
    pub role: Option<&'a str>,
    pub itemprop: Option<&'a str>,
    /// A list's `start` and an item's `value`: the numbers of an ordered list.
    pub start: Option<&'a str>,
    pub value: Option<&'a str>,
    href: bool,
    href_value: &'a str,
    /// The `href` names a place on the same page (`#section-2`).
    to_fragment: bool,
    /// `hidden`, `aria-hidden="true"`, or an inline `display: none` / `visibility: hidden`.
    hidden: bool,
    /// An inline `display: inline…` (see [`Style::inline`]).
    inline: bool,
    /// A modal dialog: `aria-modal="true"` or `role="alertdialog"`.
    modal: bool,
}

impl<'a> Attrs<'a> {
    fn of(el: &'a scraper::node::Element) -> Self {
        let mut attrs = Attrs::default();
        for (name, value) in el.attrs() {
            match name {
                "class" => attrs.class = value,
                "id" => attrs.id = value,
                "role" => {
                    attrs.role = Some(value);
                    attrs.modal |= value == "alertdialog";
                }
                "itemprop" => attrs.itemprop = Some(value),
                "href" => {
                    attrs.href = true;
                    attrs.href_value = value;
                    attrs.to_fragment = value.trim_start().strip_prefix('#').is_some_and(|id| !id.is_empty());
                }
                "start" => attrs.start = Some(value),
                "value" => attrs.value = Some(value),
                "hidden" => attrs.hidden = true,
                "aria-hidden" => attrs.hidden |= value.eq_ignore_ascii_case("true"),
                "aria-modal" => attrs.modal |= value.eq_ignore_ascii_case("true"),
                "style" => {
                    let style = Style::of(value);
                    attrs.hidden |= style.hidden;
                    attrs.inline = style.inline;
                }
                _ => {}
            }
        }
        attrs
    }
}

/// What an inline style says about the element's box.
struct Style {
    /// `display: none` or `visibility: hidden`.
    hidden: bool,
    /// `display: inline`, `inline-block`, `inline-flex` and the like: a block element
    /// laid out inside the line (a badge in a footnote), which cuts no text.
    inline: bool,
}

impl Style {
    fn of(style: &str) -> Self {
        let compact: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        let display = compact.rsplit("display:").next().filter(|_| compact.contains("display:")).unwrap_or_default();
        let display = display.trim_start_matches("-webkit-").trim_start_matches("-moz-");
        Style {
            hidden: display.starts_with("none") || compact.contains("visibility:hidden"),
            inline: display.starts_with("inline"),
        }
    }
}

impl Walk<'_> {
    /// Counts the traits of an element in (`delta` 1, when it opens) or out (-1).
    fn enter(&mut self, traits: Traits, delta: isize) {
        let apply = |count: &mut usize, on: bool| {
            if on {
                *count = count.saturating_add_signed(delta);
            }
        };
        apply(&mut self.in_link, traits.link);
        apply(&mut self.in_empty_inline_box, traits.empty_inline_box);
        apply(&mut self.in_fragment_link, traits.link && traits.fragment_link);
        apply(&mut self.in_pre, traits.pre);
        apply(&mut self.in_furniture, traits.furniture);
        apply(&mut self.in_figure, traits.figure);
        apply(&mut self.in_hidden, traits.hidden);
        apply(&mut self.in_modal, traits.modal);
        apply(&mut self.in_control, traits.control);
        apply(&mut self.in_graphic, traits.graphic);
    }

    /// Appends a text node, collapsing white space as a browser does; inside `<pre>`
    /// each line is its own piece.
    fn push_text(&mut self, text: &str, pieces: &mut Vec<Piece>) {
        if self.in_pre == 0 {
            self.push_words(text);
            return;
        }
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.end_pre_line(pieces);
            }
            self.outline.push_raw(line);
            self.push_words(line);
        }
    }

    fn push_words(&mut self, text: &str) {
        // Most text nodes are ASCII: split on ASCII white space then, which is far cheaper
        // than the Unicode test per character (the result is the same for ASCII text).
        let words: &mut dyn Iterator<Item = &str> = if text.is_ascii() {
            &mut text.split(|c: char| c.is_ascii_whitespace())
        } else {
            &mut text.split(char::is_whitespace)
        };
        for (i, word) in words.enumerate() {
            if i > 0 {
                self.pending_space = true;
            }
            if word.is_empty() {
                continue;
            }
            if self.pending_space && !self.text.is_empty() {
                self.text.push(' ');
                self.chars += 1;
            }
            self.pending_space = false;
            if let Some((start @ None, _, _)) = self.open_links.last_mut() {
                *start = Some(self.text.len());
            }
            if let Some(start @ None) = self.open_code.last_mut() {
                *start = Some(self.text.len());
            }
            let n = if word.is_ascii() { word.len() } else { word.chars().count() };
            self.text.push_str(word);
            self.chars += n;
            if self.in_link == 0 && self.link_chars == 0 {
                self.lead_words += 1;
            }
            if self.in_link > 0 {
                self.link_chars += n;
                if self.in_fragment_link > 0 {
                    self.fragment_chars += n;
                }
            }
        }
    }

    /// Ends a line of a `<pre>` (at a line break or a `<br>`): a piece, or a blank line.
    fn end_pre_line(&mut self, pieces: &mut Vec<Piece>) {
        if self.text.is_empty() {
            self.pending_space = false;
            self.outline.blank_line();
        } else {
            self.flush(pieces);
        }
    }

    /// Notes an `<img>`: with a source and shown, it becomes a piece of its own, after
    /// the text it stands in (the text's pieces stay as they are without images).
    fn image(&mut self, el: &scraper::node::Element, pieces: &mut Vec<Piece>) {
        let attr = |name: &str| el.attr(name).map(str::trim).filter(|v| !v.is_empty());
        // Lazy-loading pages keep the real source in `data-src` and a placeholder in `src`.
        let src = attr("data-src")
            .or_else(|| attr("src"))
            .filter(|src| !src.starts_with("data:") && src.len() <= MAX_TARGET_LEN);
        let tiny = ["width", "height"]
            .iter()
            .any(|a| attr(a).and_then(|v| v.parse::<u32>().ok()).is_some_and(|px| px <= MAX_PIXEL_SIZE));
        let (Some(src), false) = (src, tiny || self.in_hidden > 0) else { return };
        let image = Image { src: src.to_owned(), alt: attr("alt").unwrap_or_default().to_owned() };
        if self.text.is_empty() {
            self.push_image(image, pieces);
        } else {
            self.images.push(image);
        }
    }

    fn push_image(&mut self, image: Image, pieces: &mut Vec<Piece>) {
        let element = self.blocks.last().map_or(0, |&(element, _, _)| element);
        pieces.push(Piece {
            text: String::new(),
            tag: Tag::Division,
            element,
            link_chars: 0,
            fragment_chars: 0,
            lead_words: 0,
            chars: 0,
            in_furniture: self.in_furniture > 0,
            in_figure: self.in_figure > 0,
            hidden: false,
            modal: self.in_modal > 0,
            control: self.in_control > 0,
            graphic: self.in_graphic > 0,
            role: Role::Image(Box::new(image)),
            links: Vec::new(),
            code_spans: Vec::new(),
        });
    }

    /// Ends the innermost inline code element: its text, if it had any, is a code span.
    fn close_code(&mut self) {
        if let Some(Some(start)) = self.open_code.pop() {
            if self.text.len() > start {
                self.code_spans.push(Span { start, end: self.text.len() });
            }
        }
    }

    /// Ends the innermost open link: its text, if it had any, is a link of the piece.
    fn close_link(&mut self) {
        if let Some((Some(start), href, pieces_so_far)) = self.open_links.pop() {
            if self.text.len() > start && !href.is_empty() && pieces_so_far < MAX_PIECES_PER_LINK {
                self.links.push(Link { start, end: self.text.len(), href });
            }
        }
    }

    /// Ends the current piece, if it has text.
    fn flush(&mut self, pieces: &mut Vec<Piece>) {
        self.pending_space = false;
        if self.text.is_empty() {
            return;
        }
        // A link around blocks (a card that is one link) is a link of each of its pieces,
        // up to a card's worth: a link around a whole page section is a wrapper, and each
        // copy of its target would cost the target's length.
        for (start, href, pieces_so_far) in &mut self.open_links {
            if let Some(from) = start.take().filter(|_| !href.is_empty() && *pieces_so_far < MAX_PIECES_PER_LINK) {
                *pieces_so_far += 1;
                self.links.push(Link { start: from, end: self.text.len(), href: href.clone() });
            }
        }
        for start in &mut self.open_code {
            if let Some(from) = start.take() {
                self.code_spans.push(Span { start: from, end: self.text.len() });
            }
        }
        let (element, tag, level) = self.blocks.last().copied().unwrap_or((0, Tag::Division, 0));
        let role = self.outline.role(&self.text, element, level);
        pieces.push(Piece {
            text: std::mem::take(&mut self.text),
            tag,
            element,
            link_chars: std::mem::take(&mut self.link_chars),
            fragment_chars: std::mem::take(&mut self.fragment_chars),
            lead_words: std::mem::take(&mut self.lead_words),
            chars: std::mem::take(&mut self.chars),
            in_furniture: self.in_furniture > 0,
            in_figure: self.in_figure > 0,
            hidden: self.in_hidden > 0,
            modal: self.in_modal > 0,
            control: self.in_control > 0,
            graphic: self.in_graphic > 0,
            role,
            links: {
                let mut links = std::mem::take(&mut self.links);
                // Nested links close inside out.
                links.sort_by_key(|link| link.start);
                links
            },
            code_spans: {
                let mut spans = std::mem::take(&mut self.code_spans);
                // Nested code (`<code><kbd>`) makes spans within spans: the outer one is kept.
                spans.sort_by_key(|span| (span.start, std::cmp::Reverse(span.end)));
                let mut kept: Vec<Span> = Vec::with_capacity(spans.len());
                for span in spans {
                    if kept.last().is_none_or(|last| span.start >= last.end) {
                        kept.push(span);
                    }
                }
                kept
            },
        });
        for image in std::mem::take(&mut self.images) {
            self.push_image(image, pieces);
        }
    }
}

/// Records an opened element, with the traits it gives the text inside it, and returns
/// its index.
fn open_element<'a>(
    elements: &mut Vec<Element>,
    walk: &mut Walk<'a>,
    local: &'a html5ever::LocalName,
    attrs: &Attrs<'a>,
    traits: Traits,
) -> u32 {
    let name: &'a str = local;
    let index = u32::try_from(elements.len()).unwrap_or(u32::MAX);
    let parent = walk.open.last_mut();
    let nth_of_type = parent.map_or(1, |open| open.seen.count(name));
    let parent = walk.open.last().map(|open| open.index);
    // Pages repeat the same class names hundreds of times: match each pair once.
    let names = (attrs.class, attrs.id);
    let (hint, zone, class_key) = if names == ("", "") {
        (0, false, 0)
    } else {
        let (hint, names_zone, class_key) = *walk.hints.entry(names).or_insert_with(|| {
            (super::hints::weight(names.0, names.1), super::hints::names_zone(names.0, names.1), class_key(names.0))
        });
        (hint, names_zone && !super::hints::never_zone(name), class_key)
    };
    let in_zone = parent.is_some_and(|p| elements[p as usize].in_zone) || zone;
    elements.push(Element {
        parent,
        in_zone,
        name: local.clone(),
        nth_of_type,
        hint,
        semantic_content: super::hints::is_semantic_content(name, attrs.role, attrs.itemprop),
        furniture: traits.furniture,
        class_key,
        data_table: false,
    });
    walk.open.push(Open { index, seen: Seen::default(), traits });
    index
}

/// A hash of a class attribute, never 0 for a non-empty one.
fn class_key(class: &str) -> u32 {
    if class.is_empty() {
        return 0;
    }
    (crate::hash::fixed_hash(class.as_bytes()) >> 32) as u32 | 1
}

/// Whether the graphic at `node` draws text (`<text>`, `<tspan>`, `<textPath>` with
/// more than white space), looking at no more than [`MAX_TEXT_SEARCH`] nodes.
fn draws_text(node: ego_tree::NodeRef<'_, Node>) -> bool {
    node.descendants().skip(1).take(MAX_TEXT_SEARCH).any(|descendant| {
        descendant.value().as_text().is_some_and(|text| !text.trim().is_empty())
            && descendant
                .parent()
                .and_then(|parent| parent.value().as_element().map(|el| el.name()))
                .is_some_and(|name| matches!(name, "text" | "tspan" | "textPath"))
    })
}

/// How many nodes [`holds_text`] looks at before it takes an element to hold text.
const MAX_TEXT_SEARCH: usize = 200;

/// Whether the element at `node` holds visible text (or more nodes than is worth
/// searching).
fn holds_text(node: ego_tree::NodeRef<'_, Node>) -> bool {
    node.descendants().skip(1).take(MAX_TEXT_SEARCH + 1).enumerate().any(|(seen, descendant)| {
        seen == MAX_TEXT_SEARCH || descendant.value().as_text().is_some_and(|text| !text.trim().is_empty())
    })
}

fn is_block(name: &str) -> bool {
    BLOCKS.contains(&name)
}

/// 1 to 6 for `<h1>` to `<h6>`, 0 for any other element.
fn heading_level(name: &str) -> u8 {
    match name.as_bytes() {
        [b'h', level @ b'1'..=b'6'] => level - b'0',
        _ => 0,
    }
}

fn tag_of(name: &str) -> Tag {
    match name {
        "p" => Tag::Paragraph,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Tag::Heading,
        "li" | "dt" | "dd" => Tag::ListItem,
        "tr" | "table" | "tbody" | "thead" | "tfoot" => Tag::Row,
        "blockquote" => Tag::Quote,
        "pre" => Tag::Pre,
        "figcaption" | "caption" => Tag::Caption,
        _ => Tag::Division,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_styles_say_hidden_or_inline() {
        for (style, hidden, inline) in [
            ("display: none", true, false),
            ("color: red; visibility: hidden", true, false),
            ("display:inline-block; width:49%", false, true),
            ("cursor: pointer; display: -webkit-inline-box", false, true),
            ("display: none; display: inline", false, true),
            ("display: block", false, false),
        ] {
            let found = Style::of(style);
            assert_eq!((found.hidden, found.inline), (hidden, inline), "{style}");
        }
    }

    #[test]
    fn positions_among_same_named_siblings_survive_many_names() {
        let mut seen = Seen::default();
        let names: Vec<String> = (0..40).map(|i| format!("t{i}")).collect();
        for round in 1..=3 {
            for name in &names {
                assert_eq!(seen.count(name), round, "{name}");
            }
        }
        assert!(seen.map.is_some(), "past the list's length, a map");
    }

    #[test]
    fn obsolete_preformatted_elements_are_blocks() {
        // Found by fuzz/crafted_html: the raw text of `<xmp>`s in a row ran together
        // into one word no page holds.
        let page = scraper::Html::parse_document("<body><xmp><b></xmp><xmp><i></xmp><listing>l</listing>after");
        let layout = layout(&page, false, Keep::default());
        let texts: Vec<&str> = layout.pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["<b>", "<i>", "l", "after"]);
    }
}
