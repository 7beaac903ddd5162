/// Where a value of the case tree came from: a cell, or a whole row for a group of values.
struct SheetPlace: Sendable {
    var sheet: String
    var row: Int
    var column: SheetLayout.Column?

    /// `lesions!I7` for a cell, `lesions row 7` for a row.
    var name: String {
        guard let column else { return "\(sheet) row \(row)" }
        return "\(sheet)!\(CellReference(column: column.index, row: row))"
    }

    /// `lesions!I7 (size_mm)`: the place with its column's header, or with `field` for a row.
    func described(field: String? = nil) -> String {
        if let column { return "\(name) (\(column.header))" }
        return field.map { "\(name) (\($0))" } ?? name
    }
}
