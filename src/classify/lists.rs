//! Lists and tables written out as lines: tour dates, numbered picks, stat rows.
//!
//! Articles often carry a list after their prose ("June 9 – Tampa, FL", "1) Lego Star
//! Wars …", "DL Myles Garrett 57 77% …"). Each item is short and has little prose in it,
//! so on its own it grades like a menu line. What gives it away is the run: many lines
//! in a row that open the same way. Menus open with words, not with numbers, dates or
//! bullets, so a run of such lines is taken to be content.

use std::ops::Range;

use super::matcher::Hit;
use crate::article::Kind;
use crate::block::{Block, Role};

/// A run needs this many items that open the same way.
const MIN_ITEMS: usize = 4;
/// An item has at least this many words, its marker included.
const MIN_ITEM_WORDS: usize = 3;
/// A line between items (a link under each item, a sub-heading) has at most this many words.
const MAX_FILLER_WORDS: u32 = 12;

/// How a list item opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opening {
    /// "1) …", "10a etapa: …", "2019: …".
    Number,
    /// "June 9 – …", "Sept. 2 -- …".
    Date,
    /// "• …", "- …", "* …".
    Bullet,
    /// A short upper-case code: "DL Larry …", "QB …".
    Code,
    /// A row of a table written out with spaces, ranked: "1 Chicago Booth 37% 3.6 $175,000".
    Row,
}

/// A line that opens with a bare number is a table's row when at least this many of its
/// words hold digits (its rank among them): a headline ("5 Things to Do in June") has one.
const MIN_ROW_NUMBERS: usize = 3;

fn opening(text: &str) -> Option<Opening> {
    // An item is more than its marker.
    let [Some(word), Some(second), Some(_)] = first_tokens::<MIN_ITEM_WORDS>(text) else {
        return None;
    };
    let first = text.chars().next()?;
    if first.is_ascii_digit() {
        if numbered(text) {
            return Some(Opening::Number);
        }
        let bare_number = word.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit());
        let numbers = text.split_whitespace().filter(|w| w.bytes().any(|b| b.is_ascii_digit())).take(MIN_ROW_NUMBERS);
        return (bare_number && numbers.count() >= MIN_ROW_NUMBERS).then_some(Opening::Row);
    }
    if matches!(first, '•' | '·' | '▪' | '‣' | '◦' | '-' | '*' | '–') {
        return Some(Opening::Bullet);
    }
    // The day first: it rules out most lines before the month names are looked through.
    if second.starts_with(|c: char| c.is_ascii_digit())
        && crate::date::month_number(word.trim_end_matches([',', '.'])).is_some()
    {
        return Some(Opening::Date);
    }
    let letters = word.chars().count();
    if (1..=4).contains(&letters) && word.chars().all(|c| c.is_uppercase()) {
        return Some(Opening::Code);
    }
    None
}

