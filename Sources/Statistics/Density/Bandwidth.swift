/// Bandwidth rules for a one-dimensional Gaussian kernel density estimate.
///
/// Every rule returns the kernel's standard deviation h. Each is O(n) (nrd0 O(n log n) for the
/// IQR).
public enum Bandwidth {
    /// A bandwidth choice for ``KernelDensity``.
    public enum Rule: Sendable, Hashable {
        /// scipy `gaussian_kde(bw_method="scott")`, see ``Bandwidth/scott(_:)``.
        case scott
        /// scipy `gaussian_kde(bw_method="silverman")`, see ``Bandwidth/silverman(_:)``.
        case silverman
        /// R `bw.nrd0` (the `density()` default), see ``Bandwidth/nrd0(_:)``.
        case nrd0
        /// A fixed kernel standard deviation.
        case fixed(Double)

        /// The bandwidth this rule gives for `samples`.
        /// - Parameter samples: The data.
        /// - Returns: The kernel standard deviation h > 0.
        /// - Throws: ``StatisticsError`` as the individual rules, or for a non-positive fixed value.
        public func value(for samples: [Double]) throws -> Double {
            switch self {
            case .scott: return try Bandwidth.scott(samples)
            case .silverman: return try Bandwidth.silverman(samples)
            case .nrd0: return try Bandwidth.nrd0(samples)
            case let .fixed(h):
                try StatisticsError.requirePositive(h, "kernel bandwidth")
                return h
            }
        }
    }

    /// Scott's rule as scipy implements it: `h = s · n^(−1/5)`, s the sample SD (ddof = 1).
    /// (scipy's `scotts_factor` is `n^(−1/(d+4))`; the kernel covariance is `s² · factor²`.)
    /// - Parameter samples: At least two finite values with positive spread.
    /// - Returns: The kernel standard deviation.
    /// - Throws: ``StatisticsError`` for fewer than two values or zero variance.
    public static func scott(_ samples: [Double]) throws -> Double {
        try spread(samples) * Math.pow(Double(samples.count), -0.2)
    }

    /// Silverman's rule as scipy implements it: `h = s · (n·(d + 2)/4)^(−1/(d+4)) = s · (3n/4)^(−1/5)`
    /// for d = 1, s the sample SD (ddof = 1). Note this is *not* R's `bw.nrd0`.
    /// - Parameter samples: At least two finite values with positive spread.
    /// - Returns: The kernel standard deviation.
    /// - Throws: ``StatisticsError`` for fewer than two values or zero variance.
    public static func silverman(_ samples: [Double]) throws -> Double {
        try spread(samples) * Math.pow(Double(samples.count) * 3 / 4, -0.2)
    }

    /// R's `bw.nrd0`: `h = 0.9 · min(s, IQR/1.34) · n^(−1/5)` with R's fallbacks when that minimum is
    /// 0: use s, else `|x₁|`, else 1 (so a constant sample still gets a bandwidth).
    /// - Parameter samples: At least two finite values.
    /// - Returns: The kernel standard deviation.
    /// - Throws: ``StatisticsError`` for fewer than two values or non-finite values.
    public static func nrd0(_ samples: [Double]) throws -> Double {
        let s = try Descriptive.standardDeviation(samples)
        var lo = min(s, try Quantile.interquartileRange(samples) / 1.34)
        if lo == 0 { lo = s }
        if lo == 0 { lo = abs(samples[0]) }
        if lo == 0 { lo = 1 }
        return 0.9 * lo * Math.pow(Double(samples.count), -0.2)
    }

    /// The sample SD, rejecting a sample without spread (scipy raises on a singular covariance).
    private static func spread(_ samples: [Double]) throws -> Double {
        let s = try Descriptive.standardDeviation(samples)
        guard s > 0 else { throw StatisticsError.zeroVariance(what: "sample for the kernel bandwidth") }
        return s
    }
}
