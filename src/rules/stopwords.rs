//! Function words per language: the share of them in a line is the strongest single sign
//! of running prose (jusText's observation), and their counts tell the page's language.
//!
//! Lists are the most frequent function words of each language, lower case.

use std::sync::LazyLock;

use crate::article::Language;

/// No stopword of any list is longer than this, in bytes: longer words skip the lookup.
/// (A test checks the lists against it.)
pub(crate) const MAX_STOPWORD_LEN: usize = 8;

const ENGLISH: &str = "a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself";

const GERMAN: &str = "aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim bin bis bist da damit dann das dass dein dem den denn der des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwas euch für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre im in indem ins ist jede jedem jeden jeder jedes jetzt kann kein keine können könnte man mein mich mir mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so solche soll sollte sondern über um und uns unser unter vom von vor war waren warum was weil welche wenn wer werde werden wie wieder will wir wird wo wurde wurden zu zum zur zwar zwischen";

const FRENCH: &str = "à au aussi aux avec avoir bien c ce cela celle ces cet cette comme d dans de des donc du elle elles en encore est et été être eu fait il ils j je l la le les leur leurs lui m ma mais me même mes moi mon n ne nos notre nous on ont ou où par pas peu plus pour qu que quel quelle qui s sa sans se ses si son sont sur t ta te tes toi ton tous tout toute très tu un une vos votre vous y";

const SPANISH: &str = "a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era es esa ese eso esta estaba estado estas este esto estos fue fueron ha había han hasta hay la las le les lo los más me mi mucho muy nada ni no nos o otra otro para pero poco por porque que quien se sea ser si sido sin sobre son su sus también tanto te tiene todo todos tu un una uno unos y ya yo";

const ITALIAN: &str = "a ad al alla alle allo anche avere che chi ci come con contro cui da dal dalla dalle degli dei del della delle dello di dopo dove e è ed era erano essere fa gli ha hanno ho i il in io la le lei lo loro lui ma mi molto ne negli nei nel nella nelle nello noi non nostro o per perché più può quale quando quella quelle quello questa queste questo se sei si sia siamo sono stato su sua sue sui sul sulla suo suoi tra tutti tutto un una uno";

const PORTUGUESE: &str = "a à ao aos as às até com como da das de dela dele deles depois do dos e é ela elas ele eles em entre era essa esse esta está este eu foi foram há isso isto já lhe mais mas me mesmo meu muito na não nas nem no nos nós num numa o os ou para pela pelas pelo pelos por qual quando que quem se sem ser seu sua são também te tem ter um uma umas uns você";

const DUTCH: &str = "aan al als bij dan dat de deze die dit doch doen door dus een en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun ik in is ja je kan kon maar me meer men met mij mijn na naar niet niets nog nu of om omdat ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd wezen wie wij wil worden zal ze zelf zich zij zijn zo zonder zou";

fn list(lang: Language) -> &'static str {
    match lang {
        Language::English => ENGLISH,
        Language::German => GERMAN,
        Language::French => FRENCH,
        Language::Spanish => SPANISH,
        Language::Italian => ITALIAN,
        Language::Portuguese => PORTUGUESE,
        Language::Dutch => DUTCH,
    }
}

/// Bit `lang.index()` is set when the word is a stopword of `lang`.
pub(crate) type LanguageMask = u8;

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

/// Slots in the stopword table: a power of two, over three times the 618 distinct words,
/// so that a probe for a word that is absent ends after one or two slots.
const TABLE_BITS: u32 = 11;
/// Bits in the table's filter, which rejects most words that are not stopwords without
/// a look at the table: 512 bytes stay in the nearest cache, the table's 16 KB do not.
const FILTER_BITS: u32 = 12;

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
        for lang in Language::ALL {
            for word in list(lang).split_ascii_whitespace() {
                let key = key(word.as_bytes());
                let (mut i, bit) = Table::hash(key);
                table.filter[bit / 64] |= 1 << (bit % 64);
                while table.keys[i] != 0 && table.keys[i] != key {
                    i = (i + 1) & mask;
                }
                table.keys[i] = key;
                table.languages[i] |= 1 << lang.index();
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
            assert!(list(lang).split_ascii_whitespace().count() > 50, "{lang:?}");
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
            for word in list(lang).split_ascii_whitespace() {
                assert!(word.len() <= MAX_STOPWORD_LEN, "{word}");
                assert_ne!(languages_of(word) & (1 << lang.index()), 0, "{word}");
            }
        }
    }

    #[test]
    fn packed_lower_casing_matches_the_standard_library() {
        for byte in 1..=0x7f_u8 {
            let word = [byte, b'A', b'z', byte];
            assert_eq!(lower_ascii(key(&word)), key(&word.to_ascii_lowercase()), "{byte}");
        }
    }
}
