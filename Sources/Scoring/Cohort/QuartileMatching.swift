import Statistics

/// Moves a sample's type-7 quartiles exactly onto target values, keeping ranks, minimum and maximum.
///
/// The order statistics that define each quartile are shifted by the quartile's error; values in
/// between follow a monotone piecewise-linear map through those anchors and the fixed extremes. The
/// result is in hundredths; the quartile-defining order statistics are then solved exactly in
/// hundredths (the one with the smaller type-7 weight is solved for). O(n log n).
enum QuartileMatching {
    /// - Parameters:
    ///   - values: The sample (any units).
    ///   - quartiles: Target Q1, median, Q3 in the same units.
    /// - Returns: The matched sample in hundredths, in input order; `nil` when matching would break
    ///   the order of the sample (the caller draws again).
    static func match(_ values: [Double], quartiles: [Double]) -> [Int]? {
        let n = values.count
        let order = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
        let sorted = order.map { (values[$0] * 100).rounded() }
        let targets = quartiles.map { ($0 * 100).rounded() }
        let positions = [0.25, 0.5, 0.75].map { Quantile.Position(type7: $0, count: n) }

        var anchors: [(x: Double, y: Double)] = [(sorted[0], sorted[0])]
        for (position, target) in zip(positions, targets) {
            let (lower, weight) = (position.lower, position.weight)
            let shift = target - position.interpolate(sorted)
            anchors.append((sorted[lower], sorted[lower] + shift))
            if weight > 0 { anchors.append((sorted[lower + 1], sorted[lower + 1] + shift)) }
        }
        anchors.append((sorted[n - 1], sorted[n - 1]))
        guard zip(anchors, anchors.dropFirst()).allSatisfy({ $0.x < $1.x && $0.y < $1.y }) else { return nil }

        var mapped = sorted.map { x -> Int in
            let upper = anchors.firstIndex { $0.x >= x }!
            if anchors[upper].x == x { return Int(anchors[upper].y.rounded()) }
            let a = anchors[upper - 1], b = anchors[upper]
            return Int((a.y + (x - a.x) / (b.x - a.x) * (b.y - a.y)).rounded())
        }
        for (position, target) in zip(positions, targets) {
            let (lower, weight, t) = (position.lower, position.weight, Int(target))
            if weight == 0 {
                mapped[lower] = t
            } else if weight < 0.5 {
                mapped[lower + 1] = Int(((Double(t) - (1 - weight) * Double(mapped[lower])) / weight).rounded())
            } else {
                mapped[lower] = Int(((Double(t) - weight * Double(mapped[lower + 1])) / (1 - weight)).rounded())
            }
        }
        guard zip(mapped, mapped.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
        guard let check = try? SampleSummary(mapped.map(Double.init)),
              zip([check.lowerQuartile, check.median, check.upperQuartile], targets).allSatisfy({ abs($0 - $1) < 0.5 })
        else { return nil }

        var result = [Int](repeating: 0, count: n)
        for (rank, index) in order.enumerated() { result[index] = mapped[rank] }
        return result
    }
}
