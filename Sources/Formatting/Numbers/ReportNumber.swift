
/// How numbers are printed on reports, in chart read-outs and in the `score` table — one place, so the
/// printout, the figures and the command line always show the same digits for the same value.
///
/// Every number goes through `FixedDecimal.printed` (half up from the shortest round-tripping
/// decimal, true minus sign). Probabilities are bounded by one rule: a value that would print as
/// 0.000 or 1.000 at three decimals — below 0.0005 or at 0.9995 and above, since 0.9995 rounds half
/// up to 1.000 — prints as "< 0.001" or "> 0.999", so no certainty is claimed that the model cannot give.
public enum ReportNumber {
    /// `value` rounded to `decimals` places, with a true minus sign and no "-0".
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "—" : (value > 0 ? "∞" : "−∞") }
        return FixedDecimal.printed(value, digits: decimals)
    }

    /// A probability with three decimals; values that would print as 0.000 or 1.000 print as
    /// "< 0.001" and "> 0.999" so no certainty is claimed that the model cannot give.
    /// - Parameter p: A probability.
    /// - Returns: E.g. "0.105", "< 0.001", "> 0.999".
    public static func probability(_ p: Double) -> String {
        if p < 0.0005 { return "< 0.001" }
        if p >= 0.9995 { return "> 0.999" }
        return fixed(p, 3)
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

    /// A value with its unit, "42.4 mm", "17.4 %", or the number alone for an empty unit.
    /// - Parameters:
    ///   - value: The value.
    ///   - unit: The printed unit.
    ///   - decimals: Decimal places.
    /// - Returns: The text.
    public static func value(_ value: Double, unit: String, decimals: Int) -> String {
        unit.isEmpty ? fixed(value, decimals) : "\(fixed(value, decimals)) \(unit)"
    }

    /// A range with an en dash and its unit, "0–70 %", or the range alone for an empty unit.
    /// - Parameters:
    ///   - lower: The start.
    ///   - upper: The end.
    ///   - unit: The printed unit.
    ///   - decimals: Decimal places of both ends.
    /// - Returns: The text.
    public static func range(_ lower: Double, _ upper: Double, unit: String, decimals: Int) -> String {
        let body = "\(fixed(lower, decimals))–\(fixed(upper, decimals))"
        return unit.isEmpty ? body : "\(body) \(unit)"
    }

    /// A probability as a percentage with one decimal ("10.5 %"), bounded like `probability`.
    public static func percent(_ p: Double) -> String {
        if p < 0.0005 { return "< 0.1 %" }
        if p >= 0.9995 { return "> 99.9 %" }
        return fixed(p * 100, 1) + " %"
    }

    /// A signed percentage change ("+12.0 %", "−30.0 %", "0.0 %").
    public static func change(_ percent: Double) -> String {
        let t = fixed(percent, 1)
        return (percent > 0 && t != "0.0" ? "+" : "") + t + " %"
    }

    /// A measured value with as many decimals as needed up to `maxDecimals`, at least one (17.42, 42.4, 100.0).
    public static func measured(_ value: Double, maxDecimals: Int = 2) -> String {
        var t = fixed(value, maxDecimals)
        if t.contains(".") {
            while t.hasSuffix("0") { t.removeLast() }
            if t.hasSuffix(".") { t += "0" }
        }
        return t
    }

    /// The shortest form with at most `maxDecimals` decimals: 0.05 → "0.05", 0.1 → "0.1", 0.5 → "0.5", 2 → "2".
    /// - Parameters:
    ///   - value: The number.
    ///   - maxDecimals: Most decimals printed.
    /// - Returns: The trimmed text.
    public static func shortest(_ value: Double, maxDecimals: Int) -> String {
        var t = fixed(value, maxDecimals)
        guard t.contains(".") else { return t }
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }

    /// The shortest form with at most `maxDecimals` decimals and an ASCII hyphen-minus, for a number a
    /// message quotes to the user, who may copy it into a case file: 200, 0.5, 17.4, -1024.
    ///
    /// Rounded as every printed number is (half up from the shortest round-tripping decimal), positional
    /// at every magnitude (1e20 prints all 21 digits), and never "-0".
    /// - Parameters:
    ///   - value: The number.
    ///   - maxDecimals: Most decimals printed (two unless the quantity needs more).
    /// - Returns: The trimmed text.
    public static func plainShortest(_ value: Double, maxDecimals: Int = 2) -> String {
        let text = shortest(value, maxDecimals: maxDecimals)
        return text.hasPrefix("\u{2212}") ? "-" + text.dropFirst() : text
    }

    /// A limit as a message states it ("must be a number from 15 to 40", "the possible range
    /// -1024–3071 HU"): like `plainShortest` with all its decimals up to six, since a rounded limit
    /// would state a different range.
    /// - Parameter value: The limit, a constant with few decimals.
    /// - Returns: The text.
    public static func limit(_ value: Double) -> String {
        plainShortest(value, maxDecimals: 6)
    }
}
