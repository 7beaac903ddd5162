import Charts
import Foundation

/// How numbers are printed on reports and in the `score` table — one place, so the printout and
/// the command line always show the same digits for the same value.
public enum ReportNumber {
    /// `value` rounded to `decimals` places, with a true minus sign and no "-0".
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "—" : (value > 0 ? "∞" : "−∞") }
        return FixedDecimal.printed(value, digits: decimals)
    }

    /// A probability with three decimals; values that would print as 0.000 or 1.000 print as
    /// "< 0.001" and "> 0.999" so no certainty is claimed that the model cannot give.
    public static func probability(_ p: Double) -> String {
        if p < 0.0005 { return "< 0.001" }
        if p >= 0.9995 { return "> 0.999" }
        return fixed(p, 3)
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

    /// A measured value with as many decimals as needed up to `maxDecimals` (17.42, 42.4, 100.0).
    public static func measured(_ value: Double, maxDecimals: Int = 2) -> String {
        var t = fixed(value, maxDecimals)
        if t.contains(".") {
            while t.hasSuffix("0") { t.removeLast() }
            if t.hasSuffix(".") { t += "0" }
        }
        return t
    }
}
