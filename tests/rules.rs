//! The built-in rules, case by case and by name: every rule has cases here (a test fails
//! for a rule without one), and every case runs through both doors, as a line of a
//! short text article (`clean_text`) and as a `<p>` inside the `<article>` of a small
//! page (`clean_html`). One rule serves both.
//!
//! A case is `(rule name, line, kind)`: the line is stripped, with that kind and the
//! rule's reason, whichever the door. A negative case is `(rule name, prose)`: a
//! sentence with the rule's words in it stays in the body. A bug report becomes a case.
//!
//! Switching a rule off (`CleanerBuilder::without_rule`, `without_phrase`) leaves its
//! lines in the body, through both doors.
//!
//! What a rule gets wrong today is kept too, in [`KNOWN_GAPS`] (lines it misses) and
//! [`KNOWN_FALSE_HITS`] (prose it strips): tests fail when one of them is fixed, so that
//! the case moves to the tables above.

#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests may stop at the first broken promise.

use unclutter::{Article, BuiltinRule, Cleaner, Error, Kind};

/// Lines each rule strips, and as what.
const CASES: &[(&str, &str, Kind)] = &[
    // Pattern rules, in the order they are tried.
    ("credit-contributed", "Jane Roe contributed to this report.", Kind::Credit),
    (
        "credit-contributed",
        "Associated Press writer John Roe in Lisbon contributed additional reporting to this story.",
        Kind::Credit,
    ),
    ("credit-reporting-by", "(Reporting by Jane Roe; Editing by John Doe)", Kind::Credit),
    ("credit-reporting-by", "Additional reporting by Ana Ruiz in Madrid", Kind::Credit),
    ("credit-editing-by", "Jane Roe in Paris; editing by John Doe", Kind::Credit),
    ("credit-agency", "Mit Material von dpa", Kind::Credit),
    ("credit-agency", "Avec AFP", Kind::Credit),
    ("byline-by-name", "By Jane Doe", Kind::Byline),
    ("byline-by-name", "Von Katrin Albers und Jens Harmsen", Kind::Byline),
    ("byline-name-bar", "Jane Doe | Reuters", Kind::Byline),
    ("byline-name-bar", "Jane Doe - Nov 19, 2019", Kind::Byline),
    ("byline-dated", "By Jane Doe on Monday, November 18th, 2019 at 10:30 a.m. Eastern", Kind::Byline),
    ("byline-email", "jane.doe@gazette.example", Kind::Byline),
    ("byline-handle", "@janedoe", Kind::Byline),
    ("reading-time", "5 min read", Kind::Date),
    ("reading-time", "Lesezeit: 3 Minuten", Kind::Date),
    ("time-ago", "5 hours ago", Kind::Date),
    ("time-ago", "vor 3 Stunden", Kind::Date),
    ("time-of-day", "Updated 10:31 am", Kind::Date),
    ("comment-count", "12 Comments", Kind::Comments),
    ("comment-count", "42 Kommentare", Kind::Comments),
    ("comment-heading-title", "59 Comments on “How the River Rose Three Feet Overnight”", Kind::Comments),
    ("comment-policy", "Comments are moderated and may take a while to appear.", Kind::Comments),
    ("comment-policy", "Kommentare werden erst nach Prüfung freigeschaltet.", Kind::Comments),
    ("comment-moderation", "We moderate all comments before they appear.", Kind::Comments),
    ("newsletter-confirmation", "Thanks for signing up!", Kind::Newsletter),
    ("newsletter-confirmation", "Please check your inbox and click the activation link.", Kind::Newsletter),
    ("subscription-offer", "Get 12 issues for just £5 and save 80%.", Kind::Newsletter),
    ("subscription-offer", "If you enjoyed this article, please consider becoming a member.", Kind::Newsletter),
    ("related-coverage", "Follow our complete coverage of the election", Kind::Related),
    ("share-count", "1.2k shares", Kind::Share),
    ("caption-labelled", "Image caption The flooded high street on Tuesday morning", Kind::Caption),
    ("gallery-counter", "Photo 3 of 12", Kind::Caption),
    ("caption-bracketed-credit", "The flooded high street on Tuesday morning (Photo: Jane Doe)", Kind::Caption),
    ("caption-agency", "Firefighters at the scene on Monday. Getty Images", Kind::Caption),
    ("caption-credit", "Volunteers fill sandbags outside the fire station. Photo: Jane Doe", Kind::Caption),
    ("caption-file-photo", "In this 2006 file photo, the bridge is seen from the river.", Kind::Caption),
    ("newsletter-pitch", "Sign up for our morning briefing to get the news first.", Kind::Newsletter),
    ("author-contact", "Email Jane Doe at jane@gazette.example or follow her on Twitter.", Kind::Share),
    ("reach-the-reporter", "Reach the reporter on Twitter at @janedoe.", Kind::Share),
    ("follow-network", "Follow us on Instagram for more stories like this.", Kind::Share),
    ("author-bio", "Jane Doe is a reporter for the Gazette.", Kind::Credit),
    ("copyright", "© 2024 The Gazette", Kind::Legal),
    ("copyright", "Alle Rechte vorbehalten.", Kind::Legal),
    ("breadcrumbs", "Home > News > World", Kind::Navigation),
    ("breadcrumbs", "News | Local | Floods", Kind::Navigation),
    // The dateline test.
    ("dateline", "March 3, 2021", Kind::Date),
    ("dateline", "16.05.2024, 14:32 Uhr", Kind::Date),
    // Phrase rules: a sample of their phrases, in several languages.
    ("phrases-comment-headings", "Leave a Reply", Kind::Comments),
    ("phrases-comment-headings", "Kommentare", Kind::Comments),
    ("phrases-comment-notices", "Your email address will not be published.", Kind::Comments),
    ("phrases-shop-widgets", "Add to basket", Kind::Shop),
    ("phrases-shop-prompts", "Your compare list", Kind::Shop),
    ("phrases-share-buttons", "Share this article", Kind::Share),
    ("phrases-share-buttons", "Artikel teilen", Kind::Share),
    ("phrases-share-buttons", "WhatsApp", Kind::Share),
    ("phrases-share-prompts", "Click to email a link to a friend", Kind::Share),
    ("phrases-newsletter-prompts", "Newsletter", Kind::Newsletter),
    ("phrases-newsletter-pitches", "By signing up you agree to receive our emails.", Kind::Newsletter),
    ("phrases-cookie-buttons", "Accept all cookies", Kind::Cookie),
    ("phrases-cookie-buttons", "Alle akzeptieren", Kind::Cookie),
    ("phrases-cookie-banners", "We use cookies to improve your experience on our site.", Kind::Cookie),
    ("phrases-menu-entries", "Skip to content", Kind::Navigation),
    ("phrases-tag-labels", "Filed under: Politics, Bridges", Kind::Navigation),
    ("phrases-related-headings", "Related Articles", Kind::Related),
    ("phrases-related-headings", "Das könnte Sie auch interessieren", Kind::Related),
    ("phrases-related-pointers", "Mehr zum Thema", Kind::Related),
    ("phrases-related-pointers", "Lesen Sie auch: Die Brücke, die die Flut gebaut hat", Kind::Related),
    ("phrases-ad-labels", "Advertisement", Kind::Advertisement),
    (
        "phrases-affiliate-disclosures",
        "We may earn a commission when you buy through links on our site.",
        Kind::Advertisement,
    ),
    ("phrases-gallery-controls", "Photos", Kind::Caption),
    ("phrases-caption-credits", "Photo by Jane Doe", Kind::Caption),
    ("phrases-legal-links", "Privacy Policy", Kind::Legal),
    ("phrases-legal-links", "Impressum", Kind::Legal),
    (
        "phrases-copyright-notices",
        "This material may not be published, broadcast, rewritten or redistributed.",
        Kind::Legal,
    ),
    ("phrases-player-notices", "Listen to this article", Kind::Other),
    ("phrases-script-notices", "Please enable JavaScript to view the comments.", Kind::Other),
];

