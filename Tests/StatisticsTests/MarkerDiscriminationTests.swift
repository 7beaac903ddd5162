import Testing
@testable import Statistics

/// One marker's AUC, DeLong interval and Youden cut-off, on a cohort small enough to follow by hand:
/// scores 1, 2, 3, 4 with events at 2 and 4. Concordant (event, non-event) pairs 3 of 4 → AUC 0.75.
/// Youden J = 0.5 at two thresholds: 1.5 (sensitivity 1, specificity 0.5) and 3.5 (0.5, 1).
@Suite struct MarkerDiscriminationTests {
    let labels = [false, true, false, true]

    @Test func higherScoresTieGoesToTheLowestThreshold() throws {
        let curve = try ROCCurve(scores: [1, 2, 3, 4], labels: labels, direction: .higherScoreIndicatesEvent)
        let d = try MarkerDiscrimination(curve)
        #expect(d.auc == 0.75)
        #expect(d.youdenTies == 2)
        #expect(d.youden.threshold == 1.5)
        #expect(d.youden.sensitivity == 1 && d.youden.specificity == 0.5)
        #expect(d.confidenceInterval == (try DeLong(curve).confidenceInterval(level: 0.95)))
    }

    @Test func lowerScoresTieGoesToTheHighestThreshold() throws {
        let curve = try ROCCurve(scores: [-1, -2, -3, -4], labels: labels, direction: .lowerScoreIndicatesEvent)
        let d = try MarkerDiscrimination(curve)
        #expect(d.auc == 0.75)
        #expect(d.youdenTies == 2)
        #expect(d.youden.threshold == -1.5)
        #expect(d.youden.sensitivity == 1 && d.youden.specificity == 0.5)
    }
}
