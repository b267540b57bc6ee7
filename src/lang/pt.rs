//! Portuguese: everything the crate knows of it (see [`super::LanguageData`]).

use super::At::{Line, Start};
use super::{Language, LanguageData, PhraseGroup};
use crate::article::Kind::*;

/// Portuguese.
pub(crate) const PORTUGUESE: LanguageData = LanguageData {
    language: Language::Portuguese,
    code: "pt",
    stopwords: "a à ao aos as às até com como da das de dela dele deles depois do dos e é ela elas ele eles em entre era essa esse esta está este eu foi foram há isso isto já lhe mais mas me mesmo meu muito na não nas nem no nos nós num numa o os ou para pela pelas pelo pelos por qual quando que quem se sem ser seu sua são também te tem ter um uma umas uns você",
    months: &[
        ("janeiro", 1),
        ("fevereiro", 2),
        ("março", 3),
        ("abril", 4),
        ("maio", 5),
        ("junho", 6),
        ("julho", 7),
        ("agosto", 8),
        ("setembro", 9),
        ("outubro", 10),
        ("novembro", 11),
        ("dezembro", 12),
    ],
    byline_openers: &["por", "autor"],
    // "e" (and) stands inside compound surnames ("Costa e Silva"): bylines are split at
    // commas and "&" only.
    conjunctions: &[],
    name_particles: &["da", "dos", "de"],
    time_units: &["hora", "horas", "minuto", "minutos"],
    content_class_words: &["conteudo", "texto", "corpo"],
    boilerplate_class_words: &["comentario", "rodape"],
    comment_class_words: &["comentario"],
    phrases: &[
        PhraseGroup {
            kind: Comments,
            at: Line,
            why: "comment-section headings and buttons",
            phrases: &["comentários", "deixe um comentário", "deixe uma resposta", "adicionar comentário"],
        },
        PhraseGroup {
            kind: Share,
            at: Line,
            why: "share, follow and print buttons",
            phrases: &["compartilhar", "partilhar", "compartilhe", "siga-nos", "copiar link"],
        },
        PhraseGroup {
            kind: Newsletter,
            at: Line,
            why: "newsletter and sign-in prompts",
            phrases: &[
                "assine nossa newsletter",
                "inscreva-se",
                "assine",
                "assinar",
                "cadastre-se",
                "entrar",
                "seu e-mail",
            ],
        },
        PhraseGroup {
            kind: Cookie,
            at: Line,
            why: "cookie and consent banner buttons",
            phrases: &["aceitar todos", "aceitar", "rejeitar", "configurações de cookies"],
        },
        PhraseGroup {
            kind: Cookie,
            at: Start,
            why: "cookie banners that open with a fixed phrase",
            phrases: &["este site utiliza cookies", "este site usa cookies"],
        },
        PhraseGroup {
            kind: Shop,
            at: Line,
            why: "e-commerce widgets around the article",
            phrases: &[
                "adicionar ao carrinho",
                "carrinho",
                "comprar agora",
                "seu carrinho está vazio",
                "lista de desejos",
                "frete grátis",
                "em estoque",
            ],
        },
        PhraseGroup {
            kind: Related,
            at: Line,
            why: "headings of related-article lists",
            phrases: &["notícias relacionadas", "artigos relacionados", "mais lidas", "leia mais"],
        },
        PhraseGroup {
            kind: Related,
            at: Start,
            why: "pointers to another article",
            phrases: &["leia também", "veja também", "você pode gostar", "você também pode gostar"],
        },
        PhraseGroup {
            kind: Navigation,
            at: Line,
            why: "menu entries, skip links and pagination",
            phrases: &[
                "início",
                "pesquisar",
                "voltar ao topo",
                "próximo",
                "ir para o conteúdo",
                "contato",
                "quem somos",
                "fechar",
            ],
        },
        PhraseGroup {
            kind: Advertisement,
            at: Line,
            why: "ad labels and ad slots",
            phrases: &["publicidade", "conteúdo patrocinado"],
        },
        PhraseGroup {
            kind: Legal,
            at: Line,
            why: "legal and policy links",
            phrases: &["política de privacidade", "termos de uso", "todos os direitos reservados"],
        },
    ],
};
