//! The HTML door: a whole page to a [`Document`], the same blocks the text door makes
//! plus what the page's markup says.
//!
//! 1. [`decode`]: bytes to text by the page's declared or detected charset;
//! 2. [`prescan`]: nesting beyond any real page's is cut, and script and style bodies
//!    emptied, before parsing;
//! 3. html5ever (through `scraper`) parses; its types never leave this module;
//! 4. [`dom`]: one iterative walk cuts the visible text into pieces at block boundaries;
//! 5. [`meta`]: title, authors, date, site, language and URL from meta tags and JSON-LD;
//! 6. the pieces become blocks, each located by its element's CSS path;
//! 7. [`container`]: the element holding the article is chosen by Readability-style
//!    votes, and the document notes which blocks lie in it.
//!
//! The classifier then labels the blocks as it labels lines of text, told which lie in
//! the container.

mod container;
mod decode;
mod dom;
mod hints;
mod meta;
mod outline;
mod prescan;

use std::borrow::Cow;

pub(crate) use decode::{decode, utf32_bom};
pub(crate) use dom::Keep;

use crate::block::{Block, Markup};
use crate::document::{Document, DocumentBuilder, Source};

/// The document of one HTML page, with what `keep` asks for beyond the text.
pub(crate) fn document(html: &str, keep: Keep) -> Document<'static> {
    let html = prescan::prepare(html, prescan::MAX_DEPTH);
    let mut doc = parse(&html, true);
    let mut layout = dom::layout(&doc, false, keep);
    // Forums and other script-heavy sites put the whole page in `<noscript>` for
    // crawlers. When that holds more than the rest of the page, read it as a browser
    // without scripts would.
    let visible: usize = layout.pieces.iter().filter(|p| !p.control && !p.graphic).map(|p| p.text.len()).sum();
    if layout.noscript_len > NOSCRIPT_FACTOR * visible {
        doc = parse(&html, false);
        layout = dom::layout(&doc, true, keep);
    }
    let page = meta::read(&doc);
    // Everything below works from the layout: the tree goes now, before the blocks are
    // built.
    drop(doc);
    let mut builder = DocumentBuilder::for_blocks(layout.pieces.len());
    let mut links = Vec::new();
    let mut code_spans = Vec::new();
    for (index, piece) in layout.pieces.iter_mut().enumerate() {
        if !piece.links.is_empty() {
            links.push((index, std::mem::take(&mut piece.links)));
        }
        if !piece.code_spans.is_empty() {
            code_spans.push((index, std::mem::take(&mut piece.code_spans)));
        }
        let link_density = piece.link_chars as f32 / piece.chars.max(1) as f32;
        let fragment_density = piece.fragment_chars as f32 / piece.chars.max(1) as f32;
        // The text moves into the block; the piece keeps its measurements.
        let text = std::mem::take(&mut piece.text);
        let mut block = Block::new(Cow::Owned(text), None, piece.tag, true);
        block.markup = Markup {
            link_density,
            fragment_density,
            lead_words: piece.lead_words,
            in_figure: piece.in_figure,
            in_furniture: piece.in_furniture,
            modal: piece.modal,
            control: piece.control,
            graphic: piece.graphic,
        };
        block.role = std::mem::take(&mut piece.role);
        builder.push(block);
    }
    let inside = container::select(&layout, builder.blocks());
    let dom::Layout { elements, pieces, .. } = layout;
    let element_of = pieces.into_iter().map(|piece| piece.element).collect();
    let path_budget = std::cell::Cell::new(self::path_budget(html.len()));
    let mut doc = builder.finish(page, Box::new(Paths { elements, element_of, path_budget }), Some(inside));
    doc.links = links;
    doc.code_spans = code_spans;
    doc
}

/// An HTML page as the source of its blocks: the page's elements, and each block's.
struct Paths {
    elements: Vec<dom::Element>,
    /// The element of each block.
    element_of: Vec<u32>,
    /// The bytes of path the page's stripped pieces may still take: see [`path_budget`].
    path_budget: std::cell::Cell<usize>,
}

impl Source<'static> for Paths {
    fn path(&self, index: usize) -> Option<String> {
        if self.path_budget.get() == 0 {
            return None;
        }
        let path = css_path(&self.elements, self.element_of[index]);
        // Once one path does not fit, none after it gets one: the ledger's paths stop
        // at one place rather than skipping, and the rest cost nothing.
        let left = self.path_budget.get().checked_sub(path.len());
        self.path_budget.set(left.unwrap_or(0));
        left.map(|_| path)
    }
}

