/// Welch's two-sample t-test (unequal variances), two-sided.
///
/// `t = (x̄ − ȳ) / √(s²ₓ/nₓ + s²ᵧ/nᵧ)` with Welch–Satterthwaite degrees of freedom
/// `ν = (s²ₓ/nₓ + s²ᵧ/nᵧ)² / [(s²ₓ/nₓ)²/(nₓ − 1) + (s²ᵧ/nᵧ)²/(nᵧ − 1)]` and `p = P(|T_ν| ≥ |t|)`
/// through the regularized incomplete beta function. Matches R `t.test(var.equal = FALSE)` and
/// scipy `ttest_ind(equal_var = False)`. O(n).
public struct WelchTTest: Sendable, Equatable {
    /// The t statistic.
    public let t: Double
    /// The Welch–Satterthwaite degrees of freedom.
    public let degreesOfFreedom: Double
    /// The two-sided p-value.
    public let pValue: Double
    /// The mean difference `x̄ − ȳ`.
    public let meanDifference: Double
    /// The standard error of the difference.
    public let standardError: Double

    /// Runs the test.
    /// - Parameters:
    ///   - x: The first sample (≥ 2 finite values).
    ///   - y: The second sample (≥ 2 finite values).
    /// - Returns: t, ν and the two-sided p-value.
    /// - Throws: ``StatisticsError`` for too few or non-finite values, or when both samples are
    ///   constant.
    public static func test(_ x: [Double], _ y: [Double]) throws -> WelchTTest {
        let vx = try Descriptive.variance(x) / Double(x.count)
        let vy = try Descriptive.variance(y) / Double(y.count)
        let se2 = vx + vy
        guard se2 > 0 else { throw StatisticsError.zeroVariance(what: "pair of samples for the t-test") }
        let difference = Descriptive.unsafeMean(x) - Descriptive.unsafeMean(y)
        let se = se2.squareRoot()
        let t = difference / se
        let df = se2 * se2 / (vx * vx / Double(x.count - 1) + vy * vy / Double(y.count - 1))
        let p = try StudentTDistribution(degreesOfFreedom: df).twoSidedTail(t)
        return WelchTTest(t: t, degreesOfFreedom: df, pValue: p, meanDifference: difference, standardError: se)
    }
}
