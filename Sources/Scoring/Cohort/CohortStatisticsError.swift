/// Why a statistic of a reference cohort (ROC, AUC, DeLong test) could not be computed.
public enum CohortStatisticsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A cohort lesion has no value for one of the model's predictors.
    case missingPredictorValue(predictor: String, lesionId: String)
    /// A statistic failed for one marker (e.g. a non-finite value); `reason` is the statistics error's sentence.
    case statisticFailed(marker: String, reason: String)

    /// A sentence for the user.
    public var description: String {
        switch self {
        case let .missingPredictorValue(predictor, lesionId):
            "The reference cohort has no value of \(predictor) for lesion \(lesionId), so the model's markers cannot be evaluated on it."
        case let .statisticFailed(marker, reason):
            "The cohort statistics of \(marker) could not be computed: \(reason)."
        }
    }
}
