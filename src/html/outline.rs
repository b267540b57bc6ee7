//! The structure around the text as the walk goes: the lists, list items, quotes, data
//! tables and preformatted blocks that are open, and from them each piece's
//! [`Role`] (heading, list item, table row, code line, quote).

use ego_tree::NodeRef;
use scraper::Node;

use crate::block::{CodeLine, Role, Row};
use crate::structure::Cell;

/// The structure open at a point of the walk.
#[derive(Debug, Default)]
pub(super) struct Outline {
    /// Open `<ul>`, `<ol>` and `<menu>`, innermost last.
    lists: Vec<List>,
    /// Open `<li>`, innermost last.
    items: Vec<Item>,
    /// Depth inside `<blockquote>`.
    quotes: u32,
    /// Open `<table>`s, innermost last.
    tables: Vec<TableState>,
    /// The open `<pre>` (the outermost, if they nest).
    pre: Option<Pre>,
    /// How many `<pre>` blocks came so far: each block's id.
    codes: u32,
}

#[derive(Debug)]
struct List {
    ordered: bool,
    /// The number the next item gets.
    next: u32,
}

#[derive(Debug, Clone, Copy)]
struct Item {
    element: u32,
    ordered: bool,
    number: Option<u32>,
    depth: u8,
}

#[derive(Debug)]
struct TableState {
    element: u32,
    /// A table of data (see [`is_data_table`]); a layout table gives no rows.
    data: bool,
    /// Inside its `<thead>`.
    in_head: bool,
    /// The open row.
    row: Option<OpenRow>,
}

#[derive(Debug)]
struct OpenRow {
    element: u32,
    /// Where each cell starts in the row's text, and whether it is a header cell.
    starts: Vec<(usize, bool)>,
    /// A block element inside the row cut it into pieces.
    broken: bool,
}

#[derive(Debug)]
struct Pre {
    code: u32,
    language: Option<String>,
    /// The current line as written.
    raw: String,
    /// Blank lines since the last line with text.
    blank: u32,
}

/// The attributes that bear on the structure.
#[derive(Debug, Clone, Copy)]
pub(super) struct StructureAttrs<'a> {
    pub class: &'a str,
    /// A list's `start`.
    pub start: Option<&'a str>,
    /// An item's `value`.
    pub value: Option<&'a str>,
}

/// A data table has at most this many nodes to look at; a larger one is read as layout.
const MAX_TABLE_NODES: usize = 50_000;
/// A cell with more characters than this holds prose: the table lays out the page. (A
/// cell of data may describe its row in a few sentences: a film's plot, a change's
/// effect.)
const MAX_DATA_CELL_CHARS: usize = 1000;
/// Elements that a table of data never holds (their presence makes it a layout table).
/// A list may stand in a cell (an infobox's products, a row's several values): the cell
/// reads as one line.
const LAYOUT_INSIDE: &[&str] = &[
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "form",
    "article",
    "section",
    "nav",
    "aside",
    "header",
    "footer",
    "main",
    "figure",
    "iframe",
];

/// Whether the table at `node` holds data rather than the page's layout: no nested
/// tables, headings or sections, no cell longer than [`MAX_DATA_CELL_CHARS`],
/// and at least two rows, one of them with two cells or more.
pub(super) fn is_data_table(node: NodeRef<'_, Node>, role: Option<&str>) -> bool {
    if role.is_some_and(|r| matches!(r, "presentation" | "none")) {
        return false;
    }
    let (mut rows, mut widest, mut cells, mut cell_chars) = (0, 0, 0usize, 0usize);
    for (seen, descendant) in node.descendants().skip(1).enumerate() {
        if seen > MAX_TABLE_NODES {
            return false;
        }
        match descendant.value() {
            Node::Element(el) => match el.name() {
                "tr" => {
                    rows += 1;
                    widest = widest.max(cells);
                    cells = 0;
                }
                "td" | "th" => {
                    cells += 1;
                    cell_chars = 0;
                }
                name if LAYOUT_INSIDE.contains(&name) => return false,
                _ => {}
            },
            Node::Text(text) => {
                cell_chars += text.chars().count();
                if cell_chars > MAX_DATA_CELL_CHARS {
                    return false;
                }
            }
            _ => {}
        }
    }
    rows >= 2 && widest.max(cells) >= 2
}

impl Outline {
    /// An element opens; `data_table` tells whether a `<table>` is one of data.
    pub(super) fn open(&mut self, name: &str, element: u32, attrs: StructureAttrs<'_>, data_table: bool) {
        match name {
            "ul" | "ol" | "menu" => {
                let start = attrs.start.and_then(|s| s.trim().parse().ok()).unwrap_or(1);
                self.lists.push(List { ordered: name == "ol", next: start });
            }
            "li" => {
                let depth = u8::try_from(self.lists.len().saturating_sub(1)).unwrap_or(u8::MAX);
                let (ordered, number) = match self.lists.last_mut() {
                    Some(list) if list.ordered => {
                        let number = attrs.value.and_then(|v| v.trim().parse().ok()).unwrap_or(list.next);
                        list.next = number.saturating_add(1);
                        (true, Some(number))
                    }
                    _ => (false, None),
                };
                self.items.push(Item { element, ordered, number, depth });
            }
            "blockquote" => self.quotes += 1,
            "table" => self.tables.push(TableState { element, data: data_table, in_head: false, row: None }),
            "thead" => self.table_mut(|t| t.in_head = true),
            "tr" => self.table_mut(|t| t.row = Some(OpenRow { element, starts: Vec::new(), broken: false })),
            "pre" if self.pre.is_none() => {
                self.codes += 1;
                self.pre =
                    Some(Pre { code: self.codes, language: language_of(attrs.class), raw: String::new(), blank: 0 });
            }
            "code" => {
                if let Some(pre) = self.pre.as_mut().filter(|pre| pre.language.is_none()) {
                    pre.language = language_of(attrs.class);
                }
            }
            _ => {}
        }
    }

