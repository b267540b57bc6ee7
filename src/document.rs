//! [`Document`]: what a front door makes of a page, and all the classifier and the
//! assembler see of it.
//!
//! Both doors build one: the text door a block per line, each located by its byte span;
//! the HTML door a block per paragraph, heading, list item or row, each located by its
//! element's CSS path, with the element the page's markup says holds the article and
//! what the page says about itself (meta tags, JSON-LD). From there on, one classifier
//! labels the blocks ([`crate::classify`]) and one assembler renders the article
//! ([`crate::assemble`]), whichever door the page came through.

use std::borrow::Cow;

use crate::article::Published;
use crate::block::{Block, Features, Tag};
use crate::repeats;
use crate::span::Span;
use crate::structure::Link;

/// A page as blocks, with what its door found out about it.
pub(crate) struct Document<'a> {
    /// The blocks, in reading order.
    pub blocks: Vec<Block<'a>>,
    /// Where the page's markup puts the article: for each block, whether it lies in the
    /// element chosen as the article's container. `None` for text, where only the text
    /// itself can tell (the classifier finds the article's stretch of prose).
    pub container: Option<Vec<bool>>,
    /// For each block, whether it mostly repeats the blocks before it, when the door
    /// found that out as it read (see [`DocumentBuilder::push_line`]). Otherwise the
    /// classifier finds it, over the blocks it judges.
    pub repeated: Option<Vec<bool>>,
    /// What the page says about itself (HTML); empty for text.
    pub page: PageMeta,
    /// How a block is found again in the input.
    pub source: Box<dyn Source<'a> + 'a>,
    /// The links of the blocks that have any, by block index in order, when the door
    /// keeps them (HTML, [`CleanerBuilder::links`](crate::CleanerBuilder::links)).
    pub links: Vec<(usize, Vec<Link>)>,
    /// The code spans of the blocks that have any, by block index in order (HTML).
    pub code_spans: Vec<(usize, Vec<Span>)>,
}

/// What a page says about itself, in its markup (meta tags, JSON-LD, `<html lang>`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PageMeta {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<Published>,
    pub site_name: Option<String>,
    pub language: Option<String>,
    pub url: Option<String>,
}

/// How a door finds its blocks again in the input. Each door implements it; the
/// assembler asks it for paths and texts.
pub(crate) trait Source<'a> {
    /// The CSS selector path of block `index`'s element (HTML). `None` where spans locate
    /// the blocks (text).
    fn path(&self, index: usize) -> Option<String>;

    /// Each block's text and span, in order, consuming the blocks. HTML blocks hand over
    /// their own text, moved, not copied; the text door hands out slices of the input
    /// found again from its lines, so that the blocks (with their features) are gone
    /// before the ledger is built: on a page of many short lines that halves the peak
    /// memory.
    fn texts(&self, blocks: Vec<Block<'a>>) -> Box<dyn Iterator<Item = (Cow<'a, str>, Option<Span>)> + 'a> {
        Box::new(blocks.into_iter().map(|b| (b.text, b.span)))
    }

    /// The input's text at `span`, which runs from the start of a block's span to the
    /// end of a later one's (text: the lines between, as they stand in the input).
    /// `None` where blocks are not found by spans (HTML): the ledger then keeps a piece
    /// per block (see [`crate::assemble`]).
    fn text_at(&self, _span: Span) -> Option<&'a str> {
        None
    }

    /// Whether the blocks are lines found by their spans, whose stripped pieces join
    /// into runs (text; see [`crate::assemble`]).
    fn is_lines(&self) -> bool {
        false
    }
}

impl<'a> Document<'a> {
    /// Each block's text and span, in order, consuming the blocks (see [`Source::texts`]).
    pub(crate) fn take_texts(&mut self) -> Box<dyn Iterator<Item = (Cow<'a, str>, Option<Span>)> + 'a> {
        self.source.texts(std::mem::take(&mut self.blocks))
    }
}

/// Builds a [`Document`]'s blocks, measuring each block's features as it comes.
pub(crate) struct DocumentBuilder<'a> {
    blocks: Vec<Block<'a>>,
    /// Set when the door reads lines: the repeat test runs in the same pass.
    tracker: Option<(repeats::Tracker, Vec<bool>)>,
}

impl<'a> DocumentBuilder<'a> {
    /// A builder for the lines of a text of `input_len` bytes, which finds repeated lines
    /// as it measures them: each line's words are hashed for the repeat test in the pass
    /// that counts them.
    pub(crate) fn for_lines(input_len: usize) -> Self {
        // About one word in six bytes: the repeat set is sized for the page up front.
        DocumentBuilder { blocks: Vec::new(), tracker: Some((repeats::Tracker::new(input_len / 6), Vec::new())) }
    }

    /// A builder for `capacity` blocks of an HTML page; repeats are left to the
    /// classifier (they count only among the container's blocks).
    pub(crate) fn for_blocks(capacity: usize) -> Self {
        DocumentBuilder { blocks: Vec::with_capacity(capacity), tracker: None }
    }

    /// A builder for the next stretch of a text's lines, whose repeat test goes on from
    /// `tracker`, taken from the builder of the stretch before ([`take_tracker`](Self::take_tracker)).
    pub(crate) fn continuing(tracker: repeats::Tracker) -> Self {
        DocumentBuilder { blocks: Vec::new(), tracker: Some((tracker, Vec::new())) }
    }

    /// The repeat test's memory of the lines so far, for the next stretch's builder; the
    /// repeats found stay with this one.
    pub(crate) fn take_tracker(&mut self) -> Option<repeats::Tracker> {
        let (tracker, repeated) = self.tracker.take()?;
        self.tracker = Some((repeats::Tracker::new(0), repeated));
        Some(tracker)
    }

    /// Adds a line of text at `span`, and notes whether it repeats the lines before it.
    pub(crate) fn push_line(&mut self, text: &'a str, span: Span, gap_before: bool) {
        let features = match &mut self.tracker {
            Some((tracker, repeated)) => {
                let features = Features::measure(text, &mut repeats::HashWords::new(|hash| tracker.word(hash)));
                repeated.push(tracker.end_block(features.words));
                features
            }
            None => Features::of(text),
        };
        self.blocks.push(Block::with_features(Cow::Borrowed(text), Some(span), Tag::Line, gap_before, features));
    }

    /// Adds a block whose text is owned (assembled from an HTML page's nodes).
    pub(crate) fn push(&mut self, block: Block<'a>) {
        self.blocks.push(block);
    }

    /// The blocks so far.
    pub(crate) fn blocks(&self) -> &[Block<'a>] {
        &self.blocks
    }

    /// The document of these blocks, with what the door found out about the page (see
    /// [`Document`]'s fields).
    pub(crate) fn finish(
        mut self,
        page: PageMeta,
        source: Box<dyn Source<'a> + 'a>,
        container: Option<Vec<bool>>,
    ) -> Document<'a> {
        // The vectors doubled as they grew; a page of short lines keeps them to the end.
        self.blocks.shrink_to_fit();
        let repeated = self.tracker.map(|(_, mut repeated)| {
            repeated.shrink_to_fit();
            repeated
        });
        Document { blocks: self.blocks, container, repeated, page, source, links: Vec::new(), code_spans: Vec::new() }
    }
}
