import ClinicalModel

/// One sheet (or CSV file) as rows of typed cells, whatever format it came from.
struct SheetTable: Sendable {
    /// The sheet's name (`lesions`), or for a CSV file the sheet it stands for.
    var name: String
    /// Rows that hold at least one cell, in sheet order.
    var rows: [SheetRow]
    /// Merged ranges (XLSX only).
    var merges: [CellRange] = []
}

/// One row: its 1-based number and its non-empty cells, sorted by column.
struct SheetRow: Sendable {
    var number: Int
    var cells: [SheetCell]

    /// The cell in `column` (0-based), if any. O(log n).
    func cell(at column: Int) -> SheetCell? {
        var low = 0, high = cells.count
        while low < high {
            let middle = (low + high) / 2
            if cells[middle].column < column { low = middle + 1 } else { high = middle }
        }
        return low < cells.count && cells[low].column == column ? cells[low] : nil
    }
}

/// One cell with its value as the workbook typed it.
struct SheetCell: Sendable {
    /// 0-based column.
    var column: Int
    var value: CellValue
    /// Width of a zero-padding number format such as `00000` (an ID typed as a number keeps its
    /// leading zeros on screen); `nil` otherwise.
    var zeroPaddedWidth: Int? = nil
}

/// A cell's value.
enum CellValue: Sendable, Hashable {
    case text(String)
    case number(Double)
    /// A date-formatted number, converted with the workbook's date system.
    case date(CalendarDate)
    case boolean(Bool)
    /// A spreadsheet error such as `#DIV/0!`.
    case error(String)

    /// Whether the cell holds nothing but spaces.
    var isBlank: Bool {
        if case .text(let text) = self { return text.allSatisfy(\.isWhitespace) }
        return false
    }
}

/// A rectangle of cells, 0-based columns and 1-based rows, inclusive.
struct CellRange: Sendable, Hashable {
    var firstColumn: Int, firstRow: Int, lastColumn: Int, lastRow: Int

    /// Parses `A1:C2` (or a single `B3`).
    init?(_ text: Substring) {
        let parts = text.split(separator: ":")
        guard let first = parts.first.flatMap(CellReference.init), parts.count <= 2 else { return nil }
        let last = parts.count == 2 ? CellReference(parts[1]) : first
        guard let last else { return nil }
        firstColumn = first.column; firstRow = first.row; lastColumn = last.column; lastRow = last.row
    }

    func contains(column: Int, row: Int) -> Bool {
        (firstColumn...lastColumn).contains(column) && (firstRow...lastRow).contains(row)
    }
}

/// An A1-style reference: `I7` is column 8 (0-based), row 7.
struct CellReference: Sendable, Hashable, CustomStringConvertible {
    var column: Int
    var row: Int

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Parses `AB12` (letters then digits); `nil` for anything else or columns beyond XFD.
    init?(_ text: Substring) {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1; letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1; letters += 1
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0")); digits += 1
                if digits > 9 { return nil }
            default: return nil
            }
            if letters > 3 { return nil }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        self.column = column - 1
        self.row = row
    }

    /// Column letters of a 0-based column: 0 → A, 26 → AA.
    static func letters(_ column: Int) -> String {
        var n = column + 1, text = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            text = String(UnicodeScalar(UInt8(65 + remainder))) + text
            n = (n - 1) / 26
        }
        return text
    }

    var description: String { "\(Self.letters(column))\(row)" }
}
