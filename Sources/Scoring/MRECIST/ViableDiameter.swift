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

    /// `self ≥ 1.2 × reference`, decided exactly as 10·self ≥ 12·reference (the PD rule).
    /// - Parameter reference: The nadir.
    public func isAtLeast120Percent(of reference: ViableDiameter) -> Bool {
        10 * micrometres >= 12 * reference.micrometres
    }

    /// `self ≤ 0.7 × reference`, decided exactly as 10·self ≤ 7·reference (the PR rule).
    /// - Parameter reference: The baseline.
    public func isAtMost70Percent(of reference: ViableDiameter) -> Bool {
        10 * micrometres <= 7 * reference.micrometres
    }

    /// Relative change from `reference` in percent, or `nil` when the reference is 0.
    /// - Parameter reference: Baseline or nadir.
    /// - Returns: 100·(self − reference)/reference.
    public func percentChange(from reference: ViableDiameter) -> Double? {
        guard reference.micrometres > 0 else { return nil }
        return 100 * Double(micrometres - reference.micrometres) / Double(reference.micrometres)
    }

    /// Millimetres, e.g. "23.31 mm".
    public var description: String { "\(millimetres.decimalText(maxFractionDigits: 3)) mm" }
}
