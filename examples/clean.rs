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
//! - Walking a directory: only regular files are read; a FIFO, socket or device found
//!   there is skipped (stderr says so), so a walk never waits on one. Links are
//!   followed, but each directory is walked and each file cleaned once (by device and
//!   inode): a link back up the tree (`self -> .`, `sub/up -> ..`) is skipped, not a
//!   loop. A directory that cannot be read is named on stderr and the walk goes on. A
//!   path named on the command line is read whatever it is: a FIFO is read until its
//!   writer closes it, as stdin is.
//! - Every input is read up to the library's input limit (`DEFAULT_MAX_INPUT_LEN`, 64
//!   MiB) and no further: a longer one (`/dev/zero`, 3 GB on stdin) fails alone, over
//!   the limit, after reading one byte past it. Gzip data (by its magic bytes, whatever
//!   the name; on stdin too) is decompressed under the same limit, so a gzip bomb stops
//!   there; zstd, xz and bzip2 data are refused as binary, with their format named.
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
//! - `--jobs N` (`--jobs=N`, `-j N`): clean on N threads (default: all cores), at most
//!   [`MAX_JOBS`]: a larger N is taken as that many. Output is streamed in input order,
//!   a few documents at a time.
//! - `--explain` shows the input as the library read it: decoded (a byte-order mark is
//!   not part of it; Latin-1 and UTF-16 become UTF-8), its lines ended at `\n`, `\r\n`
//!   or `\r`, as the spans count them.
//! - Exit code: 0 when every input was cleaned, 1 when any could not be read or cleaned
//!   or a directory could not be walked (each is named on stderr; the others are still
//!   processed, each once), 2 for bad usage. A special file skipped in a directory is
//!   not a failure.

#![allow(clippy::expect_used)] // A command-line tool: a broken constant may stop it.

use std::collections::HashSet;
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

    /// The input's bytes, gunzipped when they are gzip data, at most [`MAX_INPUT`].
    fn read(&self) -> Result<Vec<u8>, String> {
        let bytes = match self {
            Input::Sample => return Ok(SAMPLE.as_bytes().to_vec()),
            Input::Stdin => read_capped(io::stdin().lock()),
            Input::File(path) => std::fs::File::open(path).map_err(|e| e.to_string()).and_then(read_capped),
        }?;
        if bytes.starts_with(GZIP_MAGIC) {
            return read_capped(flate2::read::MultiGzDecoder::new(&bytes[..]))
                .map_err(|e| format!("gzip data, decompressed: {e}"));
        }
        if let Some(format) = compressed(&bytes) {
            return Err(format!("{}: {format}-compressed data (decompress it first)", unclutter::Error::Binary));
        }
        Ok(bytes)
    }
}

/// The most bytes of one input the command reads: the library's own limit, so that an
/// input it would refuse is refused before more of it is read.
const MAX_INPUT: usize = unclutter::DEFAULT_MAX_INPUT_LEN;

/// What opens gzip data, whatever the file is called.
const GZIP_MAGIC: &[u8] = b"\x1f\x8b";

/// The compressed format `bytes` open with, by its magic bytes, for the error message
/// (the library refuses them as binary).
fn compressed(bytes: &[u8]) -> Option<&'static str> {
    const FORMATS: [(&[u8], &str); 3] = [(b"\x28\xb5\x2f\xfd", "zstd"), (b"\xfd7zXZ\0", "xz"), (b"BZh", "bzip2")];
    let bzip2_block = |b: &[u8]| b.get(4..10).is_some_and(|m| m == b"1AY&SY" || m == b"\x17rE8P\x90");
    FORMATS
        .iter()
        .find(|(magic, name)| bytes.starts_with(magic) && (*name != "bzip2" || bzip2_block(bytes)))
        .map(|&(_, name)| name)
}

/// All of `reader`, if it holds at most [`MAX_INPUT`] bytes: one byte more is read, to
/// tell, and no more. A longer input is an error, not a wait or a fill of the memory.
fn read_capped(reader: impl Read) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    reader.take(MAX_INPUT as u64 + 1).read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    if bytes.len() > MAX_INPUT {
        return Err(format!("input is over the limit of {MAX_INPUT} bytes (reading stopped there)"));
    }
    Ok(bytes)
}

/// What cleaning one input produced: its output, or the line for stderr.
type Outcome = Result<Vec<u8>, String>;

fn main() -> ExitCode {
    let args = Args::parse();
    let format = args.output_format().unwrap_or_else(|e| e.exit());
    CLEANER.get_or_init(|| cleaner(args.links, args.images));
    let jobs = args.jobs.or_else(|| std::thread::available_parallelism().ok()).map_or(1, NonZeroUsize::get);
    let jobs = jobs.min(MAX_JOBS);
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
    let mut walk = Walk::default();
    for path in &paths {
        if path.as_os_str() == OsStr::new("-") {
            inputs.push(Input::Stdin);
            continue;
        }
        walk.path(path);
    }
    failed |= walk.failed;
    inputs.extend(walk.files.into_iter().map(Input::File));

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

/// The most threads `--jobs` starts: each holds a document of up to 64 MiB and its
/// article, and more threads than cores only wait. A larger number is taken as this
/// one (`--jobs 4611686018427387904` once made the batch size wrap to 0, a panic).
const MAX_JOBS: usize = 256;

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
        // The text the spans count in: decoded, without a byte-order mark.
        Format::Explain => write_explain(&unclutter::decode(&bytes), &article, &mut out),
        Format::Markdown => writeln!(out, "{}", article.to_markdown()),
    };
    written.map_err(|e| format!("{source}: {e}"))?;
    Ok(out)
}

