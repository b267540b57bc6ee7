//! Labels to an [`Article`]: the body from the unlabelled blocks, the ledger of stripped
//! pieces from the rest, and the typed metadata read off the labelled pieces and what
//! the page says about itself.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::article::{Article, Kind, Published, Stripped};
use crate::block::Role;
use crate::classify::{Label, Verdict, title_index};
use crate::date;
use crate::document::Document;
use crate::lang;
use crate::span::Span;
use crate::structure::{Element, Link, Table};

/// Builds the article of a labelled document (one label per block). `keep` lists kinds
/// that stay in the body.
///
/// The blocks are consumed as they come: owned text (HTML) moves into the ledger instead
/// of being copied, and the text door hands in slices of the input rather than its
/// blocks, so that the blocks are gone before the ledger grows (see
/// [`Source::texts`](crate::document::Source::texts)).
pub(crate) fn assemble(mut doc: Document<'_>, labels: &[Label], keep: &[Kind]) -> Article {
    let title = title_index(&doc.blocks, labels);
    let body_len = body_len(doc.blocks.iter().map(|b| b.text.len()), labels, keep);
    // Most blocks are paragraphs: only the others' roles are kept once the blocks go.
    let mut roles: Vec<(usize, (Role, usize))> = doc
        .blocks
        .iter_mut()
        .enumerate()
        .filter(|(_, block)| block.role != Role::Paragraph)
        .map(|(index, block)| (index, (std::mem::take(&mut block.role), usize::from(block.marker))))
        .collect();
    roles.reverse();
    let mut links = std::mem::take(&mut doc.links);
    links.reverse();
    let mut code_spans = std::mem::take(&mut doc.code_spans);
    code_spans.reverse();
    let mut elements = Elements::default();
    let texts = doc.take_texts();
    let mut article = Article::default();
    // One exact allocation for the body.
    article.body.reserve_exact(body_len);
    let meta = &mut article.metadata;
    // Text input: a stripped line may join the piece before it (see `Run`).
    let runs = doc.source.is_lines();
    // Whole-page dumps strip most of their lines: the ledger is allocated once, exactly.
    meta.stripped.reserve_exact(pieces(labels, keep, runs));
    let mut run: Option<Run> = None;
    let mut paragraphs = 0;
    for (index, (text, span)) in texts.enumerate() {
        if title == Some(index) {
            article.title = Some(text.to_string());
        }
        let label = labels.get(index).copied().flatten();
        let (role, marker) = take_at(&mut roles, index);
        let block_links = take_at(&mut links, index);
        let block_code = take_at(&mut code_spans, index);
        // An image has no text: it is an element when kept, and nothing else.
        if let Role::Image(image) = role {
            if !is_stripped(label, keep) {
                elements.list.push(Element::Image { src: image.src, alt: image.alt });
                elements.open = None;
            }
            continue;
        }
        match label {
            Some(Verdict { kind, why }) if is_stripped(label, keep) => {
                match kind {
                    Kind::Byline => {
                        for name in authors_in(&text) {
                            if meta.authors.len() < crate::article::MAX_AUTHORS && !meta.authors.contains(&name) {
                                meta.authors.push(name);
                            }
                        }
                        read_date(&text, &mut meta.published);
                    }
                    Kind::Date => read_date(&text, &mut meta.published),
                    Kind::Credit if meta.contributors.len() < crate::article::MAX_CONTRIBUTORS => {
                        meta.contributors.push(text.to_string());
                    }
                    _ => {}
                }
                if let (Some(open), Some(span)) = (run.as_mut(), span) {
                    if open.index + open.lines == index && open.kind == kind && open.why == why {
                        open.lines += 1;
                        open.end = span.end;
                        continue;
                    }
                }
                close(run.take(), &mut meta.stripped, doc.source.as_ref());
                if runs && span.is_some() {
                    run = Some(Run { index, lines: 1, kind, why, end: span.map_or(0, |s| s.end) });
                }
                meta.stripped.push(Stripped {
                    kind,
                    text: text.into_owned(),
                    span,
                    path: doc.source.path(index),
                    body_index: paragraphs,
                    reason: Cow::Borrowed(why),
                });
            }
            _ => {
                close(run.take(), &mut meta.stripped, doc.source.as_ref());
                if !article.body.is_empty() {
                    article.body.push_str("\n\n");
                }
                article.body.push_str(&text);
                let text = match text {
                    _ if marker == 0 => text,
                    Cow::Borrowed(line) => Cow::Borrowed(line.get(marker..).unwrap_or(line)),
                    Cow::Owned(line) => Cow::Owned(line.get(marker..).unwrap_or(&line).to_owned()),
                };
                elements.push(text, role, block_links, block_code);
                paragraphs += 1;
            }
        }
    }
    close(run.take(), &mut meta.stripped, doc.source.as_ref());
    article.elements = elements.list;
    // What the page states about itself beats what its visible text suggests.
    let page = doc.page;
    if page.title.is_some() {
        article.title = page.title;
    }
    if !page.authors.is_empty() {
        meta.authors = page.authors;
    }
    if page.published.is_some() {
        meta.published = page.published;
    }
    meta.site_name = page.site_name;
    meta.language = page.language;
    meta.url = page.url;
    article
}

