//! Choosing the article's stretch of blocks.
//!
//! Prose scores its word count, boilerplate costs; the page splits into runs whose
//! running total stays above zero (the maximum-sum-subarray idea of Finn et al.'s Body
//! Text Extraction, over blocks rather than tokens). The article is the best run, where
//! a run that starts right after the page's own byline, dateline or repeated headline
//! counts for more: footers and teaser lists can be long, but they are not introduced
//! like the article is. A comment-section heading ends any run, and the runs after it
//! count for less: readers' comments can outweigh a short article, but they follow it.

use std::ops::Range;

use super::Grade;
use super::matcher::Hit;
use crate::article::Kind;
use crate::block::Block;

/// How many blocks before a run (or at its head) an anchor may stand.
pub(crate) const ANCHOR_REACH: usize = 4;
/// The weight of a run introduced by an anchor.
const ANCHOR_WEIGHT: f32 = 2.0;

/// The weight of a run that starts after the page's comment section has opened.
const AFTER_COMMENTS_WEIGHT: f32 = 0.25;

/// The cost of crossing a heading that opens comments or a list of other articles.
const BARRIER: f32 = 40.0;

/// What one block adds to (or takes from) a stretch that holds it.
fn score(block: &Block<'_>, grade: Grade, hit: Option<Hit>) -> f32 {
    let words = block.features.words as f32;
    match (grade, hit) {
        (Grade::Good | Grade::NearGood, _) => words,
        // Section headings that open comments or lists of other articles end the article
        // more surely than any menu line.
        (_, Some(Hit { kind: Kind::Comments | Kind::Related, whole_line, .. })) if whole_line || words <= 6.0 => {
            -(BARRIER + words)
        }
        (_, Some(_)) => -(3.0 + words * 0.5),
        (Grade::Short | Grade::Bad, None) => -(2.0 + words * 0.5),
    }
}

/// A stretch of blocks whose running score stayed above zero, cut at its best end.
#[derive(Debug, Clone)]
struct Run {
    total: f32,
    range: Range<usize>,
}

/// A later section of the same article must score at least this share of the best run
/// (and [`MIN_SECTION_WORDS`]) to join it.
const SECTION_SHARE: f32 = 0.4;
const MIN_SECTION_WORDS: f32 = 40.0;

/// The article's stretches of blocks, in order; empty when no run scores above zero.
///
/// The best run (weighted by its anchors) is the article's core. Long articles are often
/// cut into several runs by tables, galleries or product boxes, so other strong runs join
/// it, as long as no comment or related-articles heading stands between them.
/// `anchors[i]` is true for a block that introduces an article (its byline, dateline or
/// headline).
pub(crate) fn select(
    blocks: &[Block<'_>],
    grades: &[Grade],
    hits: &[Option<Hit>],
    anchors: &[bool],
) -> Vec<Range<usize>> {
    let scores: Vec<f32> = blocks.iter().zip(grades).zip(hits).map(|((b, &g), &h)| score(b, g, h)).collect();
    // A comment-section heading ends the article however long it ran: a long article
    // would carry its run across the heading and on through the comments.
    let cuts: Vec<bool> = hits.iter().map(|h| h.is_some_and(|h| h.kind == Kind::Comments && h.whole_line)).collect();
    let runs = runs(&scores, &cuts);
    let first_cut = cuts.iter().position(|&c| c).unwrap_or(blocks.len());
    let weight = |range: &Range<usize>| {
        let from = range.start.saturating_sub(ANCHOR_REACH);
        let to = (range.start + ANCHOR_REACH.min(range.len())).min(anchors.len());
        let anchored = if anchors[from..to].contains(&true) { ANCHOR_WEIGHT } else { 1.0 };
        if range.start >= first_cut { anchored * AFTER_COMMENTS_WEIGHT } else { anchored }
    };
    let Some(core) = (0..runs.len())
        .max_by(|&a, &b| (runs[a].total * weight(&runs[a].range)).total_cmp(&(runs[b].total * weight(&runs[b].range))))
    else {
        return Vec::new();
    };
    let threshold = (runs[core].total * SECTION_SHARE).max(MIN_SECTION_WORDS);
    // barriers_before[i]: the barriers among blocks 0..i, so that whether a stretch holds
    // one is a subtraction, however many runs are passed over (a scan per run was
    // quadratic on a page of many small runs).
    let barriers_before: Vec<usize> = std::iter::once(0)
        .chain(scores.iter().scan(0, |count, &score| {
            *count += usize::from(score <= -BARRIER);
            Some(*count)
        }))
        .collect();
    let has_barrier = |stretch: Range<usize>| barriers_before[stretch.end] > barriers_before[stretch.start];
    let mut chosen = vec![runs[core].range.clone()];
    // Later sections, then earlier ones, each direction stopping at a barrier.
    let mut edge = runs[core].range.end;
    for run in &runs[core + 1..] {
        if has_barrier(edge..run.range.start) {
            break;
        }
        if run.total >= threshold {
            chosen.push(run.range.clone());
            edge = run.range.end;
        }
    }
    let mut edge = runs[core].range.start;
    for run in runs[..core].iter().rev() {
        if has_barrier(run.range.end..edge) {
            break;
        }
        if run.total >= threshold {
            chosen.push(run.range.clone());
            edge = run.range.start;
        }
    }
    chosen.sort_by_key(|r| r.start);
    chosen
}

/// Splits the page into runs: a run starts where the running total fell to zero or
/// below, or at a block where `cuts` is true, and ends at the block where its total
/// peaked.
fn runs(scores: &[f32], cuts: &[bool]) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut current: Option<Run> = None;
    let mut start = 0;
    let mut total = 0.0f32;
    for (i, &score) in scores.iter().enumerate() {
        if total <= 0.0 || cuts[i] {
            runs.extend(current.take());
            start = i;
            total = 0.0;
        }
        total += score;
        if total > 0.0 && current.as_ref().is_none_or(|run| total > run.total) {
            current = Some(Run { total, range: start..i + 1 });
        }
    }
    runs.extend(current);
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_end_at_their_peak() {
        let runs = runs(&[-3.0, 10.0, -2.0, 5.0, -20.0, 4.0, -1.0], &[false; 7]);
        let ranges: Vec<_> = runs.iter().map(|r| r.range.clone()).collect();
        assert_eq!(ranges, [1..4, 5..6]);
        assert_eq!(runs[0].total, 13.0);
    }
}
