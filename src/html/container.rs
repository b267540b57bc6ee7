//! Choosing the element that holds the article.
//!
//! The idea is Readability's: each paragraph-like piece of text votes for the elements
//! above it, its parent most, its grandparent half as much, and further ancestors less
//! and less. Votes grow with the text's length and commas and shrink with its share of
//! link text. An element's total is then weighed by its class and id names and its own
//! link density; the best element is the article's container, and siblings that score
//! nearly as well (a second body column, a continuation after an ad) join it.

use super::dom::Layout;
use crate::block::Tag;

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
/// The bonus of `<article>`, `<main>` and `itemprop="articleBody"`, as a share of the votes.
const SEMANTIC_BONUS: f32 = 0.5;
/// A class hint of this weight adds (or takes) the element's votes once more.
const HINT_SCALE: f32 = 50.0;

/// For each piece of the layout, whether it lies in the article's container. All true
/// when no piece is long enough to vote (a page of short lines is left to the classifier).
pub(crate) fn select(layout: &Layout<'_>, blocks: &[crate::block::Block<'_>]) -> Vec<bool> {
    let elements = &layout.elements;
    let mut votes = vec![0.0f32; elements.len()];
    let mut text = vec![0usize; elements.len()];
    let mut links = vec![0usize; elements.len()];
    for (index, piece) in layout.pieces.iter().enumerate() {
        let mut at = Some(piece.element);
        while let Some(i) = at {
            text[i as usize] += piece.chars;
            links[i as usize] += piece.link_chars;
            at = elements[i as usize].parent;
        }
        if piece.chars < MIN_VOTING_CHARS
            || matches!(piece.tag, Tag::Heading | Tag::Caption)
            || elements[piece.element as usize].in_zone
        {
            continue;
        }
        let link_share = piece.link_chars as f32 / piece.chars.max(1) as f32;
        let commas = blocks[index].text.matches([',', '，', '、', '،']).count() as f32;
        let vote = (1.0 + commas + (piece.chars as f32 / 100.0).min(3.0)) * (1.0 - link_share);
        // A paragraph votes for the element around it; text written straight into a
        // `<div>` is its own paragraph and votes for that `<div>` first.
        let mut at =
            if piece.tag == Tag::Division { Some(piece.element) } else { elements[piece.element as usize].parent };
        for level in 0..VOTE_LEVELS {
            let Some(i) = at else { break };
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f32 * 3.0,
            };
            votes[i as usize] += vote / divider;
            at = elements[i as usize].parent;
        }
    }
    // Prose net of boilerplate below each element, for the climb at the end.
    let mut net = vec![0.0f32; elements.len()];
    {
        for (piece, block) in layout.pieces.iter().zip(blocks) {
            let value = piece_value(piece, block, elements[piece.element as usize].in_zone);
            let mut at = Some(piece.element);
            while let Some(i) = at {
                net[i as usize] += value;
                at = elements[i as usize].parent;
            }
        }
    }
    let score = |i: usize| {
        if votes[i] <= 0.0 {
            return 0.0;
        }
        let el = &elements[i];
        let factor = 1.0 + f32::from(el.hint) / HINT_SCALE + if el.semantic_content { SEMANTIC_BONUS } else { 0.0 };
        let link_density = links[i] as f32 / text[i].max(1) as f32;
        votes[i] * factor.max(0.1) * (1.0 - link_density)
    };
    let Some(best) = (0..elements.len())
        .filter(|&i| votes[i] > 0.0 && !elements[i].in_zone)
        .max_by(|&a, &b| score(a).total_cmp(&score(b)))
    else {
        return vec![true; layout.pieces.len()];
    };
    // Votes are local: an article cut into many sections, each in its own wrapper, loses
    // to one of its sections. Climb to the ancestor that holds much more prose (net of
    // boilerplate) than the best-voted element, if there is one.
    let mut best = best;
    {
        let mut at = elements[best].parent;
        let mut top = best;
        while let Some(i) = at {
            if net[i as usize] > net[top] {
                top = i as usize;
            }
            at = elements[i as usize].parent;
        }
        if net[top] >= CLIMB_GAIN * net[best].max(1.0) {
            best = top;
        }
    }
    let mut chosen = vec![false; elements.len()];
    chosen[best] = true;
    if let Some(parent) = elements[best].parent {
        let threshold = (score(best) * SIBLING_SHARE).max(MIN_SIBLING_SCORE);
        for (i, el) in elements.iter().enumerate() {
            if el.parent == Some(parent) && i != best && score(i) >= threshold {
                chosen[i] = true;
            }
        }
    }
    layout
        .pieces
        .iter()
        .map(|piece| {
            let mut at = Some(piece.element);
            while let Some(i) = at {
                if chosen[i as usize] {
                    return true;
                }
                at = elements[i as usize].parent;
            }
            false
        })
        .collect()
}

/// What a piece adds to every element that holds it, in words: its length when it
/// reads like prose, minus its length when it is links or furniture. The container is
/// the element with the most prose net of boilerplate.
fn piece_value(piece: &super::dom::Piece, block: &crate::block::Block<'_>, in_comments: bool) -> f32 {
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
    if f.words >= 25 || f.words >= 8 && sentence {
        words * (1.0 - link_share)
    } else if f.words >= 4 && f.ends_like_sentence {
        0.5 * words
    } else {
        -0.25 * words
    }
}
