//! Choosing the article's stretch of blocks: the run with the highest net score, where
//! prose scores its word count and boilerplate costs (a maximum-sum subarray, as in
//! Finn et al.'s Body Text Extraction, over blocks rather than tokens).

use std::ops::Range;

use super::Grade;
use crate::Kind;
use crate::block::Block;
use crate::rules::Hit;

/// What one block adds to (or takes from) a stretch that holds it.
fn score(block: &Block<'_>, grade: Grade, hit: Option<Hit>) -> f32 {
    let words = block.features.words as f32;
    match (grade, hit) {
        (Grade::Good | Grade::NearGood, _) => words,
        // Section headings that open comments or lists of other articles end the article
        // more surely than any menu line.
        (_, Some(Hit { kind: Kind::Comments | Kind::Related, whole_line: true })) => -(25.0 + words),
        (_, Some(_)) => -(3.0 + words * 0.5),
        (Grade::Short | Grade::Bad, None) => -(2.0 + words * 0.5),
    }
}

/// The run of blocks with the greatest total score, if any run scores above zero.
pub(crate) fn best(blocks: &[Block<'_>], grades: &[Grade], hits: &[Option<Hit>]) -> Option<Range<usize>> {
    let mut best: Option<(f32, Range<usize>)> = None;
    let mut run_start = 0;
    let mut run_total = 0.0f32;
    for (i, ((block, &grade), &hit)) in blocks.iter().zip(grades).zip(hits).enumerate() {
        if run_total <= 0.0 {
            run_start = i;
            run_total = 0.0;
        }
        run_total += score(block, grade, hit);
        if run_total > 0.0 && best.as_ref().is_none_or(|(total, _)| run_total > *total) {
            best = Some((run_total, run_start..i + 1));
        }
    }
    best.map(|(_, range)| range)
}
