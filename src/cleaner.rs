//! [`Cleaner`]: the configured, reusable cleaner, and its builder.

use crate::article::Article;
use crate::classify::matcher::{Off, Rules};
use crate::classify::{self, Settings};
use crate::document::Document;
use crate::error::Error;

use crate::article::Kind;
use crate::lang::Language;
#[cfg(test)]
use crate::span::Span;
use crate::{assemble, html, text};

/// The default limit on input size: 64 MiB.
pub const DEFAULT_MAX_INPUT_LEN: usize = 64 * 1024 * 1024;

/// A configured cleaner. Build it once, reuse it for every page, share it across
/// threads (it is `Send + Sync`): building compiles the rule tables, cleaning does not.
///
/// ```
/// use unclutter::{Cleaner, Kind};
///
/// let cleaner = Cleaner::builder()
///     .keep(Kind::Caption)                        // leave captions in the body
///     .strip_phrase(Kind::Advertisement, "Brought to you by Acme")
///     .build()?;
/// let article = cleaner.clean_text(
///     "The council voted on Tuesday to rebuild the bridge that floods closed last spring, at a cost of four million.\n\nBrought to you by Acme",
/// )?;
/// assert!(article.body.starts_with("The council voted"));
/// assert_eq!(article.metadata.stripped[0].kind, Kind::Advertisement);
/// # Ok::<(), unclutter::Error>(())
/// ```
#[derive(Debug)]
pub struct Cleaner {
    rules: Rules,
    max_input_len: usize,
    language: Option<Language>,
    keep: Vec<Kind>,
    links: bool,
    images: bool,
}

