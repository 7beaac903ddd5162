import ClinicalModel
import CohortAnalysis
import Formatting
import Foundation
import Scoring
import Testing

/// The refit model written for `--model-out`.
@Suite("Refit model file")
struct RefitModelTests {
    static let result = Result { try CohortAnalysis.run(cohort: Fixture.cohort("main"),
                                                        options: CohortAnalysisOptions(bootstrapResamples: 20)) }

    @Test("Coefficients, covariance, threshold and axes")
    func model() throws {
        let result = try Self.result.get()
        let model = try #require(result.refitModel)
        #expect(model.predictors.map(\.name) == result.backwardElimination.kept)
        #expect(model.predictors.map(\.field) == ["size_mm", "arterial.nic_percent", "perfusion.ps"])
        #expect(model.intercept == result.refit.rows[0].coefficient)
        #expect(model.predictors.map(\.coefficient) == result.refit.rows.dropFirst().map(\.coefficient))
        #expect(model.covariance == result.refit.covariance)
        #expect(model.threshold.probability == result.refitValidation.discrimination.youden.threshold)
        #expect(model.threshold.provenance.hasPrefix("Youden-optimal cutoff of the refit model"))
        #expect(!model.threshold.fromPublication)
        #expect(model.performance.validation.contains("optimism-corrected"))
        let cohort = try Fixture.cohort("main")
        for predictor in model.predictors {
            let values = cohort.column(named: predictor.name)!.values.compactMap { $0 }
            let step = try #require(predictor.tickStep)
            #expect(predictor.axisMin <= values.min()! && values.max()! <= predictor.axisMax)
            #expect(predictor.axisMax - values.max()! < step && values.min()! - predictor.axisMin < step)
            #expect((predictor.axisMin / step).rounded() * step == predictor.axisMin)
        }
    }

    @Test("The citation names the cohort and its counts once")
    func citation() throws {
        let model = try #require(try Self.result.get().refitModel)
        let cohort = try Fixture.cohort("main")
        let counts = "(\(cohort.count) lesions: \(cohort.count - cohort.outcomes.count { $0 }) ObR, \(cohort.outcomes.count { $0 }) NR)"
        #expect(model.citation.hasPrefix("Refit by hccreport analyze on Reference cohort: "), "\(model.citation)")
        #expect(model.citation.contains("cohort_main.csv \(counts); model form of Zhang et al."),
                "\(model.citation)")
        #expect(model.citation.components(separatedBy: "lesions:").count == 2, "\(model.citation)")
    }

    @Test("The YAML reads back identically and enables a delta-method CI")
    func roundTrip() throws {
        let result = try Self.result.get()
        let text = try #require(CohortAnalysis.modelFileText(for: result))
        let parsed = try NomogramModelFile.parse(text)
        #expect(parsed == result.refitModel)
        let interval = ProbabilityInterval.deltaMethod(linearPredictor: parsed.intercept, inputs: [0, 0, 0],
                                                       covariance: parsed.covariance)
        #expect(interval.interval != nil)
    }

    @Test("JSON output encodes every number")
    func json() throws {
        let data = try JSONDocument.data(try Self.result.get(), keys: .snakeCase, nonFinite: .strings)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["numeric_comparisons", "markers", "variance_inflation", "backward_elimination", "refit",
                    "external_validation", "refit_validation", "comparison", "bootstrap", "refit_model", "methods"] {
            #expect(object[key] != nil, "missing \(key)")
        }
    }
}
