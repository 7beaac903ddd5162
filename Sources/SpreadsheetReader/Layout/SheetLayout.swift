import CaseReader

/// The columns of one sheet, resolved from its header row(s): where each column's values go.
///
/// The header is the first non-empty row. When a cell of that row is merged (a group heading
/// such as "arterial" over several columns, or a heading merged downwards), the header has two
/// rows and a column's name is the group heading and the heading below it joined with a dot
/// (`arterial` over `nic_percent` → `arterial.nic_percent`).
struct SheetLayout: Sendable {
    struct Column: Sendable {
        /// 0-based column.
        var index: Int
        /// The header as written (both rows of a two-row header, joined with a dot).
        var header: String
        /// The default column name or field path it stands for.
        var name: String
        var target: ColumnTarget
    }

    let kind: SheetKind
    let sheetName: String
    private(set) var columns: [Column] = []
    /// Row number of the first data row.
    private(set) var firstDataRow = 1

    /// Resolves the header of `table`.
    /// - Throws: `SpreadsheetError` naming the header cell for an unknown or repeated column, or a
    ///   missing required column.
    init(_ table: SheetTable, kind: SheetKind, map: ColumnMap, source: String) throws(SpreadsheetError) {
        self.kind = kind
        sheetName = table.name
        guard let top = table.rows.first else {
            throw SpreadsheetError(source: source, kind: .layout, message: "the sheet \"\(table.name)\" is empty; its first row must name the columns (\(kind.requiredColumns.joined(separator: ", ")), …)")
        }
        let merged = table.merges.filter { $0.firstRow == top.number && ($0.lastColumn > $0.firstColumn || $0.lastRow > $0.firstRow) }
        let second = merged.isEmpty ? nil : table.rows.dropFirst().first { $0.number == top.number + 1 }
        firstDataRow = (second?.number ?? top.number) + 1
        let lastColumn = max(top.cells.last?.column ?? 0, second?.cells.last?.column ?? 0, merged.map(\.lastColumn).max() ?? 0)
        let defaults = kind.defaultColumns
        var seen: [String: String] = [:]
        for index in 0...lastColumn {
            let groupCell = merged.first { $0.contains(column: index, row: top.number) }
                .map { top.cell(at: $0.firstColumn) } ?? top.cell(at: index)
            let coveredDownwards = merged.contains { $0.contains(column: index, row: top.number) && $0.lastRow > top.number }
            let parts = [groupCell.map(Self.text), coveredDownwards ? nil : second?.cell(at: index).map(Self.text)]
                .compactMap { $0?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !parts.isEmpty else { continue }
            let header = parts.joined(separator: ".")
            let cell = "\(table.name)!\(CellReference(column: index, row: second != nil && !coveredDownwards ? second!.number : top.number))"
            let name = map.columnName(forHeader: header, in: kind)
            if name.lowercased() == "ignore" { continue }
            let target: ColumnTarget
            if let known = defaults.first(where: { $0.name == name.lowercased() }) {
                target = known.target
            } else if kind == .lesions, let resolved = Self.fieldTarget(name) {
                if let problem = resolved.problem {
                    throw SpreadsheetError(source: source, kind: .layout, cell: "\(cell) (\(header))",
                                           message: "\(problem); name the column by a field of the case file, or map it in the column map (--columns), or map it to ignore")
                }
                target = resolved.target
            } else {
                let names = defaults.map(\.name)
                let hint = names.first { $0.replacingOccurrences(of: "_", with: "") == name.lowercased().filter { $0.isLetter || $0.isNumber } }
                    .map { "; did you mean \"\($0)\"?" } ?? "; the columns of this sheet are \(names.joined(separator: ", "))"
                throw SpreadsheetError(source: source, kind: .layout, cell: "\(cell) (\(header))",
                                       message: "unknown column \"\(header)\"\(hint) (or map it in the column map, --columns, or map it to ignore)")
            }
            if let first = seen[target.fieldPath] {
                throw SpreadsheetError(source: source, kind: .layout, cell: "\(cell) (\(header))",
                                       message: "this column holds the same field as \(first); keep one of them")
            }
            seen[target.fieldPath] = cell
            columns.append(Column(index: index, header: header, name: name, target: target))
        }
        for required in kind.requiredColumns {
            let target = defaults.first { $0.name == required }!.target
            if !columns.contains(where: { $0.target == target }) {
                throw SpreadsheetError(source: source, kind: .layout, cell: "\(table.name)!\(CellReference(column: 0, row: top.number))",
                                       message: "the sheet \"\(table.name)\" has no column \(required); the header row must name it")
            }
        }
    }

    /// A dotted field path of the lesions sheet: from the case root (`patient.`, `exam.`,
    /// `treatment.`) or inside the lesion; with the sentence when it is not a field.
    private static func fieldTarget(_ name: String) -> (target: ColumnTarget, problem: String?)? {
        let path = name.trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else { return nil }
        if ["patient.", "exam.", "treatment."].contains(where: { path.hasPrefix($0) }) {
            if path == "patient.id" { return (.patientID, nil) }
            return (.caseField(path), CaseFieldPaths.problem(with: path, at: .patientCase))
        }
        return (.lesionField(path), CaseFieldPaths.problem(with: path, at: .lesion))
    }

    /// The column that fills `target`, if any.
    func column(_ target: ColumnTarget) -> Column? { columns.first { $0.target == target } }

    /// The column whose field an error's key path ends with (`lesions[0].arterial.nic_percent`).
    func column(forKeyPath keyPath: String) -> Column? {
        let field = keyPath.range(of: "].", options: .backwards).map { String(keyPath[$0.upperBound...]) } ?? keyPath
        return columns.first { $0.target.fieldPath == field }
    }

    /// A header cell's text.
    static func text(_ cell: SheetCell) -> String { CellText.text(of: cell) }
}
