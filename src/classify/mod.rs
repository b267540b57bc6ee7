//! Blocks to labels: one classifier for both input paths.
//!
//! 1. **Rules**: each block is checked against the phrase and pattern tables
//!    ([`crate::rules`]); a hit names its kind.
//! 2. **Quality**: each block without a hit is graded by its own features, as jusText
//!    does: long stopword-rich prose is *good*, medium prose *near-good*, short lines
//!    *short*, long text without function words *bad*.
//!    Items of a list that runs on right after prose (tour dates, numbered picks, stat
//!    rows) are graded as prose: the run, not the line, shows they are content.
//! 3. **Context**: short and near-good blocks take the grade of their neighbours: a
//!    short line between body paragraphs is body, between boilerplate it is boilerplate.
//! 4. **Repeats**: a block that mostly repeats earlier text (a summary dumped again, a
//!    pull quote) is graded bad; only the first copy can be body.
//! 5. **Region**: the article is the stretch of blocks with the most prose in it, net of
//!    boilerplate (a maximum-sum run over per-block scores), so teasers and comments far
//!    from the article stay out.
//! 6. **Standfirst**: prose set above the byline, with the article after it, is the
//!    dek, not the first paragraph.
//! 7. **Metadata**: the title is picked among the headline-like lines before the
//!    article; bylines, datelines and credits come from the rule hits.
//!
//! Where the article lies is the one thing the doors tell apart. When the page's markup
//! names the element that holds it (HTML, [`Document::container`]), the blocks inside are
//! the article unless a rule, their links or a repeat say otherwise ([`label_inside`]),
//! and the blocks outside are boilerplate, labelled by the rules where one fires
//! ([`label_outside`]); steps 2, 3 and 5 are then the markup's. Otherwise (text) the
//! article is the stretch of prose the steps above find ([`label_text`]). Either way a
//! headline the page states in its metadata is the title wherever it stands.

mod grade;
mod lead;
mod lists;
pub(crate) mod matcher;
mod region;
mod title;

use crate::article::Kind;
use crate::block::{Block, Tag};
use crate::document::Document;
use crate::lang::Language;
use crate::repeats;
use matcher::{Hit, Rules};

pub(crate) use grade::Grade;
pub(crate) use title::title_index;

/// Why a block left the body: its kind and the reason, for people reading the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Verdict {
    pub kind: Kind,
    pub why: &'static str,
}

/// The classifier's verdict on one block: `None` is article body.
pub(crate) type Label = Option<Verdict>;

const WHY_NOT_PROSE: &str = "not prose, and not between paragraphs of the article";
const WHY_MENU: &str = "a short line before the article: menu or page furniture";
const WHY_OUTSIDE: &str = "outside the article's stretch of prose";

/// The reasons a block is labelled for where it stands rather than for a rule's hit:
/// such a line may still be the headline. A form control's text and a trailing heading
/// are left out on purpose: neither is ever the headline.
const PLACEMENT_REASONS: &[&str] =
    &[WHY_NOT_PROSE, WHY_MENU, WHY_OUTSIDE, WHY_OUTSIDE_CONTAINER, WHY_FURNITURE, WHY_MODAL, WHY_LINKS, WHY_REPEAT];

/// Below this share of stopwords in the whole page, the page is taken to be in a language
/// the lists do not cover (running prose in a covered language is 30-50 % stopwords).
const MIN_STOPWORD_SHARE: f32 = 0.12;

/// A list counts as the article's when it starts within this many blocks after prose.
const LIST_REACH: usize = 3;

/// Settings the classifier takes from the [`Cleaner`](crate::Cleaner).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Settings {
    /// The pages' language, when the user knows it; otherwise each page's is detected.
    pub language: Option<Language>,
}

