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

    /// Entries tagged "L1", "L2", … in order.
    /// - Parameter lesions: Names and scores.
    /// - Returns: The tagged entries.
    public static func tagged(_ lesions: [(name: String, score: NomogramScore)]) -> [PatientLesion] {
        lesions.enumerated().map { PatientLesion(name: $1.name, tag: "L\($0 + 1)", score: $1.score) }
    }
}

extension PatientLesion {
    /// The scored lesions of a case as chart entries, in case order; lesions that could not be scored are left out.
    ///
    /// A lesion id of at most four characters is its own tag ("1", "L2", "S7a"); a longer one is tagged
    /// "L1", "L2", … by position and named in full. The segment, when recorded, is added to the name.
    /// - Parameter score: The scored case.
    /// - Returns: One entry per scored lesion.
    public static func scored(in score: CaseScore) -> [PatientLesion] {
        let scored = score.lesions.compactMap { r in r.score.map { (lesion: r.lesion, score: $0) } }
        return scored.enumerated().map { i, l in
            let tag = tag(forId: l.lesion.id, position: i)
            var name = tag == l.lesion.id ? "lesion" : "lesion \(l.lesion.id)"
            if let segment = l.lesion.segment { name += ", segment \(segment)" }
            return PatientLesion(name: name, tag: tag, score: l.score)
        }
    }

    /// A lesion's short tag: its id when at most four characters long ("1", "L2", "S7a"), else "L" and
    /// its 1-based position.
    /// - Parameters:
    ///   - id: The lesion id.
    ///   - position: 0-based position in the list being tagged.
    /// - Returns: The tag.
    public static func tag(forId id: String, position: Int) -> String {
        id.count <= 4 ? id : "L\(position + 1)"
    }
}
