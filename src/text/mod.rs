//! Plain text to blocks: one block per non-blank line, with its byte span.

use std::borrow::Cow;

use crate::Span;
use crate::block::{Block, Tag};

/// Splits `input` into blocks, one per line that holds more than white space.
///
/// Lines end at `\n` (a `\r` before it is white space and trimmed away). Each block's
/// span is the byte range of its trimmed text in `input`.
pub(crate) fn blocks(input: &str) -> Vec<Block<'_>> {
    let mut blocks = Vec::new();
    let mut gap_before = false;
    let mut line_start = 0;
    for line in input.split('\n') {
        let start_trimmed = line.len() - line.trim_start().len();
        let text = line.trim();
        if text.is_empty() {
            gap_before = true;
        } else {
            let start = line_start + start_trimmed;
            let span = Span { start, end: start + text.len() };
            blocks.push(Block::new(Cow::Borrowed(text), Some(span), Tag::Line, gap_before));
            gap_before = false;
        }
        line_start += line.len() + 1;
    }
    // The vector doubled as it grew; a page of short lines keeps it to the end.
    blocks.shrink_to_fit();
    blocks
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
    fn blank_input_has_no_blocks() {
        assert!(blocks("").is_empty());
        assert!(blocks(" \n\t\r\n").is_empty());
    }
}
