//! Choosing the element that holds the article.
//!
//! The idea is Readability's: each paragraph-like piece of text votes for the elements
//! above it, its parent most, its grandparent half as much, and further ancestors less
//! and less. Votes grow with the text's length and commas and shrink with its share of
//! link text. An element's total is then weighed by its class and id names and its own
//! link density. Votes are local, so the best-voted element may be one section of an
//! article cut into several wrappers: the container is its ancestor holding much more
//! prose net of boilerplate, if there is one ([`climb`]). Siblings that score nearly as
//! well (a second body column, a continuation after an ad) join it.

use super::dom::{Element, Layout, Piece};
use crate::block::{Block, Role, Tag};

/// Pieces shorter than this do not vote: captions, buttons, menu entries.
const MIN_VOTING_CHARS: usize = 25;
/// How many ancestors a piece votes for.
const VOTE_LEVELS: usize = 5;
/// A sibling joins the container when it scores this share of it (or [`MIN_SIBLING_SCORE`]).
const SIBLING_SHARE: f32 = 0.2;
const MIN_SIBLING_SCORE: f32 = 10.0;
/// A list item with this share of link text is a teaser (headline link and summary).
const TEASER_LINK_SHARE: f32 = 0.15;
/// An ancestor replaces the best-voted element when it holds this many times its prose.
const CLIMB_GAIN: f32 = 1.6;
/// The same, for an ancestor that is `<article>`, `<main>` or `itemprop="articleBody"`.
const SEMANTIC_CLIMB_GAIN: f32 = 1.2;
/// The bonus of `<article>`, `<main>` and `itemprop="articleBody"`, as a share of the votes.
const SEMANTIC_BONUS: f32 = 0.5;
/// A class hint of this weight adds (or takes) the element's votes once more.
const HINT_SCALE: f32 = 50.0;

/// For each piece of the layout, whether it lies in the article's container (and not in
/// a comment thread or a modal dialog inside it). Every piece outside modal dialogs when
/// no piece is long enough to vote (a page of short lines is left to the classifier).
pub(crate) fn select(layout: &Layout, blocks: &[Block<'_>]) -> Vec<bool> {
    let elements = &layout.elements;
    let tally = Tally::of(layout, blocks);
    let Some(voted) = (0..elements.len())
        .filter(|&i| tally.votes[i] > 0.0 && !elements[i].in_zone)
        .max_by(|&a, &b| tally.score(elements, a).total_cmp(&tally.score(elements, b)))
    else {
        return layout.pieces.iter().map(|piece| !piece.modal && !piece.control).collect();
    };
    let best = outside_tables(elements, records(elements, &tally, climb(elements, &tally.net, voted)));

    // Siblings that score nearly as well join: a second body column, the rest of the
    // article after an ad slot.
    let mut chosen = vec![false; elements.len()];
    chosen[best] = true;
    if let Some(parent) = elements[best].parent {
        let threshold = (tally.score(elements, best) * SIBLING_SHARE).max(MIN_SIBLING_SCORE);
        for (i, el) in elements.iter().enumerate() {
            if el.parent == Some(parent) && i != best && tally.score(elements, i) >= threshold {
                chosen[i] = true;
            }
        }
    }
    // A comment thread or a modal dialog inside the container is not the article.
    layout
        .pieces
        .iter()
        .map(|piece| {
            !piece.modal
                && !piece.control
                && !elements[piece.element as usize].in_zone
                && under_chosen(elements, &chosen, piece)
        })
        .collect()
}

/// Whether a piece lies in a chosen element, and not in a sidebar, menu or footer inside
/// it (a page's sidebar is often inside the wrapper that holds its article; the chosen
/// element may itself be an `<aside>`, which then counts).
fn under_chosen(elements: &[Element], chosen: &[bool], piece: &Piece) -> bool {
    for i in ancestors(elements, piece.element) {
        if chosen[i] {
            return true;
        }
        if elements[i].furniture {
            return false;
        }
    }
    false
}

/// The element `index` and its ancestors, innermost first.
fn ancestors<'e>(elements: &'e [Element], index: u32) -> impl Iterator<Item = usize> + 'e {
    std::iter::successors(Some(index), |&i| elements[i as usize].parent).map(|i| i as usize)
}

