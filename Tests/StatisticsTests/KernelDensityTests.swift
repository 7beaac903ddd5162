import TestSupport
import Testing
@testable import Statistics

struct KDEReference: Decodable, Sendable, CustomTestStringConvertible {
    let vector, rule: String
    let bandwidth: Double
    let grid, density: [Double]
    var testDescription: String { "\(vector) \(rule)" }
}

private struct KDEFile: Decodable { let kde: [KDEReference] }

private let kdeReferences = (try? Fixture.load(KDEFile.self, from: "scipy_reference.json").kde) ?? []

@Suite struct KernelDensityTests {
    @Test func fixturesLoaded() { #expect(kdeReferences.count == 12) }

    @Test(arguments: kdeReferences)
    func matchesScipyGaussianKDE(_ reference: KDEReference) throws {
        let samples = try Fixture.vector(reference.vector).scores.values
        let rule: Bandwidth.Rule = reference.rule == "scott" ? .scott : .silverman
        let kde = try KernelDensity(samples: samples, bandwidth: rule)
        expectClose(kde.bandwidth, reference.bandwidth, relative: 1e-12, "bandwidth")
        for (x, expected) in zip(reference.grid, reference.density) {
            expectClose(kde.density(at: x), expected, relative: 1e-10, absolute: 1e-300, "density at \(x)")
        }
        // The default support reproduces scipy's grid ends (min − 3h, max + 3h).
        let range = kde.range(.extended())
        expectClose(range.lowerBound, reference.grid[0], relative: 1e-12, absolute: 1e-12, "grid start")
        expectClose(range.upperBound, reference.grid[reference.grid.count - 1], relative: 1e-12, absolute: 1e-12, "grid end")
    }

    @Test func trimmingRestrictsTheGridWithoutRenormalizing() throws {
        let kde = try KernelDensity(samples: [0.5, 1, 2, 2.5, 4], bandwidth: .nrd0)
        let floored = kde.curve(pointCount: 11, support: .extended(cut: 3, floor: 0))
        #expect(floored.first?.x == 0)
        #expect(floored.count == 11)
        #expect(floored.allSatisfy { $0.x >= 0 })
        #expect(floored[0].density == kde.density(at: 0))
        let data = kde.curve(pointCount: 5, support: .dataRange)
        #expect(data.map(\.x) == [0.5, 1.375, 2.25, 3.125, 4])
    }

    @Test func constantSampleNeedsAFixedBandwidthUnderScott() throws {
        #expect(throws: StatisticsError.zeroVariance(what: "sample for the kernel bandwidth")) {
            try KernelDensity(samples: [2, 2, 2], bandwidth: .scott)
        }
        let kde = try KernelDensity(samples: [2, 2, 2], bandwidth: .fixed(0.5))
        expectClose(kde.density(at: 2), 1 / (0.5 * 2.5066282746310002), relative: 1e-15, "peak")
    }
}
