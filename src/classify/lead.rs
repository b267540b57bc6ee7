//! The standfirst (dek): summary prose set above the byline.
//!
//! News pages put a one- or two-sentence summary between the headline and the byline;
//! scraped text keeps it as a line of prose just before the article. Prose that
//! precedes the byline or dateline, with the article's running text after it, is that
//! summary (or the lead photo's caption), not the article's first paragraph.

use super::{Label, Verdict};
use crate::article::Kind;
use crate::block::{Block, Tag};

const WHY_LEAD: &str = "prose above the byline or dateline: the standfirst or a lead photo caption";

/// At most this many body blocks may precede the byline and still be taken as a dek.
const MAX_LEAD_BLOCKS: usize = 2;
/// How far past the first body block the byline may stand, in blocks.
const WINDOW: usize = 6;
/// A dek is a sentence or two; longer blocks are the article itself.
const MAX_LEAD_WORDS: u32 = 80;
/// The article after the byline must outweigh the dek by this factor, in words.
const MIN_BODY_FACTOR: u32 = 3;
/// ... and hold at least this many body blocks.
const MIN_BODY_BLOCKS: usize = 3;

/// Relabels as [`Kind::Summary`] the body blocks that stand above the article's byline
/// or dateline.
pub(crate) fn mark(blocks: &[Block<'_>], labels: &mut [Label]) {
    let Some(first) = labels.iter().position(Option::is_none) else { return };
    // A byline or dateline already above the first paragraph closed the page's header:
    // what follows is the article, whatever stands further down.
    if labels[..first].iter().any(|label| label.is_some_and(|v| is_header(v.kind))) {
        return;
    }
    let mut lead = Vec::with_capacity(MAX_LEAD_BLOCKS);
    let end = labels.len().min(first + WINDOW);
    for i in first..end {
        match labels[i] {
            // A heading above the byline is the headline, not a dek; the title step names it.
            None if blocks[i].tag == Tag::Heading => {}
            None if lead.len() < MAX_LEAD_BLOCKS && blocks[i].features.words <= MAX_LEAD_WORDS => lead.push(i),
            None => return,
            Some(v) if is_header(v.kind) => {
                if article_follows(blocks, labels, i, &lead) {
                    for &j in &lead {
                        labels[j] = Some(Verdict { kind: Kind::Summary, why: WHY_LEAD });
                    }
                }
                return;
            }
            Some(_) => {}
        }
    }
}

/// Whether the body after block `at` is an article that outweighs the `lead` blocks.
fn article_follows(blocks: &[Block<'_>], labels: &[Label], at: usize, lead: &[usize]) -> bool {
    let lead_words: u32 = lead.iter().map(|&i| blocks[i].features.words).sum();
    let (after_blocks, after_words) = blocks[at..]
        .iter()
        .zip(&labels[at..])
        .filter(|(_, label)| label.is_none())
        .fold((0, 0), |(n, w), (block, _)| (n + 1, w + block.features.words));
    after_blocks >= MIN_BODY_BLOCKS && after_words >= MIN_BODY_FACTOR * lead_words
}

/// The kinds that close an article's header: its byline and its dateline.
fn is_header(kind: Kind) -> bool {
    matches!(kind, Kind::Byline | Kind::Date)
}

#[cfg(test)]
mod tests {
    use crate::article::Kind;

    const PARAGRAPHS: &str = "The council met on Tuesday evening to vote on the new budget for the coming year.\n\
        Members argued for hours about the cost of the new bridge and the state of the roads.\n\
        In the end the plan passed by seven votes to four, and work will start in the spring.\n\
        The mayor said the town had waited long enough for a safe way across the river.\n\
        Opponents said they would ask the county to review the cost before any contract is signed.";

    #[test]
    fn prose_above_the_byline_is_the_standfirst() {
        let page = format!(
            "Council passes budget\nAfter a long night of argument at the town hall, the members vote for the new bridge and better roads.\nBy Jane Doe\n{PARAGRAPHS}"
        );
        let article = crate::clean_article(&page).expect("cleans");
        assert!(article.body.starts_with("The council met"), "{}", article.body);
        let dek = article.metadata.stripped.iter().find(|s| s.kind == Kind::Summary).expect("dek stripped");
        assert_eq!(
            dek.text,
            "After a long night of argument at the town hall, the members vote for the new bridge and better roads."
        );
    }

    #[test]
    fn prose_below_the_byline_stays() {
        let page = format!("Council passes budget\nBy Jane Doe\n{PARAGRAPHS}\nPosted on May 5, 2024");
        let article = crate::clean_article(&page).expect("cleans");
        assert!(article.body.starts_with("The council met"), "{}", article.body);
        assert!(article.metadata.stripped.iter().all(|s| s.kind != Kind::Summary));
    }
}
