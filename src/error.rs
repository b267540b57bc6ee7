//! The one error type of the crate.

/// Why a page could not be cleaned.
///
/// A page that has no article text is *not* an error: it yields an [`Article`](crate::Article)
/// with an empty body and everything in [`Metadata::stripped`](crate::Metadata::stripped).
///
/// ```
/// use unclutter::{Cleaner, Error};
///
/// let cleaner = Cleaner::builder().max_input_len(10).build()?;
/// match cleaner.clean_text("far more than ten bytes") {
///     Err(Error::TooLarge { len, limit }) => assert_eq!((len, limit), (23, 10)),
///     other => panic!("expected TooLarge, got {other:?}"),
/// }
/// # Ok::<(), unclutter::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is longer than the cleaner's limit
    /// ([`CleanerBuilder::max_input_len`](crate::CleanerBuilder::max_input_len)).
    #[error("input is {len} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Length of the input in bytes.
        len: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The input has no text at all (it is empty or only whitespace).
    #[error("input is empty or only whitespace")]
    Empty,
    /// The input is binary data (an image, an archive, a PDF), not text or HTML:
    /// control characters make up much of its start.
    #[error("input looks like binary data, not text or HTML")]
    Binary,
    /// A rule given to [`CleanerBuilder`](crate::CleanerBuilder) could not be compiled,
    /// or a built-in rule or phrase it was asked to switch off does not exist
    /// ([`without_rule`](crate::CleanerBuilder::without_rule),
    /// [`without_phrase`](crate::CleanerBuilder::without_phrase)).
    ///
    /// ```
    /// let err = unclutter::Cleaner::builder().without_rule("no-such-rule").build().unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid rule \"no-such-rule\": no built-in rule has this name (unclutter::builtin_rules() lists them)"
    /// );
    /// ```
    #[error("invalid rule {rule:?}: {reason}")]
    InvalidRule {
        /// The rule as the user gave it: a pattern, a phrase, or a built-in rule's name.
        rule: String,
        /// What is wrong with it.
        reason: String,
    },
}
