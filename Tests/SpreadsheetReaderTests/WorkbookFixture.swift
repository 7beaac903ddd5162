import CaseReader
import Foundation
import SpreadsheetReader
import TestSupport

/// The committed test workbooks (made by `Fixtures/make_workbooks.py`).
enum WorkbookFixture {
    static let folder = FixtureFolder("SpreadsheetReaderTests").directory

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// Reads a fixture, naming it by its file name in errors.
    static func read(_ name: String, map: ColumnMap = ColumnMap(), reader: CaseFileReader = CaseFileReader()) -> CaseFileResult {
        let spreadsheetReader = SpreadsheetReader(caseReader: reader, columnMap: map)
        return spreadsheetReader.reading(contentsOf: url(name), sourceName: name).result
    }

    /// Every error's sentence.
    static func lines(_ result: CaseFileResult) -> [String] { result.errors.map(\.description) }
}
