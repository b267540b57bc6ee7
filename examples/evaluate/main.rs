//! Scores `unclutter` on a benchmark set with the article-extraction-benchmark metric:
//! 4-gram shingle precision and recall per document, averaged over documents, and the F1
//! of the two averages (the same definition as `../shared/eval/score.py`).
//!
//! ```text
//! cargo run --release --example evaluate -- INPUT_DIR GROUND_TRUTH.json [--per-doc] [--predictions OUT.json]
//! cargo run --release --example evaluate -- --structure PAGES_DIR [--per-doc] [--markdown-out DIR]
//! ```
//!
//! INPUT_DIR holds `<id>.txt` files (raw text) or `<id>.html` / `<id>.html.gz` pages;
//! documents without a file count as empty predictions, as in the reference scorer.
//! Bytes go through `Cleaner::clean_bytes`, which decodes them and tells HTML from text.
//!
//! When the ground truth gives a `page_type` per document (WCXB), F1 is reported per
//! type too; when it gives `title`, `author` and `publish_date`, the share of documents
//! whose extracted value matches the gold (compared after normalising case, punctuation
//! and white space; dates by their `YYYY-MM-DD`) is reported for each field.

//!
//! With `--structure`, PAGES_DIR holds one folder per page with `source.html` and the
//! article's gold `expected.html` (`../shared/eval/readability-dev`): each page is
//! cleaned, rendered with `Article::to_markdown`, and scored as
//! `../shared/eval/structure.py` scores Markdown (see `structure.rs`): the share of the
//! gold's headings, list items, code blocks and tables kept with their role, and the
//! body F1 of the Markdown against the gold's text. `--markdown-out DIR` writes each
//! page's Markdown to `DIR/<name>.md`, for the reference scorer.

#![allow(clippy::expect_used)] // A command-line tool: a broken constant may stop it.

mod structure;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

/// Python's `\w+` on `str`: letters, digits (all numeric categories) and underscore.
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\p{L}\p{N}_]+").expect("valid regex"));

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let tokens: Vec<&str> = WORD.find_iter(text).map(|m| m.as_str()).collect();
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    if tokens.len() < 4 {
        counts.insert(tokens, 1);
        return counts;
    }
    for window in tokens.windows(4) {
        *counts.entry(window.to_vec()).or_insert(0) += 1;
    }
    counts
}

/// True positives, false positives and false negatives, each as a share of their sum.
fn doc_counts(gold: &str, pred: &str) -> (f64, f64, f64) {
    let (g, p) = (shingles(gold), shingles(pred));
    let tp: usize = p.iter().map(|(k, &n)| n.min(g.get(k).copied().unwrap_or(0))).sum();
    let fp = p.values().sum::<usize>() - tp;
    let fn_ = g.values().sum::<usize>() - tp;
    let s = (tp + fp + fn_) as f64;
    if s == 0.0 { (0.0, 0.0, 0.0) } else { (tp as f64 / s, fp as f64 / s, fn_ as f64 / s) }
}

fn precision((tp, fp, fn_): (f64, f64, f64)) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fp == 0.0 {
        0.0
    } else {
        tp / (tp + fp)
    }
}

fn recall((tp, fp, fn_): (f64, f64, f64)) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fn_ == 0.0 {
        0.0
    } else {
        tp / (tp + fn_)
    }
}

fn input_for(dir: &Path, id: &str) -> Option<PathBuf> {
    ["txt", "html", "html.gz", "htm"].iter().map(|ext| dir.join(format!("{id}.{ext}"))).find(|p| p.exists())
}

/// The file's bytes, gunzipped when its name ends in `.gz`.
fn read_input(path: &Path) -> Option<Vec<u8>> {
    let bytes = std::fs::read(path).ok()?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut out).ok()?;
        return Some(out);
    }
    Some(bytes)
}

/// Lower-case words only: how titles and author names are compared.
fn normalised(text: &str) -> String {
    WORD.find_iter(&text.to_lowercase()).map(|m| m.as_str()).collect::<Vec<_>>().join(" ")
}

