//! Structure fidelity of the Markdown output against an article's gold HTML, as
//! `../shared/eval/structure.py` measures it: the share of the gold's headings, list
//! items, code blocks and tables found with the same role in the Markdown, and the
//! body's shingle F1 against the gold's text.

use std::collections::HashSet;
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

static WS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+").expect("valid regex"));
static MARKUP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[*_`#>|\\\[\]()!]").expect("valid regex"));
static LINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"!?\[([^\]]*)\]\([^)]*\)").expect("valid regex"));
static HEADING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^#{1,6}\s+(.*)").expect("valid regex"));
static ITEM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:[-*+]|\d+[.)])\s+(.*)").expect("valid regex"));

/// Markup characters and white space folded away, lower case: how roles are compared.
fn norm(text: &str) -> String {
    WS.replace_all(&MARKUP.replace_all(text, " "), " ").trim().to_lowercase()
}

/// The first 40 characters, as the scorer keys headings and items.
fn key(text: &str) -> String {
    text.chars().take(40).collect()
}

/// What the gold HTML holds.
#[derive(Default)]
pub struct Gold {
    pub headings: Vec<String>,
    pub items: Vec<String>,
    pub pres: Vec<String>,
    /// Per table, the number of cells in each row.
    pub tables: Vec<Vec<usize>>,
    pub text: String,
}

impl Gold {
    /// Reads the gold page tag by tag, as the scorer's event parser does (a tokenizer,
    /// not a tree: the gold is a fragment, and a tree builder would drop its stray
    /// cells).
    pub fn of(html: &str) -> Gold {
        use html5ever::tendril::StrTendril;
        use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
        let sink = GoldSink::default();
        let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
        let input = BufferQueue::default();
        input.push_back(StrTendril::from_slice(html));
        let _ = tokenizer.feed(&input);
        tokenizer.end();
        tokenizer.sink.state.take().gold
    }
}

#[derive(Default)]
struct GoldSink {
    state: std::cell::RefCell<GoldState>,
}

#[derive(Default)]
struct GoldState {
    gold: Gold,
    /// Open elements whose text is being collected: tag, text, and whether a nested
    /// list has frozen it (an item's own text ends where its nested list begins).
    open: Vec<(String, String, bool)>,
}

impl html5ever::tokenizer::TokenSink for GoldSink {
    type Handle = ();

    fn process_token(
        &self,
        token: html5ever::tokenizer::Token,
        _line: u64,
    ) -> html5ever::tokenizer::TokenSinkResult<()> {
        use html5ever::tokenizer::{TagKind, Token};
        let mut state = self.state.borrow_mut();
        let GoldState { gold, open } = &mut *state;
        match token {
            Token::TagToken(tag) if tag.kind == TagKind::StartTag => {
                let tag = &*tag.name;
                if matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "pre" | "td" | "th") {
                    open.push((tag.to_owned(), String::new(), false));
                }
                if tag == "table" {
                    gold.tables.push(Vec::new());
                }
                if tag == "tr" {
                    if let Some(table) = gold.tables.last_mut() {
                        table.push(0);
                    }
                }
                if matches!(tag, "td" | "th") {
                    if let Some(row) = gold.tables.last_mut().and_then(|t| t.last_mut()) {
                        *row += 1;
                    }
                }
                if matches!(tag, "ul" | "ol") {
                    for entry in open.iter_mut().filter(|e| e.0 == "li") {
                        entry.2 = true;
                    }
                }
                if matches!(tag, "p" | "div" | "br" | "li" | "tr") || tag.starts_with('h') {
                    gold.text.push('\n');
                }
            }
            Token::TagToken(tag) => {
                let tag = &*tag.name;
                // The innermost open entry of this tag (the scorer keeps a stack per tag).
                if let Some(at) = open.iter().rposition(|e| e.0 == tag) {
                    let (_, text, _) = open.remove(at);
                    if tag.starts_with('h') && !norm(&text).is_empty() {
                        gold.headings.push(key(&norm(&text)));
                    } else if tag == "li" && norm(&text).chars().count() >= 3 {
                        gold.items.push(key(&norm(&text)));
                    } else if tag == "pre" && !text.trim().is_empty() {
                        gold.pres.push(text);
                    }
                }
            }
            Token::CharacterTokens(text) => {
                for entry in open.iter_mut().filter(|e| !e.2) {
                    entry.1.push_str(&text);
                }
                gold.text.push_str(&text);
            }
            _ => {}
        }
        html5ever::tokenizer::TokenSinkResult::Continue
    }
}

/// What the Markdown holds, by role.
#[derive(Default)]
pub struct Roles {
    pub headings: Vec<String>,
    pub items: Vec<String>,
    pub code: Vec<String>,
    /// Per pipe table, its number of lines.
    pub tables: Vec<usize>,
}

impl Roles {
    pub fn of(markdown: &str) -> Roles {
        let md = LINK.replace_all(markdown, "$1");
        let mut roles = Roles::default();
        let (mut in_code, mut block, mut rows, mut cont) = (false, Vec::new(), 0, false);
        for line in md.split('\n') {
            if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
                if in_code {
                    roles.code.push(block.join("\n"));
                    block.clear();
                }
                in_code = !in_code;
                continue;
            }
            if in_code {
                block.push(line);
                continue;
            }
            let s = line.trim();
            if s.starts_with('|') && s.ends_with('|') {
                rows += 1;
                continue;
            }
            if rows > 0 {
                roles.tables.push(rows);
                rows = 0;
            }
            if let Some(m) = HEADING.captures(s) {
                roles.headings.push(key(&norm(&m[1])));
                continue;
            }
            if let Some(m) = ITEM.captures(s) {
                roles.items.push(norm(&m[1]));
                cont = true;
                continue;
            }
            if !s.is_empty() && cont && line.starts_with([' ', '\t']) {
                if let Some(last) = roles.items.last_mut() {
                    *last = norm(&format!("{last} {s}"));
                    continue;
                }
            }
            cont = false;
        }
        if rows > 0 {
            roles.tables.push(rows);
        }
        roles
    }
}

/// A gold `<pre>` is kept when each of its non-blank lines, indentation included, is a
/// line of one fenced block.
fn code_kept(pre: &str, blocks: &[String]) -> bool {
    let lines: Vec<&str> =
        pre.trim_matches('\n').split('\n').filter(|l| !l.trim().is_empty()).map(str::trim_end).collect();
    blocks.iter().any(|block| {
        let have: HashSet<&str> = block.split('\n').map(str::trim_end).collect();
        lines.iter().all(|line| have.contains(line))
    })
}

/// Found and total, per role, over a set of pages.
#[derive(Default)]
pub struct Fidelity {
    pub headings: (usize, usize),
    pub items: (usize, usize),
    pub code: (usize, usize),
    pub tables: (usize, usize),
}

impl Fidelity {
    /// Adds one page: its gold, and the Markdown made of it.
    pub fn add(&mut self, gold: &Gold, markdown: &str) {
        let roles = Roles::of(markdown);
        let heads: HashSet<&String> = roles.headings.iter().collect();
        let items: HashSet<String> = roles.items.iter().map(|i| key(i)).collect();
        self.headings.0 += gold.headings.iter().filter(|h| heads.contains(h)).count();
        self.headings.1 += gold.headings.len();
        self.items.0 += gold.items.iter().filter(|i| items.contains(*i)).count();
        self.items.1 += gold.items.len();
        self.code.0 += gold.pres.iter().filter(|p| code_kept(p, &roles.code)).count();
        self.code.1 += gold.pres.len();
        let gold_tables =
            gold.tables.iter().filter(|t| t.len() >= 2 && t.iter().max().is_some_and(|&m| m >= 2)).count();
        self.tables.0 += gold_tables.min(roles.tables.iter().filter(|&&r| r >= 3).count());
        self.tables.1 += gold_tables;
    }

    /// Each role's share found (1 where the gold has none), in the scorer's order.
    pub fn recalls(&self) -> [(&'static str, f64, (usize, usize)); 4] {
        let share = |(found, all): (usize, usize)| if all == 0 { 1.0 } else { found as f64 / all as f64 };
        [
            ("headings", share(self.headings), self.headings),
            ("list items", share(self.items), self.items),
            ("code blocks", share(self.code), self.code),
            ("tables", share(self.tables), self.tables),
        ]
    }
}

/// The Markdown as the body scorer reads it: links unwrapped to their text.
pub fn body_text(markdown: &str) -> String {
    LINK.replace_all(markdown, "$1").into_owned()
}

/// The page folders under `dir` (those with an `expected.html`), sorted.
pub fn pages(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut pages: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    pages.retain(|p| p.join("expected.html").exists());
    pages.sort();
    pages
}
