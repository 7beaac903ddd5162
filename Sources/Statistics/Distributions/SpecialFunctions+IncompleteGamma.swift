extension SpecialFunctions {
    /// The regularized lower incomplete gamma function `P(a, x) = γ(a, x) / Γ(a)`.
    ///
    /// Power series for `x < a + 1`, otherwise `1 − Q(a, x)` from the Legendre continued fraction
    /// (modified Lentz); Numerical Recipes §6.2. O(√a) terms.
    /// - Parameters:
    ///   - a: Shape `a > 0`.
    ///   - x: The upper limit, `x ≥ 0`.
    /// - Returns: `P(a, x)` in [0, 1].
    /// - Throws: ``StatisticsError/invalidParameter(what:value:)`` for invalid arguments.
    public static func regularizedGammaP(a: Double, x: Double) throws -> Double {
        try validateGamma(a: a, x: x)
        return x < a + 1 ? gammaSeries(a: a, x: x) : 1 - gammaContinuedFraction(a: a, x: x)
    }

    /// The regularized upper incomplete gamma function `Q(a, x) = 1 − P(a, x)`, computed directly in
    /// the upper tail so that small tail probabilities keep their relative precision.
    /// - Parameters:
    ///   - a: Shape `a > 0`.
    ///   - x: The lower limit, `x ≥ 0`.
    /// - Returns: `Q(a, x)` in [0, 1].
    /// - Throws: ``StatisticsError/invalidParameter(what:value:)`` for invalid arguments.
    public static func regularizedGammaQ(a: Double, x: Double) throws -> Double {
        try validateGamma(a: a, x: x)
        return x < a + 1 ? 1 - gammaSeries(a: a, x: x) : gammaContinuedFraction(a: a, x: x)
    }

    private static func validateGamma(a: Double, x: Double) throws {
        try StatisticsError.requirePositive(a, "incomplete gamma shape")
        guard x >= 0, !x.isNaN else { throw StatisticsError.invalidParameter(what: "incomplete gamma argument", value: x) }
    }

    /// `P(a, x)` by its power series `e^{−x} x^a / Γ(a) · Σ xⁿ / (a(a+1)…(a+n))`.
    private static func gammaSeries(a: Double, x: Double) -> Double {
        if x == 0 { return 0 }
        var term = 1 / a, sum = term, ap = a
        for _ in 0..<maximumIterations {
            ap += 1
            term *= x / ap
            sum += term
            if abs(term) <= abs(sum) * tolerance { break }
        }
        return sum * Math.exp(-x + a * Math.log(x) - Math.logGamma(a))
    }

    /// `Q(a, x)` by the continued fraction `e^{−x} x^a / Γ(a) · 1/(x+1−a− 1·(1−a)/(x+3−a− …))`.
    private static func gammaContinuedFraction(a: Double, x: Double) -> Double {
        if x == .infinity { return 0 }
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for i in 1...maximumIterations {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = 1 / guarded(an * d + b)
            c = guarded(b + an / c)
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= tolerance { break }
        }
        return Math.exp(-x + a * Math.log(x) - Math.logGamma(a)) * h
    }
}
