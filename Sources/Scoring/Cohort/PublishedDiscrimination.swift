/// Single-marker and nomogram AUCs as the source paper published them, shown in place of values
/// computed on a synthetic reconstruction (whose AUCs differ from the paper's and are not findings).
public struct PublishedDiscrimination: Sendable, Hashable {
    /// One published AUC with its 95 % CI when the paper gives one.
    public struct Entry: Sendable, Hashable {
        public let auc: Double
        public let confidenceInterval: ClosedRange<Double>?
    }

    /// Entries by marker name (`nomogram`, `size_mm`, `nic_ap_percent`, `ps_ml_min_100g`).
    public let entries: [String: Entry]
    /// Where the numbers come from.
    public let source: String

    /// Zhang et al.: nomogram 0.913 (0.858–0.968), size 0.623 (0.522–0.725), NIC-AP 0.770 and PS 0.713
    /// (no CI published for these two; Table 4 and Results).
    public static let zhang2025 = PublishedDiscrimination(entries: [
        "nomogram": Entry(auc: 0.913, confidenceInterval: 0.858...0.968),
        "size_mm": Entry(auc: 0.623, confidenceInterval: 0.522...0.725),
        "nic_ap_percent": Entry(auc: 0.770, confidenceInterval: nil),
        "ps_ml_min_100g": Entry(auc: 0.713, confidenceInterval: nil),
    ], source: "Zhang et al.")
}

extension ReferenceCohort {
    /// The published AUCs a synthetic reconstruction stands for (`nil` for a centre's own cohort).
    public var publishedDiscrimination: PublishedDiscrimination? {
        if case .synthetic = provenance { return .zhang2025 }
        return nil
    }
}
