//! The crate's hash maps and sets (words, shingle hashes, class and tag names), on
//! foldhash: as fast as a multiply-rotate hasher on short keys, and its keys spread over
//! the buckets whatever they share. (The hand-written multiply-rotate hasher this
//! replaces put names with a common prefix in the same buckets: 800,000 tag names
//! opening `abc` cost 14 s of probing.) SipHash, std's default, is not needed where the
//! work per key is constant, and its cost would be paid on every word of every page.
//!
//! Each map draws its own seed ([`foldhash::fast::RandomState`]), so a page cannot be
//! written to make its keys collide; nothing iterates over these maps, so the seed never
//! shows in the output. [`fixed_hash`] is the one hash that must be the same on every
//! run, as its value is kept.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;

/// A `HashMap` with foldhash, seeded per map.
pub(crate) type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
/// A `HashSet` with foldhash, seeded per set.
pub(crate) type FastSet<K> = HashSet<K, foldhash::fast::RandomState>;

/// A hash of `bytes` that is the same on every run and every machine.
pub(crate) fn fixed_hash(bytes: &[u8]) -> u64 {
    foldhash::fast::FixedState::default().hash_one(bytes)
}
