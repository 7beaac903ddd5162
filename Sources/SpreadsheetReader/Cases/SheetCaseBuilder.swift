import CaseReader
import ClinicalModel

/// Groups a workbook's rows into patients and builds each patient's case-file tree, so that the
/// case reader checks it with the same rules and sentences as a case file.
///
/// Rows of one patient (the same patient ID) become one case: each lesions row a lesion, the
/// patient's own columns (`patient_name`, `exam_date`, `patient.bclc`, …) taken from whichever of
/// its rows fill them — two rows that fill one differently are an error naming both cells.
/// Follow-up rows of one date become one follow-up; dose rows become the exam's series.
struct SheetCaseBuilder {
    /// One patient's tree, and the errors found while building it (its rows disagree).
    struct Patient {
        var id: String
        var document: CaseDocument
        var errors: [CaseReadError]
    }

    let source: String
    let map: ColumnMap
    /// Every place a tree node refers to; a node's `line` N is `places[N - 1]`.
    private(set) var places: [SheetPlace] = []
    /// Problems that belong to no patient (a row without a patient ID, rows of a patient that has no lesions).
    private(set) var strayErrors: [CaseReadError] = []

    init(source: String, map: ColumnMap) {
        self.source = source
        self.map = map
    }

    private mutating func place(_ layout: SheetLayout, row: Int, column: SheetLayout.Column?) -> Int {
        places.append(SheetPlace(sheet: layout.sheetName, row: row, column: column))
        return places.count
    }

    /// The patients of the sheets, in the order of their first lesions row.
    mutating func patients(lesions: (SheetTable, SheetLayout), followup: (SheetTable, SheetLayout)?,
                           dose: (SheetTable, SheetLayout)?) -> [Patient] {
        let lesionGroups = group(lesions)
        let followupGroups = followup.map { group($0) } ?? []
        let doseGroups = dose.map { group($0) } ?? []
        let known = Set(lesionGroups.map(\.id))
        let others: [([(id: String, rows: [SheetRow])], SheetLayout?, String)] = [(followupGroups, followup?.1, "follow-up"), (doseGroups, dose?.1, "dose")]
        for (groups, layout, what) in others {
            guard let layout else { continue }
            for group in groups where !known.contains(group.id) {
                let column = layout.column(ColumnTarget.patientID)
                strayErrors.append(CaseReadError(
                    source: source, line: nil, keyPath: "patient.id", kind: .unknownReference,
                    message: "patient \"\(group.id)\" has \(what) rows but no row in the \(lesions.1.sheetName) sheet; add the patient's lesions there, or correct the ID",
                    cell: SheetPlace(sheet: layout.sheetName, row: group.rows[0].number, column: column).described()))
            }
        }
        var patients: [Patient] = []
        for (number, group) in lesionGroups.enumerated() {
            let followupRows = followupGroups.first { $0.id == group.id }?.rows ?? []
            let doseRows = doseGroups.first { $0.id == group.id }?.rows ?? []
            patients.append(patient(number: number + 1, group, lesions: lesions.1, followup: followup.map { ($0.1, followupRows) },
                                    dose: dose.map { ($0.1, doseRows) }))
        }
        return patients
    }

    /// Data rows grouped by patient ID, in order of first appearance; rows without an ID are stray errors.
    private mutating func group(_ sheet: (SheetTable, SheetLayout)) -> [(id: String, rows: [SheetRow])] {
        let (table, layout) = sheet
        guard let idColumn = layout.column(.patientID) else { return [] }
        var order: [String] = []
        var rows: [String: [SheetRow]] = [:]
        for row in table.rows where row.number >= layout.firstDataRow {
            guard let cell = row.cell(at: idColumn.index) else {
                strayErrors.append(CaseReadError(
                    source: source, line: nil, keyPath: "patient.id", kind: .missingValue,
                    message: "the row has values but no patient ID; every row needs the ID of the patient it belongs to",
                    cell: SheetPlace(sheet: layout.sheetName, row: row.number, column: idColumn).described()))
                continue
            }
            let id = CellText.text(of: cell).trimmingCharacters(in: .whitespaces)
            if rows[id] == nil { order.append(id) }
            rows[id, default: []].append(row)
        }
        return order.map { ($0, rows[$0]!) }
    }

