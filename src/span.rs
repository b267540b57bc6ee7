//! Byte ranges, shared by the ledger and the structured body.

/// A byte range, `start..end`: of the input (a stripped piece's place) or of an
/// element's text (a code span).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// The range as a `Range<usize>`, to index the input with.
    ///
    /// ```
    /// let span = unclutter::Span { start: 2, end: 5 };
    /// assert_eq!(&"a bcd e"[span.range()], "bcd");
    /// ```
    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}
