/// Sample quantiles by R's type 7 definition (the R and numpy default).
///
/// For sorted values `x₍₁₎ ≤ … ≤ x₍ₙ₎` and probability `p`, let `h = (n − 1)·p`; the quantile is
/// `x₍⌊h⌋+1₎ + (h − ⌊h⌋)·(x₍⌊h⌋+2₎ − x₍⌊h⌋+1₎)` (Hyndman & Fan 1996, definition 7; numpy
/// `method="linear"`). Sorting makes each call O(n log n).
public enum Quantile {
    /// The type 7 quantile at probability `p`.
    /// - Parameters:
    ///   - values: A non-empty sample of finite values (any order).
    ///   - p: The probability, `0 ≤ p ≤ 1`.
    /// - Returns: The interpolated quantile.
    /// - Throws: ``StatisticsError`` for an empty or non-finite sample or `p` outside [0, 1].
    public static func type7(_ values: [Double], p: Double) throws -> Double {
        try type7(values, probabilities: [p])[0]
    }

    /// Type 7 quantiles at several probabilities, sorting once. O(n log n + k).
    /// - Parameters:
    ///   - values: A non-empty sample of finite values (any order).
    ///   - probabilities: Probabilities in [0, 1].
    /// - Returns: One quantile per probability, in the same order.
    /// - Throws: ``StatisticsError`` for an empty or non-finite sample or a probability outside [0, 1].
    public static func type7(_ values: [Double], probabilities: [Double]) throws -> [Double] {
        try StatisticsError.requireCount(values.count, atLeast: 1, "quantile")
        try StatisticsError.requireFinite(values, "values for the quantile")
        for p in probabilities where !(0...1).contains(p) {
            throw StatisticsError.probabilityOutOfRange(p)
        }
        let sorted = values.sorted()
        return probabilities.map { sortedType7(sorted, p: $0) }
    }

    /// The median (type 7 quantile at ½, identical to every common definition).
    /// - Parameter values: A non-empty sample of finite values.
    /// - Returns: The sample median.
    /// - Throws: ``StatisticsError`` for an empty or non-finite sample.
    public static func median(_ values: [Double]) throws -> Double {
        try type7(values, p: 0.5)
    }

    /// The interquartile range `Q(0.75) − Q(0.25)` with type 7 quartiles (R `IQR`).
    /// - Parameter values: A non-empty sample of finite values.
    /// - Returns: The interquartile range.
    /// - Throws: ``StatisticsError`` for an empty or non-finite sample.
    public static func interquartileRange(_ values: [Double]) throws -> Double {
        let q = try type7(values, probabilities: [0.25, 0.75])
        return q[1] - q[0]
    }

    /// Type 7 on an already sorted, validated sample. O(1).
    static func sortedType7(_ sorted: [Double], p: Double) -> Double {
        Position(type7: p, count: sorted.count).interpolate(sorted)
    }
}
