import ClinicalModel
import Formatting
import Foundation

/// The sheets of an .xlsx workbook (Office Open XML SpreadsheetML: a ZIP of XML parts).
///
/// `ZIPArchive` (libdeflate) unpacks the parts, Foundation's `XMLParser` reads them. Reads shared and inline
/// strings, numbers, booleans, error values, formula results (the cached value), dates (the 1900
/// and 1904 date systems, date-formatted cells via styles.xml) and merged cells. Every part is
/// checked against `SpreadsheetLimits.maxPartBytes` before it is unpacked (the declared size) and
/// unpacked into a buffer of its declared size, so a zip bomb stops at the limit.
struct XLSXWorkbook {
    let source: String
    let limits: SpreadsheetLimits
    private let archive: ZIPArchive
    /// Sheet names in workbook order, with their part paths.
    private(set) var sheets: [(name: String, path: String)] = []
    private var date1904 = false
    private var sharedStrings: [String] = []
    private var formats: [NumberFormat] = []

    /// Opens the workbook and reads its sheet list, shared strings and styles.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - source: The path used in errors.
    ///   - limits: Size limits.
    /// - Throws: `SpreadsheetError` when it is not a workbook or breaks a limit.
    init(data: Data, source: String, limits: SpreadsheetLimits) throws(SpreadsheetError) {
        self.source = source
        self.limits = limits
        do {
            archive = try ZIPArchive(data: data)
        } catch {
            throw SpreadsheetError(source: source, kind: .notAWorkbook,
                                   message: "the file is not an .xlsx workbook (it is not a ZIP archive); save it from the spreadsheet program as Excel Workbook (.xlsx), or export the sheet as CSV")
        }
        let workbookPath = try officeDocumentPath()
        guard let workbookData = try part(workbookPath) else {
            throw SpreadsheetError(source: source, kind: .notAWorkbook,
                                   message: "the file is a ZIP archive but not an .xlsx workbook (it has no \(workbookPath)); save it from the spreadsheet program as Excel Workbook (.xlsx)")
        }
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relationsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        let workbook = WorkbookHandler()
        try XMLPart.parse(workbookData, path: workbookPath, source: source, into: workbook)
        date1904 = workbook.date1904
        var targets: [String: String] = [:]
        var sharedStringsPath = (folder.isEmpty ? "" : folder + "/") + "sharedStrings.xml"
        var stylesPath = (folder.isEmpty ? "" : folder + "/") + "styles.xml"
        if let relationsData = try part(relationsPath) {
            let relations = RelationshipsHandler()
            try XMLPart.parse(relationsData, path: relationsPath, source: source, into: relations)
            for relation in relations.relations {
                let path = Self.resolve(relation.target, in: folder)
                targets[relation.id] = path
                if relation.type.hasSuffix("/sharedStrings") { sharedStringsPath = path }
                if relation.type.hasSuffix("/styles") { stylesPath = path }
            }
        }
        sheets = workbook.sheets.compactMap { sheet in targets[sheet.relationId].map { (sheet.name, $0) } }
        if let stringsData = try part(sharedStringsPath) {
            let strings = SharedStringsHandler(source: source, limit: limits.maxSharedStrings)
            try XMLPart.parse(stringsData, path: sharedStringsPath, source: source, into: strings)
            sharedStrings = strings.strings
        }
        if let stylesData = try part(stylesPath) {
            let styles = StylesHandler()
            try XMLPart.parse(stylesData, path: stylesPath, source: source, into: styles)
            formats = styles.cellFormatIds.map { NumberFormat(id: $0, code: styles.customCodes[$0]) }
        }
    }

    /// The sheet named `name` (compared ignoring letter case and surrounding spaces), read into rows.
    /// - Returns: `nil` when the workbook has no such sheet.
    /// - Throws: `SpreadsheetError` when the sheet breaks a limit or is malformed.
    func sheet(named name: String) throws(SpreadsheetError) -> SheetTable? {
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard let entry = sheets.first(where: { $0.name.trimmingCharacters(in: .whitespaces).lowercased() == wanted }) else { return nil }
        guard let data = try part(entry.path) else {
            throw SpreadsheetError(source: source, kind: .notAWorkbook,
                                   message: "the workbook lists the sheet \"\(entry.name)\" but its part \(entry.path) is missing; save the workbook again from the spreadsheet program")
        }
        let handler = SheetHandler(source: source, sheetName: entry.name, limits: limits, sharedStrings: sharedStrings,
                                   formats: formats, date1904: date1904)
        try XMLPart.parse(data, path: entry.path, source: source, into: handler)
        return SheetTable(name: entry.name, rows: handler.rows, merges: handler.merges)
    }

