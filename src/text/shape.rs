//! Structure written into plain text: Markdown headings (`## …`), bullet and numbered
//! list lines, pipe- or tab-separated table rows, and fenced or indented code.
//!
//! Only shapes that read one way are taken. A numbered line is an item only beside
//! another one numbered next to it ("3. Liga" or "1. FC Köln" alone is a name); table rows
//! come two or more alike; indented lines are code only after a blank line, two or more
//! of them, most with code's punctuation (a converter's hard-wrapped prose is indented
//! too); a fence that never closes fences nothing. Everything else stays a paragraph.
//!
//! A shape gives the line its [`Role`] and says how many of its bytes are the marker
//! (`- `, `12. `, `## `), which the structured body leaves out of the element's text;
//! the plain body keeps the line as it is.

use crate::block::{CodeLine, Role, Row};
use crate::structure::Cell;

/// One non-blank line of the input.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    /// The line without its line break and trailing white space, indentation kept.
    pub raw: &'a str,
    /// The line trimmed: the text of its block.
    pub text: &'a str,
    /// Blank lines right before it.
    pub blanks: u32,
}

impl Line<'_> {
    /// Columns of indentation, a tab reaching the next multiple of [`TAB_STOP`].
    fn indent(&self) -> usize {
        let mut columns = 0;
        for byte in self.raw.bytes() {
            match byte {
                b' ' => columns += 1,
                b'\t' => columns += TAB_STOP - columns % TAB_STOP,
                _ => break,
            }
        }
        columns
    }
}

const TAB_STOP: usize = 4;
/// Indentation that makes a line code after a blank line, as in Markdown.
const CODE_INDENT: usize = 4;
/// A fence left open for this many lines is no fence: the lines are not held back longer.
const MAX_FENCED_LINES: usize = 10_000;
/// Item numbers have at most this many digits ("2019. The year …" is no item).
const MAX_ITEM_DIGITS: usize = 3;
/// Deeper nesting is drawn at this depth.
const MAX_DEPTH: u8 = 8;

/// What a line's shape says it is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Shape {
    pub role: Role,
    /// The bytes at the start of the line's text that mark its role.
    pub marker: u8,
}

/// The shapes of the lines that have one, each with the line's index among `lines`, in
/// order. Lines without a shape are paragraphs.
#[cfg(test)]
pub(crate) fn shapes<'a>(lines: impl Iterator<Item = Line<'a>>) -> Vec<(usize, Shape)> {
    let mut reader = Reader::default();
    for (index, line) in lines.enumerate() {
        reader.read(index, line);
    }
    reader.finish()
}

/// A fenced code block whose closing fence has not come yet.
struct OpenFence {
    fence: u8,
    len: usize,
    indent: usize,
    /// The opening fence's line and the code lines after it, until the close.
    lines: Vec<(usize, Shape)>,
}

/// Table rows waiting for a second row alike.
struct PendingRows {
    /// Whether the rows are pipe-delimited (else tab-separated).
    pipes: bool,
    cells: usize,
    rows: Vec<(usize, Vec<Cell>)>,
}

/// Indented lines waiting to be judged code or not.
struct PendingCode {
    lines: Vec<(usize, String, u32)>,
}

/// Reads lines one at a time ([`Reader::read`]) and gives their shapes at the end
/// ([`Reader::finish`]): a fence or a table is known only once later lines are read.
#[derive(Default)]
pub(crate) struct Reader {
    found: Vec<(usize, Shape)>,
    fence: Option<OpenFence>,
    rows: Option<PendingRows>,
    code: Option<PendingCode>,
    /// Numbered lines, accepted at the end when a neighbour is numbered next to them:
    /// (line, shape, its number).
    numbered: Vec<(usize, Shape, u32)>,
    /// The indentation of the open list's levels, outermost first; empty outside lists.
    list_indents: Vec<usize>,
    /// Whether the line before was a list item (indented lines after one continue it).
    after_item: bool,
}

