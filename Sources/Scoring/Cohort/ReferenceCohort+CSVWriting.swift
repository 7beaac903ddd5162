import Formatting
import Foundation

extension ReferenceCohort {
    /// The cohort as CSV that `init(csvText:path:)` reads back unchanged: the required header, then the
    /// extra columns; LF line ends; fields quoted per RFC 4180 only when needed.
    /// - Parameter decimals: Digits after the point for every value; `nil` writes the shortest text
    ///   that reads back as the same `Double` (`PlainDecimal.exactText`, so 12.0 as `12`).
    /// - Returns: The document, ending with a line break. O(n).
    public func csvText(decimals: Int? = nil) -> String {
        let format: (Double) -> String = { value in
            guard let decimals else { return PlainDecimal.exactText(value) }
            return FixedDecimal.plain(value, digits: decimals)
        }
        var lines = [(Self.requiredCSVColumns + extraColumns).map(CSVField.quoted).joined(separator: ",")]
        for lesion in lesions {
            let fields = [lesion.id, lesion.label.rawValue]
                + [lesion.sizeMm, lesion.nicApPercent, lesion.psMlMin100g].map(format)
                + extraColumns.map { lesion.extras[$0].map(format) ?? "" }
            lines.append(fields.map(CSVField.quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
