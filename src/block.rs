//! `Block`: the common currency of both input paths.
//!
//! The text path makes one block per non-blank line; the HTML path makes
//! one per paragraph, heading, list item or cell. The classifier sees only blocks and
//! their [`Features`], so every rule serves both doors.

use std::borrow::Cow;

use crate::lang::Language;
use crate::rules::{Needles, stopwords};
use crate::span::Span;

/// What kind of element a block came from. Plain text only knows lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    /// A line of plain text.
    Line,
    /// `<p>`.
    Paragraph,
    /// `<h1>` to `<h6>`.
    Heading,
    /// `<li>`, `<dt>`, `<dd>`.
    ListItem,
    /// A table row, its cells joined by spaces.
    Row,
    /// `<blockquote>`.
    Quote,
    /// A line of `<pre>`.
    Pre,
    /// `<figcaption>` or a table's `<caption>`.
    Caption,
    /// Text directly in a `<div>`, `<section>` or another block element.
    Division,
}

/// One unit of text the classifier labels.
#[derive(Debug, Clone)]
pub(crate) struct Block<'a> {
    /// The text, trimmed. Borrowed from the input on the text path.
    pub text: Cow<'a, str>,
    /// Where the text stands in the input, when it is a contiguous slice of it.
    pub span: Option<Span>,
    /// The element it came from.
    pub tag: Tag,
    /// A blank line (or a block boundary in HTML) separates it from the block before.
    #[allow(dead_code)] // Recorded for rules that read paragraph breaks; none does yet.
    pub gap_before: bool,
    /// What the classifier reads off the text.
    pub features: Features,
    /// What the markup says around the text (HTML only).
    pub markup: Markup,
    /// Its part in the article's structure (a heading, a list item, a table row, a line
    /// of code), when it has one.
    pub role: Role,
    /// The bytes at the start of `text` that mark its role in plain text (`- `, `2. `,
    /// `## `): the structured body leaves them out; the plain body keeps the line whole.
    pub marker: u8,
}

/// What a block is in the article's structure, beyond its text: the assembler turns
/// runs of blocks into [`Element`](crate::structure::Element)s by it.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) enum Role {
    /// Running text, or a block without a role of its own.
    #[default]
    Paragraph,
    /// A heading of this level, 1 to 6.
    Heading(u8),
    /// (Part of) an item of a list. The blocks of one item share `item`.
    ListItem { ordered: bool, number: Option<u32>, depth: u8, item: u32 },
    /// A row of a table of data; the rows of one table share its `table`.
    Row(Box<Row>),
    /// A line of a block of code; the lines of one block share its `code`.
    Code(Box<CodeLine>),
    /// Quoted text.
    Quote,
    /// An image, kept on request ([`crate::CleanerBuilder::images`]); its block has no text.
    Image(Box<crate::structure::Image>),
}

impl Role {
    /// A line of code, a row of a table of data or an image: the page's data rather than prose,
    /// which the line rules (dates, bylines, repeats, link text) do not judge.
    pub(crate) fn is_data(&self) -> bool {
        matches!(self, Role::Code(_) | Role::Row(_) | Role::Image(_))
    }
}

/// A row of a table of data.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    pub table: u32,
    pub cells: Vec<crate::structure::Cell>,
}

/// A line of a block of code.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CodeLine {
    pub code: u32,
    /// The line as written, indentation and inner spacing kept.
    pub raw: String,
    /// Blank lines between it and the line before it in the block.
    pub blank_before: u32,
    /// The block's language, when its markup or its opening fence names it (on the
    /// block's first line only).
    pub language: Option<String>,
    /// A fence of text input (a line of three or more backticks or tildes), which opens
    /// or closes the block and is not one of its lines.
    pub fence: bool,
}

/// What the HTML around a block says about it. Plain text has the default: no links,
/// no figure, no furniture.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Markup {
    /// Share of the characters inside links.
    pub link_density: f32,
    /// Share of the characters inside links to a place on the same page (a table of
    /// contents, footnote marks), which are part of [`link_density`](Self::link_density).
    pub fragment_density: f32,
    /// Words before the first link (all of them when there is none).
    pub lead_words: u32,
    /// Inside a `<figure>`: a caption or a credit.
    pub in_figure: bool,
    /// Inside `<nav>`, `<footer>`, `<aside>` or a landmark role of the same meaning.
    pub in_furniture: bool,
    /// Inside a modal dialog (see the HTML door's `Piece::modal`).
    pub modal: bool,
    /// A form control's text: a button, a label, a menu's options.
    pub control: bool,
    /// Text drawn in a graphic: an SVG chart's labels, a logo's letters.
    pub graphic: bool,
}

