extension ReadoutFormat {
    /// `text` ending with one full stop: "AUC 0.91" → "AUC 0.91.", "Zhang et al." unchanged.
    /// - Parameter text: a clause or sentence.
    /// - Returns: the sentence.
    public static func sentence(_ text: String) -> String {
        text.hasSuffix(".") ? text : text + "."
    }
}