/// Whether a file in a directory is an input: `.txt`, `.html`, `.htm`, gzipped or not.
fn is_input(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    [".txt", ".html", ".htm"].iter().any(|ext| name.ends_with(ext))
}

/// A file or directory as the system knows it, whatever the path to it: device and
/// inode on Unix, the canonical path elsewhere.
#[derive(PartialEq, Eq, Hash)]
enum Identity {
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg_attr(unix, allow(dead_code))]
    Path(PathBuf),
}

fn identity(path: &Path, meta: &std::fs::Metadata) -> Identity {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = path;
        Identity::Inode(meta.dev(), meta.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Identity::Path(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned()))
    }
}

/// The files to clean, found from the paths given: each regular file once, in path
/// order within each directory.
#[derive(Default)]
struct Walk {
    files: Vec<PathBuf>,
    /// The directories walked and the files taken, so that links cannot bring either back.
    seen: HashSet<Identity>,
    /// A directory or an entry could not be read.
    failed: bool,
}

impl Walk {
    /// A path given on the command line: a directory is walked; anything else is an
    /// input (reading it will say if it does not exist, and a FIFO is read as stdin is).
    fn path(&mut self, path: &Path) {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                self.seen.insert(identity(path, &meta));
                self.directory(path);
            }
            Ok(meta) => {
                self.seen.insert(identity(path, &meta));
                self.files.push(path.to_owned());
            }
            Err(_) => self.files.push(path.to_owned()),
        }
    }

    /// Walks `dir`, depth first in path order. Directories are followed (through links
    /// too) when not walked before; regular input files are taken when not taken before;
    /// anything else named like an input is skipped with a note.
    fn directory(&mut self, dir: &Path) {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => return self.fail(dir, &e),
        };
        let mut paths = Vec::new();
        for entry in entries {
            match entry.and_then(|entry| Ok((entry.path(), entry.file_type()?))) {
                Ok(found) => paths.push(found),
                Err(e) => self.fail(dir, &e),
            }
        }
        paths.sort_by(|a, b| a.0.cmp(&b.0));
        for (path, kind) in paths {
            // Follows a link to what it names. A broken link is no file to clean, unless
            // it is named like one.
            let meta = match std::fs::metadata(&path) {
                Ok(meta) => meta,
                Err(e) if !kind.is_symlink() || is_input(&path) => {
                    self.fail(&path, &e);
                    continue;
                }
                Err(_) => continue,
            };
            if meta.is_dir() {
                if self.seen.insert(identity(&path, &meta)) {
                    self.directory(&path);
                } else {
                    eprintln!("{}: a directory already walked (a link back into the tree), skipped", path.display());
                }
            } else if is_input(&path) {
                if !meta.is_file() {
                    eprintln!("{}: not a regular file (a FIFO, socket or device), skipped", path.display());
                } else if self.seen.insert(identity(&path, &meta)) {
                    self.files.push(path);
                }
            }
        }
    }

    fn fail(&mut self, path: &Path, error: &io::Error) {
        eprintln!("{}: {error}", path.display());
        self.failed = true;
    }
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
///
/// Text is shown line by line, from `input` (the text the spans count in), a piece of
/// several lines on each of its lines, its reason after the first. Anything else (HTML,
/// or a text with nothing stripped) is shown as the library's blocks: an HTML page with
/// no stripped piece must not be shown as its lines of markup.
fn write_explain(input: &str, article: &Article, out: &mut impl Write) -> io::Result<()> {
    let stripped = &article.metadata.stripped;
    if stripped.is_empty() || stripped.iter().any(|s| s.span.is_none()) {
        return write_explain_blocks(article, out);
    }
    let mut pieces = stripped.iter().peekable();
    // The piece the lines belong to, while they run on, and where it ends.
    let mut open: Option<(&unclutter::Stripped, usize)> = None;
    let mut rest = input;
    while !rest.is_empty() {
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let line = &rest[..end];
        let start = input.len() - rest.len() + (line.len() - line.trim_start().len());
        let after = if rest[end..].starts_with("\r\n") { end + 2 } else { (end + 1).min(rest.len()) };
        rest = &rest[after..];
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        if open.is_some_and(|(_, end)| start >= end) {
            open = None;
        }
        if let Some((piece, _)) = open {
            writeln!(out, "{:>13} | {text}", piece.kind.name())?;
            continue;
        }
        match pieces.next_if(|s| s.span.is_some_and(|sp| sp.start == start)) {
            Some(piece) => {
                writeln!(out, "{:>13} | {text}\n{:>13}   ({})", piece.kind.name(), "", piece.reason)?;
                open = piece.span.map(|span| (piece, span.end));
            }
            None => writeln!(out, "{:>13} | {text}", "BODY")?,
        }
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
