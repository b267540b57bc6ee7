//! Plain text to blocks: one block per non-blank line, with its byte span.

use std::borrow::Cow;

use crate::Span;
use crate::block::{Block, Tag};

/// Splits `input` into blocks, one per line that holds more than white space.
///
/// Lines end at `\n` (a `\r` before it is white space and trimmed away). Each block's
/// span is the byte range of its trimmed text in `input`.
pub(crate) fn blocks(input: &str) -> Vec<Block<'_>> {
    let mut blocks: Vec<Block<'_>> = lines(input)
        .map(|(span, gap_before)| Block::new(Cow::Borrowed(&input[span.range()]), Some(span), Tag::Line, gap_before))
        .collect();
    // The vector doubled as it grew; a page of short lines keeps it to the end.
    blocks.shrink_to_fit();
    blocks
}

/// The spans of the lines [`blocks`] makes, in order, each with whether a blank line
/// stands before it. Computed again rather than kept: the text path rebuilds its
/// ledger from these once the blocks are gone.
pub(crate) fn lines(input: &str) -> impl Iterator<Item = (Span, bool)> + '_ {
    let mut gap_before = false;
    let mut line_start = 0;
    input.split('\n').filter_map(move |line| {
        let start = line_start + (line.len() - line.trim_start().len());
        line_start += line.len() + 1;
        let text = line.trim();
        if text.is_empty() {
            gap_before = true;
            return None;
        }
        let gap = std::mem::replace(&mut gap_before, false);
        Some((Span { start, end: start + text.len() }, gap))
    })
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
