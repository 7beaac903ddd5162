import Statistics

/// The Hosmer–Lemeshow goodness-of-fit test with groups by quantiles of predicted risk, and the
/// binned calibration table built from the same groups.
///
/// Grouping rule (as `ResourceSelection::hoslem.test`): breaks are the distinct type-7 quantiles of
/// the predicted probabilities at 0, 1/g, …, 1; a lesion with probability p falls in the first group
/// whose upper break is ≥ p (R `cut(p, breaks, include.lowest = TRUE)`, intervals closed on the
/// right). Tied breaks merge groups, so fewer than g groups can result.
/// `Ĉ = Σ_k (O_k − E_k)²/E_k + ((n_k − O_k) − (n_k − E_k))²/(n_k − E_k)` with E_k the sum of predicted
/// probabilities in group k, compared with χ² on (number of groups − 2) df. O(n log n).
public struct HosmerLemeshow: Sendable, Hashable, Codable {
    /// One risk group: mean predicted vs observed proportion, with a Wilson 95 % interval.
    public struct Group: Sendable, Hashable, Codable {
        /// Lesions in the group.
        public let count: Int
        /// Observed positives O_k.
        public let observed: Int
        /// Expected positives E_k (sum of predicted probabilities).
        public let expected: Double
        /// Mean predicted probability E_k / n_k.
        public let meanPredicted: Double
        /// Observed proportion O_k / n_k.
        public let observedProportion: Double
        /// Wilson score 95 % interval of the observed proportion (R `prop.test(correct = FALSE)`).
        public let observedLow: Double
        public let observedHigh: Double
        /// Smallest and largest predicted probability in the group.
        public let minimumPredicted: Double
        public let maximumPredicted: Double
    }

    /// The groups, ascending in risk.
    public let groups: [Group]
    /// The statistic Ĉ.
    public let statistic: Double
    /// Degrees of freedom: groups − 2.
    public let degreesOfFreedom: Int
    /// Upper-tail χ² p-value; `nil` when fewer than 3 groups could be formed.
    public let pValue: Double?
    /// The number of groups requested (g).
    public let requestedGroups: Int

    /// Groups the predictions and computes the test.
    /// - Parameters:
    ///   - probabilities: Predicted probabilities, one per lesion.
    ///   - outcomes: Observed outcomes (`true` = positive).
    ///   - groups: g, usually 10 (deciles of risk).
    /// - Throws: `StatisticsError` for an empty sample or non-finite probabilities.
    public init(probabilities: [Double], outcomes: [Bool], groups g: Int = 10) throws {
        let breaks = try Quantile.type7(probabilities, probabilities: (0...g).map { Double($0) / Double(g) })
        var distinct: [Double] = []
        for b in breaks where distinct.last != b { distinct.append(b) }
        // Group index k in 1..<distinct.count (a single break puts everything in one group).
        let groupCount = max(1, distinct.count - 1)
        var members = Array(repeating: [Int](), count: groupCount)
        for (i, p) in probabilities.enumerated() {
            var k = 1
            while k < distinct.count - 1 && p > distinct[k] { k += 1 }
            members[k - 1].append(i)
        }
        var result: [Group] = []
        var statistic = 0.0
        for indices in members where !indices.isEmpty {
            let n = indices.count
            let o = indices.count { outcomes[$0] }
            let e = indices.reduce(0.0) { $0 + probabilities[$1] }
            statistic += (Double(o) - e) * (Double(o) - e) / e
                + (Double(n - o) - (Double(n) - e)) * (Double(n - o) - (Double(n) - e)) / (Double(n) - e)
            let wilson = WilsonInterval(successes: o, trials: n)
            let predicted = indices.map { probabilities[$0] }
            result.append(Group(count: n, observed: o, expected: e, meanPredicted: e / Double(n),
                                observedProportion: Double(o) / Double(n), observedLow: wilson.low,
                                observedHigh: wilson.high, minimumPredicted: predicted.min() ?? 0,
                                maximumPredicted: predicted.max() ?? 0))
        }
        self.groups = result
        self.statistic = statistic
        self.degreesOfFreedom = result.count - 2
        self.pValue = result.count > 2
            ? try ChiSquaredDistribution(degreesOfFreedom: Double(result.count - 2)).survival(statistic)
            : nil
        self.requestedGroups = g
    }
}
