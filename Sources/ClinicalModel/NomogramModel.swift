/// A logistic-regression nomogram, as data: `logit P(outcome) = intercept + Σ βⱼ·xⱼ`.
///
/// The published model (Zhang et al.) is one instance; `--model FILE` loads any other of the same
/// form. Everything a report must print about a model (TRIPOD 13b, 15a/b, 16, 18, 20) lives here.
public struct NomogramModel: Sendable, Hashable, Codable {
    /// One predictor: where its value comes from in a lesion, and its coefficient.
    public struct Predictor: Sendable, Hashable, Codable {
        /// Stable machine name used in JSON output, e.g. `size_mm`, `nic_ap_percent`, `ps_ml_min_100g`.
        public var name: String
        /// Case-file field path inside a lesion, e.g. `size_mm`, `arterial.nic_percent`, `perfusion.ps`.
        public var field: String
        /// Human label, e.g. "NIC-AP".
        public var label: String
        /// Unit as printed, e.g. "%", "mm", "mL/min/100 g".
        public var unit: String
        /// Regression coefficient β (per unit).
        public var coefficient: Double
        /// Standard error of β when published.
        public var standardError: Double?
        /// Nomogram axis range; values outside it are extrapolation.
        public var axisMin: Double
        public var axisMax: Double
        /// Tick spacing on the nomogram axis (optional; chosen automatically when absent).
        public var tickStep: Double?

        public init(name: String, field: String, label: String, unit: String, coefficient: Double,
                    standardError: Double? = nil, axisMin: Double, axisMax: Double, tickStep: Double? = nil) {
            self.name = name
            self.field = field
            self.label = label
            self.unit = unit
            self.coefficient = coefficient
            self.standardError = standardError
            self.axisMin = axisMin
            self.axisMax = axisMax
            self.tickStep = tickStep
        }
    }

    /// The probability cut-off that turns P(outcome) into a predicted class, with its provenance.
    public struct Threshold: Sendable, Hashable, Codable {
        /// Predicted positive (e.g. NR) when P ≥ probability.
        public var probability: Double
        /// Where the threshold comes from, printed next to it.
        public var provenance: String
        /// Whether the source publication stated this threshold.
        public var fromPublication: Bool

        public init(probability: Double, provenance: String, fromPublication: Bool) {
            self.probability = probability
            self.provenance = provenance
            self.fromPublication = fromPublication
        }
    }

    /// Performance as published for the development data.
    public struct Performance: Sendable, Hashable, Codable {
        public var auroc: Double?
        public var aurocCILow: Double?
        public var aurocCIHigh: Double?
        public var sensitivity: Double?
        public var specificity: Double?
        public var accuracy: Double?
        /// Number of units (lesions) the model was developed on.
        public var developmentN: Int?
        /// Validation status in words, e.g. "no external validation published".
        public var validation: String

        public init(auroc: Double? = nil, aurocCILow: Double? = nil, aurocCIHigh: Double? = nil,
                    sensitivity: Double? = nil, specificity: Double? = nil, accuracy: Double? = nil,
                    developmentN: Int? = nil, validation: String) {
            self.auroc = auroc
            self.aurocCILow = aurocCILow
            self.aurocCIHigh = aurocCIHigh
            self.sensitivity = sensitivity
            self.specificity = specificity
            self.accuracy = accuracy
            self.developmentN = developmentN
            self.validation = validation
        }
    }

    public var id: String
    public var version: String
    /// Full citation of the source.
    public var citation: String
    public var doi: String?
    /// Outcome definition in words (what "positive" means).
    public var outcome: String
    /// Short names of the two classes: positive (modelled) and negative, e.g. "NR" and "ObR".
    public var positiveClass: String
    public var negativeClass: String
    public var intercept: Double
    public var interceptStandardError: Double?
    public var predictors: [Predictor]
    public var threshold: Threshold
    public var performance: Performance
    /// Covariance matrix of (intercept, β₁, …, βₚ) when known; enables a CI for each prediction.
    public var covariance: [[Double]]?
    /// When the outcome was assessed after the first treatment; `nil` when the model does not say,
    /// and then no prediction is checked against follow-up.
    public var endpointWindow: EndpointWindow?
    /// Who the model was developed on; `nil` when the model does not say (no applicability checks).
    public var studyPopulation: StudyPopulation?

    public init(id: String, version: String, citation: String, doi: String? = nil, outcome: String,
                positiveClass: String, negativeClass: String, intercept: Double,
                interceptStandardError: Double? = nil, predictors: [Predictor], threshold: Threshold,
                performance: Performance, covariance: [[Double]]? = nil, endpointWindow: EndpointWindow? = nil,
                studyPopulation: StudyPopulation? = nil) {
        self.id = id
        self.version = version
        self.citation = citation
        self.doi = doi
        self.outcome = outcome
        self.positiveClass = positiveClass
        self.negativeClass = negativeClass
        self.intercept = intercept
        self.interceptStandardError = interceptStandardError
        self.predictors = predictors
        self.threshold = threshold
        self.performance = performance
        self.covariance = covariance
        self.endpointWindow = endpointWindow
        self.studyPopulation = studyPopulation
    }
}