impl Cleaner {
    /// A builder with the default settings.
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder::default()
    }

    /// Cleans raw scraped text: a paragraph a line, with whatever the scraper kept around it.
    ///
    /// Every non-blank input line ends up either in [`Article::body`] or, exactly once,
    /// in [`Metadata::stripped`](crate::Metadata::stripped) with a span pointing at it.
    ///
    /// # Errors
    /// [`Error::TooLarge`] when `input` is longer than the limit;
    /// [`Error::Empty`] when it has no text other than white space.
    ///
    /// ```
    /// let cleaner = unclutter::Cleaner::builder().build()?;
    /// let input = "Shop By Category\n\nThe harbour reopened on Monday after three weeks of repairs to the sea wall, officials said.";
    /// let article = cleaner.clean_text(input)?;
    /// let stripped = &article.metadata.stripped[0];
    /// assert_eq!(stripped.kind, unclutter::Kind::Shop);
    /// assert_eq!(&input[stripped.span.unwrap().range()], "Shop By Category");
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn clean_text(&self, input: &str) -> Result<Article, Error> {
        self.check_size(input.len())?;
        self.text_article(input)
    }

    /// [`clean_text`](Cleaner::clean_text) of text whose size was checked (before it was decoded).
    fn text_article(&self, input: &str) -> Result<Article, Error> {
        check_text(input)?;
        // A text longer than a stretch is cleaned a stretch at a time (see
        // `text::SEGMENT_LINES`), so that its blocks never all exist at once.
        self.text_in_stretches(input, text::SEGMENT_LINES)
    }

    /// The article of `input` cleaned `max_lines` lines at a time.
    fn text_in_stretches(&self, input: &str, max_lines: usize) -> Result<Article, Error> {
        let mut article = assemble::Appender::new(input);
        text::for_each_segment(input, max_lines, |doc| article.push(self.finish(doc)));
        article.finish().ok_or(Error::Empty)
    }

    /// Cleans a whole HTML page: finds the element that holds the article, cleans its
    /// text with the same classifier as [`clean_text`](Cleaner::clean_text), and reads
    /// the page's metadata (title, authors, date, site name, language, canonical URL).
    ///
    /// Every piece of visible text lands in the body or in
    /// [`Metadata::stripped`](crate::Metadata::stripped), located by a CSS selector
    /// path ([`Stripped::path`](crate::Stripped::path)) instead of a byte span.
    ///
    /// # Errors
    /// [`Error::TooLarge`] when `html` is longer than the limit;
    /// [`Error::Empty`] when it has no characters other than white space;
    /// [`Error::Binary`] when it is mostly control characters.
    /// A page with markup but no text is not an error: its body is empty.
    ///
    /// ```
    /// let cleaner = unclutter::Cleaner::builder().build()?;
    /// let page = r#"<html><head><title>Bridge reopens | The Gazette</title>
    ///   <meta property="og:site_name" content="The Gazette"></head>
    ///   <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    ///   <article><h1>Bridge reopens</h1>
    ///   <p>The old bridge reopened on Monday after two years of repairs, and the first cars crossed at dawn.</p>
    ///   <p>Engineers said the new deck, which cost four million, should last another eighty years.</p></article>
    ///   <footer>© 2024 The Gazette</footer></body></html>"#;
    /// let article = cleaner.clean_html(page)?;
    /// assert_eq!(article.title.as_deref(), Some("Bridge reopens"));
    /// assert_eq!(article.metadata.site_name.as_deref(), Some("The Gazette"));
    /// assert!(article.body.starts_with("The old bridge reopened"));
    /// assert!(article.body.ends_with("another eighty years."));
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn clean_html(&self, html: &str) -> Result<Article, Error> {
        self.check_size(html.len())?;
        self.html_article(html)
    }

    /// [`clean_html`](Cleaner::clean_html) of a page whose size was checked (before it was decoded).
    fn html_article(&self, html: &str) -> Result<Article, Error> {
        check_text(html)?;
        Ok(self.finish(html::document(html, html::Keep { links: self.links, images: self.images })))
    }

    /// Cleans a page given as bytes in any charset: decoded by its byte-order mark, its
    /// `<meta charset>` (or `http-equiv`) declaration, or by detection, then cleaned as
    /// HTML or as text, whichever it is (see [`clean`](Cleaner::clean)). Invalid bytes
    /// become U+FFFD; they never cause an error.
    ///
    /// The text cleaned is [`decode`](crate::decode)`(bytes)`: the bytes without their
    /// byte-order mark, as UTF-8. Spans of stripped pieces are byte offsets into it (for
    /// UTF-8 input without a byte-order mark, into `bytes` themselves).
    ///
    /// # Errors
    /// [`Error::TooLarge`] when `bytes` is longer than the limit: the limit applies to
    /// the input as given, before decoding, and the decoded text may be longer (at most
    /// three times, from single-byte charsets and UTF-16). [`Error::Binary`] when the
    /// bytes are binary data: mostly control bytes, or compressed (gzip, zstd, xz and
    /// bzip2 data, by their magic bytes). [`Error::Empty`] as for [`clean`](Cleaner::clean).
    ///
    /// ```
    /// let cleaner = unclutter::Cleaner::builder().build()?;
    /// let latin1 = b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Le caf\xe9 du port a rouvert ses portes lundi matin, apr\xe8s trois mois de travaux.</p></body></html>";
    /// let article = cleaner.clean_bytes(latin1)?;
    /// assert!(article.body.starts_with("Le café du port"));
    /// assert!(matches!(cleaner.clean_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0"), Err(unclutter::Error::Binary)));
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn clean_bytes(&self, bytes: &[u8]) -> Result<Article, Error> {
        self.check_size(bytes.len())?;
        if looks_binary(bytes) {
            return Err(Error::Binary);
        }
        let (text, _) = html::decode(bytes);
        if html::looks_like_html(&text) { self.html_article(&text) } else { self.text_article(&text) }
    }

    /// Cleans `input`, whichever it is: a whole HTML page (it opens with a tag and names
    /// a common HTML element early) goes to [`clean_html`](Cleaner::clean_html),
    /// anything else to [`clean_text`](Cleaner::clean_text).
    ///
    /// # Errors
    /// Those of [`clean_html`](Cleaner::clean_html) or [`clean_text`](Cleaner::clean_text).
    ///
    /// ```
    /// let cleaner = unclutter::Cleaner::builder().build()?;
    /// let from_html = cleaner.clean("<!doctype html><p>The harbour reopened on Monday after three weeks of repairs to the sea wall.</p>")?;
    /// let from_text = cleaner.clean("The harbour reopened on Monday after three weeks of repairs to the sea wall.")?;
    /// assert_eq!(from_html.body, from_text.body);
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn clean(&self, input: &str) -> Result<Article, Error> {
        if html::looks_like_html(input) { self.clean_html(input) } else { self.clean_text(input) }
    }

    /// Cleans a batch of pages (bytes of HTML or text, as for
    /// [`clean_bytes`](Cleaner::clean_bytes)) on all cores of rayon's global pool.
    /// The results are in the order of `pages`, one per page; a page that fails does
    /// not stop the others. Available with the `parallel` feature.
    ///
    /// # Errors
    /// None for the batch; each result holds its page's error, as for
    /// [`clean_bytes`](Cleaner::clean_bytes).
    ///
    /// ```
    /// let cleaner = unclutter::Cleaner::builder().build()?;
    /// let pages = ["<p>The ferry resumed service on Friday after the storm, the port authority said.</p>", ""];
    /// let results = cleaner.clean_many(&pages);
    /// assert!(results[0].as_ref().is_ok_and(|a| a.body.starts_with("The ferry")));
    /// assert_eq!(results[1], Err(unclutter::Error::Empty));
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    #[cfg(feature = "parallel")]
    pub fn clean_many<T: AsRef<[u8]> + Sync>(&self, pages: &[T]) -> Vec<Result<Article, Error>> {
        use rayon::prelude::*;
        pages.par_iter().map(|page| self.clean_bytes(page.as_ref())).collect()
    }

    /// The one pipeline behind both doors: a document's blocks labelled, then assembled.
    fn finish(&self, mut doc: Document<'_>) -> Article {
        let labels = classify::classify(&mut doc, &self.rules, Settings { language: self.language });
        assemble::assemble(doc, &labels, &self.keep)
    }

    fn check_size(&self, len: usize) -> Result<(), Error> {
        if len > self.max_input_len {
            return Err(Error::TooLarge { len, limit: self.max_input_len });
        }
        Ok(())
    }
}

