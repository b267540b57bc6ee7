//! The text path's stages one at a time, for the bench that takes the path apart
//! (`cargo bench --bench clean --features internals -- text-stages`). Behind the
//! `internals` feature and hidden from the docs: not a stable API.

use crate::block::Features;
use crate::text;

/// Splits `input` into its non-blank lines; returns how many there are.
pub fn split_lines(input: &str) -> usize {
    text::lines(input).count()
}

/// Measures every line's features (words, sentence ends, stopwords, pattern needles);
/// returns the words counted.
pub fn measure_lines(input: &str) -> usize {
    text::lines(input).map(|(span, _)| Features::of(&input[span.range()]).words as usize).sum()
}

/// Measures every line and hashes its words for the repeat test, as the text path's
/// first step does; returns how many lines repeat earlier ones.
pub fn measure_and_hash_lines(input: &str) -> usize {
    text::document(input).repeated.unwrap_or_default().iter().filter(|&&repeated| repeated).count()
}
