//! The output types: what a cleaned page is made of.

use std::borrow::Cow;
use std::fmt;

use crate::span::Span;
use crate::structure::Element;

/// A cleaned page: its title, its body, and everything that was taken out of it.
///
/// ```
/// let article = unclutter::clean_article(
///     "A Headline About Rivers\n\nThe river rose three feet overnight, and the town council met at dawn to decide what to do about it.\n\nLeave a Reply",
/// )?;
/// assert_eq!(article.title.as_deref(), Some("A Headline About Rivers"));
/// assert!(article.body.starts_with("The river rose"));
/// assert_eq!(article.metadata.stripped.len(), 2); // the title line and "Leave a Reply"
/// # Ok::<(), unclutter::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Article {
    /// The headline, if the page has one.
    pub title: Option<String>,
    /// The clean article text: paragraphs in input order, separated by a blank line
    /// (`"\n\n"`). Each paragraph's text is as it was in the input, trimmed.
    /// Empty when the page holds no article text.
    pub body: String,
    /// The same body with its structure: headings with their levels, paragraphs, list
    /// items, tables, code blocks and quotes, in reading order (see [`Element`]).
    /// [`to_markdown`](Article::to_markdown) renders it.
    pub elements: Vec<Element>,
    /// Everything else the page said about itself, and every piece that was stripped.
    pub metadata: Metadata,
}

impl Article {
    /// The body as GitHub-flavoured Markdown, from its [`elements`](Article::elements):
    /// `#` headings, `-` and `1.` lists with nesting, pipe tables, fenced code blocks with
    /// their language, `>` quotes, blocks separated by blank lines. Text that Markdown
    /// would read as markup is escaped. The title, bylines and dates stay in the
    /// metadata: the Markdown is the body alone. Empty for an empty body.
    ///
    /// ```
    /// let page = "<html><body><article><h2>How to bake</h2>\
    ///     <p>Bread needs only flour, water, salt and yeast, and about four hours of your time.</p>\
    ///     <ul><li>Mix</li><li>Knead<ul><li>ten minutes</li></ul></li></ul>\
    ///     <table><tr><th>Oven</th><th>Time</th></tr><tr><td>220 °C</td><td>35 min</td></tr></table>\
    ///     <pre><code class=\"language-sh\">make bread\n  --hot</code></pre></article></body></html>";
    /// let article = unclutter::clean_article(page)?;
    /// assert_eq!(article.to_markdown(), "## How to bake\n\n\
    ///     Bread needs only flour, water, salt and yeast, and about four hours of your time.\n\n\
    ///     - Mix\n- Knead\n    - ten minutes\n\n\
    ///     | Oven | Time |\n| --- | --- |\n| 220 °C | 35 min |\n\n\
    ///     ```sh\nmake bread\n  --hot\n```\n");
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn to_markdown(&self) -> String {
        crate::markdown::render(&self.elements)
    }
}

/// What was read off the page besides its body.
///
/// [`stripped`](Metadata::stripped) is the complete ledger of what left the body: every
/// input line that is not in [`Article::body`] is there exactly once, with its kind and
/// place. The other fields are typed readings of some of those pieces (the title line,
/// the byline, the dateline, the credit lines).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Metadata {
    /// Authors named by a byline, in order, without "By" and without the outlet. At most
    /// [`MAX_AUTHORS`](crate::MAX_AUTHORS): a page that names more lists contributors,
    /// not bylines, and the bound keeps the work linear on pages made to be hostile.
    pub authors: Vec<String>,
    /// Contributor and credit lines as written, e.g.
    /// "Jane Roe contributed to this report." or "(Reporting by …; Editing by …)".
    /// At most [`MAX_CONTRIBUTORS`](crate::MAX_CONTRIBUTORS), the first ones; every
    /// credit line is in [`stripped`](Metadata::stripped) whatever their number.
    pub contributors: Vec<String>,
    /// The publication date, if the page states one.
    pub published: Option<Published>,
    /// Every piece that was taken out of the body, in input order.
    pub stripped: Vec<Stripped>,
    /// The site's name (HTML: `og:site_name`, JSON-LD `publisher`). `None` for text.
    pub site_name: Option<String>,
    /// The page's declared language, as written (`en`, `pt-BR`; HTML: `<html lang>`,
    /// `og:locale`). `None` for text.
    pub language: Option<String>,
    /// The page's canonical URL (HTML: `<link rel="canonical">`, `og:url`). `None` for text.
    pub url: Option<String>,
}