/// The first `N` tokens of `text` as `split_whitespace` cuts them, found a byte at a
/// time: only characters outside ASCII are decoded. (This runs on every line.)
fn first_tokens<const N: usize>(text: &str) -> [Option<&str>; N] {
    let mut tokens = [None; N];
    let bytes = text.as_bytes();
    let (mut found, mut start, mut i) = (0, None, 0);
    while i < bytes.len() && found < N {
        let (white, len) = match bytes[i] {
            byte if byte.is_ascii() => (matches!(byte, b'\t'..=b'\r' | b' '), 1),
            _ => text[i..].chars().next().map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
        };
        match (white, start) {
            (true, Some(from)) => {
                tokens[found] = Some(&text[from..i]);
                found += 1;
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += len;
    }
    if let (Some(from), true) = (start, found < N) {
        tokens[found] = Some(&text[from..]);
    }
    tokens
}

/// Whether a line opens with an item number: "1)", "2.", "3:", "1a", "10º". A bare
/// number followed by a word ("5 Things to Do in June") is a headline, not an item.
fn numbered(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let mut rest = text[digits..].chars();
    match (rest.next(), rest.next()) {
        (Some('.' | ')' | ':'), _) => digits <= 3,
        (Some('a' | 'º' | 'ª' | '°'), None | Some(' ')) => digits <= 3,
        _ => false,
    }
}

/// Whether a rule hit still lets a line stand in a list: a date or a bare link is part
/// of an item; anything else (a share prompt, a heading) ends the list.
fn may_stand_in_list(hit: Option<Hit>) -> bool {
    hit.is_none_or(|h| matches!(h.kind, Kind::Date | Kind::Other))
}

/// The runs of list items in the page. Each run holds at least [`MIN_ITEMS`] lines that
/// open the same way, with at most one short line between any two of them.
pub(crate) fn runs(blocks: &[Block<'_>], hits: &[Option<Hit>]) -> Vec<Range<usize>> {
    // Each line's opening once: the loop below asks about most lines more than once.
    let openings: Vec<Option<Opening>> = blocks.iter().map(|block| opening(&block.text)).collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let Some(shape) = may_stand_in_list(hits[i]).then_some(openings[i]).flatten() else {
            i += 1;
            continue;
        };
        let (mut items, mut end, mut j) = (1, i + 1, i + 1);
        while j < blocks.len() && may_stand_in_list(hits[j]) {
            if openings[j] == Some(shape) {
                items += 1;
                end = j + 1;
                j += 1;
            } else if blocks[j].features.words <= MAX_FILLER_WORDS
                && openings.get(j + 1) == Some(&Some(shape))
                && may_stand_in_list(hits[j + 1])
            {
                j += 1;
            } else {
                break;
            }
        }
        if items >= MIN_ITEMS {
            found.push(i..end);
        }
        i = end.max(i + 1);
    }
    found
}

/// The runs of blocks the door found structure in (list items, table rows, lines of
/// code), a run per list, table or code block: maximal stretches of consecutive blocks
/// of one such kind.
pub(crate) fn structured_runs(blocks: &[Block<'_>]) -> Vec<Range<usize>> {
    let kind = |block: &Block<'_>| match block.role {
        Role::ListItem { .. } => Some(0),
        Role::Row(ref row) => Some(1 + 2 * u64::from(row.table)),
        Role::Code(ref line) => Some(2 + 2 * u64::from(line.code)),
        _ => None,
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let Some(this) = kind(&blocks[i]) else {
            i += 1;
            continue;
        };
        let start = i;
        while i < blocks.len() && kind(&blocks[i]) == Some(this) {
            i += 1;
        }
        found.push(start..i);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_those_of_split_whitespace() {
        for text in
            ["", " ", "a", "a b", "  a\u{a0}b\u{2003}c\x0bd ", "Sept. 2 -- USANA", "“Don’t” stop", "a\n\tb c d e"]
        {
            let expected: Vec<&str> = text.split_whitespace().take(3).collect();
            let found: Vec<&str> = first_tokens::<3>(text).into_iter().flatten().collect();
            assert_eq!(found, expected, "{text:?}");
        }
    }

    #[test]
    fn items_open_by_number_date_bullet_or_code() {
        assert_eq!(opening("1) Lego Star Wars"), Some(Opening::Number));
        assert_eq!(opening("Sept. 2 -- USANA Amphitheatre"), Some(Opening::Date));
        assert_eq!(opening("• Bring water"), Some(Opening::Bullet));
        assert_eq!(opening("DL Myles Garrett 57 77%"), Some(Opening::Code));
        assert_eq!(opening("June is the busiest month"), None);
        assert_eq!(opening("Home"), None);
        assert_eq!(opening("10a etapa: 21 de outubro – Tarumã"), Some(Opening::Number));
        assert_eq!(opening("5 Things to Do in June"), None);
        assert_eq!(opening("1 Chicago Booth School of Business 1 37% 3.6 $175,000"), Some(Opening::Row));
        assert_eq!(opening("10 Best Phones of 2024"), None);
        assert_eq!(opening("2"), None);
    }

    #[test]
    fn a_list_after_the_prose_stays_in_the_body() {
        let page = "Band announces tour\n\
            The band will play twenty shows next summer, its first tour in more than ten years, the promoter said.\n\
            Tickets go on sale on Friday at the venues and online, and fans can register for early access now.\n\
            Tour dates:\n\
            June 9 – West Palm Beach, FL\n\
            June 10 – Tampa, FL\n\
            June 14 – Alpharetta, GA\n\
            June 17 – Nashville, TN\n\
            Leave a Reply";
        let article = crate::clean_article(page).expect("cleans");
        assert!(article.body.contains("June 9 – West Palm Beach, FL"), "{}", article.body);
        assert!(article.body.ends_with("June 17 – Nashville, TN"), "{}", article.body);
    }

    #[test]
    fn code_and_tables_in_the_text_stay_with_the_article_and_escape_the_line_rules() {
        let page = "Setting up the scheduler\n\
            The scheduler reads its jobs from a small file, and each job names the command to run and when to run it.\n\
            ```toml\n\
            [job]\n\
            when = \"March 3, 2024\"\n\
            share = true\n\
            ```\n\
            | Field | Meaning |\n\
            |---|---|\n\
            | when | the first run |\n\
            | Share | whether others see it |\n\
            Once the file is saved, the scheduler picks the new job up within a minute, and no restart is needed at all.\n\
            Leave a Reply";
        let article = crate::clean_article(page).expect("cleans");
        for line in ["when = \"March 3, 2024\"", "share = true", "| Share | whether others see it |"] {
            assert!(article.body.contains(line), "{line} in {}", article.body);
        }
        assert_eq!(article.elements.len(), 4, "{:?}", article.elements);
        assert!(matches!(&article.elements[1], crate::Element::Code { language: Some(l), .. } if l == "toml"));
        assert!(matches!(&article.elements[2], crate::Element::Table(t) if t.rows.len() == 3 && t.rows[0][0].header));
        assert!(article.body.ends_with("no restart is needed at all."), "{}", article.body);
    }

    #[test]
    fn short_lines_between_paragraphs_that_end_a_sentence_stay() {
        let page = "Bread at home\n\
            Baking bread at home is easier than most people think, and it needs only a few things most kitchens have.\n\
            Ready?\n\
            The method takes about three hours, most of it waiting while the dough rises somewhere warm and still.\n\
            Related\n\
            Ten cakes to bake this winter";
        let article = crate::clean_article(page).expect("cleans");
        assert!(article.body.contains("\n\nReady?\n\n"), "{}", article.body);
        assert!(!article.body.contains("Ten cakes"), "{}", article.body);
    }

    #[test]
    fn runs_need_four_items_that_open_alike() {
        let lines =
            "Home\n1. Sport and games\n2. Culture and books\n3. Travel and places\n4. Money and work\nContact us";
        let blocks = crate::text::blocks(lines);
        assert_eq!(runs(&blocks, &[None; 6]), vec![1..5]);
        assert!(runs(&blocks[..4], &[None; 4]).is_empty());
    }
}