impl Reader {
    /// Reads the line `index` (counting non-blank lines from 0).
    pub(crate) fn read(&mut self, index: usize, line: Line<'_>) {
        // Most lines are prose: unindented, opening with a letter, no tab, and nothing
        // open that they would end. They are passed over at the cost of a byte test.
        if self.idle() && line.raw.len() == line.text.len() && opens_as_prose(line.text) {
            return;
        }
        if let Some(fence) = &mut self.fence {
            if closes(fence, line.text) {
                let mut fence = self.fence.take().map(|f| f.lines).unwrap_or_default();
                let code = fence.first().map_or(index as u32, |(at, _)| *at as u32);
                fence.push((index, fence_line(code, None)));
                self.found.append(&mut fence);
            } else if fence.lines.len() >= MAX_FENCED_LINES {
                self.fence = None;
            } else {
                let code = fence.lines[0].0 as u32;
                let raw = strip_indent(line.raw, fence.indent).to_owned();
                let shape = Shape { role: Role::Code(Box::new(code_line(code, raw, line.blanks))), marker: 0 };
                fence.lines.push((index, shape));
            }
            return;
        }
        let indent = line.indent();
        // Indented code: after a blank line (or more of it), not continuing a list item.
        let opens_code = line.blanks > 0 && !self.after_item && list_marker(line.text).is_none();
        if indent >= CODE_INDENT && (self.code.is_some() || opens_code) {
            self.flush_rows();
            let blanks = if self.code.is_some() { line.blanks } else { 0 };
            let raw = strip_indent(line.raw, CODE_INDENT).to_owned();
            self.code.get_or_insert_with(|| PendingCode { lines: Vec::new() }).lines.push((index, raw, blanks));
            return;
        }
        self.flush_code();
        if let Some((fence, len, language)) = opens_fence(line.text) {
            self.flush_rows();
            let opening = fence_line(index as u32, language);
            self.fence = Some(OpenFence { fence, len, indent, lines: vec![(index, opening)] });
            self.after_item = false;
            return;
        }
        if let Some((pipes, cells)) = row_cells(line.text) {
            match &mut self.rows {
                Some(rows) if rows.pipes == pipes && rows.cells == cells.len() => rows.rows.push((index, cells)),
                _ => {
                    self.flush_rows();
                    self.rows = Some(PendingRows { pipes, cells: cells.len(), rows: vec![(index, cells)] });
                }
            }
            self.after_item = false;
            return;
        }
        self.flush_rows();
        if let Some((level, marker)) = heading(line.text) {
            self.found.push((index, Shape { role: Role::Heading(level), marker }));
            self.end_list();
            return;
        }
        match list_marker(line.text) {
            Some((number, marker)) => {
                let depth = self.depth(indent);
                let role = Role::ListItem { ordered: number.is_some(), number, depth, item: index as u32 };
                let shape = Shape { role, marker };
                match number {
                    Some(n) => self.numbered.push((index, shape, n)),
                    None => self.found.push((index, shape)),
                }
                self.after_item = true;
            }
            None => self.end_list(),
        }
    }

    /// Nothing is open that a line of prose would end or continue.
    fn idle(&self) -> bool {
        self.fence.is_none()
            && self.rows.is_none()
            && self.code.is_none()
            && self.list_indents.is_empty()
            && !self.after_item
    }

    /// The nesting depth of a list item indented by `indent` columns.
    fn depth(&mut self, indent: usize) -> u8 {
        while self.list_indents.last().is_some_and(|&open| open > indent) {
            self.list_indents.pop();
        }
        if self.list_indents.last().is_none_or(|&open| open < indent) {
            self.list_indents.push(indent);
        }
        u8::try_from(self.list_indents.len().saturating_sub(1)).unwrap_or(MAX_DEPTH).min(MAX_DEPTH)
    }

    fn end_list(&mut self) {
        self.list_indents.clear();
        self.after_item = false;
    }

