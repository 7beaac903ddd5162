/// The Mann–Whitney U (Wilcoxon rank-sum) test of two independent samples, two-sided.
///
/// The statistic is R's W: `U = R₁ − n₁(n₁ + 1)/2`, R₁ the midrank sum of the first sample in the
/// pooled ranking (scipy's `U1`). p-values:
/// - asymptotic: `z = (U − n₁n₂/2 − sign·½) / σ`, `σ² = n₁n₂/12 · [(N + 1) − Σ(t³ − t)/(N(N − 1))]`
///   (tie correction; continuity correction ½ optional), `p = 2·min(Φ(z), 1 − Φ(z))` — R
///   `wilcox.test(exact = FALSE, correct = TRUE)`, scipy `mannwhitneyu(method = "asymptotic")`;
/// - exact: the null distribution of U counted by the recurrence
///   `c(u; m, n) = c(u − n; m − 1, n) + c(u; m, n − 1)` (O(m·n·mn) time, O(n·mn) memory), valid only
///   without ties — R `pwilcox`.
/// ``Method/automatic`` picks exact when both samples have fewer than 50 values and there are no
/// ties, as R's default does.
public struct MannWhitneyU: Sendable, Equatable {
    /// How the p-value is computed.
    public enum Method: Sendable, Hashable {
        /// Exact if both n < 50 and no ties, otherwise asymptotic with continuity correction (R default).
        case automatic
        /// The exact null distribution; falls back to the corrected asymptotic p-value when there are
        /// ties (as R does).
        case exact
        /// The normal approximation with tie correction and optional continuity correction.
        case asymptotic(continuityCorrection: Bool = true)
    }

    /// The statistic U of the first sample (R's W).
    public let statistic: Double
    /// The two-sided p-value.
    public let pValue: Double
    /// Whether the exact null distribution was used.
    public let isExact: Bool

    /// Runs the test.
    /// - Parameters:
    ///   - x: The first sample (≥ 1 finite value).
    ///   - y: The second sample (≥ 1 finite value).
    ///   - method: How to compute the p-value (default as R).
    /// - Returns: The statistic and two-sided p-value.
    /// - Throws: ``StatisticsError`` for empty or non-finite samples, or when every value is tied
    ///   (the asymptotic variance is 0).
    public static func test(_ x: [Double], _ y: [Double], method: Method = .automatic) throws -> MannWhitneyU {
        try StatisticsError.requireCount(x.count, atLeast: 1, "Mann–Whitney test (first sample)")
        try StatisticsError.requireCount(y.count, atLeast: 1, "Mann–Whitney test (second sample)")
        try StatisticsError.requireFinite(x + y, "values for the Mann–Whitney test")
        let (ranks, tieSizes) = Ranking.midranksAndTies(x + y)
        let m = Double(x.count), n = Double(y.count)
        let u = ranks[0..<x.count].reduce(0, +) - m * (m + 1) / 2
        let hasTies = tieSizes.contains { $0 > 1 }

        let useExact: Bool
        var correction = true
        switch method {
        case .automatic: useExact = x.count < 50 && y.count < 50 && !hasTies
        case .exact: useExact = !hasTies
        case let .asymptotic(continuityCorrection): useExact = false; correction = continuityCorrection
        }
        if useExact {
            let distribution = exactDistribution(m: x.count, n: y.count)
            let total = distribution.reduce(0, +)
            let k = Int(u.rounded())
            // R: P(U ≥ u) in the upper half, P(U ≤ u) otherwise; doubled and capped at 1.
            let tail = u > m * n / 2 ? distribution[k...].reduce(0, +) : distribution[...k].reduce(0, +)
            return MannWhitneyU(statistic: u, pValue: min(2 * tail / total, 1), isExact: true)
        }
        let total = m + n
        let tieSum = tieSizes.reduce(0.0) { $0 + Double($1 * $1 * $1 - $1) }
        let sigma = (m * n / 12 * ((total + 1) - tieSum / (total * (total - 1)))).squareRoot()
        guard sigma > 0 else { throw StatisticsError.zeroVariance(what: "pooled sample of the Mann–Whitney test") }
        var z = u - m * n / 2
        if correction { z -= z > 0 ? 0.5 : (z < 0 ? -0.5 : 0) }
        z /= sigma
        let p = 2 * min(NormalDistribution.standard.cdf(z), NormalDistribution.standard.survival(z))
        return MannWhitneyU(statistic: u, pValue: min(p, 1), isExact: false)
    }

    /// Counts of arrangements giving U = 0…m·n for sample sizes m and n (no ties), as doubles
    /// (exact up to 2⁵³, then correctly rounded relative to each other).
    static func exactDistribution(m: Int, n: Int) -> [Double] {
        // rows[j][u] = c(u; i, j) for the current i; c(u; 0, j) = c(u; i, 0) = [u = 0].
        var rows = (0...n).map { _ in [1.0] }
        if m == 0 { return rows[n] }
        for _ in 1...m {
            var current: [[Double]] = [[1.0]]
            for j in 1...n {
                let previous = rows[j]           // c(·; i − 1, j)
                let left = current[j - 1]        // c(·; i, j − 1)
                var next = [Double](repeating: 0, count: max(previous.count + j, left.count))
                for (u, c) in previous.enumerated() { next[u + j] += c }
                for (u, c) in left.enumerated() { next[u] += c }
                current.append(next)
            }
            rows = current
        }
        return rows[n]
    }
}