/// What the pieces say about every element above them.
struct Tally {
    /// Readability-style votes from the paragraphs below.
    votes: Vec<f32>,
    /// Characters of text below, and of link text below.
    text: Vec<usize>,
    links: Vec<usize>,
    /// Prose net of boilerplate below, in words ([`piece_value`]).
    net: Vec<f32>,
}

impl Tally {
    fn of(layout: &Layout, blocks: &[Block<'_>]) -> Self {
        let elements = &layout.elements;
        let n = elements.len();
        let mut tally = Tally { votes: vec![0.0; n], text: vec![0; n], links: vec![0; n], net: vec![0.0; n] };
        for (piece, block) in layout.pieces.iter().zip(blocks) {
            if piece.modal || piece.control {
                continue;
            }
            let value = piece_value(piece, block, elements[piece.element as usize].in_zone);
            for i in ancestors(elements, piece.element) {
                tally.text[i] += piece.chars;
                tally.links[i] += piece.link_chars;
                tally.net[i] += value;
            }
            // A row of a table of data votes only when it reads as prose (a film's plot,
            // a change's effect); figures and names are no prose.
            let data_row = matches!(block.role, Role::Row(_));
            if piece.chars < MIN_VOTING_CHARS
                || matches!(piece.tag, Tag::Heading | Tag::Caption)
                || elements[piece.element as usize].in_zone
                || data_row && !reads_as_prose(&block.features)
            {
                continue;
            }
            let link_share = piece.link_chars as f32 / piece.chars.max(1) as f32;
            let commas = block.text.matches([',', '，', '、', '،']).count() as f32;
            let vote = (1.0 + commas + (piece.chars as f32 / 100.0).min(3.0)) * (1.0 - link_share);
            // A paragraph votes for the element around it; text written straight into a
            // `<div>` is its own paragraph and votes for that `<div>` first.
            let first =
                if piece.tag == Tag::Division { Some(piece.element) } else { elements[piece.element as usize].parent };
            let voters = first.into_iter().flat_map(|i| ancestors(elements, i)).take(VOTE_LEVELS);
            for (level, i) in voters.enumerate() {
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    _ => level as f32 * 3.0,
                };
                tally.votes[i] += vote / divider;
            }
        }
        tally
    }

    /// The votes weighed by the element's class hints and kind, and by its link density.
    fn score(&self, elements: &[Element], i: usize) -> f32 {
        if self.votes[i] <= 0.0 {
            return 0.0;
        }
        let el = &elements[i];
        let factor = 1.0 + f32::from(el.hint) / HINT_SCALE + if el.semantic_content { SEMANTIC_BONUS } else { 0.0 };
        let link_density = self.links[i] as f32 / self.text[i].max(1) as f32;
        self.votes[i] * factor.max(0.1) * (1.0 - link_density)
    }
}

/// A table of data is a piece of the article, like a paragraph, however much of its
/// text it holds (a list of films with their plots): when the best element is such a
/// table or its body or a row, the container is the element around the table. (An
/// element inside a cell stays: a forum's posts may each be a table of a few cells.)
fn outside_tables(elements: &[Element], best: usize) -> usize {
    let table = ancestors(elements, best as u32)
        .take_while(|&i| matches!(&*elements[i].name, "table" | "thead" | "tbody" | "tfoot" | "tr"))
        .find(|&i| elements[i].data_table);
    table.and_then(|t| elements[t].parent).map_or(best, |parent| parent as usize)
}

