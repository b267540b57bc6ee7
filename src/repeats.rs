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
/// The most shingles remembered per page: about 6 MB of distinct prose, far more than
/// any article. Past it, blocks are still judged against what is remembered, but add
/// nothing: on a page of tens of megabytes of distinct text, the set would otherwise
/// outgrow the input (a 16 MB line of distinct words peaked at 4x the input).
const MAX_SEEN: usize = 1 << 20;
/// A block's shingles are settled into the set this many at a time, so that a block of
/// millions of words (a page without line breaks) needs no more memory than the set.
/// In a block longer than this, a phrase the block repeats from more than a chunk back
/// counts as seen before: no real paragraph is that long.
const CHUNK: usize = 4096;

/// `true` for every block that mostly repeats the blocks before it.
pub(crate) fn repeats(blocks: &[Block<'_>]) -> Vec<bool> {
    repeats_except(blocks, |_| false)
}

/// [`repeats`], but that the blocks `skip` names are neither judged nor remembered: a
/// block may repeat them and stay.
pub(crate) fn repeats_except(blocks: &[Block<'_>], skip: impl Fn(&Block<'_>) -> bool) -> Vec<bool> {
    let long_words: usize =
        blocks.iter().filter(|b| b.features.words >= MIN_WORDS).map(|b| b.features.words as usize).sum();
    let mut tracker = Tracker::new(long_words);
    blocks
        .iter()
        .map(|block| {
            if block.features.words < MIN_WORDS || skip(block) {
                return false;
            }
            word_hashes(&block.text, |hash| tracker.word(hash));
            tracker.end_block(block.features.words)
        })
        .collect()
}

/// Tells, block after block in page order, whether each mostly repeats the ones before:
/// it remembers the word 4-grams ("shingles") of every block long enough to judge. A
/// block's words come one at a time ([`Tracker::word`]), then its verdict
/// ([`Tracker::end_block`]).
pub(crate) struct Tracker {
    seen: FastSet<u64>,
    /// The hashes of the block's last four words.
    window: [u64; 4],
    /// The block's words so far.
    words: usize,
    /// The block's shingles not yet settled into the set (at most [`CHUNK`]).
    pending: Vec<u64>,
    /// The block's settled shingles, and how many of them earlier blocks had.
    settled: usize,
    old: usize,
    /// Scratch for [`Tracker::settle`]: the chunk's shingles new to the set, and those
    /// that were not.
    fresh: Vec<u64>,
    again: Vec<u64>,
}

impl Tracker {
    /// A tracker sized for a page of about `long_words` words in long blocks.
    pub(crate) fn new(long_words: usize) -> Self {
        let mut seen = FastSet::default();
        seen.reserve(long_words.min(RESERVE_MAX));
        Tracker {
            seen,
            window: [0; 4],
            words: 0,
            pending: Vec::new(),
            settled: 0,
            old: 0,
            fresh: Vec::new(),
            again: Vec::new(),
        }
    }

    /// The next word of the current block, hashed by [`HashWords`].
    pub(crate) fn word(&mut self, hash: u64) {
        self.window.rotate_left(1);
        self.window[3] = hash;
        self.words += 1;
        if self.words >= 4 {
            // The word hashes are already mixed: rotating each by its place and
            // combining them keeps the order without more multiplies per word.
            let [a, b, c, d] = self.window;
            self.pending.push(a ^ b.rotate_left(16) ^ c.rotate_left(32) ^ d.rotate_left(48));
            if self.pending.len() == CHUNK {
                // A block this long is long enough to be judged and remembered.
                self.settle();
            }
        }
    }

    /// Ends the current block, of `words` words: whether it mostly repeats the blocks
    /// before it. Short blocks are neither judged nor remembered: menus repeat by
    /// design, and a page of a million short lines must not hold a million shingles.
    pub(crate) fn end_block(&mut self, words: u32) -> bool {
        let judged = words >= MIN_WORDS;
        if judged {
            self.settle();
        }
        let repeated = judged && self.settled > 0 && self.old as f32 >= REPEAT_SHARE * self.settled as f32;
        self.words = 0;
        self.pending.clear();
        self.settled = 0;
        self.old = 0;
        repeated
    }

    /// Moves the pending shingles into the set, counting those already there. One probe
    /// per shingle: insert, then set apart the shingles already present that this same
    /// chunk put there (a phrase the block repeats itself): only those seen before
    /// count as repeats.
    fn settle(&mut self) {
        self.fresh.clear();
        self.again.clear();
        for &shingle in &self.pending {
            let new =
                if self.seen.len() < MAX_SEEN { self.seen.insert(shingle) } else { !self.seen.contains(&shingle) };
            if new { self.fresh.push(shingle) } else { self.again.push(shingle) }
        }
        let mut old = self.again.len();
        if !self.fresh.is_empty() && !self.again.is_empty() {
            self.fresh.sort_unstable();
            old -= self.again.iter().filter(|s| self.fresh.binary_search(s).is_ok()).count();
        }
        self.old += old;
        self.settled += self.pending.len();
        self.pending.clear();
    }
}

/// Hashes the words handed to it (see [`WordSink`]) and gives each hash to `out`: on the
/// text path [`Features::measure`](crate::block::Features::measure) hands them over as
/// it reads the line, so the repeat test costs no pass of its own; elsewhere
/// [`word_hashes`] does. Its words are the runs of letters and digits (Chinese and
/// Japanese characters, each a word to the features, are letters here).
pub(crate) struct HashWords<F: FnMut(u64)> {
    out: F,
    word: WordHash,
    /// A word has begun and not ended.
    open: bool,
}

impl<F: FnMut(u64)> HashWords<F> {
    pub(crate) fn new(out: F) -> Self {
        HashWords { out, word: WordHash::default(), open: false }
    }
}

impl<F: FnMut(u64)> WordSink for HashWords<F> {
    #[inline(always)]
    fn ascii(&mut self, lower: u8) {
        self.word.push_ascii(lower);
        self.open = true;
    }

    fn char(&mut self, c: char) {
        match lower_char(c) {
            Some(lower) => self.word.push(lower),
            None => c.to_lowercase().for_each(|l| self.word.push(l)),
        }
        self.open = true;
    }

    #[inline(always)]
    fn end(&mut self) {
        if std::mem::take(&mut self.open) {
            (self.out)(std::mem::take(&mut self.word).finish());
        }
    }
}

/// The hash of each word of `text`, case-folded, handed to `out` in order: words are
/// maximal runs of letters and digits, each hashed as it is read (see [`HashWords`]).
pub(crate) fn word_hashes(text: &str, out: impl FnMut(u64)) {
    let mut sink = HashWords::new(out);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if byte.is_ascii() {
            if byte.is_ascii_alphanumeric() {
                sink.ascii(byte.to_ascii_lowercase())
            } else {
                sink.end()
            }
            i += 1;
            continue;
        }
        // `i` is on a character boundary: every step moves by whole characters.
        let c = text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
        if is_word_char(c) {
            sink.char(c)
        } else {
            sink.end()
        }
        i += c.len_utf8();
    }
    sink.end();
}

/// A hash of a word's lower-cased characters, fed one at a time. ASCII characters are
/// gathered eight to a word and mixed once; any other character is mixed on its own.
/// Where the chunks end depends only on the characters, so equal words hash equally.
#[derive(Default)]
struct WordHash {
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
    fn a_block_longer_than_a_chunk_is_remembered_whole() {
        let words: Vec<String> = (0..CHUNK * 2 + 100).map(|i| format!("w{i}")).collect();
        let long = words.join(" ");
        let input = format!("{long}\nMenu\n{long}");
        assert_eq!(repeats(&text::blocks(&input)), [false, false, true]);
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
            word_hashes(text, |h| out.push(h));
            out
        };
        assert_eq!(hash("The Straße, ÉTÉ and Ünïcode words"), hash("the straße été and ünïcode words"));
        assert_ne!(hash("alpha beta gamma delta"), hash("alpha beta gamma deltas"));
        assert_ne!(hash("abcdefgh ijk l m"), hash("abcdefghi jk l m"));
        assert_eq!(hash("\u{212A}elvin is a unit"), hash("kelvin is a unit"));
    }
}
