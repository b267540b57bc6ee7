//! The rule tables ([`crate::rules`], of every language in [`crate::lang`]) compiled for matching, once per [`Cleaner`](crate::Cleaner).
//!
//! Every phrase stands at the start of its line, so the phrases become one anchored
//! Aho-Corasick automaton that reads a line only as far as some phrase could still
//! match. The patterns are tried in order and the first that matches decides; each
//! runs only on lines short enough for it that hold one of its needles (found for all
//! patterns at once, by a walk of one automaton in the same pass over the line that
//! counts its words: see [`Needles`](crate::rules::Needles)) and, for a pattern
//! anchored at the line's start, that open with a byte its DFA can take first. So most
//! lines run no regex at all. (A `RegexSet` must find every match and, with this many
//! Unicode-aware patterns, ran ten times slower.)

use aho_corasick::automaton::Automaton;
use aho_corasick::{AhoCorasick, Anchored, MatchKind};
use regex::Regex;

use crate::article::Kind;
use crate::block::{Features, is_word_char};
use crate::date;
use crate::error::Error;
use crate::lang::At;
use crate::rules::{BuiltinRule, DATELINE, DATELINE_WHY, patterns, phrases};

/// The reasons given for lines stripped by the user's own rules.
pub(crate) const USER_PHRASE: &str = "a phrase given to the cleaner";
pub(crate) const USER_PATTERN: &str = "a pattern given to the cleaner";

/// Lines longer than this are prose; a phrase at their start or inside them is not a prompt.
const PROMPT_MAX_WORDS: u32 = 16;

/// No line longer than this is a prompt, however it starts.
const PROMPT_MAX_WORDS_LONG: u32 = 30;

/// A rule's verdict on one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub kind: Kind,
    /// The reason of the rule that fired.
    pub why: &'static str,
    /// The whole line is a known phrase or shape (as opposed to a line that merely starts
    /// with one).
    pub whole_line: bool,
}

/// The built-in rules and phrases a cleaner goes without (see
/// [`CleanerBuilder::without_rule`](crate::CleanerBuilder::without_rule) and
/// [`without_phrase`](crate::CleanerBuilder::without_phrase)).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Off<'a> {
    /// Names of built-in rules (see [`crate::rules::builtin_rules`]).
    pub rules: &'a [String],
    /// Built-in phrases, as the user wrote them.
    pub phrases: &'a [String],
}