/// Votes are local: an article cut into many sections, each in its own wrapper, loses to
/// one of its sections. The container is the ancestor of the best-voted element that
/// holds the most prose net of boilerplate, when that is [`CLIMB_GAIN`] times as much;
/// or else the `<article>`, `<main>` or `itemprop="articleBody"` around it that holds
/// the most, when that is [`SEMANTIC_CLIMB_GAIN`] times as much: the markup itself says
/// where the article is, so less evidence is needed.
fn climb(elements: &[Element], net: &[f32], voted: usize) -> usize {
    let top = ancestors(elements, voted as u32).fold(voted, |top, i| if net[i] > net[top] { i } else { top });
    if net[top] >= CLIMB_GAIN * net[voted].max(1.0) {
        return top;
    }
    let semantic = ancestors(elements, voted as u32)
        .filter(|&i| i != voted && elements[i].semantic_content)
        .max_by(|&a, &b| net[a].total_cmp(&net[b]));
    match semantic {
        Some(s) if net[s] >= SEMANTIC_CLIMB_GAIN * net[voted].max(1.0) => s,
        _ => voted,
    }
}

/// A forum thread, a Q&A page or a listing repeats one record per post: the best-voted
/// element is then one post, and the thread is the posts' parent. When the best element,
/// or one of the [`RECORD_LEVELS`] above it, has [`MIN_RECORDS`] or more siblings of its
/// own name and class (itself included) that hold text, most of it not links, their
/// parent is the container.
fn records(elements: &[Element], tally: &Tally, best: usize) -> usize {
    for record in ancestors(elements, best as u32).take(RECORD_LEVELS) {
        let (Some(parent), key) = (elements[record].parent, elements[record].class_key) else { break };
        if key == 0 {
            continue;
        }
        let name = &elements[record].name;
        let count = (0..elements.len())
            .filter(|&i| {
                let el = &elements[i];
                el.parent == Some(parent)
                    && el.class_key == key
                    && el.name == *name
                    && tally.text[i] >= MIN_RECORD_CHARS
                    && tally.links[i] * 2 < tally.text[i]
            })
            .count();
        if count >= MIN_RECORDS {
            return parent as usize;
        }
    }
    best
}

const RECORD_LEVELS: usize = 6;
const MIN_RECORDS: usize = 3;
const MIN_RECORD_CHARS: usize = 100;

/// Running prose in a covered language is 30-50 % stopwords; a row of names and
/// figures has few.
const MIN_PROSE_STOPWORDS: f32 = 0.25;

/// Whether text of no single paragraph (a table's row) reads as prose: it has sentences,
/// or its words are as rich in stopwords as running text.
fn reads_as_prose(f: &crate::block::Features) -> bool {
    let stopwords = f.stopwords.iter().copied().max().unwrap_or(0);
    f.sentence_ends > 0 || f.ends_like_sentence || f32::from(stopwords) >= MIN_PROSE_STOPWORDS * f.words as f32
}

/// What a piece adds to every element that holds it, in words: its length when it
/// reads like prose, minus its length when it is links or furniture. The container is
/// the element with the most prose net of boilerplate.
fn piece_value(piece: &Piece, block: &Block<'_>, in_comments: bool) -> f32 {
    let f = &block.features;
    let words = f.words as f32;
    let link_share = block.markup.link_density;
    // Teaser lists: items that are a linked headline and a summary.
    let teaser = piece.tag == Tag::ListItem && link_share >= TEASER_LINK_SHARE;
    if in_comments || teaser || link_share >= 0.5 {
        return -words;
    }
    if piece.tag == Tag::Pre {
        return 0.0;
    }
    let sentence = f.ends_like_sentence || f.sentence_ends > 0;
    // A row of a table of data is one piece however many cells it has: its length
    // alone makes no prose, its words must read as prose too.
    let long = f.words >= 25 && (!matches!(block.role, Role::Row(_)) || reads_as_prose(f));
    if long || f.words >= 8 && sentence {
        words * (1.0 - link_share)
    } else if f.words >= 4 && f.ends_like_sentence {
        0.5 * words
    } else {
        -0.25 * words
    }
}
