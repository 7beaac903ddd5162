import TestSupport
import Testing
@testable import Statistics

/// pROC reference values for one vector and direction (from make_fixtures.R).
struct ROCReference: Decodable, Sendable, CustomTestStringConvertible {
    struct Best: Decodable, Sendable {
        let threshold, sensitivity, specificity, accuracy: [FixtureNumber]
    }

    let vector: String
    let direction: String
    let auc: FixtureNumber
    let thresholds, sensitivities, specificities: [FixtureNumber]
    let youden, topleft: Best
    let variance, ciLower, ciUpper: FixtureNumber?

    var testDescription: String { "\(vector) (\(direction))" }
    var rocDirection: ROCDirection { direction == "higher" ? .higherScoreIndicatesEvent : .lowerScoreIndicatesEvent }

    func curve() throws -> ROCCurve {
        let v = try Fixture.vector(vector)
        return try ROCCurve(scores: v.scores.values, labels: v.labels, direction: rocDirection)
    }
}

struct RReference: Decodable, Sendable {
    let roc: [ROCReference]
}

let rocReferences: [ROCReference] = (try? Fixture.load(RReference.self, from: "r_reference.json").roc) ?? []

@Suite struct ROCCurveTests {
    @Test func fixturesCoverEveryVectorInBothDirections() {
        #expect(rocReferences.count == 14)
    }

    @Test(arguments: rocReferences)
    func aucMatchesPROC(_ reference: ROCReference) throws {
        let curve = try reference.curve()
        expectClose(curve.auc, reference.auc.value, absolute: 1e-12, "AUC")
    }

    @Test(arguments: rocReferences)
    func pointsMatchPROCThresholds(_ reference: ROCReference) throws {
        let curve = try reference.curve()
        // pROC lists points by threshold in its own order; compare as sets sorted by threshold.
        let expected = zip(reference.thresholds.values, zip(reference.sensitivities.values, reference.specificities.values))
            .sorted { $0.0 < $1.0 }
        let actual = curve.points.sorted { $0.threshold < $1.threshold }
        try #require(actual.count == expected.count)
        for (point, (threshold, (se, sp))) in zip(actual, expected) {
            #expect(point.threshold == threshold)
            expectClose(point.sensitivity, se, absolute: 1e-15, "sensitivity at \(threshold)")
            expectClose(point.specificity, sp, absolute: 1e-15, "specificity at \(threshold)")
        }
    }

    @Test(arguments: rocReferences)
    func pointsRunFromOriginToTopRight(_ reference: ROCReference) throws {
        let points = try reference.curve().points
        #expect(points.first?.falsePositiveRate == 0 && points.first?.truePositiveRate == 0)
        #expect(points.last?.falsePositiveRate == 1 && points.last?.truePositiveRate == 1)
        for (a, b) in zip(points, points.dropFirst()) {
            #expect(a.falsePositiveRate <= b.falsePositiveRate && a.truePositiveRate <= b.truePositiveRate)
        }
    }

    @Test(arguments: rocReferences)
    func optimalCutoffsMatchPROCCoordsBest(_ reference: ROCReference) throws {
        let curve = try reference.curve()
        for (criterion, best) in [(CutoffCriterion.youden, reference.youden), (.closestToTopLeft, reference.topleft)] {
            let cutoffs = curve.optimalCutoffs(by: criterion)
            let order = best.threshold.values.indices.sorted { best.threshold[$0].value < best.threshold[$1].value }
            try #require(cutoffs.count == order.count, "\(criterion): \(cutoffs.map(\.threshold))")
            for (cutoff, i) in zip(cutoffs, order) {
                #expect(cutoff.threshold == best.threshold[i].value)
                expectClose(cutoff.sensitivity, best.sensitivity[i].value, absolute: 1e-15, "sensitivity")
                expectClose(cutoff.specificity, best.specificity[i].value, absolute: 1e-15, "specificity")
                expectClose(cutoff.accuracy, best.accuracy[i].value, absolute: 1e-15, "accuracy")
            }
        }
    }

    @Test func cutoffAtPublishedThresholdCountsObservations() throws {
        // Scores 1…6 against labels; event when score ≥ 3.
        let curve = try ROCCurve(scores: [1, 2, 3, 4, 5, 6], labels: [false, true, false, true, true, false],
                                 direction: .higherScoreIndicatesEvent)
        let cutoff = curve.cutoff(atThreshold: 3)
        #expect(cutoff.truePositiveCount == 2 && cutoff.trueNegativeCount == 1)
        #expect(cutoff.sensitivity == 2.0 / 3 && cutoff.specificity == 1.0 / 3 && cutoff.accuracy == 0.5)
    }

    @Test func midpointIsNudgedOffAdjacentDoubles() {
        let a = 1.0, b = a.nextUp
        #expect(ROCCurve.midpoint(a, b, direction: .higherScoreIndicatesEvent) == b)
        #expect(ROCCurve.midpoint(a, b, direction: .lowerScoreIndicatesEvent) == a)
        #expect(ROCCurve.midpoint(1e308, 1.5e308, direction: .higherScoreIndicatesEvent) == 1.25e308)
    }

    @Test func rejectsInvalidInput() {
        #expect(throws: StatisticsError.missingClass(eventCount: 2, nonEventCount: 0)) {
            try ROCCurve(scores: [1, 2], labels: [true, true], direction: .higherScoreIndicatesEvent)
        }
        #expect(throws: StatisticsError.lengthMismatch(what: "scores and labels", expected: 2, got: 3)) {
            try ROCCurve(scores: [1, 2, 3], labels: [true, false], direction: .higherScoreIndicatesEvent)
        }
        #expect(throws: StatisticsError.nonFiniteValue(what: "ROC scores")) {
            try ROCCurve(scores: [1, .nan], labels: [true, false], direction: .higherScoreIndicatesEvent)
        }
        #expect(StatisticsError.missingClass(eventCount: 0, nonEventCount: 3).description
            == "ROC analysis needs at least one observation of each class, but there are 0 event and 3 non-event observations.")
    }
}