/// The last piece of the ledger of a text while the lines after it may still join it.
///
/// The ledger's rule for text input: consecutive stripped lines of the same kind and
/// reason, with no body paragraph between them, are one piece. Its span runs from the
/// first line's start to the last line's end, and its text is that stretch of the input
/// as it stands (line breaks, blank lines and indentation included), so that
/// `&input[span] == text` still holds. A menu of twelve lines is one piece, not twelve;
/// a page of a million "Share" lines is one piece, not a million `Stripped` of 112
/// bytes each plus their text (184 MB for 6 MB of input). HTML pieces stay one per
/// block: each has its own element path.
struct Run {
    /// The block index of the piece's first line.
    index: usize,
    /// The lines it holds so far (blocks `index..index + lines`).
    lines: usize,
    kind: Kind,
    why: &'static str,
    /// Where its last line ends in the input.
    end: usize,
}

/// Ends `run`, the ledger's last piece: one that took in more than its first line gets
/// its whole span and the input's text there.
fn close<'a>(run: Option<Run>, stripped: &mut [Stripped], source: &(dyn crate::document::Source<'a> + 'a)) {
    let (Some(run), Some(piece)) = (run, stripped.last_mut()) else { return };
    if run.lines >= 2 {
        stretch_to(piece, run.end, |span| source.text_at(span).map(str::to_owned));
    }
}

/// Makes `piece` run on to `end`: its span from its start to there, its text the input's
/// there (`text_at`), when the input has it.
fn stretch_to(piece: &mut Stripped, end: usize, text_at: impl FnOnce(Span) -> Option<String>) {
    let Some(start) = piece.span.map(|span| span.start) else { return };
    let span = Span { start, end };
    if let Some(text) = text_at(span) {
        piece.span = Some(span);
        piece.text = text;
    }
}

/// How many pieces the ledger of blocks with these labels holds: one per stripped block,
/// but that with `runs` (text input, see [`Run`]) a stripped block of the same kind and
/// reason as the block before it joins that one's piece.
fn pieces(labels: &[Label], keep: &[Kind], runs: bool) -> usize {
    let mut before: Label = None;
    let mut count = 0;
    for &label in labels {
        let stripped = is_stripped(label, keep);
        if stripped && !(runs && before.is_some() && before == label) {
            count += 1;
        }
        before = if stripped { label } else { None };
    }
    count
}

/// The article of a long text cleaned a stretch of lines at a time (see
/// [`crate::text::SEGMENT_LINES`]): each stretch's article is appended to those before
/// it as if the two had been cleaned as one. The body and elements follow on, the
/// ledger's places count the body paragraphs before the stretch, a piece that opens the
/// stretch joins the last one before it when the ledger's rule says so (see [`Run`]),
/// and the first title and date found stay.
pub(crate) struct Appender<'i> {
    /// The whole text.
    input: &'i str,
    whole: Option<Article>,
    /// The body paragraphs of `whole`.
    paragraphs: usize,
    /// Where the ledger's last piece ends once the pieces that joined it from later
    /// stretches are counted: its text is taken from the input once, when it ends,
    /// rather than copied again for every stretch it runs through.
    joined_end: Option<usize>,
}

impl<'i> Appender<'i> {
    pub(crate) fn new(input: &'i str) -> Self {
        Appender { input, whole: None, paragraphs: 0, joined_end: None }
    }