/// Whether an extracted metadata field matches the gold one (both present and equal
/// after normalising; for authors, the gold names all appear among the extracted ones;
/// for dates, the same calendar day).
fn field_matches(field: &str, gold: &str, got: Option<&str>) -> bool {
    let Some(got) = got else { return false };
    match field {
        "publish_date" => gold.get(..10).is_some_and(|day| got.starts_with(day)),
        "author" => {
            let got = normalised(got);
            gold.split([',', ';', '&']).flat_map(|p| p.split(" and ")).all(|name| got.contains(&normalised(name)))
        }
        _ => normalised(gold) == normalised(got),
    }
}

/// F1, precision and recall of a set of documents: precision and recall averaged over
/// the documents where they are defined, then F1 of the averages.
fn summary(counts: impl Iterator<Item = (f64, f64, f64)>) -> (f64, f64, f64) {
    let counts: Vec<_> = counts.collect();
    let ps: Vec<f64> = counts.iter().filter(|c| c.0 + c.1 > 0.0).map(|c| precision(*c)).collect();
    let rs: Vec<f64> = counts.iter().filter(|c| c.0 + c.2 > 0.0).map(|c| recall(*c)).collect();
    let mean = |v: &[f64]| {
        if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 }
    };
    let (p, r) = (mean(&ps), mean(&rs));
    (if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }, p, r)
}

