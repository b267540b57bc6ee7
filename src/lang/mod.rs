//! What the crate knows of each language, one file per language.
//!
//! Each file (`en.rs`, `de.rs`, …) defines one [`LanguageData`]: the language's stopwords,
//! its phrase groups, its month names, the words of its bylines (openers, the
//! conjunctions between names, the particles inside names), its time units and the words
//! its page templates name their containers with. [`TABLE`] maps each [`Language`] to
//! its data; the consumers read every language from there:
//!
//! | knowledge | read by |
//! |---|---|
//! | stopwords | [`crate::rules::stopwords`] (one packed lookup table for all languages) |
//! | phrase groups | [`crate::rules::phrases`], compiled by [`crate::classify::matcher`] |
//! | months | [`crate::date`] (the date pattern and `month_number`) |
//! | byline openers | [`crate::rules::patterns`] (byline patterns) and [`crate::assemble`] (author names) |
//! | conjunctions, name particles | [`crate::assemble`] (author names) |
//! | time units | [`crate::rules::patterns`] (relative timestamps) |
//! | class-name words | [`crate::html`]'s hints (content, boilerplate, comment threads) |
//!
//! Adding a language: a new file here with its data, a variant of [`Language`], and the
//! data's line in [`TABLE`] (in the variants' order: a compile-time check says so).
//! [`Language::ALL`], [`Language::COUNT`], [`Language::code`], the sizes of the
//! per-language counts and of the stopword table follow from the table.
//!
//! What belongs to no one language stays with its consumer: the names of social networks
//! and messaging services among the share buttons (`rules::phrases::SHARED`), the
//! technical and vendor class names (`hentry`, `disqus`, `outbrain`: html's hints), and
//! the name particle "bin" (author names, `assemble`). Some pattern rules still spell a
//! few words of several languages inside their regular expressions (agency credits,
//! reading times, comment counts and policies, copyright notices): those are one rule's
//! alternatives, not shared knowledge.

mod de;
mod en;
mod es;
mod fr;
mod it;
mod nl;
mod pt;

use crate::article::{Kind, UnknownName};

/// A language the rule tables and stopword lists cover.
///
/// ```
/// use unclutter::Language;
///
/// assert_eq!("de".parse::<Language>(), Ok(Language::German));
/// assert_eq!("pt-BR".parse::<Language>().map(Language::code), Ok("pt"));
/// assert_eq!(Language::ALL.len(), Language::COUNT);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Language {
    /// English (`en`).
    English,
    /// German (`de`).
    German,
    /// French (`fr`).
    French,
    /// Spanish (`es`).
    Spanish,
    /// Italian (`it`).
    Italian,
    /// Portuguese (`pt`).
    Portuguese,
    /// Dutch (`nl`).
    Dutch,
}

/// Every language's data, in the order of [`Language`]'s variants.
const TABLE: &[&LanguageData] =
    &[&en::ENGLISH, &de::GERMAN, &fr::FRENCH, &es::SPANISH, &it::ITALIAN, &pt::PORTUGUESE, &nl::DUTCH];

// Each language's data stands at its variant's index, so `Language::data` is an index.
const _: () = {
    let mut i = 0;
    while i < TABLE.len() {
        assert!(TABLE[i].language as usize == i, "TABLE is in the order of Language's variants");
        i += 1;
    }
};

impl Language {
    /// How many languages the crate covers.
    ///
    /// ```
    /// assert_eq!(unclutter::Language::COUNT, unclutter::Language::ALL.len());
    /// ```
    pub const COUNT: usize = TABLE.len();

    /// Every language, in declaration order.
    ///
    /// ```
    /// assert_eq!(unclutter::Language::ALL[0], unclutter::Language::English);
    /// ```
    pub const ALL: [Language; Language::COUNT] = {
        let mut all = [Language::English; Language::COUNT];
        let mut i = 0;
        while i < Language::COUNT {
            all[i] = TABLE[i].language;
            i += 1;
        }
        all
    };

    /// The ISO 639-1 code.
    ///
    /// ```
    /// assert_eq!(unclutter::Language::Dutch.code(), "nl");
    /// ```
    pub fn code(self) -> &'static str {
        self.data().code
    }

    /// The language's position in [`Language::ALL`]: its bit in stopword masks, its slot
    /// in per-language counts.
    pub(crate) const fn index(self) -> usize {
        self as usize
    }

    /// What the crate knows of the language.
    pub(crate) const fn data(self) -> &'static LanguageData {
        TABLE[self.index()]
    }
}

impl std::str::FromStr for Language {
    type Err = UnknownName;

    /// Parses an ISO 639-1 code such as `"en"` or `"de"` (a region suffix such as
    /// `"en-GB"` is ignored).
    ///
    /// # Errors
    /// [`UnknownName`] holding the code when no covered language has it.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        Language::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
            .ok_or_else(|| UnknownName(code.to_owned()))
    }
}

