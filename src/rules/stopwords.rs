//! Function words per language: the share of them in a line is the strongest single sign
//! of running prose (jusText's observation), and their counts tell the page's language.
//!
//! The lists are each language's [`stopwords`](crate::lang::LanguageData::stopwords).

use std::sync::LazyLock;

use crate::lang::{self, Language};

/// No stopword of any list is longer than this, in bytes: longer words skip the lookup.
/// (A test checks the lists against it.)
pub(crate) const MAX_STOPWORD_LEN: usize = 8;

/// Bit `lang.index()` is set when the word is a stopword of `lang`.
pub(crate) type LanguageMask = u32;

const _: () = assert!(Language::COUNT <= LanguageMask::BITS as usize, "a bit of LanguageMask for every language");

/// A word of at most [`MAX_STOPWORD_LEN`] bytes packed into one integer, zero-padded
/// (words never hold a NUL): a lookup hashes and compares one number, not a string.
type Key = u64;

/// Packs `bytes` (at most eight) into a [`Key`].
fn key(bytes: &[u8]) -> Key {
    let mut packed = [0u8; 8];
    packed[..bytes.len()].copy_from_slice(bytes);
    Key::from_le_bytes(packed)
}

/// Lower-cases the ASCII letters of a packed ASCII word, eight bytes at once: a byte
/// from `A` to `Z` gains the `0x20` bit, nothing else changes.
#[cfg(test)]
fn lower_ascii(key: Key) -> Key {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    let at_least_a = key + ONES * u64::from(0x80 - b'A');
    let above_z = key + ONES * u64::from(0x80 - b'Z' - 1);
    let upper = at_least_a & !above_z & (ONES * 0x80);
    key | (upper >> 2)
}

/// The words of all the lists together, a word once for each list that has it: 725
/// today, of which 618 are distinct.
const LISTED_WORDS: usize = {
    let mut words = 0;
    let mut i = 0;
    while i < Language::COUNT {
        words += word_count(Language::ALL[i].data().stopwords);
        i += 1;
    }
    words
};

