//! The text door: plain text to a [`Document`], one block per non-blank line, located
//! by its byte span.

mod shape;

use std::borrow::Cow;

use crate::block::Block;
use crate::document::{Document, DocumentBuilder, PageMeta, Source};
use crate::span::Span;

/// The most lines the classifier judges as one page. A longer text is cleaned a stretch
/// of this many lines at a time, each stretch labelled as a page of its own (its
/// article's run of prose, its headline) and the articles appended in order; the
/// repeat test still reads the whole text. Each line's block, features and labels take
/// about 250 bytes while its stretch is judged, so a stretch takes about 2 MB, which
/// the classifier's passes over it find in the cache: 1 MB of one-character lines took
/// 12.8 times an ordinary text with stretches of 32,768 lines, 7.6 times with these
/// (`tests/text_shapes.rs`), and a text of millions of such lines stays within the
/// memory budget (3x the input + 16 MB; one `Block` per line of the whole text took 100
/// times the input). The longest page of the eval sets has 2,202 lines.
pub(crate) const SEGMENT_LINES: usize = 1 << 13;

/// The document of `input`: a block per line that holds more than white space, each
/// with its features and whether it repeats the lines before it (found in the same
/// pass: each line's words are hashed for the repeat test as its features are measured).
///
/// Lines end at `\n`, `\r\n` or a lone `\r` (old Mac files, and some exports, end
/// their lines with `\r` alone). Each block's span is the byte range of its trimmed
/// text in `input`.
#[cfg(any(test, feature = "internals"))]
pub(crate) fn document(input: &str) -> Document<'_> {
    let mut whole = None;
    for_each_segment(input, usize::MAX, |doc| whole = Some(doc));
    whole.unwrap_or_else(|| {
        DocumentBuilder::for_lines(0).finish(PageMeta::default(), Box::new(Lines { stretch: "", offset: 0 }), None)
    })
}

/// Calls `each` on the document (see [`document`]) of each stretch of at most
/// `max_lines` non-blank lines of `input`, in order; not at all when `input` has none.
/// The blocks' spans are offsets into the whole `input`, and the repeat test runs over
/// all of it: a line that repeats one of an earlier stretch is a repeat.
pub(crate) fn for_each_segment<'a>(input: &'a str, max_lines: usize, mut each: impl FnMut(Document<'a>)) {
    let mut lines = raw_lines(input);
    let mut tracker = None;
    loop {
        let mut builder = match tracker.take() {
            Some(tracker) => DocumentBuilder::continuing(tracker),
            None => DocumentBuilder::for_lines(input.len()),
        };
        let mut shapes = shape::Reader::default();
        let mut count = 0;
        let (mut from, mut to) = (0, 0);
        for line in lines.by_ref().take(max_lines) {
            let span = span_of(input, &line);
            if count == 0 {
                from = span.start;
            }
            to = span.end;
            builder.push_line(line.text, span, line.blanks > 0);
            shapes.read(count, line);
            count += 1;
        }
        if count == 0 {
            return;
        }
        tracker = builder.take_tracker();
        // The stretch's lines, found again from its first line's text to its last's.
        let mut doc =
            builder.finish(PageMeta::default(), Box::new(Lines { stretch: &input[from..to], offset: from }), None);
        for (index, shape) in shapes.finish() {
            if let Some(block) = doc.blocks.get_mut(index) {
                block.role = shape.role;
                block.marker = shape.marker;
            }
        }
        each(doc);
        if count < max_lines {
            return;
        }
    }
}

/// The blocks of `input` (see [`document`]).
#[cfg(test)]
pub(crate) fn blocks(input: &str) -> Vec<Block<'_>> {
    document(input).blocks
}

/// Text input as the source of its blocks: each is the slice of the input at its span.
/// It holds the stretch of the input its blocks stand in (from its first line's text to
/// its last's) and where that starts: spans are offsets into the whole input.
struct Lines<'a> {
    stretch: &'a str,
    offset: usize,
}

impl<'a> Source<'a> for Lines<'a> {
    fn path(&self, _: usize) -> Option<String> {
        None
    }

    /// The lines found again: the blocks go first.
    fn texts(&self, blocks: Vec<Block<'a>>) -> Box<dyn Iterator<Item = (Cow<'a, str>, Option<Span>)> + 'a> {
        drop(blocks);
        let (stretch, offset) = (self.stretch, self.offset);
        Box::new(lines(stretch).map(move |(span, _)| {
            let text = &stretch[span.range()];
            (Cow::Borrowed(text), Some(Span { start: span.start + offset, end: span.end + offset }))
        }))
    }

    fn is_lines(&self) -> bool {
        true
    }

    fn text_at(&self, span: Span) -> Option<&'a str> {
        self.stretch.get(span.start.checked_sub(self.offset)?..span.end.checked_sub(self.offset)?)
    }
}

/// The non-blank lines of `input`, in order: each with its indentation (for
/// [`shape::Reader`]) and the blank lines before it.
pub(crate) fn raw_lines(input: &str) -> impl Iterator<Item = shape::Line<'_>> + '_ {
    let mut blanks = 0;
    split_lines(input).filter_map(move |line| {
        let raw = line.trim_end();
        let text = raw.trim_start();
        if text.is_empty() {
            blanks += 1;
            return None;
        }
        Some(shape::Line { raw, text, blanks: std::mem::replace(&mut blanks, 0) })
    })
}

/// The lines of `input`, without their line breaks: `\n`, `\r\n` and a lone `\r` each
/// end one. A text without a break is one line; one that ends with a break has an empty
/// line after it, as `str::split` gives.
pub(crate) fn split_lines(input: &str) -> impl Iterator<Item = &str> + '_ {
    let mut rest = Some(input);
    std::iter::from_fn(move || {
        let text = rest?;
        match memchr::memchr2(b'\n', b'\r', text.as_bytes()) {
            Some(at) => {
                let after = if text[at..].starts_with("\r\n") { at + 2 } else { at + 1 };
                rest = Some(&text[after..]);
                Some(&text[..at])
            }
            None => {
                rest = None;
                Some(text)
            }
        }
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
    fn lines_end_at_any_line_break() {
        let lines: Vec<&str> = split_lines("a\nb\r\nc\rd\r\re\n\nf").collect();
        assert_eq!(lines, ["a", "b", "c", "d", "", "e", "", "f"]);
        assert_eq!(split_lines("x\r").collect::<Vec<_>>(), ["x", ""]);
        assert_eq!(split_lines("").collect::<Vec<_>>(), [""]);
        // The same text with its lines ended three ways is the same blocks, with gaps.
        let lf = "Title\n\nFirst para.\nSecond";
        for input in [lf.to_owned(), lf.replace('\n', "\r\n"), lf.replace('\n', "\r")] {
            let blocks = blocks(&input);
            let texts: Vec<_> = blocks.iter().map(|b| b.text.as_ref()).collect();
            assert_eq!(texts, ["Title", "First para.", "Second"], "{input:?}");
            let gaps: Vec<_> = blocks.iter().map(|b| b.gap_before).collect();
            assert_eq!(gaps, [false, true, false], "{input:?}");
        }
    }

    #[test]
    fn blank_input_has_no_blocks() {
        assert!(blocks("").is_empty());
        assert!(blocks(" \n\t\r\n").is_empty());
    }
}