/// Lines a rule is meant to strip and does not yet, each with what stops it: findings
/// for the rule's owner, kept here so that they are not lost. A test fails when one
/// starts to pass, so that it moves into [`CASES`].
const KNOWN_GAPS: &[(&str, &str, Kind, &str)] = &[
    (
        "bare-url",
        "https://gazette.example/story/123",
        Kind::Other,
        "the rule allows lines of one word, but a line's words are its runs of letters and digits \
     (https, gazette, example, story, 123): no URL is that short. Allowing 40 words strips bare \
     URLs but costs aeb-text near 0.953 -> 0.951, whose gold keeps some",
    ),
    (
        "comment-policy",
        "Bitte beachten Sie: Kommentare werden vor der Veröffentlichung moderiert.",
        Kind::Comments,
        "the rule's words for moderating are `moderat…` and `modér…`: German `moderiert` is neither",
    ),
];

/// Prose that a rule strips and should not: findings for the rule's owner, as
/// [`KNOWN_GAPS`]. A test fails when one is kept, so that it moves into [`NEGATIVE`].
const KNOWN_FALSE_HITS: &[(&str, &str, &str)] = &[
    (
        "byline-dated",
        "By Monday, 2,000 sandbags had been filled and stacked along the river wall.",
        "'By' and a capitalised word, a comma and a digit within 18 words: a day of the week reads as a name",
    ),
    (
        "caption-file-photo",
        "In this town, photos of the flood hang on every café wall.",
        "'In this' and any six words before 'photos' is the agencies' 'In this file photo' opening",
    ),
    (
        "newsletter-pitch",
        "Volunteers can sign up for shifts at the fire station until Friday.",
        "'sign up for' anywhere in a line of up to 30 words is taken for a newsletter pitch",
    ),
    (
        "credit-reporting-by",
        "Reporting by local volunteers first drew attention to the cracks in the bridge.",
        "a line that opens with 'Reporting by' is a wire credit, whatever follows",
    ),
];

