/// One-sample Kolmogorov–Smirnov test of normality with mean and SD estimated from the sample,
/// exactly as R's `ks.test(x, "pnorm", mean(x), sd(x))` reports it (R 4.2).
///
/// `D = maxᵢ max(i/n − F(x₍ᵢ₎), F(x₍ᵢ₎) − (i − 1)/n)` with F the normal CDF at the sample mean and
/// SD. The p-value ignores that the parameters were estimated (that would be Lilliefors' test), so it
/// is conservative; this is nevertheless what the source paper's "KS test for normality" computes.
/// - exact (n < 100, no ties): Marsaglia, Tsang & Wang (2003) matrix-power algorithm, O(k³ log n)
///   with k ≈ n·D (R `C_pKolmogorov2x`);
/// - otherwise the limiting Kolmogorov distribution `1 − K(√n·D)` summed as R's `pkstwo` does
///   (tolerance 1e−6, same truncation), so the numbers agree with R rather than with the exact limit.
public struct KolmogorovSmirnovTest: Sendable, Equatable {
    /// The statistic D.
    public let statistic: Double
    /// The two-sided p-value as R reports it.
    public let pValue: Double
    /// Whether the exact finite-n distribution was used.
    public let isExact: Bool

    /// How the p-value is computed.
    public enum PValueMethod: Sendable, Hashable {
        /// R's default: exact for n < 100 without ties, else the limiting distribution.
        case exactWhenPossible
        /// Always the limiting distribution (R `exact = FALSE`), as the source paper's tables report it.
        case asymptotic
    }

    /// Tests a sample against the normal distribution with the sample's own mean and SD.
    /// - Parameters:
    ///   - sample: At least two finite values with positive spread.
    ///   - method: Exact when possible (R's default) or always asymptotic.
    /// - Returns: D and its p-value.
    /// - Throws: ``StatisticsError`` for too few, non-finite or constant values.
    public static func normality(_ sample: [Double], method: PValueMethod = .exactWhenPossible) throws -> KolmogorovSmirnovTest {
        let sd = try Descriptive.standardDeviation(sample)
        guard sd > 0 else { throw StatisticsError.zeroVariance(what: "sample for the Kolmogorov–Smirnov test") }
        let normal = try NormalDistribution(mean: Descriptive.unsafeMean(sample), standardDeviation: sd)
        let sorted = sample.sorted()
        let n = Double(sorted.count)
        var d = 0.0
        for (i, value) in sorted.enumerated() {
            let f = normal.cdf(value)
            d = max(d, Double(i + 1) / n - f, f - Double(i) / n)
        }
        let hasTies = zip(sorted, sorted.dropFirst()).contains { $0 == $1 }
        let exact = method == .exactWhenPossible && sorted.count < 100 && !hasTies
        let p = exact ? 1 - exactCDF(d, n: sorted.count) : 1 - limitingCDF(n.squareRoot() * d, tolerance: 1e-6)
        return KolmogorovSmirnovTest(statistic: d, pValue: min(1, max(0, p)), isExact: exact)
    }

    /// `P(D_n < d)` by Marsaglia, Tsang & Wang (2003), with R's exponent bookkeeping (powers of 10¹⁴⁰).
    static func exactCDF(_ d: Double, n: Int) -> Double {
        let k = Int(Double(n) * d) + 1
        let m = 2 * k - 1
        let h = Double(k) - Double(n) * d
        var matrix = [Double](repeating: 0, count: m * m)
        for i in 0..<m { for j in 0..<m where i - j + 1 >= 0 { matrix[i * m + j] = 1 } }
        for i in 0..<m {
            matrix[i * m] -= integerPower(h, i + 1)
            matrix[(m - 1) * m + i] -= integerPower(h, m - i)
        }
        matrix[(m - 1) * m] += 2 * h - 1 > 0 ? integerPower(2 * h - 1, m) : 0
        for i in 0..<m {
            for j in 0..<m where i - j + 1 > 0 {
                for g in 1...(i - j + 1) { matrix[i * m + j] /= Double(g) }
            }
        }
        var (power, exponent) = matrixPower(matrix, exponent: 0, size: m, n: n)
        var s = power[(k - 1) * m + k - 1]
        for i in 1...n {
            s = s * Double(i) / Double(n)
            if s < 1e-140 { s *= 1e140; exponent -= 140 }
        }
        return s * integerPower(10, exponent)
    }

    /// R's `pkstwo`: `1 − 2Σ(−1)^(k−1) e^(−2k²x²)` for x ≥ 1, else the Jacobi-theta form
    /// `√(2π)/x · Σ_{k odd < k_max} e^(−k²π²/(8x²))` with `k_max = ⌊√(2 − log tol)⌋` (divided by
    /// 1/√(2π) as R writes it, so the digits are R's).
    static func limitingCDF(_ x: Double, tolerance: Double) -> Double {
        if x <= 0 { return 0 }
        let kMax = Int((2 - Math.log(tolerance)).squareRoot())
        if x < 1 {
            let z = -(Double.pi / 2 * Double.pi / 4) / (x * x), w = Math.log(x)
            var s = 0.0
            for k in stride(from: 1, to: kMax, by: 2) { s += Math.exp(Double(k * k) * z - w) }
            return s / 0.398_942_280_401_432_677_939_946_059_934
        }
        let z = -2 * x * x
        var sign = -1.0, k = 1.0, old = 0.0, new = 1.0
        while abs(old - new) > tolerance {
            old = new
            new += 2 * sign * Math.exp(z * k * k)
            sign = -sign
            k += 1
        }
        return new
    }

    /// `xⁿ` by repeated multiplication (R's `R_pow_di`), n may be negative.
    private static func integerPower(_ x: Double, _ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(n) { result *= x }
        return n < 0 ? 1 / result : result
    }

    /// `Aⁿ` for an m×m row-major matrix, with the decimal exponent carried separately.
    private static func matrixPower(_ a: [Double], exponent: Int, size m: Int, n: Int) -> ([Double], Int) {
        if n == 1 { return (a, exponent) }
        let (half, halfExponent) = matrixPower(a, exponent: exponent, size: m, n: n / 2)
        let square = multiply(half, half, size: m)
        var (result, resultExponent) = n % 2 == 0
            ? (square, 2 * halfExponent)
            : (multiply(a, square, size: m), exponent + 2 * halfExponent)
        if result[(m / 2) * m + m / 2] > 1e140 {
            result = result.map { $0 * 1e-140 }
            resultExponent += 140
        }
        return (result, resultExponent)
    }

    private static func multiply(_ a: [Double], _ b: [Double], size m: Int) -> [Double] {
        var c = [Double](repeating: 0, count: m * m)
        for i in 0..<m {
            for j in 0..<m {
                var s = 0.0
                for k in 0..<m { s += a[i * m + k] * b[k * m + j] }
                c[i * m + j] = s
            }
        }
        return c
    }
}
