/// Exactly what an ROC figure shows (paper, Figure 5): one curve per marker with its AUC and CI, the Youden
/// points, the chance diagonal, the model's threshold and the patient's lesions as operating points.
public struct ROCChartSpec: Sendable, Hashable {
    /// One ROC curve.
    public struct Curve: Sendable, Hashable {
        /// Marker name, e.g. "Nomogram".
        public var name: String
        /// The empirical curve from (0, 0) to (1, 1), in drawing order: x is the false-positive rate
        /// (1 − specificity), y the true-positive rate (sensitivity), both in [0, 1].
        public var points: [PlotPoint]
        /// AUC text for the legend, e.g. "AUC 0.913 (95 % CI 0.858–0.968)".
        public var aucText: String
        /// The Youden-optimal operating point, if marked.
        public var youden: PlotPoint?
        /// Line style and Youden marker.
        public var style: SeriesStyle
    }

    /// A highlighted operating point on a curve.
    public struct OperatingPoint: Sendable, Hashable {
        /// What the point stands for (selects its marker).
        public enum Kind: Sendable, Hashable {
            /// The model's classification threshold.
            case threshold
            /// A lesion's score used as the cut-off; the lesion's position selects the marker shape.
            case lesion(Int)
        }

        public var kind: Kind
        /// Short label drawn next to the point, e.g. "L1".
        public var tag: String
        /// Legend text, e.g. "L1 as cut-off (P(NR) ≥ 0.105): Se 0.98, Sp 0.55".
        public var description: String
        /// Where it lies (x: 1 − specificity, y: sensitivity).
        public var point: PlotPoint
    }

    /// Figure title, if any.
    public var title: String?
    /// Curves in legend order, the model first (drawn last, on top).
    public var curves: [Curve]
    /// Whether to draw the chance diagonal.
    public var showsChanceDiagonal: Bool = true
    /// The model's threshold as an operating point, if known.
    public var threshold: OperatingPoint?
    /// The patient's lesions as operating points.
    public var lesionPoints: [OperatingPoint] = []
    /// Provenance banner drawn inside the frame (e.g. the synthetic-cohort label), if any.
    public var footnote: String?

    /// The caption: what the markers and the diagonal mean.
    public var notes: [String] {
        var parts: [String] = []
        if curves.contains(where: { $0.youden != nil }) { parts.append("Diamonds: Youden point of each curve (maximal sensitivity + specificity − 1).") }
        if showsChanceDiagonal { parts.append("Dotted diagonal: chance (AUC 0.5).") }
        var s = parts.joined(separator: " ")
        if !lesionPoints.isEmpty { s += (s.isEmpty ? "" : " ") + "Lesion markers: the operating point if that lesion's score were the cut-off." }
        return [s]
    }
}
