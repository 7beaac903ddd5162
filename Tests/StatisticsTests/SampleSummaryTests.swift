import TestSupport
import Testing
@testable import Statistics

struct SampleSummaryReference: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let values: [Double]
    let count: Int
    let mean, sd, q1, median, q3: Double
    var testDescription: String { name }
}

private struct SampleSummaryFile: Decodable {
    let sampleSummary: [SampleSummaryReference]
}

private let sampleSummaryFile = try? Fixture.load(SampleSummaryFile.self, from: "sample_summary_reference.json")

/// `SampleSummary` and `Quantile.Position` against numpy (Fixtures/make_sample_summary_reference.py).
@Suite struct SampleSummaryTests {
    @Test func fixturesLoaded() {
        #expect(sampleSummaryFile?.sampleSummary.count == 11)
    }

    @Test(arguments: sampleSummaryFile?.sampleSummary ?? [])
    func matchesNumpy(_ reference: SampleSummaryReference) throws {
        let summary = try SampleSummary(reference.values)
        #expect(summary.count == reference.count)
        expectClose(summary.mean, reference.mean, relative: 1e-15, "mean")
        expectClose(summary.standardDeviation, reference.sd, relative: 1e-13, "sd")
        expectClose(summary.lowerQuartile, reference.q1, relative: 1e-15, absolute: 1e-15, "Q1")
        expectClose(summary.median, reference.median, relative: 1e-15, absolute: 1e-15, "median")
        expectClose(summary.upperQuartile, reference.q3, relative: 1e-15, absolute: 1e-15, "Q3")
    }

    @Test(arguments: sampleSummaryFile?.sampleSummary ?? [])
    func isTheDescriptiveMomentsAndType7Quartiles(_ reference: SampleSummaryReference) throws {
        let x = reference.values
        let summary = try SampleSummary(x)
        #expect(summary.mean == (try Descriptive.mean(x)))
        #expect(summary.standardDeviation == (try Descriptive.standardDeviation(x)))
        #expect([summary.lowerQuartile, summary.median, summary.upperQuartile]
                == (try Quantile.type7(x, probabilities: [0.25, 0.5, 0.75])))
    }

    @Test func refusesFewerThanTwoOrNonFiniteValues() {
        #expect(throws: StatisticsError.tooFewObservations(what: "sample summary", needed: 2, got: 1)) {
            try SampleSummary([3])
        }
        #expect(throws: StatisticsError.tooFewObservations(what: "sample summary", needed: 2, got: 0)) {
            try SampleSummary([])
        }
        #expect(throws: StatisticsError.nonFiniteValue(what: "values for the sample summary")) {
            try SampleSummary([1, .nan, 2])
        }
    }

    @Test(arguments: [(0.25, 8, 1, 0.75), (0.5, 8, 3, 0.5), (1, 8, 7, 0), (0.5, 1, 0, 0), (0.75, 5, 3, 0)])
    func positionIsTheOrderStatisticBelowAndTheWeightAbove(p: Double, count: Int, lower: Int, weight: Double) {
        // h = (n − 1)p: lower = ⌊h⌋ (0-based), weight = h − ⌊h⌋.
        let position = Quantile.Position(type7: p, count: count)
        #expect(position.lower == lower)
        #expect(position.weight == weight)
    }

    @Test func positionInterpolatesBetweenItsOrderStatistics() {
        let sorted: [Double] = [1, 2, 4, 8, 16, 32, 64, 128]
        #expect(Quantile.Position(type7: 0.25, count: 8).interpolate(sorted) == 3.5)
        #expect(Quantile.Position(type7: 0.5, count: 8).interpolate(sorted) == 12)
        #expect(Quantile.Position(type7: 1, count: 8).interpolate(sorted) == 128)
    }
}
