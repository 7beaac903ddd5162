#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers around the C math library, so that the statistics code stays free of platform
/// imports (and of Foundation).
public enum Math {
    public static func exp(_ x: Double) -> Double { libm_exp(x) }
    public static func log(_ x: Double) -> Double { libm_log(x) }
    public static func log10(_ x: Double) -> Double { libm_log10(x) }
    public static func log1p(_ x: Double) -> Double { libm_log1p(x) }
    public static func expm1(_ x: Double) -> Double { libm_expm1(x) }
    public static func pow(_ x: Double, _ y: Double) -> Double { libm_pow(x, y) }
    public static func erfc(_ x: Double) -> Double { libm_erfc(x) }
    public static func cos(_ x: Double) -> Double { libm_cos(x) }

    /// `log Γ(x)` for `x > 0`, via the re-entrant `lgamma_r` (no shared `signgam` state, so it is
    /// safe to call from several threads).
    static func logGamma(_ x: Double) -> Double {
        var sign: Int32 = 0
        return lgamma_r(x, &sign)
    }

    /// `log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b)`, without the cancellation of the naive
    /// sum when an argument is large (the scheme of R's `lbeta`): with `p = min(a, b)`,
    /// `q = max(a, b)` and Stirling's series for the gamma-function remainder `δ(x)`,
    /// - both ≥ 10: `−½ log q + ½ log 2π + δ(p) + δ(q) − δ(p+q) + (p − ½) log(p/(p+q)) + q log1p(−p/(p+q))`;
    /// - only q ≥ 10: `log Γ(p) + δ(q) − δ(p+q) + p − p log(p+q) + (q − ½) log1p(−p/(p+q))`;
    /// - otherwise the direct sum, which is exact enough for small arguments.
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let p = min(a, b), q = max(a, b), sum = p + q
        if p >= 10 {
            let correction = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(sum)
            return -0.5 * log(q) + 0.918_938_533_204_672_741_78 + correction
                + (p - 0.5) * log(p / sum) + q * log1p(-p / sum)
        }
        if q >= 10 {
            let correction = stirlingRemainder(q) - stirlingRemainder(sum)
            return logGamma(p) + correction + p - p * log(sum) + (q - 0.5) * log1p(-p / sum)
        }
        return logGamma(a) + logGamma(b) - logGamma(sum)
    }

    /// `δ(x) = log Γ(x) − [(x − ½) log x − x + ½ log 2π]` for `x ≥ 10`, by Stirling's series
    /// `Σ B₂ₖ / (2k(2k − 1) x^(2k−1))`; seven terms leave an error below 1e−17 at x = 10.
    static func stirlingRemainder(_ x: Double) -> Double {
        let inverse = 1 / x, inverse2 = inverse * inverse
        let series = 1.0 / 12 + inverse2 * (-1.0 / 360 + inverse2 * (1.0 / 1260 + inverse2 * (-1.0 / 1680
            + inverse2 * (1.0 / 1188 + inverse2 * (-691.0 / 360_360 + inverse2 * (1.0 / 156))))))
        return series * inverse
    }

    /// `√(2π)`.
    static let sqrtTwoPi = 2.506_628_274_631_000_502_4
}

// The C functions have the same names as the wrappers; these shims disambiguate them.
@inline(__always) private func libm_exp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func libm_log(_ x: Double) -> Double { log(x) }
@inline(__always) private func libm_log1p(_ x: Double) -> Double { log1p(x) }
@inline(__always) private func libm_expm1(_ x: Double) -> Double { expm1(x) }
@inline(__always) private func libm_log10(_ x: Double) -> Double { log10(x) }
@inline(__always) private func libm_pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
@inline(__always) private func libm_erfc(_ x: Double) -> Double { erfc(x) }
@inline(__always) private func libm_cos(_ x: Double) -> Double { cos(x) }
