/// Special functions needed by the distributions: log-gamma, log-beta and the regularized
/// incomplete beta and gamma functions (in `SpecialFunctions+*.swift`).
public enum SpecialFunctions {
    /// `log Γ(x)` for `x > 0` (C library `lgamma_r`, about 1 ulp). O(1).
    /// - Parameter x: A positive argument.
    /// - Returns: The natural log of the gamma function.
    public static func logGamma(_ x: Double) -> Double { Math.logGamma(x) }

    /// `log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b)`. O(1).
    /// - Parameters:
    ///   - a: A positive shape.
    ///   - b: A positive shape.
    /// - Returns: The natural log of the beta function.
    public static func logBeta(_ a: Double, _ b: Double) -> Double { Math.logBeta(a, b) }

    /// Relative tolerance at which the series and continued fractions stop.
    static let tolerance = 1e-16
    /// Smallest magnitude allowed for a Lentz denominator before it is replaced (avoids 0/0).
    static let tiny = 1e-300
    /// Iteration cap of the series and continued fractions (never reached for sane inputs).
    static let maximumIterations = 100_000
}