    /// An element closes; `pre_depth` is how many `<pre>` are still open after it.
    pub(super) fn close(&mut self, name: &str, pre_depth: usize) {
        match name {
            "ul" | "ol" | "menu" => drop(self.lists.pop()),
            "li" => drop(self.items.pop()),
            "blockquote" => self.quotes = self.quotes.saturating_sub(1),
            "table" => drop(self.tables.pop()),
            "thead" => self.table_mut(|t| t.in_head = false),
            "tr" => self.table_mut(|t| t.row = None),
            "pre" if pre_depth == 0 => self.pre = None,
            _ => {}
        }
    }

    fn table_mut(&mut self, f: impl FnOnce(&mut TableState)) {
        if let Some(table) = self.tables.last_mut() {
            f(table);
        }
    }

    /// Inside a row of a table of data, not yet cut by a block, where a list or a line
    /// break in a cell is part of the cell's line rather than a block of its own.
    pub(super) fn in_data_row(&self) -> bool {
        self.tables.last().is_some_and(|t| t.data && t.row.as_ref().is_some_and(|row| !row.broken))
    }

    /// A block element opens: inside a row of the innermost table, it cuts the row into
    /// several pieces, none of them the row's cells.
    pub(super) fn break_row(&mut self) {
        if let Some(table) = self.tables.last_mut() {
            if let Some(row) = &mut table.row {
                row.broken = true;
            }
        }
    }

    /// A cell (`<td>`, `<th>`) of the open row starts at byte `at` of the row's text.
    pub(super) fn start_cell(&mut self, at: usize, header: bool) {
        if let Some(table) = self.tables.last_mut().filter(|t| t.data) {
            let head = table.in_head;
            if let Some(row) = table.row.as_mut() {
                row.starts.push((at, header || head));
            }
        }
    }

    /// Text of the current line of a `<pre>`, as written.
    pub(super) fn push_raw(&mut self, text: &str) {
        if let Some(pre) = &mut self.pre {
            pre.raw.push_str(text);
        }
    }

    /// A line of a `<pre>` ended without text: a blank line.
    pub(super) fn blank_line(&mut self) {
        if let Some(pre) = &mut self.pre {
            pre.raw.clear();
            pre.blank += 1;
        }
    }

    /// The role of a piece of text `text` that ends now, in the block element `block`
    /// (a heading of `level`, or 0).
    pub(super) fn role(&mut self, text: &str, block: u32, level: u8) -> Role {
        if let Some(pre) = &mut self.pre {
            let line = CodeLine {
                code: pre.code,
                raw: std::mem::take(&mut pre.raw),
                blank_before: std::mem::take(&mut pre.blank),
                // The block's language goes with its first line, the one that opens the element.
                language: pre.language.take(),
                fence: false,
            };
            return Role::Code(Box::new(line));
        }
        if level > 0 {
            return Role::Heading(level);
        }
        if let Some(table) = self.tables.last().filter(|t| t.data) {
            if let Some(row) = table.row.as_ref().filter(|row| row.element == block && !row.broken) {
                let starts = &row.starts;
                let cells = starts
                    .iter()
                    .enumerate()
                    .map(|(i, &(start, header))| {
                        let end = starts.get(i + 1).map_or(text.len(), |next| next.0);
                        Cell { text: text.get(start..end).unwrap_or_default().trim().to_owned(), header }
                    })
                    .collect();
                return Role::Row(Box::new(Row { table: table.element, cells }));
            }
        }
        if let Some(item) = self.items.last() {
            return Role::ListItem {
                ordered: item.ordered,
                number: item.number,
                depth: item.depth,
                item: item.element,
            };
        }
        if self.quotes > 0 {
            return Role::Quote;
        }
        Role::Paragraph
    }
}

/// The language a code block's class names: `language-rust`, `lang-rust`, `brush: rust`.
fn language_of(class: &str) -> Option<String> {
    let mut words = class.split_whitespace();
    while let Some(word) = words.next() {
        let lower = word.to_ascii_lowercase();
        for prefix in ["language-", "lang-"] {
            if let Some(language) = lower.strip_prefix(prefix).filter(|l| !l.is_empty()) {
                return Some(language.to_owned());
            }
        }
        if lower == "brush:" {
            return words.next().map(|l| l.trim_end_matches(';').to_ascii_lowercase());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_come_from_class_names() {
        assert_eq!(language_of("hljs language-Rust").as_deref(), Some("rust"));
        assert_eq!(language_of("prettyprint lang-js").as_deref(), Some("js"));
        assert_eq!(language_of("brush: php; gutter: false").as_deref(), Some("php"));
        assert_eq!(language_of("highlight").as_deref(), None);
    }
}
