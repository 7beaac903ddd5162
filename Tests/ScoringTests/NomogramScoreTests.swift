import ClinicalModel
import Foundation
@testable import Scoring
import Statistics
import Testing
import TestSupport

@Suite("Nomogram score")
struct NomogramScoreTests {
    /// Figure 2 of the paper: (size, NIC-AP, PS) → published lp and P(NR), reference values from R.
    @Test("Figure 2 patients match R to 1e-9 and the published rounding", arguments: [0, 1])
    func figure2(index: Int) throws {
        let rms = try ScoringFixtures.rms()
        let inputs = [(42.4, 17.42, 17.38), (100.5, 54.71, 36.57)][index]
        let published = [(-2.140, 0.105, "ObR"), (7.073, 0.99915, "NR")][index]
        let score = try NomogramScore(lesion: ScoringFixtures.lesion(size: inputs.0, nic: inputs.1, ps: inputs.2),
                                      model: .zhang2025)
        // Hand sum of the formula: −7.705 + 0.043·42.4 + 0.143·17.42 + 0.072·17.38 = −2.13938, and
        // −7.705 + 4.3215 + 7.82353 + 2.63304 = 7.07307.
        expectClose(score.linearPredictor, [-2.13938, 7.07307][index], absolute: 1e-9)
        expectClose(score.linearPredictor, rms.figure2_lp[index], absolute: 1e-9)
        expectClose(score.probabilityPositive, rms.figure2_probability[index], absolute: 1e-9)
        expectClose(score.probabilityPositive, 1 / (1 + exp(-score.linearPredictor)), absolute: 1e-12)
        expectClose(score.probabilityPositive + score.probabilityNegative, 1, absolute: 1e-12)
        // The paper prints lp −2.140 for −2.13938 (off by 0.0006 in the last digit) and 7.073.
        expectClose(score.linearPredictor, published.0, absolute: 0.001)
        expectClose(score.probabilityPositive, published.1, absolute: 0.000005 + (index == 0 ? 0.0005 : 0))
        #expect(score.predictedClass == published.2)
        #expect(score.warnings.isEmpty)
    }

    @Test("Total points equal (lp − Intercept′)·sc and the per-axis sum")
    func totalPoints() throws {
        let score = try NomogramScore(lesion: ScoringFixtures.lesion(size: 42.4, nic: 17.42, ps: 17.38), model: .zhang2025)
        let scale = NomogramScale(model: .zhang2025)
        // Hand: sc = 100/10.01; points = (0.043·42.4 + 0.143·17.42 + 0.072·17.38)·sc = 5.56562·sc.
        expectClose(score.totalPoints, 5.56562 * 100 / 10.01, absolute: 1e-9)
        expectClose(score.totalPoints, scale.totalPoints(atLinearPredictor: score.linearPredictor), absolute: 1e-9)
        expectClose(score.input(named: "nic_ap_percent")!.points, 17.42 * 0.143 * 100 / 10.01, absolute: 1e-9)
    }

    @Test("The logistic function is stable at extreme linear predictors")
    func stableLogistic() {
        #expect(Logistic.probability(800) == 1)
        #expect(Logistic.probability(-800) == 0)
        #expect(Logistic.probability(-40) > 0)
        expectClose(Logistic.probability(-40), exp(-40), relative: 1e-12)
        #expect(Logistic.probability(0) == 0.5)
        expectClose(Logistic.logit(Logistic.probability(3.25)), 3.25, absolute: 1e-12)
    }

    @Test("P exactly at the threshold is predicted positive")
    func thresholdInclusive() throws {
        var model = NomogramModel.zhang2025
        model.intercept = 0
        model.predictors = [model.predictors[0]]
        let atZero = try NomogramScore(lesion: ScoringFixtures.lesion(size: 0, nic: 1, ps: 1), model: model)
        #expect(atZero.probabilityPositive == 0.5)
        #expect(atZero.predictedPositive)
        #expect(atZero.predictedClass == "NR")
        model.threshold.probability = 0.6
        let below = try NomogramScore(lesion: ScoringFixtures.lesion(size: 0, nic: 1, ps: 1), model: model)
        #expect(!below.predictedPositive)
        #expect(below.predictedClass == "ObR")
    }

