//! Dutch: everything the crate knows of it (see [`super::LanguageData`]).

use super::At::{Line, Start};
use super::{Language, LanguageData, PhraseGroup};
use crate::article::Kind::*;

/// Dutch.
pub(crate) const DUTCH: LanguageData = LanguageData {
    language: Language::Dutch,
    code: "nl",
    stopwords: "aan al als bij dan dat de deze die dit doch doen door dus een en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun ik in is ja je kan kon maar me meer men met mij mijn na naar niet niets nog nu of om omdat ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd wezen wie wij wil worden zal ze zelf zich zij zijn zo zonder zou",
    months: &[
        ("januari", 1),
        ("februari", 2),
        ("maart", 3),
        ("april", 4),
        ("mei", 5),
        ("juni", 6),
        ("juli", 7),
        ("augustus", 8),
        ("september", 9),
        ("oktober", 10),
        ("november", 11),
        ("december", 12),
    ],
    byline_openers: &["door", "redactie"],
    conjunctions: &["en"],
    name_particles: &["van", "der", "de"],
    time_units: &["uur", "dagen"],
    content_class_words: &["tekst", "inhoud"],
    boilerplate_class_words: &["reactie"],
    comment_class_words: &["reactie"],
    phrases: &[
        PhraseGroup {
            kind: Comments,
            at: Line,
            why: "comment-section headings and buttons",
            phrases: &["reacties", "laat een reactie achter", "reageer", "plaats een reactie", "reageren"],
        },
        PhraseGroup {
            kind: Share,
            at: Line,
            why: "share, follow and print buttons",
            phrases: &["delen", "deel dit artikel", "deel op facebook", "printen", "volg ons"],
        },
        PhraseGroup {
            kind: Newsletter,
            at: Line,
            why: "newsletter and sign-in prompts",
            phrases: &[
                "schrijf je in voor onze nieuwsbrief",
                "nieuwsbrief",
                "abonneren",
                "inschrijven",
                "aanmelden",
                "inloggen",
                "je e-mailadres",
            ],
        },
        PhraseGroup {
            kind: Cookie,
            at: Line,
            why: "cookie and consent banner buttons",
            phrases: &["alles accepteren", "accepteren", "weigeren", "cookie-instellingen", "akkoord"],
        },
        PhraseGroup {
            kind: Cookie,
            at: Start,
            why: "cookie banners that open with a fixed phrase",
            phrases: &["wij gebruiken cookies", "deze website maakt gebruik van cookies", "we gebruiken cookies"],
        },
        PhraseGroup {
            kind: Shop,
            at: Line,
            why: "e-commerce widgets around the article",
            phrases: &[
                "in winkelwagen",
                "winkelwagen",
                "nu kopen",
                "vergelijken",
                "verlanglijst",
                "gratis verzending",
                "op voorraad",
                "je winkelwagen is leeg",
            ],
        },
        PhraseGroup {
            kind: Related,
            at: Line,
            why: "headings of related-article lists",
            phrases: &[
                "gerelateerde artikelen",
                "meest gelezen",
                "lees meer",
                "dit vind je misschien ook leuk",
                "meer nieuws",
            ],
        },
        PhraseGroup { kind: Related, at: Start, why: "pointers to another article", phrases: &["lees ook"] },
        PhraseGroup {
            kind: Navigation,
            at: Line,
            why: "menu entries, skip links and pagination",
            phrases: &["zoeken", "terug naar boven", "volgende", "vorige", "naar de inhoud", "over ons", "sluiten"],
        },
        PhraseGroup {
            kind: Advertisement,
            at: Line,
            why: "ad labels and ad slots",
            phrases: &["advertentie", "gesponsord"],
        },
        PhraseGroup {
            kind: Legal,
            at: Line,
            why: "legal and policy links",
            phrases: &["privacybeleid", "algemene voorwaarden", "alle rechten voorbehouden"],
        },
    ],
};
