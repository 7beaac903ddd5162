extension Quantile {
    /// Where the type 7 quantile at a probability lies among `n` sorted values: `h = (n − 1)·p`, the
    /// 0-based order statistic `⌊h⌋` below it and the weight `h − ⌊h⌋` of the one above.
    ///
    /// For callers that move the order statistics a quantile is made of (the quantile itself is
    /// ``Quantile/type7(_:p:)``).
    public struct Position: Sendable, Hashable {
        /// The 0-based index of the order statistic at or below the quantile.
        public let lower: Int
        /// The weight of the order statistic at `lower + 1`, in [0, 1); 0 when the quantile is an
        /// order statistic itself.
        public let weight: Double

        /// The position of the type 7 quantile at `p` among `count` sorted values. O(1).
        /// - Parameters:
        ///   - p: The probability, `0 ≤ p ≤ 1`.
        ///   - count: The sample size, at least 1.
        public init(type7 p: Double, count: Int) {
            precondition(count >= 1 && (0...1).contains(p), "a quantile position needs a sample and a probability in [0, 1]")
            let h = Double(count - 1) * p
            lower = Int(h.rounded(.down))
            weight = h - Double(lower)
        }

        /// The quantile of `sorted` at this position: `x₍lower₎ + weight·(x₍lower+1₎ − x₍lower₎)`. O(1).
        /// - Parameter sorted: The sample in ascending order, of the size the position was made for.
        /// - Returns: The interpolated quantile.
        public func interpolate(_ sorted: [Double]) -> Double {
            guard lower + 1 < sorted.count, weight > 0 else { return sorted[lower] }
            return sorted[lower] + weight * (sorted[lower + 1] - sorted[lower])
        }
    }
}
