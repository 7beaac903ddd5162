/// Sample moments: mean, variance and standard deviation.
///
/// All functions are O(n). Variance uses the two-pass algorithm (mean first, then the sum of
/// squared deviations), which is exact enough for report-sized samples and matches R `var` and
/// numpy `var(ddof=1)` to the last few ulps.
public enum Descriptive {
    /// Arithmetic mean `Σxᵢ / n`.
    /// - Parameter values: A non-empty sample of finite values.
    /// - Returns: The sample mean.
    /// - Throws: ``StatisticsError`` if the sample is empty or not finite.
    public static func mean(_ values: [Double]) throws -> Double {
        try StatisticsError.requireCount(values.count, atLeast: 1, "mean")
        try StatisticsError.requireFinite(values, "values for the mean")
        return unsafeMean(values)
    }

    /// Sample variance `Σ(xᵢ − x̄)² / (n − 1)` (R `var`, numpy `ddof=1`).
    /// - Parameter values: At least two finite values.
    /// - Returns: The unbiased sample variance.
    /// - Throws: ``StatisticsError`` if fewer than two values or any is not finite.
    public static func variance(_ values: [Double]) throws -> Double {
        try StatisticsError.requireCount(values.count, atLeast: 2, "sample variance")
        try StatisticsError.requireFinite(values, "values for the variance")
        return unsafeVariance(values)
    }

    /// Sample standard deviation `√variance` (R `sd`, numpy `std(ddof=1)`).
    /// - Parameter values: At least two finite values.
    /// - Returns: The sample standard deviation.
    /// - Throws: ``StatisticsError`` if fewer than two values or any is not finite.
    public static func standardDeviation(_ values: [Double]) throws -> Double {
        try variance(values).squareRoot()
    }

    /// Mean without validation; callers guarantee a non-empty finite sample.
    static func unsafeMean(_ values: [Double]) -> Double {
        values.reduce(0, +) / Double(values.count)
    }

    /// Two-pass variance without validation; callers guarantee `n ≥ 2` finite values.
    static func unsafeVariance(_ values: [Double]) -> Double {
        let m = unsafeMean(values)
        return values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count - 1)
    }
}
