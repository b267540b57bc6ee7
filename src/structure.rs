//! The article's structure: its body as a sequence of [`Element`]s — headings,
//! paragraphs, list items, tables, code blocks and quotes — in reading order.

/// One element of the article's body, in reading order ([`Article::elements`]).
///
/// The plain [`Article::body`] is the same article flattened: each element's text (a
/// table row's cells joined by spaces, each line of a code block) as a paragraph.
/// [`Article::to_markdown`] renders the elements as Markdown.
///
/// Serialized (with the `serde` feature) with a `type` tag, e.g.
/// `{"type": "heading", "level": 2, "text": "Ingredients"}`.
///
/// ```
/// use unclutter::Element;
///
/// let page = "<html><body><article><h2>Ingredients</h2>\
///     <p>The bread needs four things, all of them cheap and easy to find in any shop.</p>\
///     <ol><li>Flour</li><li>Water</li></ol>\
///     <pre><code class=\"language-sh\">bake --hot\n  --long</code></pre></article></body></html>";
/// let article = unclutter::clean_article(page)?;
/// for element in &article.elements {
///     match element {
///         Element::Heading { level, text, .. } => println!("{} {text}", "#".repeat(usize::from(*level))),
///         Element::ListItem { number: Some(n), text, .. } => println!("{n}. {text}"),
///         Element::Code { text, language, .. } => println!("{language:?}: {text}"),
///         other => println!("{}", other.text()),
///     }
/// }
/// assert!(matches!(&article.elements[0], Element::Heading { level: 2, text, .. } if text == "Ingredients"));
/// assert!(matches!(&article.elements[2], Element::ListItem { ordered: true, number: Some(1), depth: 0, .. }));
/// assert!(matches!(&article.elements[4], Element::Code { text, language: Some(lang) } if text == "bake --hot\n  --long" && lang == "sh"));
/// # Ok::<(), unclutter::Error>(())
/// ```
///
/// [`Article::elements`]: crate::Article::elements
/// [`Article::body`]: crate::Article::body
/// [`Article::to_markdown`]: crate::Article::to_markdown
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Element {
    /// A heading, `level` 1 (the highest) to 6: `<h1>`–`<h6>`, or a Markdown `#` line of
    /// text input.
    Heading {
        /// 1 to 6.
        level: u8,
        /// The heading's text.
        text: String,
        /// Its links, when the cleaner keeps them ([`CleanerBuilder::links`]).
        ///
        /// [`CleanerBuilder::links`]: crate::CleanerBuilder::links
        #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
        links: Vec<Link>,
        /// The bytes of its text the page sets as code (`<code>`, `<kbd>`, `<samp>`):
        /// Markdown renders them as `` `code` ``.
        #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
        code_spans: Vec<crate::span::Span>,
    },
    /// A paragraph of running text (or any other block of text without a role of its own).
    Paragraph {
        /// The paragraph's text.
        text: String,
        /// Its links, when the cleaner keeps them ([`CleanerBuilder::links`]).
        ///
        /// [`CleanerBuilder::links`]: crate::CleanerBuilder::links
        #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
        links: Vec<Link>,
        /// The bytes of its text the page sets as code (`<code>`, `<kbd>`, `<samp>`):
        /// Markdown renders them as `` `code` ``.
        #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
        code_spans: Vec<crate::span::Span>,
    },
    /// An item of a list.
    ListItem {
        /// In a numbered list (`<ol>`, or lines of text that open with `1.`, `2)`, …).
        ordered: bool,
        /// Its number, in a numbered list (`<ol start>` and `<li value>` respected).
        number: Option<u32>,
        /// How deep the list is nested: 0 for a list of its own, 1 for a list inside an
        /// item, and so on.
        depth: u8,
        /// The item's own text, without its marker and without the lists nested in it
        /// (those are items of their own, one level deeper). Paragraphs of one item are
        /// separated by a blank line (`"\n\n"`).
        text: String,
        /// Its links, when the cleaner keeps them ([`CleanerBuilder::links`]).
        ///
        /// [`CleanerBuilder::links`]: crate::CleanerBuilder::links
        #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
        links: Vec<Link>,
        /// The bytes of its text the page sets as code (`<code>`, `<kbd>`, `<samp>`):
        /// Markdown renders them as `` `code` ``.
        #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
        code_spans: Vec<crate::span::Span>,
    },
    /// A table of data (not a table the page uses for its layout, whose cells become
    /// paragraphs).
    Table(Table),
    /// A block of code or preformatted text, exactly as the page has it: line breaks and
    /// indentation kept.
    Code {
        /// The code, its lines separated by `"\n"`, without a final line break.
        text: String,
        /// The language, when the page names it (`class="language-rust"`, `lang-…`, or
        /// a fenced block's info string in text input).
        language: Option<String>,
    },
    /// An image (`<img>`), kept on request ([`CleanerBuilder::images`]). Serialized
    /// as `{"type": "image", "src": …, "alt": …}`.
    ///
    /// [`CleanerBuilder::images`]: crate::CleanerBuilder::images
    Image {
        /// Its source as the page wrote it (`data-src`, else `src`).
        src: String,
        /// Its alternative text, `""` when it has none.
        alt: String,
    },
    /// A paragraph quoted from elsewhere (`<blockquote>`).
    Quote {
        /// The quoted text.
        text: String,
        /// Its links, when the cleaner keeps them ([`CleanerBuilder::links`]).
        ///
        /// [`CleanerBuilder::links`]: crate::CleanerBuilder::links
        #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
        links: Vec<Link>,
        /// The bytes of its text the page sets as code (`<code>`, `<kbd>`, `<samp>`):
        /// Markdown renders them as `` `code` ``.
        #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
        code_spans: Vec<crate::span::Span>,
    },
}

