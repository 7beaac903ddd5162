/// Paired DeLong test of two AUCs measured on the same observations.
///
/// DeLong et al. (1988): with placement covariance matrices `S₁₀` (event class) and `S₀₁`
/// (non-event class) of the two scores, `S = S₁₀/m + S₀₁/n` and `L = (1, −1)`,
/// `z = (θ̂₁ − θ̂₂) / √(L S Lᵀ)`, two-sided `p = 2·Φ(−|z|)`. Matches
/// `pROC::roc.test(r1, r2, method = "delong", paired = TRUE)`, including `z = 0` when both the
/// difference and its variance are 0. O(N) given the two curves.
public struct ROCComparison: Sendable, Equatable {
    /// AUC of the first score.
    public let firstAUC: Double
    /// AUC of the second score.
    public let secondAUC: Double
    /// The variance of the AUC difference, `L S Lᵀ`.
    public let differenceVariance: Double
    /// The standardized difference z.
    public let z: Double
    /// The two-sided p-value `2·Φ(−|z|)`.
    public let pValue: Double

    /// The AUC difference `θ̂₁ − θ̂₂`.
    public var difference: Double { firstAUC - secondAUC }

    /// Compares two ROC curves of different scores on the same observations.
    /// - Parameters:
    ///   - first: The first curve.
    ///   - second: The second curve; its labels must equal the first curve's, observation by
    ///     observation (each curve keeps its own direction).
    /// - Returns: The test result.
    /// - Throws: ``StatisticsError/unpairedCurves`` when the labels differ, or
    ///   ``StatisticsError/tooFewObservations(what:needed:got:)`` when a class has fewer than two
    ///   observations.
    public static func pairedDeLong(_ first: ROCCurve, _ second: ROCCurve) throws -> ROCComparison {
        guard first.labels == second.labels else { throw StatisticsError.unpairedCurves }
        try StatisticsError.requireCount(first.eventCount, atLeast: 2, "paired DeLong test (event class)")
        try StatisticsError.requireCount(first.nonEventCount, atLeast: 2, "paired DeLong test (non-event class)")
        let means = (first.auc, second.auc)
        func contrastVariance(_ a: [Double], _ b: [Double]) -> Double {
            DeLong.covariance(a, a, mean: (means.0, means.0)) + DeLong.covariance(b, b, mean: (means.1, means.1))
                - 2 * DeLong.covariance(a, b, mean: means)
        }
        // Rounding can push a mathematically zero variance (identical curves) slightly below 0.
        let variance = max(0, contrastVariance(first.eventPlacements, second.eventPlacements) / Double(first.eventCount)
            + contrastVariance(first.nonEventPlacements, second.nonEventPlacements) / Double(first.nonEventCount))
        let difference = first.auc - second.auc
        let z = difference == 0 && variance <= 0 ? 0 : difference / variance.squareRoot()
        return ROCComparison(
            firstAUC: first.auc, secondAUC: second.auc, differenceVariance: variance, z: z,
            pValue: 2 * NormalDistribution.standard.cdf(-abs(z))
        )
    }

    /// Compares two scores on the same observations, building both curves.
    /// - Parameters:
    ///   - a: The first score per observation.
    ///   - b: The second score per observation.
    ///   - labels: The shared labels (`true` = event class).
    ///   - direction: The direction used for both scores.
    /// - Returns: The test result.
    /// - Throws: As ``ROCCurve/init(scores:labels:direction:)`` and ``pairedDeLong(_:_:)``.
    public static func pairedDeLong(
        a: [Double], b: [Double], labels: [Bool], direction: ROCDirection
    ) throws -> ROCComparison {
        try pairedDeLong(
            ROCCurve(scores: a, labels: labels, direction: direction),
            ROCCurve(scores: b, labels: labels, direction: direction)
        )
    }
}