/// The most authors [`Metadata::authors`] holds. Each name is checked against those
/// already found; the bound keeps that linear on a page of a million bylines.
///
/// ```
/// let bylines: String = (0..200).map(|i| format!("By Jane{} Doe\n", char::from(b'A' + (i % 26) as u8).to_string().repeat(1 + i / 26))).collect();
/// let article = unclutter::clean_article(&bylines)?;
/// assert_eq!(article.metadata.authors.len(), unclutter::MAX_AUTHORS);
/// # Ok::<(), unclutter::Error>(())
/// ```
pub const MAX_AUTHORS: usize = 100;

/// The most credit lines [`Metadata::contributors`] holds: a real article has a few, and
/// each is a copy of a ledger piece's text, so a page of a million credit lines would
/// otherwise hold its text twice.
///
/// ```
/// let credits = "Jane Roe contributed to this report.\n".repeat(300);
/// let article = unclutter::clean_article(&credits)?;
/// assert_eq!(article.metadata.contributors.len(), unclutter::MAX_CONTRIBUTORS);
/// // The ledger still has every line.
/// let stripped: usize = article.metadata.stripped.iter().map(|s| s.text.lines().count()).sum();
/// assert_eq!(stripped, 300);
/// # Ok::<(), unclutter::Error>(())
/// ```
pub const MAX_CONTRIBUTORS: usize = 100;

/// A publication date as the page wrote it, and as ISO 8601 where it could be read.
///
/// ```
/// let article = unclutter::clean_article(
///     "Published March 3, 2021\n\nThe council met on a cold morning and agreed, after a long debate, to rebuild the old bridge.",
/// )?;
/// let published = article.metadata.published.expect("a dateline");
/// assert_eq!(published.raw, "Published March 3, 2021");
/// assert_eq!(published.iso.as_deref(), Some("2021-03-03"));
/// # Ok::<(), unclutter::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Published {
    /// The text the date was read from, as it stood in the input.
    pub raw: String,
    /// The calendar date as `YYYY-MM-DD`, when the raw text could be parsed as a day
    /// that exists (`February 31` is read as no date).
    pub iso: Option<String>,
    /// The date with its time of day, and its UTC offset when the text gives one, as
    /// ISO 8601: `2021-02-28T23:30:00-08:00`, `2024-03-05T08:00:00Z`,
    /// `2020-07-14T10:00` (a local time). Set when the raw text is a timestamp with a
    /// time (`article:published_time`, JSON-LD `datePublished`, `<time datetime>`, a
    /// dateline written that way); `None` otherwise. Added after `iso`, which keeps
    /// the date alone: read this one for the time.
    ///
    /// ```
    /// let page = r#"<html><head><meta property="article:published_time" content="2021-02-28T23:30:00-08:00"></head>
    ///   <body><article><p>The council met on a cold morning and agreed, after a long debate, to rebuild the old bridge.</p></article></body></html>"#;
    /// let published = unclutter::clean_article(page)?.metadata.published.expect("a date");
    /// assert_eq!(published.iso.as_deref(), Some("2021-02-28"));
    /// assert_eq!(published.datetime.as_deref(), Some("2021-02-28T23:30:00-08:00"));
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    #[cfg_attr(feature = "serde", serde(default))]
    pub datetime: Option<String>,
}

/// One piece of input that was taken out of the body.
///
/// ```
/// let page = "<html><body><nav><a href=\"/\">Home</a></nav><article>\
///     <p>The ferry resumed service on Friday after the storm, the port authority said.</p>\
///     </article><footer><p>Leave a Reply</p></footer></body></html>";
/// let article = unclutter::clean_article(page)?;
/// let comments = article.metadata.stripped.last().expect("the footer prompt");
/// assert_eq!(comments.kind, unclutter::Kind::Comments);
/// assert_eq!(comments.path.as_deref(), Some("html > body > footer:nth-of-type(1) > p:nth-of-type(1)"));
/// assert_eq!(comments.body_index, 1); // after the one body paragraph
/// assert_eq!(comments.span, None); // HTML pieces are located by path
/// # Ok::<(), unclutter::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Stripped {
    /// What the piece is.
    pub kind: Kind,
    /// Its text, trimmed, as it stood in the input.
    pub text: String,
    /// Where it stood: for text input, the byte range of `text` in the input,
    /// so `&input[span.start..span.end] == text`. `None` for HTML input, where the text
    /// is assembled from several nodes (see [`path`](Stripped::path)).
    pub span: Option<Span>,
    /// For HTML input, a CSS selector for the element the text came from, e.g.
    /// `html > body > div:nth-of-type(2) > p:nth-of-type(3)`: every step names the
    /// element and its position among its parent's children of the same name, so
    /// `document.querySelector(path)` in a browser finds it again. At most
    /// [`MAX_PATH_STEPS`](crate::MAX_PATH_STEPS) steps: an element nested deeper gets
    /// the last steps only, a selector that finds the first element with the same
    /// nearest ancestors. `None` for text, and for the pieces of a page whose paths
    /// would take more than four bytes for each byte of the page (plus a megabyte):
    /// real pages use under two, a crafted one could take a hundred.
    pub path: Option<String>,
    /// How many body paragraphs came before it: the piece stood between paragraphs
    /// `body_index - 1` and `body_index` of [`Article::body`] (split at `"\n\n"`). With
    /// it, the page can be put back together in order, whatever the input was.
    pub body_index: usize,
    /// Why it was stripped, in a few words: the reason of the rule that fired
    /// ("comment-section headings and buttons") or of the context decision
    /// ("outside the article's stretch of prose"). A rule's reason is its
    /// [`description`](crate::BuiltinRule::description):
    /// [`BuiltinRule::of`](crate::BuiltinRule::of) finds the rule, whose name
    /// [`without_rule`](crate::CleanerBuilder::without_rule) takes.
    pub reason: Cow<'static, str>,
}

