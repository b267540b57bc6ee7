//! The command line: clean scraped articles and print them for people or as JSON Lines.
//!
//! ```text
//! cargo run --release --example clean -- [--json | --explain] [PATH…]
//! ```
//!
//! - PATH: files, or directories searched recursively for `.txt`, `.html` and `.htm`
//!   files, gzipped or not (`.html.gz`); `-` is stdin. Each input is decoded by its
//!   charset and cleaned as HTML or as text, whichever it is.
//!   With no PATH, stdin is read when it is piped; when it is a terminal, a bundled
//!   sample article is cleaned (and stderr says so).
//! - Default output, for people: the title, the body, then every stripped piece with its
//!   kind. `--json`: one JSON object a line, with `source`, `title`, `body` and `metadata`
//!   (`authors`, `contributors`, `published`, `stripped`: `kind`, `text`, `start`, `end`,
//!   byte offsets into the input, `null` for HTML input, where text is assembled from
//!   several nodes). `--explain`: each input line (each block of an HTML page) with the
//!   verdict on it and, for stripped pieces, the reason (and, for HTML, the element's path).
//! - Exit code: 0 when every input was cleaned, 1 when any could not be read or cleaned
//!   (each is named on stderr; the others are still processed), 2 for bad usage.

#![allow(clippy::expect_used)] // A command-line tool: a broken constant may stop it.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{Value, json};
use unclutter::Article;

/// The article this project started from, bundled so the first run shows the job.
const SAMPLE: &str = include_str!("../tests/data/golden/fox-sessions/input.txt");

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Human,
    Json,
    Explain,
}

const USAGE: &str = "usage: clean [--json | --explain] [PATH…]   (PATH: file, directory, or - for stdin)";

fn main() -> ExitCode {
    let mut format = Format::Human;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => format = Format::Json,
            "--explain" => format = Format::Explain,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with("--") => {
                eprintln!("clean: unknown option {flag}\n{USAGE}");
                return ExitCode::from(2);
            }
            path => paths.push(path.to_owned()),
        }
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    if paths.is_empty() {
        if io::stdin().is_terminal() {
            eprintln!(
                "clean: no PATH given; cleaning the bundled sample article (tests/data/golden/fox-sessions/input.txt)"
            );
            failed |= !process("sample", SAMPLE.as_bytes(), format, &mut out);
        } else {
            paths.push("-".to_owned());
        }
    }
    for path in &paths {
        if path == "-" {
            let mut input = Vec::new();
            match io::stdin().read_to_end(&mut input) {
                Ok(_) => failed |= !process("-", &input, format, &mut out),
                Err(e) => {
                    eprintln!("-: {e}");
                    failed = true;
                }
            }
        } else {
            let mut files = Vec::new();
            if let Err(e) = collect(Path::new(path), &mut files) {
                eprintln!("{path}: {e}");
                failed = true;
            }
            for file in files {
                match read_file(&file) {
                    Ok(bytes) => failed |= !process(&file.display().to_string(), &bytes, format, &mut out),
                    Err(e) => {
                        eprintln!("{}: {e}", file.display());
                        failed = true;
                    }
                }
            }
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("clean: {e}");
            failed = true;
        }
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

/// The file's bytes, gunzipped when its name ends in `.gz`.
fn read_file(path: &Path) -> io::Result<Vec<u8>> {
    let bytes = std::fs::read(path)?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut out)?;
        return Ok(out);
    }
    Ok(bytes)
}

/// Whether a file in a directory is an input: `.txt`, `.html`, `.htm`, gzipped or not.
fn is_input(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    [".txt", ".html", ".htm"].iter().any(|ext| name.ends_with(ext))
}

/// Files under `path`: the file itself, or the input files below a directory, sorted.
fn collect(path: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    if !path.is_dir() {
        // Reading it will say if it does not exist.
        files.push(path.to_owned());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect(&entry, files)?;
        } else if is_input(&entry) {
            files.push(entry);
        }
    }
    Ok(())
}

