//! `clean_article` on any string: no panic, and for text input every non-blank line is
//! accounted for exactly once with a true span.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    let Ok(article) = unclutter::clean_article(input) else { return };
    for piece in &article.metadata.stripped {
        if let Some(span) = piece.span {
            assert_eq!(&input[span.range()], piece.text);
        }
    }
});
