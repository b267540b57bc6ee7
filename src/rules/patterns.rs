//! Pattern rules: lines recognised by their shape rather than by a fixed phrase
//! (credit lines, bylines, datelines, counts, copyright notices). They are tried in
//! order on each short line that holds one of their needles; the first that matches
//! wins.

use std::sync::LazyLock;

use crate::article::Kind;
use crate::lang;

/// One pattern rule.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Pattern {
    /// The rule's stable name, in kebab case: what
    /// [`CleanerBuilder::without_rule`](crate::CleanerBuilder::without_rule) takes and
    /// [`builtin_rules`](crate::rules::builtin_rules) lists. A name, once given, is kept.
    pub name: &'static str,
    /// What a matching line is.
    pub kind: Kind,
    /// The rule applies only to lines of at most this many words: long lines are prose.
    pub max_words: u32,
    /// The regular expression, matched against the trimmed line.
    pub regex: &'static str,
    /// Why a line of this shape is not article text.
    pub why: &'static str,
    /// Words one of which a matching line must contain (ASCII case aside). Lines with
    /// none of them skip the regex: one Aho-Corasick pass over the line finds which
    /// patterns are worth running. Empty: the pattern always runs (anchored patterns
    /// fail fast on their own).
    pub needles: &'static [&'static str],
}

const fn pattern(name: &'static str, kind: Kind, max_words: u32, regex: &'static str, why: &'static str) -> Pattern {
    Pattern { name, kind, max_words, regex, why, needles: &[] }
}

impl Pattern {
    /// The same pattern, run only on lines that contain one of `needles`.
    const fn needing(self, needles: &'static [&'static str]) -> Pattern {
        Pattern { needles, ..self }
    }
}

