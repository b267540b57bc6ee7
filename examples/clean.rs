//! The command line: clean scraped articles and print them for people or as JSON Lines.
//!
//! ```text
//! cargo run --release --example clean -- [--format text|json|explain|markdown] [--links] [--images] [--jobs N] [PATH…]
//! ```
//!
//! - PATH: files, or directories searched recursively for `.txt`, `.html` and `.htm`
//!   files, gzipped or not (`.html.gz`); `-` is stdin. Paths need not be UTF-8 (the
//!   `source` printed for one is its lossy display). Each input is decoded by its
//!   charset and cleaned as HTML or as text, whichever it is.
//!   With no PATH, stdin is read when it is piped; when it is a terminal, a bundled
//!   sample article is cleaned (and stderr says so).
//! - `--format text` (the default), for people: the title, the body, then every stripped
//!   piece with its kind. `--format json` (`--json`): one JSON object a line, the
//!   input's name as `source` followed by the library's own serde serialisation of
//!   `Article` (`title`, `body`, `metadata`: every field is in the README's table).
//!   `--format explain` (`--explain`): each input line (each block of an HTML page) with
//!   the verdict on it and, for stripped pieces, the reason (and, for HTML, the
//!   element's path).
//!   `--format markdown`: the article's body as Markdown (`Article::to_markdown`), and
//!   nothing else, so that it can be piped; documents follow one another, a blank line
//!   between them. A short form and `--format` may be given together when they agree
//!   (`--json --format json`); two formats that differ are a usage error.
//! - `--links`: keep the body's links (`CleanerBuilder::links`): `[text](target)` in
//!   Markdown, each element's `links` in JSON. `--images`: keep the article's images
//!   (`CleanerBuilder::images`): `![alt](src)` in Markdown, `image` elements in JSON.
//! - `--jobs N` (`--jobs=N`, `-j N`): clean on N threads (default: all cores). Output is
//!   streamed in input order, a few documents at a time.
//! - Exit code: 0 when every input was cleaned, 1 when any could not be read or cleaned
//!   (each is named on stderr; the others are still processed), 2 for bad usage.

#![allow(clippy::expect_used)] // A command-line tool: a broken constant may stop it.

use std::ffi::OsStr;
use std::io::{self, IsTerminal, Read, Write};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory, Parser, ValueEnum};
use serde::Serialize;
use unclutter::Article;

/// The article this project started from, bundled so the first run shows the job.
const SAMPLE: &str = include_str!("../tests/data/golden/fox-sessions/input.txt");

/// Clean scraped web pages (HTML or text) into articles, keeping every stripped piece
/// labelled.
///
/// Exit code: 0 when every input was cleaned, 1 when any could not be read or cleaned
/// (each named on stderr, the others still processed), 2 for bad usage.
#[derive(Parser)]
#[command(name = "clean", version, args_override_self = true)]
struct Args {
    /// Files, or directories searched recursively for .txt, .html and .htm files
    /// (gzipped or not); - is stdin. Default: stdin when piped, else a bundled sample
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,

    /// Output format [default: text]
    #[arg(long, value_enum, value_name = "FORMAT", action = clap::ArgAction::Append)]
    format: Vec<Format>,

    /// Short for --format json
    #[arg(long)]
    json: bool,

    /// Short for --format explain
    #[arg(long)]
    explain: bool,

    /// Keep the body's links: `[text](target)` in Markdown, `links` on elements in JSON
    #[arg(long)]
    links: bool,

    /// Keep the article's images: `![alt](src)` in Markdown, `image` elements in JSON
    #[arg(long)]
    images: bool,

    /// Clean on N threads [default: all cores]
    #[arg(short, long, value_name = "N", value_parser = threads)]
    jobs: Option<NonZeroUsize>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// For people: the title, the metadata, the body, the stripped pieces.
    Text,
    /// JSON Lines: one document a line.
    Json,
    /// Every piece of the input with its verdict and the reason.
    Explain,
    /// The article's body as Markdown.
    Markdown,
}

impl Format {
    fn name(self) -> String {
        self.to_possible_value().map(|v| v.get_name().to_owned()).unwrap_or_default()
    }
}

/// `--jobs`: a number of threads, 1 or more.
fn threads(value: &str) -> Result<NonZeroUsize, String> {
    value.parse().map_err(|_| "a number of threads, 1 or more".to_owned())
}

impl Args {
    /// The output format the flags ask for, or the usage error when they disagree or
    /// ask for what is not there.
    fn output_format(&self) -> Result<Format, clap::Error> {
        // Every way a format was asked for, in the order `--format`, `--json`, `--explain`.
        let asked = self.format.iter().map(|&f| (f, format!("--format {}", f.name())));
        let asked = asked
            .chain(self.json.then(|| (Format::Json, "--json".to_owned())))
            .chain(self.explain.then(|| (Format::Explain, "--explain".to_owned())));
        let mut format = None;
        for (wanted, flag) in asked {
            match format {
                None => format = Some((wanted, flag)),
                Some((chosen, ref first)) if chosen != wanted => {
                    let message = format!("the argument '{flag}' cannot be used with '{first}'");
                    return Err(Args::command().error(ErrorKind::ArgumentConflict, message));
                }
                Some(_) => {}
            }
        }
        let format = format.map_or(Format::Text, |(format, _)| format);
        Ok(format)
    }
}