/// Phrase and pattern rules compiled for matching.
#[derive(Debug)]
pub(crate) struct Rules {
    phrases: AhoCorasick,
    /// The same phrases, matched only at the start of a line, longest first: the one
    /// search most lines need (see [`Rules::phrase_hit`]). An NFA (a DFA is 4 MB here,
    /// and no faster on the few bytes a line needs), walked a byte at a time over the
    /// line's normal form as it is made (see [`Rules::longest_phrase`]).
    phrase_prefix: aho_corasick::nfa::contiguous::NFA,
    /// For each phrase given to the automaton: its kind, where it must stand, and why.
    phrase_meta: Vec<(Kind, At, &'static str)>,
    /// The user's patterns, tried first and on every line of up to
    /// [`PATTERN_MAX_WORDS`] words.
    user_patterns: Vec<(Regex, Kind)>,
    /// The built-in patterns, in order; pattern `n` has bit `1 << n` in the masks below.
    builtin: Vec<Regex>,
    /// For each built-in pattern: its kind and why.
    builtin_meta: Vec<(Kind, &'static str)>,
    /// For each word count up to [`PATTERN_MAX_WORDS`]: the built-in patterns that allow
    /// a line that long.
    words_mask: Box<[u128; PATTERN_MAX_WORDS as usize + 1]>,
    /// The built-in patterns without needles, which need none to run.
    ungated: u128,
    /// For each byte: the built-in patterns a line may start with it and still match
    /// (all of them but the patterns anchored at the line's start that cannot start
    /// with it; see [`first_bytes`]).
    first_bits: Box<[u128; 256]>,
    /// Whether the dateline test runs (see [`is_dateline`]).
    dateline: bool,
}

/// Patterns run on lines of at most this many words: longer lines are prose.
const PATTERN_MAX_WORDS: u32 = PROMPT_MAX_WORDS * 4;

impl Rules {
    /// Compiles the built-in tables plus the user's extra phrases (whole-line matches)
    /// and patterns.
    #[cfg(test)]
    pub(crate) fn new(extra_phrases: &[(Kind, String)], extra_patterns: &[(Kind, String)]) -> Result<Self, Error> {
        Rules::configured(extra_phrases, extra_patterns, Off::default())
    }

    /// Compiles the built-in tables, without the rules and phrases that `off` names,
    /// plus the user's extra phrases (whole-line matches) and patterns.
    ///
    /// # Errors
    /// [`Error::InvalidRule`] when a user's phrase or pattern does not compile, or `off`
    /// names a rule or a phrase that is not built in.
    pub(crate) fn configured(
        extra_phrases: &[(Kind, String)],
        extra_patterns: &[(Kind, String)],
        off: Off<'_>,
    ) -> Result<Self, Error> {
        for name in off.rules {
            if BuiltinRule::named(name).is_none() {
                return Err(Error::InvalidRule {
                    rule: name.clone(),
                    reason: "no built-in rule has this name (unclutter::builtin_rules() lists them)".into(),
                });
            }
        }
        let rule_is_off = |name: &str| off.rules.iter().any(|off| off == name);
        // Table phrases are compared without the colon some of them end in: the user's
        // "Related" switches off "related" and "related:".
        let mut phrases_off = Vec::with_capacity(off.phrases.len());
        for phrase in off.phrases {
            let normal = normalise(phrase);
            let built_in = phrases::groups().flat_map(|g| g.phrases).any(|p| p.trim_end_matches(':') == normal);
            if !built_in {
                return Err(Error::InvalidRule {
                    rule: phrase.clone(),
                    reason: "not a built-in phrase (BuiltinRule::phrases lists them)".into(),
                });
            }
            phrases_off.push(normal);
        }
        let mut texts: Vec<String> = Vec::new();
        let mut phrase_meta = Vec::new();
        for group in phrases::groups() {
            if phrases::rule_of(group).is_some_and(|rule| rule_is_off(rule.name)) {
                continue;
            }
            for phrase in group.phrases {
                if phrases_off.iter().any(|off| off == phrase.trim_end_matches(':')) {
                    continue;
                }
                // Table phrases are already in normal form (a test checks), and may end
                // in a colon that the line must have too ("related:").
                texts.push((*phrase).to_owned());
                phrase_meta.push((group.kind, group.at, group.why));
            }
        }
        for (kind, phrase) in extra_phrases {
            let normal = normalise(phrase);
            if normal.is_empty() {
                return Err(Error::InvalidRule {
                    rule: phrase.clone(),
                    reason: "the phrase has no letters or digits".into(),
                });
            }
            texts.push(normal);
            phrase_meta.push((*kind, At::Line, USER_PHRASE));
        }
        let phrases = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .map_err(|e| Error::InvalidRule { rule: "phrase table".into(), reason: e.to_string() })?;
        let phrase_prefix = aho_corasick::nfa::contiguous::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&texts)
            .map_err(|e| Error::InvalidRule { rule: "phrase table".into(), reason: e.to_string() })?;

        // User patterns come first: a user's rule overrides the built-in ones.
        let mut user_patterns = Vec::new();
        for (kind, regex) in extra_patterns {
            let compiled =
                Regex::new(regex).map_err(|e| Error::InvalidRule { rule: regex.clone(), reason: e.to_string() })?;
            user_patterns.push((compiled, *kind));
        }
        let mut builtin = Vec::new();
        let mut builtin_meta = Vec::new();
        let mut ungated = 0;
        let mut words_mask = Box::new([0u128; PATTERN_MAX_WORDS as usize + 1]);
        let mut first_bits = Box::new([0u128; 256]);
        let table = patterns::builtin();
        if table.len() > 128 {
            return Err(Error::InvalidRule { rule: "pattern table".into(), reason: "over 128 patterns".into() });
        }
        for (n, p) in table.into_iter().enumerate() {
            let bit = 1u128 << n;
            // Unicode word boundaries stop the lazy DFA at the first non-ASCII byte and
            // leave the whole set to the slow PikeVM (76 % of the text path's time, and
            // scraped text is full of curly quotes). The patterns' boundaries all sit
            // next to ASCII letters, so ASCII boundaries mean the same for them.
            let regex = p.regex.replace(r"\b", r"(?-u:\b)");
            if let Some(first) = first_bytes(&regex) {
                for (byte, _) in first.iter().enumerate().filter(|(_, can)| **can) {
                    first_bits[byte] |= bit;
                }
            } else {
                first_bits.iter_mut().for_each(|bits| *bits |= bit);
            }
            if p.needles.is_empty() {
                ungated |= bit;
            }
            // A pattern switched off stays in the table (its bit is its needles' bit) but
            // is never a candidate.
            let on = !rule_is_off(p.name);
            for (words, mask) in words_mask.iter_mut().enumerate() {
                if on && words as u32 <= p.max_words {
                    *mask |= bit;
                }
            }
            builtin.push(
                Regex::new(&regex).map_err(|e| Error::InvalidRule { rule: regex.clone(), reason: e.to_string() })?,
            );
            builtin_meta.push((p.kind, p.why));
        }
        Ok(Rules {
            first_bits,
            phrases,
            phrase_prefix,
            phrase_meta,
            user_patterns,
            builtin,
            builtin_meta,
            words_mask,
            ungated,
            dateline: !rule_is_off(DATELINE),
        })
    }

    /// The rule verdict for one trimmed line, if any rule fires.
    ///
    /// Patterns are checked first (they are the more specific), then phrases: a whole-line
    /// phrase beats one at the start, which beats one inside the line.
    pub(crate) fn check(&self, text: &str, features: &Features) -> Option<Hit> {
        self.check_with(text, features, true)
    }

    /// [`check`](Rules::check) with the phrase tables only: for link text outside the
    /// article, where the shape patterns (bylines, datelines, captions, credits) have
    /// nothing to find and would cost most of the time.
    pub(crate) fn check_phrases(&self, text: &str, features: &Features) -> Option<Hit> {
        self.check_with(text, features, false)
    }

    fn check_with(&self, text: &str, features: &Features, patterns: bool) -> Option<Hit> {
        if patterns && features.words <= PATTERN_MAX_WORDS {
            if let Some((_, kind)) = self.user_patterns.iter().find(|(regex, _)| regex.is_match(text)) {
                return Some(Hit { kind: *kind, why: USER_PATTERN, whole_line: true });
            }
            // The built-in patterns this line could match, by its length, its first byte
            // and its needles; each is then tried in order.
            let first = self.first_bits[usize::from(text.as_bytes().first().copied().unwrap_or(0))];
            let mut candidates = self.words_mask[features.words as usize] & first;
            candidates &= features.needles | self.ungated;
            while candidates != 0 {
                let n = candidates.trailing_zeros() as usize;
                candidates &= candidates - 1;
                if self.builtin[n].is_match(text) {
                    let (kind, why) = self.builtin_meta[n];
                    return Some(Hit { kind, why, whole_line: true });
                }
            }
        }
        if patterns && self.dateline && is_dateline(text, features) {
            return Some(Hit { kind: Kind::Date, why: DATELINE_WHY, whole_line: true });
        }
        if features.words > PROMPT_MAX_WORDS_LONG {
            return None;
        }
        // Every phrase must stand at the start of the line: most lines are ruled out
        // within their first few characters, before their normal form is written down.
        let (pattern, end) = self.longest_phrase(text)?;
        let normal = normalise(text);
        // The longest phrase there is the answer when it fits where it stands; only when
        // it does not are the shorter ones (found by the overlapping search) worth a look.
        if let Some(hit) = self.phrase_fit(&normal, pattern, end, features) {
            return Some(hit.1);
        }
        self.phrase_hit(&normal, features)
    }

    /// The longest phrase that opens the normal form of `text` (see [`normalise`]), and
    /// where it ends in that form: the anchored, leftmost-longest phrase automaton walks
    /// the normal form as it is made, remembering its last match, and stops where no
    /// phrase can go on (the answer of a search of the written-out normal form, without
    /// writing it out).
    fn longest_phrase(&self, text: &str) -> Option<(usize, usize)> {
        let nfa = &self.phrase_prefix;
        let mut state = nfa.start_state(Anchored::Yes).ok()?;
        let mut longest = None;
        let mut end = 0;
        let mut utf8 = [0; 4];
        for_each_normal_char(text, |c| {
            for &byte in c.encode_utf8(&mut utf8).as_bytes() {
                state = nfa.next_state(Anchored::Yes, state, byte);
                end += 1;
                if nfa.is_special(state) {
                    if nfa.is_dead(state) {
                        return false;
                    }
                    // The automaton serves unanchored searches too, so a match state
                    // can carry a phrase that ends here but starts past the line's
                    // start: only one that starts at the start counts.
                    let pattern = nfa.is_match(state).then(|| nfa.match_pattern(state, 0));
                    if let Some(pattern) = pattern.filter(|&p| nfa.pattern_len(p) == end) {
                        longest = Some((pattern.as_usize(), end));
                    }
                }
            }
            true
        });
        longest
    }

    /// Whether phrase `pattern`, found at the start of `normal` and ending at `end`, may
    /// stand there; if so, where it counts as standing and the hit it makes.
    fn phrase_fit(&self, normal: &str, pattern: usize, end: usize, features: &Features) -> Option<(At, Hit)> {
        let (kind, at, why) = self.phrase_meta[pattern];
        let whole = end == normal.len();
        let fits = match at {
            At::Line => whole,
            // A long line may open with a prompt only when the prompt is specific
            // (three words or more): "If you buy something through …".
            At::Start => {
                (whole || !is_word_char_at(normal, end))
                    && (features.words <= PROMPT_MAX_WORDS || normal[..end].split(' ').count() >= 3)
            }
        };
        // A whole-line match is the strongest evidence whatever the group says.
        let at = if whole { At::Line } else { at };
        fits.then_some((at, Hit { kind, why, whole_line: at == At::Line }))
    }

    /// The best phrase hit among all phrases at the start of `normal`: a whole-line match
    /// first, then the longest.
    fn phrase_hit(&self, normal: &str, features: &Features) -> Option<Hit> {
        let mut best: Option<(At, usize, Hit)> = None;
        for m in self.phrases.find_overlapping_iter(normal) {
            if m.start() != 0 {
                continue;
            }
            let Some((at, hit)) = self.phrase_fit(normal, m.pattern().as_usize(), m.end(), features) else {
                continue;
            };
            if best.is_none_or(|(b_at, b_len, _)| (at, std::cmp::Reverse(m.len())) < (b_at, std::cmp::Reverse(b_len))) {
                best = Some((at, m.len(), hit));
            }
        }
        best.map(|(.., hit)| hit)
    }
}

/// For a pattern anchored at the start of the text (`^`, after any `(?i)`): which bytes
/// a matching text can start with, read off the first step of its DFA. `None` for other
/// patterns, which can match anywhere, and for a pattern the DFA cannot be built for.
fn first_bytes(regex: &str) -> Option<[bool; 256]> {
    use regex_automata::hybrid::dfa::DFA;
    if !regex.trim_start_matches("(?i)").starts_with('^') {
        return None;
    }
    let dfa = DFA::new(regex).ok()?;
    let mut cache = dfa.create_cache();
    let input = regex_automata::Input::new("").anchored(regex_automata::Anchored::Yes);
    let start = dfa.start_state_forward(&mut cache, &input).ok()?;
    let mut first = [false; 256];
    for (byte, can) in (0..=255u8).zip(first.iter_mut()) {
        *can = !dfa.next_state(&mut cache, start, byte).ok()?.is_dead();
    }
    Some(first)
}

/// A short line that is mostly a date: "Nov. 19, 2019 8:03 am ET", "Updated 3 March 2021".
/// A sentence that merely mentions a date ("The law took effect on March 3, 2021.") is not.
fn is_dateline(text: &str, features: &Features) -> bool {
    if features.words > 14 {
        return false;
    }
    let Some(found) = date::find_shape(text) else {
        return false;
    };
    let (before, after) = (Features::of(&text[..found.range.start]), Features::of(&text[found.range.end..]));
    let other_words = (before.words + after.words).saturating_sub(before.numbers + after.numbers);
    other_words <= 2 || other_words <= 5 && !text.trim_end().ends_with('.')
}

fn is_word_char_at(text: &str, index: usize) -> bool {
    text[index..].chars().next().is_some_and(is_word_char)
}

/// Lower case, typographic apostrophes made plain, runs of white space made one space,
/// and no punctuation or symbols at either end ("» Leave a Reply:" → "leave a reply").
pub(crate) fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for_each_normal_char(text, |c| {
        out.push(c);
        true
    });
    out
}

/// Calls `f` on each character of the normal form of `text` (see [`normalise`]), in
/// order, until it returns `false`.
fn for_each_normal_char(text: &str, mut f: impl FnMut(char) -> bool) {
    let trimmed = text.trim_matches(|c: char| !is_word_char(c));
    let mut space = false;
    for c in trimmed.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if std::mem::take(&mut space) && !f(' ') {
            return;
        }
        let go_on = match c {
            '’' | '‘' | '`' | '´' => f('\''),
            _ if c.is_ascii() => f(c.to_ascii_lowercase()),
            _ if c.is_uppercase() => c.to_lowercase().all(&mut f),
            _ => f(c),
        };
        if !go_on {
            return;
        }
    }
}

#[cfg(test)]
mod tests;
