/// Tick values at "nice" numbers (1, 2 or 5 × 10ᵏ) for an axis interval.
///
/// Heckbert, "Nice numbers for graph labels", Graphics Gems (1990): the step is the nice number nearest
/// to `range / (targetCount − 1)`, where the range itself is first rounded up to a nice number. Ticks are
/// the multiples of the step inside the interval (`tight`, for nomogram axes whose ends are fixed), or the
/// multiples that just enclose it (`loose`, for data-driven axes and the axis ranges of a refit model).
/// Values are exact decimal multiples (no `0.30000000000000004`). O(number of ticks).
///
/// Scale mathematics, so it lives with the statistics: the charts draw these ticks (their labels are
/// `NiceTicks+Labels` in Charts) and `analyze` writes them as a refit model's axes.
public struct NiceTicks: Sendable, Hashable {
    /// The tick values, ascending.
    public let values: [Double]
    /// Distance between ticks.
    public let step: Double
    /// Decimal places needed to print every tick exactly (0 for a step ≥ 1).
    public let fractionDigits: Int

    /// Ticks with a chosen step.
    /// - Parameters:
    ///   - lower: Interval start.
    ///   - upper: Interval end (≥ `lower`).
    ///   - step: Positive tick spacing.
    ///   - loose: `true` to extend to the enclosing multiples of `step`, `false` to keep ticks inside the interval.
    public init(lower: Double, upper: Double, step: Double, loose: Bool = false) {
        let lo = min(lower, upper), hi = max(lower, upper)
        let s = step > 0 && step.isFinite ? step : max(hi - lo, 1)
        self.step = s
        let digits = max(0, -Int((Math.log10(s)).rounded(.down)))
        // Steps like 2.5 or 0.25 need one more digit than their magnitude.
        var d = digits
        while d < 12, abs((s * Math.pow(10, Double(d))).rounded() - s * Math.pow(10, Double(d))) > 1e-9 * max(1, s * Math.pow(10, Double(d))) { d += 1 }
        fractionDigits = d
        let eps = 1e-9 * s
        let first = loose ? (lo / s + 1e-9).rounded(.down) : (lo / s - 1e-9).rounded(.up)
        let last = loose ? (hi / s - 1e-9).rounded(.up) : (hi / s + 1e-9).rounded(.down)
        var v: [Double] = []
        if last >= first, last - first < 10_000 {
            let scale = Math.pow(10, Double(d))
            for k in Int(first)...Int(last) {
                let x = (Double(k) * s * scale).rounded() / scale
                if loose || (x >= lo - eps && x <= hi + eps) { v.append(x == 0 ? 0 : x) }
            }
        }
        values = v
    }

    /// Ticks with a nice step chosen for about `targetCount` ticks.
    /// - Parameters:
    ///   - lower: Interval start.
    ///   - upper: Interval end.
    ///   - targetCount: Desired number of ticks (≥ 2); the result has roughly this many.
    ///   - loose: `true` to extend to enclosing nice values.
    public init(lower: Double, upper: Double, targetCount: Int, loose: Bool = false) {
        let range = Self.niceNumber(max(abs(upper - lower), 1e-12), round: false)
        let step = Self.niceNumber(range / Double(max(targetCount - 1, 1)), round: true)
        self.init(lower: lower, upper: upper, step: step, loose: loose)
    }

    /// Heckbert's nice number: 1, 2, 5 or 10 × 10ᵏ near `x`.
    /// - Parameters:
    ///   - x: A positive number.
    ///   - round: `true` for the nearest nice number, `false` for the smallest nice number ≥ `x`.
    /// - Returns: The nice number.
    public static func niceNumber(_ x: Double, round: Bool) -> Double {
        let exponent = (Math.log10(x)).rounded(.down)
        let fraction = x / Math.pow(10, exponent)
        let nice: Double
        if round {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return nice * Math.pow(10, exponent)
    }
}