    /// Rows become a table when two or more came alike; a pipe table's delimiter row
    /// (`|---|:--:|`) marks the row above it as the header and shows nothing itself.
    fn flush_rows(&mut self) {
        let Some(mut pending) = self.rows.take() else { return };
        if pending.rows.len() < 2 {
            return;
        }
        let table = pending.rows[0].0 as u32;
        if pending.pipes && pending.rows[1].1.iter().all(|cell| is_delimiter(&cell.text)) {
            for cell in &mut pending.rows[0].1 {
                cell.header = true;
            }
            pending.rows[1].1.clear();
        }
        for (index, cells) in pending.rows {
            self.found.push((index, Shape { role: Role::Row(Box::new(Row { table, cells })), marker: 0 }));
        }
    }

    /// Indented lines are code when two or more came and most look like code.
    fn flush_code(&mut self) {
        let Some(pending) = self.code.take() else { return };
        let code_like = pending.lines.iter().filter(|(_, raw, _)| looks_like_code(raw)).count();
        if pending.lines.len() < 2 || code_like * 2 < pending.lines.len() {
            return;
        }
        let code = pending.lines[0].0 as u32;
        for (index, raw, blanks) in pending.lines {
            self.found.push((index, Shape { role: Role::Code(Box::new(code_line(code, raw, blanks))), marker: 0 }));
        }
    }

    /// The shapes of the lines read, by index, in order.
    pub(crate) fn finish(mut self) -> Vec<(usize, Shape)> {
        self.flush_rows();
        self.flush_code();
        // A numbered line is an item when the numbered line before or after it is
        // numbered next to it (counting up or down).
        let numbers: Vec<u32> = self.numbered.iter().map(|(_, _, n)| *n).collect();
        let next_to = |a: u32, b: u32| a.abs_diff(b) == 1;
        for (i, (index, shape, number)) in self.numbered.into_iter().enumerate() {
            let before = i.checked_sub(1).is_some_and(|j| next_to(numbers[j], number));
            let after = numbers.get(i + 1).is_some_and(|&n| next_to(n, number));
            if before || after {
                self.found.push((index, shape));
            }
        }
        self.found.sort_by_key(|(index, _)| *index);
        self.found
    }
}

/// Whether a line opens like prose and holds no tab: no shape can start with it.
fn opens_as_prose(text: &str) -> bool {
    text.as_bytes().first().is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'"' | b'\'' | b'('))
        && memchr::memchr(b'\t', text.as_bytes()).is_none()
}

fn code_line(code: u32, raw: String, blank_before: u32) -> CodeLine {
    CodeLine { code, raw, blank_before, language: None, fence: false }
}

/// A fence line of code block `code`: the opening one carries the block's language.
fn fence_line(code: u32, language: Option<String>) -> Shape {
    let line = CodeLine { code, raw: String::new(), blank_before: 0, language, fence: true };
    Shape { role: Role::Code(Box::new(line)), marker: 0 }
}

/// `raw` without up to `columns` columns of leading spaces and tabs.
fn strip_indent(raw: &str, columns: usize) -> &str {
    let mut seen = 0;
    for (at, byte) in raw.bytes().enumerate() {
        if seen >= columns {
            return &raw[at..];
        }
        match byte {
            b' ' => seen += 1,
            b'\t' => seen += TAB_STOP - seen % TAB_STOP,
            _ => return &raw[at..],
        }
    }
    ""
}

/// An opening fence: three or more backticks or tildes, then the info string, whose
/// first word is the language (a backtick fence's info string has no backtick).
fn opens_fence(text: &str) -> Option<(u8, usize, Option<String>)> {
    let fence = *text.as_bytes().first()?;
    if fence != b'`' && fence != b'~' {
        return None;
    }
    let len = text.bytes().take_while(|&b| b == fence).count();
    let info = text[len..].trim();
    if len < 3 || fence == b'`' && info.contains('`') {
        return None;
    }
    let language = info.split_whitespace().next().map(str::to_owned);
    Some((fence, len, language))
}

/// Whether `text` closes `fence`: the same character, at least as many, nothing after.
fn closes(fence: &OpenFence, text: &str) -> bool {
    let len = text.bytes().take_while(|&b| b == fence.fence).count();
    len >= fence.len && text[len..].trim().is_empty()
}

