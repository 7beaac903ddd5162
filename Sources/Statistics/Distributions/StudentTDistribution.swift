/// Student's t distribution with ν degrees of freedom (ν may be fractional, as in Welch's test).
public struct StudentTDistribution: Sendable, Equatable {
    /// The degrees of freedom ν > 0.
    public let degreesOfFreedom: Double

    /// Creates t(ν).
    /// - Parameter degreesOfFreedom: ν, finite and positive.
    /// - Throws: ``StatisticsError/invalidParameter(what:value:)`` otherwise.
    public init(degreesOfFreedom: Double) throws {
        try StatisticsError.requirePositive(degreesOfFreedom, "t distribution degrees of freedom")
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// `P(T ≤ t)`, from `P(T ≤ −|t|) = ½·I_{ν/(ν+t²)}(ν/2, ½)`. O(√ν).
    /// - Parameter t: The point.
    /// - Returns: The lower-tail probability.
    public func cdf(_ t: Double) -> Double {
        let tail = 0.5 * twoSidedTail(t)
        return t < 0 ? tail : 1 - tail
    }

    /// `P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, ½)`, the two-sided p-value, computed without cancellation
    /// (`1 − x = t²/(ν + t²)` is formed directly). O(√ν).
    /// - Parameter t: The observed statistic.
    /// - Returns: The two-sided tail probability.
    public func twoSidedTail(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if t.isInfinite { return 0 }
        let nu = degreesOfFreedom, t2 = t * t
        return SpecialFunctions.incompleteBeta(x: nu / (nu + t2), complement: t2 / (nu + t2), a: nu / 2, b: 0.5)
    }
}
