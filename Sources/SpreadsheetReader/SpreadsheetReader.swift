import CaseReader
import ClinicalModel
import Formatting
import Foundation

/// Reads a coordinator's workbook (.xlsx) or CSV file into cases, checked by the case reader with
/// the same rules and sentences as case files; errors name the sheet and cell.
///
/// Layout (README, "Spreadsheet in"): a sheet `lesions` with one row per target lesion, an
/// optional `followup` and `dose` sheet; a `ColumnMap` renames sheets, columns and values. A CSV
/// file is the lesions sheet; `…followup.csv` and `…dose.csv` beside a `…lesions.csv` are read
/// with it. A patient with a bad row fails alone: every other patient is still read.
///
/// ```swift
/// let result = SpreadsheetReader().read(contentsOf: URL(fileURLWithPath: "board.xlsx"))
/// for error in result.errors { print(error) }  // board.xlsx: lesions!I7 (size_mm): expected a number in mm, found "4,2 cm"
/// ```
public struct SpreadsheetReader: Sendable {
    /// The case reader whose rules check every patient.
    public var caseReader: CaseFileReader
    public var limits: SpreadsheetLimits
    public var columnMap: ColumnMap

    /// Creates a reader.
    /// - Parameters:
    ///   - caseReader: The configured case reader (required model inputs, error cap).
    ///   - limits: Size limits for workbooks and CSV files.
    ///   - columnMap: The centre's sheet, column and value names; default: the README's layout.
    public init(caseReader: CaseFileReader = CaseFileReader(), limits: SpreadsheetLimits = SpreadsheetLimits(),
                columnMap: ColumnMap = ColumnMap()) {
        self.caseReader = caseReader
        self.limits = limits
        self.columnMap = columnMap
    }

