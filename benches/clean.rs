//! Throughput of the text and HTML paths, with html5ever parsing the same pages alone
//! beside them, so the ratio is measured in one run.
//!
//! ```text
//! cargo bench --bench clean                                   # everything
//! cargo bench --bench clean -- aeb                            # one group
//! UNCLUTTER_EVAL=/path/to/eval cargo bench --bench clean      # data elsewhere
//! cargo bench --bench clean --features parallel -- batch      # 1 vs 2 threads
//! cargo bench --bench clean --features internals -- text-stages  # the text path taken apart
//! ```
//!
//! The evaluation sets are read from `../shared/eval` (or `$UNCLUTTER_EVAL`); groups
//! whose data is missing are skipped with a note, so the bench builds and runs on a
//! fresh clone with the bundled sample alone.

#![allow(clippy::expect_used, clippy::unwrap_used, missing_docs)] // A benchmark stops at a broken fixture.

use std::hint::black_box;
use std::io::Read;
use std::path::{Path, PathBuf};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use unclutter::Cleaner;

const SAMPLE: &str = include_str!("../tests/data/golden/fox-sessions/input.txt");

fn eval_dir() -> PathBuf {
    std::env::var_os("UNCLUTTER_EVAL")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"))
}

/// Every file of a directory, gunzipped, in name order; empty when it does not exist.
fn load(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("note: {} not found; its groups are skipped", dir.display());
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "LICENSE"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).unwrap();
            if p.extension().is_some_and(|e| e == "gz") {
                let mut out = Vec::new();
                flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut out).unwrap();
                String::from_utf8_lossy(&out).into_owned()
            } else {
                String::from_utf8_lossy(&bytes).into_owned()
            }
        })
        .collect()
}

fn total_len(pages: &[String]) -> u64 {
    pages.iter().map(|p| p.len() as u64).sum()
}

/// The text path: a short article, a long one, and whole-page text dumps.
fn text(c: &mut Criterion) {
    let cleaner = Cleaner::builder().build().unwrap();
    let mut group = c.benchmark_group("text");
    let long = SAMPLE.repeat(20);
    for (name, input) in [("short-article", SAMPLE), ("long-article", long.as_str())] {
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_function(name, |b| b.iter(|| cleaner.clean_text(black_box(input))));
    }
    let pages = load(&eval_dir().join("aeb-text/full"));
    if !pages.is_empty() {
        group.throughput(Throughput::Bytes(total_len(&pages)));
        group.bench_function("aeb-text-full-181-pages", |b| {
            b.iter(|| pages.iter().map(|p| cleaner.clean_text(black_box(p)).map_or(0, |a| a.body.len())).sum::<usize>())
        });
    }
    group.finish();
}

