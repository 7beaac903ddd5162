import ClinicalModel
import Foundation
import Testing
@testable import Scoring
import TestSupport

@Suite("Nomogram scale (rms convention)")
struct NomogramScaleTests {
    let scale = NomogramScale(model: .zhang2025)

    @Test("Hand-computed ranges: NIC 10.01, size 6.45, PS 7.2 → sc = 100/10.01")
    func handValues() {
        expectClose(scale.pointsPerLinearUnit, 100 / 10.01, absolute: 1e-12)
        #expect(scale.adjustedIntercept == -7.705)
        let maxPoints = scale.axes.map(\.maxPoints)
        expectClose(maxPoints[0], 6.45 * 100 / 10.01, absolute: 1e-9)
        expectClose(maxPoints[1], 100, absolute: 1e-9)
        expectClose(maxPoints[2], 7.2 * 100 / 10.01, absolute: 1e-9)
        expectClose(scale.maxTotalPoints, (6.45 + 10.01 + 7.2) * 100 / 10.01, absolute: 1e-9)
        expectClose(scale.linearPredictor(atTotalPoints: scale.maxTotalPoints), 15.955, absolute: 1e-9)
        let reach = scale.reachableProbabilities
        expectClose(reach.lowerBound, 1 / (1 + exp(7.705)), absolute: 1e-15)
        expectClose(reach.upperBound, 1 / (1 + exp(-15.955)), absolute: 1e-15)
    }

    @Test("Axis points, lp axis and probability ticks match R rms::nomogram")
    func matchesRMS() throws {
        let rms = try ScoringFixtures.rms()
        expectClose(scale.pointsPerLinearUnit, rms.sc, absolute: 1e-12)
        expectClose(scale.adjustedIntercept, rms.intercept_prime, absolute: 1e-12)
        for (axis, values, points) in [(0, rms.size_values, rms.size_points), (1, rms.nic_values, rms.nic_points),
                                       (2, rms.ps_values, rms.ps_points)] {
            for (x, expected) in zip(values, points) {
                expectClose(scale.axes[axis].points(at: x), expected, absolute: 1e-9)
            }
        }
        for (lp, expected) in zip(rms.lp_values, rms.lp_points) {
            expectClose(scale.totalPoints(atLinearPredictor: lp), expected, absolute: 1e-9)
        }
        let ticks = scale.probabilityTicks(rms.probability_ticks)
        #expect(ticks.count == rms.probability_ticks.count)
        // rms places function ticks by linear interpolation (approx) on a grid of the lp axis, so its
        // positions agree with the exact (logit p − Intercept′)·sc only to about 1e-3 points.
        for (tick, expected) in zip(ticks, rms.probability_tick_points) {
            expectClose(tick.totalPoints, expected, absolute: 1e-3)
            expectClose(scale.probability(atTotalPoints: tick.totalPoints), tick.probability, absolute: 1e-12)
        }
    }

    @Test("Conversions invert each other; unreachable ticks are dropped")
    func conversions() throws {
        let axis = scale.axes[1]
        expectClose(try #require(axis.value(atPoints: 50)), 35, absolute: 1e-9)
        #expect(axis.pointsAtMin == 0)
        #expect(scale.totalPoints(atProbability: 0) == nil)
        #expect(scale.totalPoints(atProbability: 1) == nil)
        let tp = try #require(scale.totalPoints(atProbability: 0.25))
        expectClose(scale.probability(atTotalPoints: tp), 0.25, absolute: 1e-12)
        // P below expit(−7.705) ≈ 0.00045 cannot be reached with inputs on their axes.
        #expect(scale.probabilityTicks([0.0001, 0.5]).map(\.probability) == [0.5])
    }

    @Test("A negative coefficient runs its axis from max points to 0")
    func negativeCoefficient() throws {
        var model = NomogramModel.zhang2025
        model.predictors[0].coefficient = -0.2  // range of β·x over 0–150: [−30, 0], the widest
        let s = NomogramScale(model: model)
        expectClose(s.pointsPerLinearUnit, 100.0 / 30, absolute: 1e-12)
        expectClose(s.axes[0].pointsAtMin, 100, absolute: 1e-9)
        expectClose(s.axes[0].pointsAtMax, 0, absolute: 1e-9)
        expectClose(s.adjustedIntercept, -7.705 - 30, absolute: 1e-12)
        // lp recovered from total points equals the direct formula.
        let lesion = ScoringFixtures.lesion(size: 60, nic: 20, ps: 30)
        let score = try NomogramScore(lesion: lesion, model: model, scale: s)
        let direct = -7.705 - 0.2 * 60 + 0.143 * 20 + 0.072 * 30
        expectClose(score.linearPredictor, direct, absolute: 1e-12)
        expectClose(s.linearPredictor(atTotalPoints: score.totalPoints), direct, absolute: 1e-12)
    }
}
