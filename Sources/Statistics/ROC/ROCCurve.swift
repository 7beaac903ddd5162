/// The empirical ROC curve of a continuous score against a binary label, with its AUC.
///
/// Thresholds follow pROC (`roc()`): the sorted distinct scores `v₁ < … < v_k` give thresholds
/// `−∞, (v₁+v₂)/2, …, (v_{k−1}+v_k)/2, +∞` (each midpoint nudged onto a neighbouring value when
/// floating point makes it coincide with one, exactly as pROC 1.18 does), so there is one point per
/// gap between distinct scores plus both corners.
///
/// The AUC is the Mann–Whitney estimate `θ = (1/mn) Σᵢ Σⱼ ψ(Xᵢ, Yⱼ)` with `ψ = 1` when the event
/// score is more event-like, `½` on ties, `0` otherwise; it is computed from midranks in
/// O(N log N) (Sun & Xu 2014), together with the DeLong placements used by ``DeLong``.
public struct ROCCurve: Sendable {
    /// The scores, in input order.
    public let scores: [Double]
    /// The labels, in input order: `true` marks an observation of the event class.
    public let labels: [Bool]
    /// Which end of the score scale indicates the event class.
    public let direction: ROCDirection
    /// The number of event observations, m.
    public let eventCount: Int
    /// The number of non-event observations, n.
    public let nonEventCount: Int
    /// The area under the curve (Mann–Whitney, ties counted ½), in [0, 1].
    public let auc: Double
    /// The operating points ordered from the strictest threshold (0, 0) to the most lenient (1, 1),
    /// i.e. by non-decreasing false-positive rate and sensitivity.
    public let points: [ROCPoint]
    /// DeLong structural components: for each event observation (input order), the fraction of
    /// non-event observations it outranks, ties ½ (`V₁₀`).
    public let eventPlacements: [Double]
    /// DeLong structural components: for each non-event observation (input order), the fraction of
    /// event observations that outrank it, ties ½ (`V₀₁`).
    public let nonEventPlacements: [Double]

    /// Builds the curve. O(N log N).
    /// - Parameters:
    ///   - scores: One finite score per observation.
    ///   - labels: One label per observation; `true` marks the event class.
    ///   - direction: Which end of the score scale indicates the event class.
    /// - Throws: ``StatisticsError`` when lengths differ, a score is not finite, or either class is
    ///   empty.
    public init(scores: [Double], labels: [Bool], direction: ROCDirection) throws {
        guard scores.count == labels.count else {
            throw StatisticsError.lengthMismatch(what: "scores and labels", expected: labels.count, got: scores.count)
        }
        try StatisticsError.requireFinite(scores, "ROC scores")
        let m = labels.count(where: { $0 })
        let n = labels.count - m
        guard m > 0, n > 0 else { throw StatisticsError.missingClass(eventCount: m, nonEventCount: n) }
        self.scores = scores
        self.labels = labels
        self.direction = direction
        self.eventCount = m
        self.nonEventCount = n

        // Sun & Xu (2014): midranks of the pooled, event-only and non-event-only oriented scores.
        let oriented = scores.map(direction.oriented)
        let pooledRanks = Ranking.midranks(oriented)
        let eventIndices = labels.indices.filter { labels[$0] }
        let nonEventIndices = labels.indices.filter { !labels[$0] }
        let eventRanks = Ranking.midranks(eventIndices.map { oriented[$0] })
        let nonEventRanks = Ranking.midranks(nonEventIndices.map { oriented[$0] })
        eventPlacements = eventIndices.indices.map { k in
            (pooledRanks[eventIndices[k]] - eventRanks[k]) / Double(n)
        }
        nonEventPlacements = nonEventIndices.indices.map { k in
            1 - (pooledRanks[nonEventIndices[k]] - nonEventRanks[k]) / Double(m)
        }
        let eventRankSum = eventIndices.reduce(0.0) { $0 + pooledRanks[$1] }
        auc = (eventRankSum - Double(m) * Double(m + 1) / 2) / (Double(m) * Double(n))
        points = Self.operatingPoints(scores: scores, labels: labels, direction: direction, m: m, n: n)
    }

    /// Operating points at pROC's thresholds, strictest first. O(N log N).
    private static func operatingPoints(
        scores: [Double], labels: [Bool], direction: ROCDirection, m: Int, n: Int
    ) -> [ROCPoint] {
        // Distinct values ascending with their event / non-event counts.
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var values: [Double] = [], events: [Int] = [], nonEvents: [Int] = []
        for i in order {
            if values.last != scores[i] { values.append(scores[i]); events.append(0); nonEvents.append(0) }
            if labels[i] { events[events.count - 1] += 1 } else { nonEvents[nonEvents.count - 1] += 1 }
        }
        let k = values.count
        // thresholds[j] separates values[j-1] and values[j]; thresholds[0] = −∞, thresholds[k] = +∞.
        var thresholds = [-Double.infinity]
        if k > 1 {
            for j in 1..<k { thresholds.append(midpoint(values[j - 1], values[j], direction: direction)) }
        }
        thresholds.append(.infinity)

        var result: [ROCPoint] = []
        result.reserveCapacity(k + 1)
        var tp = 0, fp = 0
        switch direction {
        case .higherScoreIndicatesEvent:
            // Event when score ≥ t: walk thresholds downwards, adding the value just above each.
            for j in stride(from: k, through: 0, by: -1) {
                if j < k { tp += events[j]; fp += nonEvents[j] }
                result.append(point(thresholds[j], tp: tp, fp: fp, m: m, n: n))
            }
        case .lowerScoreIndicatesEvent:
            // Event when score ≤ t: walk thresholds upwards, adding the value just below each.
            for j in 0...k {
                if j > 0 { tp += events[j - 1]; fp += nonEvents[j - 1] }
                result.append(point(thresholds[j], tp: tp, fp: fp, m: m, n: n))
            }
        }
        return result
    }

    private static func point(_ threshold: Double, tp: Int, fp: Int, m: Int, n: Int) -> ROCPoint {
        ROCPoint(
            threshold: threshold,
            sensitivity: Double(tp) / Double(m),
            specificity: Double(n - fp) / Double(n),
            truePositiveCount: tp,
            falsePositiveCount: fp
        )
    }

    /// pROC's midpoint between consecutive distinct values `a < b` (`roc.utils.thresholds`):
    /// halves first when the sum would overflow, and if rounding lands on `a` or `b`, moves it to
    /// the neighbour that keeps the classification rule separating `a` from `b`.
    static func midpoint(_ a: Double, _ b: Double, direction: ROCDirection) -> Double {
        var mid = (a + b) / 2
        if abs(mid) > 1e100 || !mid.isFinite { mid = a / 2 + b / 2 }
        switch direction {
        case .higherScoreIndicatesEvent where mid == a: return b
        case .lowerScoreIndicatesEvent where mid == b: return a
        default: return mid
        }
    }
}
