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

/// A phrase rule: the phrase groups of every language that share a kind and a reason,
/// switched on and off together under one name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PhraseRule {
    /// The rule's stable name, in kebab case, `phrases-` and what its phrases are.
    pub name: &'static str,
    /// The kind of its groups.
    pub kind: Kind,
    /// The reason of its groups, word for word.
    pub why: &'static str,
}

const fn rule(name: &'static str, kind: Kind, why: &'static str) -> PhraseRule {
    PhraseRule { name, kind, why }
}

/// Every phrase rule, by kind in the order of [`Kind::ALL`]. Each phrase group belongs
/// to exactly one (a test checks), found by its kind and reason; a new reason in a
/// language's file needs its rule here.
pub(crate) const RULES: &[PhraseRule] = &[
    rule("phrases-comment-headings", Kind::Comments, "comment-section headings and buttons"),
    rule("phrases-comment-notices", Kind::Comments, "comment-form notices that open with a fixed phrase"),
    rule("phrases-shop-widgets", Kind::Shop, "e-commerce widgets around the article"),
    rule("phrases-shop-prompts", Kind::Shop, "shop prompts followed by a count or a product"),
    rule("phrases-share-buttons", Kind::Share, "share, follow and print buttons"),
    rule("phrases-share-prompts", Kind::Share, "share and follow prompts with a target"),
    rule("phrases-newsletter-prompts", Kind::Newsletter, "newsletter and sign-in prompts"),
    rule("phrases-newsletter-pitches", Kind::Newsletter, "newsletter pitches that open with a fixed phrase"),
    rule("phrases-cookie-buttons", Kind::Cookie, "cookie and consent banner buttons"),
    rule("phrases-cookie-banners", Kind::Cookie, "cookie banners that open with a fixed phrase"),
    rule("phrases-menu-entries", Kind::Navigation, "menu entries, skip links and pagination"),
    rule("phrases-tag-labels", Kind::Navigation, "labels of tag and category lists"),
    rule("phrases-related-headings", Kind::Related, "headings of related-article lists"),
    rule("phrases-related-pointers", Kind::Related, "pointers to another article"),
    rule("phrases-ad-labels", Kind::Advertisement, "ad labels and ad slots"),
    rule("phrases-affiliate-disclosures", Kind::Advertisement, "affiliate and sponsor disclosures"),
    rule("phrases-gallery-controls", Kind::Caption, "photo and gallery controls"),
    rule("phrases-caption-credits", Kind::Caption, "caption credit lines"),
    rule("phrases-legal-links", Kind::Legal, "legal and policy links"),
    rule("phrases-copyright-notices", Kind::Legal, "copyright and reuse notices"),
    rule("phrases-player-notices", Kind::Other, "player, loader and script notices"),
    rule("phrases-script-notices", Kind::Other, "script and browser notices"),
];

/// The rule `group` belongs to: the one of its kind and reason.
pub(crate) fn rule_of(group: &PhraseGroup) -> Option<&'static PhraseRule> {
    RULES.iter().find(|rule| rule.kind == group.kind && rule.why == group.why)
}

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

    /// Every group has its named rule, every rule has groups, and names and reasons are
    /// each one rule's.
    #[test]
    fn every_group_has_one_named_rule() {
        for group in groups() {
            assert!(rule_of(group).is_some(), "{:?} {:?} has no rule in RULES", group.kind, group.why);
        }
        for (i, rule) in RULES.iter().enumerate() {
            assert!(groups().any(|g| rule_of(g) == Some(rule)), "{} has no phrase group", rule.name);
            assert!(rule.name.starts_with("phrases-"), "{}", rule.name);
            for other in &RULES[i + 1..] {
                assert!(rule.name != other.name && rule.why != other.why, "{} and {}", rule.name, other.name);
            }
        }
    }
}