/// How much of an input's start is looked at to tell binary data from text.
const SNIFF_LEN: usize = 1024;
/// Text has almost no control characters; binary formats are full of them.
const MAX_CONTROL_SHARE: f32 = 0.1;

fn is_control(byte: u8) -> bool {
    byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)
}

/// The magic bytes that open compressed data: gzip (`1F 8B`, then 8 for deflate), zstd
/// and xz. Compressed bytes are binary, but hold few control bytes: without this, a
/// compressed page piped in unawares was cleaned as mojibake.
const COMPRESSED_MAGIC: [&[u8]; 3] = [b"\x1f\x8b\x08", b"\x28\xb5\x2f\xfd", b"\xfd7zXZ\0"];

/// Whether `bytes` open like compressed data: [`COMPRESSED_MAGIC`], or bzip2's `BZh`, a
/// block size digit, and the magic of its first block (or of its end, when empty).
fn looks_compressed(bytes: &[u8]) -> bool {
    let bzip2 = bytes.len() >= 10
        && bytes.starts_with(b"BZh")
        && (b'1'..=b'9').contains(&bytes[3])
        && (bytes[4..10] == *b"1AY&SY" || bytes[4..10] == *b"\x17rE8P\x90");
    bzip2 || COMPRESSED_MAGIC.iter().any(|magic| bytes.starts_with(magic))
}

/// Whether the start of `bytes` is mostly control bytes (NUL in particular), as in
/// images, archives and executables, or compressed data ([`looks_compressed`]). UTF-16
/// and UTF-32 text (with a byte-order mark) is text.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) || html::utf32_bom(bytes).is_some() {
        return false;
    }
    if looks_compressed(bytes) {
        return true;
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    let controls = head.iter().filter(|&&b| is_control(b)).count();
    !head.is_empty() && controls as f32 > MAX_CONTROL_SHARE * head.len() as f32
}

/// The text [`Cleaner::clean_bytes`] cleans: `bytes` decoded by their byte-order mark
/// (UTF-8, UTF-16 or UTF-32), their `<meta charset>` declaration, or detection, without
/// the byte-order mark. The spans of the pieces `clean_bytes` strips are byte offsets
/// into this text. Invalid bytes become U+FFFD; decoding never fails.
///
/// ```
/// let bytes = b"\xef\xbb\xbfShop By Category\nThe harbour reopened on Monday after three weeks of repairs to the sea wall, officials said.";
/// let text = unclutter::decode(bytes);
/// assert!(text.starts_with("Shop By Category"), "the byte-order mark is not part of the text");
/// let article = unclutter::Cleaner::builder().build()?.clean_bytes(bytes)?;
/// let piece = &article.metadata.stripped[0];
/// assert_eq!(&text[piece.span.unwrap().range()], "Shop By Category");
/// # Ok::<(), unclutter::Error>(())
/// ```
pub fn decode(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    html::decode(bytes).0
}