/// Every ASCII digit: the needles of patterns that need a number.
const DIGITS: &[&str] = &["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// Every built-in pattern, most specific first, each with its name.
pub(crate) fn builtin() -> Vec<Pattern> {
    vec![
        pattern(
            "credit-contributed",
            Kind::Credit,
            60,
            r"(?i)\bcontributed(?: additional)?(?: reporting)?(?: to| for)? (?:this|the) (?:report|story|article)",
            "the AP/Fox convention for naming contributing reporters",
        )
        .needing(&["contributed"]),
        pattern(
            "credit-reporting-by",
            Kind::Credit,
            60,
            r"(?i)^[(\[]?\s*(?:additional |with )?(?:reporting|writing|editing|research|compiled|translated|translation)(?: and \w+)? by\b",
            "wire-service credit lines: (Reporting by …; Editing by …)",
        )
        .needing(&[" by"]),
        pattern("credit-editing-by", Kind::Credit, 60, r"(?i)[;,]\s*editing by\b", "Reuters-style credit with an editor")
        .needing(&["editing by"]),
        pattern(
            "credit-agency",
            Kind::Credit,
            30,
            r"(?i)^[(\[]?\s*(?:mit material (?:von|der)|avec (?:l'?)?afp|con información de|con informazioni)\b",
            "agency credits in German, French, Spanish and Italian",
        )
        .needing(&["mit material", "avec", "con informaci"]),
        pattern(
            "byline-by-name",
            Kind::Byline,
            10,
            byline_pattern(),
            "a byline opens with 'By' and a capitalised name and is not a sentence",
        )
        .needing(lang::byline_openers()),
        pattern(
            "byline-name-bar",
            Kind::Byline,
            12,
            r"^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s*(?:\||•|·)\s*|\s+(?:—|–|-)\s+)(?:\p{Lu}|\d)",
            "'Jane Doe | Reuters' and 'Jane Doe - Nov 19, 2019': a name, a bar and an outlet or date",
        )
        .needing(&["|", "•", "·", "—", "–", "-"]),
        pattern(
            "byline-dated",
            Kind::Byline,
            18,
            dated_byline_pattern(),
            "a byline followed by its date: 'By Jane Doe on Monday, November 18th, 2019'",
        )
        .needing(lang::byline_openers()),
        pattern("byline-email", Kind::Byline, 8, r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", "an author's e-mail address alone on a line")
        .needing(&["@"]),
        pattern("byline-handle", Kind::Byline, 3, r"^@\w{2,}$", "an author's handle alone on a line")
        .needing(&["@"]),
        pattern(
            "reading-time",
            Kind::Date,
            6,
            r"(?i)^(?:\d+\s*(?:-|\s)?(?:minutes?|mins?|min)\.?\s+(?:read|reading|de lecture|di lettura|de leitura|de lectura|leestijd|lesezeit)|(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd)\s*:?\s*\d+)",
            "reading-time notes",
        )
        .needing(&["min", "read", "lesezeit", "lesedauer", "temps de lecture", "tiempo de lectura", "tempo di lettura", "tempo de leitura", "leestijd"]),
        pattern("time-ago", Kind::Date, 8, time_ago_pattern(), "relative timestamps: '5 hours ago'")
        .needing(DIGITS),
        pattern(
            "time-of-day",
            Kind::Date,
            6,
            r"(?i)^(?:updated|posted|published)?\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$",
            "a time of day alone on a line",
        )
        .needing(DIGITS),
        pattern(
            "comment-count",
            Kind::Comments,
            8,
            r"(?i)^[(\[]?\s*(?:\d[\d,.]*\s*k?\s*)(?:comments?|responses?|replies|thoughts? on|kommentare?|commentaires?|comentarios?|commenti|comentários|reacties)\b",
            "comment counts that head a comment section",
        )
        .needing(DIGITS),
        pattern(
            "comment-heading-title",
            Kind::Comments,
            40,
            r#"(?i)^\d[\d,.]*\s+(?:comments?|responses?|replies|thoughts?|reactions?)\s+(?:on|to)\s+["“”'‘’«„]"#,
            "comment headings that name the article: '59 Comments on “Title”', '3 Responses to “Title”'",
        )
        .needing(DIGITS),
        pattern(
            "comment-policy",
            Kind::Comments,
            70,
            r"(?i)(?:^(?:(?:note|attention|atenção|atención|attenzione|hinweis|let op)\s*:\s*)?|\b(?:please|we|our|you|your|bitte|wir|unsere?|veuillez|nous|nos|por favor|nosotros|nuestros?)\b.*)\b(?:comments?|commenters?|commenting|kommentare?|commentaires?|comentarios?|comentários|commenti|reacties)\b.*\b(?:moderat\w*|modér\w*|moderad\w*|gemodereerd|respectful|civil|approved|aprovados?|aprobados?|approvati|freigeschaltet|guidelines|off-topic)",
            "comment-policy notes that open or close a comment section",
        )
        .needing(&["comment", "kommentar", "coment", "reactie"]),
        pattern(
            "comment-moderation",
            Kind::Comments,
            40,
            r"(?i)\b(?:we|wir|nous)\b.*\b(?:moderat\w*|modér\w*) (?:all |the |of |alle |les |tous les )?(?:comments|kommentare|commentaires)\b",
            "'we are moderating all comments' notes",
        )
        .needing(&["moderat", "modér", "MODÉR"]),
        pattern(
            "newsletter-confirmation",
            Kind::Newsletter,
            40,
            r"(?i)\b(?:activation link|confirm your (?:subscription|e-?mail address)|thanks? (?:you )?for (?:signing up|subscribing))\b|^i (?:agree|consent)\b.*\b(?:send me|newsletters?|e-?mails?)\b",
            "sign-up confirmations and consent boxes",
        )
        .needing(&["activation link", "confirm your", "for signing up", "for subscribing", "i agree", "i consent"]),
        pattern(
            "subscription-offer",
            Kind::Newsletter,
            40,
            r"(?i)\b\d+ issues for\b|\bif you enjoyed (?:this|reading)\b.*\b(?:subscri\w*|join|support|members?)\b",
            "magazine subscription offers, and pitches after 'if you enjoyed this article'",
        )
        .needing(&[" issues for", "if you enjoyed"]),
        pattern(
            "related-coverage",
            Kind::Related,
            30,
            r"(?i)^(?:follow|read|see|find) (?:[\p{L}'’]+['’]s |our |more of our |all of our )?(?:full |complete |latest |ongoing )?coverage of\b",
            "pointers to an outlet's coverage of the topic",
        )
        .needing(&["coverage of"]),
        pattern("share-count", Kind::Share, 4, r"(?i)^\d[\d,.]*\s*k?\s*(?:shares?|likes?|views?|reads?)$", "share and view counters")
        .needing(DIGITS),
        pattern(
            "caption-labelled",
            Kind::Caption,
            60,
            r"(?i)^(?:image|photo|video) (?:caption|copyright)\b",
            "captions labelled as such: 'Image caption …', 'Image copyright …'",
        )
        .needing(&["caption", "copyright"]),
        pattern(
            "gallery-counter",
            Kind::Caption,
            8,
            r"(?i)^(?:image|photo|slide|picture|bild|foto)\s+\d+\s*(?:of|/|von|de|di|van)\s*\d+",
            "gallery counters",
        )
        .needing(DIGITS),
        pattern(
            "caption-bracketed-credit",
            Kind::Caption,
            40,
            r"(?i)[(\[]\s*(?:[\p{L}.]+\s+){0,2}(?:photo|image|picture|credit|foto|bild|illustration)s?\b[^)\]]*[)\]]\s*$",
            "a caption ending in a bracketed photo credit",
        )
        .needing(&["photo", "image", "picture", "credit", "foto", "bild", "illustration"]),
        pattern(
            "caption-agency",
            Kind::Caption,
            30,
            r"(?i)(?:getty(?: images)?|shutterstock|istock(?:photo)?|ap photo|reuters|afp|dpa|epa(?:-efe)?|alamy|picture alliance|unsplash)(?:\s*/\s*[\p{L}\p{M} .'-]+)?\s*[)\]]?$",
            "a caption or credit ending in a photo agency",
        )
        .needing(&["getty", "shutterstock", "istock", "ap photo", "reuters", "afp", "dpa", "epa", "alamy", "picture alliance", "unsplash"]),
        pattern(
            "caption-credit",
            Kind::Caption,
            60,
            r"(?i)\b(?:credit|photo(?:graph)?|image|picture|foto|bild)s?\s*(?::|\.{3}|…)\s*[^.!?]{1,80}$",
            "a caption that ends with its photo credit",
        )
        .needing(&["credit", "photo", "image", "picture", "foto", "bild"]),
        pattern(
            "caption-file-photo",
            Kind::Caption,
            60,
            r"(?i)^in (?:this|these|an?) (?:[\w,.]+ ){0,6}(?:file |handout |undated |aerial )?(?:photos?|images?|pictures?|photographs?|screenshots?|video|still)\b",
            "the news-agency caption opening 'In this 2006 file photo, …'",
        )
        .needing(&["in th", "in a"]),
        pattern(
            "newsletter-pitch",
            Kind::Newsletter,
            30,
            r"(?i)\b(?:sign up (?:for|to|today|now|here)|subscribe (?:to our|now|today|here)|delivered (?:straight )?to your inbox|get our (?:free )?newsletter)\b",
            "newsletter pitches inside a sentence",
        )
        .needing(&["sign up", "subscribe", "your inbox", "newsletter"]),
        pattern(
            "author-contact",
            Kind::Share,
            40,
            r"(?i)^(?:e-?mail|contact|follow) (?:\p{Lu}[\p{L}'.-]* ?){1,3}(?:at|on|via) .*(?:@\w|twitter|facebook)",
            "author contact and follow lines at the end of an article",
        )
        .needing(&["@", "twitter", "facebook"]),
        pattern(
            "reach-the-reporter",
            Kind::Share,
            40,
            r"(?i)^(?:reach|contact|e-?mail|follow|write to) (?:the |our )?(?:reporters?|authors?|writers?|columnists?|editors?)\b.*(?:@|twitter|https?://|\bat\b)",
            "'Reach the reporters on Twitter at …' lines",
        )
        .needing(&["reporter", "author", "writer", "columnist", "editor"]),
        pattern(
            "follow-network",
            Kind::Share,
            30,
            r"(?i)^follow\b.*\b(?:twitter|facebook|instagram|linkedin|threads|bluesky|tiktok|mastodon)\b",
            "follow prompts naming a social network",
        )
        .needing(&["twitter", "facebook", "instagram", "linkedin", "threads", "bluesky", "tiktok", "mastodon"]),
        pattern(
            "author-bio",
            Kind::Credit,
            40,
            r"^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}(?: \([^)]*\))? is (?:an?|the) (?:[\p{L},-]+ ){0,4}(?:reporter|writer|editor|correspondent|journalist|contributor|columnist|producer|photographer)\b",
            "the author's one-line bio that closes an article",
        )
        .needing(&[" is a", " is the"]),
        pattern(
            "copyright",
            Kind::Legal,
            40,
            r"(?i)(?:©|\(c\)\s*(?:19|20)\d\d|copyright\s*(?:©\s*)?(?:19|20)\d\d|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden)",
            "copyright notices",
        )
        .needing(&["©", "(c)", "copyright", "all rights", "rechte vorbehalten", "droits réservés", "derechos reservados", "diritti riservati", "direitos reservados", "rechten voorbehouden"]),
        pattern(
            "bare-url",
            Kind::Other,
            1,
            r"^(?:https?://|www\.)\S+$",
            "a bare URL: a link target or a leaked attribute, not prose",
        )
        .needing(&["http", "www."]),
        pattern(
            "breadcrumbs",
            Kind::Navigation,
            14,
            // A colon makes a segment a label and its value ("Protein: 16 g | Fibre: 9 g"):
            // a line of facts, not a trail of links.
            r"^[^.!?|>»›:]{1,40}(?:\s+(?:\||>|»|›|/)\s+[^.!?|>»›:]{1,40}){2,}$",
            "breadcrumbs and menus written as 'A | B | C' or 'A > B > C'",
        )
        .needing(&["|", ">", "»", "›", "/"]),
    ]
}

/// Every language's words of a list as the alternatives of a group: `(?:by|written by|…)`.
fn alternatives(list: impl Fn(&'static lang::LanguageData) -> &'static [&'static str]) -> String {
    let words: Vec<String> = lang::union(list).into_iter().map(regex::escape).collect();
    format!("(?:{})", words.join("|"))
}

// `regex` patterns are `&'static str`; the patterns made of every language's words are
// assembled once.

/// A byline: an opener, then a capitalised name, and no sentence.
fn byline_pattern() -> &'static str {
    static PATTERN: LazyLock<String> = LazyLock::new(|| {
        let openers = alternatives(|data| data.byline_openers);
        [r"^(?i:", &openers, r")\s*:?\s+\p{Lu}[^.!?]*(?:\.\s*\p{Lu}[^.!?]*)*$"].concat()
    });
    PATTERN.as_str()
}

/// A byline, then its date: an opener, a capitalised name, a separator and a number.
fn dated_byline_pattern() -> &'static str {
    static PATTERN: LazyLock<String> = LazyLock::new(|| {
        let openers = alternatives(|data| data.byline_openers);
        [
            r"^(?i:",
            &openers,
            r")\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?:,|\||·|•|—|–|-|\b(?i:on|am|le|el|il|em|op)\b)\s*.*\d",
        ]
        .concat()
    });
    PATTERN.as_str()
}

/// A relative timestamp: a number and a time unit of any language.
fn time_ago_pattern() -> &'static str {
    static PATTERN: LazyLock<String> = LazyLock::new(|| {
        let units = alternatives(|data| data.time_units);
        [
            r"(?i)^(?:updated|posted|published|vor|il y a|hace|há)?\s*:?\s*(?:about\s+)?\d+\s*(?:",
            &units,
            r"(?:\s+ago)?|[smhd]\s+ago)$",
        ]
        .concat()
    });
    PATTERN.as_str()
}