/// Prose with a rule's words in it, which the rule leaves alone.
const NEGATIVE: &[(&str, &str)] = &[
    (
        "credit-contributed",
        "Neighbours contributed to the repair fund, which reached its target of ten thousand pounds in a week.",
    ),
    (
        "credit-reporting-by",
        "The council said its reporting by email had failed twice this winter, leaving residents without warnings.",
    ),
    (
        "credit-editing-by",
        "Careful editing by the volunteers made the flood report far easier to read than last year's version.",
    ),
    ("byline-by-name", "By the end of the week the river had fallen back below the old stone markers on the bridge."),
    (
        "byline-name-bar",
        "Jane Doe - who ran the café on the corner for thirty years - said the flood was the worst she had seen.",
    ),
    (
        "byline-dated",
        "By Monday morning, more than 2,000 sandbags had been filled by volunteers and stacked along the old river wall beside the church.",
    ),
    (
        "byline-email",
        "Readers can write to letters@gazette.example with their memories of the flood and the weeks that followed it.",
    ),
    (
        "byline-handle",
        "The account @riverwatch posted photos of the flood every hour through the night, and thousands followed it.",
    ),
    (
        "reading-time",
        "It takes about 5 minutes to read the whole report, which the council has put online for anyone to see.",
    ),
    (
        "time-ago",
        "The bridge was closed 5 hours ago, and engineers are still inspecting its piers under floodlights tonight.",
    ),
    (
        "time-of-day",
        "The meeting starts at 10:30 and is open to anyone who lives in the parish or runs a business there.",
    ),
    ("comment-count", "12 comments were sent to the council before the deadline, most of them in favour of the plan."),
    (
        "comment-heading-title",
        "2 responses to the plan were received, both from farmers who asked for the road to stay open in winter.",
    ),
    (
        "comment-policy",
        "The council's comments on the plan were approved by the committee on Tuesday after a short debate.",
    ),
    (
        "comment-moderation",
        "We spoke to the moderator of the parish forum, who said comments had doubled since the flood began.",
    ),
    (
        "newsletter-confirmation",
        "I agree with the engineers, said the mayor, who wants the bridge rebuilt before the winter storms arrive.",
    ),
    (
        "subscription-offer",
        "If you enjoyed the walk, the café at the top of the hill serves the best scones in the county.",
    ),
    (
        "related-coverage",
        "Local radio will follow the coverage of the vote with a phone-in for listeners on Friday evening.",
    ),
    (
        "share-count",
        "The 1,200 shares in the ferry company that the council owns were sold last year for a modest sum.",
    ),
    (
        "caption-labelled",
        "The image caption on the council's website named the wrong bridge, a spokesman admitted on Monday.",
    ),
    (
        "gallery-counter",
        "Photo 3 of the exhibition, a grey river under a grey sky, won the prize for the best picture of the year.",
    ),
    (
        "caption-bracketed-credit",
        "The council published a photo of the bridge (taken in 2019) on its website last week, to much surprise.",
    ),
    (
        "caption-agency",
        "She sold the pictures to Getty Images and to Reuters last year, she said, and kept the prints for herself.",
    ),
    (
        "caption-credit",
        "Her photo, taken from the church tower, shows the whole valley under water and the bridge cut off.",
    ),
    (
        "caption-file-photo",
        "In the end the photos of the flood were shown at the library for a month, and hundreds came to see them.",
    ),
    (
        "newsletter-pitch",
        "More than 300 residents signed up for the flood warnings within a day of the service being launched.",
    ),
    (
        "author-contact",
        "Follow the signs to the car park by the river, which stays open through the night while the road is closed.",
    ),
    (
        "reach-the-reporter",
        "Reach the reporters' memorial by the footpath that runs along the river from the old mill to the church.",
    ),
    (
        "follow-network",
        "Followers of the council on Facebook were the first to hear that the bridge would reopen on Monday.",
    ),
    (
        "author-bio",
        "The mayor is a former reporter who covered the last great flood in 1998 for the Gazette and its sister papers.",
    ),
    (
        "copyright",
        "The copyright on the photographs belongs to the family, the museum said, and they will not be sold.",
    ),
    (
        "dateline",
        "The law took effect on March 3, 2021, and the first fines were issued a month later to three landlords.",
    ),
    (
        "phrases-share-buttons",
        "Share prices rose by a third after the bridge reopened to lorries, traders in the town said.",
    ),
    (
        "phrases-comment-headings",
        "Comments from residents filled three pages of the council's report on the future of the bridge.",
    ),
    (
        "phrases-cookie-banners",
        "The bakery on the corner sends cookies to every meeting, and we use cookies as a bribe, the mayor joked.",
    ),
];

