import CaseReader
import ClinicalModel
import DoseReportReader
import Foundation
import SpreadsheetReader

/// Where a batch's inputs come from besides the files named: the centre's column map for
/// spreadsheets and dose reports, and the folder of scanners' dose reports.
public struct InputSources: Sendable {
    /// Sheet, column and value names of the centre's workbooks, and its protocol rules (`--columns`).
    public var columnMap: ColumnMap
    /// The dose reports of `--dose-reports DIR`, matched to cases by patient ID and study date.
    public var doseReports: DoseReportIndex?

    /// Creates the sources.
    /// - Parameters:
    ///   - columnMap: The centre's names; default: the README's layout.
    ///   - doseReports: The folder's dose reports, if one was named.
    public init(columnMap: ColumnMap = ColumnMap(), doseReports: DoseReportIndex? = nil) {
        self.columnMap = columnMap
        self.doseReports = doseReports
    }

    /// Files of the dose-report folder that could not be read, each a sentence naming the file.
    public var problems: [CaseReadError] { doseReports?.problems ?? [] }
}

/// Reads every kind of input file a batch names: YAML/JSON case files, and workbooks (.xlsx) and
/// CSV files with the spreadsheet reader, which checks each patient with the same case reader.
public struct CaseInputReader: Sendable {
    /// The configured case reader (required model inputs, limits).
    public let caseReader: CaseFileReader
    public let spreadsheetReader: SpreadsheetReader
    let doseReports: DoseReportIndex?
    let doseKindRules: DoseKindRules

    /// Creates a reader.
    /// - Parameters:
    ///   - caseReader: The configured case reader.
    ///   - sources: The column map.
    public init(caseReader: CaseFileReader, sources: InputSources = InputSources()) {
        self.caseReader = caseReader
        spreadsheetReader = SpreadsheetReader(caseReader: caseReader, columnMap: sources.columnMap)
        doseReports = sources.doseReports
        doseKindRules = DoseKindRules(siteRules: sources.columnMap.protocolKinds)
    }

    /// Reads one file, by its extension: `.xlsx`/`.csv` as a spreadsheet, anything else as a case file.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - url: The file.
    ///   - sourceName: The name used in errors.
    /// - Returns: The cases and errors.
    func read(data: Data, url: URL, sourceName: String) -> CaseFileResult {
        let result = SpreadsheetReader.reads(url.path)
            ? spreadsheetReader.read(data: data, sourceName: sourceName, url: url)
            : caseReader.read(data: data, sourceName: sourceName)
        return attachDoseReports(result, folder: url.deletingLastPathComponent())
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
