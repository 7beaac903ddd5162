import TestSupport
import Testing
@testable import Statistics

struct DescriptiveReference: Decodable, Sendable, CustomTestStringConvertible {
    let vector: String
    let mean, sd, variance, median, iqr, nrd0: FixtureNumber
    let probabilities, quantiles: [FixtureNumber]
    var testDescription: String { vector }
}

struct Nrd0Fallback: Decodable, Sendable {
    let values: [FixtureNumber]
    let nrd0: FixtureNumber
}

private struct DescriptiveFile: Decodable {
    let descriptive: [DescriptiveReference]
    let nrd0Fallbacks: [Nrd0Fallback]
}

private let descriptiveFile = try? Fixture.load(DescriptiveFile.self, from: "r_reference.json")

@Suite struct DescriptiveTests {
    @Test func fixturesLoaded() {
        #expect(descriptiveFile?.descriptive.count == 6)
        #expect(descriptiveFile?.nrd0Fallbacks.count == 3)
    }

    @Test(arguments: descriptiveFile?.descriptive ?? [])
    func momentsQuantilesAndNrd0MatchR(_ reference: DescriptiveReference) throws {
        let x = try Fixture.vector(reference.vector).scores.values
        expectClose(try Descriptive.mean(x), reference.mean.value, relative: 1e-14, "mean")
        expectClose(try Descriptive.variance(x), reference.variance.value, relative: 1e-13, "var")
        expectClose(try Descriptive.standardDeviation(x), reference.sd.value, relative: 1e-13, "sd")
        let q = try Quantile.type7(x, probabilities: reference.probabilities.values)
        for (actual, expected) in zip(q, reference.quantiles.values) {
            expectClose(actual, expected, relative: 1e-14, absolute: 1e-14, "quantile")
        }
        expectClose(try Quantile.median(x), reference.median.value, relative: 1e-15, "median")
        expectClose(try Quantile.interquartileRange(x), reference.iqr.value, relative: 1e-13, absolute: 1e-14, "IQR")
        expectClose(try Bandwidth.nrd0(x), reference.nrd0.value, relative: 1e-13, "bw.nrd0")
    }

    @Test(arguments: descriptiveFile?.nrd0Fallbacks ?? [])
    func nrd0FallbacksMatchR(_ reference: Nrd0Fallback) throws {
        expectClose(try Bandwidth.nrd0(reference.values.values), reference.nrd0.value, relative: 1e-14, "bw.nrd0")
    }

    @Test func quantileOfSingleValueAndErrors() throws {
        #expect(try Quantile.type7([7], p: 0.3) == 7)
        #expect(try Quantile.type7([1, 2, 3, 4], p: 1) == 4)
        #expect(throws: StatisticsError.probabilityOutOfRange(1.5)) { try Quantile.type7([1, 2], p: 1.5) }
        #expect(throws: StatisticsError.tooFewObservations(what: "quantile", needed: 1, got: 0)) {
            try Quantile.median([])
        }
        #expect(throws: StatisticsError.tooFewObservations(what: "sample variance", needed: 2, got: 1)) {
            try Descriptive.variance([3])
        }
    }

    @Test func midranksAverageTies() {
        #expect(Ranking.midranks([10, 20, 20, 5, 20]) == [2, 4, 4, 1, 4])
    }
}
