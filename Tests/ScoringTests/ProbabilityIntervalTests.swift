import ClinicalModel
import Foundation
import Testing
@testable import Scoring
import TestSupport

@Suite("Delta-method confidence interval")
struct ProbabilityIntervalTests {
    @Test("Without a covariance matrix there is no interval, with the reason")
    func unavailable() throws {
        let score = try NomogramScore(lesion: ScoringFixtures.lesion(size: 42.4, nic: 17.42, ps: 17.38), model: .zhang2025)
        #expect(score.confidenceInterval == .unavailable(reason: ProbabilityInterval.noCovarianceReason))
        #expect(score.confidenceInterval.interval == nil)
    }

    @Test("lp ± 1.96·sqrt(x̃ᵀΣx̃) against a hand computation")
    func handComputation() throws {
        // Diagonal = published SE², plus one off-diagonal pair (intercept, size) = −0.01.
        var model = NomogramModel.zhang2025
        model.covariance = [[1.466 * 1.466, -0.01, 0, 0],
                            [-0.01, 0.0001, 0, 0],
                            [0, 0, 0.033 * 0.033, 0],
                            [0, 0, 0, 0.017 * 0.017]]
        let score = try NomogramScore(lesion: ScoringFixtures.lesion(size: 40, nic: 20, ps: 30), model: model)
        // Hand: var = 2.149156 + 2·40·(−0.01) + 1600·0.0001 + 400·0.001089 + 900·0.000289
        //           = 2.149156 − 0.8 + 0.16 + 0.4356 + 0.2601 = 2.204856.
        let ci = try #require(score.confidenceInterval.interval)
        expectClose(ci.linearPredictorStandardError, 2.204856.squareRoot(), absolute: 1e-12)
        let lp = -7.705 + 0.043 * 40 + 0.143 * 20 + 0.072 * 30
        expectClose(score.linearPredictor, lp, absolute: 1e-12)
        expectClose(ci.linearPredictorLow, lp - 1.959963984540054 * 2.204856.squareRoot(), absolute: 1e-12)
        expectClose(ci.probabilityHigh, 1 / (1 + exp(-(lp + 1.959963984540054 * 2.204856.squareRoot()))), absolute: 1e-12)
        #expect(ci.probabilityLow < score.probabilityPositive && score.probabilityPositive < ci.probabilityHigh)
    }

    @Test("A covariance of the wrong size gives no interval")
    func wrongSize() {
        let e = ProbabilityInterval.deltaMethod(linearPredictor: 0, inputs: [1, 2], covariance: [[1, 0], [0, 1]])
        #expect(e.interval == nil)
        #expect(e == .unavailable(reason: "The covariance matrix is 2×2 but the model has 3 coefficients, so no confidence interval can be computed."))
    }
}