/// Cleans one input and writes it; false when it could not be cleaned.
fn process(source: &str, input: &[u8], format: Format, out: &mut impl Write) -> bool {
    static CLEANER: std::sync::LazyLock<unclutter::Cleaner> =
        std::sync::LazyLock::new(|| unclutter::Cleaner::builder().build().expect("the default rules compile"));
    let article = match CLEANER.clean_bytes(input) {
        Ok(article) => article,
        Err(e) => {
            eprintln!("{source}: {e}");
            return false;
        }
    };
    let written = match format {
        Format::Json => writeln!(out, "{}", to_json(source, &article)),
        Format::Human => write_human(source, &article, out),
        Format::Explain => write_explain(&String::from_utf8_lossy(input), &article, out),
    };
    // A closed pipe (e.g. `| head`) ends the output quietly; it is not the input's fault.
    written.is_ok() || written.is_err_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

fn to_json(source: &str, article: &Article) -> Value {
    let meta = &article.metadata;
    let stripped: Vec<Value> = meta
        .stripped
        .iter()
        .map(|s| {
            json!({
                "kind": s.kind.name(),
                "text": s.text,
                "start": s.span.map(|sp| sp.start),
                "end": s.span.map(|sp| sp.end),
            })
        })
        .collect();
    json!({
        "source": source,
        "title": article.title,
        "body": article.body,
        "metadata": {
            "authors": meta.authors,
            "contributors": meta.contributors,
            "published": meta.published.as_ref().map(|p| json!({ "raw": p.raw, "iso": p.iso })),
            "stripped": stripped,
        },
    })
}

fn write_human(source: &str, article: &Article, out: &mut impl Write) -> io::Result<()> {
    let meta = &article.metadata;
    writeln!(out, "==> {source}")?;
    writeln!(out, "Title: {}", article.title.as_deref().unwrap_or("(none)"))?;
    if !meta.authors.is_empty() {
        writeln!(out, "Authors: {}", meta.authors.join("; "))?;
    }
    if let Some(published) = &meta.published {
        writeln!(out, "Published: {} ({})", published.iso.as_deref().unwrap_or("?"), published.raw)?;
    }
    for (label, value) in [("Site", &meta.site_name), ("Language", &meta.language), ("URL", &meta.url)] {
        if let Some(value) = value {
            writeln!(out, "{label}: {value}")?;
        }
    }
    for contributor in &meta.contributors {
        writeln!(out, "Contributor: {contributor}")?;
    }
    writeln!(out, "\n{}\n", article.body)?;
    writeln!(out, "-- stripped ({} pieces) --", meta.stripped.len())?;
    for piece in &meta.stripped {
        writeln!(out, "[{}] {}", piece.kind, piece.text)?;
    }
    writeln!(out)
}

/// Every piece of the page in order, with its verdict: `BODY` or the kind it was
/// stripped as, and why (and, for HTML, where).
fn write_explain(input: &str, article: &Article, out: &mut impl Write) -> io::Result<()> {
    if article.metadata.stripped.iter().any(|s| s.span.is_none()) {
        return write_explain_blocks(article, out);
    }
    let mut stripped = article.metadata.stripped.iter().peekable();
    let mut offset = 0;
    for line in input.split('\n') {
        let text = line.trim();
        if !text.is_empty() {
            let start = offset + (line.len() - line.trim_start().len());
            match stripped.next_if(|s| s.span.is_some_and(|sp| sp.start == start)) {
                Some(piece) => writeln!(out, "{:>13} | {text}\n{:>13}   ({})", piece.kind.name(), "", piece.reason)?,
                None => writeln!(out, "{:>13} | {text}", "BODY")?,
            }
        }
        offset += line.len() + 1;
    }
    Ok(())
}

/// `--explain` for HTML: body paragraphs and stripped pieces interleaved by
/// `body_index`, each stripped piece with its reason and element path.
fn write_explain_blocks(article: &Article, out: &mut impl Write) -> io::Result<()> {
    let paragraphs: Vec<&str> = if article.body.is_empty() { Vec::new() } else { article.body.split("\n\n").collect() };
    let mut stripped = article.metadata.stripped.iter().peekable();
    for index in 0..=paragraphs.len() {
        while let Some(piece) = stripped.next_if(|s| s.body_index == index) {
            let path = piece.path.as_deref().unwrap_or("");
            writeln!(out, "{:>13} | {}\n{:>13}   ({}; {path})", piece.kind.name(), piece.text, "", piece.reason)?;
        }
        if let Some(paragraph) = paragraphs.get(index) {
            writeln!(out, "{:>13} | {paragraph}", "BODY")?;
        }
    }
    Ok(())
}
