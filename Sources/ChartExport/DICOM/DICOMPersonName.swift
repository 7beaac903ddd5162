import Foundation

/// A name as written in a case ("Family, Given") in DICOM's PN form (`Family^Given`).
enum DICOMPersonName {
    /// Converts `written`: the text before the first comma is the family name, the rest the given
    /// name(s); a name without a comma is kept whole as the family name (it is not guessed apart).
    /// - Parameters:
    ///   - written: the name from the case.
    ///   - field: the case field, for the error.
    /// - Throws: `ChartExportError.unrepresentable` when the name holds `^`, `=` or `\`, which PN
    ///   uses as delimiters.
    static func encode(_ written: String, field: String) throws -> String {
        if let delimiter = written.first(where: { "^=\\".contains($0) }) {
            throw ChartExportError.unrepresentable(format: "DICOM", field: field,
                                                   reason: "the name contains \"\(delimiter)\", which DICOM uses to separate the parts of a name; write it as \"Family, Given\"")
        }
        guard let comma = written.firstIndex(of: ",") else { return written.trimmingCharacters(in: .whitespacesAndNewlines) }
        let family = written[..<comma].trimmingCharacters(in: .whitespacesAndNewlines)
        let given = written[written.index(after: comma)...].trimmingCharacters(in: .whitespacesAndNewlines)
        return given.isEmpty ? family : family + "^" + given
    }
}
