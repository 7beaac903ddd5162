import TestSupport
import Testing
@testable import Statistics

private struct DistributionFile: Decodable {
    struct Normal: Decodable { let z, cdf, survival, p, quantile: [FixtureNumber] }
    struct StudentT: Decodable { let df: FixtureNumber; let t, cdf, twoSided: [FixtureNumber] }
    struct ChiSquared: Decodable { let df: FixtureNumber; let x, cdf, survival: [FixtureNumber] }
    struct All: Decodable { let normal: Normal; let studentT: [StudentT]; let chiSquared: [ChiSquared] }
    let distributions: All
}

private struct ScipySpecial: Decodable {
    struct Beta: Decodable { let a, b: Double; let x, value: [Double] }
    struct Gamma: Decodable { let a: Double; let x, p, q: [Double] }
    struct TTail: Decodable { let df: Double; let t, twoSided: [Double] }
    let incompleteBeta: [Beta]
    let incompleteGamma: [Gamma]
    let studentTTail: [TTail]
}

@Suite struct DistributionTests {
    private let r = try? Fixture.load(DistributionFile.self, from: "r_reference.json").distributions
    private let scipy = try? Fixture.load(ScipySpecial.self, from: "scipy_reference.json")

    @Test func normalMatchesRPnormAndQnorm() throws {
        let n = try #require(r?.normal)
        for (i, z) in n.z.values.enumerated() {
            // R's pnorm flushes to 0 below z ≈ −37.5; erfc keeps the subnormal tail (hence the absolute term).
            expectClose(NormalDistribution.standard.cdf(z), n.cdf[i].value, relative: 1e-14, absolute: 1e-300, "pnorm(\(z))")
            expectClose(NormalDistribution.standard.survival(z), n.survival[i].value, relative: 1e-14, "upper pnorm(\(z))")
        }
        for (i, p) in n.p.values.enumerated() {
            // Same algorithm as R (AS 241): agreement to a few ulps.
            expectClose(try NormalDistribution.standard.quantile(p), n.quantile[i].value, relative: 1e-15, "qnorm(\(p))")
        }
        #expect(NormalDistribution.z975 == 1.9599639845400536)  // R: sprintf("%.17g", qnorm(0.975))
    }

    @Test func studentTMatchesRPt() throws {
        let cases = try #require(r?.studentT)
        #expect(cases.count == 6)
        for c in cases {
            let t = try StudentTDistribution(degreesOfFreedom: c.df.value)
            for (i, x) in c.t.values.enumerated() {
                expectClose(t.cdf(x), c.cdf[i].value, relative: 1e-12, "pt(\(x), \(c.df.value))")
                expectClose(t.twoSidedTail(x), c.twoSided[i].value, relative: 1e-12, "2pt(-|\(x)|, \(c.df.value))")
            }
        }
    }

    @Test func studentTMatchesScipyToOneE12() throws {
        let cases = try #require(scipy?.studentTTail)
        #expect(cases.count == 6)
        for c in cases {
            let t = try StudentTDistribution(degreesOfFreedom: c.df)
            for (x, expected) in zip(c.t, c.twoSided) {
                expectClose(t.twoSidedTail(x), expected, relative: 1e-12, "t.sf(\(x), \(c.df))·2")
            }
        }
    }

    @Test func incompleteBetaMatchesScipy() throws {
        let cases = try #require(scipy?.incompleteBeta)
        #expect(cases.count == 8)
        for c in cases {
            for (x, expected) in zip(c.x, c.value) {
                let actual = try SpecialFunctions.regularizedIncompleteBeta(x, a: c.a, b: c.b)
                expectClose(actual, expected, relative: 1e-12, absolute: 1e-300, "betainc(\(c.a), \(c.b), \(x))")
            }
        }
    }

    @Test func incompleteGammaMatchesScipy() throws {
        let cases = try #require(scipy?.incompleteGamma)
        #expect(cases.count == 6)
        for c in cases {
            for (i, x) in c.x.enumerated() {
                expectClose(try SpecialFunctions.regularizedGammaP(a: c.a, x: x), c.p[i], relative: 1e-12, absolute: 1e-300, "P(\(c.a), \(x))")
                expectClose(try SpecialFunctions.regularizedGammaQ(a: c.a, x: x), c.q[i], relative: 1e-12, absolute: 1e-300, "Q(\(c.a), \(x))")
            }
        }
    }

    @Test func chiSquaredMatchesRPchisq() throws {
        let cases = try #require(r?.chiSquared)
        #expect(cases.count == 7)
        for c in cases {
            let chi = try ChiSquaredDistribution(degreesOfFreedom: c.df.value)
            for (i, x) in c.x.values.enumerated() {
                expectClose(chi.cdf(x), c.cdf[i].value, relative: 1e-12, absolute: 1e-300, "pchisq(\(x), \(c.df.value))")
                expectClose(chi.survival(x), c.survival[i].value, relative: 1e-12, absolute: 1e-300, "upper pchisq(\(x), \(c.df.value))")
            }
        }
    }

    @Test func rejectsInvalidParameters() {
        #expect(throws: StatisticsError.self) { try StudentTDistribution(degreesOfFreedom: 0) }
        #expect(throws: StatisticsError.self) { try ChiSquaredDistribution(degreesOfFreedom: -1) }
        #expect(throws: StatisticsError.self) { try NormalDistribution(mean: 0, standardDeviation: 0) }
        #expect(throws: StatisticsError.probabilityOutOfRange(-0.1)) { try NormalDistribution.standard.quantile(-0.1) }
    }
}
