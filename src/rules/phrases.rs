//! Phrase tables: short prompts and headings that are never article text, by kind. Each
//! language's groups are in its file of [`crate::lang`]; here are the groups that belong
//! to no one language, and the one list of every group the matcher compiles.
//!
//! Phrases are written in lower case with plain apostrophes; lines are normalised the
//! same way before matching (see [`crate::classify::matcher::normalise`]). Each group
//! states once why its phrases are boilerplate. `At::Line` phrases must be the whole
//! line; `At::Start` phrases may be followed by more words ("Read more: …").

use crate::article::Kind;
use crate::lang::{self, At, PhraseGroup};

/// Phrases of no one language: the names of social networks and messaging services,
/// alone on a line, are share and follow buttons on pages in any language.
pub(crate) const SHARED: &[PhraseGroup] = &[PhraseGroup {
    kind: Kind::Share,
    at: At::Line,
    why: "share, follow and print buttons",
    phrases: &[
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "pinterest",
        "reddit",
        "instagram",
        "youtube",
        "tiktok",
        "flipboard",
        "telegram",
        "threads",
        "bluesky",
        "messenger",
        "sms",
    ],
}];

/// Every built-in phrase group: each language's, in the order of
/// [`Language::ALL`](crate::lang::Language::ALL), then the shared ones.
pub(crate) fn groups() -> impl Iterator<Item = &'static PhraseGroup> {
    lang::all().flat_map(|data| data.phrases).chain(SHARED)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A phrase stands in one group only: two would give it two kinds or two reasons,
    /// and which one wins would hang on the order of the tables. (A line-start phrase
    /// already matches the whole line: see `phrase_fit` in the matcher.)
    #[test]
    fn no_phrase_is_in_two_groups() {
        let mut seen: std::collections::HashMap<&str, &PhraseGroup> = std::collections::HashMap::new();
        let mut twice = Vec::new();
        for group in groups() {
            for &phrase in group.phrases {
                if let Some(first) = seen.insert(phrase, group) {
                    twice.push(format!(
                        "{phrase:?}: {:?} {:?} and {:?} {:?}",
                        first.kind, first.at, group.kind, group.at
                    ));
                }
            }
        }
        assert!(twice.is_empty(), "phrases in two groups:\n{}", twice.join("\n"));
    }
}
