//! Picking the headline among the lines before the article.

use super::{Label, Verdict};
use crate::article::Kind;
use crate::block::{Block, is_word_char};

/// How far before the article a headline may stand, in blocks.
const LOOKBACK: usize = 12;

const WHY_TITLE: &str = "the headline: a headline-shaped line before the article";
const WHY_REPEAT: &str = "repeats the headline (the page title with its site name)";
const WHY_HEADLINE: &str = "the headline: the page's title (og:title, JSON-LD, <h1> or <title>)";

/// A label that no specific rule gave: body, or boilerplate only by position.
pub(crate) fn weak(label: Label) -> bool {
    label.is_none_or(|v| matches!(v.kind, Kind::Other | Kind::Navigation))
}

/// A label given by where the block stands, not by what a rule read in it: such a
/// line may still be the headline ("Skip to content", which a rule names, may not).
fn placed_only(label: Label) -> bool {
    label.is_none_or(|v| super::PLACEMENT_REASONS.contains(&v.why))
}

/// A line shaped like a headline: a few words, not a sentence fragment.
fn headline_like(block: &Block<'_>) -> bool {
    let f = &block.features;
    (2..=30).contains(&f.words) && f.chars <= 300 && !f.starts_lowercase && !block.text.ends_with(['.', ',', ';'])
}

/// Marks the title among the blocks before `article_start`: the headline-like line
/// closest to the article, preferring one whose text also opens the page (a page's
/// first line is often its `<title>`, "Headline - Site"). Every line that repeats the
/// chosen headline is marked too, so the headline never leaks into the body.
pub(crate) fn mark(blocks: &[Block<'_>], labels: &mut [Label], article_start: usize) {
    let candidate = |i: usize| placed_only(labels[i]) && headline_like(&blocks[i]);
    let window = article_start.saturating_sub(LOOKBACK)..article_start;
    let first_line = blocks.first().map(|first| super::FirstLine::new(&first.text));
    let echoes_first_line = |i: usize| i > 0 && first_line.as_ref().is_some_and(|line| line.contains(&blocks[i].text));
    let echoes_first =
        window.clone().rev().find(|&i| candidate(i) && blocks[i].features.words >= 3 && echoes_first_line(i));
    let chosen = echoes_first
        .or_else(|| (article_start > 0 && candidate(0)).then_some(0))
        .or_else(|| window.rev().find(|&i| candidate(i) && blocks[i].features.words >= 3));
    let Some(chosen) = chosen else { return };
    let headline = blocks[chosen].text.as_ref();
    for (block, label) in blocks.iter().zip(labels.iter_mut()).take(article_start) {
        if block.text.starts_with(headline) && weak(*label) {
            *label = Some(Verdict { kind: Kind::Title, why: WHY_REPEAT });
        }
    }
    labels[chosen] = Some(Verdict { kind: Kind::Title, why: WHY_TITLE });
}

/// Marks as the title every block that is the headline the page states (`title`, from
/// its metadata), word for word, unless a specific rule already named it.
pub(crate) fn mark_headline(blocks: &[Block<'_>], labels: &mut [Label], title: &str) {
    let title = normalised(title);
    // A length near the title's first: a cheap test that spares most blocks the copy.
    let near_length = title.len() / 2..=title.len() * 2 + 16;
    for (block, label) in blocks.iter().zip(labels.iter_mut()) {
        if weak(*label) && near_length.contains(&block.text.len()) && normalised(&block.text) == title {
            *label = Some(Verdict { kind: Kind::Title, why: WHY_HEADLINE });
        }
    }
}

/// Lower-case words, for comparing a headline with the page's title.
fn normalised(text: &str) -> String {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The index of the block to read the title from: the shortest `Title`-labelled line
/// (the headline without a site suffix).
pub(crate) fn title_index(blocks: &[Block<'_>], labels: &[Label]) -> Option<usize> {
    labels
        .iter()
        .enumerate()
        .filter(|(_, l)| l.is_some_and(|v| v.kind == Kind::Title))
        .min_by_key(|&(i, _)| (blocks[i].text.len(), i))
        .map(|(i, _)| i)
}
