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

/// The article the ordinary pages are made of (one paragraph a line).
const SAMPLE: &str = include_str!("../data/golden/fox-sessions/input.txt");

/// An ordinary page of at least `len` bytes: the sample article's paragraphs, again and
/// again, inside an `<article>`, with a menu before it (as `ordinary()` in
/// `tools/hostile_html.py`).
pub fn ordinary_html(len: usize) -> String {
    let paragraphs: String = SAMPLE.lines().filter(|l| !l.trim().is_empty()).map(|l| format!("<p>{l}</p>\n")).collect();
    let mut page = String::from("<html><head><title>News</title></head><body><nav><a href=/>Home</a></nav><article>");
    while page.len() < len {
        page.push_str(&paragraphs);
    }
    page + "</article></body></html>"
}

/// A crafted HTML shape of issue 14 (`tools/hostile_html.py`).
pub struct HtmlShape {
    /// Its name in `tools/hostile_html.py`.
    pub name: &'static str,
    /// Text of the page that the article must hold, in its body or its ledger (`None`
    /// for shapes made of markup only).
    pub text: Option<&'static str>,
    /// How many times the shape repeats its unit.
    pub count: usize,
    /// The page for a count.
    make: fn(usize) -> String,
}

impl HtmlShape {
    /// The page: built on demand, so that a memory test holds one page only.
    pub fn page(&self) -> String {
        (self.make)(self.count)
    }
}

/// The crafted HTML shapes of issue 14 (`SHAPES` and `FULL` in `tools/hostile_html.py`)
/// with each count divided by `divisor` (1: the size, about 1 MB each, the
/// names' shapes 14 to 16 MB). The formatting shape's 400 stray tags, and the long names' 40 elements, stay
/// as they are at every size: they are what makes those shapes hostile.
pub fn html_shapes(divisor: usize) -> Vec<HtmlShape> {
    fn numbered(n: usize, f: impl Fn(usize) -> String) -> String {
        (0..n).map(f).collect()
    }
    /// A shape's name, the text it must keep, its count at the size, its page.
    type Row = (&'static str, Option<&'static str>, usize, fn(usize) -> String);
    let shapes: [Row; 16] = [
        ("div-td", Some("x"), 110_000, |n| format!("<body>{}x", "<div><td>".repeat(n))),
        ("div-tr", Some("x"), 110_000, |n| format!("<body>{}x", "<div><tr>".repeat(n))),
        ("form", None, 55_000, |n| "<form><div></form>".repeat(n)),
        ("td", None, 55_000, |n| "<td><div></td>".repeat(n)),
        ("tbody", None, 55_000, |n| "<tbody><div></tbody>".repeat(n)),
        ("caption", None, 36_000, |n| "<caption><div></caption>".repeat(n)),
        ("colgroup", None, 36_000, |n| "<colgroup><span></colgroup>".repeat(n)),
        ("select", None, 36_000, |n| "<div><select></div></select>".repeat(n)),
        ("noscript", None, 27_000, |n| "<div><noscript></div></noscript>".repeat(n)),
        // Found by fuzz/crafted_html: a raw-text element without an end tag in each
        // <noscript> was searched to the end of the page each time (16,256: 4.6 s).
        ("noscript-raw-text", None, 16_000, |n| "<noscript><iframe></noscript>".repeat(n)),
        ("formatting", Some("x"), 20_000, |n| {
            format!("<p>{}{}", numbered(400, |i| format!("<b class=c{i}></i>")), "<p>x".repeat(n))
        }),
        // Each `<p>` costs the parser a walk down 500 elements, and each stripped piece
        // a path of 32 steps.
        ("divs-around-paragraphs", Some("x"), 100_000, |n| {
            format!("<body>{}{}", "<div>".repeat(500), "<p>x</p>".repeat(n))
        }),
        ("attributes", Some("x"), 100_000, |n| {
            format!("<div {}>x", (0..n).map(|i| format!("a{i}=1")).collect::<Vec<_>>().join(" "))
        }),
        ("long-names", Some("Home"), 2_000, |n| {
            let names = numbered(40, |i| format!("<x-{}{i}>", "a".repeat(10_000)));
            format!("<body>{names}{}", "<nav><a href=/>Home</a></nav>".repeat(n))
        }),
        ("distinct-names", Some("w"), 800_000, |n| format!("<body>{}", numbered(n, |i| format!("<x-{i}>w</x-{i}>")))),
        ("prefix-names", Some("w"), 800_000, |n| {
            format!("<body><div>{}", numbered(n, |i| format!("<abc{i}>w</abc{i}>")))
        }),
    ];
    shapes
        .into_iter()
        .map(|(name, text, full, make)| HtmlShape { name, text, count: (full / divisor.max(1)).max(1), make })
        .collect()
}

/// Whether `article` holds `text`, in its body or in a stripped piece.
pub fn holds(article: &unclutter::Article, text: &str) -> bool {
    article.body.contains(text) || article.metadata.stripped.iter().any(|s| s.text.contains(text))
}
