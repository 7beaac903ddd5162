import ClinicalModel

/// Everything `hccreport analyze` computes on a cohort, free of report layout; `Codable` for
/// `--format json` (written by `JSONDocument` with snake_case keys, non-finite numbers as strings).
public struct CohortAnalysisResult: Sendable, Hashable, Codable {
    /// What was analysed.
    public struct CohortSummary: Sendable, Hashable, Codable {
        public let description: String
        public let isSynthetic: Bool
        public let lesions: Int
        public let positives: Int
        public let negatives: Int
        public let positiveClass: String
        public let negativeClass: String
    }

    /// Paired DeLong comparison of the validated model and the refit model on the same lesions.
    public struct AUCComparison: Sendable, Hashable, Codable {
        public let first: String
        public let second: String
        public let firstAUC: Double
        public let secondAUC: Double
        public let z: Double
        public let pValue: Double
    }

    public let cohort: CohortSummary
    public let options: CohortAnalysisOptions
    /// Tables 2–3: numeric and categorical columns by outcome group.
    public let numericComparisons: [NumericComparison]
    public let categoricalComparisons: [CategoricalComparison]
    /// Table 4: each numeric column as a single marker (higher = positive class).
    public let markers: [MarkerPerformance]
    /// Candidate predictors after univariate screening (or as given).
    public let candidates: [String]
    /// Lesions complete on the candidates and the validated model's inputs (used for all modelling),
    /// and how many were left out for a missing value.
    public let modellingLesions: Int
    public let excludedForMissingValues: Int
    /// The VIF elimination sequence.
    public let varianceInflation: VarianceInflation
    /// The backward LR elimination sequence.
    public let backwardElimination: BackwardElimination
    /// Table 5 of the refit model.
    public let refit: CoefficientTable
    /// Apparent performance of the refit model on this cohort.
    public let refitValidation: ModelValidation
    /// The given (e.g. published) model validated on this cohort.
    public let externalValidation: ModelValidation
    /// Id and version of the validated model.
    public let externalModelId: String
    public let externalModelVersion: String
    /// Validated model vs refit model (paired DeLong).
    public let comparison: AUCComparison
    /// Optimism-corrected AUC and calibration slope of the refit model (`nil` when skipped).
    public let bootstrap: OptimismBootstrap?
    /// The refit model for `--model-out`, or why there is none.
    public let refitModel: NomogramModel?
    /// Events per candidate predictor against the stated minimum; when not estimable, the refit,
    /// its bootstrap and the comparison are computed for the file's structure but printed as not
    /// estimable, and no refit model is produced.
    public let refitEstimability: RefitEstimability
    public let refitModelUnavailableReason: String?
    /// Warnings for the reader (separation, exclusions, synthetic data).
    public let warnings: [String]
    /// The methods in sentences, to print with the numbers.
    public let methods: [String]
}
