import Scoring

/// One of the patient's scored lesions as the chart builders take it: a printed name, a short tag for
/// read-outs ("L1"), and its nomogram score.
public struct PatientLesion: Sendable, Hashable {
    /// Legend name, e.g. "Lesion 1 (segment VII)".
    public var name: String
    /// Short tag next to markers, e.g. "L1".
    public var tag: String
    /// The lesion's nomogram score (values, points, probability).
    public var score: NomogramScore

    /// Creates a lesion entry.
    /// - Parameters:
    ///   - name: Legend name.
    ///   - tag: Short tag.
    ///   - score: Nomogram score.
    public init(name: String, tag: String, score: NomogramScore) {
        self.name = name
        self.tag = tag
        self.score = score
    }

    /// Entries tagged "L1", "L2", … in order.
    /// - Parameter lesions: Names and scores.
    /// - Returns: The tagged entries.
    public static func tagged(_ lesions: [(name: String, score: NomogramScore)]) -> [PatientLesion] {
        lesions.enumerated().map { PatientLesion(name: $1.name, tag: "L\($0 + 1)", score: $1.score) }
    }
}
