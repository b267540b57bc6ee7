//! Finding blocks that repeat earlier text: a page's summary dumped again after the
//! article, a pull quote, the headline in the body. Only the first copy can be body.

use crate::block::{Block, is_word_char};
use crate::hash::FastSet;

/// Blocks shorter than this are left alone: short lines repeat for good reasons.
const MIN_WORDS: u32 = 8;
/// A block whose word 4-grams have been seen before at least this often is a repeat.
const REPEAT_SHARE: f32 = 0.6;

/// `true` for every block that mostly repeats the blocks before it.
pub(crate) fn repeats(blocks: &[Block<'_>]) -> Vec<bool> {
    // Not reserved ahead: a page that repeats itself holds far fewer distinct shingles
    // than words.
    let mut seen: FastSet<u64> = FastSet::default();
    let mut shingles = Vec::new();
    blocks
        .iter()
        .map(|block| {
            shingles.clear();
            if block.features.words >= MIN_WORDS {
                word_shingles(&block.text, &mut shingles);
            }
            // Short lines are neither judged nor remembered: menus repeat by design, and
            // a page of a million short lines must not hold a million shingles.
            if shingles.is_empty() || block.features.words < MIN_WORDS {
                return false;
            }
            let old = shingles.iter().filter(|s| seen.contains(s)).count();
            seen.extend(shingles.iter().copied());
            old as f32 >= REPEAT_SHARE * shingles.len() as f32
        })
        .collect()
}

/// Hashes of each run of four consecutive words, case-folded, into `out`.
///
/// Words are maximal runs of letters and digits; each is hashed (FNV-1a over its
/// lower-cased characters) as it is read, without being cut out of the text.
fn word_shingles(text: &str, out: &mut Vec<u64>) {
    const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const FNV_PRIME: u64 = 0x100_0000_01b3;
    let mut window = [0u64; 4];
    let mut count = 0usize;
    let mut hash = FNV_OFFSET;
    let mut in_word = false;
    let mut end_word = |hash: u64| {
        window.rotate_left(1);
        window[3] = hash;
        count += 1;
        if count >= 4 {
            out.push(window.iter().fold(FNV_OFFSET, |h, w| (h ^ w).wrapping_mul(FNV_PRIME).rotate_left(5)));
        }
    };
    let add = |hash: &mut u64, c: char| {
        *hash ^= u64::from(c);
        *hash = hash.wrapping_mul(FNV_PRIME);
    };
    for c in text.chars() {
        if is_word_char(c) {
            in_word = true;
            if c.is_ascii() {
                add(&mut hash, c.to_ascii_lowercase());
            } else {
                c.to_lowercase().for_each(|l| add(&mut hash, l));
            }
        } else if in_word {
            end_word(hash);
            hash = FNV_OFFSET;
            in_word = false;
        }
    }
    if in_word {
        end_word(hash);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    #[test]
    fn a_summary_of_earlier_paragraphs_is_a_repeat() {
        let input = "The council met on Tuesday to decide the fate of the old bridge.\n\
                     Engineers said the bridge could stand for ten more years with repairs.\n\
                     Summary: the council met on Tuesday to decide the fate of the old bridge. Engineers said the bridge could stand for ten more years.\n\
                     A different paragraph about the river and the fish that live in it today.";
        assert_eq!(repeats(&text::blocks(input)), [false, false, true, false]);
    }
}
