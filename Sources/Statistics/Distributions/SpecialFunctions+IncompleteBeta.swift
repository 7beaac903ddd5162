extension SpecialFunctions {
    /// The regularized incomplete beta function `I_x(a, b) = B(x; a, b) / B(a, b)`.
    ///
    /// Continued fraction of Numerical Recipes §6.4 evaluated by the modified Lentz method, used
    /// directly when `x < (a + 1)/(a + b + 2)` and through `I_x(a, b) = 1 − I_{1−x}(b, a)`
    /// otherwise, so the fraction always converges fast (O(√max(a, b)) terms).
    /// - Parameters:
    ///   - x: The upper limit, `0 ≤ x ≤ 1`.
    ///   - a: Shape `a > 0`.
    ///   - b: Shape `b > 0`.
    /// - Returns: `I_x(a, b)` in [0, 1].
    /// - Throws: ``StatisticsError/invalidParameter(what:value:)`` for invalid arguments.
    public static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) throws -> Double {
        guard (0...1).contains(x) else { throw StatisticsError.invalidParameter(what: "incomplete beta argument", value: x) }
        try StatisticsError.requirePositive(a, "incomplete beta shape a")
        try StatisticsError.requirePositive(b, "incomplete beta shape b")
        return incompleteBeta(x: x, complement: 1 - x, a: a, b: b)
    }

    /// `I_x(a, b)` given both `x` and `y = 1 − x`, so callers that know `y` exactly (Student t
    /// tails) avoid the cancellation in `1 − x`.
    static func incompleteBeta(x: Double, complement y: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if y <= 0 { return 1 }
        // Take each logarithm from whichever of x and y is small, where it is known to full precision.
        let logX = x > 0.5 ? Math.log1p(-y) : Math.log(x)
        let logY = y > 0.5 ? Math.log1p(-x) : Math.log(y)
        let logFront = a * logX + b * logY - Math.logBeta(a, b)
        if x < (a + 1) / (a + b + 2) {
            return Math.exp(logFront) * betaContinuedFraction(x: x, a: a, b: b) / a
        }
        return 1 - Math.exp(logFront) * betaContinuedFraction(x: y, a: b, b: a) / b
    }

    /// The continued fraction for `I_x(a, b)` (modified Lentz). O(terms).
    private static func betaContinuedFraction(x: Double, a: Double, b: Double) -> Double {
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = guarded(1 - qab * x / qap)
        d = 1 / d
        var h = d
        for m in 1...maximumIterations {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 / guarded(1 + aa * d)
            c = guarded(1 + aa / c)
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 / guarded(1 + aa * d)
            c = guarded(1 + aa / c)
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= tolerance { break }
        }
        return h
    }

    /// Replaces a value too close to zero by ``tiny`` (Lentz's safeguard).
    static func guarded(_ value: Double) -> Double {
        abs(value) < tiny ? tiny : value
    }
}
