//! Choosing the article's stretch of blocks.
//!
//! Prose scores its word count, boilerplate costs; the page splits into runs whose
//! running total stays above zero (the maximum-sum-subarray idea of Finn et al.'s Body
//! Text Extraction, over blocks rather than tokens). The article is the best run, where
//! a run that starts right after the page's own byline, dateline or repeated headline
//! counts for more: footers and teaser lists can be long, but they are not introduced
//! like the article is.

use std::ops::Range;

use super::Grade;
use crate::Kind;
use crate::block::Block;
use crate::rules::Hit;

/// How many blocks before a run (or at its head) an anchor may stand.
const ANCHOR_REACH: usize = 4;
/// The weight of a run introduced by an anchor.
const ANCHOR_WEIGHT: f32 = 2.0;

/// The cost of crossing a heading that opens comments or a list of other articles.
const BARRIER: f32 = 40.0;

/// What one block adds to (or takes from) a stretch that holds it.
fn score(block: &Block<'_>, grade: Grade, hit: Option<Hit>) -> f32 {
    let words = block.features.words as f32;
    match (grade, hit) {
        (Grade::Good | Grade::NearGood, _) => words,
        // Section headings that open comments or lists of other articles end the article
        // more surely than any menu line.
        (_, Some(Hit { kind: Kind::Comments | Kind::Related, whole_line })) if whole_line || words <= 6.0 => {
            -(BARRIER + words)
        }
        (_, Some(_)) => -(3.0 + words * 0.5),
        (Grade::Short | Grade::Bad, None) => -(2.0 + words * 0.5),
    }
}

/// The best run of blocks, if any run scores above zero. `anchors[i]` is true for a
/// block that introduces an article (its byline, dateline or headline).
pub(crate) fn best(blocks: &[Block<'_>], grades: &[Grade], hits: &[Option<Hit>], anchors: &[bool]) -> Option<Range<usize>> {
    let weight = |range: &Range<usize>| {
        let from = range.start.saturating_sub(ANCHOR_REACH);
        let to = (range.start + ANCHOR_REACH.min(range.len())).min(anchors.len());
        if anchors[from..to].contains(&true) { ANCHOR_WEIGHT } else { 1.0 }
    };
    let mut best: Option<(f32, Range<usize>)> = None;
    let mut consider = |total: f32, range: Range<usize>| {
        let weighted = total * weight(&range);
        if best.as_ref().is_none_or(|(b, _)| weighted > *b) {
            best = Some((weighted, range));
        }
    };
    // The best-ending prefix of the current run: (total, range).
    let mut run: Option<(f32, Range<usize>)> = None;
    let mut run_start = 0;
    let mut run_total = 0.0f32;
    for (i, ((block, &grade), &hit)) in blocks.iter().zip(grades).zip(hits).enumerate() {
        if run_total <= 0.0 {
            if let Some((total, range)) = run.take() {
                consider(total, range);
            }
            run_start = i;
            run_total = 0.0;
        }
        run_total += score(block, grade, hit);
        if run_total > 0.0 && run.as_ref().is_none_or(|(total, _)| run_total > *total) {
            run = Some((run_total, run_start..i + 1));
        }
    }
    if let Some((total, range)) = run {
        consider(total, range);
    }
    best.map(|(_, range)| range)
}
