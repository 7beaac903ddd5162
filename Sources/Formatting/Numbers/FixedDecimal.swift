import CFixedPoint
import Foundation

/// A number with a fixed count of decimals: exactly as C's "%.Nf" prints it (`format`, for
/// machine output such as PDF coordinates), or as a reader expects it (`printed`, for everything a
/// person reads, and `plain`, the same digits with an ASCII minus for files a program reads back).
///
/// `printed` is the tool's one rounding rule for numbers people see: half up from the shortest
/// decimal that round-trips the double. `ReportNumber` builds every printed quantity on it.
///
/// The digits are glibc's (correctly rounded from the binary value, ties to even) but computed
/// with 128-bit integers in CFixedPoint instead of Foundation's `String(format:)`, which is much
/// slower on a path that formats every coordinate; values it declines (non-finite, |v| ≥ 2^53, more
/// than 18 decimals) go to `String(format:)`.
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

    /// `value` with `digits` decimals as printed on charts and reports: rounded half up (away from
    /// zero) from the shortest decimal that round-trips the double — the number a reader sees in the
    /// input — so 1033 × 0.015 = 15.495 (binary 15.49499…) prints 15.50, as a hand calculation does
    /// (C's "%.2f" rounds the binary value and gives 15.49); a true minus sign (U+2212), and no sign
    /// on a value that rounds to zero ("0.00", never "−0.00").
    /// - Parameters:
    ///   - value: the number.
    ///   - digits: decimals after the point.
    /// - Returns: the text.
    public static func printed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return format(value, digits: digits) }
        let digits = max(0, digits)
        // Shortest round-trip form: "15.495", "1e-05", "1.5e+20", "0.0".
        var mantissa: [UInt8] = []
        var point: Int?
        var exponent = 0
        var text = abs(value).description.utf8[...]
        if let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") }) {
            exponent = Int(String(decoding: text[text.index(after: e)...], as: UTF8.self)) ?? 0
            text = text[..<e]
        }
        for byte in text {
            if byte == UInt8(ascii: ".") { point = mantissa.count } else { mantissa.append(byte &- UInt8(ascii: "0")) }
        }
        // value = 0.d₁d₂… × 10^integerDigits
        var integerDigits = (point ?? mantissa.count) + exponent
        if integerDigits < 1 {
            mantissa.insert(contentsOf: repeatElement(0, count: 1 - integerDigits), at: 0)
            integerDigits = 1
        }
        let keep = integerDigits + digits
        var kept = Array(mantissa.prefix(keep))
        if kept.count < keep { kept.append(contentsOf: repeatElement(0, count: keep - kept.count)) }
        if keep < mantissa.count, mantissa[keep] >= 5 {
            var i = kept.count - 1
            while i >= 0 {
                if kept[i] == 9 { kept[i] = 0; i -= 1 } else { kept[i] += 1; break }
            }
            if i < 0 { kept.insert(1, at: 0); integerDigits += 1 }
        }
        var integerPart = kept[..<integerDigits].drop { $0 == 0 }
        if integerPart.isEmpty { integerPart = [0] }
        var out = ""
        out.reserveCapacity(kept.count + 4)
        if value < 0, kept.contains(where: { $0 != 0 }) { out.append("\u{2212}") }
        for d in integerPart { out.unicodeScalars.append(Unicode.Scalar(d + 48)) }
        if digits > 0 {
            out.append(".")
            for d in kept[integerDigits...] { out.unicodeScalars.append(Unicode.Scalar(d + 48)) }
        }
        return out
    }

    /// `value` with `digits` decimals rounded as `printed` rounds, with an ASCII hyphen-minus ("-1.50")
    /// for text a program reads back (CSV files); "0.00", never "-0.00".
    /// - Parameters:
    ///   - value: The number.
    ///   - digits: Decimals after the point.
    /// - Returns: The text.
    public static func plain(_ value: Double, digits: Int) -> String {
        let text = printed(value, digits: digits)
        return text.hasPrefix("\u{2212}") ? "-" + text.dropFirst() : text
    }
}
