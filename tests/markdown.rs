//! The structured body and its Markdown: links kept on request (HTML), and the structure
//! written into text input.

#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests stop at the first broken promise.

use unclutter::{Cleaner, Element, Link};

const PROSE: &str = "The harbour reopened on Monday after three weeks of repairs to the sea wall, the port said.";

fn linked() -> Cleaner {
    Cleaner::builder().links(true).build().expect("builds")
}

/// The text of each link of an element, with its target.
fn link_texts<'a>(text: &'a str, links: &'a [Link]) -> Vec<(&'a str, &'a str)> {
    links.iter().map(|l| (&text[l.start..l.end], l.href.as_str())).collect()
}

#[test]
fn links_are_off_by_default_and_change_nothing_else() {
    let page = format!(
        "<article><p>{PROSE} The <a href=\"/port\">port authority</a> said the quay opens next.</p>\
         <ul><li>The <a href=\"/w\">wall</a> was rebuilt first, stone by stone, over the winter</li></ul></article>"
    );
    let plain = Cleaner::builder().build().expect("builds").clean_html(&page).expect("cleans");
    let with = linked().clean_html(&page).expect("cleans");
    assert_eq!(plain.body, with.body);
    assert_eq!(plain.metadata, with.metadata);
    for element in &plain.elements {
        if let Element::Paragraph { links, .. } | Element::ListItem { links, .. } = element {
            assert!(links.is_empty(), "{element:?}");
        }
    }
    let Element::Paragraph { text, links, .. } = &with.elements[0] else { panic!("{:?}", with.elements) };
    assert_eq!(link_texts(text, links), [("port authority", "/port")]);
    let Element::ListItem { text, links, .. } = &with.elements[1] else { panic!("{:?}", with.elements) };
    assert_eq!(link_texts(text, links), [("wall", "/w")]);
    assert!(with.to_markdown().contains("The [port authority](/port) said"), "{}", with.to_markdown());
    assert!(with.to_markdown().contains("- The [wall](/w) was rebuilt"), "{}", with.to_markdown());
}

#[test]
fn link_text_and_targets_are_written_so_markdown_reads_them_back() {
    let page = format!(
        "<article><p>{PROSE} See <a href=\"/a b(1)\">the [old] pier</a> and <a href=\"\n/c\n\">the quay</a>.</p></article>"
    );
    let markdown = linked().clean_html(&page).expect("cleans").to_markdown();
    assert!(markdown.contains("See [the \\[old\\] pier](</a b(1)>) and [the quay](/c)."), "{markdown}");
}

#[test]
fn a_link_around_blocks_is_a_link_of_each_block() {
    let page = format!(
        "<article><p>Stories this week.</p>\
         <a href=\"/first\"><h2>First story</h2><p>{PROSE}</p></a>\
         <a href=\"/story\"><h2>Second story</h2><p>The quay will be paved next spring, once the new stone has come in from the quarry.</p></a></article>"
    );
    let article = linked().clean_html(&page).expect("cleans");
    let linked_elements: Vec<Vec<(&str, &str)>> = article
        .elements
        .iter()
        .filter_map(|e| match e {
            Element::Heading { text, links, .. } | Element::Paragraph { text, links, .. } if !links.is_empty() => {
                Some(link_texts(text, links))
            }
            _ => None,
        })
        .collect();
    assert!(linked_elements.contains(&vec![("Second story", "/story")]), "{:?}", article.elements);
}

#[test]
fn the_paragraphs_of_one_item_keep_their_links_in_place() {
    let page = format!(
        "<article><p>{PROSE}</p><ul><li><p>First the wall was rebuilt.</p><p>Then the <a href=\"/q\">quay</a> was paved.</p></li></ul></article>"
    );
    let article = linked().clean_html(&page).expect("cleans");
    let item = article.elements.iter().find(|e| matches!(e, Element::ListItem { .. })).expect("an item");
    let Element::ListItem { text, links, .. } = item else { unreachable!() };
    assert_eq!(text, "First the wall was rebuilt.\n\nThen the quay was paved.");
    assert_eq!(link_texts(text, links), [("quay", "/q")]);
}