/// `--structure PAGES_DIR`: the structure fidelity of the Markdown output.
fn evaluate_structure(pages_dir: &Path, per_doc: bool, markdown_out: Option<&str>) -> ExitCode {
    let cleaner = unclutter::Cleaner::builder().build().expect("default rules compile");
    let mut fidelity = structure::Fidelity::default();
    let mut rows = Vec::new();
    for page in structure::pages(pages_dir) {
        let name = page.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let gold = structure::Gold::of(&std::fs::read_to_string(page.join("expected.html")).unwrap_or_default());
        let markdown = std::fs::read(page.join("source.html"))
            .ok()
            .and_then(|bytes| cleaner.clean_bytes(&bytes).ok())
            .map(|article| article.to_markdown())
            .unwrap_or_default();
        if let Some(dir) = markdown_out {
            if let Err(e) = std::fs::create_dir_all(dir)
                .and_then(|()| std::fs::write(Path::new(dir).join(format!("{name}.md")), &markdown))
            {
                eprintln!("{dir}: {e}");
                return ExitCode::FAILURE;
            }
        }
        let mut page_fidelity = structure::Fidelity::default();
        page_fidelity.add(&gold, &markdown);
        fidelity.add(&gold, &markdown);
        rows.push((name, doc_counts(&gold.text, &structure::body_text(&markdown)), page_fidelity));
    }
    if per_doc {
        let f = |c: &(f64, f64, f64)| {
            let d = 2.0 * c.0 + c.1 + c.2;
            if d > 0.0 { 2.0 * c.0 / d } else { 0.0 }
        };
        rows.sort_by(|a, b| f(&a.1).total_cmp(&f(&b.1)));
        for (name, counts, page) in &rows {
            let roles: Vec<String> = page
                .recalls()
                .iter()
                .filter(|r| r.2.1 > 0)
                .map(|(role, _, (found, all))| format!("{role} {found}/{all}"))
                .collect();
            println!(
                "{:.3} P={:.3} R={:.3} {name}  {}",
                f(counts),
                precision(*counts),
                recall(*counts),
                roles.join(", ")
            );
        }
    }
    let (f1, p, r) = summary(rows.iter().map(|(_, c, _)| *c));
    let recalls: Vec<String> = fidelity
        .recalls()
        .iter()
        .map(|(role, share, (found, all))| format!("{role} {share:.3} ({found}/{all})"))
        .collect();
    println!("{}  body F1 {f1:.3}  P {p:.3}  R {r:.3}  pages {}", recalls.join("  "), rows.len());
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let per_doc = args.iter().any(|a| a == "--per-doc");
    if let Some(i) = args.iter().position(|a| a == "--structure") {
        let Some(dir) = args.get(i + 1) else {
            eprintln!("usage: evaluate --structure PAGES_DIR [--per-doc] [--markdown-out DIR]");
            return ExitCode::from(2);
        };
        let markdown_out = args.iter().position(|a| a == "--markdown-out").and_then(|i| args.get(i + 1));
        return evaluate_structure(Path::new(dir), per_doc, markdown_out.map(String::as_str));
    }
    let predictions_out = args.iter().position(|a| a == "--predictions").and_then(|i| args.get(i + 1)).cloned();
    let positional: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--predictions"))
        .map(|(_, a)| a)
        .collect();
    let [input_dir, truth_path] = positional[..] else {
        eprintln!("usage: evaluate INPUT_DIR GROUND_TRUTH.json [--per-doc] [--predictions OUT.json]");
        return ExitCode::from(2);
    };
    let truth: HashMap<String, Value> = match std::fs::read_to_string(truth_path)
        .map_err(|e| e.to_string())
        .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
    {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{truth_path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    let mut rows = Vec::new();
    let mut predictions = serde_json::Map::new();
    let mut exact = 0usize;
    let cleaner = unclutter::Cleaner::builder().build().expect("default rules compile");
    // Metadata fields: (documents with a gold value, documents where it matched).
    let mut fields: Vec<(&str, usize, usize)> = vec![("title", 0, 0), ("author", 0, 0), ("publish_date", 0, 0)];
    let mut types: HashMap<String, Vec<usize>> = HashMap::new();
    for id in ids {
        let gold = truth[id]["articleBody"].as_str().unwrap_or_default();
        let article = input_for(Path::new(input_dir), id)
            .and_then(|path| read_input(&path))
            .and_then(|bytes| cleaner.clean_bytes(&bytes).ok());
        for (field, with_gold, matched) in &mut fields {
            let Some(gold_value) = truth[id][*field].as_str().filter(|v| !v.is_empty()) else { continue };
            *with_gold += 1;
            let got = article.as_ref().and_then(|a| match *field {
                "title" => a.title.clone(),
                "author" => Some(a.metadata.authors.join(", ")).filter(|s| !s.is_empty()),
                _ => a.metadata.published.as_ref().and_then(|p| p.iso.clone()),
            });
            *matched += usize::from(field_matches(field, gold_value, got.as_deref()));
        }
        if let Some(kind) = truth[id]["page_type"].as_str() {
            types.entry(kind.to_owned()).or_default().push(rows.len());
        }
        let predicted = article.map(|article| article.body).unwrap_or_default();
        let counts = doc_counts(gold, &predicted);
        let gold_words: Vec<&str> = WORD.find_iter(gold).map(|m| m.as_str()).collect();
        let pred_words: Vec<&str> = WORD.find_iter(&predicted).map(|m| m.as_str()).collect();
        exact += usize::from(gold_words == pred_words);
        rows.push((id.clone(), counts));
        predictions.insert(id.clone(), serde_json::json!({ "articleBody": predicted }));
    }
    let (f1, p, r) = summary(rows.iter().map(|(_, c)| *c));
    let mut kinds: Vec<_> = types.into_iter().collect();
    kinds.sort();
    for (kind, members) in kinds {
        let (f1, p, r) = summary(members.iter().map(|&i| rows[i].1));
        println!("{kind:<14} F1 {f1:.3}  P {p:.3}  R {r:.3}  docs {}", members.len());
    }
    for (field, with_gold, matched) in fields {
        if with_gold > 0 {
            println!(
                "{field:<14} matches {:.3} of {with_gold} docs with a gold value",
                matched as f64 / with_gold as f64
            );
        }
    }
    if per_doc {
        let f = |c: &(f64, f64, f64)| {
            let d = 2.0 * c.0 + c.1 + c.2;
            if d > 0.0 { 2.0 * c.0 / d } else { 0.0 }
        };
        rows.sort_by(|a, b| f(&a.1).total_cmp(&f(&b.1)));
        for (id, c) in &rows {
            println!("{:.3} P={:.3} R={:.3} {id}", f(c), precision(*c), recall(*c));
        }
    }
    if let Some(out) = predictions_out {
        if let Err(e) = std::fs::write(&out, Value::Object(predictions).to_string()) {
            eprintln!("{out}: {e}");
            return ExitCode::FAILURE;
        }
    }
    println!("F1 {f1:.3}  P {p:.3}  R {r:.3}  acc {:.3}  docs {}", exact as f64 / rows.len().max(1) as f64, rows.len());
    ExitCode::SUCCESS
}
