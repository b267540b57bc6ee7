#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod article;
mod assemble;
mod block;
mod classify;
mod cleaner;
mod date;
mod document;
mod error;
mod hash;
mod html;
#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod internals;
mod lang;
mod markdown;
mod repeats;
mod rules;
mod span;
mod structure;
mod text;

use std::sync::LazyLock;

pub use article::{Article, Kind, MAX_AUTHORS, MAX_CONTRIBUTORS, Metadata, Published, Stripped, UnknownName};
pub use cleaner::{Cleaner, CleanerBuilder, DEFAULT_MAX_INPUT_LEN, decode};
pub use error::Error;
pub use html::MAX_PATH_STEPS;
pub use lang::Language;
pub use rules::{BuiltinRule, builtin_rules};
pub use span::Span;
pub use structure::{Cell, Element, Link, Table};

/// The cleaner with default settings, built on first use.
static DEFAULT_CLEANER: LazyLock<Result<Cleaner, Error>> = LazyLock::new(|| Cleaner::builder().build());

/// Cleans a scraped article, given as text or as a whole HTML page, with the default
/// settings.
///
/// The same as `Cleaner::builder().build()?.clean(input)` (which tells HTML from text
/// by its opening tag), without building the rule tables more than once per process.
///
/// # Errors
/// [`Error::TooLarge`] when `input` is over [`DEFAULT_MAX_INPUT_LEN`];
/// [`Error::Empty`] when it has no text other than white space;
/// [`Error::Binary`] when it is binary data rather than text.
///
/// ```
/// let article = unclutter::clean_article(
///     "Local Team Wins Title\n\nBy Jane Doe\n\nThe home side won the championship on Sunday with a late goal that sent the crowd into the streets.\n\nShare this article",
/// )?;
/// assert_eq!(article.title.as_deref(), Some("Local Team Wins Title"));
/// assert_eq!(article.metadata.authors, ["Jane Doe"]);
/// assert!(article.body.starts_with("The home side"));
/// # Ok::<(), unclutter::Error>(())
/// ```
pub fn clean_article(input: &str) -> Result<Article, Error> {
    match &*DEFAULT_CLEANER {
        Ok(cleaner) => cleaner.clean(input),
        Err(error) => Err(error.clone()),
    }
}
