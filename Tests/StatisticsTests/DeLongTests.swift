import TestSupport
import Testing
@testable import Statistics

struct PairedReference: Decodable, Sendable, CustomTestStringConvertible {
    let first, second: String
    let secondNegatedLower: Bool?
    let z, p: FixtureNumber
    var testDescription: String { "\(first) vs \(second)\(secondNegatedLower == true ? " (negated, lower)" : "")" }
}

private struct PairedFile: Decodable { let paired: [PairedReference] }

let pairedReferences: [PairedReference] = (try? Fixture.load(PairedFile.self, from: "r_reference.json").paired) ?? []

@Suite struct DeLongTests {
    @Test(arguments: rocReferences.filter { $0.variance != nil })
    func varianceAndIntervalMatchPROC(_ reference: ROCReference) throws {
        let delong = try DeLong(reference.curve())
        let variance = try #require(reference.variance?.value)
        expectClose(delong.variance, variance, relative: 1e-10, absolute: 1e-15, "var(roc)")
        let ci = try delong.confidenceInterval()
        expectClose(ci.lowerBound, try #require(reference.ciLower?.value), absolute: 1e-12, "CI lower")
        expectClose(ci.upperBound, try #require(reference.ciUpper?.value), absolute: 1e-12, "CI upper")
    }

    @Test func fixturesIncludeVarianceCases() {
        #expect(rocReferences.filter { $0.variance != nil }.count == 14)
        #expect(pairedReferences.count == 4)
    }

    @Test(arguments: pairedReferences)
    func pairedTestMatchesPROCRocTest(_ reference: PairedReference) throws {
        let a = try Fixture.vector(reference.first), b = try Fixture.vector(reference.second)
        let first = try ROCCurve(scores: a.scores.values, labels: a.labels, direction: .higherScoreIndicatesEvent)
        let second = reference.secondNegatedLower == true
            ? try ROCCurve(scores: b.scores.values.map { -$0 }, labels: b.labels, direction: .lowerScoreIndicatesEvent)
            : try ROCCurve(scores: b.scores.values, labels: b.labels, direction: .higherScoreIndicatesEvent)
        let test = try ROCComparison.pairedDeLong(first, second)
        expectClose(test.z, reference.z.value, relative: 1e-9, absolute: 1e-12, "z")
        expectClose(test.pValue, reference.p.value, relative: 1e-9, "p")
    }

    @Test func identicalCurvesGiveZeroAndPOne() throws {
        let v = try Fixture.vector("studyNIC")
        let test = try ROCComparison.pairedDeLong(a: v.scores.values, b: v.scores.values, labels: v.labels,
                                                  direction: .higherScoreIndicatesEvent)
        #expect(test.z == 0 && test.pValue == 1 && test.difference == 0)
    }

    @Test func rejectsUnpairedCurvesAndTinyClasses() throws {
        let a = try ROCCurve(scores: [1, 2, 3, 4], labels: [false, false, true, true], direction: .higherScoreIndicatesEvent)
        let b = try ROCCurve(scores: [1, 2, 3, 4], labels: [false, true, false, true], direction: .higherScoreIndicatesEvent)
        #expect(throws: StatisticsError.unpairedCurves) { try ROCComparison.pairedDeLong(a, b) }
        let single = try ROCCurve(scores: [1, 2, 3], labels: [false, false, true], direction: .higherScoreIndicatesEvent)
        #expect(throws: StatisticsError.self) { try DeLong(single) }
    }

    @Test func perfectSeparationHasZeroVarianceAndClampedInterval() throws {
        let v = try Fixture.vector("separated")
        let delong = try DeLong(ROCCurve(scores: v.scores.values, labels: v.labels, direction: .higherScoreIndicatesEvent))
        #expect(delong.auc == 1 && delong.variance == 0)
        #expect(try delong.confidenceInterval() == 1...1)
    }
}
