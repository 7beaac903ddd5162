import Formatting

/// How a cell's value is written into the case tree (and so into converted case files).
enum CellText {
    /// The text of a cell: text as typed; a number in its shortest exact decimal form
    /// (`PlainDecimal.exactText`: an integer without ".0"), zero-padded to the width of a `00000`
    /// format; a date as YYYY-MM-DD; a boolean as true/false; an error value (`#DIV/0!`) as shown.
    static func text(of cell: SheetCell) -> String {
        switch cell.value {
        case .text(let text): return text
        case .number(let value):
            // A spreadsheet shows negative zero as 0, so the cell's text is "0" too.
            let digits = PlainDecimal.exactText(value == 0 ? 0 : value)
            if let width = cell.zeroPaddedWidth, value >= 0, value == value.rounded(), digits.count < width {
                return String(repeating: "0", count: width - digits.count) + digits
            }
            return digits
        case .date(let date): return date.description
        case .boolean(let value): return value ? "true" : "false"
        case .error(let error): return error
        }
    }
}
