/// Count, mean, sample standard deviation and type 7 quartiles of a sample: what a paper's
/// "mean ± SD" and "median (IQR)" report.
///
/// The mean sums left to right, the variance is two-pass (``Descriptive``), the quartiles are
/// ``Quantile`` type 7 (R `quantile`, numpy `quantile(method="linear")`). Sorting dominates: O(n log n).
public struct SampleSummary: Sendable, Hashable, Codable {
    /// The number of values.
    public let count: Int
    /// The arithmetic mean.
    public let mean: Double
    /// The sample standard deviation (n − 1 denominator; R `sd`, numpy `std(ddof=1)`).
    public let standardDeviation: Double
    /// The type 7 quantile at 0.25.
    public let lowerQuartile: Double
    /// The type 7 quantile at 0.5.
    public let median: Double
    /// The type 7 quantile at 0.75.
    public let upperQuartile: Double

    /// Summarizes a sample.
    /// - Parameter values: At least two finite values, in any order.
    /// - Throws: ``StatisticsError`` if fewer than two values are given or any is not finite.
    public init(_ values: [Double]) throws {
        try StatisticsError.requireCount(values.count, atLeast: 2, "sample summary")
        try StatisticsError.requireFinite(values, "values for the sample summary")
        let sorted = values.sorted()
        count = values.count
        mean = Descriptive.unsafeMean(values)
        standardDeviation = Descriptive.unsafeVariance(values).squareRoot()
        lowerQuartile = Quantile.sortedType7(sorted, p: 0.25)
        median = Quantile.sortedType7(sorted, p: 0.5)
        upperQuartile = Quantile.sortedType7(sorted, p: 0.75)
    }
}