    /// Whether the file is read by this reader: `.xlsx` or `.csv` (any letter case).
    /// - Parameter path: A file name or path.
    public static func reads(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".xlsx") || lower.hasSuffix(".csv")
    }

    /// What a workbook yields: the result (valid cases and errors) and, for each valid case, its tree.
    public struct Reading: Sendable {
        public var result: CaseFileResult
        /// The trees of `result.cases`, in the same order (for writing case files).
        public var documents: [CaseDocument]
    }

    /// Reads the file at `url`; its size is checked before it is loaded.
    /// - Parameter url: A file URL; errors name it by `url.relativePath`.
    /// - Returns: The valid cases and every error; never throws.
    public func read(contentsOf url: URL) -> CaseFileResult {
        reading(contentsOf: url, sourceName: url.relativePath).result
    }

    /// Reads the file at `url` and keeps the tree of every valid case.
    /// - Parameters:
    ///   - url: A workbook or CSV file.
    ///   - sourceName: The name used in errors.
    /// - Returns: The reading; never throws.
    public func reading(contentsOf url: URL, sourceName: String) -> Reading {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if attributes?[.type] as? FileAttributeType == .typeDirectory {
            return failure(SpreadsheetError(source: sourceName, kind: .unreadableFile, message: "this is a folder, not a workbook"))
        }
        if let size = attributes?[.size] as? Int, size > limits.maxFileBytes {
            return failure(SpreadsheetError(source: sourceName, kind: .limitExceeded,
                                            message: "the file is \(ByteCount.text(size)), larger than the \(ByteCount.text(limits.maxFileBytes)) limit for a workbook; is it really the coordinator's sheet?"))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            let reason = FileManager.default.fileExists(atPath: url.path) ? "the file cannot be read (permission denied?)" : "no such file"
            return failure(SpreadsheetError(source: sourceName, kind: .unreadableFile, message: reason))
        }
        return reading(data: data, sourceName: sourceName, url: url)
    }

    /// Reads workbook or CSV bytes.
    /// - Parameters:
    ///   - data: The file's content.
    ///   - sourceName: The name used in errors; its extension says .xlsx or .csv (else the bytes: a ZIP is a workbook).
    ///   - url: Where the file is, to find a CSV file's follow-up and dose files beside it; `nil` reads the one file.
    /// - Returns: The reading; never throws.
    public func reading(data: Data, sourceName: String, url: URL? = nil) -> Reading {
        do {
            let sheets = try tables(data: data, sourceName: sourceName, url: url)
            return build(sheets, source: sourceName)
        } catch {
            return failure(error)
        }
    }

    /// Reads workbook or CSV bytes; see `reading(data:sourceName:url:)`.
    public func read(data: Data, sourceName: String, url: URL? = nil) -> CaseFileResult {
        reading(data: data, sourceName: sourceName, url: url).result
    }

    private func failure(_ error: SpreadsheetError) -> Reading {
        Reading(result: CaseFileResult(source: error.source, cases: [], errors: [error.caseReadError], entryCount: 0), documents: [])
    }

    /// The lesions, follow-up and dose tables of the file.
    private func tables(data: Data, sourceName: String, url: URL?) throws(SpreadsheetError) -> [SheetKind: SheetTable] {
        let isZip = data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        let lower = sourceName.lowercased()
        if lower.hasSuffix(".xlsx") || (!lower.hasSuffix(".csv") && isZip) {
            let workbook = try XLSXWorkbook(data: data, source: sourceName, limits: limits)
            var tables: [SheetKind: SheetTable] = [:]
            for kind in SheetKind.allCases {
                tables[kind] = try workbook.sheet(named: columnMap.sheetName(kind))
            }
            if tables[.lesions] == nil {
                throw SpreadsheetError(source: sourceName, kind: .layout,
                                       message: "the workbook has no sheet named \"\(columnMap.sheetName(.lesions))\" (its sheets are \(workbook.sheets.map(\.name).joined(separator: ", "))); name the sheet with one row per lesion \"\(columnMap.sheetName(.lesions))\", or map it in the column map (--columns)")
            }
            return tables
        }
        if isZip || lower.hasSuffix(".xls") {
            throw SpreadsheetError(source: sourceName, kind: .notAWorkbook, message: "the file is a workbook but not named .xlsx; rename it")
        }
        return try csvTables(data: data, sourceName: sourceName, url: url)
    }

    /// A CSV file is the lesions sheet; `<stem>followup.csv` and `<stem>dose.csv` beside `<stem>lesions.csv` join it.
    private func csvTables(data: Data, sourceName: String, url: URL?) throws(SpreadsheetError) -> [SheetKind: SheetTable] {
        let fileName = (sourceName as NSString).lastPathComponent
        let stem = (fileName as NSString).deletingPathExtension
        for kind in [SheetKind.followup, .dose] where stem.lowercased().hasSuffix(columnMap.sheetName(kind).lowercased()) {
            throw SpreadsheetError(source: sourceName, kind: .layout,
                                   message: "this is the \(kind.rawValue) file; name the lesions file (…\(columnMap.sheetName(.lesions)).csv) instead: the \(kind.rawValue) file beside it is read with it")
        }
        var tables: [SheetKind: SheetTable] = [.lesions: try CSVSheet.read(data, sheetName: columnMap.sheetName(.lesions), source: sourceName, limits: limits)]
        let lesionsName = columnMap.sheetName(.lesions)
        guard let url, stem.lowercased().hasSuffix(lesionsName.lowercased()) else { return tables }
        let prefix = String(stem.dropLast(lesionsName.count))
        for kind in [SheetKind.followup, .dose] {
            let siblingName = prefix + columnMap.sheetName(kind) + "." + url.pathExtension
            let sibling = url.deletingLastPathComponent().appendingPathComponent(siblingName)
            let siblingSource = ((sourceName as NSString).deletingLastPathComponent as NSString).appendingPathComponent(siblingName)
            guard FileManager.default.fileExists(atPath: sibling.path) else { continue }
            if let size = (try? FileManager.default.attributesOfItem(atPath: sibling.path))?[.size] as? Int, size > limits.maxFileBytes {
                throw SpreadsheetError(source: siblingSource, kind: .limitExceeded, message: "the file is larger than the \(ByteCount.text(limits.maxFileBytes)) limit for a sheet")
            }
            guard let siblingData = FileManager.default.contents(atPath: sibling.path) else {
                throw SpreadsheetError(source: siblingSource, kind: .unreadableFile, message: "the file cannot be read")
            }
            tables[kind] = try CSVSheet.read(siblingData, sheetName: columnMap.sheetName(kind), source: siblingSource, limits: limits)
        }
        return tables
    }

    /// Groups rows into patients, decodes each with the case reader and names cells in its errors.
    private func build(_ tables: [SheetKind: SheetTable], source: String) -> Reading {
        var layouts: [SheetKind: (SheetTable, SheetLayout)] = [:]
        var layoutErrors: [CaseReadError] = []
        for (kind, table) in tables.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            do {
                layouts[kind] = (table, try SheetLayout(table, kind: kind, map: columnMap, source: source))
            } catch {
                layoutErrors.append(error.caseReadError)
            }
        }
        guard layoutErrors.isEmpty, let lesions = layouts[.lesions] else {
            return Reading(result: CaseFileResult(source: source, cases: [], errors: layoutErrors, entryCount: 0), documents: [])
        }
        var builder = SheetCaseBuilder(source: source, map: columnMap)
        let patients = builder.patients(lesions: lesions, followup: layouts[.followup], dose: layouts[.dose])
        if patients.isEmpty && builder.strayErrors.isEmpty {
            let error = CaseReadError(source: source, line: nil, keyPath: "", kind: .emptyFile,
                                      message: "the sheet \"\(lesions.1.sheetName)\" has a header but no rows; fill in one row per target lesion")
            return Reading(result: CaseFileResult(source: source, cases: [], errors: [error], entryCount: 0), documents: [])
        }
        let places = builder.places
        let placeNames = places.map(\.name)
        let sheetLayouts = Dictionary(uniqueKeysWithValues: layouts.values.map { ($0.1.sheetName, $0.1) })
        /// `lesions!I7 (size_mm)` for a tree line and key path: the cell, or the row and the column the key path names.
        func cell(line: Int?, keyPath: String) -> String? {
            guard let line, places.indices.contains(line - 1) else { return nil }
            var place = places[line - 1]
            if place.column == nil { place.column = sheetLayouts[place.sheet]?.column(forKeyPath: keyPath) }
            let field = keyPath.range(of: "].", options: .backwards).map { String(keyPath[$0.upperBound...]) } ?? keyPath
            return place.described(field: field.isEmpty ? nil : field)
        }
        func locate(_ error: CaseReadError, patient: String) -> CaseReadError {
            guard error.cell == nil else { return error }
            var located = error
            located.line = nil
            located.cell = cell(line: error.line, keyPath: error.keyPath) ?? "patient \(patient)"
            return located
        }
        var cases: [PatientCase] = []
        var documents: [CaseDocument] = []
        var errors = builder.strayErrors
        for patient in patients {
            var document = patient.document
            document.placeNames = placeNames
            let result = caseReader.read(documents: [document], source: source)
            errors += (patient.errors + result.errors).map { locate($0, patient: patient.id) }
            guard patient.errors.isEmpty, var patientCase = result.cases.first else { continue }
            // A warning names the cell (`lesions!J3 (nic_ap_percent)`) where the case file would give the key path.
            patientCase.readWarnings = patientCase.readWarnings.map { warning in
                var warning = warning
                if let cell = cell(line: warning.line, keyPath: warning.keyPath) { warning.keyPath = cell }
                warning.line = nil
                return warning
            }
            cases.append(patientCase)
            documents.append(document)
        }
        let entryCount = patients.count + builder.strayErrors.count
        return Reading(result: CaseFileResult(source: source, cases: cases, errors: errors, entryCount: entryCount), documents: documents)
    }
}
