//! Table-driven rule cases: each kind, several languages, and lines that must not match.

use super::*;
use crate::block::Features;
use crate::lang::Language;

fn check(text: &str) -> Option<Kind> {
    static RULES: std::sync::LazyLock<Rules> =
        std::sync::LazyLock::new(|| Rules::new(&[], &[]).unwrap_or_else(|e| panic!("{e}")));
    RULES.check(text, &Features::of(text)).map(|hit| hit.kind)
}

#[test]
fn normalises_case_quotes_space_and_edges() {
    assert_eq!(normalise("  » Leave a   Reply: "), "leave a reply");
    assert_eq!(normalise("Editor’s Picks"), "editor's picks");
    assert_eq!(normalise("***"), "");
}

/// One line per rule kind and language, with the kind it must get.
const CASES: &[(&str, Kind)] = {
    use Kind::*;
    &[
        // comments
        ("Leave a Reply", Comments),
        ("Your email address will not be published. Required fields are marked *", Comments),
        ("12 Comments", Comments),
        ("[ 167 comments ]", Comments),
        ("Top Rated Comments", Comments),
        ("59 Comments on “The December Comfort Watches 2025, Day Eighteen: Starship Troopers”", Comments),
        ("3 Responses to \"Why the old bridge must stay open to cars for another ten years\"", Comments),
        ("Kommentare", Comments),
        ("Laisser un commentaire", Comments),
        ("Deja un comentario", Comments),
        ("Lascia un commento", Comments),
        ("Deixe um comentário", Comments),
        ("Laat een reactie achter", Comments),
        // shop
        ("Your compare list", Shop),
        ("Shop By Category", Shop),
        ("Add to cart", Shop),
        ("In den Warenkorb", Shop),
        ("Ajouter au panier", Shop),
        ("Añadir al carrito", Shop),
        ("Aggiungi al carrello", Shop),
        ("Adicionar ao carrinho", Shop),
        ("In winkelwagen", Shop),
        // share
        ("Share this article", Share),
        ("Click to share on Twitter (Opens in new window)", Share),
        ("Facebook", Share),
        ("1.2k shares", Share),
        ("Artikel teilen", Share),
        ("Partager", Share),
        ("Compartir", Share),
        ("Condividi", Share),
        ("Compartilhar", Share),
        ("Delen", Share),
        // newsletter
        ("Sign up for our newsletter", Newsletter),
        ("Subscribe to the Morning Brief for the day's top stories", Newsletter),
        ("Newsletter abonnieren", Newsletter),
        ("Abonnez-vous", Newsletter),
        ("Suscríbete", Newsletter),
        ("Iscriviti alla newsletter", Newsletter),
        ("Inscreva-se", Newsletter),
        ("Nieuwsbrief", Newsletter),
        // cookie
        ("We use cookies to improve your experience on our site.", Cookie),
        ("Accept all", Cookie),
        ("Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.", Cookie),
        ("Tout accepter", Cookie),
        ("Utilizamos cookies propias y de terceros.", Cookie),
        ("Accetta tutti", Cookie),
        ("Aceitar todos", Cookie),
        ("Wij gebruiken cookies", Cookie),
        // navigation
        ("Skip to main content", Navigation),
        ("Home", Navigation),
        ("Home | News | Sport | Weather", Navigation),
        ("Startseite", Navigation),
        ("Accueil", Navigation),
        ("Inicio", Navigation),
        ("Torna su", Navigation),
        ("Voltar ao topo", Navigation),
        ("Terug naar boven", Navigation),
        // related
        ("Related Articles", Related),
        ("Read more: How the river rose", Related),
        ("You may also like", Related),
        ("Lesen Sie auch", Related),
        ("À lire aussi", Related),
        ("Noticias relacionadas", Related),
        ("Leggi anche", Related),
        ("Leia também", Related),
        ("Lees ook", Related),
        // advertisement
        ("Advertisement", Advertisement),
        ("Story continues below advertisement", Advertisement),
        ("Anzeige", Advertisement),
        ("Publicité", Advertisement),
        ("Publicidad", Advertisement),
        // byline, date, credit
        ("By Jane Doe and John Roe", Byline),
        ("Jane Doe | Reuters", Byline),
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", Byline),
        ("Von Hans Müller", Byline),
        ("Sarah.Needleman@wsj.com", Byline),
        ("2 min read", Date),
        ("5 hours ago", Date),
        ("Fox News’ Paul Steinhauser contributed to this report.", Credit),
        ("(Reporting by Jane Doe; Editing by John Roe)", Credit),
        ("Additional reporting by Sam Poe", Credit),
        // caption, legal, other
        ("Image 3 of 12", Caption),
        ("Jeff Sessions speaks in Mobile, Alabama. (AP Photo/Butch Dill)", Caption),
        ("Photo: Jane Doe", Caption),
        ("© 2024 Example Media. All rights reserved.", Legal),
        ("Privacy Policy", Legal),
        ("Datenschutzerklärung", Legal),
        ("Please enable JavaScript to view the comments", Other),
        ("Phil Helsel is a reporter for NBC News.", Credit),
        ("Follow The Times Opinion section on Facebook, Twitter and Instagram.", Share),
        (
            "If you buy something through this post, the site may get a share of the sale, which helps pay for our reporting work.",
            Advertisement,
        ),
        ("Have a tip? Write to the desk.", Share),
        ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", Byline),
        ("As you comment, please be respectful of other commenters and keep it civil.", Comments),
        ("Note: we are temporarily moderating all comments submitted to deal with spam.", Comments),
        ("ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.", Comments),
        ("An email with an activation link has just been sent to your email address.", Newsletter),
        ("I agree that Example Sports can send me the daily newsletter.", Newsletter),
        ("Get the magazine delivered every month. 12 issues for £11.99.", Newsletter),
        ("If you enjoyed this article, we have a proposition for you: join our members.", Newsletter),
        ("Follow AP's full coverage of Brexit at https://example.com/brexit", Related),
        ("Reach the reporters on Twitter at http://twitter.com/example", Share),
        ("Image caption Assange gestures after he was arrested in London", Caption),
        ("President Trump in New York last week. Credit... Anna Moneymaker/The New York Times", Caption),
        ("The icy moon seen from orbit. Photograph: Jane Doe/Example Agency", Caption),
        ("Jeff Foust (jeff@example.com) is the editor and publisher of The Space Review.", Credit),
    ]
};

