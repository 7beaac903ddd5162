public extension TextBlock {
    /// The text as it reads without styling: markup tags removed and the five XML entities decoded.
    ///
    /// Plain text is returned unchanged. Backends use this as the fallback when markup does not
    /// parse, so a malformed template still prints its words. O(n) in the length of the text.
    var plainText: String { isMarkup ? RecordingCanvas.stripMarkup(text) : text }
}