    /// The workbook part named by the package's `_rels/.rels`, else `xl/workbook.xml`.
    private func officeDocumentPath() throws(SpreadsheetError) -> String {
        guard let data = try part("_rels/.rels") else { return "xl/workbook.xml" }
        let relations = RelationshipsHandler()
        try XMLPart.parse(data, path: "_rels/.rels", source: source, into: relations)
        let target = relations.relations.first { $0.type.hasSuffix("/officeDocument") }?.target
        return target.map { Self.resolve($0, in: "") } ?? "xl/workbook.xml"
    }

    /// A relationship target relative to `folder` (or absolute from the package root) as a ZIP path.
    private static func resolve(_ target: String, in folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            if component == ".." { _ = parts.popLast() } else if component != "." { parts.append(String(component)) }
        }
        return parts.joined(separator: "/")
    }

    /// The unpacked bytes of a part, or `nil` when the archive has none by that name.
    /// - Throws: `SpreadsheetError` when it unpacks to more than `maxPartBytes` or is damaged.
    private func part(_ path: String) throws(SpreadsheetError) -> Data? {
        do {
            return try archive.extract(path, limit: limits.maxPartBytes)
        } catch .tooLarge(let size) {
            throw SpreadsheetError(source: source, kind: .limitExceeded,
                                   message: "the workbook's part \(path) unpacks to \(ByteCount.text(size)), more than the \(ByteCount.text(limits.maxPartBytes)) limit for one part; a coordinator's workbook is far smaller (is it a zip bomb?)")
        } catch .damaged(let reason) {
            throw SpreadsheetError(source: source, kind: .notAWorkbook,
                                   message: "the workbook's part \(path) cannot be unpacked: \(reason); save the workbook again from the spreadsheet program")
        } catch {
            throw SpreadsheetError(source: source, kind: .notAWorkbook, message: "the workbook's part \(path) cannot be unpacked; save the workbook again from the spreadsheet program")
        }
    }

}

// MARK: - Part handlers

/// `xl/workbook.xml`: sheet names with their relationship ids, and the date system.
private final class WorkbookHandler: XMLPart.Handler {
    var sheets: [(name: String, relationId: String)] = []
    var date1904 = false

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "workbookPr":
            let value = attributes["date1904"]?.lowercased()
            date1904 = value == "1" || value == "true"
        case "sheet":
            let id = attributes.first { $0.key == "id" || $0.key.hasSuffix(":id") }?.value
            if let sheetName = attributes["name"], let id { sheets.append((sheetName, id)) }
        default: break
        }
    }
}

/// A `.rels` part: relationship id, type and target.
private final class RelationshipsHandler: XMLPart.Handler {
    var relations: [(id: String, type: String, target: String)] = []

    override func start(_ name: Substring, _ attributes: [String: String]) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
              attributes["TargetMode"] != "External" else { return }
        relations.append((id, attributes["Type"] ?? "", target))
    }
}

/// `xl/sharedStrings.xml`: the text of each `<si>`, rich-text runs joined, phonetic runs left out.
private final class SharedStringsHandler: XMLPart.Handler {
    let source: String
    let limit: Int
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0

    init(source: String, limit: Int) {
        self.source = source
        self.limit = limit
    }

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "t": inText = phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "si":
            guard strings.count < limit else {
                fail(SpreadsheetError(source: source, kind: .limitExceeded,
                                      message: "the workbook holds more than \(limit) different texts (shared strings); a coordinator's workbook holds far fewer"))
                return
            }
            strings.append(current)
        case "t": inText = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    override func text(_ text: String) {
        if inText { current += text }
    }
}

/// `xl/styles.xml`: the number format of each cell format (`cellXfs`) and the custom format codes.
private final class StylesHandler: XMLPart.Handler {
    var customCodes: [Int: String] = [:]
    var cellFormatIds: [Int] = []
    private var inCellFormats = false

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { customCodes[id] = code }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: cellFormatIds.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default: break
        }
    }

    override func end(_ name: Substring) {
        if name == "cellXfs" { inCellFormats = false }
    }
}

