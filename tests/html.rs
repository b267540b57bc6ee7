//! The HTML path: metadata from each of its sources (one small hand-written page per
//! source in `tests/data/html/`), body and ledger, charsets, and element paths.

#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests stop at the first broken promise.

use unclutter::{Article, Cleaner, Kind};

const PARAGRAPHS: [&str; 3] = [
    "The river rose three feet overnight, and the town council met at dawn to decide what to do about the flooded streets near the harbour.",
    "Engineers said the old sea wall, built in 1932, had held, but the pumps at the north end failed shortly after midnight.",
    "By noon the water had started to fall, and shops on the high street began to count the cost of the damage.",
];

fn page(name: &str) -> Article {
    let path = format!("{}/tests/data/html/{name}", env!("CARGO_MANIFEST_DIR"));
    let html = std::fs::read_to_string(&path).expect("test page");
    let article = unclutter::clean_article(&html).expect("cleans");
    assert_eq!(article.body, PARAGRAPHS.join("\n\n"), "{name}: body is exactly the three paragraphs");
    article
}

#[test]
fn title_from_og_title() {
    assert_eq!(page("title-og.html").title.as_deref(), Some("River floods the harbour streets"));
}

#[test]
fn title_author_date_and_site_from_json_ld() {
    let article = page("title-json-ld.html");
    assert_eq!(article.title.as_deref(), Some("Sea wall holds as river rises"));
    assert_eq!(article.metadata.authors, ["Jane Doe"]);
    let published = article.metadata.published.expect("date");
    assert_eq!(published.iso.as_deref(), Some("2024-03-05"));
    assert_eq!(published.raw, "2024-03-05T08:00:00Z");
    assert_eq!(article.metadata.site_name.as_deref(), Some("The Harbour Gazette"));
}

#[test]
fn title_from_the_single_h1_which_leaves_the_body() {
    let article = page("title-h1.html");
    assert_eq!(article.title.as_deref(), Some("Pumps fail at the north end"));
    let headline = article.metadata.stripped.iter().find(|s| s.kind == Kind::Title).expect("headline stripped");
    assert_eq!(headline.text, "Pumps fail at the north end");
}

#[test]
fn title_from_the_title_tag_without_the_site_name() {
    assert_eq!(page("title-tag.html").title.as_deref(), Some("Shops count the cost of the flood"));
}

#[test]
fn authors_from_meta_rel_author_and_the_visible_byline() {
    assert_eq!(page("author-meta.html").metadata.authors, ["Jane Doe"]);
    assert_eq!(page("author-rel.html").metadata.authors, ["John Roe"]);
    let article = page("author-byline.html");
    assert_eq!(article.metadata.authors, ["Maria Silva"]);
    assert!(article.metadata.stripped.iter().any(|s| s.kind == Kind::Byline && s.text == "By Maria Silva"));
}

#[test]
fn dates_from_meta_time_and_the_visible_dateline() {
    let iso = |name: &str| page(name).metadata.published.and_then(|p| p.iso);
    assert_eq!(iso("date-meta.html").as_deref(), Some("2024-03-05"));
    assert_eq!(iso("date-time.html").as_deref(), Some("2024-03-06"));
    assert_eq!(iso("date-dateline.html").as_deref(), Some("2024-03-07"));
}

#[test]
fn site_name_language_and_canonical_url() {
    let article = page("site-language-url.html");
    assert_eq!(article.metadata.site_name.as_deref(), Some("The Harbour Gazette"));
    assert_eq!(article.metadata.language.as_deref(), Some("en-GB"));
    assert_eq!(article.metadata.url.as_deref(), Some("https://gazette.example/flood"));
}

#[test]
fn stripped_pieces_have_paths_and_places() {
    let article = page("author-rel.html");
    let stripped = &article.metadata.stripped;
    let nav = stripped.iter().find(|s| s.text.starts_with("Home")).expect("menu stripped");
    assert_eq!(nav.kind, Kind::Navigation);
    assert_eq!(nav.path.as_deref(), Some("html > body > nav:nth-of-type(1)"));
    assert_eq!((nav.span, nav.body_index), (None, 0));
    let legal = stripped.last().expect("footer stripped");
    assert_eq!(legal.kind, Kind::Legal);
    assert_eq!(legal.path.as_deref(), Some("html > body > footer:nth-of-type(1) > p:nth-of-type(1)"));
    assert_eq!(legal.body_index, 3, "after the three paragraphs");
}

