/// The χ² distribution with k degrees of freedom: `P(X ≤ x) = P(k/2, x/2)` (regularized lower
/// incomplete gamma).
public struct ChiSquaredDistribution: Sendable, Equatable {
    /// The degrees of freedom k > 0.
    public let degreesOfFreedom: Double

    /// Creates χ²(k).
    /// - Parameter degreesOfFreedom: k, finite and positive.
    /// - Throws: ``StatisticsError/invalidParameter(what:value:)`` otherwise.
    public init(degreesOfFreedom: Double) throws {
        try StatisticsError.requirePositive(degreesOfFreedom, "chi-squared degrees of freedom")
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// `P(X ≤ x) = P(k/2, x/2)`. O(√k).
    /// - Parameter x: The point (negative values give 0).
    /// - Returns: The lower-tail probability.
    public func cdf(_ x: Double) -> Double {
        x <= 0 ? 0 : (try? SpecialFunctions.regularizedGammaP(a: degreesOfFreedom / 2, x: x / 2)) ?? .nan
    }

    /// `P(X > x) = Q(k/2, x/2)`, the upper-tail p-value, accurate for small tails. O(√k).
    /// - Parameter x: The observed statistic (negative values give 1).
    /// - Returns: The upper-tail probability.
    public func survival(_ x: Double) -> Double {
        x <= 0 ? 1 : (try? SpecialFunctions.regularizedGammaQ(a: degreesOfFreedom / 2, x: x / 2)) ?? .nan
    }
}