impl<'a> Block<'a> {
    /// A block with no text, to hold a place while a block is moved elsewhere.
    pub(crate) fn empty() -> Self {
        Block {
            text: Cow::Borrowed(""),
            span: None,
            tag: Tag::Line,
            gap_before: false,
            features: Features::default(),
            markup: Markup::default(),
            role: Role::Paragraph,
            marker: 0,
        }
    }

    pub(crate) fn new(text: Cow<'a, str>, span: Option<Span>, tag: Tag, gap_before: bool) -> Self {
        let features = Features::of(&text);
        Self::with_features(text, span, tag, gap_before, features)
    }

    /// A block whose features are already measured.
    pub(crate) fn with_features(
        text: Cow<'a, str>,
        span: Option<Span>,
        tag: Tag,
        gap_before: bool,
        features: Features,
    ) -> Self {
        Block { text, span, tag, gap_before, features, markup: Markup::default(), role: Role::Paragraph, marker: 0 }
    }
}

/// Shallow, language-aware measurements of a block's text, taken in one pass.
///
/// Counts are `u32` (saturating), not `usize`: a page of short lines holds one of these
/// per line, and the smaller block keeps the peak memory of such pages down.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Features {
    /// Characters (not bytes).
    pub chars: u32,
    /// Words: maximal runs of letters and digits.
    pub words: u32,
    /// Words that start with an upper-case letter.
    pub capitalised: u32,
    /// Words made only of digits.
    pub numbers: u32,
    /// Stopwords per language, indexed by [`Language::index`].
    pub stopwords: [u16; Language::COUNT],
    /// Sentence ends: `.`, `!`, `?` (or `…`) followed by a space or the end of the text.
    pub sentence_ends: u32,
    /// The text ends like a sentence (terminal punctuation, possibly inside quotes).
    pub ends_like_sentence: bool,
    /// The text starts with a lower-case letter (a fragment of something larger).
    pub starts_lowercase: bool,
    /// The built-in patterns one of whose needles the text holds (bit `n` for pattern
    /// `n`; see [`Needles`]), found in the same pass.
    pub needles: u128,
}

/// Receives the words [`Features::measure`] reads, a character at a time. Its words are
/// the runs of letters and digits: unlike the features, it is not told to count each
/// Chinese or Japanese character as a word.
pub(crate) trait WordSink {
    /// The next character of the word being read: an ASCII letter or digit, lower-cased.
    fn ascii(&mut self, lower: u8);
    /// The next character of the word being read: another letter or digit, as written.
    fn char(&mut self, c: char);
    /// A character that is no letter or digit: the word being read, if any, has ended.
    fn end(&mut self);
}

/// No one to hand the words to: [`Features::of`].
impl WordSink for () {
    fn ascii(&mut self, _: u8) {}
    fn char(&mut self, _: char) {}
    fn end(&mut self) {}
}

/// The word [`Features::of`] is reading.
#[derive(Debug, Clone, Copy)]
struct OpenWord {
    start: usize,
    /// Only ASCII digits so far.
    digits_only: bool,
    /// Only ASCII so far.
    ascii: bool,
    /// Its first eight bytes, lower-cased and packed little-endian (ASCII words only):
    /// the stopword key, built as the word is read rather than copied out afterwards.
    packed: u64,
}

impl Features {
    /// Measures `text` in one pass over its characters: the counts, the stopwords, and
    /// the pattern needles (the needle automaton steps through every byte in the same
    /// loop).
    ///
    /// ASCII characters take a byte-level path (most scraped text is mostly ASCII); a word
    /// is a slice of `text`, never a copy.
    pub(crate) fn of(text: &str) -> Self {
        Self::measure(text, &mut ())
    }

