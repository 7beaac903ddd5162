/// DeLong's nonparametric variance of an empirical AUC and its confidence interval.
///
/// DeLong, DeLong & Clarke-Pearson (1988), with the placements computed by the fast midrank
/// algorithm of Sun & Xu (2014) in ``ROCCurve``: `Var(θ̂) = S₁₀/m + S₀₁/n`, where `S₁₀` and `S₀₁` are the
/// sample variances (denominator m − 1, n − 1) of the event and non-event placements. Matches
/// pROC `var(roc)` and `ci.auc(roc, method = "delong")`. O(N) given the curve.
public struct DeLong: Sendable, Equatable {
    /// The AUC θ̂.
    public let auc: Double
    /// The DeLong variance of θ̂.
    public let variance: Double

    /// The standard error `√variance`.
    public var standardError: Double { variance.squareRoot() }

    /// Computes the DeLong variance of a curve's AUC.
    /// - Parameter curve: The ROC curve.
    /// - Throws: ``StatisticsError/tooFewObservations(what:needed:got:)`` unless both classes have at
    ///   least two observations (pROC returns NA then).
    public init(_ curve: ROCCurve) throws {
        try StatisticsError.requireCount(curve.eventCount, atLeast: 2, "DeLong variance (event class)")
        try StatisticsError.requireCount(curve.nonEventCount, atLeast: 2, "DeLong variance (non-event class)")
        auc = curve.auc
        variance = Self.covariance(curve.eventPlacements, curve.eventPlacements, mean: (auc, auc)) / Double(curve.eventCount)
            + Self.covariance(curve.nonEventPlacements, curve.nonEventPlacements, mean: (auc, auc)) / Double(curve.nonEventCount)
    }

    /// The DeLong variance of a curve's AUC (shorthand for `DeLong(curve).variance`).
    /// - Parameter curve: The ROC curve.
    /// - Returns: `S₁₀/m + S₀₁/n`.
    /// - Throws: As ``init(_:)``.
    public static func variance(_ curve: ROCCurve) throws -> Double {
        try DeLong(curve).variance
    }

    /// The Wald interval `θ̂ ± z_{(1+level)/2}·SE`, clamped to [0, 1] (pROC `ci.auc`, DeLong method;
    /// for level 0.95, z = 1.959963984540054).
    /// - Parameter level: The confidence level, in (0, 1).
    /// - Returns: The clamped interval.
    /// - Throws: ``StatisticsError/probabilityOutOfRange(_:)`` for a level outside (0, 1).
    public func confidenceInterval(level: Double = 0.95) throws -> ClosedRange<Double> {
        guard level > 0, level < 1 else { throw StatisticsError.probabilityOutOfRange(level) }
        let z = NormalDistribution.standard.unsafeQuantile(1 - (1 - level) / 2)
        let se = standardError
        return min(max(auc - z * se, 0), 1)...min(max(auc + z * se, 0), 1)
    }

    /// Sample covariance with known means and denominator `count − 1` (pROC's `S` entries).
    static func covariance(_ a: [Double], _ b: [Double], mean: (Double, Double)) -> Double {
        var sum = 0.0
        for i in a.indices { sum += (a[i] - mean.0) * (b[i] - mean.1) }
        return sum / Double(a.count - 1)
    }
}
