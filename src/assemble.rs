//! Labels to an [`Article`]: the body from the unlabelled blocks, the ledger of stripped
//! pieces from the rest, and the typed metadata read off the labelled pieces.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::article::Span;
use crate::article::{Article, Published, Stripped};

use crate::article::Kind;
use crate::classify::{Label, Verdict};
use crate::date;
use crate::lang;

/// Builds the article from each block's text and span, in order, consumed as they come:
/// owned text (HTML) moves into the ledger instead of being copied, and the text path
/// hands in slices of the input rather than its blocks, so that the blocks are gone
/// before the ledger grows. `title` is the index of the headline block, if any; `keep`
/// lists kinds that stay in the body; `path_of(i)` locates block `i` in an HTML page
/// (text input has no paths: its spans locate it); `body_len` is the body's length, for
/// one exact allocation.
pub(crate) fn assemble<'a>(
    texts: impl Iterator<Item = (Cow<'a, str>, Option<Span>)>,
    labels: &[Label],
    title: Option<usize>,
    keep: &[Kind],
    path_of: &dyn Fn(usize) -> Option<String>,
    body_len: usize,
) -> Article {
    let mut article = Article::default();
    article.body.reserve_exact(body_len);
    let meta = &mut article.metadata;
    // Whole-page dumps strip most of their lines: the ledger is allocated once, exactly.
    let stripped = labels.iter().filter(|&&label| is_stripped(label, keep)).count();
    meta.stripped.reserve_exact(stripped);
    let mut paragraphs = 0;
    for (index, (text, span)) in texts.enumerate() {
        if title == Some(index) {
            article.title = Some(text.to_string());
        }
        let label = labels.get(index).copied().flatten();
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
                    Kind::Credit => meta.contributors.push(text.to_string()),
                    _ => {}
                }
                meta.stripped.push(Stripped {
                    kind,
                    text: text.into_owned(),
                    span,
                    path: path_of(index),
                    body_index: paragraphs,
                    reason: Cow::Borrowed(why),
                });
            }
            _ => {
                if !article.body.is_empty() {
                    article.body.push_str("\n\n");
                }
                article.body.push_str(&text);
                paragraphs += 1;
            }
        }
    }
    article
}

/// Whether a block with this label goes to the ledger (a kind the caller keeps stays in
/// the body).
fn is_stripped(label: Label, keep: &[Kind]) -> bool {
    label.is_some_and(|v| !keep.contains(&v.kind))
}

/// The length of the body that [`assemble`] will build from blocks of these text
/// lengths with these labels.
pub(crate) fn body_len(text_lens: impl Iterator<Item = usize>, labels: &[Label], keep: &[Kind]) -> usize {
    text_lens.zip(labels).filter(|&(_, &label)| !is_stripped(label, keep)).map(|(len, _)| len + 2).sum()
}

/// Sets `published` from the first line that holds a readable date.
fn read_date(text: &str, published: &mut Option<Published>) {
    if published.is_none() {
        if let Some(found) = date::find(text) {
            *published = Some(Published { raw: text.to_owned(), iso: Some(found.iso) });
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