/// One input to clean: where it came from, to name it in the output.
enum Input {
    Sample,
    Stdin,
    File(PathBuf),
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::Sample => "sample".to_owned(),
            Input::Stdin => "-".to_owned(),
            Input::File(path) => path.display().to_string(),
        }
    }

    fn read(&self) -> io::Result<Vec<u8>> {
        match self {
            Input::Sample => Ok(SAMPLE.as_bytes().to_vec()),
            Input::Stdin => {
                let mut input = Vec::new();
                io::stdin().read_to_end(&mut input)?;
                Ok(input)
            }
            Input::File(path) => read_file(path),
        }
    }
}

/// What cleaning one input produced: its output, or the line for stderr.
type Outcome = Result<Vec<u8>, String>;

fn main() -> ExitCode {
    let args = Args::parse();
    let format = args.output_format().unwrap_or_else(|e| e.exit());
    CLEANER.get_or_init(|| cleaner(args.links, args.images));
    let jobs = args.jobs.or_else(|| std::thread::available_parallelism().ok()).map_or(1, NonZeroUsize::get);
    let paths = args.paths;
    let mut failed = false;
    let mut inputs = Vec::new();
    if paths.is_empty() {
        if io::stdin().is_terminal() {
            eprintln!(
                "clean: no PATH given; cleaning the bundled sample article (tests/data/golden/fox-sessions/input.txt)"
            );
            inputs.push(Input::Sample);
        } else {
            inputs.push(Input::Stdin);
        }
    }
    for path in &paths {
        if path.as_os_str() == OsStr::new("-") {
            inputs.push(Input::Stdin);
            continue;
        }
        let mut files = Vec::new();
        if let Err(e) = collect(path, &mut files) {
            eprintln!("{}: {e}", path.display());
            failed = true;
        }
        inputs.extend(files.into_iter().map(Input::File));
    }

    // Inputs are cleaned `jobs` at a time and written in input order as soon as each
    // batch is done: only a few documents are ever held in memory, whatever the number
    // of files.
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for batch in inputs.chunks(jobs * BATCH_PER_JOB) {
        for outcome in clean_batch(batch, format, jobs) {
            match outcome {
                Ok(bytes) => {
                    if let Err(e) = out.write_all(&bytes) {
                        // A closed pipe (e.g. `| head`) ends the output quietly.
                        if e.kind() != io::ErrorKind::BrokenPipe {
                            eprintln!("clean: {e}");
                            failed = true;
                        }
                        return if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS };
                    }
                }
                Err(line) => {
                    let _ = out.flush();
                    eprintln!("{line}");
                    failed = true;
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

/// Documents per thread in one batch: enough to keep the threads busy when documents
/// differ in size, few enough to keep memory flat.
const BATCH_PER_JOB: usize = 4;

/// Cleans a batch of inputs on `jobs` threads; the outcomes are in input order.
fn clean_batch(batch: &[Input], format: Format, jobs: usize) -> Vec<Outcome> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let slots: Vec<std::sync::Mutex<Option<Outcome>>> = batch.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(batch.len()) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(input) = batch.get(i) else { break };
                    let outcome = clean_one(input, format);
                    if let Ok(mut slot) = slots[i].lock() {
                        *slot = Some(outcome);
                    }
                }
            });
        }
    });
    slots
        .into_iter()
        .map(|slot| slot.into_inner().ok().flatten().unwrap_or_else(|| Err("clean: a worker stopped".to_owned())))
        .collect()
}

/// The cleaner every input goes through, built once from the options ([`main`] sets it).
static CLEANER: std::sync::OnceLock<unclutter::Cleaner> = std::sync::OnceLock::new();

/// The cleaner for these options.
fn cleaner(links: bool, images: bool) -> unclutter::Cleaner {
    unclutter::Cleaner::builder().links(links).images(images).build().expect("the default rules compile")
}

/// Reads, cleans and formats one input.
fn clean_one(input: &Input, format: Format) -> Outcome {
    let source = input.name();
    let bytes = input.read().map_err(|e| format!("{source}: {e}"))?;
    let article =
        CLEANER.get_or_init(|| cleaner(false, false)).clean_bytes(&bytes).map_err(|e| format!("{source}: {e}"))?;
    let mut out = Vec::new();
    let written = match format {
        Format::Json => serde_json::to_writer(&mut out, &Line { source: &source, article: &article })
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out)),
        Format::Text => write_human(&source, &article, &mut out),
        Format::Explain => write_explain(&String::from_utf8_lossy(&bytes), &article, &mut out),
        Format::Markdown => writeln!(out, "{}", article.to_markdown()),
    };
    written.map_err(|e| format!("{source}: {e}"))?;
    Ok(out)
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

/// A `--json` line: the input's name, then the article as the library serialises it.
#[derive(Serialize)]
struct Line<'a> {
    source: &'a str,
    #[serde(flatten)]
    article: &'a Article,
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