/// German prose with a rule's words in it, set in a German article.
const NEGATIVE_DE: &[(&str, &str)] = &[
    (
        "credit-agency",
        "Die Kinder bauten mit Material von einer alten Mühle ein Floß, das zur Überraschung aller tatsächlich schwamm.",
    ),
    (
        "comment-policy",
        "Die Kommentare der Anwohner wurden vom Ausschuss gelesen, bevor der Plan am Dienstag freigegeben wurde.",
    ),
    (
        "byline-by-name",
        "Von der alten Brücke ist nach dem Hochwasser nur noch ein Pfeiler übrig, der mitten im Fluss steht.",
    ),
];

/// The article a line is set in: real paragraphs before and after it.
const BEFORE: [&str; 2] = [
    "The river rose three feet overnight, and the town council met at dawn to decide what to do about the bridge.",
    "Sandbags were handed out at the fire station until noon, and volunteers stacked them along the old river wall.",
];
const AFTER: [&str; 2] = [
    "Engineers said the bridge would stay closed until the water fell and its piers could be inspected from a boat.",
    "The council will meet again on Friday to hear their report and to decide whether the market can go ahead.",
];

const BEFORE_DE: [&str; 2] = [
    "Der Fluss ist über Nacht um einen Meter gestiegen, und der Stadtrat hat sich schon am frühen Morgen getroffen.",
    "Bis zum Mittag wurden an der Feuerwache Sandsäcke verteilt, die Freiwillige entlang der alten Ufermauer stapelten.",
];
const AFTER_DE: [&str; 2] = [
    "Die Brücke bleibt nach Angaben der Ingenieure gesperrt, bis das Wasser fällt und die Pfeiler geprüft werden können.",
    "Am Freitag will der Rat den Bericht hören und entscheiden, ob der Wochenmarkt am Samstag stattfinden kann.",
];