/// Everything the crate knows of one language. Words are lower case.
#[derive(Debug)]
pub(crate) struct LanguageData {
    /// The variant this is the data of.
    pub language: Language,
    /// Its ISO 639-1 code, as [`Language::code`] gives it and `FromStr` reads it.
    pub code: &'static str,
    /// The most frequent function words, separated by spaces, none longer than
    /// [`MAX_STOPWORD_LEN`](crate::rules::stopwords::MAX_STOPWORD_LEN) bytes: their share
    /// in a line tells prose, their counts in a page tell its language.
    pub stopwords: &'static str,
    /// Prompts and headings that are never article text, by kind, in normal form (see
    /// [`crate::classify::matcher::normalise`]). Every language's groups apply to every
    /// page: menus are often in English on pages that are not.
    pub phrases: &'static [PhraseGroup],
    /// Month names and their abbreviations, with the month's number (a name listed by
    /// several languages has one number).
    pub months: &'static [(&'static str, u8)],
    /// What opens a byline before the names: "by", "written by", "von", "author".
    pub byline_openers: &'static [&'static str],
    /// The words that join two author names in a byline: "and", "und".
    pub conjunctions: &'static [&'static str],
    /// Words of a person's name written in lower case: "van", "de".
    pub name_particles: &'static [&'static str],
    /// Units of "5 hours ago" timestamps, singular and plural.
    pub time_units: &'static [&'static str],
    /// Parts of class and id names of containers that hold an article's text: regular
    /// expression fragments, matched anywhere in a name, case aside.
    pub content_class_words: &'static [&'static str],
    /// Parts of class and id names of containers that hold boilerplate (comments among
    /// it), as [`content_class_words`](LanguageData::content_class_words).
    pub boilerplate_class_words: &'static [&'static str],
    /// Parts of class and id names of comment threads, whose text never votes for the
    /// article's container, as [`content_class_words`](LanguageData::content_class_words).
    pub comment_class_words: &'static [&'static str],
}

/// Where in a line a phrase must stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum At {
    /// The phrase is the whole line.
    Line,
    /// The line starts with the phrase (then a word boundary).
    Start,
}

/// A set of phrases of one kind that share a reason.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PhraseGroup {
    /// What a line that is one of the phrases is.
    pub kind: Kind,
    /// Where the phrase must stand in the line.
    pub at: At,
    /// Why these phrases are not article text, shared by every phrase of the group: in
    /// English whatever the phrases' language, as every reason of
    /// [`Stripped::reason`](crate::article::Stripped::reason) is.
    pub why: &'static str,
    /// The phrases, lower case with plain apostrophes and single spaces; one may end in a
    /// colon that the line must have too ("related:").
    pub phrases: &'static [&'static str],
}

/// Every language's data, in the order of [`Language::ALL`].
pub(crate) fn all() -> impl Iterator<Item = &'static LanguageData> {
    TABLE.iter().copied()
}

/// One list made of every language's `list`, in the order of [`Language::ALL`], each
/// word once (where several languages share it, at its first place).
pub(crate) fn union(list: impl Fn(&'static LanguageData) -> &'static [&'static str]) -> Vec<&'static str> {
    let mut words: Vec<&'static str> = Vec::new();
    for word in all().flat_map(list) {
        if !words.contains(word) {
            words.push(word);
        }
    }
    words
}

/// What opens a byline, in every language: the one list the byline patterns and the
/// reading of author names share.
pub(crate) fn byline_openers() -> &'static [&'static str] {
    static OPENERS: std::sync::LazyLock<Vec<&'static str>> =
        std::sync::LazyLock::new(|| union(|data| data.byline_openers));
    &OPENERS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_back_to_their_language() {
        for lang in Language::ALL {
            assert_eq!(lang.data().language, lang);
            assert_eq!(lang.code().parse::<Language>(), Ok(lang));
            assert_eq!(lang.code().to_uppercase().parse::<Language>(), Ok(lang));
        }
        assert_eq!("en-GB".parse::<Language>(), Ok(Language::English));
        assert_eq!("xx".parse::<Language>(), Err(UnknownName("xx".into())));
    }

    #[test]
    fn words_are_lower_case() {
        for data in all() {
            let lists = [
                data.byline_openers,
                data.conjunctions,
                data.name_particles,
                data.time_units,
                data.content_class_words,
                data.boilerplate_class_words,
                data.comment_class_words,
            ];
            for word in lists.iter().flat_map(|list| list.iter()).chain(data.months.iter().map(|(name, _)| name)) {
                assert_eq!(*word, word.to_lowercase(), "{}: {word:?}", data.code);
                assert!(!word.is_empty() && word.trim() == *word, "{}: {word:?}", data.code);
            }
            assert_eq!(data.stopwords, data.stopwords.to_lowercase(), "{}", data.code);
        }
    }

    #[test]
    fn a_month_name_has_one_number() {
        for data in all() {
            for &(name, number) in data.months {
                assert!((1..=12).contains(&number), "{name}");
                for other in all() {
                    for &(other_name, other_number) in other.months {
                        assert!(name != other_name || number == other_number, "{name}: {number} or {other_number}");
                    }
                }
            }
        }
    }

    #[test]
    fn union_keeps_the_first_place_of_a_shared_word() {
        let openers = byline_openers();
        assert_eq!(openers.iter().filter(|&&w| w == "autor").count(), 1);
        assert_eq!(openers.first(), Some(&"by"));
    }
}
