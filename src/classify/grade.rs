//! Grading blocks by their own features, then by their neighbours (after jusText).

use super::matcher::Hit;
use crate::block::Block;
use crate::lang::Language;

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

/// Above this share of characters in links, a block is not prose (HTML only).
pub(crate) const MAX_LINK_DENSITY: f32 = 0.5;

/// Grades one block from its features and rule hit.
pub(crate) fn grade(block: &Block<'_>, hit: Option<Hit>, lang: Language, has_stopwords: bool) -> Grade {
    if hit.is_some() {
        return Grade::Bad;
    }
    // Text that is mostly links is a menu, a tag list or a teaser, however long.
    if block.markup.link_density > MAX_LINK_DENSITY {
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
    // Near-good blocks first: once resolved they count as decided for the short ones.
    let (prev, next) = decided_neighbours(grades);
    for (i, grade) in grades.iter_mut().enumerate() {
        if *grade == Grade::NearGood {
            *grade = if prev[i] == Grade::Bad && next[i] == Grade::Bad { Grade::Bad } else { Grade::Good };
        }
    }
    let (prev, next) = decided_neighbours(grades);
    for (i, grade) in grades.iter_mut().enumerate() {
        if *grade == Grade::Short {
            *grade = if prev[i] == Grade::Good && next[i] == Grade::Good { Grade::Good } else { Grade::Bad };
        }
    }
}

/// For each block, the closest `Good` or `Bad` grade before it and after it (`Bad` past
/// the edges of the page).
fn decided_neighbours(grades: &[Grade]) -> (Vec<Grade>, Vec<Grade>) {
    let decided = |g: Grade| matches!(g, Grade::Good | Grade::Bad);
    let mut prev = Vec::with_capacity(grades.len());
    let mut last = Grade::Bad;
    for &g in grades {
        prev.push(last);
        if decided(g) {
            last = g;
        }
    }
    let mut next = vec![Grade::Bad; grades.len()];
    let mut last = Grade::Bad;
    for (i, &g) in grades.iter().enumerate().rev() {
        next[i] = last;
        if decided(g) {
            last = g;
        }
    }
    (prev, next)
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