impl Element {
    /// The element's text: a table's rows, each its cells joined by spaces, one per line.
    ///
    /// ```
    /// let article = unclutter::clean_article("<p>The harbour reopened on Monday after three weeks of repairs.</p>")?;
    /// assert_eq!(article.elements[0].text(), "The harbour reopened on Monday after three weeks of repairs.");
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        use std::borrow::Cow;
        match self {
            Element::Heading { text, .. }
            | Element::Paragraph { text, .. }
            | Element::ListItem { text, .. }
            | Element::Code { text, .. }
            | Element::Quote { text, .. } => Cow::Borrowed(text),
            Element::Image { .. } => Cow::Borrowed(""),
            Element::Table(table) => Cow::Owned(
                table
                    .rows
                    .iter()
                    .map(|row| row.iter().map(|cell| cell.text.as_str()).collect::<Vec<_>>().join(" "))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        }
    }
}

/// A link in an element's text: the bytes `start..end` of the text are the link's
/// text, and `href` its target as the page wrote it (relative targets stay relative).
///
/// Kept only when the cleaner is built with [`CleanerBuilder::links`]; Markdown then
/// renders `[text](href)`.
///
/// ```
/// let cleaner = unclutter::Cleaner::builder().links(true).build()?;
/// let article = cleaner.clean_html("<article><p>The harbour reopened on Monday, the <a href=\"/port\">port authority</a> said after three weeks of repairs.</p></article>")?;
/// let unclutter::Element::Paragraph { text, links, .. } = &article.elements[0] else { panic!() };
/// assert_eq!(&text[links[0].start..links[0].end], "port authority");
/// assert_eq!(links[0].href, "/port");
/// assert!(article.to_markdown().contains("the [port authority](/port) said"));
/// # Ok::<(), unclutter::Error>(())
/// ```
///
/// [`CleanerBuilder::links`]: crate::CleanerBuilder::links
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Link {
    /// Where the link's text starts in the element's text, in bytes.
    pub start: usize,
    /// Where it ends (exclusive), in bytes.
    pub end: usize,
    /// The link's target, its `href` attribute.
    pub href: String,
}

/// An image as the walk finds it, before it becomes an [`Element::Image`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Image {
    pub src: String,
    pub alt: String,
}

/// A table of data: its rows, each a list of cells.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Table {
    /// The rows, in order; rows may have different numbers of cells.
    pub rows: Vec<Vec<Cell>>,
}

/// One cell of a [`Table`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Cell {
    /// The cell's text, its white space collapsed.
    pub text: String,
    /// A header cell: `<th>`, or a cell of the table's `<thead>`.
    pub header: bool,
}
