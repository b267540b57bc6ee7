//! Rules as data: the phrase tables and pattern rules by kind, the stopword lookup, and
//! the pattern needles every line's features are measured against. What each language
//! contributes to them is in [`crate::lang`]. The tables compile into a matcher once per
//! [`Cleaner`](crate::Cleaner): see [`crate::classify::matcher`]. Every rule has a
//! name, by which users list it and switch it off: see [`catalog`].

mod catalog;
mod needles;
pub(crate) mod patterns;
pub(crate) mod phrases;
pub(crate) mod stopwords;

pub use catalog::{BuiltinRule, builtin_rules};
pub(crate) use catalog::{DATELINE, DATELINE_WHY};
pub(crate) use needles::Needles;
