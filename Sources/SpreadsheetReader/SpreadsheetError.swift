import CaseReader

/// A problem that keeps a whole workbook or CSV file (or one of its sheets) from being read.
///
/// `description` is a sentence naming the file and, where there is one, the sheet and cell:
/// `cases.xlsx: the workbook has no sheet named "lesions" (its sheets are Sheet1, Tabelle2)`.
public struct SpreadsheetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for programs; the sentence is in `message`.
    public enum Kind: String, Sendable, Hashable {
        /// The file could not be opened or read.
        case unreadableFile
        /// Not a workbook: not a ZIP, or a ZIP without the parts of an .xlsx workbook.
        case notAWorkbook
        /// Larger than a limit (file, unpacked part, rows, columns, shared strings).
        case limitExceeded
        /// An XML part that is malformed or declares a document type (entity expansion).
        case malformedPart
        /// A required sheet or column is missing, or a header is unknown.
        case layout
        /// The column map (`--columns`) cannot be used.
        case columnMap
        /// Text that is not UTF-8 (CSV).
        case invalidEncoding
    }

    /// The file path as given.
    public var source: String
    public var kind: Kind
    /// The sheet and cell, e.g. `lesions!B1`, when the problem has one.
    public var cell: String?
    /// A sentence for the coordinator, without the file name.
    public var message: String

    /// Creates an error.
    /// - Parameters:
    ///   - source: The file path as given.
    ///   - kind: The category.
    ///   - cell: The sheet and cell, when there is one.
    ///   - message: The sentence.
    public init(source: String, kind: Kind, cell: String? = nil, message: String) {
        self.source = source
        self.kind = kind
        self.cell = cell
        self.message = message
    }

    /// `source: cell: message`, the cell left out when there is none.
    public var description: String {
        cell.map { "\(source): \($0): \(message)" } ?? "\(source): \(message)"
    }

    /// The same problem as a `CaseReadError`, so that batch commands list it with the others.
    var caseReadError: CaseReadError {
        let kind: CaseReadError.Kind = switch self.kind {
        case .unreadableFile: .unreadableFile
        case .limitExceeded: .limitExceeded
        case .invalidEncoding: .invalidEncoding
        case .notAWorkbook, .malformedPart: .syntax
        case .layout, .columnMap: .unknownKey
        }
        return CaseReadError(source: source, line: nil, keyPath: "", kind: kind, message: message, cell: cell)
    }
}