    @Test("Inputs outside the axis warn with value, axis and direction")
    func extrapolation() throws {
        let score = try NomogramScore(lesion: ScoringFixtures.lesion("L2", size: 162, nic: 75, ps: 50), model: .zhang2025)
        #expect(score.warnings.count == 2)
        #expect(score.warnings.map(\.description) == [
            "Lesion L2: Size 162.0 mm lies above the nomogram's axis (0.0–150.0 mm); its point is extrapolated beyond the drawn scale.",
            "Lesion L2: NIC-AP 75.0 % lies above the nomogram's axis (0.0–70.0 %); its point is extrapolated beyond the drawn scale.",
        ])
        #expect(score.warnings[0].inputWarning(lesionIndex: 1).keyPath == "lesions[1].size_mm")
        #expect(score.input(named: "size_mm")!.points > 64.4)  // beyond the axis end, not clamped
        let below = try NomogramScore(lesion: ScoringFixtures.lesion(size: 40, nic: 20, ps: -1), model: .zhang2025)
        guard case let .extrapolation(_, predictor, value, direction) = try #require(below.warnings.first) else {
            Issue.record("expected an extrapolation warning, got \(below.warnings)")
            return
        }
        #expect(predictor.name == "ps_ml_min_100g")
        #expect(value == -1)
        #expect(direction == .below)
    }

    @Test("A lesion without a model input is a clear per-lesion error")
    func missingInput() {
        let lesion = Lesion(id: "L3", sizeMm: Measurement(40), arterial: PhaseMeasurements(icMgMl: Measurement(2.0)))
        #expect(throws: LesionScoringError.self) { try NomogramScore(lesion: lesion, model: .zhang2025) }
        do {
            _ = try NomogramScore(lesion: lesion, model: .zhang2025)
        } catch {
            #expect(error.lesionId == "L3")
            #expect(error.description == "Lesion L3 cannot be scored: the model needs NIC-AP (arterial.nic_percent, %, or ic_mg_ml and ic_aorta_mg_ml to derive it) and PS (perfusion.ps, mL/min/100 g), which are not recorded.")
        }
    }

    @Test("NIC derived from iodine concentrations is used and traced")
    func derivedNIC() throws {
        let lesion = Lesion(id: "L1", sizeMm: Measurement(42.4),
                            arterial: PhaseMeasurements(icMgMl: Measurement(2.1), icAortaMgMl: Measurement(12.0)),
                            perfusion: PerfusionMeasurements(ps: Measurement(rois: [17.1, 17.5, 17.54])))
        let score = try NomogramScore(lesion: lesion, model: .zhang2025)
        let nic = try #require(score.input(named: "nic_ap_percent"))
        expectClose(nic.value, 17.5, absolute: 1e-12)
        #expect(nic.resolved.isDerived)
        #expect(nic.resolved.provenanceDescription == "derived from IC 2.1 / 12.0 mg/mL")
        let ps = try #require(score.input(named: "ps_ml_min_100g"))
        #expect(!ps.resolved.isDerived)
        #expect(ps.resolved.provenanceDescription == "mean of 3 ROIs")
        expectClose(ps.value, 17.38, absolute: 1e-12)
        #expect(score.input(named: "size_mm")?.resolved.provenanceDescription == "recorded")
    }

    @Test("Field paths resolve recorded, observer and derived values")
    func fieldResolution() throws {
        let lesion = Lesion(id: "L1", sizeMm: Measurement(observers: [[40.0], [41.0, 43.0]]),
                            arterial: PhaseMeasurements(nicPercent: Measurement(20), zeff: Measurement(8.8),
                                                        ct40keVHU: Measurement(210), ct90keVHU: Measurement(70)),
                            portalVenous: PhaseMeasurements(icMgMl: Measurement(1.8)),
                            perfusion: PerfusionMeasurements(bv: Measurement(12), tmax: Measurement(5)))
        let size = try #require(lesion.value(of: LesionField(path: "size_mm")))
        #expect(size.value == 41)
        #expect(size.provenanceDescription == "mean of 2 observers (3 readings)")
        let lambda = try #require(lesion.value(of: LesionField(path: "arterial.lambda_hu")))
        #expect(lambda.value == 2.8)
        #expect(lambda.provenanceDescription == "derived from (210.0 − 70.0 HU) / 50 keV")
        #expect(try lesion.value(of: LesionField(path: "arterial.zeff"))?.value == 8.8)
        #expect(try lesion.value(of: LesionField(path: "portal_venous.ic_mg_ml"))?.value == 1.8)
        #expect(try lesion.value(of: LesionField(path: "portal_venous.nic_percent")) == nil)
        #expect(try lesion.value(of: LesionField(path: "perfusion.bv"))?.value == 12)
        #expect(try lesion.value(of: LesionField(path: "perfusion.tmax"))?.value == 5)
        #expect(try lesion.value(of: LesionField(path: "perfusion.ps")) == nil)
        #expect(throws: LesionFieldError.unknownPath("arterial.nic_percnt", suggestion: "arterial.nic_percent")) {
            try LesionField(path: "arterial.nic_percnt")
        }
        #expect(throws: LesionFieldError.unknownPath("weight", suggestion: nil)) { try LesionField(path: "weight") }
        #expect(LesionField.allPaths.count == 1 + 2 * 7 + 7)
    }
}