/// Labels every block of the document: one label per block, in order.
///
/// The blocks are borrowed mutably only to gather the container's blocks into one
/// slice, moved out and back rather than copied (pages can be tens of megabytes); they
/// are as they were when it returns.
pub(crate) fn classify(doc: &mut Document<'_>, rules: &Rules, settings: Settings) -> Vec<Label> {
    let mut labels = match &doc.container {
        Some(inside) => label_contained(&mut doc.blocks, inside, rules),
        // The repeats found while reading are used once, here.
        None => label_text(&doc.blocks, doc.repeated.take().as_deref(), rules, settings),
    };
    if let Some(title) = doc.page.title.as_deref() {
        title::mark_headline(&doc.blocks, &mut labels, title);
    }
    // A page without a container judged its controls' and graphics' text as lines: it
    // is never body.
    for (block, label) in doc.blocks.iter().zip(labels.iter_mut()) {
        if block.markup.control && label.is_none() {
            *label = Some(Verdict { kind: Kind::Other, why: WHY_CONTROL });
        } else if block.markup.graphic && label.is_none() {
            *label = Some(Verdict { kind: Kind::Other, why: WHY_GRAPHIC });
        }
    }
    strip_trailing_heading(&doc.blocks, &mut labels);
    labels
}

const WHY_TRAILING_HEADING: &str = "a heading with nothing of the article after it: its section was stripped";