/// The bytes of [`Stripped::path`](crate::Stripped::path) a page's ledger may hold, in
/// all, for each byte of the page; past the budget, pieces have no path. On the eval
/// pages (1,678 of them) the paths take at most 1.6 bytes per byte of the page, 0.2 at
/// the median; a crafted page of 100,000 one-letter paragraphs under 500 `<div>`s
/// (0.8 MB) would otherwise spend 73 MB on paths of 32 steps each.
const PATH_BYTES_PER_PAGE_BYTE: usize = 4;

/// ...plus this, so that a small page's ledger is never short of paths.
const PATH_BYTES_FLOOR: usize = 1 << 20;

/// The bytes of path a page of `page_len` bytes may spend on its ledger.
fn path_budget(page_len: usize) -> usize {
    page_len.saturating_mul(PATH_BYTES_PER_PAGE_BYTE).saturating_add(PATH_BYTES_FLOOR)
}

/// `<noscript>` is read as markup when it holds this many times the visible text.
const NOSCRIPT_FACTOR: usize = 2;

/// Parses a page as a browser would, with scripting on or off: with it off, the
/// content of `<noscript>` is markup rather than raw text.
fn parse(html: &str, scripting: bool) -> scraper::Html {
    use html5ever::tendril::TendrilSink;
    let opts = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts { scripting_enabled: scripting, ..Default::default() },
        ..Default::default()
    };
    html5ever::driver::parse_document(scraper::HtmlTreeSink::new(scraper::Html::new_document()), opts).one(html)
}

/// The most steps in a [`Stripped::path`](crate::Stripped::path). Articles nest up to
/// about 55 levels (on the eval pages, 0.2 % of stripped pieces stand deeper than 32); a
/// page nested hundreds deep would otherwise spend kilobytes of path on every piece (a
/// 2.6 MB page of deep links took 1.5 GB). A longer path keeps its last steps: as a CSS
/// selector it still finds the element, as the first one with the same nearest
/// ancestors.
///
/// ```
/// let page = format!("<html><body>{}<p><a href=/>Home</a></p></body></html>", "<div>".repeat(100));
/// let article = unclutter::Cleaner::builder().build()?.clean_html(&page)?;
/// let path = article.metadata.stripped[0].path.as_deref().unwrap_or_default();
/// assert_eq!(path.split(" > ").count(), unclutter::MAX_PATH_STEPS);
/// assert!(path.ends_with("div:nth-of-type(1) > p:nth-of-type(1)"));
/// # Ok::<(), unclutter::Error>(())
/// ```
pub const MAX_PATH_STEPS: usize = 32;

/// The CSS selector of element `index`, `html > body > div:nth-of-type(2) > p:nth-of-type(3)`,
/// at most [`MAX_PATH_STEPS`] steps long.
fn css_path(elements: &[dom::Element], index: u32) -> String {
    use std::fmt::Write;
    let mut chain = [0u32; MAX_PATH_STEPS];
    let mut steps = 0;
    let mut at = Some(index);
    while let Some(i) = at.filter(|_| steps < MAX_PATH_STEPS) {
        chain[steps] = i;
        steps += 1;
        at = elements[i as usize].parent;
    }
    // About what each step takes, "div:nth-of-type(2) > ", so the string grows once.
    let mut path = String::with_capacity(24 * steps);
    for &i in chain[..steps].iter().rev() {
        let el = &elements[i as usize];
        if !path.is_empty() {
            path.push_str(" > ");
        }
        path.push_str(&el.name);
        if !matches!(&*el.name, "html" | "body" | "head") {
            let _ = write!(path, ":nth-of-type({})", el.nth_of_type);
        }
    }
    path
}

/// Whether `text` looks like an HTML page rather than scraped text: it opens with a
/// tag (after white space and a byte-order mark) and names a common HTML element early.
pub(crate) fn looks_like_html(text: &str) -> bool {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if !trimmed.starts_with('<') {
        return false;
    }
    let head = &trimmed.as_bytes()[..trimmed.len().min(2048)];
    const MARKERS: &[&[u8]] = &[b"<!doctype", b"<html", b"<head", b"<body", b"<meta", b"<div", b"<p>", b"<p ", b"<!--"];
    MARKERS.iter().any(|marker| head.windows(marker.len()).any(|w| w.eq_ignore_ascii_case(marker)))
}