#[test]
fn every_visible_piece_is_accounted_for() {
    let article = page("author-byline.html");
    let mut seen: Vec<&str> = article.body.split("\n\n").collect();
    seen.extend(article.metadata.stripped.iter().map(|s| s.text.as_str()));
    seen.sort_unstable();
    let mut expected = vec![
        "Home News Sport",
        "Flood",
        "By Maria Silva",
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "© 2024 The Harbour Gazette. All rights reserved.",
    ];
    expected.sort_unstable();
    assert_eq!(seen, expected);
}

#[test]
fn bytes_are_decoded_by_their_declaration() {
    let cleaner = Cleaner::builder().build().unwrap();
    let mut latin1 =
        b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>"
            .to_vec();
    latin1.extend(b"Le caf\xe9 du port a rouvert ses portes lundi, apr\xe8s trois mois de travaux sur la fa\xe7ade.");
    latin1.extend(b"</p></body></html>");
    let article = cleaner.clean_bytes(&latin1).unwrap();
    assert_eq!(article.body, "Le café du port a rouvert ses portes lundi, après trois mois de travaux sur la façade.");
}

#[test]
fn a_lying_charset_declaration_does_not_garble_the_text() {
    let cleaner = Cleaner::builder().build().unwrap();
    // Declares Latin-1, is UTF-8.
    let page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Le café du port a rouvert ses portes lundi, après trois mois de travaux.</p></body></html>";
    assert!(cleaner.clean_bytes(page.as_bytes()).unwrap().body.starts_with("Le café du port"));
    // Declares UTF-8, is Latin-1.
    let mut page = b"<html><head><meta charset=\"utf-8\"></head><body><p>".to_vec();
    page.extend(b"Le caf\xe9 du port a rouvert ses portes lundi, apr\xe8s trois mois de travaux sur la fa\xe7ade.</p></body></html>");
    assert!(cleaner.clean_bytes(&page).unwrap().body.starts_with("Le café du port"));
}

#[test]
fn html_and_text_are_told_apart() {
    let text = "<3 is how she signed every letter to him, even the ones about the harbour and its floods.";
    assert_eq!(unclutter::clean_article(text).unwrap().body, text, "text that opens with '<' stays text");
    let html = format!("<!DOCTYPE html><html><body><p>{}</p></body></html>", PARAGRAPHS[0]);
    assert_eq!(unclutter::clean_article(&html).unwrap().body, PARAGRAPHS[0]);
}

#[test]
fn a_page_of_markup_without_text_has_an_empty_body() {
    let article =
        unclutter::clean_article("<html><head><title></title></head><body><div></div></body></html>").unwrap();
    assert!(article.body.is_empty());
    assert!(article.metadata.stripped.is_empty());
}

