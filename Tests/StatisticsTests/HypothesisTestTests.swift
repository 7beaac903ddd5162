import TestSupport
import Testing
@testable import Statistics

private struct HypothesisFile: Decodable {
    struct MannWhitney: Decodable, Sendable {
        let vector: String?
        let x, y: [FixtureNumber]?
        let W, asymptoticP, defaultP: FixtureNumber
        let uncorrectedP: FixtureNumber?
        let defaultExact: Bool
    }
    struct Welch: Decodable, Sendable { let vector: String; let t, df, p: FixtureNumber }
    struct KS: Decodable, Sendable { let values: [FixtureNumber]; let D, p, asymptoticP: FixtureNumber; let exact: Bool }
    struct Table: Decodable, Sendable {
        let rows, expected: [[FixtureNumber]]
        let statistic, df, p, uncorrectedStatistic, uncorrectedP: FixtureNumber
        let fisherP: FixtureNumber?
    }
    let mannWhitney: [MannWhitney]
    let welch: [Welch]
    let ks: [KS]
    let contingency: [Table]
}

private struct ScipyTests: Decodable {
    struct MannWhitney: Decodable { let vector: String; let U, p: Double }
    struct Welch: Decodable { let vector: String; let t, p: Double }
    let mannWhitney: [MannWhitney]
    let welch: [Welch]
}

/// The event-class and non-event-class values of a shared vector (R's `x` and `y`).
private func groups(_ name: String) throws -> ([Double], [Double]) {
    let v = try Fixture.vector(name)
    let pairs = zip(v.scores.values, v.labels)
    return (pairs.filter(\.1).map(\.0), pairs.filter { !$0.1 }.map(\.0))
}

@Suite struct HypothesisTestTests {
    private let r = try? Fixture.load(HypothesisFile.self, from: "r_reference.json")
    private let scipy = try? Fixture.load(ScipyTests.self, from: "scipy_reference.json")

