//! Rules as data: the phrase tables and pattern rules by kind and language, and the
//! pattern needles every line's features are measured against. The tables compile into
//! a matcher once per [`Cleaner`](crate::Cleaner): see [`crate::classify::matcher`].

mod needles;
pub(crate) mod patterns;
pub(crate) mod phrases;
pub(crate) mod stopwords;

pub(crate) use needles::Needles;

use crate::article::{Kind, Language};

/// Where in a line a phrase must stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum At {
    /// The phrase is the whole line.
    Line,
    /// The line starts with the phrase (then a word boundary).
    Start,
}

/// A set of phrases of one kind and language that share a reason.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PhraseGroup {
    pub kind: Kind,
    /// The language of the phrases. All languages' tables apply to every page (menus
    /// are often in English on pages that are not); the field documents the table and
    /// lets a test check that every language covers every prompt kind.
    #[cfg_attr(not(test), allow(dead_code))]
    pub lang: Language,
    pub at: At,
    /// Why these phrases are boilerplate; shared by every phrase of the group.
    pub why: &'static str,
    pub phrases: &'static [&'static str],
}