#[test]
fn a_style_inside_the_headline_is_not_its_text() {
    // CSS-in-JS libraries put `<style>` elements next to the markup they style.
    let html = format!(
        "<html><body><h1><style>.c1{{font-weight:700}}</style>River floods the harbour</h1>\
         <article><p>{}</p><p>{}</p></article></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    let article = unclutter::clean_article(&html).unwrap();
    assert_eq!(article.title.as_deref(), Some("River floods the harbour"));
}

#[test]
fn scripts_styles_and_hidden_elements_are_not_text() {
    let html = format!(
        "<html><body><script>var x = 'not text';</script><style>p {{ color: red }}</style>\
         <div hidden>Hidden menu</div><div style=\"display: none\">Also hidden</div>\
         <article><p>{}</p><p>{}</p></article></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    let article = unclutter::clean_article(&html).unwrap();
    assert_eq!(article.body, PARAGRAPHS[..2].join("\n\n"));
    assert!(article.metadata.stripped.is_empty());
}

#[test]
fn a_page_served_inside_noscript_is_read() {
    let html = format!(
        "<html><head><noscript><img src=\"pixel.gif\"></noscript></head><body><div id=\"app\"></div>\
         <noscript><div class=\"post\"><p>{}</p><p>{}</p></div></noscript></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    assert_eq!(unclutter::clean_article(&html).unwrap().body, PARAGRAPHS[..2].join("\n\n"));
}

#[test]
fn a_small_noscript_notice_is_not_read() {
    let html = format!(
        "<html><body><noscript><p>Please enable JavaScript to use this site.</p></noscript>\
         <article><p>{}</p><p>{}</p><p>{}</p></article></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
    );
    assert_eq!(unclutter::clean_article(&html).unwrap().body, PARAGRAPHS.join("\n\n"));
}

#[test]
fn author_from_an_element_named_for_it() {
    let html = format!(
        "<html><body><div class=\"post-author__name\">Christian Winter</div><article><p>{}</p></article></body></html>",
        PARAGRAPHS[0]
    );
    assert_eq!(unclutter::clean_article(&html).unwrap().metadata.authors, ["Christian Winter"]);
}

#[test]
fn language_and_url_from_open_graph_when_the_markup_has_none() {
    let html = format!(
        "<html><head><meta property=\"og:locale\" content=\"pt_BR\"><meta property=\"og:url\" content=\"https://example.org/a\">\
         <meta itemprop=\"datePublished\" content=\"2023-01-02\"></head><body><article><p>{}</p></article></body></html>",
        PARAGRAPHS[0]
    );
    let article = unclutter::clean_article(&html).unwrap();
    assert_eq!(article.metadata.language.as_deref(), Some("pt_BR"));
    assert_eq!(article.metadata.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(article.metadata.published.and_then(|p| p.iso).as_deref(), Some("2023-01-02"));
}

#[test]
fn a_modal_dialog_is_not_the_article_however_long() {
    let policy = "You may return any item within thirty days of delivery, unworn and with its tags, for a full refund to the original form of payment. ";
    let html = format!(
        "<html><body><main><p>{}</p><p>{}</p></main>\
         <div role=\"dialog\" aria-modal=\"true\" class=\"drawer\"><h2>Refund policy</h2>{}</div></body></html>",
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        format!("<p>{policy}</p>").repeat(12)
    );
    let article = unclutter::clean_article(&html).unwrap();
    assert_eq!(article.body, PARAGRAPHS[..2].join("\n\n"));
    // Not dropped: the dialog's text is in the ledger, with the reason.
    let from_modal: Vec<_> =
        article.metadata.stripped.iter().filter(|s| s.text.starts_with("You may return")).collect();
    assert_eq!(from_modal.len(), 12);
    assert!(from_modal.iter().all(|s| s.reason.contains("modal dialog")), "{from_modal:?}");
}

#[test]
fn a_page_that_is_all_modal_dialog_is_still_read() {
    let html = format!(
        "<html><body><div aria-modal=\"true\"><p>{}</p><p>{}</p></div></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    assert_eq!(unclutter::clean_article(&html).unwrap().body, PARAGRAPHS[..2].join("\n\n"));
}

#[test]
fn a_sidebar_inside_the_article_wrapper_is_not_the_article() {
    let html = format!(
        "<html><body><div class=\"wrapper\"><p>{}</p><p>{}</p><p>{}</p>\
         <aside class=\"widget-area\"><h3>Opening hours</h3><p>The office is open from eight in the morning to six in the evening, Monday to Thursday, and until four on Fridays.</p></aside>\
         </div></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
    );
    let article = unclutter::clean_article(&html).unwrap();
    assert_eq!(article.body, PARAGRAPHS.join("\n\n"));
    let sidebar =
        article.metadata.stripped.iter().find(|s| s.text.starts_with("The office is open")).expect("in the ledger");
    assert_eq!(sidebar.kind, Kind::Navigation);
}

#[test]
fn an_aside_chosen_as_the_container_is_read() {
    let html = format!(
        "<html><body><nav><a href=\"/\">Home</a></nav><aside><p>{}</p><p>{}</p><p>{}</p></aside></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
    );
    assert_eq!(unclutter::clean_article(&html).unwrap().body, PARAGRAPHS.join("\n\n"));
}

#[test]
fn a_listing_keeps_its_links_and_an_article_drops_its_link_lists() {
    let items: String = ["Ridge Runner 2, grey", "Summit Trail GTX, blue", "Canyon Glide, black", "Mesa Light, orange"]
        .iter()
        .map(|name| format!("<li><a href=\"/p/{}\">{name} trail running shoe for men</a> $120</li>", name.len()))
        .collect();
    let listing = format!("<html><body><main><ul>{items}</ul></main></body></html>");
    let article = unclutter::clean_article(&listing).unwrap();
    assert!(article.body.contains("Ridge Runner 2, grey trail running shoe for men $120"), "{}", article.body);
    assert!(article.body.contains("Mesa Light, orange"), "{}", article.body);

    let with_links = format!(
        "<html><body><main><p>{}</p><p>{}</p><p>{}</p><ul>{items}</ul></main></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
    );
    assert_eq!(unclutter::clean_article(&with_links).unwrap().body, PARAGRAPHS.join("\n\n"));
}

#[test]
fn an_article_element_around_the_best_section_holds_the_whole_article() {
    let last = "When the water was gone, the council promised a new sea wall and pumps that would keep running through the night.";
    let html = format!(
        "<html><body><article><div><div class=\"section\"><p>{}</p><p>{}</p><p>{}</p></div></div>\
         <section><p>{last}</p></section></article><footer>© 2024 The Harbour Gazette</footer></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
    );
    let body = unclutter::clean_article(&html).unwrap().body;
    assert_eq!(body, [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], last].join("\n\n"));
}

#[test]
fn a_thread_is_all_its_posts() {
    let posts = [
        "I just got the new board and wanted to turn off all the lights on it, because it sits in my bedroom and the green one blinks all night long. \
         I tried the settings from the old guide, the ones that worked on the last model, and I tried the new ones from the release notes, one at a time, \
         rebooting after each change. Nothing changed, and the green light still blinks, so I wonder whether this model reads its settings from \
         somewhere else now, or whether the lights are simply wired on and nothing can turn them off. Has anyone managed it, and if so, how? \
         I have also read the forum threads about the older boards, where the answer was a line in the config file, but that file looks different \
         on this model and the lines it holds do not match the ones in those threads at all, so I am not sure where such a line would even go now.",
        "The settings moved to a new file in the latest release, so the old lines in the config file no longer do anything at all on this model.",
        "Thanks, that worked for the power light. The network lights stay on, though, and I could not find any setting for them in the documentation.",
        "Those are driven by the network chip itself and can only be changed with the firmware update that came out last week; after it, both go dark.",
    ];
    let thread: String = posts
        .iter()
        .zip(["alice", "bob", "alice", "carol"])
        .map(|(post, author)| {
            format!(
                "<div class=\"post\"><div class=\"postprofile\"><a href=\"/u/{author}\">{author}</a></div>\
                 <div class=\"postbody\"><div class=\"content\">{post}</div></div></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><nav><a href=\"/\">Board index</a></nav><div class=\"topic\">{thread}</div></body></html>"
    );
    let body = unclutter::clean_article(&html).unwrap().body;
    for post in posts {
        assert!(body.contains(post), "{post:?} is missing from {body:?}");
    }
    assert!(!body.contains("Board index"));
}

/// A heading left at the end of the body over a section that was stripped whole goes
/// with its section; one over a section that stays is the article's.
#[test]
fn a_heading_over_a_stripped_section_goes_with_it() {
    let cleaner = Cleaner::builder().build().unwrap();
    let article_html = format!("<p>{}</p><p>{}</p>", PARAGRAPHS[0], PARAGRAPHS[1]);
    let teasers = "<ul><li><a href=/a>Rye or spelt?</a></li><li><a href=/b>My starter smells</a></li></ul>";
    let page = format!("<article>{article_html}<h3>Similar threads</h3>{teasers}</article>");
    let article = cleaner.clean_html(&page).unwrap();
    assert!(!article.body.contains("Similar threads"), "{}", article.body);
    let heading = article.metadata.stripped.iter().find(|s| s.text == "Similar threads").expect("in the ledger");
    assert!(heading.reason.contains("heading with nothing of the article after it"), "{heading:?}");
    let kept = format!("<article>{article_html}<h3>The crumb</h3><p>{}</p></article>", PARAGRAPHS[2]);
    assert!(cleaner.clean_html(&kept).unwrap().body.contains("The crumb"));
}

/// A form control's text (a button, a label, a menu's options) is never body, and is
/// not lost either: it is in the ledger with its reason.
#[test]
fn form_controls_go_to_the_ledger() {
    let page = format!(
        "<article><p>{}</p><form><label for=q>Your postcode</label><select><option>Monday</option><option>Tuesday</option></select>\
         <button>Check delivery</button></form><p>{}</p></article>",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    let article = Cleaner::builder().build().unwrap().clean_html(&page).unwrap();
    assert_eq!(article.body, format!("{}\n\n{}", PARAGRAPHS[0], PARAGRAPHS[1]));
    let controls: Vec<&str> = article
        .metadata
        .stripped
        .iter()
        .filter(|s| s.reason.contains("form control"))
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(controls, ["Your postcode", "Monday Tuesday", "Check delivery"]);
}

/// A table of data whose cells hold lists and long descriptions (an infobox, a list of
/// films with their plots) is still a table: each row one row of cells, and the article
/// the element around the table, with the prose before it.
#[test]
fn a_table_of_data_with_lists_and_long_cells_stays_a_table_in_its_article() {
    use unclutter::Element;
    let plot = "A woman who shot her husband on the last night of the year wishes she could live the year again, \
                and somehow gets her chance, which leads her to try to stop the events of the past, to no avail. ";
    let rows: String = (1..=12)
        .map(|i| {
            format!(
                "<tr><th><a href=\"/film/{i}\">Film {i}</a></th><td>{}</td><td>{}</td></tr>",
                1940 + i,
                plot.repeat(3)
            )
        })
        .collect();
    let html = format!(
        "<html><body><div class=\"content\"><p>{}</p>\
         <table><tr><th>Film</th><th>Year</th><th>Description</th></tr>{rows}\
         <tr><th>Studios</th><td><ul><li>North</li><li>South</li></ul></td><td>Both made several of these films.</td></tr></table>\
         </div></body></html>",
        PARAGRAPHS[0]
    );
    let article = unclutter::clean_article(&html).unwrap();
    assert!(article.body.starts_with(PARAGRAPHS[0]), "the prose before the table is the article's: {:?}", article.body);
    let table = article.elements.iter().find_map(|e| if let Element::Table(t) = e { Some(t) } else { None });
    let table = table.expect("a table");
    assert_eq!(table.rows.len(), 14, "the header, twelve films and the studios");
    let last: Vec<&str> = table.rows[13].iter().map(|cell| cell.text.as_str()).collect();
    assert_eq!(last, ["Studios", "North South", "Both made several of these films."]);
}

/// An article's table of contents, a list of links to its own sections, is part of it,
/// and so are its notes (a link back to where each is cited, then its source); a list
/// of links away from the page is not.
#[test]
fn a_table_of_contents_and_notes_of_links_within_the_page_stay() {
    let html = format!(
        "<html><body><article><p>{}</p>\
         <ul><li><a href=\"#pumps\">Why the pumps failed</a></li><li><a href=\"#wall\">The old sea wall</a></li></ul>\
         <h2 id=\"pumps\">Why the pumps failed</h2><p>{}</p><h2 id=\"wall\">The old sea wall</h2><p>{}</p>\
         <ol><li><a href=\"#cite-1\">^</a> <a href=\"https://example.org/report\">Harbour Board report on the sea wall</a>.</li></ol>\
         <ul><li><a href=\"/sport\">Sport news today</a></li><li><a href=\"/weather\">Weather this week</a></li></ul>\
         </article></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
    );
    let body = unclutter::clean_article(&html).unwrap().body;
    assert!(body.contains("Why the pumps failed\n\nThe old sea wall\n\nWhy the pumps failed"), "{body:?}");
    assert!(body.contains("^ Harbour Board report on the sea wall."), "{body:?}");
    assert!(!body.contains("Sport news today"), "{body:?}");
}

/// A block displayed inline that holds no text (a browser extension's badge after a
/// link) sits inside the line: the list item around it stays one paragraph.
#[test]
fn an_empty_block_displayed_inline_does_not_cut_the_line() {
    let html = format!(
        "<html><body><article><p>{}</p><p>{}</p><ol><li>Harbour Board (2024). \"Report on the sea wall\"\
         <div style=\"display: -webkit-inline-box; width: 16px\"><div class=\"icon\"></div></div>. Retrieved 1 May 2024.</li></ol>\
         </article></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    let article = unclutter::clean_article(&html).unwrap();
    assert!(
        article.body.contains("Harbour Board (2024). \"Report on the sea wall\". Retrieved 1 May 2024."),
        "{:?}",
        article.body
    );
}

/// A heading that is a link (a list article links each entry's title) and opens a
/// paragraph of the article is that section's heading; a linked heading alone is not.
#[test]
fn a_linked_heading_over_a_paragraph_is_a_section_heading() {
    let html = format!(
        "<html><body><article><p>{}</p><h3><a href=\"/film/dunkirk\">12) The sea wall</a></h3><p>{}</p>\
         <h3><a href=\"/film/pumps\">11) The pumps</a></h3><p>{}</p><h3><a href=\"/more\">More stories</a></h3></article></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
    );
    let article = unclutter::clean_article(&html).unwrap();
    assert!(article.body.contains("12) The sea wall\n\nEngineers said"), "{:?}", article.body);
    assert!(article.body.contains("11) The pumps\n\nBy noon"), "{:?}", article.body);
    assert!(!article.body.contains("More stories"), "{:?}", article.body);
}

/// A section's heading repeats its entry in the table of contents: it is no repeat.
#[test]
fn a_long_heading_listed_in_the_table_of_contents_stays() {
    let heading = "Example three: Alice commits and amends a draft fix for the pumps";
    let html = format!(
        "<html><body><article><p>{}</p><ul><li><a href=\"#three\">{heading}</a></li></ul>\
         <p>{}</p><h2 id=\"three\">{heading}</h2><p>{}</p></article></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
    );
    let article = unclutter::clean_article(&html).unwrap();
    let headings = article.elements.iter().filter(|e| matches!(e, unclutter::Element::Heading { .. })).count();
    assert_eq!(headings, 1, "{:?}", article.elements);
}

/// Link lists inside the article: a list the text leads into and goes on after, and
/// items that are sentences with links in them, are the article's; the list of other
/// articles that closes it is not.
#[test]
fn link_lists_the_article_talks_about_stay_and_related_links_go() {
    let html = format!(
        "<html><body><article><h1>Notes from the harbour works</h1><p>{}</p><h2>Fixed this week</h2><ul>\
         <li><a href=/bug/1>Pump controller restarts</a></li><li><a href=/bug/2>Gate sensor readings</a></li></ul>\
         <p>{}</p><ul><li>Ada Lovelace has <a href=/bug/3>a patch to log the tide gauge every minute</a></li>\
         <li><a href=/docs/wall>Read how the sea wall was surveyed in spring.</a></li></ul><p>{}</p>\
         <h2>Related</h2><ul><li><a href=/news/a>Council approves harbour budget</a></li>\
         <li><a href=/news/b>Ferry timetable changes for winter</a></li></ul></article></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
    );
    let article = unclutter::clean_article(&html).unwrap();
    for kept in [
        "Pump controller restarts",
        "Gate sensor readings",
        "Ada Lovelace has a patch to log the tide gauge every minute",
        "Read how the sea wall was surveyed in spring.",
    ] {
        assert!(article.body.contains(kept), "{kept:?} is the article's:\n{}", article.body);
    }
    for gone in ["Council approves harbour budget", "Ferry timetable changes for winter"] {
        assert!(!article.body.contains(gone), "{gone:?} is another article's:\n{}", article.body);
        assert!(article.metadata.stripped.iter().any(|s| s.text == gone), "{gone:?} is in the ledger");
    }
}

/// Text the page draws in a graphic, a menu's options, a text box, a button and a
/// formula is in the body or in the ledger, never lost; what a graphic or a formula holds
/// but does not draw (an SVG's tooltip, a formula's TeX source) is neither.
#[test]
fn text_in_graphics_controls_and_formulas_is_accounted_for() {
    let html = format!(
        "<html><body><article><p>{}</p><svg><title>tooltip only</title><text x=0 y=10>Water level in metres</text></svg>\
         <select><option>Harbour district</option></select><textarea>Your comment here</textarea>\
         <button>Send report</button><p>{} <math><semantics><mi>h</mi><mo>=</mo><mn>3</mn>\
         <annotation encoding=\"application/x-tex\">h = 3 texsource</annotation></semantics></math></p>\
         <svg><path d=\"M0 0\"/></svg><p>{}</p></article></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
    );
    let article = unclutter::clean_article(&html).unwrap();
    let stripped = |text: &str| article.metadata.stripped.iter().any(|s| s.text == text);
    for drawn in ["Water level in metres", "Harbour district", "Your comment here", "Send report"] {
        assert!(stripped(drawn), "{drawn:?} is in the ledger: {:#?}", article.metadata.stripped);
    }
    assert!(article.body.contains("h=3"), "the formula stays in its sentence:\n{}", article.body);
    for hidden in ["tooltip only", "texsource"] {
        assert!(!article.body.contains(hidden) && !article.metadata.stripped.iter().any(|s| s.text.contains(hidden)));
    }
}
