//! Helpers shared by the timing and memory tests. Each test file uses some of them.

#![allow(dead_code)]

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Held while a test times its work, so that the timing tests of one binary (which the
/// test runner starts in parallel) measure one at a time.
static TIMING: Mutex<()> = Mutex::new(());

/// Held for the whole of a timing test (inputs built, both sides measured), so that the
/// timing tests of one binary run one after the other, not beside each other.
static SERIAL: Mutex<()> = Mutex::new(());

/// Runs the timing tests of a binary one at a time: hold the guard for the test's length.
pub fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The CPU time `work` takes on the calling thread (`CLOCK_THREAD_CPUTIME_ID`): unlike
/// wall time, it does not grow while the thread waits for a core that other work on the
/// machine holds. Wall time where the system has no such clock.
fn time_of(work: &mut impl FnMut()) -> Duration {
    match cpu_time::ThreadTime::try_now() {
        Ok(before) => {
            work();
            before.try_elapsed().unwrap_or_default()
        }
        Err(_) => {
            let started = Instant::now();
            work();
            started.elapsed()
        }
    }
}

/// The fastest of `runs` runs of `work` (after one more to warm the rule engines up), in
/// CPU time, measured while no other timing test of this binary runs: the run least
/// disturbed by the rest of the machine.
pub fn fastest(runs: usize, mut work: impl FnMut()) -> Duration {
    let _one_at_a_time = TIMING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    work();
    (0..runs.max(1)).map(|_| time_of(&mut work)).min().unwrap_or_default()
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

/// The text path's hostile shapes, each about `len` bytes, with their names: millions
/// of one-character lines (one letter, or the alphabet over), "Share" lines, bylines
/// and datelines, nearly every line of which is stripped.
pub fn text_shapes(len: usize) -> Vec<(&'static str, String)> {
    let lines = |line: &dyn Fn(usize) -> String| {
        let mut out = String::with_capacity(len + 64);
        let mut i = 0;
        while out.len() < len {
            out.push_str(&line(i));
            i += 1;
        }
        out
    };
    vec![
        ("one-character lines", "a\n".repeat(len / 2)),
        ("one-character lines, the alphabet over", lines(&|i| format!("{}\n", char::from(b'a' + (i % 26) as u8)))),
        ("Share lines", "Share\n".repeat(len / 6)),
        ("bylines", lines(&|i| format!("By Jane{} Doe{}\n", i % 9973, i / 9973))),
        ("datelines", lines(&|i| format!("Published March {}, {}\n", 1 + i % 28, 2000 + i % 25))),
    ]
}
