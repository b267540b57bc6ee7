//! Finding blocks that repeat earlier text: a page's summary dumped again after the
//! article, a pull quote, the headline in the body. Only the first copy can be body.

use crate::block::{Block, WordSink, is_word_char, lower_char};
use crate::hash::FastSet;

/// Blocks shorter than this are left alone: short lines repeat for good reasons.
const MIN_WORDS: u32 = 8;
/// A block whose word 4-grams have been seen before at least this often is a repeat.
const REPEAT_SHARE: f32 = 0.6;
/// The most shingles the set is sized for ahead. Below this a page's set never grows
/// (and never rehashes); above it, it grows with the page's distinct shingles, which
/// on a page that repeats itself are far fewer than its words.
const RESERVE_MAX: usize = 1 << 16;

/// `true` for every block that mostly repeats the blocks before it.
pub(crate) fn repeats(blocks: &[Block<'_>]) -> Vec<bool> {
    let long_words: usize =
        blocks.iter().filter(|b| b.features.words >= MIN_WORDS).map(|b| b.features.words as usize).sum();
    let mut tracker = Tracker::new(long_words);
    let mut words = WordHashes::default();
    blocks
        .iter()
        .map(|block| {
            if block.features.words < MIN_WORDS {
                return false;
            }
            words.clear();
            word_hashes(&block.text, &mut words.hashes);
            tracker.observe(block.features.words, &words.hashes)
        })
        .collect()
}

/// Tells, block after block in page order, whether each mostly repeats the ones before:
/// it remembers the word 4-grams ("shingles") of every block long enough to judge.
pub(crate) struct Tracker {
    seen: FastSet<u64>,
    shingles: Vec<u64>,
    /// The block's shingles that were new to the set, and those that were not.
    fresh: Vec<u64>,
    again: Vec<u64>,
}

impl Tracker {
    /// A tracker sized for a page of about `long_words` words in long blocks.
    pub(crate) fn new(long_words: usize) -> Self {
        let mut seen = FastSet::default();
        seen.reserve(long_words.min(RESERVE_MAX));
        Tracker { seen, shingles: Vec::new(), fresh: Vec::new(), again: Vec::new() }
    }

    /// Whether the next block, of `words` words hashed to `hashes` (by [`WordHash`]), is
    /// a repeat. Short blocks are neither judged nor remembered: menus repeat by design,
    /// and a page of a million short lines must not hold a million shingles.
    pub(crate) fn observe(&mut self, words: u32, hashes: &[u64]) -> bool {
        if words < MIN_WORDS {
            return false;
        }
        self.shingles.clear();
        // The word hashes are already mixed: rotating each by its place and combining
        // them keeps the order without more multiplies per word.
        self.shingles.extend(
            hashes.windows(4).map(|w| w[0] ^ w[1].rotate_left(16) ^ w[2].rotate_left(32) ^ w[3].rotate_left(48)),
        );
        if self.shingles.is_empty() {
            return false;
        }
        // One probe per shingle: insert, and sort out afterwards which of the shingles
        // already present came from this same block (a phrase it repeats itself): only
        // those seen in earlier blocks count as repeats.
        self.fresh.clear();
        self.again.clear();
        for &shingle in &self.shingles {
            if self.seen.insert(shingle) { self.fresh.push(shingle) } else { self.again.push(shingle) }
        }
        let mut old = self.again.len();
        if !self.fresh.is_empty() && !self.again.is_empty() {
            self.fresh.sort_unstable();
            old -= self.again.iter().filter(|s| self.fresh.binary_search(s).is_ok()).count();
        }
        old as f32 >= REPEAT_SHARE * self.shingles.len() as f32
    }
}

/// The hashes of a block's words, collected by [`Features::measure`] as it reads them.
/// Features count each Chinese or Japanese character as a word, repeats count each run
/// of them: a block that holds one is marked, and its words are hashed again on their own.
#[derive(Default)]
pub(crate) struct WordHashes {
    pub hashes: Vec<u64>,
    pub unspaced_script: bool,
    word: WordHash,
}

impl WordHashes {
    pub(crate) fn clear(&mut self) {
        self.hashes.clear();
        self.unspaced_script = false;
        self.word = WordHash::default();
    }
}

impl WordSink for WordHashes {
    #[inline(always)]
    fn ascii(&mut self, lower: u8) {
        self.word.push_ascii(lower);
    }

    fn char(&mut self, c: char) {
        match lower_char(c) {
            Some(lower) => self.word.push(lower),
            None => c.to_lowercase().for_each(|l| self.word.push(l)),
        }
    }

    #[inline(always)]
    fn end(&mut self) {
        self.hashes.push(std::mem::take(&mut self.word).finish());
    }

    fn unspaced(&mut self) {
        self.unspaced_script = true;
    }
}

/// The hash of each word of `text`, case-folded, into `out`: words are maximal runs of
/// letters and digits, each hashed as it is read (see [`WordHash`]).
pub(crate) fn word_hashes(text: &str, out: &mut Vec<u64>) {
    let mut word = WordHash::default();
    let mut in_word = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        let (word_char, len) = if byte.is_ascii() {
            let word_char = byte.is_ascii_alphanumeric();
            if word_char {
                word.push_ascii(byte.to_ascii_lowercase());
            }
            (word_char, 1)
        } else {
            // `i` is on a character boundary: every step moves by whole characters.
            let c = text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            let word_char = is_word_char(c);
            if word_char {
                match lower_char(c) {
                    Some(lower) => word.push(lower),
                    None => c.to_lowercase().for_each(|l| word.push(l)),
                }
            }
            (word_char, c.len_utf8())
        };
        if word_char {
            in_word = true;
        } else if in_word {
            out.push(std::mem::take(&mut word).finish());
            in_word = false;
        }
        i += len;
    }
    if in_word {
        out.push(word.finish());
    }
}

