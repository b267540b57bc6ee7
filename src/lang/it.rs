//! Italian: everything the crate knows of it (see [`super::LanguageData`]).

use super::At::{Line, Start};
use super::{Language, LanguageData, PhraseGroup};
use crate::article::Kind::*;

/// Italian.
pub(crate) const ITALIAN: LanguageData = LanguageData {
    language: Language::Italian,
    code: "it",
    stopwords: "a ad al alla alle allo anche avere che chi ci come con contro cui da dal dalla dalle degli dei del della delle dello di dopo dove e è ed era erano essere fa gli ha hanno ho i il in io la le lei lo loro lui ma mi molto ne negli nei nel nella nelle nello noi non nostro o per perché più può quale quando quella quelle quello questa queste questo se sei si sia siamo sono stato su sua sue sui sul sulla suo suoi tra tutti tutto un una uno",
    months: &[
        ("gennaio", 1),
        ("febbraio", 2),
        ("marzo", 3),
        ("aprile", 4),
        ("maggio", 5),
        ("giugno", 6),
        ("luglio", 7),
        ("agosto", 8),
        ("settembre", 9),
        ("ottobre", 10),
        ("novembre", 11),
        ("dicembre", 12),
    ],
    byline_openers: &["di", "autore"],
    // Names are not split at "e" (and), as in Portuguese, where it stands inside
    // compound surnames; Italian bylines are split at commas and "&".
    conjunctions: &[],
    name_particles: &["di", "da", "del"],
    time_units: &["ore", "giorni"],
    content_class_words: &["contenuto", "testo"],
    boilerplate_class_words: &["commento", "pubblicit"],
    comment_class_words: &["commento"],
    phrases: &[
        PhraseGroup {
            kind: Comments,
            at: Line,
            why: "comment-section headings and buttons",
            phrases: &[
                "commenti",
                "commento",
                "lascia un commento",
                "rispondi",
                "scrivi un commento",
                "aggiungi un commento",
                "lascia una risposta",
            ],
        },
        PhraseGroup {
            kind: Share,
            at: Line,
            why: "share, follow and print buttons",
            phrases: &["condividi", "condividi su facebook", "condividi su twitter", "stampa", "seguici"],
        },
        PhraseGroup {
            kind: Newsletter,
            at: Line,
            why: "newsletter and sign-in prompts",
            phrases: &[
                "iscriviti alla newsletter",
                "iscriviti",
                "abbonati",
                "accedi",
                "registrati",
                "la tua email",
                "indirizzo email",
            ],
        },
        PhraseGroup {
            kind: Cookie,
            at: Line,
            why: "cookie and consent banner buttons",
            phrases: &["accetta tutti", "accetta", "rifiuta", "rifiuta tutti", "impostazioni cookie"],
        },
        PhraseGroup {
            kind: Cookie,
            at: Start,
            why: "cookie banners that open with a fixed phrase",
            phrases: &["utilizziamo i cookie", "questo sito utilizza cookie", "questo sito utilizza i cookie"],
        },
        PhraseGroup {
            kind: Shop,
            at: Line,
            why: "e-commerce widgets around the article",
            phrases: &[
                "aggiungi al carrello",
                "carrello",
                "acquista ora",
                "confronta",
                "lista dei desideri",
                "spedizione gratuita",
            ],
        },
        PhraseGroup {
            kind: Related,
            at: Line,
            why: "headings of related-article lists",
            phrases: &[
                "articoli correlati",
                "potrebbe interessarti",
                "i più letti",
                "leggi di più",
                "continua a leggere",
                "altre notizie",
            ],
        },
        PhraseGroup { kind: Related, at: Start, why: "pointers to another article", phrases: &["leggi anche"] },
        PhraseGroup {
            kind: Navigation,
            at: Line,
            why: "menu entries, skip links and pagination",
            phrases: &[
                "cerca",
                "torna su",
                "successivo",
                "precedente",
                "vai al contenuto",
                "contatti",
                "chi siamo",
                "chiudi",
            ],
        },
        PhraseGroup {
            kind: Advertisement,
            at: Line,
            why: "ad labels and ad slots",
            phrases: &["pubblicità", "sponsorizzato", "contenuto sponsorizzato"],
        },
        PhraseGroup {
            kind: Legal,
            at: Line,
            why: "legal and policy links",
            phrases: &["informativa sulla privacy", "note legali", "termini e condizioni", "tutti i diritti riservati"],
        },
    ],
};
