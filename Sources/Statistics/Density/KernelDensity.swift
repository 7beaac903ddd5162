/// A one-dimensional Gaussian kernel density estimate.
///
/// `f̂(x) = (1 / (n·h)) · Σᵢ φ((x − xᵢ)/h)`, φ the standard normal density and h the kernel standard
/// deviation from a ``Bandwidth/Rule``; identical to scipy `gaussian_kde(data, bw_method=…)` in one
/// dimension and to R `density(x, bw=h)` before R's FFT binning. Each evaluation is O(n).
public struct KernelDensity: Sendable {
    /// Where a density curve is evaluated.
    public enum Support: Sendable, Hashable {
        /// From `min − cut·h` to `max + cut·h` (R `density`'s default is cut = 3), optionally
        /// truncated below at `floor` (e.g. 0 for a quantity that cannot be negative).
        case extended(cut: Double = 3, floor: Double? = nil)
        /// From the smallest to the largest observation (seaborn `cut = 0`).
        case dataRange
        /// A fixed interval.
        case interval(ClosedRange<Double>)
    }

    /// The observations.
    public let samples: [Double]
    /// The kernel standard deviation h.
    public let bandwidth: Double

    /// Creates the estimate.
    /// - Parameters:
    ///   - samples: At least two finite observations.
    ///   - bandwidth: The bandwidth rule (default scipy's Scott rule).
    /// - Throws: ``StatisticsError`` for too few or non-finite observations, or a rule that fails.
    public init(samples: [Double], bandwidth: Bandwidth.Rule = .scott) throws {
        try StatisticsError.requireCount(samples.count, atLeast: 2, "kernel density estimate")
        try StatisticsError.requireFinite(samples, "observations for the density estimate")
        self.samples = samples
        self.bandwidth = try bandwidth.value(for: samples)
    }

    /// The estimated density at `x`. O(n).
    /// - Parameter x: The point.
    /// - Returns: `f̂(x)`.
    public func density(at x: Double) -> Double {
        var sum = 0.0
        for xi in samples {
            let z = (x - xi) / bandwidth
            sum += Math.exp(-0.5 * z * z)
        }
        return sum / (Double(samples.count) * bandwidth * Math.sqrtTwoPi)
    }

    /// The interval a ``Support`` describes for these samples.
    ///
    /// Trimming only restricts where the curve is drawn; the density is not renormalized, so values
    /// inside the interval equal the untrimmed estimate (as with R `density(from=, to=)`).
    /// - Parameter support: The support rule.
    /// - Returns: The evaluation interval.
    public func range(_ support: Support) -> ClosedRange<Double> {
        let lo = samples.min() ?? 0, hi = samples.max() ?? 0
        switch support {
        case let .extended(cut, floor):
            let lower = lo - cut * bandwidth, upper = hi + cut * bandwidth
            guard let floor else { return lower...upper }
            return max(lower, floor)...max(upper, floor)
        case .dataRange:
            return lo...hi
        case let .interval(interval):
            return interval
        }
    }

    /// The density on `pointCount` equally spaced points spanning `support`'s interval (both ends
    /// included). O(n · pointCount).
    /// - Parameters:
    ///   - pointCount: The number of points; values below 2 are raised to 2 (R uses 512).
    ///   - support: Where to evaluate.
    /// - Returns: The curve, ascending in x.
    public func curve(pointCount: Int = 512, support: Support = .extended()) -> [DensityPoint] {
        let interval = range(support)
        let count = max(pointCount, 2)
        let step = (interval.upperBound - interval.lowerBound) / Double(count - 1)
        return (0..<count).map { i in
            let x = i == count - 1 ? interval.upperBound : interval.lowerBound + Double(i) * step
            return DensityPoint(x: x, density: density(at: x))
        }
    }
}