fn text_of(line: &str) -> String {
    [&BEFORE[..], &[line], &AFTER[..]].concat().join("\n")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn html_of(line: &str) -> String {
    let p = |text: &str| format!("<p>{}</p>", escape(text));
    let paragraphs: Vec<String> =
        BEFORE.iter().map(|t| p(t)).chain([p(line)]).chain(AFTER.iter().map(|t| p(t))).collect();
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>River rises | The Gazette</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
         <article><h1>River rises</h1>{}</article>\
         <footer><p>The Gazette, 1 Quay Street</p></footer></body></html>",
        paragraphs.concat()
    )
}

/// The line through both doors of `cleaner`: the text door's article and the HTML door's.
fn both_doors(cleaner: &Cleaner, line: &str) -> [(&'static str, Article); 2] {
    let text = cleaner.clean_text(&text_of(line)).unwrap_or_else(|e| panic!("{line:?}: {e}"));
    let html = cleaner.clean_html(&html_of(line)).unwrap_or_else(|e| panic!("{line:?}: {e}"));
    [("clean_text", text), ("clean_html", html)]
}

/// [`both_doors`], with the line set in a German article.
fn german_doors(cleaner: &Cleaner, line: &str) -> [(&'static str, Article); 2] {
    let text = [&BEFORE_DE[..], &[line], &AFTER_DE[..]].concat().join("\n");
    let html = html_of(line).replace(BEFORE[0], BEFORE_DE[0]).replace(BEFORE[1], BEFORE_DE[1]);
    let html = html.replace(AFTER[0], AFTER_DE[0]).replace(AFTER[1], AFTER_DE[1]).replace("lang=\"en\"", "lang=\"de\"");
    let text = cleaner.clean_text(&text).unwrap_or_else(|e| panic!("{line:?}: {e}"));
    let html = cleaner.clean_html(&html).unwrap_or_else(|e| panic!("{line:?}: {e}"));
    [("clean_text", text), ("clean_html", html)]
}

fn in_body(article: &Article, line: &str) -> bool {
    article.body.split("\n\n").any(|paragraph| paragraph == line)
}

fn default_cleaner() -> Cleaner {
    Cleaner::builder().build().expect("the default rules compile")
}

#[test]
fn every_case_is_stripped_by_its_rule_through_both_doors() {
    let cleaner = default_cleaner();
    let mut failures = Vec::new();
    for &(rule, line, kind) in CASES {
        let expected = BuiltinRule::named(rule).unwrap_or_else(|| panic!("{rule}: no such rule"));
        assert_eq!(expected.kind, kind, "{rule}: the case's kind is the rule's");
        for (door, article) in both_doors(&cleaner, line) {
            let piece = article.metadata.stripped.iter().find(|piece| piece.text == line);
            let verdict = match piece {
                None if in_body(&article, line) => "kept in the body".to_owned(),
                None => "neither in the body nor stripped".to_owned(),
                Some(piece) => match BuiltinRule::of(piece) {
                    Some(found) if found.name == rule => continue,
                    Some(found) => format!("stripped by {} as {}", found.name, piece.kind),
                    None => format!("stripped as {}: {:?}", piece.kind, piece.reason),
                },
            };
            failures.push(format!("{rule}, {door}: {line:?} is {verdict}"));
        }
    }
    assert!(failures.is_empty(), "{} case(s) fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn prose_with_a_rules_words_stays_in_the_body_through_both_doors() {
    let cleaner = default_cleaner();
    let mut failures = Vec::new();
    let english = NEGATIVE.iter().map(|&(rule, line)| (rule, line, false));
    let german = NEGATIVE_DE.iter().map(|&(rule, line)| (rule, line, true));
    for (rule, line, in_german) in english.chain(german) {
        assert!(BuiltinRule::named(rule).is_some(), "{rule}: no such rule");
        let doors = if in_german { german_doors(&cleaner, line) } else { both_doors(&cleaner, line) };
        for (door, article) in doors {
            if !in_body(&article, line) {
                let piece = article.metadata.stripped.iter().find(|piece| piece.text == line);
                let by = piece.map(|p| BuiltinRule::of(p).map_or(p.reason.to_string(), |r| r.name.to_owned()));
                failures.push(format!("{rule}, {door}: {line:?} is not in the body (stripped by {by:?})"));
            }
        }
    }
    assert!(failures.is_empty(), "{} negative case(s) fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn known_gaps_are_still_gaps() {
    let cleaner = default_cleaner();
    for &(rule, line, kind, why) in KNOWN_GAPS {
        assert_eq!(BuiltinRule::named(rule).map(|r| r.kind), Some(kind), "{rule}");
        for (door, article) in both_doors(&cleaner, line) {
            let stripped_by_rule = article
                .metadata
                .stripped
                .iter()
                .any(|piece| piece.text == line && BuiltinRule::of(piece).is_some_and(|r| r.name == rule));
            assert!(!stripped_by_rule, "{rule}, {door}: {line:?} is stripped now ({why}): move it into CASES");
        }
    }
}

#[test]
fn known_false_hits_are_still_hit() {
    let cleaner = default_cleaner();
    for &(rule, line, why) in KNOWN_FALSE_HITS {
        assert!(BuiltinRule::named(rule).is_some(), "{rule}: no such rule");
        for (door, article) in both_doors(&cleaner, line) {
            let stripped_by_rule = article
                .metadata
                .stripped
                .iter()
                .any(|piece| piece.text == line && BuiltinRule::of(piece).is_some_and(|r| r.name == rule));
            assert!(stripped_by_rule, "{rule}, {door}: {line:?} is kept now ({why}): move it into NEGATIVE");
        }
    }
}

#[test]
fn every_builtin_rule_has_a_case() {
    let named =
        |name: &str| CASES.iter().any(|&(rule, ..)| rule == name) || KNOWN_GAPS.iter().any(|&(rule, ..)| rule == name);
    let without: Vec<&str> =
        unclutter::builtin_rules().iter().map(|rule| rule.name).filter(|name| !named(name)).collect();
    assert!(without.is_empty(), "built-in rules without a case in tests/rules.rs: {without:?}");
}

/// Switching a case's rule off leaves its line in the body. Where another rule also
/// strips the line (a credit line ending in an agency's name is a caption's shape too),
/// that rule is switched off in turn: the line must end in the body, never stripped by
/// a rule that is off nor by anything but a rule.
#[test]
fn a_rule_switched_off_leaves_its_lines_in_the_body_through_both_doors() {
    let mut failures = Vec::new();
    let mut overlaps = 0;
    for &(rule, line, _) in CASES {
        for door in 0..2 {
            let mut off = vec![rule];
            loop {
                let cleaner = off.iter().fold(Cleaner::builder(), |b, name| b.without_rule(*name)).build().unwrap();
                let (door, article) = both_doors(&cleaner, line).into_iter().nth(door).unwrap();
                if in_body(&article, line) {
                    break;
                }
                let piece = article.metadata.stripped.iter().find(|piece| piece.text == line);
                match piece.and_then(BuiltinRule::of) {
                    Some(other) if !off.contains(&other.name) && off.len() < 4 => {
                        off.push(other.name);
                        overlaps += 1;
                    }
                    other => {
                        let by = other.map_or_else(|| piece.map(|p| p.reason.to_string()), |r| Some(r.name.to_owned()));
                        failures.push(format!("without {off:?}, {door}: {line:?} is stripped by {by:?}"));
                        break;
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} line(s) still stripped:\n{}", failures.len(), failures.join("\n"));
    assert!(overlaps < CASES.len(), "most cases are their rule's alone ({overlaps} overlaps)");
}

#[test]
fn switching_a_rule_off_leaves_the_other_rules_on() {
    let cleaner = Cleaner::builder().without_rule("credit-contributed").build().expect("a built-in rule");
    for (door, article) in both_doors(&cleaner, "(Reporting by Jane Roe; Editing by John Doe)") {
        assert_eq!(article.metadata.contributors, ["(Reporting by Jane Roe; Editing by John Doe)"], "{door}");
    }
}

#[test]
fn a_phrase_switched_off_leaves_the_rest_of_its_rule_on() {
    let cleaner = Cleaner::builder().without_phrase("Leave a reply:").build().expect("a built-in phrase");
    for (door, article) in both_doors(&cleaner, "Leave a Reply") {
        assert!(in_body(&article, "Leave a Reply"), "{door}: {:?}", article.metadata.stripped);
    }
    for (door, article) in both_doors(&cleaner, "Leave a comment") {
        assert!(!in_body(&article, "Leave a comment"), "{door}: the rule's other phrases still apply");
    }
    // Every phrase of every rule can be switched off by itself.
    let all: Vec<&str> = unclutter::builtin_rules().iter().flat_map(|rule| rule.phrases()).collect();
    assert!(all.len() > 500, "{} phrases", all.len());
    let mut builder = Cleaner::builder();
    for phrase in &all {
        builder = builder.without_phrase(*phrase);
    }
    let cleaner = builder.build().expect("every listed phrase is a built-in phrase");
    for (door, article) in both_doors(&cleaner, "Leave a Reply") {
        assert!(in_body(&article, "Leave a Reply"), "{door}");
    }
}

#[test]
fn every_rule_can_be_switched_off_at_once() {
    let mut builder = Cleaner::builder();
    for rule in unclutter::builtin_rules() {
        builder = builder.without_rule(rule.name);
    }
    let cleaner = builder.build().expect("every listed name is a built-in rule");
    for (door, article) in both_doors(&cleaner, "Jane Roe contributed to this report.") {
        assert!(in_body(&article, "Jane Roe contributed to this report."), "{door}");
    }
}

#[test]
fn unknown_names_and_phrases_are_errors_that_name_them() {
    let err = Cleaner::builder().without_rule("credit-contributd").build().unwrap_err();
    assert!(matches!(&err, Error::InvalidRule { rule, .. } if rule == "credit-contributd"), "{err:?}");
    assert!(err.to_string().contains("credit-contributd"), "{err}");

    let err = Cleaner::builder().without_phrase("Share this bridge").build().unwrap_err();
    assert!(matches!(&err, Error::InvalidRule { rule, .. } if rule == "Share this bridge"), "{err:?}");
    assert!(err.to_string().contains("Share this bridge"), "{err}");

    assert!(Cleaner::builder().without_phrase("--").build().is_err(), "a phrase with no letters");
}

#[test]
fn builtin_rules_name_their_kind_and_reason() {
    let rules = unclutter::builtin_rules();
    assert!(rules.len() >= 50, "{} rules", rules.len());
    for rule in rules {
        assert_eq!(BuiltinRule::named(rule.name), Some(rule));
        assert!(!rule.description.is_empty(), "{}", rule.name);
    }
    // The rule behind a stripped piece is found by its reason.
    let article = default_cleaner().clean_text(&text_of("Leave a Reply")).expect("cleans");
    let piece = article.metadata.stripped.iter().find(|p| p.text == "Leave a Reply").expect("stripped");
    assert_eq!(BuiltinRule::of(piece).map(|r| r.name), Some("phrases-comment-headings"));
    assert_eq!(BuiltinRule::of(piece).map(|r| r.description), Some(piece.reason.as_ref()));
}

/// The README's table of rules is `builtin_rules()`, row for row.
#[test]
fn the_readme_lists_every_rule_in_order() {
    let readme = include_str!("../README.md");
    let section = readme.split("### Built-in rules").nth(1).expect("the README's section on built-in rules");
    let section = section.split("\n#").next().unwrap_or_default();
    let rows: Vec<(String, String, String)> = section
        .lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .map(|row| {
            let (name, rest) = row.split_once("` | ").expect("a name cell");
            let (kind, what) = rest.split_once(" | ").expect("a kind cell");
            let what = what.strip_suffix(" |").expect("a last cell").replace("\\|", "|");
            (name.to_owned(), kind.to_owned(), what)
        })
        .collect();
    let rules: Vec<(String, String, String)> = unclutter::builtin_rules()
        .iter()
        .map(|rule| (rule.name.to_owned(), rule.kind.to_string(), rule.description.to_owned()))
        .collect();
    assert_eq!(rows, rules);
}
