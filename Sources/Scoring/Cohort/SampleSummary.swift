import Foundation

/// Mean, standard deviation and type-7 quartiles of a sample: the statistics a paper's
/// "mean ± SD" and "median (IQR)" report. To be folded into Statistics once it has them.
struct SampleSummary: Sendable, Hashable {
    var count: Int
    var mean: Double
    /// Sample standard deviation (n − 1 denominator).
    var standardDeviation: Double
    var firstQuartile: Double
    var median: Double
    var thirdQuartile: Double

    /// Summarizes `values` (at least 2). O(n log n).
    init(_ values: [Double]) {
        precondition(values.count >= 2, "a summary needs at least two values")
        let sorted = values.sorted()
        count = values.count
        mean = values.reduce(0, +) / Double(count)
        let m = mean
        standardDeviation = (values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(count - 1)).squareRoot()
        firstQuartile = Self.quantile(sorted: sorted, 0.25)
        median = Self.quantile(sorted: sorted, 0.5)
        thirdQuartile = Self.quantile(sorted: sorted, 0.75)
    }

    /// Hyndman & Fan type 7 (R's default): h = (n − 1)p, x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), 0-based. O(1).
    static func quantile(sorted: [Double], _ p: Double) -> Double {
        let (lower, weight) = position(count: sorted.count, p)
        guard weight > 0 else { return sorted[lower] }
        return sorted[lower] + weight * (sorted[lower + 1] - sorted[lower])
    }

    /// 0-based order statistic below the type-7 quantile `p` and the weight of the one above it.
    static func position(count: Int, _ p: Double) -> (lower: Int, weight: Double) {
        let h = Double(count - 1) * p
        let lower = Int(h.rounded(.down))
        return (lower, h - Double(lower))
    }
}
