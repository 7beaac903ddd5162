/// Why a dose report cannot be used: a sentence naming the file.
///
/// `description`: `dose/ct-0042.dcm: the dose report cannot be read: it is not a DICOM file (…)`.
public struct DoseReportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as given (or as named by the case).
    public var source: String
    /// The sentence, without the file name.
    public var message: String

    /// Creates an error.
    /// - Parameters:
    ///   - source: The file.
    ///   - message: The sentence.
    public init(source: String, message: String) {
        self.source = source
        self.message = message
    }

    public var description: String { "\(source): \(message)" }
}
