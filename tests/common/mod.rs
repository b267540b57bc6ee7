//! Helpers shared by the timing tests.

use std::time::{Duration, Instant};

/// The fastest of `runs` runs of `work` (after one more to warm the rule engines up):
/// the run least disturbed by the rest of the machine.
pub fn fastest(runs: usize, mut work: impl FnMut()) -> Duration {
    work();
    (0..runs.max(1))
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}
