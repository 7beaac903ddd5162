import ClinicalModel
import Foundation
import Testing
@testable import Scoring

@Suite("Nomogram scale (rms convention)")
struct NomogramScaleTests {
    let scale = NomogramScale(model: .zhang2025)

    @Test("Hand-computed ranges: NIC 10.01, size 6.45, PS 7.2 → sc = 100/10.01")
    func handValues() {
        #expect(abs(scale.pointsPerLinearUnit - 100 / 10.01) < 1e-12)
        #expect(scale.adjustedIntercept == -7.705)
        let maxPoints = scale.axes.map(\.maxPoints)
        #expect(abs(maxPoints[0] - 6.45 * 100 / 10.01) < 1e-9)
        #expect(abs(maxPoints[1] - 100) < 1e-9)
        #expect(abs(maxPoints[2] - 7.2 * 100 / 10.01) < 1e-9)
        #expect(abs(scale.maxTotalPoints - (6.45 + 10.01 + 7.2) * 100 / 10.01) < 1e-9)
        #expect(abs(scale.linearPredictor(atTotalPoints: scale.maxTotalPoints) - 15.955) < 1e-9)
        let reach = scale.reachableProbabilities
        #expect(abs(reach.lowerBound - 1 / (1 + exp(7.705))) < 1e-15)
        #expect(abs(reach.upperBound - 1 / (1 + exp(-15.955))) < 1e-15)
    }

    @Test("Axis points, lp axis and probability ticks match R rms::nomogram")
    func matchesRMS() throws {
        let rms = try ScoringFixtures.rms()
        #expect(abs(scale.pointsPerLinearUnit - rms.sc) < 1e-12)
        #expect(abs(scale.adjustedIntercept - rms.intercept_prime) < 1e-12)
        for (axis, values, points) in [(0, rms.size_values, rms.size_points), (1, rms.nic_values, rms.nic_points),
                                       (2, rms.ps_values, rms.ps_points)] {
            for (x, expected) in zip(values, points) {
                #expect(abs(scale.axes[axis].points(at: x) - expected) < 1e-9)
            }
        }
        for (lp, expected) in zip(rms.lp_values, rms.lp_points) {
            #expect(abs(scale.totalPoints(atLinearPredictor: lp) - expected) < 1e-9)
        }
        let ticks = scale.probabilityTicks(rms.probability_ticks)
        #expect(ticks.count == rms.probability_ticks.count)
        // rms places function ticks by linear interpolation (approx) on a grid of the lp axis, so its
        // positions agree with the exact (logit p − Intercept′)·sc only to about 1e-3 points.
        for (tick, expected) in zip(ticks, rms.probability_tick_points) {
            #expect(abs(tick.totalPoints - expected) < 1e-3)
            #expect(abs(scale.probability(atTotalPoints: tick.totalPoints) - tick.probability) < 1e-12)
        }
    }

    @Test("Conversions invert each other; unreachable ticks are dropped")
    func conversions() throws {
        let axis = scale.axes[1]
        #expect(abs(try #require(axis.value(atPoints: 50)) - 35) < 1e-9)
        #expect(axis.pointsAtMin == 0)
        #expect(scale.totalPoints(atProbability: 0) == nil)
        #expect(scale.totalPoints(atProbability: 1) == nil)
        let tp = try #require(scale.totalPoints(atProbability: 0.25))
        #expect(abs(scale.probability(atTotalPoints: tp) - 0.25) < 1e-12)
        // P below expit(−7.705) ≈ 0.00045 cannot be reached with inputs on their axes.
        #expect(scale.probabilityTicks([0.0001, 0.5]).map(\.probability) == [0.5])
    }

    @Test("A negative coefficient runs its axis from max points to 0")
    func negativeCoefficient() throws {
        var model = NomogramModel.zhang2025
        model.predictors[0].coefficient = -0.2  // range of β·x over 0–150: [−30, 0], the widest
        let s = NomogramScale(model: model)
        #expect(abs(s.pointsPerLinearUnit - 100.0 / 30) < 1e-12)
        #expect(abs(s.axes[0].pointsAtMin - 100) < 1e-9)
        #expect(abs(s.axes[0].pointsAtMax) < 1e-9)
        #expect(abs(s.adjustedIntercept - (-7.705 - 30)) < 1e-12)
        // lp recovered from total points equals the direct formula.
        let lesion = ScoringFixtures.lesion(size: 60, nic: 20, ps: 30)
        let score = try NomogramScore(lesion: lesion, model: model, scale: s)
        let direct = -7.705 - 0.2 * 60 + 0.143 * 20 + 0.072 * 30
        #expect(abs(score.linearPredictor - direct) < 1e-12)
        #expect(abs(s.linearPredictor(atTotalPoints: score.totalPoints) - direct) < 1e-12)
    }
}