/// Refuses empty and binary-looking text.
fn check_text(input: &str) -> Result<(), Error> {
    if input.trim().is_empty() {
        return Err(Error::Empty);
    }
    if looks_binary(input.as_bytes()) {
        return Err(Error::Binary);
    }
    Ok(())
}

/// Settings for a [`Cleaner`]; see [`Cleaner::builder`].
#[derive(Debug, Clone)]
pub struct CleanerBuilder {
    max_input_len: usize,
    language: Option<Language>,
    keep: Vec<Kind>,
    links: bool,
    images: bool,
    phrases: Vec<(Kind, String)>,
    patterns: Vec<(Kind, String)>,
    rules_off: Vec<String>,
    phrases_off: Vec<String>,
}

impl Default for CleanerBuilder {
    fn default() -> Self {
        CleanerBuilder {
            max_input_len: DEFAULT_MAX_INPUT_LEN,
            language: None,
            keep: Vec::new(),
            links: false,
            images: false,
            phrases: Vec::new(),
            patterns: Vec::new(),
            rules_off: Vec::new(),
            phrases_off: Vec::new(),
        }
    }
}

impl CleanerBuilder {
    /// Inputs longer than `bytes` are refused with [`Error::TooLarge`].
    /// Default: [`DEFAULT_MAX_INPUT_LEN`] (64 MiB).
    ///
    /// ```
    /// let cleaner = unclutter::Cleaner::builder().max_input_len(1 << 20).build()?;
    /// let huge = "x".repeat((1 << 20) + 1);
    /// assert!(matches!(cleaner.clean_text(&huge), Err(unclutter::Error::TooLarge { .. })));
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn max_input_len(mut self, bytes: usize) -> Self {
        self.max_input_len = bytes;
        self
    }

    /// The language of the pages, when known. By default it is detected per page from
    /// its function words (English when the page has too few to tell). It decides which
    /// stopword list measures how prose-like a line is; the phrase tables of all
    /// languages apply either way.
    ///
    /// ```
    /// let cleaner = unclutter::Cleaner::builder().language(unclutter::Language::German).build()?;
    /// let article = cleaner.clean_text("Der Stadtrat hat am Dienstag beschlossen, die alte Brücke bis zum Winter zu reparieren.\nKommentare")?;
    /// assert!(article.body.starts_with("Der Stadtrat"));
    /// assert_eq!(article.metadata.stripped[0].kind, unclutter::Kind::Comments);
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn language(mut self, language: Language) -> Self {
        self.language = Some(language);
        self
    }

    /// Keeps pieces of `kind` in the body instead of stripping them (e.g. captions).
    ///
    /// ```
    /// use unclutter::{Cleaner, Kind};
    /// let input = "The harbour reopened on Monday after three weeks of repairs to the sea wall.\nShare this article";
    /// let kept = Cleaner::builder().keep(Kind::Share).build()?.clean_text(input)?;
    /// assert!(kept.body.ends_with("Share this article"));
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn keep(mut self, kind: Kind) -> Self {
        if !self.keep.contains(&kind) {
            self.keep.push(kind);
        }
        self
    }

    /// Keeps the links of the article's text: each heading, paragraph, list item and
    /// quote of [`Article::elements`](crate::Article::elements) lists its links (which
    /// bytes of its text, and the target), and [`Article::to_markdown`](crate::Article::to_markdown)
    /// renders them as `[text](href)`. Off by default; the plain body and the ledger are
    /// the same either way. HTML only: text input has no links.
    ///
    /// ```
    /// let page = "<article><p>Tickets are sold at the <a href=\"https://example.org/box\">box office</a> from nine in the morning until the show starts.</p></article>";
    /// let plain = unclutter::Cleaner::builder().build()?.clean_html(page)?;
    /// let linked = unclutter::Cleaner::builder().links(true).build()?.clean_html(page)?;
    /// assert_eq!(plain.body, linked.body);
    /// assert!(linked.to_markdown().contains("[box office](https://example.org/box)"));
    /// assert!(!plain.to_markdown().contains("]("));
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn links(mut self, keep: bool) -> Self {
        self.links = keep;
        self
    }

