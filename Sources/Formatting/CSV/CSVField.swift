import Foundation

/// One field of an RFC 4180 CSV record, as every CSV the tool writes quotes it.
public enum CSVField {
    /// The field as written: in double quotes, inner quotes doubled, when it holds a comma, a quote or a
    /// line break; otherwise unchanged.
    ///
    /// Looks at Unicode scalars, not `Character`s: in Swift `"\r\n"` is one `Character` that equals
    /// neither `"\r"` nor `"\n"`.
    /// - Parameter field: The field's text.
    /// - Returns: The text to put between the commas.
    public static func quoted(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
