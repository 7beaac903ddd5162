/// Decision-curve analysis (Vickers & Elkin 2006): the net benefit of treating lesions whose
/// predicted probability is at least a threshold pₜ, against treating all and treating none.
///
/// `NB(pₜ) = TP/n − FP/n · pₜ/(1 − pₜ)`; treat-all `NB = π − (1 − π)·pₜ/(1 − pₜ)` with π the
/// prevalence; treat-none is 0. O(n·k) for k thresholds.
public struct DecisionCurve: Sendable, Hashable, Codable {
    /// The thresholds pₜ, each in (0, 1).
    public let thresholds: [Double]
    /// Net benefit of the model at each threshold.
    public let model: [Double]
    /// Net benefit of treating every lesion as positive.
    public let treatAll: [Double]
    /// Net benefit of treating none (always 0; kept for plotting).
    public let treatNone: [Double]

    /// Computes the curves.
    /// - Parameters:
    ///   - probabilities: Predicted probabilities.
    ///   - outcomes: Observed outcomes (`true` = positive).
    ///   - thresholds: Threshold grid; values outside (0, 1) are dropped.
    public init(probabilities: [Double], outcomes: [Bool], thresholds: [Double]) {
        let grid = thresholds.filter { $0 > 0 && $0 < 1 }
        let n = Double(outcomes.count)
        let prevalence = Double(outcomes.count { $0 }) / n
        self.thresholds = grid
        self.model = grid.map { t in
            var tp = 0, fp = 0
            for (p, y) in zip(probabilities, outcomes) where p >= t {
                if y { tp += 1 } else { fp += 1 }
            }
            return Double(tp) / n - Double(fp) / n * t / (1 - t)
        }
        self.treatAll = grid.map { prevalence - (1 - prevalence) * $0 / (1 - $0) }
        self.treatNone = grid.map { _ in 0 }
    }

    /// The default grid 0.01, 0.02, …, 0.99 (computed as k/100 so that each value is exact to the
    /// nearest double).
    public static let defaultThresholds: [Double] = (1...99).map { Double($0) / 100 }
}
