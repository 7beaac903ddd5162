/// Sentences assembled from clauses, as figure captions and alternative texts print them.
public enum Sentence {
    /// `text` ending with one full stop: "AUC 0.91" → "AUC 0.91.", "Zhang et al." unchanged.
    /// - Parameter text: A clause or sentence.
    /// - Returns: The sentence.
    public static func terminated(_ text: String) -> String {
        text.hasSuffix(".") ? text : text + "."
    }
}