    /// [`of`](Features::of), handing each word's lower-cased characters to `words` as it
    /// reads them (the text path hashes them there for the repeat test, in this same
    /// pass).
    pub(crate) fn measure(text: &str, words: &mut impl WordSink) -> Self {
        let mut f = Features::default();
        let bytes = text.as_bytes();
        let needles = Needles::get();
        let mut state = needles.start();
        let mut word: Option<OpenWord> = None;
        // The character before was one that ends a sentence when a space follows it.
        let mut after_stop = false;
        let mut i = 0;
        while i < bytes.len() {
            let byte = bytes[i];
            f.chars = f.chars.saturating_add(1);
            if byte.is_ascii() {
                state = needles.step(state, byte, &mut f.needles);
                if byte.is_ascii_alphanumeric() {
                    let open = word
                        .get_or_insert_with(|| f.open_word(i, byte.is_ascii_uppercase(), byte.is_ascii_lowercase()));
                    open.digits_only &= byte.is_ascii_digit();
                    let lower = byte.to_ascii_lowercase();
                    let at = i - open.start;
                    if at < 8 {
                        open.packed |= u64::from(lower) << (8 * at);
                    }
                    words.ascii(lower);
                } else {
                    words.end();
                    f.end_word(text, &mut word, i);
                    // `char::is_whitespace` on ASCII: tab, line feed, vertical tab, form feed, return, space.
                    if after_stop && matches!(byte, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
                        f.sentence_ends = f.sentence_ends.saturating_add(1);
                    }
                }
                after_stop = matches!(byte, b'.' | b'!' | b'?');
                i += 1;
                continue;
            }
            // `i` is on a character boundary: every step moves by whole characters.
            let c = text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            for &byte in bytes.get(i..i + c.len_utf8()).unwrap_or_default() {
                state = needles.step(state, byte, &mut f.needles);
            }
            if is_cjk(c) {
                // Chinese and Japanese do not space their words: count each character
                // as one, which puts their lines on the same scale as spaced scripts.
                // To the sink, they are letters like any other (see `WordSink`).
                if is_word_char(c) {
                    words.char(c);
                } else {
                    words.end();
                }
                f.end_word(text, &mut word, i);
                f.words = f.words.saturating_add(1);
            } else if is_word_char(c) {
                let open = word.get_or_insert_with(|| f.open_word(i, c.is_uppercase(), c.is_lowercase()));
                open.digits_only = false;
                open.ascii = false;
                words.char(c);
            } else {
                words.end();
                f.end_word(text, &mut word, i);
                if c.is_whitespace() && after_stop || is_full_stop(c) {
                    f.sentence_ends = f.sentence_ends.saturating_add(1);
                }
            }
            after_stop = c == '…';
            i += c.len_utf8();
        }
        words.end();
        f.end_word(text, &mut word, bytes.len());
        let tail = text.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*', '」', '』', '）']);
        f.ends_like_sentence = tail.ends_with(['.', '!', '?', '…', ':', ';', '。', '！', '？', '：']);
        if tail.ends_with(['.', '!', '?', '…']) {
            f.sentence_ends = f.sentence_ends.saturating_add(1);
        }
        f
    }

    /// A word starts at `start`: counts its capital, and notes whether the text opens
    /// in lower case.
    fn open_word(&mut self, start: usize, upper: bool, lower: bool) -> OpenWord {
        if upper {
            self.capitalised = self.capitalised.saturating_add(1);
        }
        if self.words == 0 {
            self.starts_lowercase = lower;
        }
        OpenWord { start, digits_only: true, ascii: true, packed: 0 }
    }

    /// Counts the word that runs from its start to `end` in `text`, if one is open.
    #[inline(always)]
    fn end_word(&mut self, text: &str, word: &mut Option<OpenWord>, end: usize) {
        let Some(OpenWord { start, digits_only, ascii, packed }) = word.take() else {
            return;
        };
        self.words = self.words.saturating_add(1);
        if digits_only {
            self.numbers = self.numbers.saturating_add(1);
        }
        // Stopwords are short: a longer word needs no lower-casing and no lookup.
        let mask = if end - start > stopwords::MAX_STOPWORD_LEN || digits_only {
            0
        } else if ascii {
            stopwords::languages_of_packed(packed)
        } else {
            let word = &text[start..end];
            if word.chars().any(char::is_uppercase) {
                stopwords::languages_of(&word.to_lowercase())
            } else {
                stopwords::languages_of(word)
            }
        };
        if mask != 0 {
            for (index, count) in self.stopwords.iter_mut().enumerate() {
                if mask & (1 << index) != 0 {
                    *count = count.saturating_add(1);
                }
            }
        }
    }

