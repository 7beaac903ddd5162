import CaseReader
import ClinicalModel
import Foundation
import SpreadsheetReader
import TestSupport
import Testing

/// Errors name the file, sheet, cell and column; a bad row fails its patient only.
@Suite struct SheetErrorTests {
    typealias Fixture = WorkbookFixture

    @Test func aBadRowFailsItsPatientOnlyWithTheCellInTheSentence() {
        let result = Fixture.read("bad-rows.xlsx")
        #expect(Fixture.lines(result) == [
            "bad-rows.xlsx: lesions!C3 (birth_date): \"1958-03-15\" differs from \"1958-03-14\" in lesions!C2 of the same patient; a value of the patient must be the same on all its rows (or written once)",
            "bad-rows.xlsx: lesions!I4 (size_mm): expected a number in mm, found \"4,2 cm\"",
        ])
        #expect(result.cases.map(\.patient.id) == ["7311"])
        #expect(result.entryCount == 3)
        #expect(result.errors.map(\.kind) == [.conflictingValues, .wrongType])
        #expect(result.errors.map(\.keyPath) == ["patient.birth_date", "lesions[0].size_mm"])
    }

    @Test func anAmbiguousTextDateAsksForYYYYMMDD() {
        let result = Fixture.read("ambiguous-date.xlsx")
        #expect(Fixture.lines(result) == ["ambiguous-date.xlsx: lesions!E5 (exam_date): expected a date written YYYY-MM-DD, found \"03/04/2025\""])
        #expect(result.cases.map(\.patient.id) == ["HCC-001", "00042"])
    }

    @Test func aDecimalCommaInACSVGetsTheCaseReadersHint() {
        let result = Fixture.read("semicolon.csv")
        #expect(Fixture.lines(result) == ["semicolon.csv: lesions!D2 (nic_ap_percent): expected a number in percent, found \"17,4\" — write decimals with a point: 17.4"])
    }

    /// Rows of a patient under another sheet's name, a row without an ID, an unknown column.
    @Test func strayRowsAndUnknownColumnsAreNamed() throws {
        let folder = try makeTemporaryDirectory("sheet-errors")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesions = folder.appendingPathComponent("t-lesions.csv")
        try "patient_id,lesion_id,size_mm,nic_ap_percent,ps_ml_min_100g\nA,L1,30,17,20\n,L2,31,17,20\nA,L1,32,17,20\n".write(to: lesions, atomically: true, encoding: .utf8)
        try "patient_id,date,lesion_id,viable_diameter_mm\nB,2025-05-01,L1,10\n".write(to: folder.appendingPathComponent("t-followup.csv"), atomically: true, encoding: .utf8)
        let result = SpreadsheetReader().reading(contentsOf: lesions, sourceName: "t-lesions.csv").result
        #expect(Fixture.lines(result) == [
            "t-lesions.csv: lesions!A3 (patient_id): the row has values but no patient ID; every row needs the ID of the patient it belongs to",
            "t-lesions.csv: followup!A2 (patient_id): patient \"B\" has follow-up rows but no row in the lesions sheet; add the patient's lesions there, or correct the ID",
            "t-lesions.csv: lesions!B4 (lesion_id): the lesion id \"L1\" is used twice (lesions!B2 and lesions!B4); each lesion needs its own id",
        ])
        #expect(result.entryCount == 3)
        #expect(result.cases.isEmpty)

        try "patient_id,lesion_id,sise_mm\nA,L1,30\n".write(to: lesions, atomically: true, encoding: .utf8)
        #expect(Fixture.lines(SpreadsheetReader().read(contentsOf: lesions)) == [
            "\(lesions.relativePath): lesions!C1 (sise_mm): \"sise_mm\" is not a field of a case file; did you mean \"size_mm\"?; name the column by a field of the case file, or map it in the column map (--columns), or map it to ignore",
        ])
    }

    @Test func aWarningNamesItsCell() throws {
        let folder = try makeTemporaryDirectory("sheet-warnings")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("w.csv")
        try "patient_id,lesion_id,size_mm,nic_ap_percent,ps_ml_min_100g\nA,L1,8,17,20\n".write(to: file, atomically: true, encoding: .utf8)
        let result = SpreadsheetReader().reading(contentsOf: file, sourceName: "w.csv").result
        let warnings = try #require(result.cases.first?.readWarnings)
        #expect(warnings.map(\.keyPath) == ["lesions!C2 (size_mm)"])
        #expect(warnings.allSatisfy { $0.line == nil })
    }

    @Test func aWorkbookWithoutALesionsSheetSaysWhichSheetsItHas() {
        let result = Fixture.read("german.xlsx")
        #expect(Fixture.lines(result) == ["german.xlsx: the workbook has no sheet named \"lesions\" (its sheets are Läsionen, Verlauf); name the sheet with one row per lesion \"lesions\", or map it in the column map (--columns)"])
    }
}
