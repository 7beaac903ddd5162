import Foundation

extension ReferenceCohort {
    /// The cohort as CSV that `init(csvText:path:)` reads back unchanged: the required header, then the
    /// extra columns; LF line ends; fields quoted per RFC 4180 only when needed.
    /// - Parameter decimals: Digits after the point for every value; `nil` writes the shortest text
    ///   that reads back as the same `Double`.
    /// - Returns: The document, ending with a line break. O(n).
    public func csvText(decimals: Int? = nil) -> String {
        let format: (Double) -> String = { value in
            guard let decimals else { return "\(value)" }
            return FixedDecimal.format(value, decimals: decimals)
        }
        var lines = [(Self.requiredCSVColumns + extraColumns).map(CSVField.escape).joined(separator: ",")]
        for lesion in lesions {
            let fields = [lesion.id, lesion.label.rawValue]
                + [lesion.sizeMm, lesion.nicApPercent, lesion.psMlMin100g].map(format)
                + extraColumns.map { lesion.extras[$0].map(format) ?? "" }
            lines.append(fields.map(CSVField.escape).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// RFC 4180 quoting of one field.
enum CSVField {
    /// The field, in double quotes with inner quotes doubled when it holds a comma, quote or line break.
    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Fixed-point text of a number without Foundation's locale-dependent formatting.
enum FixedDecimal {
    /// `value` rounded half away from zero to `decimals` digits, e.g. 33.4 → "33.40".
    static func format(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let units = Int64((abs(value) * scale).rounded(.toNearestOrAwayFromZero))
        let sign = value < 0 && units != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(units) }
        let whole = units / Int64(scale), fraction = String(units % Int64(scale))
        return sign + String(whole) + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}
