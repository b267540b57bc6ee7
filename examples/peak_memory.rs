//! Peak memory of one cleaning, for the README's figures (Linux: reads `VmHWM` from
//! `/proc/self/status`).
//!
//! ```text
//! cargo run --release --example peak_memory -- --text FILE        # the text path
//! cargo run --release --example peak_memory -- --html FILE        # the HTML path
//! cargo run --release --example peak_memory -- --parse-only FILE  # html5ever alone, the floor
//! cargo run --release --example peak_memory -- --text --times 100 FILE  # the input 100 times over
//! ```
//!
//! It prints the input's size and the peak resident memory above what the process held
//! once the input was read, so the input itself is not counted.

#![allow(clippy::expect_used)] // A measuring tool: a failure to read is a stop.

use std::io::Read;

fn peak_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status (Linux only)");
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).expect("VmHWM line");
    line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).expect("a number of kB")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.iter().find(|a| matches!(a.as_str(), "--text" | "--html" | "--parse-only")).cloned();
    let times: usize = args
        .iter()
        .position(|a| a == "--times")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let path = args
        .last()
        .filter(|p| !p.starts_with("--"))
        .expect("usage: peak_memory --text|--html|--parse-only [--times N] FILE");
    let mut bytes = std::fs::read(path).expect("readable file");
    if path.ends_with(".gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut out).expect("gzip");
        bytes = out;
    }
    let one = String::from_utf8_lossy(&bytes).into_owned();
    let input = match (times, mode.as_deref()) {
        (1, _) => one,
        // Many pages as one text, or one page with its body repeated.
        (n, Some("--text")) => one.repeat(n),
        (n, _) => {
            let body = one.find("<body").map_or(0, |i| i);
            let end = one.rfind("</body>").unwrap_or(one.len());
            format!("{}{}{}", &one[..body], one[body..end].repeat(n), &one[end..])
        }
    };
    drop(bytes);
    let cleaner = unclutter::Cleaner::builder().max_input_len(usize::MAX).build().expect("default rules");
    let baseline = peak_kib();
    let started = std::time::Instant::now();
    let kept = match mode.as_deref() {
        Some("--parse-only") => scraper::Html::parse_document(&input).tree.nodes().count(),
        Some("--html") => cleaner.clean_html(&input).map_or(0, |a| a.body.len()),
        _ => cleaner.clean_text(&input).map_or(0, |a| a.body.len()),
    };
    let elapsed = started.elapsed();
    let peak = peak_kib().saturating_sub(baseline);
    println!(
        "{} input {:.1} MB, peak above input {:.1} MB ({:.2}x input), {:.2} s, {:.1} MB/s ({kept})",
        mode.unwrap_or_else(|| "--text".into()),
        input.len() as f64 / 1e6,
        peak as f64 * 1024.0 / 1e6,
        peak as f64 * 1024.0 / input.len() as f64,
        elapsed.as_secs_f64(),
        input.len() as f64 / 1e6 / elapsed.as_secs_f64(),
    );
}
