//! The built-in rules by name: every pattern rule, the dateline test and every phrase
//! rule, as users see them ([`builtin_rules`]) and switch them off
//! ([`CleanerBuilder::without_rule`](crate::CleanerBuilder::without_rule)).

use std::sync::LazyLock;

use crate::article::{Kind, Stripped};

use super::{patterns, phrases};

/// The name of the dateline test (a short line that is mostly a date), which is code
/// rather than a pattern of the table.
pub(crate) const DATELINE: &str = "dateline";

/// The reason the dateline test gives.
pub(crate) const DATELINE_WHY: &str = "a short line that is mostly a date";

/// One built-in rule: its name, the kind of piece it strips, and what it finds.
///
/// Every line the classifier strips because of a rule carries the rule's
/// [`description`](BuiltinRule::description) as its [`Stripped::reason`], so
/// [`BuiltinRule::of`] finds the rule behind a piece, and
/// [`CleanerBuilder::without_rule`](crate::CleanerBuilder::without_rule) switches it off
/// by its [`name`](BuiltinRule::name).
///
/// ```
/// let rule = unclutter::BuiltinRule::named("credit-contributed").expect("a built-in rule");
/// assert_eq!(rule.kind, unclutter::Kind::Credit);
/// assert!(rule.phrases().next().is_none()); // a pattern rule, not a phrase table
///
/// let share = unclutter::BuiltinRule::named("phrases-share-buttons").expect("a phrase rule");
/// assert!(share.phrases().any(|phrase| phrase == "share this article"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct BuiltinRule {
    /// The rule's stable name, in kebab case: `credit-contributed`, `byline-by-name`,
    /// `dateline`, `phrases-share-buttons`. Phrase rules are named `phrases-…`.
    pub name: &'static str,
    /// The kind of the pieces it strips.
    pub kind: Kind,
    /// What it finds, in a few English words: the [`Stripped::reason`] of the pieces it
    /// strips (no two rules share one).
    pub description: &'static str,
    /// Where the rule comes from, for its phrases.
    source: Source,
}

/// What a rule is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    /// A pattern of [`patterns::builtin`].
    Pattern,
    /// The dateline test.
    Dateline,
    /// The phrase groups of one [`phrases::PhraseRule`].
    Phrases(&'static phrases::PhraseRule),
}

impl BuiltinRule {
    /// The built-in rule called `name`, if there is one (see [`builtin_rules`]).
    ///
    /// ```
    /// assert!(unclutter::BuiltinRule::named("dateline").is_some());
    /// assert!(unclutter::BuiltinRule::named("no-such-rule").is_none());
    /// ```
    pub fn named(name: &str) -> Option<&'static BuiltinRule> {
        builtin_rules().iter().find(|rule| rule.name == name)
    }

    /// The built-in rule that stripped `piece`: the one whose kind and description are
    /// the piece's kind and reason. `None` when something else did: the user's own rules,
    /// or the classifier's reading of the page ("outside the element that holds the
    /// article", the headline, a repeat).
    ///
    /// ```
    /// let article = unclutter::clean_article(
    ///     "The council voted on Tuesday to rebuild the bridge that floods closed last spring, at a cost of four million.\n\
    ///      Jane Roe contributed to this report.",
    /// )?;
    /// let credit = &article.metadata.stripped[0];
    /// assert_eq!(unclutter::BuiltinRule::of(credit).map(|rule| rule.name), Some("credit-contributed"));
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn of(piece: &Stripped) -> Option<&'static BuiltinRule> {
        builtin_rules().iter().find(|rule| rule.kind == piece.kind && rule.description == piece.reason)
    }

    /// The phrases of a phrase rule, in the normal form lines are compared in (lower
    /// case, plain apostrophes, single spaces), every language's; none for the other
    /// rules. Each can be switched off alone with
    /// [`CleanerBuilder::without_phrase`](crate::CleanerBuilder::without_phrase).
    ///
    /// ```
    /// let cookies = unclutter::BuiltinRule::named("phrases-cookie-buttons").expect("a phrase rule");
    /// assert!(cookies.phrases().any(|phrase| phrase == "accept all cookies"));
    /// assert!(cookies.phrases().any(|phrase| phrase == "alle akzeptieren"));
    /// ```
    pub fn phrases(&self) -> impl Iterator<Item = &'static str> + '_ {
        let rule = match self.source {
            Source::Phrases(rule) => Some(rule),
            Source::Pattern | Source::Dateline => None,
        };
        phrases::groups()
            .filter(move |group| rule.is_some_and(|rule| phrases::rule_of(group) == Some(rule)))
            .flat_map(|group| group.phrases.iter().copied())
    }
}

/// Every built-in rule, in the order they are tried on a line: the pattern rules (the
/// first that matches decides), the dateline test, then the phrase rules. Any of them
/// can be switched off by name with
/// [`CleanerBuilder::without_rule`](crate::CleanerBuilder::without_rule).
///
/// Only the rules that read a line's text are here; what the page's structure says (a
/// `<nav>`, a `<figcaption>`, text outside the element that holds the article, a repeat)
/// is not a rule and cannot be switched off, though [`keep`](crate::CleanerBuilder::keep)
/// keeps a whole kind.
///
/// ```
/// let rules = unclutter::builtin_rules();
/// assert!(rules.iter().any(|rule| rule.name == "byline-by-name" && rule.kind == unclutter::Kind::Byline));
/// for rule in rules {
///     println!("{:<28} {:<13} {}", rule.name, rule.kind, rule.description);
/// }
/// ```
pub fn builtin_rules() -> &'static [BuiltinRule] {
    static RULES: LazyLock<Vec<BuiltinRule>> = LazyLock::new(|| {
        let patterns = patterns::builtin().into_iter().map(|p| BuiltinRule {
            name: p.name,
            kind: p.kind,
            description: p.why,
            source: Source::Pattern,
        });
        let dateline =
            BuiltinRule { name: DATELINE, kind: Kind::Date, description: DATELINE_WHY, source: Source::Dateline };
        let phrases = phrases::RULES.iter().map(|rule| BuiltinRule {
            name: rule.name,
            kind: rule.kind,
            description: rule.why,
            source: Source::Phrases(rule),
        });
        patterns.chain([dateline]).chain(phrases).collect()
    });
    &RULES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_descriptions_are_each_one_rules() {
        let rules = builtin_rules();
        for (i, rule) in rules.iter().enumerate() {
            let kebab = rule.name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            assert!(kebab && !rule.name.starts_with('-') && !rule.name.ends_with('-'), "{:?}", rule.name);
            assert!(!rule.description.is_empty(), "{}", rule.name);
            for other in &rules[i + 1..] {
                assert_ne!(rule.name, other.name);
                assert_ne!(rule.description, other.description, "{} and {}", rule.name, other.name);
            }
        }
        let phrase_rules = rules.iter().filter(|rule| rule.phrases().next().is_some()).count();
        assert_eq!(phrase_rules, phrases::RULES.len());
        assert_eq!(rules.len(), patterns::builtin().len() + 1 + phrases::RULES.len());
    }
}