#[test]
fn each_kind_has_cases() {
    for &(line, kind) in CASES {
        assert_eq!(check(line), Some(kind), "{line:?}");
    }
}

#[test]
fn prose_is_left_alone() {
    for line in [
        "Share prices fell sharply on Monday after the central bank raised rates again, surprising most analysts.",
        "By Sunday, the storm had passed and the town began to count the damage to its harbour.",
        "He said the home team would need to subscribe to a new strategy if it hoped to win the league this year.",
        "The company, which makes cookies and crackers, reported a loss for the third quarter in a row.",
        "Sessions was the first senator to back Trump in 2016.",
        "Reporters asked whether the comments were meant seriously.",
        "Home prices rose 5% last year.",
        "Moderators removed thousands of comments after the video went viral, the company said.",
        "By the end of 2019, the band had sold more than a million records.",
        "She bought the laptop for just $429 in a holiday sale.",
    ] {
        assert_eq!(check(line), None, "{line:?}");
    }
}

#[test]
fn every_prompt_kind_is_covered_in_every_language() {
    use Kind::*;
    for kind in [Comments, Share, Newsletter, Cookie, Shop, Related, Navigation] {
        for lang in Language::ALL {
            let covered = lang.data().phrases.iter().any(|group| group.kind == kind);
            assert!(covered, "{kind} has no {lang:?} phrases");
        }
    }
}

#[test]
fn every_entry_has_a_reason_and_normal_form() {
    for group in phrases::groups() {
        assert!(!group.why.is_empty());
        // Reasons are English whatever the language of the phrases; no accented letter
        // is a first check of that.
        assert!(group.why.is_ascii(), "{:?} is not in English", group.why);
        for phrase in group.phrases {
            let without_colon = phrase.strip_suffix(':').unwrap_or(phrase);
            assert_eq!(normalise(without_colon), without_colon, "{phrase:?} is not in normal form");
        }
    }
    for pattern in patterns::builtin() {
        assert!(!pattern.why.is_empty());
        assert!(regex::Regex::new(pattern.regex).is_ok(), "{}", pattern.regex);
    }
}

