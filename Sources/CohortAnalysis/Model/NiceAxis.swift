/// An axis range rounded outward to "nice" numbers for a nomogram predictor.
///
/// The tick step is the smallest of {1, 2, 2.5, 5} × 10ᵏ giving at most `maximumTicks` intervals over
/// the data range; the range is then widened to multiples of the step
/// (`⌊min/step⌋·step … ⌈max/step⌉·step`). A constant column gets a unit-wide axis. O(1).
struct NiceAxis: Sendable, Hashable {
    /// Axis ends and tick step.
    let minimum: Double
    let maximum: Double
    let step: Double

    /// Rounds a data range outward.
    /// - Parameters:
    ///   - low: Smallest value observed.
    ///   - high: Largest value observed.
    ///   - maximumTicks: Upper bound on the number of tick intervals (10 by default).
    init(low: Double, high: Double, maximumTicks: Int = 10) {
        let span = high - low
        guard span > 0, span.isFinite else {
            let base = low.rounded(.down)
            self.init(minimum: base, maximum: base + 1, step: 0.5)
            return
        }
        let raw = span / Double(maximumTicks)
        var magnitude = 1.0
        while magnitude > raw { magnitude /= 10 }
        while magnitude * 10 <= raw { magnitude *= 10 }
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        self.init(minimum: (low / step).rounded(.down) * step, maximum: (high / step).rounded(.up) * step, step: step)
    }

    private init(minimum: Double, maximum: Double, step: Double) {
        self.minimum = minimum
        self.maximum = maximum
        self.step = step
    }
}