/// An ATX heading: one to six `#`, then a space: its level and the marker's length.
fn heading(text: &str) -> Option<(u8, u8)> {
    let hashes = text.bytes().take_while(|&b| b == b'#').count();
    let rest = &text[hashes..];
    if !(1..=6).contains(&hashes) || !rest.starts_with([' ', '\t']) || rest.trim().is_empty() {
        return None;
    }
    let marker = text.len() - rest.trim_start().len();
    Some((hashes as u8, u8::try_from(marker).ok()?))
}

/// Characters that open a bullet line when a space follows. The en dash and the middle
/// dot are left out: they open dialogue and datelines as often as items.
const BULLETS: &[char] = &['-', '*', '+', '•', '◦', '▪', '‣', '●', '○', '■', '□', '►', '▸'];

/// A list item's marker: its number, if ordered, and the marker's length with the
/// space after it.
fn list_marker(text: &str) -> Option<(Option<u32>, u8)> {
    let first = text.chars().next()?;
    let (number, after) = if BULLETS.contains(&first) {
        (None, first.len_utf8())
    } else {
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > MAX_ITEM_DIGITS || !matches!(text.as_bytes().get(digits), Some(b'.' | b')')) {
            return None;
        }
        (text[..digits].parse().ok(), digits + 1)
    };
    let rest = &text[after..];
    // "-5 degrees", "*Terms apply", "1.5 million": no space, no item.
    if !rest.starts_with([' ', '\t']) || rest.trim().is_empty() {
        return None;
    }
    // "- - -" and "* * *" are rules between sections, not items.
    if number.is_none() && rest.chars().all(|c| c == first || c.is_whitespace()) {
        return None;
    }
    let marker = text.len() - rest.trim_start().len();
    Some((number, u8::try_from(marker).ok()?))
}

/// A table row: pipe-delimited (`| a | b |`, opening and closing with a pipe) or
/// tab-separated, with two cells or more. Returns whether it is piped, and its cells.
fn row_cells(text: &str) -> Option<(bool, Vec<Cell>)> {
    let cell = |text: &str| Cell { text: text.trim().replace("\\|", "|"), header: false };
    if text.len() >= 2 && text.starts_with('|') && text.ends_with('|') && !text.ends_with("\\|") {
        let inner = &text[1..text.len() - 1];
        let mut cells = Vec::new();
        let mut start = 0;
        let bytes = inner.as_bytes();
        for (at, &byte) in bytes.iter().enumerate() {
            if byte == b'|' && (at == 0 || bytes[at - 1] != b'\\') {
                cells.push(cell(&inner[start..at]));
                start = at + 1;
            }
        }
        cells.push(cell(&inner[start..]));
        return (cells.len() >= 2).then_some((true, cells));
    }
    if !text.contains('\t') {
        return None;
    }
    let cells: Vec<Cell> = text.split('\t').filter(|c| !c.trim().is_empty()).map(cell).collect();
    (cells.len() >= 2).then_some((false, cells))
}

/// A pipe table's delimiter cell: dashes, with a colon at either end for alignment.
fn is_delimiter(cell: &str) -> bool {
    let dashes = cell.trim_start_matches(':').trim_end_matches(':');
    !dashes.is_empty() && dashes.bytes().all(|b| b == b'-')
}