/// The needle gate must never hide a line that its pattern matches: every line a
/// built-in pattern matches holds one of the pattern's needles.
#[test]
fn pattern_needles_are_necessary() {
    let extra = [
        "10:31 am",
        "Updated 3:45 PM EST",
        "In this 2006 file photo, the bridge is seen from the river.",
        "@janedoe",
        "https://example.com/story",
        "Follow Jane Doe on Twitter @janedoe",
        "Email Jane Doe at jane@example.com or follow her on Twitter.",
        "Mit Material von dpa",
        "Reading time: 5 min",
        "Lesezeit 4 Minuten",
        "12 comments",
        "Photo 3/12",
        "Home > News > World",
        "Jane Doe — Reuters",
        "Written by Jane Doe",
        "Autor: Hans Müller",
    ];
    let lines = CASES.iter().map(|&(line, _)| line).chain(extra);
    for line in lines {
        let lower = line.to_ascii_lowercase();
        for pattern in patterns::builtin() {
            let regex = regex::Regex::new(pattern.regex).unwrap_or_else(|e| panic!("{e}"));
            if regex.is_match(line) {
                assert!(
                    pattern.needles.iter().any(|n| lower.contains(&n.to_ascii_lowercase())),
                    "{line:?} matches {} but holds none of its needles",
                    pattern.regex
                );
                let first = super::first_bytes(&pattern.regex.replace(r"\b", r"(?-u:\b)"));
                assert!(
                    first.is_none_or(|first| first[usize::from(line.as_bytes()[0])]),
                    "{line:?} matches {} but starts with a byte it cannot start with",
                    pattern.regex
                );
            }
        }
    }
    assert!(patterns::builtin().iter().all(|p| !p.needles.is_empty()), "every built-in pattern has needles");
}

#[test]
fn user_rules_are_checked() {
    assert!(matches!(Rules::new(&[], &[(Kind::Other, "(unclosed".into())]), Err(Error::InvalidRule { .. })));
    assert!(matches!(Rules::new(&[(Kind::Other, " -- ".into())], &[]), Err(Error::InvalidRule { .. })));
    let rules =
        Rules::new(&[(Kind::Advertisement, "Brought to you by Acme".into())], &[]).unwrap_or_else(|e| panic!("{e}"));
    let line = "Brought to you by ACME!";
    assert_eq!(rules.check(line, &Features::of(line)).map(|h| h.kind), Some(Kind::Advertisement));
}

#[test]
fn anchored_patterns_know_their_first_bytes() {
    let comment_count = patterns::builtin()
        .into_iter()
        .find(|p| p.why.starts_with("comment counts"))
        .map(|p| p.regex.replace(r"\b", r"(?-u:\b)"))
        .expect("the comment-count pattern");
    let first = super::first_bytes(&comment_count).expect("an anchored pattern");
    // An opening bracket, white space, ASCII digits, and the first bytes of other
    // scripts' digits (`\d` is Unicode) and spaces (`\s` is too).
    let ascii: Vec<u8> = (0..0x80).filter(|&b| first[usize::from(b)]).collect();
    let expected: Vec<u8> = b"\t\n\x0b\x0c\r (".iter().copied().chain(b'0'..=b'9').chain([b'[']).collect();
    assert_eq!(ascii, expected);
    assert!(!first[usize::from(b'a')], "no letter opens a comment count");
    assert!(first[0xD9], "Arabic-Indic digits start with 0xD9");
    assert!(super::first_bytes(r"(?i)\bcontributed").is_none(), "unanchored patterns can match anywhere");
    let every_anchored_pattern_is_read = patterns::builtin()
        .iter()
        .filter(|p| p.regex.trim_start_matches("(?i)").starts_with('^'))
        .all(|p| super::first_bytes(&p.regex.replace(r"\b", r"(?-u:\b)")).is_some());
    assert!(every_anchored_pattern_is_read, "the lazy DFA builds for every anchored pattern");
}

#[test]
fn features_find_exactly_the_needles_a_substring_search_finds() {
    let lines = CASES.iter().map(|&(line, _)| line).chain([
        "Café — Reporting by Jane Doe; editing by John Roe",
        "© 2024 ÉDITIONS | Alle Rechte vorbehalten",
        "12 commentaires · 3 min read",
        "",
    ]);
    for line in lines {
        let lower = line.to_ascii_lowercase();
        let expected = patterns::builtin().iter().enumerate().fold(0u128, |bits, (n, pattern)| {
            let holds = pattern.needles.iter().any(|needle| lower.contains(&needle.to_ascii_lowercase()));
            if holds { bits | 1 << n } else { bits }
        });
        assert_eq!(Features::of(line).needles, expected, "{line:?}");
    }
}
