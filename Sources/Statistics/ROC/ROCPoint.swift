/// One operating point of an empirical ROC curve.
public struct ROCPoint: Sendable, Equatable {
    /// The decision threshold on the original score scale (±∞ at the ends of the curve).
    ///
    /// With ``ROCDirection/higherScoreIndicatesEvent`` an observation is classified as an event when
    /// `score ≥ threshold`; with ``ROCDirection/lowerScoreIndicatesEvent`` when `score ≤ threshold`
    /// (pROC's convention; thresholds lie strictly between observed values, so ≥ and > agree).
    public let threshold: Double
    /// Sensitivity (true-positive rate): the fraction of event observations classified as events.
    public let sensitivity: Double
    /// Specificity: the fraction of non-event observations classified as non-events.
    public let specificity: Double
    /// Observations of the event class classified as events at this threshold.
    public let truePositiveCount: Int
    /// Observations of the non-event class classified as events at this threshold.
    public let falsePositiveCount: Int

    /// The false-positive rate `1 − specificity` (x axis of the ROC plot).
    public var falsePositiveRate: Double { 1 - specificity }
    /// The true-positive rate, identical to ``sensitivity`` (y axis of the ROC plot).
    public var truePositiveRate: Double { sensitivity }
    /// Youden's J = sensitivity + specificity − 1.
    public var youdenIndex: Double { sensitivity + specificity - 1 }
}
