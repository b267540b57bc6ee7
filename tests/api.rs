//! The public API's promises: thread safety, errors, options.

#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests and tools may stop at the first broken promise.

use unclutter::{Article, Cleaner, Error, Kind, Language};

#[test]
fn public_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Cleaner>();
    assert_send_sync::<Article>();
    assert_send_sync::<Error>();
    assert_send_sync::<Kind>();
    assert_send_sync::<unclutter::BuiltinRule>();
    assert_send_sync::<unclutter::CleanerBuilder>();
}

#[test]
fn one_cleaner_serves_many_threads() {
    let cleaner = Cleaner::builder().build().expect("default rules compile");
    let input = include_str!("data/golden/fox-sessions/input.txt");
    let expected = cleaner.clean_text(input).expect("cleans");
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| assert_eq!(cleaner.clean_text(input).expect("cleans"), expected));
        }
    });
}

#[test]
fn errors_carry_their_data() {
    assert_eq!(unclutter::clean_article(""), Err(Error::Empty));
    assert_eq!(unclutter::clean_article(" \n\t\r\n "), Err(Error::Empty));
    let small = Cleaner::builder().max_input_len(4).build().expect("builds");
    assert_eq!(small.clean_text("12345"), Err(Error::TooLarge { len: 5, limit: 4 }));
    assert!(small.clean_text("1234").is_ok());
    let bad = Cleaner::builder().strip_pattern(Kind::Other, "[").build();
    assert!(matches!(bad, Err(Error::InvalidRule { rule, .. }) if rule == "["));
}

#[test]
fn a_page_without_article_is_not_an_error() {
    let input = "Home\nNews\nSport\nShare\nLeave a Reply";
    let article = unclutter::clean_article(input).expect("no error");
    assert_eq!(article.body, "");
    // Consecutive lines stripped as the same kind for the same reason are one piece.
    let pieces: Vec<(Kind, &str)> = article.metadata.stripped.iter().map(|s| (s.kind, s.text.as_str())).collect();
    assert_eq!(
        pieces,
        [
            (Kind::Navigation, "Home"),
            (Kind::Other, "News\nSport"),
            (Kind::Share, "Share"),
            (Kind::Comments, "Leave a Reply")
        ]
    );
    for piece in &article.metadata.stripped {
        assert_eq!(&input[piece.span.unwrap().range()], piece.text);
    }
}

#[test]
fn kept_kinds_stay_in_the_body() {
    let input = "The council voted to rebuild the bridge on Tuesday, ending a debate that had lasted for two long years.\n\
                 The mayor at the vote. (Photo: Jane Doe)\n\
                 Work will start in the spring, and the bridge should open again before the end of next year.";
    let default = unclutter::clean_article(input).expect("cleans");
    assert_eq!(default.metadata.stripped[0].kind, Kind::Caption);
    let keeping = Cleaner::builder().keep(Kind::Caption).build().expect("builds").clean_text(input).expect("cleans");
    assert!(keeping.body.contains("(Photo: Jane Doe)"));
    assert!(keeping.metadata.stripped.is_empty());
}

#[test]
fn language_hint_is_used() {
    let input = "Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke über den Fluss wieder aufzubauen, und die Arbeiten beginnen im Frühjahr.\n\
                 Kommentare";
    let cleaner = Cleaner::builder().language(Language::German).build().expect("builds");
    let article = cleaner.clean_text(input).expect("cleans");
    assert!(article.body.starts_with("Der Gemeinderat"));
    assert_eq!(article.metadata.stripped[0].kind, Kind::Comments);
}

#[test]
fn kinds_round_trip_through_their_names() {
    for kind in Kind::ALL {
        assert_eq!(kind.name().parse::<Kind>(), Ok(kind));
    }
    assert!("nonsense".parse::<Kind>().is_err());
}

#[cfg(feature = "serde")]
#[test]
fn serde_names_are_snake_case() {
    let json = serde_json::to_string(&Kind::Advertisement).expect("serializes");
    assert_eq!(json, "\"advertisement\"");
    let article = unclutter::clean_article(include_str!("data/golden/fox-sessions/input.txt")).expect("cleans");
    let value = serde_json::to_value(&article).expect("serializes");
    assert_eq!(value["metadata"]["stripped"].as_array().map(Vec::len), Some(article.metadata.stripped.len()));
}

#[test]
fn readers_comments_after_an_article_are_not_the_article() {
    let paragraphs = [
        "The council voted on Tuesday to keep the old bridge over the river open to cars for another ten years, after a long debate about its cost.",
        "Engineers had warned that the deck would need new supports within five years, and that the work would close the bridge for most of a summer.",
        "Residents on the north bank, who use the bridge to reach the station, said a closure would add half an hour to every journey into town.",
        "The repairs will now be put out to tender in the spring, and the council expects the first bids to arrive before the end of April.",
    ];
    let comment = "I have crossed that bridge every day for twenty years and I think the council made the right call, although I do wonder who will pay for the repairs when the time comes and whether the tender will be fair to local firms.";
    let mut page = format!("Bridge stays open\nBy Jane Doe\n{}\nTop Rated Comments\n", paragraphs.join("\n"));
    for reader in ["riverwatcher", "northbank", "commuter99", "oldtown", "janet_k", "bridgefan"] {
        page.push_str(&format!("{reader}\n2 days ago at 07:47 am\n{comment}\n"));
    }
    let article = unclutter::clean_article(&page).unwrap();
    assert_eq!(article.body, paragraphs.join("\n\n"));
    let heading = article.metadata.stripped.iter().find(|s| s.text == "Top Rated Comments").unwrap();
    assert_eq!(heading.kind, Kind::Comments);
}

/// An article that is its list (a season's schedule under its dateline) is kept on the
/// text door, rather than the prose of the box beside it.
#[test]
fn a_schedule_under_its_dateline_is_the_article() {
    let schedule = [
        "1. 10 March – Silverstone",
        "2. 8 April – Brands Hatch",
        "3. 22 April – Donington Park",
        "4. 6 May – Oulton Park",
        "5. 20 May – Snetterton",
        "6. 5 August – Thruxton",
        "7. 19 August – Knockhill",
    ];
    let page = format!(
        "Home\nNews\nForum\n\nThe 2018 season\n\nMonday, 22 January 2018 at 0:13\nShare this on WhatsApp\n\n{}\n\n\
         www.racing.example\n\nShare this on WhatsApp\n\nTags\nseason 2018, silverstone, brands hatch, donington \
         park, oulton park, snetterton, thruxton\n\n» Columns\n\nClick on the photo of our columnist and read the \
         columns he writes about the races for this site every week!\n\nLatest column: the champion is an animal\n",
        schedule.join("\n")
    );
    let article = unclutter::clean_article(&page).unwrap();
    for stage in schedule {
        assert!(article.body.contains(stage), "{stage:?} is the article:\n{}", article.body);
    }
    assert!(!article.body.contains("Click on the photo"), "the box beside it is not:\n{}", article.body);
}
