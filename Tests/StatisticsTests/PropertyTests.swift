import TestSupport
import Testing
@testable import Statistics

/// Randomized invariants on reproducible synthetic data (seeded xoshiro256**).
@Suite struct PropertyTests {
    /// Two overlapping normal groups with some rounding so that ties occur.
    private static func sample(seed: UInt64) throws -> (scores: [Double], labels: [Bool]) {
        var generator = Xoshiro256StarStar(seed: seed)
        let count = 20 + generator.nextIndex(below: 100)
        let shift = generator.nextUnitInterval() * 2 - 0.5
        var scores: [Double] = [], labels: [Bool] = []
        for i in 0..<count {
            let label = i % 3 == 0 || generator.nextUnitInterval() < 0.3
            let value = NormalDistribution.standard.sample(using: &generator) + (label ? shift : 0)
            scores.append((value * 10).rounded() / 10)
            labels.append(label)
        }
        return (scores, labels)
    }

    @Test(arguments: 1...25)
    func aucInvariants(seed: Int) throws {
        let (scores, labels) = try Self.sample(seed: UInt64(seed))
        let higher = try ROCCurve(scores: scores, labels: labels, direction: .higherScoreIndicatesEvent)
        #expect((0...1).contains(higher.auc))
        // Negating the score, or swapping the direction, gives 1 − AUC.
        let negated = try ROCCurve(scores: scores.map { -$0 }, labels: labels, direction: .higherScoreIndicatesEvent)
        expectClose(negated.auc, 1 - higher.auc, absolute: 1e-14, "negated")
        let lower = try ROCCurve(scores: scores, labels: labels, direction: .lowerScoreIndicatesEvent)
        expectClose(lower.auc, 1 - higher.auc, absolute: 1e-14, "reversed direction")
        // A strictly increasing transform leaves the AUC (and the DeLong variance) unchanged.
        let transformed = try ROCCurve(scores: scores.map { 3 * $0 * $0 * $0 + $0 + 7 }, labels: labels,
                                       direction: .higherScoreIndicatesEvent)
        #expect(transformed.auc == higher.auc)
        expectClose(try DeLong.variance(transformed), try DeLong.variance(higher), relative: 1e-12, "variance")
        // The trapezoidal area under the points equals the Mann–Whitney AUC.
        let points = higher.points
        let trapezoid = zip(points, points.dropFirst()).reduce(0.0) {
            $0 + ($1.1.falsePositiveRate - $1.0.falsePositiveRate) * ($1.1.truePositiveRate + $1.0.truePositiveRate) / 2
        }
        expectClose(trapezoid, higher.auc, absolute: 1e-12, "trapezoid")
    }

    @Test(arguments: [Bandwidth.Rule.scott, .silverman, .nrd0])
    func densityIntegratesToOne(rule: Bandwidth.Rule) throws {
        for seed in UInt64(1)...10 {
            let (scores, _) = try Self.sample(seed: seed)
            let kde = try KernelDensity(samples: scores, bandwidth: rule)
            let curve = kde.curve(pointCount: 2001, support: .extended(cut: 8))
            let area = zip(curve, curve.dropFirst()).reduce(0.0) { $0 + ($1.1.x - $1.0.x) * ($1.1.density + $1.0.density) / 2 }
            expectClose(area, 1, absolute: 1e-3, "∫ KDE (seed \(seed))")
        }
    }
}
