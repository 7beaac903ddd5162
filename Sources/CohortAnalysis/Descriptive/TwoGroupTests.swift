import Foundation
import Statistics

/// The two-sample and contingency tests of the paper's Tables 2–3, each matching R's default
/// implementation. Candidates for folding into `Statistics` (not on main when this was written).
enum TwoGroupTests {
    /// Welch's unequal-variance t-test, two-sided (R `t.test(b, a)`): `t = (x̄_b − x̄_a)/√(s²_a/n_a + s²_b/n_b)`
    /// on Welch–Satterthwaite degrees of freedom. O(n).
    /// - Returns: The two-sided p-value.
    static func welch(_ a: [Double], _ b: [Double]) throws -> Double {
        let va = try Descriptive.variance(a) / Double(a.count), vb = try Descriptive.variance(b) / Double(b.count)
        let se2 = va + vb
        guard se2 > 0 else { throw StatisticsError.zeroVariance(what: "pair of groups for the t-test") }
        let t = (try Descriptive.mean(b) - Descriptive.mean(a)) / se2.squareRoot()
        let df = se2 * se2 / (va * va / Double(a.count - 1) + vb * vb / Double(b.count - 1))
        return try StudentTDistribution(degreesOfFreedom: df).twoSidedTail(t)
    }

    /// The Mann–Whitney U (Wilcoxon rank-sum) test, two-sided, normal approximation with tie
    /// correction and continuity correction (R `wilcox.test(b, a, exact = FALSE, correct = TRUE)`):
    /// `z = (W − n_a n_b/2 − ½·sign) / σ`, `σ² = n_a n_b/12 · (N + 1 − Σ(t³ − t)/(N(N − 1)))`. O(N log N).
    /// - Returns: The two-sided p-value (1 when every value ties).
    static func mannWhitney(_ a: [Double], _ b: [Double]) -> Double {
        let na = Double(a.count), nb = Double(b.count), total = na + nb
        let ranks = Ranking.midranks(b + a)
        let w = ranks[0..<b.count].reduce(0, +) - nb * (nb + 1) / 2
        var tieSum = 0.0
        var counts: [Double: Int] = [:]
        for v in b + a { counts[v, default: 0] += 1 }
        for t in counts.values where t > 1 { tieSum += Double(t * t * t - t) }
        let sigma = (na * nb / 12 * (total + 1 - tieSum / (total * (total - 1)))).squareRoot()
        var z = w - na * nb / 2
        guard sigma > 0 else { return 1 }
        z = (z - (z > 0 ? 0.5 : z < 0 ? -0.5 : 0)) / sigma
        return 2 * min(NormalDistribution.standard.cdf(z), NormalDistribution.standard.survival(z))
    }

    /// The one-sample Kolmogorov–Smirnov statistic of a sample against the normal distribution with the
    /// sample's own mean and SD, and its asymptotic Kolmogorov p-value (R `ks.test(x, "pnorm", mean(x),
    /// sd(x), exact = FALSE)`, series `pkstwo` with tolerance 1e-6). No Lilliefors correction, so the
    /// p-value is conservative (biased towards "normal"). O(n log n).
    /// - Returns: D and p.
    static func kolmogorovSmirnovNormality(_ x: [Double]) throws -> (statistic: Double, pValue: Double) {
        let normal = try NormalDistribution(mean: Descriptive.mean(x), standardDeviation: Descriptive.standardDeviation(x))
        let sorted = x.sorted()
        let n = Double(sorted.count)
        var d = 0.0
        for (i, v) in sorted.enumerated() {
            let f = normal.cdf(v)
            d = max(d, Double(i + 1) / n - f, f - Double(i) / n)
        }
        return (d, 1 - kolmogorovCDF(n.squareRoot() * d, tolerance: 1e-6))
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

    /// Pearson's χ² test of independence without continuity correction (R `chisq.test(t, correct =
    /// FALSE)`), on (r − 1)(c − 1) df. O(r·c).
    /// - Returns: Statistic, p-value and the smallest expected count.
    static func pearsonChiSquare(_ table: [[Int]]) throws -> (statistic: Double, pValue: Double, minimumExpected: Double) {
        let rowSums = table.map { Double($0.reduce(0, +)) }
        let columnSums = table[0].indices.map { j in Double(table.reduce(0) { $0 + $1[j] }) }
        let total = rowSums.reduce(0, +)
        var statistic = 0.0, minimumExpected = Double.infinity
        for i in table.indices {
            for j in table[i].indices {
                let e = rowSums[i] * columnSums[j] / total
                minimumExpected = min(minimumExpected, e)
                statistic += (Double(table[i][j]) - e) * (Double(table[i][j]) - e) / e
            }
        }
        let df = Double((table.count - 1) * (table[0].count - 1))
        return (statistic, try ChiSquaredDistribution(degreesOfFreedom: df).survival(statistic), minimumExpected)
    }

    /// Fisher's exact test for a 2×2 table, two-sided (R `fisher.test`): the sum of the hypergeometric
    /// probabilities of all tables with the same margins that are no more likely than the observed one
    /// (relative tolerance 1 + 1e-7, as R). O(min margin).
    /// - Returns: The p-value.
    static func fisherExact(_ table: [[Int]]) -> Double {
        let a = table[0][0], b = table[0][1], c = table[1][0], d = table[1][1]
        let row1 = a + b, column1 = a + c, total = a + b + c + d
        let low = max(0, column1 - (total - row1)), high = min(row1, column1)
        func logChoose(_ n: Int, _ k: Int) -> Double {
            SpecialFunctions.logGamma(Double(n + 1)) - SpecialFunctions.logGamma(Double(k + 1))
                - SpecialFunctions.logGamma(Double(n - k + 1))
        }
        let logDensities = (low...high).map { x in
            logChoose(row1, x) + logChoose(total - row1, column1 - x) - logChoose(total, column1)
        }
        let largest = logDensities.max() ?? 0
        let relative = logDensities.map { Foundation.exp($0 - largest) }
        let observed = relative[a - low]
        let p = relative.filter { $0 <= observed * (1 + 1e-7) }.reduce(0, +) / relative.reduce(0, +)
        return min(1, p)
    }
}
