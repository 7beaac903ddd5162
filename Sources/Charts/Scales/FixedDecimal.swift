import CFixedPoint
import Foundation

/// A number with a fixed count of decimals, exactly as C's "%.Nf" prints it.
///
/// The digits are glibc's (correctly rounded from the binary value, ties to even) but computed
/// with 128-bit integers in CFixedPoint instead of Foundation's `String(format:)`, which was 3 %
/// of a report's rendering; values it declines (non-finite, |v| ≥ 2^53, more than 18 decimals)
/// go to `String(format:)`.
public enum FixedDecimal {
    /// `value` with `digits` decimals and an ASCII minus sign ("-0.00" for small negatives, as C).
    /// - Parameters:
    ///   - value: the number.
    ///   - digits: decimals after the point (0...18 take the fast path).
    /// - Returns: the text.
    public static func format(_ value: Double, digits: Int) -> String {
        let digits = max(0, digits)
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 48) { buffer in
            let length = hcc_format_fixed(buffer.baseAddress, 48, value, Int32(clamping: digits))
            guard length >= 0, length < 48 else { return String(format: "%.\(digits)f", value) }
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(length)), as: UTF8.self)
        }
    }

    /// `value` with `digits` decimals as printed on charts and reports: a true minus sign
    /// (U+2212), and no sign on a value that rounds to zero ("0.00", never "−0.00").
    /// - Parameters:
    ///   - value: the number.
    ///   - digits: decimals after the point.
    /// - Returns: the text.
    public static func printed(_ value: Double, digits: Int) -> String {
        let text = format(value, digits: digits)
        guard text.hasPrefix("-") else { return text }
        let body = text.dropFirst()
        return body.allSatisfy({ $0 == "0" || $0 == "." }) ? String(body) : "\u{2212}" + body
    }
}
