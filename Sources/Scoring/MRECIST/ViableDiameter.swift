import Formatting

/// A viable-tumour diameter (or a sum of them) held in whole micrometres, so that mRECIST's
/// inclusive boundaries (−30 %, +20 %) are decided in exact integer arithmetic.
///
/// Diameters are recorded to 0.1 mm; rounding to 1 µm never changes a recorded value, but removes
/// binary floating-point noise: 10.0 → 7.0 mm is exactly −30 % (PR) and 10.0 → 12.0 mm is
/// exactly +20 % (PD), as are 33.3 → 23.31 mm and sums such as 3.3 + 4.1 mm.
public struct ViableDiameter: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The diameter in micrometres (≥ 0).
    public let micrometres: Int

    /// Rounds millimetres to the nearest micrometre.
    /// - Parameter millimetres: A finite diameter ≥ 0, mm.
    public init(millimetres: Double) {
        micrometres = Int((millimetres * 1000).rounded())
    }

    init(micrometres: Int) { self.micrometres = micrometres }

    /// Zero: no arterially enhancing tumour.
    public static let zero = ViableDiameter(micrometres: 0)

    /// The diameter in millimetres.
    public var millimetres: Double { Double(micrometres) / 1000 }

    /// Whether no enhancing tumour is left.
    public var isZero: Bool { micrometres == 0 }

    /// Sum of diameters (exact).
    public static func + (lhs: ViableDiameter, rhs: ViableDiameter) -> ViableDiameter {
        ViableDiameter(micrometres: lhs.micrometres + rhs.micrometres)
    }

    /// Orders by length.
    public static func < (lhs: ViableDiameter, rhs: ViableDiameter) -> Bool { lhs.micrometres < rhs.micrometres }

    /// The PD limit in tenths of the nadir: progression at ≥ 12/10 of it (+20 %).
    static let progressionTenths = 12
    /// The PR limit in tenths of the baseline: response at ≤ 7/10 of it (−30 %).
    static let responseTenths = 7

    /// `self ≥ 1.2 × reference`, decided exactly as 10·self ≥ 12·reference (the PD rule).
    /// - Parameter reference: The nadir.
    public func isAtLeast120Percent(of reference: ViableDiameter) -> Bool {
        10 * micrometres >= Self.progressionTenths * reference.micrometres
    }

    /// `self ≤ 0.7 × reference`, decided exactly as 10·self ≤ 7·reference (the PR rule).
    /// - Parameter reference: The baseline.
    public func isAtMost70Percent(of reference: ViableDiameter) -> Bool {
        10 * micrometres <= Self.responseTenths * reference.micrometres
    }

    /// The smallest diameter that is progression against this nadir (1.2 × self), in millimetres.
    public var progressionLimitMillimetres: Double { Double(Self.progressionTenths * micrometres) / 10_000 }

    /// The largest diameter that is a partial response against this baseline (0.7 × self), in millimetres.
    public var responseLimitMillimetres: Double { Double(Self.responseTenths * micrometres) / 10_000 }

    /// Relative change from `reference` in percent, or `nil` when the reference is 0.
    /// - Parameter reference: Baseline or nadir.
    /// - Returns: 100·(self − reference)/reference.
    public func percentChange(from reference: ViableDiameter) -> Double? {
        guard reference.micrometres > 0 else { return nil }
        return 100 * Double(micrometres - reference.micrometres) / Double(reference.micrometres)
    }

    /// Millimetres, e.g. "23.31 mm".
    public var description: String { "\(ReportNumber.measured(millimetres, maxDecimals: 3)) mm" }
}
