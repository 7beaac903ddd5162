/// How well one score separates two outcome groups (the paper's Table 4): the empirical ROC curve,
/// the AUC with its DeLong variance and 95 % Wald interval, and the Youden-optimal cut-off.
///
/// AUC is the Mann–Whitney estimate with ties ½; its variance and interval follow DeLong et al. (1988)
/// as pROC's `ci.auc(method = "delong")`. **Youden ties:** when several thresholds reach the maximal
/// Youden index J, the one with the highest sensitivity (the most lenient threshold) is reported and
/// `youdenTies` says how many tied; for a score whose higher values indicate the event this is the
/// lowest tied threshold, the first row pROC's `coords(roc, "best", best.method = "youden")` returns.
/// O(n log n) for n observations (the curve's own cost), O(n) given the curve.
public struct MarkerDiscrimination: Sendable {
    /// The empirical ROC curve (pROC thresholds).
    public let curve: ROCCurve
    /// AUC and its DeLong variance.
    public let delong: DeLong
    /// The DeLong Wald interval at `level`, clamped to [0, 1].
    public let confidenceInterval: ClosedRange<Double>
    /// The Youden-optimal cut-off (highest sensitivity among ties).
    public let youden: Cutoff
    /// How many thresholds share the maximal Youden index (1 when there is no tie).
    public let youdenTies: Int

    /// The AUC.
    public var auc: Double { delong.auc }

    /// Evaluates a curve.
    /// - Parameters:
    ///   - curve: The ROC curve of the score (either direction).
    ///   - level: Confidence level of the interval (0.95 by default).
    /// - Throws: `StatisticsError` when a class has fewer than two observations or the level is not in (0, 1).
    public init(_ curve: ROCCurve, level: Double = 0.95) throws {
        let delong = try DeLong(curve)
        let ties = curve.optimalCutoffs(by: .youden)
        self.curve = curve
        self.delong = delong
        confidenceInterval = try delong.confidenceInterval(level: level)
        // Never empty: the curve always has its two corners. Sensitivities of tied cut-offs differ.
        youden = ties.max { $0.sensitivity < $1.sensitivity } ?? curve.cutoff(atThreshold: .infinity)
        youdenTies = ties.count
    }
}