    /// Appends the article of the next stretch.
    pub(crate) fn push(&mut self, part: Article) {
        let before = self.paragraphs;
        if !part.body.is_empty() {
            self.paragraphs += 1 + memchr::memmem::find_iter(part.body.as_bytes(), b"\n\n").count();
        }
        let Some(whole) = self.whole.as_mut() else {
            self.whole = Some(part);
            return;
        };
        if !part.body.is_empty() {
            if !whole.body.is_empty() {
                whole.body.push_str("\n\n");
            }
            whole.body.push_str(&part.body);
        }
        whole.elements.extend(part.elements);
        if whole.title.is_none() {
            whole.title = part.title;
        }
        let (meta, more) = (&mut whole.metadata, part.metadata);
        for name in more.authors {
            if meta.authors.len() < crate::article::MAX_AUTHORS && !meta.authors.contains(&name) {
                meta.authors.push(name);
            }
        }
        let room = crate::article::MAX_CONTRIBUTORS.saturating_sub(meta.contributors.len());
        meta.contributors.extend(more.contributors.into_iter().take(room));
        if meta.published.is_none() {
            meta.published = more.published;
        }
        let mut pieces = more.stripped.into_iter().map(|mut piece| {
            piece.body_index += before;
            piece
        });
        let Some(first) = pieces.next() else { return };
        let joins = meta.stripped.last().is_some_and(|last| {
            last.body_index == first.body_index
                && last.kind == first.kind
                && last.reason == first.reason
                && last.span.is_some()
                && first.span.is_some()
        });
        if joins {
            self.joined_end = first.span.map(|span| span.end);
        } else {
            Self::end_join(self.input, &mut meta.stripped, self.joined_end.take());
            meta.stripped.push(first);
        }
        if pieces.len() > 0 {
            Self::end_join(self.input, &mut meta.stripped, self.joined_end.take());
            meta.stripped.extend(pieces);
        }
    }

    /// Gives the ledger's last piece the span and text of the pieces that joined it.
    fn end_join(input: &str, stripped: &mut [Stripped], joined_end: Option<usize>) {
        let (Some(end), Some(last)) = (joined_end, stripped.last_mut()) else { return };
        stretch_to(last, end, |span| input.get(span.range()).map(str::to_owned));
    }

    /// The article of the whole text; `None` when no stretch was pushed.
    pub(crate) fn finish(mut self) -> Option<Article> {
        let whole = self.whole.as_mut()?;
        Self::end_join(self.input, &mut whole.metadata.stripped, self.joined_end.take());
        self.whole
    }
}

/// The body's elements as they are built: a body block each, but that the blocks of one
/// list item, one table or one code block make one element.
#[derive(Default)]
struct Elements {
    list: Vec<Element>,
    /// What the last element groups, so that the next block of the same group joins it.
    open: Option<Group>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Group {
    Item(u32),
    Table(u32),
    Code(u32),
}

impl Elements {
    /// Adds the body block `text` in its `role`, with its `links` and code spans.
    fn push(&mut self, text: Cow<'_, str>, role: Role, mut links: Vec<Link>, mut code_spans: Vec<Span>) {
        let open = self.open.take();
        let last = self.list.last_mut();
        match role {
            Role::Paragraph => self.list.push(Element::Paragraph { text: text.into_owned(), links, code_spans }),
            Role::Heading(level) => {
                self.list.push(Element::Heading { level, text: text.into_owned(), links, code_spans })
            }
            Role::Quote => self.list.push(Element::Quote { text: text.into_owned(), links, code_spans }),
            Role::ListItem { ordered, number, depth, item } => {
                self.open = Some(Group::Item(item));
                match last {
                    Some(Element::ListItem { text: so_far, links: so_far_links, code_spans: so_far_code, .. })
                        if open == self.open =>
                    {
                        so_far.push_str("\n\n");
                        for link in &mut links {
                            link.start += so_far.len();
                            link.end += so_far.len();
                        }
                        for span in &mut code_spans {
                            span.start += so_far.len();
                            span.end += so_far.len();
                        }
                        so_far.push_str(&text);
                        so_far_links.append(&mut links);
                        so_far_code.append(&mut code_spans);
                    }
                    _ => self.list.push(Element::ListItem {
                        ordered,
                        number,
                        depth,
                        text: text.into_owned(),
                        links,
                        code_spans,
                    }),
                }
            }
            Role::Row(row) => {
                self.open = Some(Group::Table(row.table));
                // A pipe table's delimiter row (`|---|---|`) shows nothing of its own.
                if row.cells.is_empty() {
                    return;
                }
                match last {
                    Some(Element::Table(table)) if open == self.open => table.rows.push(row.cells),
                    _ => self.list.push(Element::Table(Table { rows: vec![row.cells] })),
                }
            }
            // Taken before a block's text is (see `assemble`): an image has none.
            Role::Image(_) => {}
            Role::Code(line) => {
                self.open = Some(Group::Code(line.code));
                let code = line.raw.trim_end();
                match last {
                    Some(Element::Code { text, .. }) if open == self.open => {
                        if !line.fence {
                            // A block's first line follows its opening fence: no break before it.
                            if !text.is_empty() || line.blank_before > 0 {
                                text.push_str(&"\n".repeat(1 + line.blank_before as usize));
                            }
                            text.push_str(code);
                        }
                    }
                    _ => {
                        let text = if line.fence { String::new() } else { code.to_owned() };
                        self.list.push(Element::Code { text, language: line.language });
                    }
                }
            }
        }
    }
}

/// What a list of `(block index, value)` in reverse order holds for block `index`,
/// taken off its end; the default for a block it does not name. The roles, links and
/// code spans of the few blocks that have them are kept this way once the blocks go.
fn take_at<T: Default>(reversed: &mut Vec<(usize, T)>, index: usize) -> T {
    match reversed.last() {
        Some((at, _)) if *at == index => reversed.pop().map(|(_, value)| value).unwrap_or_default(),
        _ => T::default(),
    }
}

/// Whether a block with this label goes to the ledger (a kind the caller keeps stays in
/// the body).
fn is_stripped(label: Label, keep: &[Kind]) -> bool {
    label.is_some_and(|v| !keep.contains(&v.kind))
}

/// The length of the body that [`assemble`] will build from blocks of these text
/// lengths with these labels.
fn body_len(text_lens: impl Iterator<Item = usize>, labels: &[Label], keep: &[Kind]) -> usize {
    text_lens.zip(labels).filter(|&(_, &label)| !is_stripped(label, keep)).map(|(len, _)| len + 2).sum()
}

/// Sets `published` from the first line that holds a readable date.
fn read_date(text: &str, published: &mut Option<Published>) {
    if published.is_none() {
        if let Some(found) = date::find(text) {
            *published = Some(Published { raw: text.to_owned(), iso: Some(found.iso), datetime: found.datetime });
        }
    }
}

/// Words of names written in lower case in languages the crate has no data for.
const SHARED_NAME_PARTICLES: &[&str] = &["bin"];

/// Every language's conjunctions, with a space either side: what joins two names.
static CONJUNCTIONS: LazyLock<Vec<String>> =
    LazyLock::new(|| lang::union(|data| data.conjunctions).into_iter().map(|word| format!(" {word} ")).collect());

/// Every language's name particles, and the shared ones.
static NAME_PARTICLES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut particles = lang::union(|data| data.name_particles);
    for word in SHARED_NAME_PARTICLES {
        if !particles.contains(word) {
            particles.push(word);
        }
    }
    particles
});

