import Foundation

/// Statistical quantities as the cohort report prints them (plain text; escape before using as markup).
extension ReportNumber {
    /// A p-value: "< 0.001", otherwise three decimals ("0.019", "1.000").
    /// - Parameter p: The p-value.
    /// - Returns: The text.
    public static func pValue(_ p: Double) -> String {
        guard p.isFinite else { return "—" }
        return p < 0.001 ? "< 0.001" : fixed(p, 3)
    }

    /// An estimate with its interval, "0.913 (0.858–0.968)".
    /// - Parameters:
    ///   - value: The estimate.
    ///   - low: Lower bound.
    ///   - high: Upper bound.
    ///   - decimals: Decimal places of all three.
    /// - Returns: The text.
    public static func interval(_ value: Double, _ low: Double, _ high: Double, decimals: Int = 3) -> String {
        "\(fixed(value, decimals)) (\(fixed(low, decimals))–\(fixed(high, decimals)))"
    }

    /// A value with the decimals its magnitude calls for (three significant figures for typical measurements):
    /// ≥ 100 → 0, ≥ 10 → 1, ≥ 1 → 2, otherwise 3 decimals.
    /// - Parameter magnitude: A typical value of the quantity (e.g. its median), which fixes the decimals so
    ///   that every number of one variable is printed alike.
    /// - Returns: The number of decimals.
    public static func decimals(forMagnitude magnitude: Double) -> Int {
        let m = abs(magnitude)
        return m >= 100 ? 0 : m >= 10 ? 1 : m >= 1 ? 2 : 3
    }

    /// "p < 0.001" or "p = 0.019": a p-value as a statement in running text.
    /// - Parameter p: The p-value.
    /// - Returns: The text.
    public static func pStatement(_ p: Double) -> String {
        let text = pValue(p)
        return text.hasPrefix("<") ? "p \(text)" : "p = \(text)"
    }

    /// An odds ratio with its interval, "1.011 (0.999–1.023)": three decimals below 10, two below 100, one
    /// below 1000, and scientific notation beyond (and below 0.001), so that the near-1 odds ratios of
    /// per-unit effects stay readable and separated fits print finite if meaningless numbers.
    /// - Parameters:
    ///   - value: e^B.
    ///   - low: Lower bound.
    ///   - high: Upper bound.
    /// - Returns: The text.
    public static func oddsRatio(_ value: Double, _ low: Double, _ high: Double) -> String {
        let scale = max(value, 0)
        let decimals = scale < 10 ? 3 : scale < 100 ? 2 : 1
        func format(_ x: Double) -> String {
            guard x.isFinite else { return x.isNaN ? "—" : "∞" }
            guard x >= 1000 || (x > 0 && x < 0.001) else { return fixed(x, decimals) }
            let exponent = Int(log10(x).rounded(.down))
            let mantissa = x / pow(10, Double(exponent))
            return "\(fixed(mantissa, 1))e\(exponent >= 0 ? "+" : "−")\(abs(exponent))"
        }
        return "\(format(value)) (\(format(low))–\(format(high)))"
    }
}
