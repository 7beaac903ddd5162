import Formatting
import Statistics

extension NiceTicks {
    /// The labels of `values`, printed with `fractionDigits` decimals.
    public var labels: [String] { values.map { Self.format($0, fractionDigits: fractionDigits) } }

    /// Formats a tick value as every printed number is (`ReportNumber.fixed`), never "−0".
    /// - Parameters:
    ///   - value: The number.
    ///   - fractionDigits: Decimal places.
    /// - Returns: E.g. "0.25", "40", "−1.5" (with a true minus sign U+2212).
    public static func format(_ value: Double, fractionDigits: Int) -> String {
        ReportNumber.fixed(value, fractionDigits)
    }
}