    @Test func mannWhitneyMatchesRWilcoxTest() throws {
        let cases = try #require(r?.mannWhitney)
        #expect(cases.count == 8)
        for c in cases {
            let (x, y) = try c.vector.map(groups) ?? (try #require(c.x).values, try #require(c.y).values)
            let label = c.vector ?? "n=\(x.count)/\(y.count)"
            let asymptotic = try MannWhitneyU.test(x, y, method: .asymptotic())
            #expect(asymptotic.statistic == c.W.value)
            expectClose(asymptotic.pValue, c.asymptoticP.value, relative: 1e-9, "\(label) asymptotic p")
            if let uncorrected = c.uncorrectedP {
                let test = try MannWhitneyU.test(x, y, method: .asymptotic(continuityCorrection: false))
                expectClose(test.pValue, uncorrected.value, relative: 1e-9, "\(label) uncorrected p")
            }
            let automatic = try MannWhitneyU.test(x, y)
            #expect(automatic.isExact == c.defaultExact, "\(label)")
            expectClose(automatic.pValue, c.defaultP.value, relative: 1e-9, "\(label) default p")
        }
    }

    @Test func mannWhitneyMatchesScipyAsymptotic() throws {
        let cases = try #require(scipy?.mannWhitney)
        #expect(cases.count == 5)
        for c in cases {
            let (x, y) = try groups(c.vector)
            let test = try MannWhitneyU.test(x, y, method: .asymptotic())
            #expect(test.statistic == c.U)
            expectClose(test.pValue, c.p, relative: 1e-9, "\(c.vector)")
        }
    }

    @Test func exactDistributionCountsArrangements() {
        // m = 2, n = 2: U ∈ {0…4} with counts 1, 1, 2, 1, 1 (total C(4, 2) = 6).
        #expect(MannWhitneyU.exactDistribution(m: 2, n: 2) == [1, 1, 2, 1, 1])
        #expect(MannWhitneyU.exactDistribution(m: 3, n: 1) == [1, 1, 1, 1])
    }

    @Test func welchMatchesRAndScipy() throws {
        let cases = try #require(r?.welch)
        let scipyCases = try #require(scipy?.welch)
        #expect(cases.count == 5 && scipyCases.count == 5)
        for c in cases {
            let (x, y) = try groups(c.vector)
            let test = try WelchTTest.test(x, y)
            expectClose(test.t, c.t.value, relative: 1e-12, "\(c.vector) t")
            expectClose(test.degreesOfFreedom, c.df.value, relative: 1e-12, "\(c.vector) df")
            expectClose(test.pValue, c.p.value, relative: 1e-9, "\(c.vector) p (R)")
        }
        for c in scipyCases {
            let (x, y) = try groups(c.vector)
            let test = try WelchTTest.test(x, y)
            expectClose(test.t, c.t, relative: 1e-12, "\(c.vector) t")
            expectClose(test.pValue, c.p, relative: 1e-12, "\(c.vector) p (scipy)")
        }
    }

    @Test func kolmogorovSmirnovMatchesRKsTest() throws {
        let cases = try #require(r?.ks)
        #expect(cases.count == 9)
        for c in cases {
            let test = try KolmogorovSmirnovTest.normality(c.values.values)
            expectClose(test.statistic, c.D.value, relative: 1e-13, "D (n=\(c.values.count))")
            #expect(test.isExact == c.exact)
            expectClose(test.pValue, c.p.value, relative: 1e-9, absolute: 1e-15, "p (n=\(c.values.count))")
            let d = test.statistic, n = Double(c.values.count)
            let limiting = 1 - KolmogorovSmirnovTest.limitingCDF(n.squareRoot() * d, tolerance: 1e-6)
            expectClose(min(1, max(0, limiting)), c.asymptoticP.value, relative: 1e-9, "asymptotic p (n=\(c.values.count))")
        }
    }

    @Test func chiSquareAndFisherMatchR() throws {
        let cases = try #require(r?.contingency)
        #expect(cases.count == 6)
        for c in cases {
            let table = try ContingencyTable(rows: c.rows.map(\.values))
            let corrected = ChiSquareTest.independence(table)
            expectClose(corrected.statistic, c.statistic.value, relative: 1e-12, absolute: 1e-15, "X²")
            #expect(Double(corrected.degreesOfFreedom) == c.df.value)
            expectClose(corrected.pValue, c.p.value, relative: 1e-9, "p")
            let plain = ChiSquareTest.independence(table, yatesCorrection: false)
            expectClose(plain.statistic, c.uncorrectedStatistic.value, relative: 1e-12, "uncorrected X²")
            expectClose(plain.pValue, c.uncorrectedP.value, relative: 1e-9, "uncorrected p")
            for (row, expectedRow) in zip(table.expectedCounts, c.expected) {
                for (e, reference) in zip(row, expectedRow.values) { expectClose(e, reference, relative: 1e-14, "E") }
            }
            if let fisher = c.fisherP {
                expectClose(try FisherExactTest.pValue(table), fisher.value, relative: 1e-9, "Fisher p")
            }
        }
    }

    @Test func rejectsMalformedInput() throws {
        #expect(throws: StatisticsError.self) { try ContingencyTable(rows: [[1, 2], [3]]) }
        #expect(throws: StatisticsError.self) { try ContingencyTable(rows: [[0, 0], [3, 4]]) }
        #expect(throws: StatisticsError.self) { try FisherExactTest.pValue(ContingencyTable(rows: [[1, 2, 3], [3, 4, 5]])) }
        #expect(throws: StatisticsError.self) { try WelchTTest.test([1, 1], [2, 2]) }
        #expect(throws: StatisticsError.self) { try MannWhitneyU.test([3, 3], [3, 3]) }
        #expect(throws: StatisticsError.self) { try KolmogorovSmirnovTest.normality([5, 5, 5]) }
    }
}
