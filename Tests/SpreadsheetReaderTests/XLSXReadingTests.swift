import CaseReader
import ClinicalModel
import Foundation
import SpreadsheetReader
import Testing

/// Workbooks in the default layout: every kind of cell, both date systems, patient grouping.
@Suite struct XLSXReadingTests {
    typealias Fixture = WorkbookFixture

    @Test func theBoardWorkbookGivesThreeCasesWithFollowUpAndDose() throws {
        let result = Fixture.read("board.xlsx")
        #expect(Fixture.lines(result) == [])
        #expect(result.entryCount == 3)
        #expect(result.cases.map(\.patient.id) == ["HCC-001", "00042", "7311"])
        #expect(result.cases.map(\.source) == ["board.xlsx#1", "board.xlsx#2", "board.xlsx#3"])
        let first = result.cases[0]
        #expect(first.patient.name == "Muster, Anna")
        #expect(first.patient.birthDate == CalendarDate(iso: "1958-03-14"))
        #expect(first.patient.sex == .female)
        #expect(first.patient.bclc == "B")
        #expect(first.exam?.date == CalendarDate(iso: "2025-01-10"))
        #expect(first.treatment?.taceDate == CalendarDate(iso: "2025-01-17"))
        #expect(first.lesions.map(\.id) == ["L1", "L2"])
        #expect(first.lesions[0].sizeMm?.value == 42)
        #expect(first.lesions[1].sizeMm?.value == 23.5)
        #expect(first.lesions[0].arterial?.nicPercent?.value == 17.4)
        #expect(first.lesions[0].perfusion?.ps?.value == 25.1)
        #expect(first.lesions[0].perfusion?.bv?.value == 12.5)
        #expect(first.followUps.count == 1)
        #expect(first.followUps[0].date == CalendarDate(iso: "2025-03-20"))
        #expect(first.followUps[0].lesions.map(\.viableDiameterMm) == [12, 0])
        #expect(first.followUps[0].nonTarget == FollowUp.NonTargetStatus.none)
        #expect(first.followUps[0].newLesions == false)
        #expect(first.exam?.dose?.series.map(\.name) == ["DECT arterial", "Perfusion 4D"])
        #expect(first.exam?.dose?.series.map(\.dlpMGyCm) == [402.5, 1210])
        #expect(first.exam?.dose?.series.map(\.kind) == [.dualEnergy, .perfusion])
        let second = result.cases[1]
        #expect(second.lesions[0].arterial?.icMgMl?.value == 1.8)
        #expect(second.followUps[0].newLesions == true)
        #expect(second.followUps[0].nonTarget == .nonCRNonPD)
        #expect(result.cases[2].exam?.dose == nil)
    }

    /// An ID typed as a number keeps the zeros its format shows; one without such a format is a warning.
    @Test func numericPatientIDsKeepShownZerosAndWarnOtherwise() {
        let result = Fixture.read("board.xlsx")
        #expect(result.cases[1].patient.id == "00042")
        #expect(result.cases[1].readWarnings.filter { $0.keyPath == "patient.id" }.isEmpty)
        #expect(result.cases[2].readWarnings.filter { $0.keyPath == "patient.id" }.map(\.message) == [
            "the spreadsheet stored the patient ID 7311 as a number (lesions!A5); if the ID had leading zeros they are lost — format the ID column as Text and type the ID again",
        ])
    }

    @Test func the1904DateSystemGivesTheSameDates() {
        let result1900 = Fixture.read("board.xlsx")
        let result1904 = Fixture.read("board-1904.xlsx")
        #expect(Fixture.lines(result1904) == [])
        #expect(result1904.cases.map(\.patient) == result1900.cases.map(\.patient))
        #expect(result1904.cases.map(\.followUps) == result1900.cases.map(\.followUps))
        #expect(result1904.cases.map(\.exam) == result1900.cases.map(\.exam))
    }

    /// Inline and rich-text strings (phonetic runs left out), a formula's cached text, a boolean,
    /// an error value, and a custom date format in a 1904 workbook.
    @Test func everyKindOfCellIsRead() {
        let result = Fixture.read("cell-types-1904.xlsx")
        #expect(result.cases.map(\.patient.id) == ["R-1"])
        let lesion = result.cases.first?.lesions.first
        #expect(lesion?.id == "L1")
        #expect(lesion?.sizeMm?.value == 33.5)
        #expect(lesion?.coronaEnhancement == true)
        // Serial 44620 in the 1904 system: openpyxl's from_excel(44620, CALENDAR_MAC_1904) gives 2026-03-01.
        #expect(result.cases.first?.exam?.date == CalendarDate(iso: "2026-03-01"))
        #expect(Fixture.lines(result) == ["cell-types-1904.xlsx: lesions!C3 (size_mm): expected a number in mm, found \"#DIV/0!\""])
    }

    @Test func aTwoRowHeaderUnderMergedCellsNamesNestedFields() {
        let result = Fixture.read("merged-header.xlsx")
        #expect(result.cases.map(\.patient.id) == ["M-1"])
        let lesion = result.cases.first?.lesions.first
        #expect(lesion?.arterial?.icMgMl?.value == 2.1)
        #expect(lesion?.arterial?.icAortaMgMl?.value == 10.5)
        #expect(lesion?.perfusion?.bv?.value == 11)
        #expect(Fixture.lines(result) == ["merged-header.xlsx: lesions!C4 (size_mm): missing; the prediction model needs this value"])
    }

    @Test func aFileThatIsNotAWorkbookIsOneSentence() throws {
        let reader = SpreadsheetReader()
        let result = reader.read(data: Data("patient: {id: 1}\n".utf8), sourceName: "cases.xlsx")
        #expect(Fixture.lines(result) == ["cases.xlsx: the file is not an .xlsx workbook (it is not a ZIP archive); save it from the spreadsheet program as Excel Workbook (.xlsx), or export the sheet as CSV"])
        #expect(result.entryCount == 0)
    }
}