    /// A cell as a tree scalar: its text after the column map's vocabulary.
    private mutating func scalar(_ cell: SheetCell, _ column: SheetLayout.Column, layout: SheetLayout, row: Int) -> SourceNode {
        var text = CellText.text(of: cell)
        if case .text = cell.value { text = map.value(text, column: column.name) }
        // Written words that a case file would take for "no value" stay text, so they are reported, not dropped.
        let quoted = ["~", "null"].contains(text.trimmingCharacters(in: .whitespaces).lowercased())
        return SourceNode(content: .scalar(text, quoted: quoted), line: place(layout, row: row, column: column))
    }

    /// The values of `columns` over `rows`: each column's first filled cell; a later cell that
    /// differs is an error naming both.
    private mutating func agreeing(_ columns: [SheetLayout.Column], rows: [SheetRow], layout: SheetLayout,
                                   errors: inout [CaseReadError]) -> [(column: SheetLayout.Column, node: SourceNode)] {
        var result: [(SheetLayout.Column, SourceNode)] = []
        for column in columns {
            var first: (row: SheetRow, text: String)?
            for row in rows {
                guard let cell = row.cell(at: column.index) else { continue }
                let text = CellText.text(of: cell)
                if let first {
                    if text.trimmingCharacters(in: .whitespaces) != first.text.trimmingCharacters(in: .whitespaces) {
                        let firstPlace = SheetPlace(sheet: layout.sheetName, row: first.row.number, column: column)
                        errors.append(CaseReadError(
                            source: source, line: nil, keyPath: column.target.fieldPath, kind: .conflictingValues,
                            message: "\"\(text)\" differs from \"\(first.text)\" in \(firstPlace.name) of the same patient; a value of the patient must be the same on all its rows (or written once)",
                            cell: SheetPlace(sheet: layout.sheetName, row: row.number, column: column).described()))
                    }
                    continue
                }
                first = (row, text)
                result.append((column, scalar(cell, column, layout: layout, row: row.number)))
            }
        }
        return result
    }

