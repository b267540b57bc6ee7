//! Phrase tables: short prompts and headings that are never article text, by kind and
//! language. Phrases are written in lower case with plain apostrophes; lines are
//! normalised the same way before matching (see [`super::normalise`]).
//!
//! Each group states once why its phrases are boilerplate. `At::Line` phrases must be the
//! whole line; `At::Start` phrases may be followed by more words ("Read more: …");
//! `At::Anywhere` phrases may stand anywhere in a short line.

use super::{At, PhraseGroup};
use crate::{Kind, Language};

use At::{Line, Start};
use Kind::*;
use Language::*;

const fn group(
    kind: Kind,
    lang: Language,
    at: At,
    why: &'static str,
    phrases: &'static [&'static str],
) -> PhraseGroup {
    PhraseGroup { kind, lang, at, why, phrases }
}

/// Every built-in phrase group.
pub(crate) const GROUPS: &[PhraseGroup] = &[
    // ---------------------------------------------------------------- English
    group(Comments, English, Line, "comment-section headings and buttons", &[
        "leave a reply", "leave a comment", "post a comment", "add a comment", "comments",
        "comment", "show comments", "view comments", "load comments", "hide comments",
        "join the conversation", "join the discussion", "reply", "cancel reply", "post comment",
        "submit comment", "write a comment", "comment policy", "newest first", "oldest first",
        "sort by", "discussion", "conversation", "responses", "replies", "log in to comment",
        "comments are closed", "no comments yet", "be the first to comment",
        "what do you think", "reader comments", "view all comments", "see all comments",
    ]),
    group(Comments, English, Start, "comment-form notices that open with a fixed phrase", &[
        "your email address will not be published", "you must be logged in to post a comment",
        "required fields are marked", "comments are closed", "leave a reply", "leave a comment",
        "to comment", "commenting is", "this site uses akismet", "notify me of",
        "save my name, email", "show comments", "view comments", "join the conversation",
        "comments have been disabled", "comments for this article",
    ]),
    group(Shop, English, Line, "e-commerce widgets around the article", &[
        "your compare list", "shop by category", "add to cart", "add to basket",
        "add to wishlist", "add to wish list", "add to compare", "compare", "shopping cart",
        "your cart", "your cart is empty", "view cart", "cart", "checkout", "buy now", "shop now",
        "shop", "free shipping", "in stock", "out of stock", "quick view", "sold out",
        "my account", "wishlist", "wish list", "continue shopping", "regular price",
        "sale price", "subtotal", "your basket", "compare products", "shop all", "shop the story",
        "see price", "check price", "view deal", "see deal", "buy on amazon",
    ]),
    group(Shop, English, Start, "shop prompts followed by a count or a product", &[
        "your compare list", "shop by", "add to cart", "you have no items", "free shipping on",
        "buy it now", "view product", "shop now at", "buy from", "check price at",
    ]),
    group(Share, English, Line, "share, follow and print buttons", &[
        "share", "share this", "share this article", "share this story", "share this post",
        "share this page", "share article", "share full article", "share via", "share on",
        "share on facebook", "share on twitter", "share on x", "share on linkedin",
        "share on whatsapp", "share on pinterest", "share by email", "share via email", "tweet",
        "pin it", "pin", "email", "e-mail", "print", "copy link", "link copied", "copied",
        "follow us", "follow", "facebook", "twitter", "x", "linkedin", "whatsapp", "pinterest",
        "reddit", "instagram", "youtube", "tiktok", "flipboard", "telegram", "threads", "bluesky",
        "messenger", "sms", "more sharing options", "shares", "share or comment on this article",
        "print this page", "print article", "email this article", "save", "save article",
        "save for later", "bookmark", "gift this article", "gift article",
    ]),
    group(Share, English, Start, "share and follow prompts with a target", &[
        "share this", "share on", "click to share on", "click to email", "click to print",
        "follow us on", "follow us", "like us on facebook", "find us on", "connect with us",
        "share via", "opens in new window",
    ]),
    group(Newsletter, English, Line, "newsletter and sign-in prompts", &[
        "sign up", "subscribe", "subscribe now", "subscribe today", "newsletter", "newsletters",
        "sign up for our newsletter", "subscribe to our newsletter", "get our newsletter",
        "enter your email", "enter your email address", "email address", "your email",
        "your email address", "sign in", "log in", "login", "register", "create an account",
        "create a free account", "already a subscriber", "become a member", "thanks for signing up",
        "thank you for subscribing", "support our journalism", "subscribe sign in",
        "to read the full story", "subscriber exclusive", "subscribers only", "join now",
        "sign up now", "get started", "unlock this article", "start your free trial",
    ]),
    group(Newsletter, English, Start, "newsletter pitches that open with a fixed phrase", &[
        "sign up for", "sign up to", "subscribe to", "subscribe for", "get the latest",
        "by signing up", "by subscribing", "by clicking", "delivered to your inbox",
        "get our free", "thank you for signing up", "thanks for signing up", "already a subscriber",
        "already have an account", "don't have an account", "you've been signed up",
        "you have been signed up", "want more", "this article is for subscribers",
        "to continue reading", "create a free account", "enter your email",
        "we'll send you", "never miss a story", "stay up to date", "stay informed",
        "get the best of", "become a subscriber", "continue reading with",
    ]),
    group(Cookie, English, Line, "cookie and consent banner buttons", &[
        "accept", "accept all", "accept cookies", "accept all cookies", "reject all",
        "decline", "cookie settings", "cookie preferences", "manage cookies",
        "manage preferences", "manage settings", "i accept", "i agree", "got it", "ok",
        "allow all", "allow cookies", "privacy preferences", "we value your privacy",
        "cookie policy", "cookies policy", "use of cookies", "privacy settings",
        "do not sell my personal information", "do not sell or share my personal information",
    ]),
    group(Cookie, English, Start, "cookie banners that open with a fixed phrase", &[
        "we use cookies", "this website uses cookies", "this site uses cookies", "we and our partners",
        "by continuing to use", "by using this site", "by using our site", "by using this website",
        "we and our vendors", "cookies help us", "this website stores cookies",
    ]),
    group(Navigation, English, Line, "menu entries, skip links and pagination", &[
        "home", "menu", "main menu", "open menu", "close menu", "toggle navigation",
        "navigation", "skip to content", "skip to main content", "skip to navigation",
        "search", "search for", "back to top", "scroll to top", "top", "next", "previous",
        "prev", "next article", "previous article", "next post", "previous post", "next story",
        "older posts", "newer posts", "load more", "show more", "see more", "view more", "more",
        "close", "sections", "topics", "tags", "categories", "about us", "contact us", "contact",
        "careers", "sitemap", "site map", "help", "faq", "faqs", "you are here", "all", "latest",
        "trending", "watch", "listen", "video", "videos", "live", "log out", "logout",
        "advertise", "advertise with us", "about", "press", "jobs", "rss", "archives", "archive",
        "podcasts", "obituaries", "classifieds",
        "view all", "see all", "show all", "expand", "collapse", "submit",
        "log in / register", "e-edition", "digital edition", "main navigation", "footer",
    ]),
    group(Navigation, English, Start, "labels of tag and category lists", &[
        "filed under", "posted in", "tagged", "tags:", "categories:", "category:", "topics:",
        "page 1 of", "you are here", "skip to", "jump to", "go to", "back to",
    ]),
    group(Related, English, Line, "headings of related-article lists", &[
        "related", "related articles", "related posts", "related stories", "related content",
        "related news", "related coverage", "related topics", "read more", "read next",
        "read also", "more from", "more stories", "more news", "more on this", "more like this",
        "more on this story", "recommended", "recommended for you", "recommended stories",
        "recommended reading", "you may also like", "you might also like", "you may be interested in",
        "also read", "see also", "most popular", "most read", "most viewed", "popular",
        "popular posts", "popular stories", "trending now", "trending stories", "top stories",
        "latest news", "latest stories", "latest articles", "editor's picks", "editors' picks",
        "don't miss", "further reading", "in other news", "what to read next", "keep reading",
        "continue reading", "around the web", "from the web", "sponsored stories",
        "promoted stories", "more to explore", "recent posts", "recent articles", "up next",
        "more in", "featured", "must read", "what's new", "the latest", "read the full story",
    ]),
    group(Related, English, Start, "pointers to another article", &[
        "most read", "most popular", "most viewed", "most shared", "trending", "latest videos",
        "related links", "related videos", "explore further", "top stories", "popular in",
        "read more", "read next", "related:", "see also", "also read", "more from", "more on",
        "read also", "recommended:", "watch:", "read:", "listen:", "more:", "keep reading",
        "continue reading", "click here to read", "read the full", "read our", "you might also",
        "you may also", "don't miss", "also on",
    ]),
    group(Advertisement, English, Line, "ad labels and ad slots", &[
        "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored",
        "sponsored content", "paid content", "promoted", "paid post", "partner content",
        "scroll to continue with content", "story continues below advertisement",
        "article continues below", "article continues below advertisement",
        "continue reading below", "story continues below", "report an ad", "ad feedback",
        "advertisement - scroll to continue", "close ad", "skip ad", "ad choices", "adchoices",
    ]),
    group(Advertisement, English, Start, "affiliate and sponsor disclosures", &[
        "we may earn a commission", "we may earn commission", "this post may contain affiliate",
        "this article contains affiliate", "this content is sponsored", "sponsored by",
        "presented by", "paid for by", "supported by", "advertisement",
        "if you buy something through", "when you buy through",
    ]),
    group(Legal, English, Line, "legal and policy links", &[
        "privacy policy", "privacy", "privacy notice", "terms of use", "terms of service",
        "terms and conditions", "terms & conditions", "terms", "accessibility", "imprint",
        "legal notice", "legal", "disclaimer", "cookie notice", "your privacy choices",
        "do not sell my info", "ad choices", "editorial standards", "code of conduct",
        "corrections", "report a correction", "ethics policy", "all rights reserved",
    ]),
    group(Legal, English, Start, "copyright and reuse notices", &[
        "all rights reserved", "copyright", "this material may not be published",
        "this article may not be republished", "the views expressed", "registered in england",
        "use of this site constitutes", "use of this website", "this document is subject to copyright",
    ]),
    group(Caption, English, Line, "photo and gallery controls", &[
        "photo", "photos", "image", "images", "enlarge this image", "view gallery",
        "hide caption", "toggle caption", "caption", "photo credit", "image credit",
        "getty images", "view image", "expand image", "zoom", "gallery", "open gallery",
        "view slideshow", "slideshow", "reuters", "ap", "afp", "file photo", "istock",
        "shutterstock",
    ]),
    group(Caption, English, Start, "caption credit lines", &[
        "photo:", "photo by", "photos by", "photograph:", "photograph by", "image:", "image by",
        "image source:", "picture:", "illustration:", "illustration by", "credit:", "photo credit",
        "image credit", "source: getty", "file photo",
        "pictured:", "above:", "top:", "main image:", "video:", "watch:", "image 1 of",
    ]),
    group(Other, English, Line, "player, loader and script notices", &[
        "loading", "please wait", "audio", "listen to this article",
        "play video", "watch video", "play", "pause", "mute", "unmute", "click here",
        "download", "download pdf", "feedback", "send feedback", "give feedback", "close ad",
        "view comments", "top of page", "end of article", "subscribe to read",
    ]),
    group(Other, English, Start, "script and browser notices", &[
        "please enable javascript", "javascript is disabled", "javascript is required",
        "your browser does not support", "you need to enable javascript",
        "this video", "to view this video", "listen to this article", "reading time",
        "estimated reading time", "this story has been shared", "we've noticed",
        "we noticed you", "please disable your ad blocker", "it looks like you're using an ad blocker",
        "images provided by", "embedded content", "this content is not available",
    ]),
    // ---------------------------------------------------------------- German
    group(Comments, German, Line, "Kommentarbereich", &[
        "kommentare", "kommentar", "kommentieren", "antworten", "kommentar schreiben",
        "einen kommentar hinterlassen", "schreibe einen kommentar", "diskutieren sie mit",
        "kommentar verfassen", "leserkommentare",
    ]),
    group(Share, German, Line, "Teilen- und Folgen-Knöpfe", &[
        "teilen", "artikel teilen", "auf facebook teilen", "auf twitter teilen", "drucken",
        "per e-mail versenden", "per mail versenden", "folgen sie uns", "link kopieren", "merken",
    ]),
    group(Newsletter, German, Line, "Newsletter- und Anmeldeaufforderungen", &[
        "newsletter abonnieren", "jetzt abonnieren", "anmelden", "abonnieren",
        "zum newsletter anmelden", "e-mail-adresse", "einloggen", "registrieren", "jetzt anmelden",
    ]),
    group(Newsletter, German, Start, "Newsletter-Werbung", &[
        "melden sie sich", "abonnieren sie", "jetzt newsletter", "mit der anmeldung",
    ]),
    group(Cookie, German, Line, "Cookie-Banner-Knöpfe", &[
        "alle akzeptieren", "akzeptieren", "ablehnen", "alle ablehnen", "cookie-einstellungen",
        "datenschutzeinstellungen", "einstellungen", "zustimmen", "einverstanden",
    ]),
    group(Cookie, German, Start, "Cookie-Banner", &[
        "wir verwenden cookies", "diese website verwendet cookies", "wir nutzen cookies",
        "diese webseite verwendet cookies",
    ]),
    group(Shop, German, Line, "Shop-Widgets", &[
        "in den warenkorb", "warenkorb", "jetzt kaufen", "zur kasse", "merkzettel",
        "auf die wunschliste", "vergleichen", "versandkostenfrei", "auf lager", "jetzt bestellen",
    ]),
    group(Related, German, Line, "Verweise auf andere Artikel", &[
        "das könnte sie auch interessieren", "mehr zum thema", "weitere artikel",
        "ähnliche artikel", "verwandte artikel", "meistgelesen", "meistgelesene artikel",
        "lesen sie auch", "auch interessant", "weiterlesen", "mehr lesen", "empfehlungen",
    ]),
    group(Related, German, Start, "Lesehinweise", &["lesen sie auch", "mehr zum thema", "weiterlesen", "mehr:"]),
    group(Navigation, German, Line, "Menüeinträge", &[
        "startseite", "suche", "zurück", "weiter", "nach oben", "menü", "zum inhalt springen",
        "kontakt", "über uns", "mehr", "alle", "navigation", "schließen",
    ]),
    group(Advertisement, German, Line, "Werbekennzeichnung", &["anzeige", "werbung", "gesponsert"]),
    group(Legal, German, Line, "Rechtliche Hinweise", &[
        "datenschutz", "datenschutzerklärung", "impressum", "agb", "nutzungsbedingungen",
        "alle rechte vorbehalten",
    ]),
    // ---------------------------------------------------------------- French
    group(Comments, French, Line, "espace commentaires", &[
        "commentaires", "commentaire", "laisser un commentaire", "ajouter un commentaire",
        "répondre", "réagir", "écrire un commentaire", "laisser une réponse",
    ]),
    group(Share, French, Line, "boutons de partage", &[
        "partager", "partager sur facebook", "partager sur twitter", "partager cet article",
        "imprimer", "envoyer par e-mail", "suivez-nous", "copier le lien",
    ]),
    group(Newsletter, French, Line, "invitations à s'abonner", &[
        "s'abonner", "abonnez-vous", "s'inscrire", "inscrivez-vous", "newsletter",
        "recevez notre newsletter", "votre adresse e-mail", "lettre d'information",
        "se connecter", "connexion",
    ]),
    group(Newsletter, French, Start, "appels à l'abonnement", &[
        "inscrivez-vous à", "abonnez-vous à", "recevez notre", "déjà abonné",
    ]),
    group(Cookie, French, Line, "bandeau cookies", &[
        "tout accepter", "tout refuser", "accepter", "refuser", "paramètres des cookies",
        "gérer les cookies", "continuer sans accepter", "personnaliser",
    ]),
    group(Cookie, French, Start, "bandeau cookies", &[
        "nous utilisons des cookies", "ce site utilise des cookies", "en poursuivant votre navigation",
    ]),
    group(Shop, French, Line, "widgets de boutique", &[
        "ajouter au panier", "panier", "votre panier est vide", "acheter maintenant", "comparer",
        "liste de souhaits", "livraison gratuite", "en stock", "acheter",
    ]),
    group(Related, French, Line, "liens vers d'autres articles", &[
        "à lire aussi", "lire aussi", "articles similaires", "sur le même sujet",
        "vous aimerez aussi", "les plus lus", "voir aussi", "lire la suite", "à voir aussi",
        "articles liés", "à la une",
    ]),
    group(Related, French, Start, "renvois de lecture", &["à lire aussi", "lire aussi", "voir aussi"]),
    group(Navigation, French, Line, "entrées de menu", &[
        "accueil", "rechercher", "retour en haut", "suivant", "précédent", "aller au contenu",
        "nous contacter", "qui sommes-nous", "fermer", "plus",
    ]),
    group(Advertisement, French, Line, "mentions publicitaires", &[
        "publicité", "sponsorisé", "contenu sponsorisé", "contenu partenaire",
    ]),
    group(Legal, French, Line, "mentions légales", &[
        "mentions légales", "politique de confidentialité", "conditions générales",
        "conditions générales d'utilisation", "cgu", "cgv", "tous droits réservés",
    ]),
    // ---------------------------------------------------------------- Spanish
    group(Comments, Spanish, Line, "sección de comentarios", &[
        "comentarios", "comentario", "deja un comentario", "dejar un comentario", "responder",
        "añadir comentario", "escribe un comentario", "deja una respuesta",
    ]),
    group(Share, Spanish, Line, "botones para compartir", &[
        "compartir", "compartir en facebook", "compartir en twitter", "comparte este artículo",
        "imprimir", "enviar por correo", "síguenos", "copiar enlace",
    ]),
    group(Newsletter, Spanish, Line, "invitaciones a suscribirse", &[
        "suscríbete", "suscribirse", "suscríbete a nuestro boletín", "boletín", "regístrate",
        "iniciar sesión", "tu correo electrónico", "correo electrónico",
    ]),
    group(Newsletter, Spanish, Start, "invitaciones a suscribirse", &["suscríbete a", "recibe nuestro"]),
    group(Cookie, Spanish, Line, "aviso de cookies", &[
        "aceptar todas", "aceptar", "rechazar", "rechazar todas", "configuración de cookies",
        "aceptar cookies",
    ]),
    group(Cookie, Spanish, Start, "aviso de cookies", &[
        "utilizamos cookies", "este sitio web utiliza cookies", "usamos cookies",
    ]),
    group(Shop, Spanish, Line, "widgets de tienda", &[
        "añadir al carrito", "carrito", "comprar ahora", "tu carrito está vacío", "comparar",
        "lista de deseos", "envío gratis", "comprar",
    ]),
    group(Related, Spanish, Line, "enlaces a otros artículos", &[
        "te puede interesar", "noticias relacionadas", "artículos relacionados", "lo más leído",
        "leer más", "también te puede interesar", "te recomendamos", "más noticias", "ver más",
    ]),
    group(Related, Spanish, Start, "remisiones de lectura", &["lee también", "te puede interesar", "leer más"]),
    group(Navigation, Spanish, Line, "entradas de menú", &[
        "inicio", "buscar", "volver arriba", "siguiente", "anterior", "ir al contenido", "menú",
        "contacto", "cerrar",
    ]),
    group(Advertisement, Spanish, Line, "rótulos publicitarios", &[
        "publicidad", "patrocinado", "contenido patrocinado",
    ]),
    group(Legal, Spanish, Line, "avisos legales", &[
        "aviso legal", "política de privacidad", "política de cookies", "términos y condiciones",
        "todos los derechos reservados",
    ]),
    // ---------------------------------------------------------------- Italian
    group(Comments, Italian, Line, "sezione commenti", &[
        "commenti", "commento", "lascia un commento", "rispondi", "scrivi un commento",
        "aggiungi un commento", "lascia una risposta",
    ]),
    group(Share, Italian, Line, "pulsanti di condivisione", &[
        "condividi", "condividi su facebook", "condividi su twitter", "stampa", "seguici",
    ]),
    group(Newsletter, Italian, Line, "inviti all'iscrizione", &[
        "iscriviti alla newsletter", "iscriviti", "abbonati", "accedi", "registrati",
        "la tua email", "indirizzo email",
    ]),
    group(Cookie, Italian, Line, "banner dei cookie", &[
        "accetta tutti", "accetta", "rifiuta", "rifiuta tutti", "impostazioni cookie",
    ]),
    group(Cookie, Italian, Start, "banner dei cookie", &[
        "utilizziamo i cookie", "questo sito utilizza cookie", "questo sito utilizza i cookie",
    ]),
    group(Shop, Italian, Line, "widget del negozio", &[
        "aggiungi al carrello", "carrello", "acquista ora", "confronta", "lista dei desideri",
        "spedizione gratuita",
    ]),
    group(Related, Italian, Line, "rimandi ad altri articoli", &[
        "leggi anche", "articoli correlati", "potrebbe interessarti", "i più letti",
        "leggi di più", "continua a leggere", "altre notizie",
    ]),
    group(Related, Italian, Start, "rimandi di lettura", &["leggi anche"]),
    group(Navigation, Italian, Line, "voci di menu", &[
        "cerca", "torna su", "successivo", "precedente", "vai al contenuto", "contatti",
        "chi siamo", "chiudi",
    ]),
    group(Advertisement, Italian, Line, "etichette pubblicitarie", &[
        "pubblicità", "sponsorizzato", "contenuto sponsorizzato",
    ]),
    group(Legal, Italian, Line, "note legali", &[
        "informativa sulla privacy", "note legali", "termini e condizioni",
        "tutti i diritti riservati",
    ]),
    // ---------------------------------------------------------------- Portuguese
    group(Comments, Portuguese, Line, "seção de comentários", &[
        "comentários", "deixe um comentário", "deixe uma resposta", "adicionar comentário",
    ]),
    group(Share, Portuguese, Line, "botões de partilha", &[
        "compartilhar", "partilhar", "compartilhe", "siga-nos", "copiar link",
    ]),
    group(Newsletter, Portuguese, Line, "convites à assinatura", &[
        "assine nossa newsletter", "inscreva-se", "assine", "assinar", "cadastre-se", "entrar",
        "seu e-mail",
    ]),
    group(Cookie, Portuguese, Line, "aviso de cookies", &[
        "aceitar todos", "aceitar", "rejeitar", "configurações de cookies",
    ]),
    group(Cookie, Portuguese, Start, "aviso de cookies", &[
        "utilizamos cookies", "este site utiliza cookies", "este site usa cookies",
    ]),
    group(Shop, Portuguese, Line, "widgets de loja", &[
        "adicionar ao carrinho", "carrinho", "comprar agora", "seu carrinho está vazio",
        "lista de desejos", "frete grátis", "em estoque",
    ]),
    group(Related, Portuguese, Line, "ligações a outros artigos", &[
        "leia também", "veja também", "notícias relacionadas", "artigos relacionados",
        "mais lidas", "leia mais", "você também pode gostar",
    ]),
    group(Related, Portuguese, Start, "remissões de leitura", &["leia também", "veja também"]),
    group(Navigation, Portuguese, Line, "entradas de menu", &[
        "início", "pesquisar", "voltar ao topo", "próximo", "ir para o conteúdo", "contato",
        "quem somos", "fechar",
    ]),
    group(Advertisement, Portuguese, Line, "rótulos publicitários", &[
        "publicidade", "conteúdo patrocinado",
    ]),
    group(Legal, Portuguese, Line, "avisos legais", &[
        "política de privacidade", "termos de uso", "todos os direitos reservados",
    ]),
    // ---------------------------------------------------------------- Dutch
    group(Comments, Dutch, Line, "reactiesectie", &[
        "reacties", "laat een reactie achter", "reageer", "plaats een reactie", "reageren",
    ]),
    group(Share, Dutch, Line, "deelknoppen", &[
        "delen", "deel dit artikel", "deel op facebook", "printen", "volg ons",
    ]),
    group(Newsletter, Dutch, Line, "aanmeldprompts", &[
        "schrijf je in voor onze nieuwsbrief", "nieuwsbrief", "abonneren", "inschrijven",
        "aanmelden", "inloggen", "je e-mailadres",
    ]),
    group(Cookie, Dutch, Line, "cookiebanner", &[
        "alles accepteren", "accepteren", "weigeren", "cookie-instellingen", "akkoord",
    ]),
    group(Cookie, Dutch, Start, "cookiebanner", &[
        "wij gebruiken cookies", "deze website maakt gebruik van cookies", "we gebruiken cookies",
    ]),
    group(Shop, Dutch, Line, "winkelwidgets", &[
        "in winkelwagen", "winkelwagen", "nu kopen", "vergelijken", "verlanglijst",
        "gratis verzending", "op voorraad", "je winkelwagen is leeg",
    ]),
    group(Related, Dutch, Line, "verwijzingen naar andere artikelen", &[
        "lees ook", "gerelateerde artikelen", "meest gelezen", "lees meer",
        "dit vind je misschien ook leuk", "meer nieuws",
    ]),
    group(Related, Dutch, Start, "leesverwijzingen", &["lees ook"]),
    group(Navigation, Dutch, Line, "menu-items", &[
        "zoeken", "terug naar boven", "volgende", "vorige", "naar de inhoud", "over ons", "sluiten",
    ]),
    group(Advertisement, Dutch, Line, "advertentielabels", &["advertentie", "gesponsord"]),
    group(Legal, Dutch, Line, "juridische links", &[
        "privacybeleid", "algemene voorwaarden", "alle rechten voorbehouden",
    ]),
];

/// Languages the tables cover for each prompt kind the issue names; checked by a test.
#[cfg(test)]
pub(crate) fn covers(kind: Kind, lang: Language) -> bool {
    GROUPS.iter().any(|g| g.kind == kind && g.lang == lang)
}