/// A worksheet part: rows of typed cells and the merged ranges.
private final class SheetHandler: XMLPart.Handler {
    let source: String
    let sheetName: String
    let limits: SpreadsheetLimits
    let sharedStrings: [String]
    let formats: [NumberFormat]
    let date1904: Bool
    var rows: [SheetRow] = []
    var merges: [CellRange] = []

    private var rowNumber = 0
    private var cells: [SheetCell] = []
    private var column = -1
    private var cellType = "n"
    private var cellStyle = 0
    private var value = ""
    private var capturing = false
    private var inInlineString = false
    private var phoneticDepth = 0

    init(source: String, sheetName: String, limits: SpreadsheetLimits, sharedStrings: [String], formats: [NumberFormat], date1904: Bool) {
        self.source = source
        self.sheetName = sheetName
        self.limits = limits
        self.sharedStrings = sharedStrings
        self.formats = formats
        self.date1904 = date1904
    }

    private func refuse(_ message: String, at reference: CellReference? = nil) {
        fail(SpreadsheetError(source: source, kind: .limitExceeded, cell: reference.map { "\(sheetName)!\($0)" }, message: message))
    }

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "row":
            let number = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            guard number > rowNumber else {
                fail(SpreadsheetError(source: source, kind: .malformedPart, message: "the sheet \"\(sheetName)\" lists row \(number) after row \(rowNumber); save the workbook again from the spreadsheet program"))
                return
            }
            rowNumber = number
            if rowNumber > limits.maxRows {
                refuse("the sheet \"\(sheetName)\" goes on beyond row \(limits.maxRows) (to row \(rowNumber) at least), the limit for a sheet; delete the empty or extra rows below the table")
                return
            }
            cells.removeAll(keepingCapacity: true)
            column = -1
        case "c":
            if let reference = attributes["r"].flatMap({ CellReference($0[...]) }) {
                column = reference.column
            } else {
                column += 1
            }
            if column >= limits.maxColumns {
                refuse("the sheet \"\(sheetName)\" has a value in column \(CellReference.letters(column)), beyond column \(CellReference.letters(limits.maxColumns - 1)), the limit for a sheet; delete the extra columns",
                       at: CellReference(column: column, row: rowNumber))
                return
            }
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap { Int($0) } ?? 0
            value = ""
        case "v": capturing = true
        case "is": inInlineString = true
        case "t" where inInlineString: capturing = phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        case "mergeCell":
            if let range = attributes["ref"].flatMap({ CellRange($0[...]) }) { merges.append(range) }
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "v", "t": capturing = false
        case "is": inInlineString = false
        case "rPh": phoneticDepth -= 1
        case "c": finishCell()
        case "row":
            if !cells.isEmpty { rows.append(SheetRow(number: rowNumber, cells: cells.sorted { $0.column < $1.column })) }
            cells.removeAll(keepingCapacity: true)
        default: break
        }
    }

    override func text(_ text: String) {
        if capturing { value += text }
    }

    private func finishCell() {
        let reference = CellReference(column: column, row: rowNumber)
        let format = formats.indices.contains(cellStyle) ? formats[cellStyle] : .general
        var cell = SheetCell(column: column, value: .text(""))
        switch cellType {
        case "s":
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                fail(SpreadsheetError(source: source, kind: .malformedPart, cell: "\(sheetName)!\(reference)",
                                      message: "the cell refers to shared text number \(value), which the workbook does not have; save the workbook again from the spreadsheet program"))
                return
            }
            cell.value = .text(sharedStrings[index])
        case "inlineStr", "str": cell.value = .text(value)
        case "b": cell.value = .boolean(value.trimmingCharacters(in: .whitespaces) == "1")
        case "e": cell.value = .error(value)
        case "d":
            cell.value = CalendarDate(iso: String(value.prefix(10))).map(CellValue.date) ?? .text(value)
        default:
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return }
            guard let number = PlainDecimal.parse(trimmed).value else { cell.value = .text(value); break }
            if format.isDate, let date = NumberFormat.date(fromSerial: number, date1904: date1904) {
                cell.value = .date(date)
            } else {
                cell.value = .number(number)
                cell.zeroPaddedWidth = format.zeroPaddedWidth
            }
        }
        if cell.value.isBlank { return }
        cells.append(cell)
    }
}
