/// The normal distribution N(μ, σ²): density, CDF, quantile and random variates.
public struct NormalDistribution: Sendable, Equatable {
    /// The mean μ.
    public let mean: Double
    /// The standard deviation σ (> 0).
    public let standardDeviation: Double

    /// The standard normal N(0, 1).
    public static let standard = NormalDistribution(uncheckedMean: 0, standardDeviation: 1)

    /// `Φ⁻¹(0.975) = 1.959963984540054…`, the two-sided 95 % normal critical value.
    public static let z975 = standard.unsafeQuantile(0.975)

    /// Creates N(μ, σ²).
    /// - Parameters:
    ///   - mean: The mean μ (finite).
    ///   - standardDeviation: The standard deviation σ (finite, > 0).
    /// - Throws: ``StatisticsError/invalidParameter(what:value:)`` for a non-finite mean or σ ≤ 0.
    public init(mean: Double, standardDeviation: Double) throws {
        guard mean.isFinite else { throw StatisticsError.invalidParameter(what: "normal mean", value: mean) }
        try StatisticsError.requirePositive(standardDeviation, "normal standard deviation")
        self.init(uncheckedMean: mean, standardDeviation: standardDeviation)
    }

    private init(uncheckedMean: Double, standardDeviation: Double) {
        self.mean = uncheckedMean
        self.standardDeviation = standardDeviation
    }

    /// The density `φ((x − μ)/σ)/σ`. O(1).
    /// - Parameter x: The point.
    /// - Returns: The density at `x`.
    public func density(_ x: Double) -> Double {
        let z = (x - mean) / standardDeviation
        return Math.exp(-0.5 * z * z) / (Math.sqrtTwoPi * standardDeviation)
    }

    /// The lower-tail probability `P(X ≤ x) = ½·erfc(−z/√2)`, `z = (x − μ)/σ`.
    ///
    /// erfc keeps full relative precision deep in the lower tail. O(1).
    /// - Parameter x: The point.
    /// - Returns: `Φ(z)`.
    public func cdf(_ x: Double) -> Double {
        let z = (x - mean) / standardDeviation
        return 0.5 * Math.erfc(-z * 0.707_106_781_186_547_524_4)
    }

    /// The upper-tail probability `P(X > x) = ½·erfc(z/√2)`, accurate in the upper tail. O(1).
    /// - Parameter x: The point.
    /// - Returns: `1 − Φ(z)` computed without cancellation.
    public func survival(_ x: Double) -> Double {
        let z = (x - mean) / standardDeviation
        return 0.5 * Math.erfc(z * 0.707_106_781_186_547_524_4)
    }

    /// The quantile `μ + σ·Φ⁻¹(p)` by Wichura's algorithm AS 241 (PPND16, relative accuracy about
    /// 1e−16; the algorithm of R `qnorm`). O(1).
    /// - Parameter p: The probability, `0 ≤ p ≤ 1` (0 and 1 give ∓∞).
    /// - Returns: The quantile.
    /// - Throws: ``StatisticsError/probabilityOutOfRange(_:)`` outside [0, 1].
    public func quantile(_ p: Double) throws -> Double {
        guard (0...1).contains(p) else { throw StatisticsError.probabilityOutOfRange(p) }
        return unsafeQuantile(p)
    }

    /// Draws one variate by the Box–Muller transform, consuming exactly two uniforms from the
    /// generator (the second Box–Muller value is discarded so that no state is kept). O(1).
    /// - Parameter generator: The random number generator (e.g. a seeded ``Xoshiro256StarStar``).
    /// - Returns: A variate from N(μ, σ²).
    public func sample<G: RandomNumberGenerator>(using generator: inout G) -> Double {
        // u1 in (0, 1] so that log(u1) is finite.
        let u1 = 1 - generator.nextUnitInterval()
        let u2 = generator.nextUnitInterval()
        let radius = (-2 * Math.log(u1)).squareRoot()
        return mean + standardDeviation * radius * Self.cosTwoPi(u2)
    }

    /// `cos(2πu)` through the C library.
    private static func cosTwoPi(_ u: Double) -> Double { Math.cos(2 * Double.pi * u) }

    /// AS 241 without range validation.
    func unsafeQuantile(_ p: Double) -> Double {
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let q = p - 0.5
        let value: Double
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            let num = (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r
                + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                + 133.14166789178437745) * r + 3.387132872796366608)
            let den = (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r
                + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                + 42.313330701600911252) * r + 1.0)
            value = q * num / den
        } else {
            var r = (-Math.log(q < 0 ? p : 1 - p)).squareRoot()
            var v: Double
            if r <= 5 {
                r -= 1.6
                let num = (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r
                    + 0.24178072517745061177) * r + 1.27045825245236838258) * r + 3.64784832476320460504) * r
                    + 5.7694972214606914055) * r + 4.6303378461565452959) * r + 1.42343711074968357734)
                let den = (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r
                    + 0.0151986665636164571966) * r + 0.14810397642748007459) * r + 0.68976733498510000455) * r
                    + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1.0)
                v = num / den
            } else {
                r -= 5
                let num = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r
                    + 0.0012426609473880784386) * r + 0.026532189526576123093) * r + 0.29656057182850489123) * r
                    + 1.7848265399172913358) * r + 5.4637849111641143699) * r + 6.6579046435011037772)
                let den = (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r
                    + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r
                    + 0.13692988092273580531) * r + 0.59983220655588793769) * r + 1.0)
                v = num / den
            }
            if q < 0 { v = -v }
            value = v
        }
        return mean + standardDeviation * value
    }
}
