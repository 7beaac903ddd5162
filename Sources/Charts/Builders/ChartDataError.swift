import Scoring

/// Why a chart could not be built from the given cohort and model.
public enum ChartDataError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A cohort lesion has no value for one of the model's predictors.
    case cohortLacksPredictor(predictor: String, lesionId: String)
    /// A statistic needed by the chart failed (e.g. a group with identical values).
    case statisticFailed(chart: String, marker: String, reason: String)
    /// The case lacks what the chart needs (e.g. follow-up, or a date to count weeks from).
    case notDrawable(chart: String, reason: String)

    public var description: String {
        switch self {
        case let .cohortLacksPredictor(predictor, lesionId):
            "The reference cohort has no value of \(predictor) for lesion \(lesionId), so the chart cannot compare the patient with it."
        case let .statisticFailed(chart, marker, reason):
            "The \(chart) could not be drawn for \(marker): \(reason)."
        case let .notDrawable(chart, reason):
            "The \(chart) cannot be drawn: \(reason)."
        }
    }
}

extension ChartDataError {
    /// The chart error for a failed cohort statistic.
    /// - Parameters:
    ///   - error: What the cohort statistics reported.
    ///   - chart: The chart being built, e.g. "ROC chart".
    init(_ error: CohortStatisticsError, chart: String) {
        switch error {
        case let .missingPredictorValue(predictor, lesionId): self = .cohortLacksPredictor(predictor: predictor, lesionId: lesionId)
        case let .statisticFailed(marker, reason): self = .statisticFailed(chart: chart, marker: marker, reason: reason)
        }
    }
}
