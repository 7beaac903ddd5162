import Formatting

/// The chart side's names for `ReportNumber`: read-outs and captions print every number with the
/// report's rules (one rounding rule, one probability bound, one p-value form), so a figure and the
/// page around it never disagree.
public enum ReadoutFormat {
    /// A probability with three decimals, or "< 0.001" / "> 0.999" at the extremes.
    /// - Parameter p: Probability in [0, 1].
    /// - Returns: E.g. "0.105".
    public static func probability(_ p: Double) -> String {
        ReportNumber.probability(p)
    }

    /// A number with a fixed count of decimals and a true minus sign.
    /// - Parameters:
    ///   - x: The number.
    ///   - digits: Decimal places.
    /// - Returns: E.g. "17.8", "−2.1".
    public static func number(_ x: Double, digits: Int = 1) -> String {
        ReportNumber.fixed(x, digits)
    }

    /// A value with its unit, e.g. "42.4 mm", "17.4 %", or the number alone for an empty unit.
    /// - Parameters:
    ///   - x: The value.
    ///   - unit: Printed unit.
    ///   - digits: Decimal places.
    /// - Returns: The formatted value.
    public static func value(_ x: Double, unit: String, digits: Int = 1) -> String {
        unit.isEmpty ? number(x, digits: digits) : "\(number(x, digits: digits)) \(unit)"
    }

    /// A range "lo–hi unit" with an en dash.
    /// - Parameters:
    ///   - lo: Start.
    ///   - hi: End.
    ///   - unit: Printed unit.
    ///   - digits: Decimal places.
    /// - Returns: E.g. "0–70 %".
    public static func range(_ lo: Double, _ hi: Double, unit: String, digits: Int = 0) -> String {
        let body = "\(number(lo, digits: digits))–\(number(hi, digits: digits))"
        return unit.isEmpty ? body : "\(body) \(unit)"
    }

    /// The shortest decimal form with at most `maxDigits` decimals: 0.05 → "0.05", 0.1 → "0.1", 0.5 → "0.5".
    /// - Parameters:
    ///   - x: The number.
    ///   - maxDigits: Most decimals printed.
    /// - Returns: The trimmed decimal text.
    public static func shortest(_ x: Double, maxDigits: Int) -> String {
        ReportNumber.shortest(x, maxDecimals: maxDigits)
    }

    /// A p-value as printed in figures: "p < 0.001", otherwise "p = 0.019" (three decimals).
    /// - Parameter p: The p-value.
    /// - Returns: The text.
    public static func pValue(_ p: Double) -> String {
        ReportNumber.pStatement(p)
    }

    /// A probability statement: "P(NR) = 0.105", or "P(NR) > 0.999" / "P(NR) < 0.001" at the extremes.
    /// - Parameters:
    ///   - symbol: The probability's name, e.g. "P(NR)".
    ///   - p: The probability.
    /// - Returns: The statement.
    public static func probabilityStatement(_ symbol: String, _ p: Double) -> String {
        let text = probability(p)
        return text.hasPrefix("<") || text.hasPrefix(">") ? "\(symbol) \(text)" : "\(symbol) = \(text)"
    }
}
