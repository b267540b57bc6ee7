//! Helpers shared by the timing and memory tests. Each test file uses some of them.

#![allow(dead_code)]

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

/// A field of `/proc/self/status`, in bytes (Linux).
#[cfg(target_os = "linux")]
pub fn status_bytes(field: &str) -> usize {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = status.lines().find(|l| l.starts_with(field)).unwrap_or_default();
    let kib: usize = line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).unwrap_or_default();
    kib * 1024
}

/// The peak resident memory above the current one while `work` runs (Linux): the
/// process's peak is reset through `/proc/self/clear_refs` first, so a test file that
/// measures must be a process of its own, measuring one thing at a time.
#[cfg(target_os = "linux")]
pub fn peak_above(work: impl FnOnce()) -> usize {
    // "5" resets the peak to the current resident size (Linux 4.0 and later).
    std::fs::write("/proc/self/clear_refs", "5").expect("/proc/self/clear_refs is writable");
    let before = status_bytes("VmRSS:");
    work();
    status_bytes("VmHWM:").saturating_sub(before)
}