/// Words in `list`, separated by ASCII white space.
const fn word_count(list: &str) -> usize {
    let bytes = list.as_bytes();
    let (mut words, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() {
        let space = bytes[i].is_ascii_whitespace();
        if !space && !in_word {
            words += 1;
        }
        in_word = !space;
        i += 1;
    }
    words
}

/// Slots in the stopword table: the power of two at or above twice [`LISTED_WORDS`], so
/// the table is at most half full (a third today, 2,048 slots), and a probe for a word
/// that is absent ends after one or two slots. It grows with the lists.
const TABLE_BITS: u32 = (2 * LISTED_WORDS).next_power_of_two().trailing_zeros();
/// Bits in the table's filter, which rejects most words that are not stopwords without
/// a look at the table: 512 bytes today stay in the nearest cache, the table's 16 KB do
/// not.
const FILTER_BITS: u32 = TABLE_BITS + 1;

/// Every stopword of every list, in an open-addressed table (an empty slot has key 0)
/// behind a one-bit-per-hash filter. One multiply hashes a word: this lookup runs on
/// nearly every word of every page.
struct Table {
    filter: [u64; 1 << (FILTER_BITS - 6)],
    keys: Box<[Key]>,
    languages: Box<[LanguageMask]>,
}

impl Table {
    /// The table slot (top bits of the hash) and the filter bit (the bits below them).
    fn hash(key: Key) -> (usize, usize) {
        let hash = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let slot = hash >> (64 - TABLE_BITS);
        let bit = hash >> (64 - TABLE_BITS - FILTER_BITS) & ((1 << FILTER_BITS) - 1);
        (slot as usize, bit as usize)
    }

    fn build() -> Table {
        let mut table = Table {
            filter: [0; 1 << (FILTER_BITS - 6)],
            keys: vec![0; 1 << TABLE_BITS].into_boxed_slice(),
            languages: vec![0; 1 << TABLE_BITS].into_boxed_slice(),
        };
        let mask = table.keys.len() - 1;
        for data in lang::all() {
            for word in data.stopwords.split_ascii_whitespace() {
                let key = key(word.as_bytes());
                let (mut i, bit) = Table::hash(key);
                table.filter[bit / 64] |= 1 << (bit % 64);
                while table.keys[i] != 0 && table.keys[i] != key {
                    i = (i + 1) & mask;
                }
                table.keys[i] = key;
                table.languages[i] |= 1 << data.language.index();
            }
        }
        table
    }

    #[inline]
    fn get(&self, key: Key) -> LanguageMask {
        let (mut i, bit) = Self::hash(key);
        if self.filter[bit / 64] & 1 << (bit % 64) == 0 {
            return 0;
        }
        let mask = self.keys.len() - 1;
        loop {
            let k = self.keys[i];
            if k == key {
                return self.languages[i];
            }
            if k == 0 {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }
}

static STOPWORDS: LazyLock<Table> = LazyLock::new(Table::build);

/// The languages in which `lower` (a lower-case word) is a stopword.
pub(crate) fn languages_of(lower: &str) -> LanguageMask {
    if lower.len() > MAX_STOPWORD_LEN {
        return 0;
    }
    STOPWORDS.get(key(lower.as_bytes()))
}

/// [`languages_of`] for an ASCII word in any case.
#[cfg(test)]
pub(crate) fn languages_of_ascii(word: &[u8]) -> LanguageMask {
    if word.len() > MAX_STOPWORD_LEN {
        return 0;
    }
    languages_of_packed(lower_ascii(key(word)))
}

/// [`languages_of`] for a lower-case ASCII word of at most [`MAX_STOPWORD_LEN`] bytes,
/// packed little-endian into a `u64` and zero-padded (as [`crate::block::Features`]
/// builds it while it reads the word).
#[inline]
pub(crate) fn languages_of_packed(word: u64) -> LanguageMask {
    STOPWORDS.get(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_list_and_known_words() {
        for (lang, word) in [
            (Language::English, "the"),
            (Language::German, "und"),
            (Language::French, "avec"),
            (Language::Spanish, "pero"),
            (Language::Italian, "della"),
            (Language::Portuguese, "não"),
            (Language::Dutch, "niet"),
        ] {
            assert!(lang.data().stopwords.split_ascii_whitespace().count() > 50, "{lang:?}");
            assert_ne!(languages_of(word) & (1 << lang.index()), 0, "{word}");
            assert!(word.len() <= MAX_STOPWORD_LEN, "{word}");
        }
        assert_eq!(languages_of("river"), 0);
        assert_eq!(languages_of_ascii(b"The"), languages_of("the"));
        assert_eq!(languages_of_ascii(b"Theirs"), languages_of("theirs"));
        assert_eq!(languages_of_ascii(b"yourselves1"), 0);
        assert_eq!(languages_of_ascii(b"AZ@[`{"), 0);
        assert_eq!(languages_of_packed(u64::from_le_bytes(*b"und\0\0\0\0\0")), languages_of("und"));
    }

    #[test]
    fn no_stopword_is_longer_than_the_limit() {
        for lang in Language::ALL {
            for word in lang.data().stopwords.split_ascii_whitespace() {
                assert!(word.len() <= MAX_STOPWORD_LEN, "{word}");
                assert_ne!(languages_of(word) & (1 << lang.index()), 0, "{word}");
            }
        }
    }

    #[test]
    fn the_table_is_at_most_half_full() {
        let used = STOPWORDS.keys.iter().filter(|&&key| key != 0).count();
        assert!(used <= LISTED_WORDS && used * 2 <= STOPWORDS.keys.len(), "{used} words");
        assert_eq!(word_count(" a  b\tc "), 3);
    }

    #[test]
    fn packed_lower_casing_matches_the_standard_library() {
        for byte in 1..=0x7f_u8 {
            let word = [byte, b'A', b'z', byte];
            assert_eq!(lower_ascii(key(&word)), key(&word.to_ascii_lowercase()), "{byte}");
        }
    }
}