/// Whether an indented line reads as code: it holds code's punctuation, or opens like a
/// comment or a shell prompt. Prose has commas and full stops, rarely these.
fn looks_like_code(raw: &str) -> bool {
    let text = raw.trim();
    text.contains(['{', '}', ';', '=', '(', '<', '['])
        || ["#", "//", "$ ", ">>>", "--"].iter().any(|p| text.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes_of(input: &str) -> Vec<(usize, Shape)> {
        shapes(crate::text::raw_lines(input))
    }

    fn roles_of(input: &str) -> Vec<(usize, Role)> {
        shapes_of(input).into_iter().map(|(i, s)| (i, s.role)).collect()
    }

    #[test]
    fn bullets_nest_by_indentation() {
        let input = "Pack these:\n- a tent\n  - pegs\n  - poles\n- a stove\n\nThat is all.";
        let found = shapes_of(input);
        let depths: Vec<(usize, u8, u8)> = found
            .iter()
            .map(|(i, s)| match s.role {
                Role::ListItem { depth, ordered: false, .. } => (*i, depth, s.marker),
                _ => panic!("{s:?}"),
            })
            .collect();
        assert_eq!(depths, [(1, 0, 2), (2, 1, 2), (3, 1, 2), (4, 0, 2)]);
    }

    #[test]
    fn numbered_lines_need_a_neighbour_numbered_next_to_them() {
        let input =
            "3. Liga results are in.\nSome prose.\n1. Preheat the oven\n2. Mix the flour\nDone.\n10. Rome\n9. Paris";
        let found: Vec<(usize, Option<u32>)> = shapes_of(input)
            .into_iter()
            .map(|(i, s)| match s.role {
                Role::ListItem { number, .. } => (i, number),
                _ => panic!("{s:?}"),
            })
            .collect();
        assert_eq!(found, [(2, Some(1)), (3, Some(2)), (5, Some(10)), (6, Some(9))]);
    }

    #[test]
    fn not_items() {
        for line in ["-5 degrees overnight", "* * *", "1.5 million people", "2019. The year", "*Terms apply", "- "] {
            assert_eq!(list_marker(line.trim()), None, "{line}");
        }
    }

    #[test]
    fn headings_are_atx() {
        assert_eq!(heading("## Install"), Some((2, 3)));
        assert_eq!(heading("#hashtag"), None);
        assert_eq!(heading("####### seven"), None);
    }

    #[test]
    fn fenced_code_keeps_its_lines_and_language() {
        let input = "Run it:\n```rust\nfn main() {\n\n    println!(\"hi\");\n}\n```\nThen go.";
        let roles = roles_of(input);
        let lines: Vec<(usize, String, u32, bool)> = roles
            .iter()
            .map(|(i, r)| match r {
                Role::Code(line) => (*i, line.raw.clone(), line.blank_before, line.fence),
                _ => panic!("{r:?}"),
            })
            .collect();
        assert_eq!(
            lines,
            [
                (1, String::new(), 0, true),
                (2, "fn main() {".into(), 0, false),
                (3, "    println!(\"hi\");".into(), 1, false),
                (4, "}".into(), 0, false),
                (5, String::new(), 0, true),
            ]
        );
        let Role::Code(opening) = &roles[0].1 else { panic!() };
        assert_eq!(opening.language.as_deref(), Some("rust"));
    }

    #[test]
    fn an_unclosed_fence_fences_nothing() {
        assert!(roles_of("```\nsome text\nmore text").is_empty());
    }

    #[test]
    fn indented_code_needs_a_blank_line_and_code_punctuation() {
        let code = "Example:\n\n    let x = 1;\n    call(x);\nAfter.";
        assert_eq!(roles_of(code).len(), 2);
        let wrapped = "Intro.\n\n    the most popular machines, offering a platform\n    to simulate outdoor running while offering";
        assert!(roles_of(wrapped).is_empty());
    }

    #[test]
    fn pipe_rows_with_a_delimiter_have_a_header() {
        let input = "| Size | Price |\n|---|:--:|\n| S | 10 |\n| M \\| L | 12 |";
        let rows: Vec<Vec<(String, bool)>> = roles_of(input)
            .into_iter()
            .map(|(_, r)| match r {
                Role::Row(row) => row.cells.into_iter().map(|c| (c.text, c.header)).collect(),
                _ => panic!("{r:?}"),
            })
            .collect();
        assert_eq!(rows[0], [("Size".into(), true), ("Price".into(), true)]);
        assert!(rows[1].is_empty());
        assert_eq!(rows[3], [("M | L".into(), false), ("12".into(), false)]);
    }

    #[test]
    fn tab_rows_need_a_second_row_alike() {
        assert_eq!(roles_of("Name\tAge\nAda\t36\nProse after.").len(), 2);
        assert!(roles_of("Name\tAge\nProse after.").is_empty());
    }
}
