import ClinicalModel
import Statistics

/// The nomogram's prediction for one lesion: linear predictor, probabilities, predicted class,
/// nomogram points, an optional confidence interval, and warnings.
///
/// `logit P(positive) = β₀ + Σ βⱼ·xⱼ`; points follow `NomogramScale` (rms convention).
public struct NomogramScore: Sendable, Hashable {
    /// One model input as used for this lesion.
    public struct Input: Sendable, Hashable {
        /// The predictor definition.
        public let predictor: NomogramModel.Predictor
        /// The lesion value and its provenance (recorded or derived).
        public let resolved: LesionFieldValue
        /// βⱼ·xⱼ, the contribution to the linear predictor.
        public let contribution: Double
        /// Nomogram points for this input (unclamped; outside the axis it extrapolates).
        public let points: Double

        /// The value used, in the predictor's unit.
        public var value: Double { resolved.value }
        /// Whether the value lies inside the predictor's axis range (inclusive).
        public var isOnAxis: Bool { value >= predictor.axisMin && value <= predictor.axisMax }
    }

    /// The lesion's id.
    public let lesionId: String
    /// The model inputs, in model order.
    public let inputs: [Input]
    /// lp = β₀ + Σ βⱼ·xⱼ (log-odds of the positive class).
    public let linearPredictor: Double
    /// P(positive), e.g. P(NR) for the published model; expit(lp), computed stably.
    public let probabilityPositive: Double
    /// P(negative) = expit(−lp), computed directly (no 1 − p cancellation).
    public let probabilityNegative: Double
    /// Whether P(positive) ≥ the model threshold.
    public let predictedPositive: Bool
    /// The predicted class name (`positiveClass` or `negativeClass`).
    public let predictedClass: String
    /// Σ points over the inputs; equals (lp − Intercept′)·sc.
    public let totalPoints: Double
    /// The 95 % confidence interval for P(positive), or why none can be given.
    public let confidenceInterval: ProbabilityInterval.Estimate
    /// Extrapolation warnings (inputs outside their axis range).
    public let warnings: [ScoringWarning]

    /// Scores one lesion. O(p²) with a covariance matrix, O(p) without.
    /// - Parameters:
    ///   - lesion: The lesion; each predictor's `field` is resolved against it.
    ///   - model: The model.
    ///   - scale: The model's nomogram scale when already built (pass it when scoring many lesions).
    /// - Throws: `LesionScoringError` when a predictor field is unknown or a model input is missing.
    public init(lesion: Lesion, model: NomogramModel, scale: NomogramScale? = nil) throws(LesionScoringError) {
        let scale = scale ?? NomogramScale(model: model)
        var resolved: [LesionFieldValue] = []
        var missing: [NomogramModel.Predictor] = []
        for predictor in model.predictors {
            let field: LesionField
            do {
                field = try LesionField(path: predictor.field)
            } catch {
                throw .unknownField(lesionId: lesion.id, predictor: predictor.label, error)
            }
            if let value = lesion.value(of: field) { resolved.append(value) } else { missing.append(predictor) }
        }
        guard missing.isEmpty else { throw .missingInputs(lesionId: lesion.id, missing) }

        lesionId = lesion.id
        inputs = zip(zip(model.predictors, resolved), scale.axes).map { pair, axis in
            let (predictor, value) = pair
            return Input(predictor: predictor, resolved: value,
                         contribution: predictor.coefficient * value.value, points: axis.points(at: value.value))
        }
        linearPredictor = inputs.reduce(model.intercept) { $0 + $1.contribution }
        probabilityPositive = Logistic.probability(linearPredictor)
        probabilityNegative = Logistic.probability(-linearPredictor)
        predictedPositive = probabilityPositive >= model.threshold.probability
        predictedClass = predictedPositive ? model.positiveClass : model.negativeClass
        totalPoints = inputs.reduce(0) { $0 + $1.points }
        confidenceInterval = ProbabilityInterval.deltaMethod(
            linearPredictor: linearPredictor, inputs: inputs.map(\.value), covariance: model.covariance)
        warnings = inputs.compactMap { input in
            let p = input.predictor
            let direction: ScoringWarning.Direction
            if input.value < p.axisMin { direction = .below } else if input.value > p.axisMax { direction = .above } else { return nil }
            return .extrapolation(lesionId: lesion.id, predictor: p, value: input.value, direction: direction)
        }
    }

    /// The input of the predictor named `name` (e.g. `nic_ap_percent`).
    /// - Parameter name: The predictor's machine name.
    /// - Returns: The input, or `nil` when the model has no such predictor.
    public func input(named name: String) -> Input? { inputs.first { $0.predictor.name == name } }
}
