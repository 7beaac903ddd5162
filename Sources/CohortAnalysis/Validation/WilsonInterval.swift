import Statistics

/// The Wilson score interval for a binomial proportion (Wilson 1927), exactly as R's
/// `prop.test(x, n, correct = FALSE)$conf.int`, including its clamping to 0 when x = 0 and to 1
/// when x = n. O(1).
struct WilsonInterval: Sendable, Hashable {
    /// Lower and upper bound.
    let low: Double
    let high: Double

    /// The 95 % interval.
    /// - Parameters:
    ///   - successes: x.
    ///   - trials: n > 0.
    init(successes x: Int, trials n: Int) {
        let z = NormalDistribution.z975
        let p = Double(x) / Double(n), nn = Double(n)
        let z22n = z * z / (2 * nn)
        let spread = z * (p * (1 - p) / nn + z22n / (2 * nn)).squareRoot()
        low = p <= 0 ? 0 : (p + z22n - spread) / (1 + 2 * z22n)
        high = p >= 1 ? 1 : (p + z22n + spread) / (1 + 2 * z22n)
    }
}