    private mutating func patient(number: Int, _ group: (id: String, rows: [SheetRow]), lesions layout: SheetLayout,
                                  followup: (SheetLayout, [SheetRow])?, dose: (SheetLayout, [SheetRow])?) -> Patient {
        var errors: [CaseReadError] = []
        var warnings: [InputWarning] = []
        let rootLine = place(layout, row: group.rows[0].number, column: nil)
        let root = CaseTreeBuilder(line: rootLine)
        let caseOrder = CaseFieldPaths.all(.patientCase)
        let caseColumns = layout.columns.filter {
            if case .caseField = $0.target { return true }
            return $0.target == .patientID
        }.sorted { (caseOrder.firstIndex(of: $0.target.fieldPath) ?? -1) < (caseOrder.firstIndex(of: $1.target.fieldPath) ?? -1) }
        let caseValues = agreeing(caseColumns, rows: group.rows, layout: layout, errors: &errors)
        for (column, node) in caseValues where column.target == .patientID {
            if let cell = group.rows.lazy.compactMap({ $0.cell(at: column.index) }).first,
               case .number = cell.value, cell.zeroPaddedWidth == nil {
                warnings.append(InputWarning(keyPath: "patient.id", message: "the spreadsheet stored the patient ID \(group.id) as a number (\(places[node.line - 1].name)); if the ID had leading zeros they are lost — format the ID column as Text and type the ID again"))
            }
        }
        func setCase(_ prefix: String) {
            for (column, node) in caseValues where column.target.fieldPath.hasPrefix(prefix) { root.set(column.target.fieldPath, node) }
        }
        setCase("patient.")
        setCase("exam.")
        if let (doseLayout, rows) = dose, !rows.isEmpty {
            var series: [SourceNode] = []
            for row in rows {
                let item = CaseTreeBuilder(line: place(doseLayout, row: row.number, column: nil))
                for column in doseLayout.columns where column.target != .patientID {
                    if let cell = row.cell(at: column.index) { item.set(column.target.fieldPath, scalar(cell, column, layout: doseLayout, row: row.number)) }
                }
                series.append(item.node)
            }
            root.set("exam.dose.series", SourceNode(content: .sequence(series), line: series[0].line))
        }
        let lesionOrder = CaseFieldPaths.all(.lesion)
        let lesionColumns = layout.columns.filter { if case .lesionField = $0.target { return true } else { return false } }
            .sorted { (lesionOrder.firstIndex(of: $0.target.fieldPath) ?? -1) < (lesionOrder.firstIndex(of: $1.target.fieldPath) ?? -1) }
        var lesionNodes: [SourceNode] = []
        for row in group.rows {
            let lesion = CaseTreeBuilder(line: place(layout, row: row.number, column: nil))
            for column in lesionColumns {
                if let cell = row.cell(at: column.index) { lesion.set(column.target.fieldPath, scalar(cell, column, layout: layout, row: row.number)) }
            }
            lesionNodes.append(lesion.node)
        }
        root.set("lesions", SourceNode(content: .sequence(lesionNodes), line: rootLine))
        setCase("treatment.")
        if let (followupLayout, rows) = followup, !rows.isEmpty {
            root.set("followup", followUps(rows, layout: followupLayout, errors: &errors))
        }
        let document = CaseDocument(root: root.node, caseSource: "\(source)#\(number)", placeNames: [], warnings: warnings)
        return Patient(id: group.id, document: document, errors: errors)
    }

    /// Follow-up rows grouped by date (in order of first appearance), each group one follow-up.
    private mutating func followUps(_ rows: [SheetRow], layout: SheetLayout, errors: inout [CaseReadError]) -> SourceNode {
        let dateColumn = layout.column(.followUpField("date"))
        var order: [String] = []
        var groups: [String: [SheetRow]] = [:]
        for row in rows {
            let date = dateColumn.flatMap { row.cell(at: $0.index) }.map { CellText.text(of: $0).trimmingCharacters(in: .whitespaces) }
            let key = date ?? "row \(row.number)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(row)
        }
        var nodes: [SourceNode] = []
        for key in order {
            let groupRows = groups[key]!
            let item = CaseTreeBuilder(line: place(layout, row: groupRows[0].number, column: nil))
            let shared = layout.columns.filter { ["date", "non_target", "new_lesions"].contains($0.target.fieldPath) }
            let values = agreeing(shared, rows: groupRows, layout: layout, errors: &errors)
            for (column, node) in values where column.target.fieldPath == "date" { item.set("date", node) }
            let measured = layout.columns.filter { ["id", "viable_diameter_mm"].contains($0.target.fieldPath) }
            var measurements: [SourceNode] = []
            for row in groupRows where measured.contains(where: { row.cell(at: $0.index) != nil }) {
                let measurement = CaseTreeBuilder(line: place(layout, row: row.number, column: nil))
                for column in measured {
                    if let cell = row.cell(at: column.index) { measurement.set(column.target.fieldPath, scalar(cell, column, layout: layout, row: row.number)) }
                }
                measurements.append(measurement.node)
            }
            if !measurements.isEmpty { item.set("lesions", SourceNode(content: .sequence(measurements), line: measurements[0].line)) }
            for (column, node) in values where column.target.fieldPath != "date" { item.set(column.target.fieldPath, node) }
            nodes.append(item.node)
        }
        return SourceNode(content: .sequence(nodes), line: nodes.first?.line ?? 0)
    }
}
