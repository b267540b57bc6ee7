//! The needles of the built-in patterns, found in every line as its features are measured.

use aho_corasick::automaton::Automaton;
use aho_corasick::{Anchored, MatchKind};

use super::patterns;

/// The needles of the built-in patterns (see [`patterns::Pattern::needles`]) in one
/// automaton, with the bit of each needle's pattern (bit `n` for pattern `n`, as in the
/// masks of [`Rules`]). The table is fixed, so one copy serves every [`Rules`]; it is
/// walked a byte at a time by [`Features::of`](crate::block::Features::of), in the same
/// loop that counts the words.
pub(crate) struct Needles {
    dfa: aho_corasick::dfa::DFA,
    bit: Vec<u128>,
}

/// The state of a walk of [`Needles`].
pub(crate) type NeedleState = aho_corasick::automaton::StateID;

impl Needles {
    fn build() -> Needles {
        let mut texts: Vec<&'static str> = Vec::new();
        let mut bit = Vec::new();
        for (n, pattern) in patterns::builtin().into_iter().enumerate() {
            for needle in pattern.needles {
                texts.push(needle);
                bit.push(1u128.checked_shl(n as u32).unwrap_or(0));
            }
        }
        #[allow(clippy::expect_used)] // A constant table, checked by the tests.
        let dfa = aho_corasick::dfa::Builder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .expect("the needle table builds");
        Needles { dfa, bit }
    }

    /// The shared table.
    pub(crate) fn get() -> &'static Needles {
        static NEEDLES: std::sync::LazyLock<Needles> = std::sync::LazyLock::new(Needles::build);
        &NEEDLES
    }

    /// Where a walk starts.
    pub(crate) fn start(&self) -> NeedleState {
        // An unanchored DFA always has an unanchored start state.
        self.dfa.start_state(Anchored::No).unwrap_or_default()
    }

    /// Steps the walk over `byte`, adding to `present` the patterns of the needles that
    /// end there.
    #[inline(always)]
    pub(crate) fn step(&self, state: NeedleState, byte: u8, present: &mut u128) -> NeedleState {
        let next = self.dfa.next_state(Anchored::No, state, byte);
        if self.dfa.is_special(next) && self.dfa.is_match(next) {
            for k in 0..self.dfa.match_len(next) {
                *present |= self.bit[self.dfa.match_pattern(next, k).as_usize()];
            }
        }
        next
    }
}
