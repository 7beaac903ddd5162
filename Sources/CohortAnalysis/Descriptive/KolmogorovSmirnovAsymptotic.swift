import Foundation
import Statistics

/// The normality test of the paper's Tables 2–3 with R's *asymptotic* p-value.
///
/// `Statistics.KolmogorovSmirnovTest.normality` uses R's default (exact p for n < 100 without ties);
/// this variant (R `exact = FALSE`) is kept here until Statistics offers the choice — a candidate
/// for folding.
enum KolmogorovSmirnovAsymptotic {
    /// The one-sample Kolmogorov–Smirnov statistic (from `Statistics`) of a sample against the normal distribution with the
    /// sample's own mean and SD, and its asymptotic Kolmogorov p-value (R `ks.test(x, "pnorm", mean(x),
    /// sd(x), exact = FALSE)`, series `pkstwo` with tolerance 1e-6). No Lilliefors correction, so the
    /// p-value is conservative (biased towards "normal"). O(n log n).
    /// - Returns: D and p.
    static func kolmogorovSmirnovNormality(_ x: [Double]) throws -> (statistic: Double, pValue: Double) {
        let d = try KolmogorovSmirnovTest.normality(x).statistic
        return (d, 1 - kolmogorovCDF(Double(x.count).squareRoot() * d, tolerance: 1e-6))
    }

    /// The limiting Kolmogorov distribution `P(K ≤ x)` by R's `pkstwo` series (Durbin 1973): for
    /// x < 1, `√(2π)/x Σ_{k odd} e^{−k²π²/(8x²)}`; otherwise `1 − 2Σ (−1)^{k−1} e^{−2k²x²}` until
    /// successive partial sums differ by ≤ tolerance.
    static func kolmogorovCDF(_ x: Double, tolerance: Double) -> Double {
        guard x > 0 else { return 0 }
        if x < 1 {
            let kMax = Int((2 - Foundation.log(tolerance)).squareRoot())
            let z = -(Double.pi / 2 * Double.pi / 4) / (x * x)
            let w = Foundation.log(x)
            var s = 0.0
            var k = 1
            while k < kMax {
                s += Foundation.exp(Double(k * k) * z - w)
                k += 2
            }
            return s / 0.398942280401432677939946059934
        }
        let z = -2 * x * x
        var sign = -1.0, k = 1.0, old = 0.0, new = 1.0
        while abs(old - new) > tolerance {
            old = new
            new += 2 * sign * Foundation.exp(z * k * k)
            sign *= -1
            k += 1
        }
        return new
    }
}