    /// Share of the words that are stopwords of the language at `index`.
    pub(crate) fn stopword_ratio(&self, index: usize) -> f32 {
        if self.words == 0 { 0.0 } else { f32::from(self.stopwords[index]) / self.words as f32 }
    }
}

/// Letters and digits: what words are made of. The same as `char::is_alphanumeric`,
/// with the common cases (ASCII, the accented letters of Latin scripts, Cyrillic, and
/// the dashes, quotes and spaces of General Punctuation that fill scraped text)
/// answered without the Unicode tables. (A test checks every character up to U+3000.)
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        // Latin-1 letters (but × and ÷), Latin Extended-A and -B.
        '\u{C0}'..='\u{24F}' => !matches!(c, '\u{D7}' | '\u{F7}'),
        // Cyrillic letters, without the thousands sign and the combining marks.
        '\u{400}'..='\u{481}' | '\u{48A}'..='\u{4FF}' => true,
        '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// `c` in lower case, when that is one character: as `char::to_lowercase`, with the
/// upper-case letters of Latin-1 and the basic Cyrillic alphabet mapped without the
/// Unicode tables. (A test checks every character up to U+3000.)
pub(crate) fn lower_char(c: char) -> Option<char> {
    let shifted = |by: u32| char::from_u32(c as u32 + by);
    match c {
        'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' | '\u{410}'..='\u{42F}' => shifted(0x20),
        '\u{400}'..='\u{40F}' => shifted(0x50),
        _ if c.is_ascii() || ('\u{DF}'..='\u{FF}').contains(&c) || ('\u{430}'..='\u{45F}').contains(&c) => Some(c),
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(one), None) => Some(one),
                _ => None,
            }
        }
    }
}

/// Han ideographs, kana and Hangul syllables: scripts written without spaces between
/// words (Hangul does space words, but its syllable blocks carry about as much as a kana).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0x20000..=0x2FA1F) // CJK Extensions B-F and supplement
}

/// Full stops of scripts that write them as their own character.
fn is_full_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '।')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_a_sentence() {
        let f = Features::of("The river rose 3 feet. It was “over the banks.”");
        assert_eq!(f.words, 10);
        assert_eq!(f.numbers, 1);
        assert_eq!(f.capitalised, 2);
        assert_eq!(f.sentence_ends, 2);
        assert!(f.ends_like_sentence);
        assert_eq!(f.stopwords[0], 5); // The, It, was, over, the
        assert!(!f.starts_lowercase);
    }

    #[test]
    fn measures_a_menu_line() {
        let f = Features::of("Shop By Category");
        assert_eq!(f.words, 3);
        assert_eq!(f.capitalised, 3);
        assert!(!f.ends_like_sentence);
        assert_eq!(f.sentence_ends, 0);
    }

    #[test]
    fn counts_unspaced_scripts_by_character() {
        let f = Features::of("報道によると、今回販売されたのは。");
        assert_eq!(f.words, 15);
        assert!(f.ends_like_sentence);
        assert_eq!(f.sentence_ends, 1);
    }

    #[test]
    fn lower_chars_are_the_standard_library_ones() {
        for c in ('\0'..='\u{3000}').chain(['\u{1E9E}', '\u{10400}']) {
            let std: Vec<char> = c.to_lowercase().collect();
            match lower_char(c) {
                Some(lower) => assert_eq!(std, [lower], "{c:?}"),
                None => assert!(std.len() > 1, "{c:?}"),
            }
        }
    }

    #[test]
    fn word_chars_are_the_alphanumeric_ones() {
        for c in ('\0'..='\u{3000}').chain(['\u{1F600}', '\u{20000}']) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn empty_text_has_no_features() {
        assert_eq!(Features::of(""), Features::default());
        assert_eq!(Features::of("").stopword_ratio(0), 0.0);
    }
}