#[test]
fn text_input_renders_its_own_structure() {
    let input = "Baking bread at home is easier than most people think, and it needs only a few things from the shelf.\n\
        ## What you need\n\
        - 500 g of flour\n\
        - 10 g of salt\n\
        \x20 - fine, not coarse\n\
        The method takes about three hours, most of it waiting while the dough rises somewhere warm and still.\n\
        1. Mix everything in a bowl.\n\
        2. Knead for ten minutes.\n\
        ```sh\n\
        oven --heat 220\n\
        \n\
        \x20 --wait 30\n\
        ```\n\
        | Loaf | Time |\n\
        |---|---|\n\
        | White | 30 min |\n\
        The loaf is done when it sounds hollow when you tap its base, and it should cool for an hour first.";
    let article = unclutter::clean_article(input).expect("cleans");
    let expected = "Baking bread at home is easier than most people think, and it needs only a few things from the shelf.\n\n\
        ## What you need\n\n\
        - 500 g of flour\n\
        - 10 g of salt\n\
        \x20   - fine, not coarse\n\n\
        The method takes about three hours, most of it waiting while the dough rises somewhere warm and still.\n\n\
        1. Mix everything in a bowl.\n\
        2. Knead for ten minutes.\n\n\
        ```sh\n\
        oven --heat 220\n\
        \n\
        \x20 --wait 30\n\
        ```\n\n\
        | Loaf | Time |\n\
        | --- | --- |\n\
        | White | 30 min |\n\n\
        The loaf is done when it sounds hollow when you tap its base, and it should cool for an hour first.\n";
    assert_eq!(article.to_markdown(), expected);
    // The plain body keeps every line as the input has it.
    assert!(article.body.contains("- 500 g of flour\n\n- 10 g of salt\n\n- fine, not coarse"), "{}", article.body);
    assert!(article.body.contains("```sh\n\noven --heat 220\n\n--wait 30\n\n```"), "{}", article.body);
}

#[test]
fn images_are_elements_where_they_stand_and_change_nothing_else() {
    let page = format!(
        "<article><p>{PROSE} <img src=\"/icon.png\" width=\"1\" height=\"1\"></p>\
         <figure><img data-src=\"/wall.jpg\" src=\"data:image/gif;base64,R0lGOD\" alt=\"The [new] wall\"><figcaption>The wall in May.</figcaption></figure>\
         <p>The quay will be paved next spring <img src=\"/quay.png\" alt=\"\"> once the stone has come in from the quarry.</p>\
         <img src=\"/hidden.png\" hidden></article>"
    );
    let plain = Cleaner::builder().build().expect("builds").clean_html(&page).expect("cleans");
    let with = Cleaner::builder().images(true).build().expect("builds").clean_html(&page).expect("cleans");
    assert_eq!(plain.body, with.body);
    assert_eq!(plain.metadata, with.metadata);
    let images: Vec<(usize, &str, &str)> = with
        .elements
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match e {
            Element::Image { src, alt } => Some((i, src.as_str(), alt.as_str())),
            _ => None,
        })
        .collect();
    // The one-pixel counter and the hidden image are left out; the lazy one's real
    // source is read; an image inside a paragraph follows it.
    assert_eq!(images, [(1, "/wall.jpg", "The [new] wall"), (3, "/quay.png", "")], "{:?}", with.elements);
    let markdown = with.to_markdown();
    assert!(markdown.contains("\n\n![The \\[new\\] wall](/wall.jpg)\n\n"), "{markdown}");
    assert!(markdown.ends_with("from the quarry.\n\n![](/quay.png)\n"), "{markdown}");
    assert!(!plain.to_markdown().contains("!["));
}

#[test]
fn inline_code_is_a_code_span_in_markdown() {
    let page = format!(
        "<article><p>{PROSE}</p><p>Set <code>cache_dir</code> in the file, run <kbd>quarry --strict-env</kbd>, \
         and keep <code>a`b</code> and <code>*x*</code> as written, the manual says.</p></article>"
    );
    let article = Cleaner::builder().build().expect("builds").clean_html(&page).expect("cleans");
    let Element::Paragraph { text, code_spans, .. } = &article.elements[1] else { panic!("{:?}", article.elements) };
    let spans: Vec<&str> = code_spans.iter().map(|s| &text[s.range()]).collect();
    assert_eq!(spans, ["cache_dir", "quarry --strict-env", "a`b", "*x*"]);
    assert!(article.body.contains("Set cache_dir in the file"), "{}", article.body);
    let markdown = article.to_markdown();
    assert!(
        markdown
            .contains("Set `cache_dir` in the file, run `quarry --strict-env`, and keep ``a`b`` and `*x*` as written"),
        "{markdown}"
    );
}