/// A heading that ends the body heads a section whose every block was stripped
/// ("Similar threads", "Customers also bought" over their teasers): it goes with them.
/// Not when the section is prose the page printed twice (stripped as a repeat): that
/// section was the article's, and so is its heading.
fn strip_trailing_heading(blocks: &[Block<'_>], labels: &mut [Label]) {
    let Some(last) = labels.iter().rposition(Option::is_none) else { return };
    let heading = blocks[last].tag == Tag::Heading || matches!(blocks[last].role, crate::block::Role::Heading(_));
    let body_before = labels[..last].iter().any(Option::is_none);
    let repeats_after = labels[last + 1..].iter().any(|l| l.is_some_and(|v| v.why == WHY_REPEAT));
    if heading && body_before && last + 1 < blocks.len() && !repeats_after {
        labels[last] = Some(Verdict { kind: Kind::Other, why: WHY_TRAILING_HEADING });
    }
}

/// The labels of a page whose markup named the article's container: `inside[i]` tells
/// whether block `i` lies in it. The blocks inside are labelled as one run of text
/// ([`label_inside`]), those outside one by one ([`label_outside`]).
fn label_contained(blocks: &mut [Block<'_>], inside: &[bool], rules: &Rules) -> Vec<Label> {
    let (inner, outer): (Vec<usize>, Vec<usize>) = (0..blocks.len()).partition(|&i| inside[i]);
    let inner_blocks: Vec<Block<'_>> =
        inner.iter().map(|&i| std::mem::replace(&mut blocks[i], Block::empty())).collect();
    let inner_labels = label_inside(&inner_blocks, rules);
    let mut labels: Vec<Label> = vec![None; blocks.len()];
    for ((&i, label), block) in inner.iter().zip(inner_labels).zip(inner_blocks) {
        labels[i] = label;
        blocks[i] = block;
    }
    let first_inside = inner.first().copied().unwrap_or(0);
    let last_inside = inner.last().copied().unwrap_or(0);
    for &i in &outer {
        labels[i] = Some(label_outside(&blocks[i], i, first_inside..=last_inside, rules));
    }
    labels
}

/// The labels of the blocks inside the article's container, in order: what a rule
/// names is stripped, and so is link text (unless the page is a listing, see
/// [`is_listing`]) and repeated text; everything else is the article's, short or long,
/// because the markup already put it there.
fn label_inside(blocks: &[Block<'_>], rules: &Rules) -> Vec<Label> {
    let hits = rule_hits(blocks, rules);
    // The headings of the sections repeat the entries of the table of contents that
    // point to them: those entries are not what a repeat repeats.
    let repeated = repeats::repeats_except(blocks, links_within_page);
    let listing = is_listing(blocks);
    let mut labels: Vec<Label> = blocks
        .iter()
        .zip(&hits)
        .zip(&repeated)
        .map(|((b, &hit), &repeat)| trusted_label(b, hit, repeat, listing))
        .collect();
    keep_linked_headings(blocks, &mut labels);
    keep_link_lists_between_paragraphs(blocks, &mut labels);
    lead::mark(blocks, &mut labels);
    let article_start = labels.iter().position(Option::is_none).unwrap_or(blocks.len());
    title::mark(blocks, &mut labels, article_start);
    labels
}

/// A list of links with the article's prose (a paragraph, an item that is a sentence)
/// or a heading right before it and its prose right after it is the article's: its links are what the text talks about
/// ("the bugs fixed this week:", a list of tools). Related-article lists close the
/// article or a section instead.
fn keep_link_lists_between_paragraphs(blocks: &[Block<'_>], labels: &mut [Label]) {
    let links =
        |i: usize, labels: &[Label]| blocks[i].tag == Tag::ListItem && labels[i].is_some_and(|v| v.why == WHY_LINKS);
    let prose = |i: usize, labels: &[Label]| labels[i].is_none() && blocks[i].features.words >= MIN_SECTION_WORDS;
    let mut i = 0;
    while i < blocks.len() {
        if !links(i, labels) {
            i += 1;
            continue;
        }
        let start = i;
        while i < blocks.len() && links(i, labels) {
            i += 1;
        }
        let heading = |i: usize| labels[i].is_none() && blocks[i].tag == Tag::Heading;
        if start > 0 && i < blocks.len() && (prose(start - 1, labels) || heading(start - 1)) && prose(i, labels) {
            labels[start..i].fill(None);
        }
    }
}

/// A paragraph of at least this many words after a linked heading makes it a section's.
const MIN_SECTION_WORDS: u32 = 10;

/// A heading stripped as link text (a list's entries often link their titles: "12)
/// Dunkirk") that opens a paragraph of the article is that section's heading.
fn keep_linked_headings(blocks: &[Block<'_>], labels: &mut [Label]) {
    for i in 0..blocks.len().saturating_sub(1) {
        let next = &blocks[i + 1];
        if blocks[i].tag == Tag::Heading
            && labels[i].is_some_and(|v| v.why == WHY_LINKS)
            && labels[i + 1].is_none()
            && next.tag != Tag::Heading
            && next.features.words >= MIN_SECTION_WORDS
        {
            labels[i] = None;
        }
    }
}

/// Outside the article and away from it (more than [`NEAR_ARTICLE`] blocks), text with
/// more than this share of links is only checked against the phrase tables ("Share",
/// "Comments", "Subscribe"), not the shape patterns, which cost the most.
const LINK_TEXT: f32 = 0.5;
/// Bylines and datelines stand next to the article, often as links; link text farther
/// from it than this many blocks is menus and teasers.
const NEAR_ARTICLE: usize = 20;

const WHY_OUTSIDE_CONTAINER: &str = "outside the element that holds the article";
const WHY_FURNITURE: &str = "in the page's navigation, footer or sidebar, outside the article";
const WHY_MODAL: &str = "in a modal dialog, which opens over the page when asked";
const WHY_CONTROL: &str = "a form control's text: a button, a label or a menu's options";
const WHY_GRAPHIC: &str = "text drawn in a graphic (<svg>): a chart's labels, a logo";

/// The label of block `index`, outside the container whose blocks span `article`: the
/// kind a rule gives it, or else where it stands (a modal dialog, the page's furniture).
fn label_outside(block: &Block<'_>, index: usize, article: std::ops::RangeInclusive<usize>, rules: &Rules) -> Verdict {
    let near = index + NEAR_ARTICLE >= *article.start() && index <= article.end() + NEAR_ARTICLE;
    let hit = if block.markup.link_density > LINK_TEXT && !near {
        rules.check_phrases(&block.text, &block.features)
    } else {
        rules.check(&block.text, &block.features)
    };
    match hit {
        Some(hit) => Verdict { kind: hit.kind, why: hit.why },
        None if block.markup.control => Verdict { kind: Kind::Other, why: WHY_CONTROL },
        None if block.markup.graphic => Verdict { kind: Kind::Other, why: WHY_GRAPHIC },
        None if block.markup.modal => Verdict { kind: Kind::Other, why: WHY_MODAL },
        None if block.markup.in_furniture => Verdict { kind: Kind::Navigation, why: WHY_FURNITURE },
        None => Verdict { kind: Kind::Other, why: WHY_OUTSIDE_CONTAINER },
    }
}

/// Each block's rule hit: the phrase and pattern tables, then what the markup says.
/// A line of code or a row of a table is the page's data: no line rule reads it (a date,
/// a handle or a phrase in it says nothing about boilerplate).
fn rule_hits(blocks: &[Block<'_>], rules: &Rules) -> Vec<Option<Hit>> {
    blocks
        .iter()
        .map(|b| if b.role.is_data() { None } else { rules.check(&b.text, &b.features).or_else(|| markup_hit(b)) })
        .collect()
}

/// The labels of a page of text, where only the text can tell where the article lies:
/// steps 1 to 7 of the module's list. `repeated` tells which blocks repeat earlier ones,
/// when the door found that out as it read; otherwise it is found here.
fn label_text(blocks: &[Block<'_>], repeated: Option<&[bool]>, rules: &Rules, settings: Settings) -> Vec<Label> {
    let hits = rule_hits(blocks, rules);
    let found;
    let repeated = match repeated {
        Some(repeated) => repeated,
        None => {
            found = repeats::repeats(blocks);
            &found
        }
    };
    let lang = settings.language.unwrap_or_else(|| detect_language(blocks));
    // Pages in a language without a stopword list are graded on shape alone.
    let stopwords: usize = blocks.iter().map(|b| usize::from(b.features.stopwords[lang.index()])).sum();
    let words: usize = blocks.iter().map(|b| b.features.words as usize).sum();
    let has_stopwords = stopwords >= 3 && stopwords as f32 >= MIN_STOPWORD_SHARE * words as f32;
    let grade_all = |has_stopwords: bool| -> Vec<Grade> {
        blocks.iter().zip(&hits).map(|(block, hit)| grade::grade(block, *hit, lang, has_stopwords)).collect()
    };
    let mut grades = grade_all(has_stopwords);
    // A page with no prose by the stopword measure (tables of results, lists, terse
    // notes) is graded again on shape alone rather than thrown away whole.
    if has_stopwords && !grades.contains(&Grade::Good) {
        grades = grade_all(false);
    }
    // Items of a list that runs on for many lines, right after prose, are content,
    // whatever their length; so is a long list right after the page's byline or
    // dateline (a schedule, a results table: an article that is its list).
    let anchors = anchors(blocks, &hits);
    for run in lists::runs(blocks, &hits) {
        let after_prose = grades[run.start.saturating_sub(LIST_REACH)..run.start].contains(&Grade::Good);
        let after_anchor = run.len() >= MIN_ITEM_RUN
            && anchors[run.start.saturating_sub(region::ANCHOR_REACH)..run.start].contains(&true);
        if !after_prose && !after_anchor {
            continue;
        }
        for i in run {
            if hits[i].is_none() {
                grades[i] = Grade::Good;
            }
        }
    }
    // So are the lists, tables and code the text spells out (see `crate::text`), next
    // to prose; code and tables may come before it too (a listing, then its walk-through).
    for run in lists::structured_runs(blocks) {
        let after_prose = grades[run.start.saturating_sub(LIST_REACH)..run.start].contains(&Grade::Good);
        let data = blocks[run.start].role.is_data();
        let before_prose = grades[run.end..(run.end + LIST_REACH).min(blocks.len())].contains(&Grade::Good);
        if after_prose || data && before_prose {
            for i in run {
                if hits[i].is_none() {
                    grades[i] = Grade::Good;
                }
            }
        }
    }
    for (grade, &repeat) in grades.iter_mut().zip(repeated) {
        if repeat {
            *grade = Grade::Bad;
        }
    }
    grade::apply_context(&mut grades);
    let regions = region::select(blocks, &grades, &hits, &anchors);

    // Marked once, not asked of every region per block: a long page can have many.
    let mut inside_region = vec![false; blocks.len()];
    for region in &regions {
        inside_region[region.clone()].fill(true);
    }
    let mut labels: Vec<Label> = Vec::with_capacity(blocks.len());
    for (index, (block, (grade, hit))) in blocks.iter().zip(grades.iter().zip(&hits)).enumerate() {
        let inside = inside_region[index];
        let label = match (hit, inside, grade) {
            (Some(hit), _, _) => Some(Verdict { kind: hit.kind, why: hit.why }),
            (None, true, Grade::Good) => None,
            (None, true, _) => Some(Verdict { kind: Kind::Other, why: WHY_NOT_PROSE }),
            (None, false, _) => Some(guess_outside(block, index, regions.first())),
        };
        labels.push(label);
    }
    keep_between_paragraphs(blocks, &mut labels);
    lead::mark(blocks, &mut labels);
    title::mark(blocks, &mut labels, regions.first().map_or(blocks.len(), |r| r.start));
    labels
}

/// A run of at least this many lines between paragraphs of the article is its list or
/// table written out a line per item, kept whole. The teaser blocks set into news
/// articles ("Read more: …", two to five headlines) are shorter.
const MIN_ITEM_RUN: usize = 6;

/// Gives the article back what lies between its paragraphs and is not prose by its
/// words alone: a line that ends a sentence ("Now get prepping!", "You will need:"), and
/// the lines of a run of [`MIN_ITEM_RUN`] or more that end in a word or a number (list
/// items, table rows; a bracket or a bar at the end is a teaser's label or a menu).
fn keep_between_paragraphs(blocks: &[Block<'_>], labels: &mut [Label]) {
    let not_prose = |label: &Label| label.is_some_and(|v| v.why == WHY_NOT_PROSE);
    let mut i = 0;
    while i < labels.len() {
        if !not_prose(&labels[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < labels.len() && not_prose(&labels[i]) {
            i += 1;
        }
        let long_run = i - start >= MIN_ITEM_RUN;
        for (block, label) in blocks[start..i].iter().zip(&mut labels[start..i]) {
            let last = block.text.chars().next_back().unwrap_or(' ');
            let ends_sentence = matches!(last, '.' | '!' | '?' | ':' | '"' | '”' | ')');
            if ends_sentence || long_run && last.is_alphanumeric() {
                *label = None;
            }
        }
    }
}

/// When at least this share of the container's text is in blocks that are mostly links,
/// the page is a listing (search results, a category of products, a table of contents):
/// its links are its content, and stay.
const LISTING_SHARE: f32 = 0.5;
const WHY_LINKS: &str = "mostly links: a menu, a tag list or teasers";
const WHY_REPEAT: &str = "repeats text that came before it";

/// Whether the blocks are a listing: [`LISTING_SHARE`] of their text or more in blocks
/// that are mostly links.
fn is_listing(blocks: &[Block<'_>]) -> bool {
    let chars = |b: &Block<'_>| b.features.chars as usize;
    let all: usize = blocks.iter().map(chars).sum();
    let links: usize = blocks.iter().filter(|b| b.markup.link_density > grade::MAX_LINK_DENSITY).map(chars).sum();
    all > 0 && links as f32 >= LISTING_SHARE * all as f32
}

/// The label of a block from the element that holds the article: what a rule names is
/// stripped, and so is link text (unless the page is a listing, see [`is_listing`]) and
/// repeated text; everything else is the article's, short or long, because the markup
/// already put it there.
fn trusted_label(block: &Block<'_>, hit: Option<Hit>, repeated: bool, listing: bool) -> Label {
    // A line of code or a row of a data table is the page's data, whatever its words:
    // a date, a repeat, a link or a phrase in it says nothing about boilerplate.
    if block.role.is_data() {
        return None;
    }
    match hit {
        Some(hit) => Some(Verdict { kind: hit.kind, why: hit.why }),
        None if !listing && away_link_density(block) > grade::MAX_LINK_DENSITY => {
            Some(Verdict { kind: Kind::Other, why: WHY_LINKS })
        }
        None if repeated => Some(Verdict { kind: Kind::Other, why: WHY_REPEAT }),
        None => None,
    }
}

/// An item of a list that links to a place on the same page: an entry of the article's
/// table of contents (all of it such a link), or one of its notes (a `^` back to where
/// the note is cited, then the source it names, often a link away).
fn links_within_page(block: &Block<'_>) -> bool {
    block.tag == Tag::ListItem && block.markup.fragment_density > 0.0
}

/// The share of a block's text in links that lead away, as the contained path judges
/// it: an item that [`links_within_page`] is part of the article, whatever its links.
fn away_link_density(block: &Block<'_>) -> f32 {
    if links_within_page(block) || is_linked_sentence(block) { 0.0 } else { block.markup.link_density }
}

/// The fewest words before its first link that make a list item a sentence about its
/// links ("Neil has patches up to [improve the tab unloader]", "Ada Lovelace [fixed …]")
/// rather than a link with a label ("New: [headline]") or a link alone.
const MIN_LEAD_WORDS: u32 = 2;
/// The fewest words of such an item: a sentence, not a name and its link.
const MIN_SENTENCE_WORDS: u32 = 6;

/// A list item that says something with its links in it: an entry of a changelog, a
/// source with its note, a description that is a link ("Stream data with the Storage
/// Write API."). A menu's or a teaser list's items open with their link, and a headline
/// ends in no full stop.
fn is_linked_sentence(block: &Block<'_>) -> bool {
    let ends_sentence = block.text.trim_end().ends_with(['.', '。']);
    block.tag == Tag::ListItem
        && (block.markup.lead_words >= MIN_LEAD_WORDS || ends_sentence)
        && block.features.words >= MIN_SENTENCE_WORDS
}

const WHY_FIGURE: &str = "a figure's caption or credit (<figcaption>, <figure>)";

/// What the markup alone says a block is, when no rule named it: captions.
fn markup_hit(block: &Block<'_>) -> Option<Hit> {
    (block.tag == Tag::Caption || block.markup.in_figure).then_some(Hit {
        kind: Kind::Caption,
        why: WHY_FIGURE,
        whole_line: true,
    })
}

/// Blocks that introduce an article: a byline, a dateline, or a repeat of the headline
/// that opens the page (a page's first line is usually its `<title>`).
fn anchors(blocks: &[Block<'_>], hits: &[Option<Hit>]) -> Vec<bool> {
    // Past the cap the first line is no title, and searching it once per block would
    // cost its length times the number of blocks.
    let title =
        blocks.first().filter(|first| first.text.len() <= MAX_TITLE_LEN).map(|first| FirstLine::new(&first.text));
    blocks
        .iter()
        .zip(hits)
        .enumerate()
        .map(|(i, (block, hit))| {
            matches!(hit, Some(Hit { kind: Kind::Byline | Kind::Date, .. }))
                || i > 0 && block.features.words >= 4 && title.as_ref().is_some_and(|t| t.contains(&block.text))
        })
        .collect()
}

/// The longest first line [`anchors`] searches for echoes. A `<title>` is far shorter
/// (the eval pages' longest first line is 366 bytes); searching a longer line once per
/// block would cost its length times the number of blocks (13 MB of input took 19 s).
const MAX_TITLE_LEN: usize = 1024;

/// The page's first line, ready to be asked whether a block repeats part of it:
/// "Headline" under "Headline - Site".
pub(crate) struct FirstLine<'a> {
    text: &'a str,
    /// Bit `hash(a, b)` set for each pair of adjacent bytes `a b` in the line: a block
    /// with a pair the line lacks is no part of it, and needs no search.
    pairs: [u64; 64],
}

impl<'a> FirstLine<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut pairs = [0; 64];
        for pair in text.as_bytes().windows(2) {
            let bit = Self::pair_bit(pair[0], pair[1]);
            pairs[bit / 64] |= 1 << (bit % 64);
        }
        FirstLine { text, pairs }
    }

    fn pair_bit(a: u8, b: u8) -> usize {
        (usize::from(a) * 31 + usize::from(b)) % (64 * 64)
    }

    /// Whether `block` is part of the line: the pairs of its opening bytes are checked
    /// first, and only a block that passes is searched for.
    pub(crate) fn contains(&self, block: &str) -> bool {
        block.len() <= self.text.len()
            && block.as_bytes().windows(2).take(16).all(|pair| {
                let bit = Self::pair_bit(pair[0], pair[1]);
                self.pairs[bit / 64] & 1 << (bit % 64) != 0
            })
            && self.text.contains(block)
    }
}

/// A block outside the article that no rule named: menus before it, other things after.
fn guess_outside(block: &Block<'_>, index: usize, region: Option<&std::ops::Range<usize>>) -> Verdict {
    let before = region.is_some_and(|r| index < r.start);
    if before && block.features.words <= 4 && !block.features.ends_like_sentence {
        Verdict { kind: Kind::Navigation, why: WHY_MENU }
    } else {
        Verdict { kind: Kind::Other, why: WHY_OUTSIDE }
    }
}

/// The covered language with the most stopwords in the page; English when none has many.
fn detect_language(blocks: &[Block<'_>]) -> Language {
    let mut totals = [0usize; Language::COUNT];
    for block in blocks {
        for (total, count) in totals.iter_mut().zip(block.features.stopwords) {
            *total += usize::from(count);
        }
    }
    Language::ALL
        .into_iter()
        .max_by_key(|lang| (totals[lang.index()], std::cmp::Reverse(lang.index())))
        .filter(|lang| totals[lang.index()] >= 3)
        .unwrap_or(Language::English)
}
