/// An affine map from a data interval (domain) to a canvas interval (range): `r₀ + (x − d₀)·(r₁ − r₀)/(d₁ − d₀)`.
///
/// Either interval may be reversed (e.g. a y axis growing upward on a y-down canvas).
public struct LinearScale: Sendable, Hashable {
    /// Data value mapped to `range.0`.
    public var domainStart: Double
    /// Data value mapped to `range.1`.
    public var domainEnd: Double
    /// Canvas coordinate of `domainStart`.
    public var rangeStart: Double
    /// Canvas coordinate of `domainEnd`.
    public var rangeEnd: Double

    /// Creates a scale.
    /// - Parameters:
    ///   - domain: Data values at the two ends (must differ; a degenerate domain maps everything to the range's middle).
    ///   - range: Canvas coordinates of the two ends.
    public init(domain: (Double, Double), range: (Double, Double)) {
        domainStart = domain.0
        domainEnd = domain.1
        rangeStart = range.0
        rangeEnd = range.1
    }

    /// Canvas units per data unit (negative when the scale is reversed).
    public var slope: Double {
        domainEnd == domainStart ? 0 : (rangeEnd - rangeStart) / (domainEnd - domainStart)
    }

    /// Maps a data value to a canvas coordinate (extrapolating outside the domain).
    /// - Parameter x: Data value.
    /// - Returns: Canvas coordinate.
    public func callAsFunction(_ x: Double) -> Double {
        domainEnd == domainStart ? (rangeStart + rangeEnd) / 2 : rangeStart + (x - domainStart) * slope
    }

    /// Maps a canvas coordinate back to a data value.
    /// - Parameter r: Canvas coordinate.
    /// - Returns: Data value (the domain start for a degenerate scale).
    public func invert(_ r: Double) -> Double {
        let s = slope
        return s == 0 ? domainStart : domainStart + (r - rangeStart) / s
    }

    /// Whether `x` lies inside the domain (ends included, either orientation).
    /// - Parameter x: Data value.
    /// - Returns: `true` inside.
    public func domainContains(_ x: Double) -> Bool {
        x >= min(domainStart, domainEnd) && x <= max(domainStart, domainEnd)
    }

    /// `x` clamped to the domain.
    /// - Parameter x: Data value.
    /// - Returns: The nearest domain value.
    public func clampedToDomain(_ x: Double) -> Double {
        min(max(x, min(domainStart, domainEnd)), max(domainStart, domainEnd))
    }
}
