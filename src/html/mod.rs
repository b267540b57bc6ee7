//! The HTML path: a whole page to the same blocks the text path makes, plus what the
//! page says about itself.
//!
//! 1. [`decode`]: bytes to text by the page's declared or detected charset;
//! 2. [`prescan`]: nesting beyond any real page's is cut, and script and style bodies
//!    emptied, before parsing;
//! 3. html5ever (through `scraper`) parses; its types never leave this module;
//! 4. [`dom`]: one iterative walk cuts the visible text into pieces at block boundaries;
//! 5. [`container`]: the element holding the article is chosen by Readability-style
//!    votes; pieces outside it are labelled without further ado;
//! 6. the shared classifier labels the pieces inside, exactly as it labels lines of text;
//! 7. [`meta`]: title, authors, date, site, language and URL from meta tags and JSON-LD.

mod container;
mod decode;
mod dom;
mod hints;
mod meta;
mod prescan;

use std::borrow::Cow;

pub(crate) use decode::decode;

use crate::article::Article;
use crate::article::Kind;
use crate::assemble;
use crate::block::{Block, Markup};
use crate::classify::matcher::Rules;
use crate::classify::{self, Label, Settings, Verdict};

const WHY_OUTSIDE: &str = "outside the element that holds the article";
const WHY_HEADLINE: &str = "the headline: the page's title (og:title, JSON-LD, <h1> or <title>)";
const WHY_FURNITURE: &str = "in the page's navigation, footer or sidebar, outside the article";
const WHY_MODAL: &str = "in a modal dialog, which opens over the page when asked";

/// Cleans one HTML page.
pub(crate) fn clean(html: &str, rules: &Rules, settings: Settings, keep: &[Kind]) -> Article {
    let html = prescan::prepare(html, prescan::MAX_DEPTH);
    let mut doc = parse(&html, true);
    let mut layout = dom::layout(&doc, false);
    // Forums and other script-heavy sites put the whole page in `<noscript>` for
    // crawlers. When that holds more than the rest of the page, read it as a browser
    // without scripts would.
    let visible: usize = layout.pieces.iter().map(|p| p.text.len()).sum();
    if layout.noscript_len > NOSCRIPT_FACTOR * visible {
        doc = parse(&html, false);
        layout = dom::layout(&doc, true);
    }
    let page = meta::read(&doc);
    // Everything below works from the layout: the tree goes now, before the blocks and
    // the ledger are built.
    drop(doc);
    let mut blocks = Vec::with_capacity(layout.pieces.len());
    for piece in &mut layout.pieces {
        let link_density = piece.link_chars as f32 / piece.chars.max(1) as f32;
        // The text moves into the block; the piece keeps its measurements.
        let text = std::mem::take(&mut piece.text);
        let mut block = Block::new(Cow::Owned(text), None, piece.tag, true);
        block.markup = Markup { link_density, in_figure: piece.in_figure };
        blocks.push(block);
    }

    let inside = container::select(&layout, &blocks);

    // The classifier sees the container's blocks only, in order; the rest is labelled
    // by the rules alone.
    let (inner, outer): (Vec<usize>, Vec<usize>) = (0..blocks.len()).partition(|&i| inside[i]);
    // Moved out and back, not copied: pages can be tens of megabytes.
    let inner_blocks: Vec<Block<'_>> =
        inner.iter().map(|&i| std::mem::replace(&mut blocks[i], Block::empty())).collect();
    let inner_labels = classify::classify(&inner_blocks, None, rules, settings);
    let mut labels: Vec<Label> = vec![None; blocks.len()];
    for ((&i, label), block) in inner.iter().zip(inner_labels).zip(inner_blocks) {
        labels[i] = label;
        blocks[i] = block;
    }
    // Bylines and datelines stand next to the article, often as links; link text far
    // from it is menus and teasers.
    let first_inside = inner.first().copied().unwrap_or(0);
    let last_inside = inner.last().copied().unwrap_or(0);
    let near = |i: usize| i + NEAR_ARTICLE >= first_inside && i <= last_inside + NEAR_ARTICLE;
    for &i in &outer {
        let block = &blocks[i];
        let hit = if block.markup.link_density > LINK_TEXT && !near(i) {
            rules.check_phrases(&block.text, &block.features)
        } else {
            rules.check(&block.text, &block.features)
        };
        labels[i] = Some(match hit {
            Some(hit) => Verdict { kind: hit.kind, why: hit.why },
            None if layout.pieces[i].modal => Verdict { kind: Kind::Other, why: WHY_MODAL },
            None if layout.pieces[i].in_furniture => Verdict { kind: Kind::Navigation, why: WHY_FURNITURE },
            None => Verdict { kind: Kind::Other, why: WHY_OUTSIDE },
        });
    }

    // The headline repeated at the top of the article is the title, not body.
    if let Some(title) = page.title.as_deref() {
        let title = normalised(title);
        // A length near the title's first: a cheap test that spares most blocks the copy.
        let near_length = title.len() / 2..=title.len() * 2 + 16;
        for (block, label) in blocks.iter().zip(labels.iter_mut()) {
            if classify::weak(*label) && near_length.contains(&block.text.len()) && normalised(&block.text) == title {
                *label = Some(Verdict { kind: Kind::Title, why: WHY_HEADLINE });
            }
        }
    }

    let path = |i: usize| Some(css_path(&layout.elements, layout.pieces[i].element));
    let title = classify::title_index(&blocks, &labels);
    let body_len = assemble::body_len(blocks.iter().map(|b| b.text.len()), &labels, keep);
    let texts = blocks.into_iter().map(|b| (b.text, b.span));
    let mut article = assemble::assemble(texts, &labels, title, keep, &path, body_len);
    let metadata = &mut article.metadata;
    if page.title.is_some() {
        article.title = page.title;
    }
    if !page.authors.is_empty() {
        metadata.authors = page.authors;
    }
    if page.published.is_some() {
        metadata.published = page.published;
    }
    metadata.site_name = page.site_name;
    metadata.language = page.language;
    metadata.url = page.url;
    article
}

/// Outside the article and away from it (more than [`NEAR_ARTICLE`] blocks), text with
/// more than this share of links is only checked against the phrase tables ("Share",
/// "Comments", "Subscribe"), not the shape patterns, which cost the most.
const LINK_TEXT: f32 = 0.5;
const NEAR_ARTICLE: usize = 20;

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

/// Lower-case words, for comparing a headline with the page's title.
fn normalised(text: &str) -> String {
    text.split(|c: char| !crate::block::is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
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