    /// Keeps the article's images: each `<img>` with a source (`data-src` first, as
    /// lazy-loading pages set it) in the article becomes an [`Element::Image`](crate::Element::Image)
    /// where it stands (after the text it sits in), and Markdown renders `![alt](src)`.
    /// One-pixel images, `data:` sources and hidden images are left out. Off by default;
    /// the plain body and the ledger are the same either way (an image has no text).
    /// HTML only.
    ///
    /// ```
    /// let page = "<article><p>The harbour reopened on Monday after three weeks of repairs to the sea wall and the pier.</p>\
    ///     <figure><img src=\"/wall.jpg\" alt=\"The new sea wall\"><figcaption>The wall in May.</figcaption></figure></article>";
    /// let article = unclutter::Cleaner::builder().images(true).build()?.clean_html(page)?;
    /// assert!(matches!(&article.elements[1], unclutter::Element::Image { src, alt } if src == "/wall.jpg" && alt == "The new sea wall"));
    /// assert!(article.to_markdown().contains("![The new sea wall](/wall.jpg)"));
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn images(mut self, keep: bool) -> Self {
        self.images = keep;
        self
    }

    /// Strips every line that is `phrase` (compared case-insensitively, ignoring
    /// punctuation at its ends) as a piece of `kind`.
    pub fn strip_phrase(mut self, kind: Kind, phrase: impl Into<String>) -> Self {
        self.phrases.push((kind, phrase.into()));
        self
    }

    /// Strips every line of up to 64 words that `regex` matches (regex crate syntax) as
    /// a piece of `kind`. User patterns are checked before the built-in rules.
    ///
    /// ```
    /// use unclutter::{Cleaner, Kind};
    /// let cleaner = Cleaner::builder().strip_pattern(Kind::Advertisement, r"^Sponsored by \w+").build()?;
    /// let article = cleaner.clean_text("The harbour reopened on Monday after three weeks of repairs to the sea wall.\nSponsored by Acme")?;
    /// assert_eq!(article.metadata.stripped[0].kind, Kind::Advertisement);
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn strip_pattern(mut self, kind: Kind, regex: impl Into<String>) -> Self {
        self.patterns.push((kind, regex.into()));
        self
    }

    /// Switches off the built-in rule called `name` (see [`builtin_rules`] for the
    /// names, kinds and descriptions; [`BuiltinRule::of`] names the rule that stripped a
    /// piece). Lines it would have stripped are left to the other rules and to the
    /// classifier's reading of the page: a line in the middle of the article stays in
    /// the body. A phrase rule (`phrases-…`) goes with all its phrases, in every
    /// language.
    ///
    /// The name is checked by [`build`](CleanerBuilder::build): an unknown one is
    /// [`Error::InvalidRule`] with the name as its `rule`.
    ///
    /// ```
    /// use unclutter::{Cleaner, Kind};
    /// let input = "The council voted on Tuesday to rebuild the bridge that floods closed last spring.
    ///              Jane Roe contributed to this report.
    ///              Work starts in May and should take two years, the council's engineer said.";
    /// let default = Cleaner::builder().build()?.clean_text(input)?;
    /// assert_eq!(default.metadata.stripped[0].kind, Kind::Credit);
    ///
    /// let cleaner = Cleaner::builder().without_rule("credit-contributed").build()?;
    /// let article = cleaner.clean_text(input)?;
    /// assert!(article.body.contains("Jane Roe contributed to this report."));
    /// assert!(article.metadata.contributors.is_empty());
    ///
    /// let err = Cleaner::builder().without_rule("credit-contributd").build().unwrap_err();
    /// assert!(matches!(err, unclutter::Error::InvalidRule { ref rule, .. } if rule == "credit-contributd"));
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    ///
    /// [`builtin_rules`]: crate::builtin_rules
    /// [`BuiltinRule::of`]: crate::BuiltinRule::of
    pub fn without_rule(mut self, name: impl Into<String>) -> Self {
        self.rules_off.push(name.into());
        self
    }

