/// Choices of a cohort analysis; every default is the paper's (or the stated convention).
public struct CohortAnalysisOptions: Sendable, Hashable, Codable {
    /// Predictors offered to the regression; `nil` = every numeric column whose Table 2/3 p-value is
    /// below `screeningAlpha` (univariate screening, as the paper).
    public var candidatePredictors: [String]?
    /// Univariate screening level (0.05).
    public var screeningAlpha: Double
    /// KS p above which a group counts as normally distributed (0.05).
    public var normalityAlpha: Double
    /// VIF above which the worst predictor is removed (5).
    public var varianceInflationLimit: Double
    /// Backward elimination: p to remove (0.10).
    public var pToRemove: Double
    /// Hosmer–Lemeshow / binned calibration groups (10, deciles of risk).
    public var riskGroups: Int
    /// Decision-curve thresholds (0.01 … 0.99).
    public var decisionThresholds: [Double]
    /// Bootstrap resamples for optimism correction (200; 0 skips the bootstrap).
    public var bootstrapResamples: Int
    /// Seed of the bootstrap's random number generator (`Xoshiro256StarStar`).
    public var seed: UInt64
    /// Events per candidate predictor below which the refit and its bootstrap are not estimated
    /// (default 10, `RefitEstimability.minimumEventsPerCandidate`).
    public var minimumEventsPerCandidate: Double
    /// Id and version written into the refit model.
    public var refitModelId: String
    public var refitModelVersion: String

    /// Creates options; see each property for its meaning and default.
    public init(candidatePredictors: [String]? = nil, screeningAlpha: Double = 0.05, normalityAlpha: Double = 0.05,
                varianceInflationLimit: Double = 5, pToRemove: Double = 0.10, riskGroups: Int = 10,
                decisionThresholds: [Double] = DecisionCurve.defaultThresholds, bootstrapResamples: Int = 200,
                seed: UInt64 = 20_250_611, refitModelId: String = "cohort-refit", refitModelVersion: String = "1.0.0",
                minimumEventsPerCandidate: Double = RefitEstimability.minimumEventsPerCandidate) {
        self.minimumEventsPerCandidate = minimumEventsPerCandidate
        self.candidatePredictors = candidatePredictors
        self.screeningAlpha = screeningAlpha
        self.normalityAlpha = normalityAlpha
        self.varianceInflationLimit = varianceInflationLimit
        self.pToRemove = pToRemove
        self.riskGroups = riskGroups
        self.decisionThresholds = decisionThresholds
        self.bootstrapResamples = bootstrapResamples
        self.seed = seed
        self.refitModelId = refitModelId
        self.refitModelVersion = refitModelVersion
    }

    /// Checks ranges.
    /// - Throws: `CohortAnalysisError.invalidOption` naming the first bad option.
    func validate() throws {
        for (name, value) in [("screening alpha", screeningAlpha), ("normality alpha", normalityAlpha),
                              ("p to remove", pToRemove)] where !(value > 0 && value < 1) {
            throw CohortAnalysisError.invalidOption(name: name, reason: "it must lie between 0 and 1, not \(value)")
        }
        guard varianceInflationLimit >= 1 else {
            throw CohortAnalysisError.invalidOption(name: "VIF limit", reason: "a VIF is at least 1, so the limit must be ≥ 1")
        }
        guard riskGroups >= 3 else {
            throw CohortAnalysisError.invalidOption(name: "risk groups", reason: "Hosmer–Lemeshow needs at least 3 groups")
        }
        guard minimumEventsPerCandidate >= 0, minimumEventsPerCandidate.isFinite else {
            throw CohortAnalysisError.invalidOption(name: "minimum events per predictor", reason: "it must be a number ≥ 0")
        }
        guard bootstrapResamples >= 0 else {
            throw CohortAnalysisError.invalidOption(name: "bootstrap resamples", reason: "it cannot be negative")
        }
    }
}
