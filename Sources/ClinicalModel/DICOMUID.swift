/// A DICOM unique identifier (PS3.5 §9.1): components of decimal digits separated by dots, no
/// leading zero in a component (except the component `0` itself), at most 64 characters.
///
/// Used for a study's Study Instance UID in a case file and for the identifiers of the chart
/// documents the tool writes.
public struct DICOMUID: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The UID's text, e.g. `1.2.840.10008.5.1.4.1.1.104.1`.
    public let value: String

    /// The longest UID DICOM allows.
    public static let maximumLength = 64

    /// Checks `text` against the UID syntax.
    /// - Parameter text: the candidate UID.
    /// - Throws: `DICOMUID.SyntaxError` saying what is wrong, in a sentence.
    public init(validating text: String) throws {
        if let problem = Self.problem(in: text, maximumLength: Self.maximumLength) { throw SyntaxError(reason: problem) }
        value = text
    }

    /// Creates a UID, or `nil` when `text` is not one.
    public init?(_ text: String) {
        guard (try? Self(validating: text)) != nil else { return nil }
        value = text
    }

    public var description: String { value }

    /// What makes `text` not a UID of at most `maximumLength` characters, or `nil` when it is one.
    /// - Returns: a phrase such as "the component \"01\" starts with a zero".
    public static func problem(in text: String, maximumLength: Int) -> String? {
        if text.isEmpty { return "it is empty" }
        if text.utf8.count > maximumLength { return "it has \(text.utf8.count) characters, more than the \(maximumLength) DICOM allows" }
        if let bad = text.first(where: { !($0.isASCII && ($0.isNumber || $0 == ".")) }) {
            return "it contains \"\(bad)\"; a UID holds only digits and dots"
        }
        for component in text.split(separator: ".", omittingEmptySubsequences: false) {
            if component.isEmpty { return "it has an empty component (two dots in a row, or a dot at either end)" }
            if component.count > 1 && component.first == "0" { return "the component \"\(component)\" starts with a zero" }
        }
        return nil
    }

    /// A UID that is not valid, with the reason.
    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        public let reason: String
        public var description: String { "not a DICOM UID: \(reason)" }
    }
}