    /// Switches off one built-in phrase, in whichever table holds it (see
    /// [`BuiltinRule::phrases`]), leaving the rest of its rule on. `phrase` is compared
    /// as lines are: case aside, punctuation at its ends aside ("Comments:" is
    /// "comments").
    ///
    /// The phrase is checked by [`build`](CleanerBuilder::build): one that no table
    /// holds is [`Error::InvalidRule`] with the phrase as its `rule`.
    ///
    /// ```
    /// use unclutter::Cleaner;
    /// let input = "The council voted on Tuesday to rebuild the bridge that floods closed last spring.
    ///              Newsletter
    ///              Work starts in May and should take two years, the council's engineer said.";
    /// let cleaner = Cleaner::builder().without_phrase("Newsletter").build()?;
    /// assert!(cleaner.clean_text(input)?.body.contains("\n\nNewsletter\n\n"));
    /// assert!(Cleaner::builder().without_phrase("Not a known prompt").build().is_err());
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    ///
    /// [`BuiltinRule::phrases`]: crate::BuiltinRule::phrases
    pub fn without_phrase(mut self, phrase: impl Into<String>) -> Self {
        self.phrases_off.push(phrase.into());
        self
    }

    /// Compiles the rules into a [`Cleaner`].
    ///
    /// # Errors
    /// [`Error::InvalidRule`] when a pattern does not compile, a phrase has no letters
    /// or digits, or a rule or phrase to switch off is not a built-in one (see
    /// [`without_rule`](CleanerBuilder::without_rule) and
    /// [`without_phrase`](CleanerBuilder::without_phrase)).
    ///
    /// ```
    /// let err = unclutter::Cleaner::builder().strip_pattern(unclutter::Kind::Other, "(").build();
    /// assert!(matches!(err, Err(unclutter::Error::InvalidRule { .. })));
    /// ```
    pub fn build(self) -> Result<Cleaner, Error> {
        let off = Off { rules: &self.rules_off, phrases: &self.phrases_off };
        Ok(Cleaner {
            rules: Rules::configured(&self.phrases, &self.patterns, off)?,
            max_input_len: self.max_input_len,
            language: self.language,
            keep: self.keep,
            links: self.links,
            images: self.images,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text cleaned a few lines at a time keeps the ledger's promises: every line in
    /// the body or in one piece, spans true, runs joined across the stretches.
    #[test]
    fn stretches_join_into_one_article() {
        let cleaner = Cleaner::builder().build().expect("the default rules");
        let shares = "Share\n".repeat(10);
        let whole = cleaner.text_in_stretches(&shares, usize::MAX).expect("cleaned");
        for max_lines in [1, 3, 4] {
            let parts = cleaner.text_in_stretches(&shares, max_lines).expect("cleaned");
            assert_eq!(parts, whole, "{max_lines} lines at a time");
        }
        assert_eq!(whole.metadata.stripped.len(), 1);
        assert_eq!(whole.metadata.stripped[0].span, Some(Span { start: 0, end: shares.len() - 1 }));

        let article = "The council met on Tuesday to decide the fate of the old bridge over the river, and voted to rebuild it.\n";
        let input = format!("Home\nNews\n{article}Share\nShare\n{article}By Jane Doe\nShare\n");
        for max_lines in [1, 2, 3, 5] {
            let parts = cleaner.text_in_stretches(&input, max_lines).expect("cleaned");
            let mut lines: Vec<&str> = parts.body.split("\n\n").collect();
            lines.extend(parts.metadata.stripped.iter().flat_map(|s| s.text.lines()));
            lines.sort_unstable();
            let mut expected: Vec<&str> = input.lines().collect();
            expected.sort_unstable();
            assert_eq!(lines, expected, "{max_lines} lines at a time");
            for piece in &parts.metadata.stripped {
                assert_eq!(&input[piece.span.expect("a span").range()], piece.text);
            }
            let paragraphs = parts.body.split("\n\n").count();
            assert!(parts.metadata.stripped.iter().all(|s| s.body_index <= paragraphs));
        }
    }
}
