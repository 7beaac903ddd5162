import ClinicalModel
import Statistics

/// The reference cohort's values of every marker the figures and cohort statistics compare: the
/// nomogram's linear predictor and each model predictor, with the outcome per lesion.
///
/// The linear predictor is `intercept + Σ βⱼ·xⱼ`, summed in model order. O(n · p) for n lesions and
/// p predictors.
public struct CohortMarkers: Sendable {
    /// One marker: machine and printed name, unit, one value per cohort lesion, and its ROC direction.
    public struct Marker: Sendable {
        /// Machine name: `nomogram` for the linear predictor, else the predictor's name (e.g. `size_mm`).
        public var name: String
        /// Printed name, e.g. "Nomogram", "NIC-AP".
        public var label: String
        /// Printed unit ("" for the linear predictor).
        public var unit: String
        /// One value per cohort lesion, in cohort order.
        public var values: [Double]
        /// Whether higher values indicate the positive class (NR): always for the linear predictor, and
        /// for a predictor when its coefficient is ≥ 0.
        public var higherIsPositive: Bool
        /// Whether the quantity cannot be negative (axis minimum ≥ 0 and every value ≥ 0).
        public var nonNegative: Bool

        /// The explicit ROC direction of this marker.
        public var direction: ROCDirection { higherIsPositive ? .higherScoreIndicatesEvent : .lowerScoreIndicatesEvent }
    }

    /// The machine name of the linear-predictor marker.
    public static let nomogramName = "nomogram"

    /// `true` for the positive class (NR), per cohort lesion.
    public let positive: [Bool]
    /// The nomogram's linear predictor first, then the predictors in model order.
    public let markers: [Marker]

    /// Collects the marker values of a cohort.
    /// - Parameters:
    ///   - cohort: The reference cohort.
    ///   - model: The model whose predictors and linear predictor are evaluated.
    /// - Throws: `CohortStatisticsError.missingPredictorValue` when a lesion lacks a predictor.
    public init(cohort: ReferenceCohort, model: NomogramModel) throws(CohortStatisticsError) {
        positive = cohort.lesions.map(\.outcome.isPositive)
        var predictorValues: [[Double]] = []
        for p in model.predictors {
            var values: [Double] = []
            for lesion in cohort.lesions {
                guard let v = lesion.value(named: p.name) else { throw .missingPredictorValue(predictor: p.label, lesionId: lesion.id) }
                values.append(v)
            }
            predictorValues.append(values)
        }
        let lp = cohort.lesions.indices.map { i in
            zip(model.predictors, predictorValues).reduce(model.intercept) { $0 + $1.0.coefficient * $1.1[i] }
        }
        markers = [Marker(name: Self.nomogramName, label: "Nomogram", unit: "", values: lp, higherIsPositive: true, nonNegative: false)]
            + zip(model.predictors, predictorValues).map { p, v in
                Marker(name: p.name, label: p.label, unit: p.unit, values: v, higherIsPositive: p.coefficient >= 0,
                       nonNegative: p.axisMin >= 0 && v.allSatisfy { $0 >= 0 })
            }
    }

    /// A patient's value of marker `k` for a scored lesion (the linear predictor for k = 0).
    /// - Parameters:
    ///   - k: Index into `markers`.
    ///   - score: The lesion's nomogram score.
    /// - Returns: The value on the marker's scale.
    public func value(_ k: Int, of score: NomogramScore) -> Double {
        k == 0 ? score.linearPredictor : score.inputs[k - 1].value
    }
}
