/// A threshold on a ROC curve with its classification performance.
public struct Cutoff: Sendable, Equatable {
    /// The threshold on the original score scale (see ``ROCPoint/threshold`` for the rule).
    public let threshold: Double
    /// Sensitivity at the threshold.
    public let sensitivity: Double
    /// Specificity at the threshold.
    public let specificity: Double
    /// Accuracy `(TP + TN) / N`.
    public let accuracy: Double
    /// True positives: event observations classified as events.
    public let truePositiveCount: Int
    /// True negatives: non-event observations classified as non-events.
    public let trueNegativeCount: Int

    /// Youden's J = sensitivity + specificity − 1.
    public var youdenIndex: Double { sensitivity + specificity - 1 }
}

extension ROCCurve {
    /// Every threshold at which `criterion` is optimal (pROC `coords(roc, "best", best.method=…)`).
    ///
    /// All operating points, including the ±∞ corners, are candidates. Ties are kept (pROC returns
    /// one row per tied threshold) and listed by ascending threshold; they are detected with exact
    /// floating-point equality of pROC's own objective expression (`se + sp`, or
    /// `−((1 − se)² + (1 − sp)²)`), so the set matches pROC. O(k) for k points.
    /// - Parameter criterion: The optimality criterion.
    /// - Returns: One or more cutoffs, ascending by threshold.
    public func optimalCutoffs(by criterion: CutoffCriterion) -> [Cutoff] {
        let objectives = points.map(criterion.objective)
        // `points` is never empty (it always has the two corners).
        let best = objectives.max() ?? -.infinity
        return points.indices
            .filter { objectives[$0] == best }
            .map { cutoff(at: points[$0]) }
            .sorted { $0.threshold < $1.threshold }
    }

    /// The performance of a given operating point as a ``Cutoff``.
    /// - Parameter point: A point of this curve.
    /// - Returns: The cutoff with accuracy and counts.
    public func cutoff(at point: ROCPoint) -> Cutoff {
        let trueNegatives = nonEventCount - point.falsePositiveCount
        return Cutoff(
            threshold: point.threshold,
            sensitivity: point.sensitivity,
            specificity: point.specificity,
            accuracy: Double(point.truePositiveCount + trueNegatives) / Double(eventCount + nonEventCount),
            truePositiveCount: point.truePositiveCount,
            trueNegativeCount: trueNegatives
        )
    }

    /// The performance of the classification rule at an arbitrary threshold (e.g. a published
    /// cutoff). O(N).
    /// - Parameter threshold: An event is called when `score ≥ threshold`
    ///   (``ROCDirection/higherScoreIndicatesEvent``) or `score ≤ threshold` (lower direction).
    /// - Returns: The cutoff's sensitivity, specificity and accuracy.
    public func cutoff(atThreshold threshold: Double) -> Cutoff {
        var tp = 0, fp = 0
        for (score, label) in zip(scores, labels) {
            let called = direction == .higherScoreIndicatesEvent ? score >= threshold : score <= threshold
            if called { if label { tp += 1 } else { fp += 1 } }
        }
        return cutoff(at: ROCPoint(
            threshold: threshold,
            sensitivity: Double(tp) / Double(eventCount),
            specificity: Double(nonEventCount - fp) / Double(nonEventCount),
            truePositiveCount: tp,
            falsePositiveCount: fp
        ))
    }
}