/// The person names in a byline: "By Jane Doe and John Roe, Reuters" → both names.
pub(crate) fn authors_in(byline: &str) -> Vec<String> {
    let mut text = byline.trim();
    for opener in lang::byline_openers() {
        let head = text.get(..opener.len());
        if head.is_some_and(|h| h.eq_ignore_ascii_case(opener)) && text[opener.len()..].starts_with([' ', ':']) {
            text = text[opener.len()..].trim_start_matches([' ', ':']);
            break;
        }
    }
    // What follows a bar or a dash is the outlet or the date.
    let names_part = text.split(['|', '•', '·', '—', '–']).next().unwrap_or_default();
    let names_part = names_part.split(" - ").next().unwrap_or_default();
    let mut pieces: Vec<&str> = names_part.split([',', '&', ';']).collect();
    for conjunction in CONJUNCTIONS.iter() {
        pieces = pieces.into_iter().flat_map(|piece| piece.split(conjunction.as_str())).collect();
    }
    let mut names = Vec::new();
    for piece in pieces {
        let name = piece.trim().trim_end_matches('.');
        if looks_like_name(name) {
            names.push(name.to_owned());
        }
    }
    names
}

/// Two to five capitalised words without digits or at-signs.
fn looks_like_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || NAME_PARTICLES.contains(w))
        && !text.contains(|c: char| c.is_ascii_digit() || c == '@')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_from_bylines() {
        for (line, names) in [
            ("By Jane Doe and John Roe", vec!["Jane Doe", "John Roe"]),
            ("Jane Doe | Reuters", vec!["Jane Doe"]),
            ("By Jane Doe, CNN", vec!["Jane Doe"]),
            ("Chris Davies - Nov 19, 2019, 10:31 pm CST", vec!["Chris Davies"]),
            ("Von Hans Müller und Eva Schmidt", vec!["Hans Müller", "Eva Schmidt"]),
            ("Author: Ludwig van Beethoven", vec!["Ludwig van Beethoven"]),
            ("Sarah.Needleman@wsj.com", vec![]),
        ] {
            assert_eq!(authors_in(line), names, "{line}");
        }
    }
}
