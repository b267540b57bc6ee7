//! [`Cleaner`]: the configured, reusable cleaner, and its builder.

use crate::article::Article;
use crate::classify::{self, Settings};
use crate::error::Error;
use crate::rules::Rules;
use crate::{Kind, Language, assemble, text};

/// The default limit on input size: 64 MiB.
pub const DEFAULT_MAX_INPUT_LEN: usize = 64 * 1024 * 1024;

/// A configured cleaner. Build it once, reuse it for every page, share it across
/// threads (it is `Send + Sync`): building compiles the rule tables, cleaning does not.
///
/// ```
/// use unclutter::{Cleaner, Kind};
///
/// let cleaner = Cleaner::builder()
///     .keep(Kind::Caption)                        // leave captions in the body
///     .strip_phrase(Kind::Advertisement, "Brought to you by Acme")
///     .build()?;
/// let article = cleaner.clean_text(
///     "The council voted on Tuesday to rebuild the bridge that floods closed last spring, at a cost of four million.\n\nBrought to you by Acme",
/// )?;
/// assert!(article.body.starts_with("The council voted"));
/// assert_eq!(article.metadata.stripped[0].kind, Kind::Advertisement);
/// # Ok::<(), unclutter::Error>(())
/// ```
#[derive(Debug)]
pub struct Cleaner {
    rules: Rules,
    max_input_len: usize,
    language: Option<Language>,
    keep: Vec<Kind>,
}

impl Cleaner {
    /// A builder with the default settings.
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder::default()
    }

    /// Cleans raw scraped text: a paragraph a line, with whatever the scraper kept around it.
    ///
    /// Every non-blank input line ends up either in [`Article::body`] or, exactly once,
    /// in [`Metadata::stripped`](crate::Metadata::stripped) with a span pointing at it.
    ///
    /// # Errors
    /// [`Error::TooLarge`] when `input` is longer than the limit;
    /// [`Error::Empty`] when it has no text other than white space.
    ///
    /// ```
    /// let cleaner = unclutter::Cleaner::builder().build()?;
    /// let input = "Shop By Category\n\nThe harbour reopened on Monday after three weeks of repairs to the sea wall, officials said.";
    /// let article = cleaner.clean_text(input)?;
    /// let stripped = &article.metadata.stripped[0];
    /// assert_eq!(stripped.kind, unclutter::Kind::Shop);
    /// assert_eq!(&input[stripped.span.unwrap().range()], "Shop By Category");
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn clean_text(&self, input: &str) -> Result<Article, Error> {
        self.check_size(input.len())?;
        let blocks = text::blocks(input);
        if blocks.is_empty() {
            return Err(Error::Empty);
        }
        let labels = classify::classify(&blocks, &self.rules, Settings { language: self.language });
        Ok(assemble::assemble(&blocks, &labels, &self.keep))
    }

    fn check_size(&self, len: usize) -> Result<(), Error> {
        if len > self.max_input_len {
            return Err(Error::TooLarge { len, limit: self.max_input_len });
        }
        Ok(())
    }
}

/// Settings for a [`Cleaner`]; see [`Cleaner::builder`].
#[derive(Debug, Clone)]
pub struct CleanerBuilder {
    max_input_len: usize,
    language: Option<Language>,
    keep: Vec<Kind>,
    phrases: Vec<(Kind, String)>,
    patterns: Vec<(Kind, String)>,
}

impl Default for CleanerBuilder {
    fn default() -> Self {
        CleanerBuilder {
            max_input_len: DEFAULT_MAX_INPUT_LEN,
            language: None,
            keep: Vec::new(),
            phrases: Vec::new(),
            patterns: Vec::new(),
        }
    }
}

impl CleanerBuilder {
    /// Inputs longer than `bytes` are refused with [`Error::TooLarge`].
    /// Default: [`DEFAULT_MAX_INPUT_LEN`] (64 MiB).
    pub fn max_input_len(mut self, bytes: usize) -> Self {
        self.max_input_len = bytes;
        self
    }

    /// The language of the pages, when known. By default it is detected per page from
    /// its function words (English when the page has too few to tell). It decides which
    /// stopword list measures how prose-like a line is; the phrase tables of all
    /// languages apply either way.
    pub fn language(mut self, language: Language) -> Self {
        self.language = Some(language);
        self
    }

    /// Keeps pieces of `kind` in the body instead of stripping them (e.g. captions).
    pub fn keep(mut self, kind: Kind) -> Self {
        if !self.keep.contains(&kind) {
            self.keep.push(kind);
        }
        self
    }

    /// Strips every line that is `phrase` (compared case-insensitively, ignoring
    /// punctuation at its ends) as a piece of `kind`.
    pub fn strip_phrase(mut self, kind: Kind, phrase: impl Into<String>) -> Self {
        self.phrases.push((kind, phrase.into()));
        self
    }

    /// Strips every line of up to 64 words that `regex` matches (regex crate syntax) as
    /// a piece of `kind`. User patterns are checked before the built-in rules.
    pub fn strip_pattern(mut self, kind: Kind, regex: impl Into<String>) -> Self {
        self.patterns.push((kind, regex.into()));
        self
    }

    /// Compiles the rules into a [`Cleaner`].
    ///
    /// # Errors
    /// [`Error::InvalidRule`] when a pattern does not compile or a phrase has no letters
    /// or digits.
    ///
    /// ```
    /// let err = unclutter::Cleaner::builder().strip_pattern(unclutter::Kind::Other, "(").build();
    /// assert!(matches!(err, Err(unclutter::Error::InvalidRule { .. })));
    /// ```
    pub fn build(self) -> Result<Cleaner, Error> {
        Ok(Cleaner {
            rules: Rules::new(&self.phrases, &self.patterns)?,
            max_input_len: self.max_input_len,
            language: self.language,
            keep: self.keep,
        })
    }
}
