//! Plain text to blocks: one block per non-blank line, with its byte span.

use std::borrow::Cow;

use crate::article::Span;
use crate::block::{Block, Features, Tag};
use crate::classify::repeats;

/// Splits `input` into blocks, one per line that holds more than white space.
///
/// Lines end at `\n` (a `\r` before it is white space and trimmed away). Each block's
/// span is the byte range of its trimmed text in `input`.
#[cfg(test)]
pub(crate) fn blocks(input: &str) -> Vec<Block<'_>> {
    blocks_and_repeats(input).0
}

/// [`blocks`], and for each block whether it mostly repeats the blocks before it (see
/// [`repeats`]), found in the same pass: each line's words are hashed for the repeat
/// test as its features are measured.
pub(crate) fn blocks_and_repeats(input: &str) -> (Vec<Block<'_>>, Vec<bool>) {
    // About one word in six bytes: the repeat set is sized for the page up front.
    let mut tracker = repeats::Tracker::new(input.len() / 6);
    let mut repeated = Vec::new();
    let mut blocks: Vec<Block<'_>> = lines(input)
        .map(|(span, gap_before)| {
            let text = &input[span.range()];
            let features = Features::measure(text, &mut repeats::HashWords::new(|hash| tracker.word(hash)));
            repeated.push(tracker.end_block(features.words));
            Block::with_features(Cow::Borrowed(text), Some(span), Tag::Line, gap_before, features)
        })
        .collect();
    // The vectors doubled as they grew; a page of short lines keeps them to the end.
    blocks.shrink_to_fit();
    repeated.shrink_to_fit();
    (blocks, repeated)
}

/// The spans of the lines [`blocks`] makes, in order, each with whether a blank line
/// stands before it. Computed again rather than kept: the text path rebuilds its
/// ledger from these once the blocks are gone.
pub(crate) fn lines(input: &str) -> impl Iterator<Item = (Span, bool)> + '_ {
    let mut gap_before = false;
    let mut line_start = 0;
    input.split('\n').filter_map(move |line| {
        let from_start = line.trim_start();
        let start = line_start + (line.len() - from_start.len());
        line_start += line.len() + 1;
        let text = from_start.trim_end();
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
            let (blocks, repeated) = blocks_and_repeats(input);
            assert_eq!(repeated, repeats::repeats(&blocks), "{input}");
            assert!(repeated.contains(&true), "{input}");
        }
    }

    #[test]
    fn blank_input_has_no_blocks() {
        assert!(blocks("").is_empty());
        assert!(blocks(" \n\t\r\n").is_empty());
    }
}