/// A hash of a word's lower-cased characters, fed one at a time. ASCII characters are
/// gathered eight to a word and mixed once; any other character is mixed on its own.
/// Where the chunks end depends only on the characters, so equal words hash equally.
#[derive(Default)]
pub(crate) struct WordHash {
    hash: u64,
    /// ASCII bytes not yet mixed in, packed little-endian.
    pending: u64,
    pending_len: u32,
}

impl WordHash {
    fn push(&mut self, c: char) {
        if c.is_ascii() {
            self.push_ascii(c as u8);
        } else {
            self.flush();
            // Above any packed ASCII chunk's values: the top byte of a chunk is ASCII.
            self.hash = mix(self.hash ^ (u64::from(u32::from(c)) | 1 << 63));
        }
    }

    fn push_ascii(&mut self, byte: u8) {
        self.pending |= u64::from(byte) << (8 * self.pending_len);
        self.pending_len += 1;
        if self.pending_len == 8 {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if self.pending_len > 0 {
            self.hash = mix(self.hash ^ self.pending);
            self.pending = 0;
            self.pending_len = 0;
        }
    }

    fn finish(mut self) -> u64 {
        self.flush();
        self.hash
    }
}

/// One multiply-xorshift round: spreads every input bit over the result.
fn mix(x: u64) -> u64 {
    let x = (x ^ (x >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^ (x >> 32)
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

    #[test]
    fn a_phrase_repeated_inside_one_block_is_not_a_repeat() {
        let line = "one two three four one two three four one two three four one two three four";
        assert_eq!(repeats(&text::blocks(line)), [false]);
        assert_eq!(repeats(&text::blocks(&format!("{line}\n{line}"))), [false, true]);
    }

    #[test]
    fn words_hash_alike_whatever_their_case_and_script() {
        let hash = |text: &str| {
            let mut out = Vec::new();
            word_hashes(text, &mut out);
            out
        };
        assert_eq!(hash("The Straße, ÉTÉ and Ünïcode words"), hash("the straße été and ünïcode words"));
        assert_ne!(hash("alpha beta gamma delta"), hash("alpha beta gamma deltas"));
        assert_ne!(hash("abcdefgh ijk l m"), hash("abcdefghi jk l m"));
        assert_eq!(hash("\u{212A}elvin is a unit"), hash("kelvin is a unit"));
    }
}