/// What a stripped piece is.
///
/// Serialized (with the `serde` feature) and displayed as its snake_case name, e.g.
/// `"comments"` or `"shop"`.
///
/// ```
/// assert_eq!(unclutter::Kind::Shop.to_string(), "shop");
/// assert_eq!("comments".parse::<unclutter::Kind>(), Ok(unclutter::Kind::Comments));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Kind {
    /// The headline.
    Title,
    /// The standfirst (dek): the summary sentence set between the headline and the
    /// byline, outside the article's running text.
    Summary,
    /// A byline: who wrote the article.
    Byline,
    /// A dateline or timestamp, including reading-time notes ("2 min read").
    Date,
    /// A contributor or credit line: "X contributed to this report", "(Reporting by …)".
    Credit,
    /// A comment section and its prompts: "Leave a Reply", "12 Comments".
    Comments,
    /// Shop widgets: "Add to cart", "Your compare list", "Shop By Category".
    Shop,
    /// Share and follow prompts: "Share on Facebook", "Follow us".
    Share,
    /// Newsletter and subscription prompts.
    Newsletter,
    /// Cookie and consent prompts.
    Cookie,
    /// Menus, breadcrumbs, pagination, skip links and other page furniture.
    Navigation,
    /// Links to other articles: "Related articles", "Read more", "Most popular".
    Related,
    /// Advertisements and sponsor notes.
    Advertisement,
    /// Photo and image captions and credits.
    Caption,
    /// Copyright, terms, privacy and other legal notices.
    Legal,
    /// Anything else that is not the article.
    Other,
}

impl Kind {
    /// Every kind, in declaration order.
    pub const ALL: [Kind; 16] = [
        Kind::Title,
        Kind::Summary,
        Kind::Byline,
        Kind::Date,
        Kind::Credit,
        Kind::Comments,
        Kind::Shop,
        Kind::Share,
        Kind::Newsletter,
        Kind::Cookie,
        Kind::Navigation,
        Kind::Related,
        Kind::Advertisement,
        Kind::Caption,
        Kind::Legal,
        Kind::Other,
    ];

    /// The kind's snake_case name, as used by `Display`, `FromStr` and serde.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Title => "title",
            Kind::Summary => "summary",
            Kind::Byline => "byline",
            Kind::Date => "date",
            Kind::Credit => "credit",
            Kind::Comments => "comments",
            Kind::Shop => "shop",
            Kind::Share => "share",
            Kind::Newsletter => "newsletter",
            Kind::Cookie => "cookie",
            Kind::Navigation => "navigation",
            Kind::Related => "related",
            Kind::Advertisement => "advertisement",
            Kind::Caption => "caption",
            Kind::Legal => "legal",
            Kind::Other => "other",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error of parsing a [`Kind`] or [`Language`](crate::Language) from a name that is not one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown name {0:?}")]
pub struct UnknownName(pub String);

impl std::str::FromStr for Kind {
    type Err = UnknownName;

    /// Parses a kind's snake_case name.
    ///
    /// # Errors
    /// [`UnknownName`] when the name is not one of [`Kind::ALL`]'s names.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Kind::ALL.into_iter().find(|kind| kind.name() == name).ok_or_else(|| UnknownName(name.to_owned()))
    }
}
