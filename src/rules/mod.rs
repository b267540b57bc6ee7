//! Rules as data: the phrase tables and pattern rules by kind, the stopword lookup, and
//! the pattern needles every line's features are measured against. What each language
//! contributes to them is in [`crate::lang`]. The tables compile into a matcher once per
//! [`Cleaner`](crate::Cleaner): see [`crate::classify::matcher`].

mod needles;
pub(crate) mod patterns;
pub(crate) mod phrases;
pub(crate) mod stopwords;

pub(crate) use needles::Needles;
