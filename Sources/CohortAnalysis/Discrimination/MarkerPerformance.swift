import Statistics

/// Discrimination of one score against the outcome (the paper's Table 4) as the analysis reports and
/// encodes it: ``MarkerDiscrimination``'s AUC, DeLong 95 % CI and Youden cut-off (with its tie rule),
/// flattened into plain numbers.
///
/// Higher scores indicate the positive class (stated, never chosen automatically; pROC's
/// `roc(direction = "<")`). O(n log n).
public struct MarkerPerformance: Sendable, Hashable, Codable {
    /// A classification rule and its performance.
    public struct Operating: Sendable, Hashable, Codable {
        /// Positive when score ≥ threshold.
        public let threshold: Double
        public let sensitivity: Double
        public let specificity: Double
        public let accuracy: Double
        /// True positives and true negatives at the threshold.
        public let truePositives: Int
        public let trueNegatives: Int

        init(_ cutoff: Cutoff) {
            threshold = cutoff.threshold
            sensitivity = cutoff.sensitivity
            specificity = cutoff.specificity
            accuracy = cutoff.accuracy
            truePositives = cutoff.truePositiveCount
            trueNegatives = cutoff.trueNegativeCount
        }
    }

    /// Machine name of the score (a column, or "nomogram"/"refit").
    public let name: String
    /// Printed label.
    public let label: String
    /// Lesions with a value, and how many of them are positive.
    public let count: Int
    public let positives: Int
    /// AUC (Mann–Whitney, ties ½).
    public let auc: Double
    /// DeLong variance and 95 % CI (clamped to [0, 1]).
    public let variance: Double
    public let aucLow: Double
    public let aucHigh: Double
    /// The Youden-optimal cutoff (highest sensitivity, here the lowest threshold, among ties).
    public let youden: Operating
    /// How many thresholds share the optimal Youden index.
    public let youdenTies: Int

    /// Evaluates a score.
    /// - Parameters:
    ///   - name: Machine name.
    ///   - label: Printed label.
    ///   - scores: One score per lesion.
    ///   - outcomes: One outcome per lesion.
    /// - Throws: `StatisticsError` when a class has fewer than two lesions or a score is not finite.
    public init(name: String, label: String, scores: [Double], outcomes: [Bool]) throws {
        let curve = try ROCCurve(scores: scores, labels: outcomes, direction: .higherScoreIndicatesEvent)
        try self.init(name: name, label: label, curve: curve)
    }

    /// Evaluates a score from its ROC curve.
    /// - Parameters:
    ///   - name: Machine name.
    ///   - label: Printed label.
    ///   - curve: The curve (higher = positive).
    /// - Throws: `StatisticsError` when a class has fewer than two lesions.
    init(name: String, label: String, curve: ROCCurve) throws {
        let discrimination = try MarkerDiscrimination(curve)
        self.name = name
        self.label = label
        self.count = curve.scores.count
        self.positives = curve.eventCount
        self.auc = discrimination.auc
        self.variance = discrimination.delong.variance
        self.aucLow = discrimination.confidenceInterval.lowerBound
        self.aucHigh = discrimination.confidenceInterval.upperBound
        self.youden = Operating(discrimination.youden)
        self.youdenTies = discrimination.youdenTies
    }
}
