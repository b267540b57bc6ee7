//! The text door: plain text to a [`Document`], one block per non-blank line, located
//! by its byte span.

mod shape;

use std::borrow::Cow;

use crate::block::Block;
use crate::document::{Document, DocumentBuilder, PageMeta, Source};
use crate::span::Span;

/// The document of `input`: a block per line that holds more than white space, each
/// with its features and whether it repeats the lines before it (found in the same
/// pass: each line's words are hashed for the repeat test as its features are measured).
///
/// Lines end at `\n` (a `\r` before it is white space and trimmed away). Each block's
/// span is the byte range of its trimmed text in `input`.
pub(crate) fn document(input: &str) -> Document<'_> {
    let mut builder = DocumentBuilder::for_lines(input.len());
    let mut shapes = shape::Reader::default();
    for (index, line) in raw_lines(input).enumerate() {
        builder.push_line(line.text, span_of(input, &line), line.blanks > 0);
        shapes.read(index, line);
    }
    let mut doc = builder.finish(PageMeta::default(), Box::new(Lines(input)), None);
    for (index, shape) in shapes.finish() {
        if let Some(block) = doc.blocks.get_mut(index) {
            block.role = shape.role;
            block.marker = shape.marker;
        }
    }
    doc
}

/// The blocks of `input` (see [`document`]).
#[cfg(test)]
pub(crate) fn blocks(input: &str) -> Vec<Block<'_>> {
    document(input).blocks
}

/// Text input as the source of its blocks: each is the slice of the input at its span.
struct Lines<'a>(&'a str);

impl<'a> Source<'a> for Lines<'a> {
    fn path(&self, _: usize) -> Option<String> {
        None
    }

    /// The lines found again: the blocks go first.
    fn texts(&self, blocks: Vec<Block<'a>>) -> Box<dyn Iterator<Item = (Cow<'a, str>, Option<Span>)> + 'a> {
        drop(blocks);
        let input = self.0;
        Box::new(lines(input).map(move |(span, _)| (Cow::Borrowed(&input[span.range()]), Some(span))))
    }
}

/// The non-blank lines of `input`, in order: each with its indentation (for
/// [`shape::Reader`]) and the blank lines before it.
pub(crate) fn raw_lines(input: &str) -> impl Iterator<Item = shape::Line<'_>> + '_ {
    let mut blanks = 0;
    input.split('\n').filter_map(move |line| {
        let raw = line.trim_end();
        let text = raw.trim_start();
        if text.is_empty() {
            blanks += 1;
            return None;
        }
        Some(shape::Line { raw, text, blanks: std::mem::replace(&mut blanks, 0) })
    })
}

/// Where `line`, a line of `input` as [`raw_lines`] gives it, stands in the input.
fn span_of(input: &str, line: &shape::Line<'_>) -> Span {
    let start = line.text.as_ptr() as usize - input.as_ptr() as usize;
    Span { start, end: start + line.text.len() }
}

/// The spans of the lines [`blocks`] makes, in order, each with whether a blank line
/// stands before it. Computed again rather than kept: the text path rebuilds its
/// ledger from these once the blocks are gone.
pub(crate) fn lines(input: &str) -> impl Iterator<Item = (Span, bool)> + '_ {
    raw_lines(input).map(move |line| (span_of(input, &line), line.blanks > 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_point_at_trimmed_lines() {
        let input = "  Title \r\n\r\nFirst para.\n\n\n\tSecond\u{a0}\n";
        let blocks = blocks(input);
        let texts: Vec<_> = blocks.iter().map(|b| b.text.as_ref()).collect();
        assert_eq!(texts, ["Title", "First para.", "Second"]);
        for block in &blocks {
            let span = block.span.expect("text blocks have spans");
            assert_eq!(&input[span.range()], block.text);
        }
        let gaps: Vec<_> = blocks.iter().map(|b| b.gap_before).collect();
        assert_eq!(gaps, [false, true, true]);
    }

    #[test]
    fn repeats_found_while_reading_are_those_found_after() {
        let paragraph = "The council met on Tuesday to decide the fate of the old bridge over the river.";
        let inputs = [
            format!("{paragraph}\nMenu\n{paragraph}\nThe council met on Tuesday, it said."),
            format!(
                "东京的议会在星期二开会 决定 the fate of the old bridge over the river today\n{paragraph}\n东京的议会在星期二开会 决定 the fate of the old bridge over the river today"
            ),
            format!(
                "Ünïcode Straße café: {paragraph}\n\nÜNÏCODE STRASSE CAFÉ {paragraph}\nÜnïcode Straße café: {paragraph}"
            ),
        ];
        for input in &inputs {
            let doc = document(input);
            let repeated = doc.repeated.expect("the text door finds repeats");
            assert_eq!(repeated, crate::repeats::repeats(&doc.blocks), "{input}");
            assert!(repeated.contains(&true), "{input}");
        }
    }

    #[test]
    fn blank_input_has_no_blocks() {
        assert!(blocks("").is_empty());
        assert!(blocks(" \n\t\r\n").is_empty());
    }
}
