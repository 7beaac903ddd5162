import CaseReader
import Foundation
import SpreadsheetReader

/// Where a batch's inputs come from besides the files named: the centre's column map for
/// spreadsheets.
public struct InputSources: Sendable {
    /// Sheet, column and value names of the centre's workbooks (`--columns`).
    public var columnMap: ColumnMap

    /// Creates the sources.
    /// - Parameter columnMap: The centre's names; default: the README's layout.
    public init(columnMap: ColumnMap = ColumnMap()) {
        self.columnMap = columnMap
    }
}

/// Reads every kind of input file a batch names: YAML/JSON case files, and workbooks (.xlsx) and
/// CSV files with the spreadsheet reader, which checks each patient with the same case reader.
public struct CaseInputReader: Sendable {
    /// The configured case reader (required model inputs, limits).
    public let caseReader: CaseFileReader
    public let spreadsheetReader: SpreadsheetReader

    /// Creates a reader.
    /// - Parameters:
    ///   - caseReader: The configured case reader.
    ///   - sources: The column map.
    public init(caseReader: CaseFileReader, sources: InputSources = InputSources()) {
        self.caseReader = caseReader
        spreadsheetReader = SpreadsheetReader(caseReader: caseReader, columnMap: sources.columnMap)
    }

    /// Reads one file, by its extension: `.xlsx`/`.csv` as a spreadsheet, anything else as a case file.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - url: The file.
    ///   - sourceName: The name used in errors.
    /// - Returns: The cases and errors.
    func read(data: Data, url: URL, sourceName: String) -> CaseFileResult {
        if SpreadsheetReader.reads(url.path) {
            return spreadsheetReader.read(data: data, sourceName: sourceName, url: url)
        }
        return caseReader.read(data: data, sourceName: sourceName)
    }

    /// Largest file read for `url`'s kind.
    func maxFileBytes(_ url: URL) -> Int {
        SpreadsheetReader.reads(url.path) ? spreadsheetReader.limits.maxFileBytes : caseReader.limits.maxFileBytes
    }

    /// Reads a file that is too large or unreadable, for its sentence.
    func readRefused(_ url: URL, sourceName: String) -> CaseFileResult {
        if SpreadsheetReader.reads(url.path) { return spreadsheetReader.reading(contentsOf: url, sourceName: sourceName).result }
        return caseReader.read(contentsOf: url)
    }
}
