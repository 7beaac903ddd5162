import Statistics

/// How well one model's predicted probabilities fit a cohort: discrimination, calibration, overall
/// accuracy and clinical usefulness (TRIPOD 10d/16).
///
/// - Calibration intercept (calibration-in-the-large): α in `logit P = α + offset(lp)`; 0 is ideal.
/// - Calibration slope: β in `logit P = a + β·lp`; 1 is ideal, < 1 means predictions too extreme.
/// - Brier score: mean (p − y)².
/// - Hosmer–Lemeshow and the binned calibration table: see ``HosmerLemeshow``.
/// - Smoothed calibration: ``Lowess`` of the outcome (0/1) on p, R `lowess(p, y, f = 2/3, iter = 3)`.
/// - Decision curve: ``DecisionCurve``.
public struct ModelValidation: Sendable, Hashable, Codable {
    /// An estimate with its standard error.
    public struct Estimate: Sendable, Hashable, Codable {
        public let value: Double
        public let standardError: Double
    }

    /// Which model, e.g. the model's id.
    public let model: String
    /// One point of the empirical ROC curve.
    public struct CurvePoint: Sendable, Hashable, Codable {
        /// 1 − specificity.
        public let falsePositiveRate: Double
        /// Sensitivity.
        public let truePositiveRate: Double
    }

    /// Discrimination (AUC on the predicted probability, DeLong CI, Youden cutoff in probability).
    public let discrimination: MarkerPerformance
    /// The empirical ROC curve from (0, 0) to (1, 1), one point per distinct predicted probability (pROC
    /// thresholds), for plotting.
    public let rocCurve: [CurvePoint]
    /// Performance of the model's own threshold (predicted positive when P ≥ threshold).
    public let atModelThreshold: MarkerPerformance.Operating
    /// Calibration intercept with the linear predictor as offset.
    public let calibrationIntercept: Estimate
    /// Calibration slope, and the intercept fitted with it.
    public let calibrationSlope: Estimate
    public let calibrationSlopeIntercept: Double
    /// Mean squared error of the probabilities.
    public let brierScore: Double
    /// Hosmer–Lemeshow test; its groups are the binned calibration table.
    public let hosmerLemeshow: HosmerLemeshow
    /// Smoothed calibration curve (x = predicted, y = smoothed observed).
    public let smoothedCalibration: Lowess
    /// Net benefit against treat-all and treat-none.
    public let decisionCurve: DecisionCurve
    /// Separation found in a calibration fit (lp separates the outcome), or `nil`.
    public let calibrationWarning: String?

    /// Validates predictions given as linear predictors.
    /// - Parameters:
    ///   - model: Name of the model.
    ///   - linearPredictors: lp per lesion (log-odds of the positive class).
    ///   - outcomes: Outcome per lesion.
    ///   - threshold: The model's probability threshold.
    ///   - riskGroups: Groups for Hosmer–Lemeshow (usually 10).
    ///   - decisionThresholds: Threshold grid of the decision curve.
    /// - Throws: `StatisticsError` for too few lesions per class.
    public init(model: String, linearPredictors: [Double], outcomes: [Bool], threshold: Double,
                riskGroups: Int = 10, decisionThresholds: [Double] = DecisionCurve.defaultThresholds) throws {
        let p = linearPredictors.map(Logistic.probability)
        let curve = try ROCCurve(scores: p, labels: outcomes, direction: .higherScoreIndicatesEvent)
        self.model = model
        discrimination = try MarkerPerformance(name: model, label: model, curve: curve)
        rocCurve = curve.points.map { CurvePoint(falsePositiveRate: $0.falsePositiveRate, truePositiveRate: $0.truePositiveRate) }
        atModelThreshold = MarkerPerformance.Operating(curve.cutoff(atThreshold: threshold))
        var warning: String?
        do {
            let inTheLarge = try LogisticFit(columns: [], outcomes: outcomes, offset: linearPredictors)
            calibrationIntercept = Estimate(value: inTheLarge.coefficients[0], standardError: inTheLarge.standardErrors[0])
            let slope = try LogisticFit(columns: [linearPredictors], outcomes: outcomes)
            calibrationSlope = Estimate(value: slope.coefficients[1], standardError: slope.standardErrors[1])
            calibrationSlopeIntercept = slope.coefficients[0]
            if let kind = slope.separation {
                warning = "The calibration slope is unreliable: " + CoefficientTable.separationMessage(kind)
            }
        } catch {
            throw CohortAnalysisError.noCandidatePredictors(
                reason: "the model gives every lesion the same prediction, so its calibration cannot be estimated")
        }
        calibrationWarning = warning
        brierScore = try Descriptive.mean(zip(p, outcomes).map { ($0 - ($1 ? 1 : 0)) * ($0 - ($1 ? 1 : 0)) })
        hosmerLemeshow = try HosmerLemeshow(probabilities: p, outcomes: outcomes, groups: riskGroups)
        smoothedCalibration = Lowess(x: p, y: outcomes.map { $0 ? 1 : 0 })
        decisionCurve = DecisionCurve(probabilities: p, outcomes: outcomes, thresholds: decisionThresholds)
    }
}
