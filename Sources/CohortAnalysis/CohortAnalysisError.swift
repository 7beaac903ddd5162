/// Why a cohort analysis could not be carried out; each `description` is a full sentence.
public enum CohortAnalysisError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The cohort's columns do not fit together.
    case malformedCohort(reason: String)
    /// A class has too few lesions for group statistics and ROC analysis.
    case tooFewLesions(positive: Int, negative: Int, positiveClass: String, negativeClass: String)
    /// A requested column (candidate predictor or model input) is not in the cohort.
    case unknownColumn(name: String, available: [String])
    /// A model input must be numeric but the column is categorical.
    case notNumeric(name: String)
    /// No candidate predictor is left for the regression.
    case noCandidatePredictors(reason: String)
    /// An option is outside its valid range.
    case invalidOption(name: String, reason: String)

    public var description: String {
        switch self {
        case let .malformedCohort(reason):
            "The cohort cannot be analysed: \(reason)."
        case let .tooFewLesions(positive, negative, positiveClass, negativeClass):
            "The cohort has \(positive) \(positiveClass) and \(negative) \(negativeClass) lesions; "
                + "at least 2 of each are needed for group comparisons and ROC analysis."
        case let .unknownColumn(name, available):
            "The cohort has no column \"\(name)\" (available: \(available.joined(separator: ", ")))."
        case let .notNumeric(name):
            "The column \"\(name)\" holds category codes, but a numeric measurement is needed here."
        case let .noCandidatePredictors(reason):
            "No logistic regression model could be built: \(reason)."
        case let .invalidOption(name, reason):
            "The analysis option \(name) is invalid: \(reason)."
        }
    }
}