/// The text path taken apart on the whole-page text dumps: the line split alone, the
/// feature pass over each line, that pass with the repeat test's word hashes, and the
/// whole path (`--features internals`).
#[cfg(feature = "internals")]
fn text_stages(c: &mut Criterion) {
    use unclutter::internals;
    let pages = load(&eval_dir().join("aeb-text/full"));
    if pages.is_empty() {
        return;
    }
    let cleaner = Cleaner::builder().build().unwrap();
    let mut group = c.benchmark_group("text-stages");
    group.throughput(Throughput::Bytes(total_len(&pages)));
    type Stage<'a> = &'a dyn Fn(&str) -> usize;
    let stages: [(&str, Stage<'_>); 4] = [
        ("split-lines", &internals::split_lines),
        ("measure-lines", &internals::measure_lines),
        ("measure-and-hash-lines", &internals::measure_and_hash_lines),
        ("clean-text", &|page| cleaner.clean_text(page).map_or(0, |a| a.body.len())),
    ];
    for (name, stage) in stages {
        group.bench_function(name, |b| b.iter(|| pages.iter().map(|p| stage(black_box(p))).sum::<usize>()));
    }
    group.finish();
}

#[cfg(not(feature = "internals"))]
fn text_stages(_: &mut Criterion) {}

/// The HTML path on a small, a medium and the largest AEB page, and on the whole set,
/// with html5ever's parse (tree built and dropped) of the same input beside each.
fn html(c: &mut Criterion) {
    let cleaner = Cleaner::builder().build().unwrap();
    let pages = load(&eval_dir().join("aeb/html"));
    if pages.is_empty() {
        return;
    }
    let mut by_size: Vec<&String> = pages.iter().collect();
    by_size.sort_by_key(|p| p.len());
    let picks = [
        ("small", by_size[by_size.len() / 10]),
        ("medium", by_size[by_size.len() / 2]),
        ("large", by_size[by_size.len() - 1]),
    ];
    let mut group = c.benchmark_group("html");
    for (name, page) in picks {
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_with_input(BenchmarkId::new("clean", name), page, |b, page| {
            b.iter(|| cleaner.clean_html(black_box(page)))
        });
        group.bench_with_input(BenchmarkId::new("parse-only", name), page, |b, page| {
            b.iter(|| scraper::Html::parse_document(black_box(page)))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("aeb");
    group.throughput(Throughput::Bytes(total_len(&pages)));
    group.sample_size(20);
    group.bench_function("clean-181-pages", |b| {
        b.iter(|| pages.iter().map(|p| cleaner.clean_html(black_box(p)).map_or(0, |a| a.body.len())).sum::<usize>())
    });
    group.bench_function("parse-only-181-pages", |b| {
        b.iter(|| pages.iter().map(|p| scraper::Html::parse_document(black_box(p)).tree.nodes().count()).sum::<usize>())
    });
    group.finish();
}

/// What Markdown costs: rendering the 181 AEB articles (cleaned once, outside the
/// timing), and cleaning plus rendering beside cleaning alone; throughput is of the
/// pages' HTML in both, so the figures compare.
fn markdown(c: &mut Criterion) {
    let cleaner = Cleaner::builder().build().unwrap();
    let pages = load(&eval_dir().join("aeb/html"));
    if pages.is_empty() {
        return;
    }
    let articles: Vec<_> = pages.iter().filter_map(|p| cleaner.clean_html(p).ok()).collect();
    let mut group = c.benchmark_group("markdown");
    group.throughput(Throughput::Bytes(total_len(&pages)));
    group.sample_size(20);
    group.bench_function("render-181-articles", |b| {
        b.iter(|| articles.iter().map(|a| black_box(a).to_markdown().len()).sum::<usize>())
    });
    group.bench_function("clean-and-render-181-pages", |b| {
        b.iter(|| {
            pages.iter().map(|p| cleaner.clean_html(black_box(p)).map_or(0, |a| a.to_markdown().len())).sum::<usize>()
        })
    });
    group.finish();
}

/// Cost against input size: 1x, 10x and 100x the same input, as many pages run
/// together in one text and as one HTML page with 100 times the article in it.
fn scaling(c: &mut Criterion) {
    let cleaner = Cleaner::builder().build().unwrap();
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    for times in [1usize, 10, 100] {
        let text = SAMPLE.repeat(times);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("text", times), &text, |b, text| {
            b.iter(|| cleaner.clean_text(black_box(text)))
        });
        let paragraphs: String =
            SAMPLE.lines().filter(|l| !l.trim().is_empty()).map(|l| format!("<p>{l}</p>\n")).collect();
        let html = format!(
            "<html><body><nav><a href=/>Home</a></nav><article>{}</article></body></html>",
            paragraphs.repeat(times)
        );
        group.throughput(Throughput::Bytes(html.len() as u64));
        group.bench_with_input(BenchmarkId::new("html-one-page", times), &html, |b, html| {
            b.iter(|| cleaner.clean_html(black_box(html)))
        });
    }
    group.finish();
}

/// A batch of pages on one thread and on two (`--features parallel`).
#[cfg(feature = "parallel")]
fn batch(c: &mut Criterion) {
    let cleaner = Cleaner::builder().build().unwrap();
    let pages = load(&eval_dir().join("aeb/html"));
    if pages.is_empty() {
        return;
    }
    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Bytes(total_len(&pages)));
    group.sample_size(10);
    for threads in [1usize, 2] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        group.bench_function(BenchmarkId::new("aeb-clean-many-threads", threads), |b| {
            b.iter(|| pool.install(|| cleaner.clean_many(black_box(&pages)).len()))
        });
    }
    group.finish();
}

#[cfg(not(feature = "parallel"))]
fn batch(_: &mut Criterion) {}

criterion_group!(benches, text, text_stages, html, markdown, scaling, batch);
criterion_main!(benches);
