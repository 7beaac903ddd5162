import Formatting
import Foundation

/// A CSV file read as one sheet of text cells (`CSVRecordReader` parses quotes, doubled quotes and
/// line breaks inside quotes).
///
/// UTF-8 only (a byte-order mark is skipped). The delimiter is `,` or, as German and French
/// spreadsheet programs export, `;`: whichever occurs more often in the header line outside quotes.
/// Row numbers count records from 1 (the header), as a spreadsheet program shows them.
enum CSVSheet {
    /// Reads `data` as the sheet `sheetName`.
    /// - Throws: `SpreadsheetError` for text that is not UTF-8, a malformed file or too many rows or columns.
    static func read(_ data: Data, sheetName: String, source: String, limits: SpreadsheetLimits) throws(SpreadsheetError) -> SheetTable {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.contains(0) {
            throw SpreadsheetError(source: source, kind: .invalidEncoding,
                                   message: "the file is not UTF-8 text (it looks like UTF-16 or binary); export the sheet as \"CSV UTF-8\"")
        }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw SpreadsheetError(source: source, kind: .invalidEncoding,
                                   message: "the file is not valid UTF-8 text (for example saved as Latin-1 or Windows-1252); export the sheet as \"CSV UTF-8\"")
        }
        let reader = CSVRecordReader(text: text, delimiter: CSVRecordReader.likelyDelimiter(of: text))
        if let problem = reader.problems.first {
            throw SpreadsheetError(source: source, kind: .malformedPart,
                                   message: "line \(problem.line) cannot be read as CSV: \(problem.message)")
        }
        var rows: [SheetRow] = []
        for record in reader.records {
            let number = record.row
            if number > limits.maxRows {
                throw SpreadsheetError(source: source, kind: .limitExceeded,
                                       message: "the file goes on beyond row \(limits.maxRows), the limit for a sheet; delete the empty or extra rows below the table")
            }
            if record.fields.count > limits.maxColumns {
                throw SpreadsheetError(source: source, kind: .limitExceeded, cell: "\(sheetName)!\(CellReference(column: limits.maxColumns, row: number))",
                                       message: "the row has \(record.fields.count) fields, more than the \(limits.maxColumns) columns allowed for a sheet")
            }
            var cells: [SheetCell] = []
            for (column, field) in record.fields.enumerated() where !field.allSatisfy(\.isWhitespace) {
                cells.append(SheetCell(column: column, value: .text(field)))
            }
            if !cells.isEmpty { rows.append(SheetRow(number: number, cells: cells)) }
        }
        return SheetTable(name: sheetName, rows: rows)
    }
}
