//! Grading blocks by their own features, then by their neighbours (after jusText).

use crate::Language;
use crate::block::Block;
use crate::rules::Hit;

/// How much a block looks like article prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Grade {
    /// Prose: long enough, rich in function words, built of sentences.
    Good,
    /// Could be prose or not; decided by the neighbours.
    NearGood,
    /// Too short to tell; decided by the neighbours.
    Short,
    /// Not prose: a rule named it, or it has no sentence structure.
    Bad,
}

/// Grades one block from its features and rule hit.
pub(crate) fn grade(block: &Block<'_>, hit: Option<Hit>, lang: Language, has_stopwords: bool) -> Grade {
    if hit.is_some() {
        return Grade::Bad;
    }
    let f = &block.features;
    let ratio = if has_stopwords { f.stopword_ratio(lang.index()) } else { 0.3 };
    let sentence = f.ends_like_sentence || f.sentence_ends > 0;
    if f.words >= 12 && ratio >= 0.25 && sentence || f.words >= 30 && ratio >= 0.18 {
        Grade::Good
    } else if f.words >= 7 && ratio >= 0.15 && sentence || f.words >= 15 && ratio >= 0.15 {
        Grade::NearGood
    } else if f.words < 15 {
        Grade::Short
    } else {
        Grade::Bad
    }
}

/// Resolves `Short` and `NearGood` blocks by their closest decided neighbours. The
/// edges of the page count as `Bad`: what is short and at the edge is furniture.
///
/// A `NearGood` block is good unless both neighbours are bad; a `Short` block is good
/// only when both are good. Runs of short blocks between two good ones stay in.
pub(crate) fn apply_context(grades: &mut [Grade]) {
    let decided = |g: Grade| matches!(g, Grade::Good | Grade::Bad);
    // Previous and next Good/Bad grade (or near-good, for short blocks) around each block.
    let n = grades.len();
    let mut prev_decided = vec![Grade::Bad; n];
    let mut last = Grade::Bad;
    for (i, &g) in grades.iter().enumerate() {
        prev_decided[i] = last;
        if decided(g) {
            last = g;
        }
    }
    let mut next_decided = vec![Grade::Bad; n];
    let mut last = Grade::Bad;
    for (i, &g) in grades.iter().enumerate().rev() {
        next_decided[i] = last;
        if decided(g) {
            last = g;
        }
    }
    // Near-good blocks first: they then count as decided for the short ones.
    for i in 0..n {
        if grades[i] == Grade::NearGood {
            grades[i] =
                if prev_decided[i] == Grade::Bad && next_decided[i] == Grade::Bad { Grade::Bad } else { Grade::Good };
        }
    }
    let mut prev = Grade::Bad;
    let mut prevs = vec![Grade::Bad; n];
    for (i, &g) in grades.iter().enumerate() {
        prevs[i] = prev;
        if decided(g) {
            prev = g;
        }
    }
    let mut next = Grade::Bad;
    for i in (0..n).rev() {
        let g = grades[i];
        if g == Grade::Short {
            grades[i] = if prevs[i] == Grade::Good && next == Grade::Good { Grade::Good } else { Grade::Bad };
        } else if decided(g) {
            next = g;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Grade::*;
    use super::*;

    #[test]
    fn short_lines_follow_their_neighbours() {
        let mut grades = [Short, Good, Short, Short, Good, Short, Bad, Short];
        apply_context(&mut grades);
        assert_eq!(grades, [Bad, Good, Good, Good, Good, Bad, Bad, Bad]);
    }

    #[test]
    fn near_good_needs_one_good_neighbour() {
        let mut grades = [NearGood, Bad, NearGood, Good, Bad, NearGood, Short, Bad];
        apply_context(&mut grades);
        assert_eq!(grades, [Bad, Bad, Good, Good, Bad, Bad, Bad, Bad]);
    }
}
