import ClinicalModel
import Scoring

/// The cohort's values of every marker a chart compares: each model predictor and the nomogram's
/// linear predictor, with the outcome labels. O(n · p).
struct CohortMarkers {
    /// One marker: printed name and unit, values per cohort lesion, and whether higher means the positive class.
    struct Marker {
        var name: String
        var label: String
        var unit: String
        var values: [Double]
        var higherIsPositive: Bool
        var nonNegative: Bool
    }

    /// `true` for the positive class (NR), per cohort lesion.
    let positive: [Bool]
    /// The nomogram's linear predictor first, then the predictors in model order.
    let markers: [Marker]

    init(cohort: ReferenceCohort, model: NomogramModel) throws(ChartDataError) {
        positive = cohort.lesions.map(\.outcome.isPositive)
        var predictorValues: [[Double]] = []
        for p in model.predictors {
            var values: [Double] = []
            for lesion in cohort.lesions {
                guard let v = lesion.value(named: p.name) else { throw .cohortLacksPredictor(predictor: p.label, lesionId: lesion.id) }
                values.append(v)
            }
            predictorValues.append(values)
        }
        let lp = cohort.lesions.indices.map { i in
            zip(model.predictors, predictorValues).reduce(model.intercept) { $0 + $1.0.coefficient * $1.1[i] }
        }
        markers = [Marker(name: "nomogram", label: "Nomogram", unit: "", values: lp, higherIsPositive: true, nonNegative: false)]
            + zip(model.predictors, predictorValues).map { p, v in
                Marker(name: p.name, label: p.label, unit: p.unit, values: v, higherIsPositive: p.coefficient >= 0,
                       nonNegative: p.axisMin >= 0 && v.allSatisfy { $0 >= 0 })
            }
    }

    /// The patient's value of marker `k` for a scored lesion (linear predictor for k = 0).
    func value(_ k: Int, of score: NomogramScore) -> Double {
        k == 0 ? score.linearPredictor : score.inputs[k - 1].value
    }
}
